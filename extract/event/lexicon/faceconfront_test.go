package lexicon_test

import "testing"

// Rows of triggers.tsv added in session 12 (triggers36) where the null
// codes of triggers34 (the dictionary's MEET_PEOPLE face and confront,
// OVERSEE_MANAGE lead and rule) lost right records. Each has cases where
// it names the event and where it must not. Cases of our own, from
// histories and news.

// TestFacingAtASummit: a government's leader facing an actor at a summit
// or at talks meets it (CONSULT, "face" with object=summit|talks|...,
// by=GOV); armies facing each other, a state facing another alone, armies
// facing each other before talks and a leader facing questions at a
// conference name no meeting. Only CONSULT events are shown.
func TestFacingAtASummit(t *testing.T) {
	checkSenses(t, []string{"CONSULT"}, []senseCase{
		{"leaders at a summit (news)", "In 2021 Putin faced Biden at a summit in Geneva.", "CONSULT RUS>USA"},
		{"leaders at a named summit (history)", "In 1961 Kennedy faced Khrushchev at the Vienna summit.", "CONSULT USA>SUN"},
		{"armies face each other (history)", "In 1916 the French army faced the German army at Verdun.", ""},
		{"a state faced another alone (history)", "In 1940 Britain faced Germany alone.", ""},
		{"armies before talks (history)", "In 1945 the Germans faced the Soviet army before the talks at Potsdam.", ""},
		{"questions at a conference (news)", "In 1986 Reagan faced questions about Iran at the conference.", ""},
	})
}

// TestConfrontingOverAnIssue: a state or its government confronting
// another over an issue accuses it (ACCUSE, "confront" with object=over,
// by=GOV|STATE, actor); armed forces confronting each other, over a river
// or a sea or not, and a state confronting a crisis name no accusation.
// Only ACCUSE events are shown.
func TestConfrontingOverAnIssue(t *testing.T) {
	checkSenses(t, []string{"ACCUSE"}, []senseCase{
		{"a state over missiles (history)", "In 1962, the United States confronted the Soviet Union over missiles in Cuba.", "ACCUSE USA>SUN"},
		{"a state over a city (history)", "The United States confronted the Soviet Union over Berlin in 1961.", "ACCUSE USA>SUN"},
		{"a government over a programme (news)", "In 2006, Britain's government confronted Iran over its nuclear programme.", "ACCUSE GBR>IRN"},
		{"armies over a river (history)", "In 1944 the French army confronted the German army over the Rhine.", ""},
		{"fleets over a sea (history)", "In 1914 the British fleet confronted the German fleet over the North Sea.", ""},
		{"troops confronted guerrillas (history)", "In 1980 Soviet troops confronted the mujahideen.", ""},
		{"a crisis confronted (history)", "In 1962 the United States confronted the crisis over Cuba.", ""},
	})
}

// TestLeadingIsNoAct: leading forces, a campaign or a country is no act
// of its own (PLOVER codes the act done, not the leading; the dictionary's
// OVERSEE_MANAGE lead and rule are null): no COOPERATE with the forces
// led and no act on the country ruled. Leading an attack or an invasion
// is making it (ASSAULT, "lead"/"led" with object=attack|invasion|...,
// by=MIL|STATE); a leader leading a political attack stays the
// dictionary's rallying of opposition, no ASSAULT. An ASSAULT row for
// "led forces against" was tried and left out: it added a wrong event on
// the dev narrative. Only COOPERATE and ASSAULT events are shown.
func TestLeadingIsNoAct(t *testing.T) {
	checkSenses(t, []string{"COOPERATE", "ASSAULT"}, []senseCase{
		{"forces led (history)", "In 1950 the United States led UN forces against North Korea.", ""},
		{"a campaign led (history)", "In 1905 Gandhi led a campaign against Britain.", ""},
		{"a country ruled (history)", "In 1858 Britain ruled India.", ""},
		{"an invasion led (news)", "The United States led the invasion of Iraq in 2003.", "ASSAULT USA>IRQ"},
		{"an attack led by troops (history)", "In 1940 German troops led the attack on France.", "ASSAULT DEU>FRA"},
		{"a budget attacked (news)", "In 1990 Thatcher led the attack on the European Commission's budget.", ""},
		{"a treaty attacked (news)", "In 1995 the senator led the attack on the treaty with Russia.", ""},
	})
}
