package event_test

import "testing"

// A subject pronoun right after "that" stands for the subject of the verb
// the clause completes ("X reported to Y that he"), not for the
// paragraph's last subject.
func TestPronounAfterThatIsTheSpeaker(t *testing.T) {
	checkCases(t, []roleCase{
		{"a leader reports his intent (history)",
			"In June 1950 President Truman dispatched the Seventh Fleet to the Taiwan Strait. In August Mao Zedong told the Politburo that he would deploy troops to Korea.",
			"MOBILIZE USA>; MOBILIZE CHN>KOR"},
		{"past an object (news)",
			"In 1990 Iraq invaded Kuwait. The Pentagon notified Congress that it had approved the sale of helicopters to Israel.",
			"ASSAULT IRQ>KWT; COOPERATE USA>ISR"},
		{"an essay's statement",
			"In 1956 Britain threatened Egypt. Later the Soviet premier declared that he would send volunteers to Egypt.",
			"THREATEN GBR>EGY; AGREE SUN>EGY"},
	}, eventDyads)
}
