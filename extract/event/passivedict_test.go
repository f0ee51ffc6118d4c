package event_test

import "testing"

// A dictionary verb of any category in a finite passive with an actor
// for its agent ("was castigated by", "was bankrolled by") names the
// agent's act on the subject, as a force verb's passive does (it gave
// none before); a reduced relative with no auxiliary ("ships provided by
// France", "the coalition, supported by the United States") stays no
// event, nor a passive whose agent is no actor, nor a verb the project
// reads as no act ("was shocked by", "was matched by", "was led by":
// cmd/vocabgen/data/cameo-verbs-null.tsv). Cases of our own, from
// histories and news.
func TestDictionaryPassive(t *testing.T) {
	checkCases(t, []roleCase{
		{"was castigated by (history)", "In 1938 Czechoslovakia was castigated by Germany.", "ACCUSE DEU>CSK"},
		{"was snubbed by (news)", "In 2018 Canada was snubbed by Saudi Arabia.", "ACCUSE SAU>CAN"},
		{"were congratulated by (news)", "In 2020 the Israelis were congratulated by the Emirates.", "SUPPORT ARE>ISR"},
		{"was bankrolled by (history)", "In 1980 Iraq was bankrolled by Saudi Arabia.", "COOPERATE SAU>IRQ"},
		{"was summoned by (news)", "In 2022 the Russian ambassador was summoned by Poland.", "CONSULT POL>RUS"},
		{"was sabotaged by (history)", "In 1941 the conference was sabotaged by Japan.", ""},
		{"was shocked by an act: only the act's noun (history)", "In 1939 Britain was shocked by Germany's invasion of Poland.", "ASSAULT DEU>POL"},
		{"was encouraged by a thing (news)", "In 2011 Egypt was encouraged by the revolution in Tunisia.", ""},
		{"was led by a person (history)", "In 1950 the UN army was led by MacArthur.", ""},
		{"was prepared by (news)", "In 2003 the plan was prepared by the United States.", ""},
		{"was matched by (news)", "In 2019 the Chinese buildup was matched by Japan.", ""},
		{"was pressed by (history)", "In 1939 Poland was pressed by Germany to cede Danzig.", "REQUEST DEU>POL"},
		{"was joined by (history)", "In 1941 Britain was joined by the United States.", "COOPERATE USA>GBR"},
		{"was trained by (news)", "In 2015 the Iraqi army was trained by the United States.", "COOPERATE USA>IRQ"},
		{"reduced relative (history)", "Ships provided by France carried the refugees south.", ""},
		{"reduced relative (news)", "The coalition, supported by the United States, took Mosul.", ""},
		{"no actor agent (history)", "In 1919 Germany was criticized by many historians.", ""},
		{"no actor agent (news)", "In 2015 Greece was affected by the crisis.", ""},
		{"active stays (history)", "In 1956 the United States denounced Britain.", "ACCUSE USA>GBR"},
	}, modedDyads)
}
