package event_test

import "testing"

// A dictionary verb's passive names the agent's act only when its "by"
// phrase names an actor: a state of mind or an adjectival participle
// ("was concerned by", "was determined to"), a thing for agent ("was
// supported by evidence"), a "by" of time or means ("by 2 May", "by
// force", "by rail") and a verb of saying ("was said by") name none; the
// same verbs with an actor agent do. Guards for the passive opened to
// every category (aba4eef) and for the first-"by" agent. Cases of our
// own, from histories and news.
func TestPassiveGuards(t *testing.T) {
	checkCases(t, []roleCase{
		{"state of mind (history)", "In 1939 Britain was concerned by Germany.", ""},
		{"adjectival participle (history)", "In 1938 France was determined to remain neutral.", ""},
		{"thing agent (news)", "In 1962 the claim was supported by evidence.", ""},
		{"by a date (history)", "In 1945 Berlin was captured by 2 May.", ""},
		{"by a date after the agent (history)", "In 1945 Berlin was captured by the Soviets by 2 May.", "COERCE SUN>DEU"},
		{"by means (history)", "In 1944 Paris was liberated by force.", ""},
		{"by means (news)", "In 1945 the troops were moved by rail.", ""},
		{"by means before the agent (history)", "In 1943 Italy was invaded by sea by the Allies.", "ASSAULT ALLIES>ITA"},
		{"verb of saying (news)", "In 1962 Cuba was said by the United States to host missiles.", ""},
		{"actor agent (news)", "In 1990 Iraq was condemned by the United Nations.", "ACCUSE UN>IRQ"},
	}, modedDyads)
}
