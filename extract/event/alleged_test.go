package event_test

import (
	"testing"

	"github.com/stratex/stratex/extract"
	"github.com/stratex/stratex/extract/event"
)

// modedDyads renders every event of s as a dyad, an event that is not
// asserted followed by its mode ("ASSAULT RUS>LTU hypothetical").
func modedDyads(t *testing.T, v *extract.Vocabulary, s string) string {
	t.Helper()
	return renderEvents(t, v, s, "; ", func(e event.Span) (string, bool) {
		if e.Mode != "" {
			return dyad(e) + " " + e.Mode, true
		}
		return dyad(e), true
	})
}

// TestAllegedActIsNoAct checks that the act in the complement of an
// accusing verb (triggers.tsv's ACCUSE rows of subtype accuse) is alleged,
// not asserted: its "of", "for" or "with" phrase, whose act is the
// accused's, and its "that" clause. The same act told as done, or told in
// a relative clause set off by commas, stays asserted. Cases of our own,
// from histories and news.
func TestAllegedActIsNoAct(t *testing.T) {
	checkCases(t, []roleCase{
		{"accused X of attacking (history)",
			"Poland accused the Russians of attacking Lithuania.",
			"ACCUSE POL>RUS; ASSAULT RUS>LTU hypothetical"},
		{"blamed X for invading (news)",
			"Iran blamed Iraq for invading Kuwait.",
			"ACCUSE IRN>IRQ; ASSAULT IRQ>KWT hypothetical"},
		{"a word between the preposition and the act (news)",
			"Serbia accused Croatia of secretly shelling Bosnia.",
			"ACCUSE SRB>HRV; ASSAULT HRV>BIH hypothetical"},
		{"alleged that X had attacked (news)",
			"Iraq alleged that Iran had attacked Kuwait.",
			"ACCUSE IRQ>IRN; ASSAULT IRN>KWT hypothetical"},
		{"charged X with shelling (news)",
			"The Croatian government charged Serbia with shelling Bosnia.",
			"ACCUSE HRV>SRB; ASSAULT SRB>BIH hypothetical"},
		{"passive: was accused of invading (history)",
			"In 1920 Poland was accused of invading Ukraine.",
			"ASSAULT POL>UKR hypothetical"},
		{"the act told as done (history)",
			"The Russians attacked Lithuania.",
			"ASSAULT RUS>LTU"},
		{"the act told as done (news)",
			"Iraq invaded Kuwait.",
			"ASSAULT IRQ>KWT"},
		{"an act in a relative clause is told as done (history)",
			"Poland accused the Russians, who had attacked Lithuania in 1920, of lying.",
			"ACCUSE POL>RUS; ASSAULT RUS>LTU"},
		{"an act after the accusation's complement (news)",
			"Iran accused Iraq of lying and then invaded Kuwait.",
			"ACCUSE IRN>IRQ; ASSAULT IRN>KWT"},
	}, modedDyads)
}

// TestClaimedActIsAlleged checks that the act in the complement of a verb
// of claim.txt is alleged, not asserted: its "that" clause ("claimed
// that", "asserted that") and its "to have" infinitive ("claimed to have
// killed"). A claim noun after a determiner ("the claims that") and a
// claim with a plain object assert nothing of the kind; an act after the
// claim's clause stays asserted. Cases of our own, from histories and
// news.
func TestClaimedActIsAlleged(t *testing.T) {
	checkCases(t, []roleCase{
		{"claimed that X had attacked (history)",
			"In 1950 the Chinese claimed that American bombers had attacked China.",
			"ASSAULT USA>CHN hypothetical"},
		{"asserted that X had invaded (news)",
			"Iraq asserted that Iran had invaded Kuwait.",
			"ASSAULT IRN>KWT hypothetical"},
		{"claimed to have killed (history)",
			"The Afghans claimed to have killed 2,000 British troops.",
			"ASSAULT AFG>GBR hypothetical"},
		{"claims to have shelled, one word between (news)",
			"Serbia claims to have repeatedly shelled Bosnia.",
			"ASSAULT SRB>BIH hypothetical"},
		{"the claims that: a noun (news)",
			"The claims that Iraq invaded Kuwait were true.",
			"ASSAULT IRQ>KWT"},
		{"the act after a comma (history)",
			"The Chinese claimed victory, and American bombers attacked China.",
			"ASSAULT USA>CHN"},
	}, modedDyads)
}
