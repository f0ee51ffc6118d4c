package lexicon_test

import "testing"

// TestFacingIsNoMeeting: MEET_PEOPLE's code (040) made facing, confronting,
// encountering and braving an enemy a meeting (cmd/vocabgen/data/
// cameo-verbs-null.tsv); armies that face each other meet no one. "met"
// and "contacted" stay consultations. Only CONSULT events are shown.
// Cases of our own, from histories and news.
func TestFacingIsNoMeeting(t *testing.T) {
	checkSenses(t, []string{"CONSULT"}, []senseCase{
		{"an army faced (history)", "In 1916 the French army faced the German army at Verdun.", ""},
		{"troops confronted (history)", "In 1980 Soviet troops confronted the mujahideen in the Panjshir valley.", ""},
		{"a navy encountered (news)", "In 2019 the Iranian navy encountered a British tanker in the Strait of Hormuz.", ""},
		{"a leader faced (news)", "In 2014 Russia faced Ukraine in a tense standoff over Crimea.", ""},
		{"leaders met (history)", "In 1985 Reagan met Gorbachev in Geneva.", "CONSULT USA>SUN"},
		{"an envoy contacted (news)", "In 2018 China contacted North Korea about the summit.", "CONSULT CHN>PRK; CONSULT CHN>"},
	})
}

// TestRuleIsNoCooperation: OVERSEE_MANAGE's code (060) made ruling,
// leading, commanding and controlling an act of material cooperation.
// Only COOPERATE events are shown. Cases of our own, from histories and
// news.
func TestRuleIsNoCooperation(t *testing.T) {
	checkSenses(t, []string{"COOPERATE"}, []senseCase{
		{"ruled (history)", "In 1858 Britain ruled India directly.", ""},
		{"controlled (history)", "In 1942 Germany controlled France.", ""},
		{"governed (news)", "In 2021 the Taliban governed Afghanistan again.", ""},
		{"commanded (history)", "In 1944 Eisenhower commanded the Allied armies in France.", ""},
		{"aid stays cooperation (history)", "In 1941 Britain aided the Soviet Union.", "COOPERATE GBR>SUN"},
	})
}

// TestDiggingIsNoInquiry: PROBE's code (090) read digging, sweeping,
// mining and combing as an investigation; INSPECT's (090) read checking
// and studying so; "probe" and "investigate" stay. Only ACCUSE events are shown. Cases of our own.
func TestDiggingIsNoInquiry(t *testing.T) {
	checkSenses(t, []string{"ACCUSE"}, []senseCase{
		{"swept (history)", "In 1940 the German army swept the French army aside.", ""},
		{"checked (history)", "In 1914 the French army checked the German advance on the Marne.", ""},
		{"probed (news)", "In 2019 the United Nations probed Saudi Arabia over the killing.", "ACCUSE UN>SAU"},
		{"investigated (news)", "In 2020 the ICC investigated Israel over the war in Gaza.", "ACCUSE ICC>ISR"},
	})
}

// TestThinkingIsNoConsultation: CONSIDER's verbs (040) made a thought a
// consultation. Only CONSULT and THREATEN events are shown. Cases of our own.
func TestThinkingIsNoConsultation(t *testing.T) {
	checkSenses(t, []string{"CONSULT", "THREATEN"}, []senseCase{
		{"thought (history)", "In 1941 Stalin thought Germany would not attack.", ""},
		{"weighed: the strike's threat stays (news)", "In 2013 France weighed the risks of a strike on Syria.", "THREATEN FRA>SYR"},
		{"pondered (news)", "In 2022 Finland pondered joining NATO.", ""},
		{"considered sanctions (news)", "In 2014 the European Union considered sanctions against Russia.", "THREATEN EU>RUS"},
	})
}

// TestDominanceIsNoAttack: DESTROY's code (190) made dominating and
// overshadowing an attack; a defeat stays one. (INFLUENCE's "affect",
// AID's "benefit", INTEND's "mean" and PREDICT's "expect" are
// null too: the sweep, TestSweepCameoVerbs, shows them firing with an
// actor object, "France benefited Germany".) Cases of our own, from
// histories and news.
func TestDominanceIsNoAttack(t *testing.T) {
	checkSenses(t, nil, []senseCase{
		{"dominated (history)", "In 1890 Britain dominated Egypt.", ""},
		{"overshadowed (news)", "In 2015 the crisis in Syria overshadowed Russia.", ""},
		{"crushed stays (history)", "In 1956 the Soviet Union crushed Hungary.", "ASSAULT SUN>HUN"},
		{"helped stays (news)", "In 2015 Russia helped Syria.", "AID RUS>SYR"},
	})
}

// TestFeelingIsNoAct: OFFEND's code (:110) and DISTURB's (140) made a
// feeling caused an act (criticism, protest), PHYSICAL_CONFLICT's "match"
// (190) made matching a rival an attack and VERBAL_CONFLICT's "compete" and
// "differ" (110) a criticism. Harassment stays a protest. ("shocked" gave
// no event in the active before either; in a passive with an actor agent
// it would, see the dictionary-passive patch of session 12.) Cases of our
// own, from histories and news.
func TestFeelingIsNoAct(t *testing.T) {
	checkSenses(t, nil, []senseCase{
		{"irritated (history)", "In 1905 Germany irritated France in Morocco.", ""},
		{"annoyed (news)", "In 2019 China annoyed the United States.", ""},
		{"upset (news)", "In 2017 Qatar upset Saudi Arabia.", ""},
		{"shocked (history)", "In 1939 the Soviet Union shocked Britain.", ""},
		{"matched (history)", "In 1912 France matched the German army.", ""},
		{"matched (news)", "In 2020 Japan matched China.", ""},
		{"harassed stays (news)", "In 2020 China harassed Vietnam.", "PROTEST CHN>VNM"},
		{"beat stays (history)", "In 1871 Germany beat France.", "ASSAULT DEU>FRA"},
	})
}
