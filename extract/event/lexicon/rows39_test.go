package lexicon_test

import "testing"

// TestInspiredIsNoSupport: to inspire another is to cause a state of mind
// or an idea taken up, no praise or endorsement given (the dictionary's
// ENCOURAGE verb "inspire" is null, cmd/vocabgen/data/cameo-verbs-null.tsv);
// encouraging or reassuring another stays the block's SUPPORT. Cases of our own,
// from histories and news.
func TestInspiredIsNoSupport(t *testing.T) {
	checkSenses(t, []string{"SUPPORT"}, []senseCase{
		{"was inspired by a state (history)", "In 1960 Cuba was inspired by the Soviet Union.", ""},
		{"inspired to act (news)", "Nasser was inspired by the Soviet Union to nationalize the canal.", ""},
		{"a state inspired a revolt (history)", "France inspired the Polish revolt of 1830.", ""},
		{"an event inspired others (news)", "The Tunisian uprising inspired protesters in Egypt in 2011.", ""},
		{"encouraged a state (history)", "In 1914 Germany encouraged Austria-Hungary.", "SUPPORT DEU>AUT"},
		{"reassured a state (news)", "In 1990 the United States reassured Saudi Arabia.", "SUPPORT USA>SAU"},
	})
}

// TestTrainedIsNoIntent: training another's men is no stated intent to
// cooperate (the dictionary's PREPARE verb "train" is null); training a
// state's troops stays triggers.tsv's COOPERATE train, a passive too.
// Only AGREE and COOPERATE events are shown. Cases of our own, from
// histories and news.
func TestTrainedIsNoIntent(t *testing.T) {
	checkSenses(t, []string{"AGREE", "COOPERATE"}, []senseCase{
		{"a group trained by a state (history)", "In 1985 the mujahideen were trained by Pakistan.", ""},
		{"a state trained a group (news)", "In 1983 the United States trained the Contras in Honduras.", ""},
		{"a state trained another's troops (history)", "In 1950 Britain trained Iraqi troops.", "COOPERATE GBR>IRQ"},
		{"a state trained another's fighters (news)", "In 1985 Pakistan trained Afghan fighters.", "COOPERATE PAK>AFG"},
	})
}

// TestCeasefireAfterIsNoViolation: a verb that ends a fight or leaves a
// place, with a ceasefire in a time phrase after it, breaks no ceasefire
// (CANCEL's and EVACUATE's "* &CEASEFIRE" are dropped,
// cmd/vocabgen/data/cameo-patterns-dropped.tsv); a ceasefire violated,
// breached or abandoned stays ASSAULT ceasefire_violation, and attacks
// stopped stay CANCEL's ceasefire (RETREAT). Only ASSAULT and RETREAT
// events are shown. Cases of our own, from histories and news.
func TestCeasefireAfterIsNoViolation(t *testing.T) {
	checkSenses(t, []string{"ASSAULT", "RETREAT"}, []senseCase{
		{"stopped attacking after (history)", "In 1970 Israel stopped attacking Egypt after the ceasefire.", ""},
		{"halted the shelling after (news)", "In 2015 Russia halted the shelling after the ceasefire with Ukraine.", ""},
		{"evacuated after (history)", "The garrison evacuated the town after the armistice.", ""},
		{"violated a ceasefire (news)", "Hamas violated the ceasefire with Israel in 2008.", "ASSAULT HAMAS>ISR"},
		{"abandoned a ceasefire (history)", "In 1973 Egypt abandoned the ceasefire with Israel.", "ASSAULT EGY>ISR"},
		{"stopped attacks (history)", "Israel stopped attacks on Egypt in 1970.", "RETREAT ISR>EGY"},
	})
}

// TestRetakeIsRecapture: retaking a place is recapturing it (COERCE
// occupy, as the dictionary's "recapture"); a scene, an exam or a lead
// retaken, or a body won back in a vote, names no place of another's.
// Only COERCE events are shown. Cases of our own, from histories and news.
func TestRetakeIsRecapture(t *testing.T) {
	checkSenses(t, []string{"COERCE"}, []senseCase{
		{"retook a city from a state (history)", "France retook Alsace and Lorraine from Germany in 1918.", "COERCE FRA>DEU"},
		{"retook a city from a group (news)", "Iraq retook Mosul from the Islamic State in 2017.", "COERCE IRQ>ISIS"},
		{"forces retook a city (history)", "In 1944 Soviet forces retook Kiev.", "COERCE SUN>UKR"},
		{"retook a scene (prose)", "The director retook the scene in 1950.", ""},
		{"retook the Senate (news)", "The Republicans retook the Senate in 2014.", ""},
		{"retook the lead (news)", "Britain retook the lead in the race.", ""},
		{"retook a seat on a body (news)", "France retook its seat on NATO's military committee in 2009.", ""},
		{"retook first place from a state (news)", "China retook first place from the United States as Germany's trade partner in 2017.", ""},
		{"retook a title from a state (sport)", "Japan retook the title from China in 1994.", ""},
		{"retook the initiative in talks (news)", "Germany retook the initiative in the Eurozone talks with Greece in 2015.", ""},
		{"retaking the lead in talks (news)", "Italy's retaking the lead in the talks with Libya in 2008 surprised Paris.", ""},
		{"retook islands from a state (history)", "Britain retook the Falklands from Argentina in June 1982.", "COERCE GBR>ARG"},
		{"retook a city from a state (history)", "The Red Army retook the city from Germany in 1943.", "COERCE SUN>DEU"},
	})
}

// TestResupplyIsAid: resupplying another state supplies it (AID); a
// state's own army or ships resupplied are no aid to another. Only AID
// events are shown. Cases of our own, from histories and news.
func TestResupplyIsAid(t *testing.T) {
	checkSenses(t, []string{"AID"}, []senseCase{
		{"resupplied a state (history)", "The United States resupplied Israel in 1973.", "AID USA>ISR"},
		{"resupplied states with arms (news)", "The Soviet Union resupplied Egypt and Syria with arms during the war.", "AID SUN>EGY,SYR"},
		{"its own army resupplied (history)", "German aircraft resupplied the Sixth Army at Stalingrad.", ""},
		{"ships resupplied at a port (news)", "The ships resupplied in Malta.", ""},
	})
}
