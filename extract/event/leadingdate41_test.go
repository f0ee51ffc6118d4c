package event_test

import "testing"

// TestStateSubjectAfterLeadingDate: a by=STATE row's subject may follow a
// date phrase that opens the sentence with no comma ("In 1905 Russia
// conceded to Japan"), as it may open the sentence itself: the row fires as
// it does without the date. A state's own forces or people after the date
// are no state (sector MIL, an army's phrase), nor is a crowd. Cases of our own, from histories and news.
func TestStateSubjectAfterLeadingDate(t *testing.T) {
	checkCases(t, []roleCase{
		{"a year before the state (history)", "In 1905 Russia conceded to Japan.", "CONCEDE RUS>JPN"},
		{"the same without the date (history)", "Russia conceded to Japan in 1905.", "CONCEDE RUS>JPN"},
		{"a full date before the state (history)", "On 5 September 1905 Russia conceded to Japan.", "CONCEDE RUS>JPN"},
		{"a year before the state (news)", "In 1956 Britain bowed to American pressure.", "CONCEDE GBR>USA"},
		{"a year before a state with its determiner (news)", "In 1962 the United States confronted the Soviet Union over missiles in Cuba.", "ACCUSE USA>SUN"},
		{"a year before a state's forces (history)", "In 1944 the French army confronted the German army over the Rhine.", ""},
		{"a year before a crowd (news)", "In 1968 students protested against the war.", ""},
	}, eventDyads)
}

// TestLeadToIsNoAct: to lead to an act is to cause it ("lead to"/"led to"
// are NONE rows): the event noun after it is an act of its own, or, after a
// result participle, the main clause's agent's; "led the invasion" is
// still making it. Cases of our own, from histories and news.
func TestLeadToIsNoAct(t *testing.T) {
	checkCases(t, []roleCase{
		{"a result participle (news)", "Iraq massed troops on the border in 1990, leading to the invasion of Kuwait.", "MOBILIZE IRQ>KWT; ASSAULT IRQ>KWT"},
		{"a result participle after a date (news)", "In 1990 Iraq massed troops on the border, leading to the invasion of Kuwait.", "MOBILIZE IRQ>KWT; ASSAULT IRQ>KWT"},
		{"a cause of an invasion (history)", "The incident of 1937 led to the Japanese invasion of China.", "ASSAULT JPN>CHN"},
		{"leading an invasion (history)", "In 1956 Britain led the invasion of Egypt.", "ASSAULT GBR>EGY"},
		{"leading an attack (news)", "In 2003 the United States led an attack on Iraq.", "ASSAULT USA>IRQ"},
	}, eventDyads)
}
