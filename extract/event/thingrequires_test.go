package event_test

import "testing"

// "Calls for" with a thing for its subject means "requires" (thingDoes):
// no request, and the act it requires is not done (requiredByThing); a
// possessor's plan or strategy ("Britain's strategy called for") is a
// thing too. An actor's call is a request, and a clause of its own after
// "and" or a comma tells its act as done. Cases of our own, from
// histories and news.
func TestThingRequiresNoAct(t *testing.T) {
	checkCases(t, []roleCase{
		{"a plan calls for an invasion (history)",
			"The Schlieffen Plan called for German forces to invade France.",
			""},
		{"a treaty calls for a withdrawal (news)",
			"The treaty calls for Israel to withdraw from Sinai.",
			""},
		{"a possessor's strategy is a thing (history)",
			"Britain's strategy called for the blockade of Germany.",
			""},
		{"an actor calls for another's act (news)",
			"Iran called for Iraq to withdraw from Kuwait.",
			"REQUEST IRN>IRQ"},
		{"a government calls (news)",
			"The British government called for a blockade of Germany.",
			"REQUEST GBR>DEU"},
		{"a clause of its own after and (history)",
			"The plan called for three divisions and Germany invaded Belgium.",
			"ASSAULT DEU>BEL"},
		{"a clause of its own after a comma (history)",
			"The plan called for three divisions, and Germany invaded Belgium.",
			"ASSAULT DEU>BEL"},
	}, eventDyads)
}
