package pair_test

import (
	"fmt"
	"testing"

	"github.com/stratex/stratex/extract"
	"github.com/stratex/stratex/extract/internal/stagetest"
	"github.com/stratex/stratex/extract/pair"
)

// pairFull renders a text's pairs as "A-B relation rule mode", "asserted"
// for a pair with no mode.
func pairFull(t *testing.T, v *extract.Vocabulary, s string) string {
	t.Helper()
	return renderPairs(t, v, s, func(p pair.Span) string {
		return fmt.Sprintf("%s-%s %s %s %s", p.A, p.B, p.Relation, p.Rule, modeOf(p))
	})
}

// TestRelationAskedFor: a relation named in the infinitive a verb of
// appeal governs ("urged France to restore ties with Russia") is asked
// for, not stated: its pair is hypothetical, as the event coder asserts
// no act there. Its holder is the infinitive's subject, the verb's object
// (France), not the clause's subject (Britain), after any verb ("persuaded
// France to restore ties": asserted, as a verb that implies the act).
// A relation before the "to" ("France, an ally of Russia, to act"), in
// another clause, or after a noun of pressure ("Under pressure to act")
// keeps its mode. Cases from a history of 1914 and a history of South
// Asia.
func TestRelationAskedFor(t *testing.T) {
	cases := []stagetest.Case{
		{Name: "ties asked for (1914)",
			Text: "Britain urged France to restore ties with Russia.",
			Want: "GBR-FRA demand pair:event asserted; FRA-RUS ties pair:with hypothetical"},
		{Name: "a possessor's ally asked for (1914)",
			Text: "Britain urged France to join the war as Russia's ally.",
			Want: "GBR-FRA demand pair:event asserted; FRA-RUS ally pair:possessive hypothetical"},
		{Name: "relations asked for (South Asia)",
			Text: "The United States pressed Pakistan to improve relations with India.",
			Want: "USA-PAK demand pair:event asserted; PAK-IND relations pair:with hypothetical"},
		// not asked for
		{Name: "not: a verb that implies the act (1914)",
			Text: "Britain persuaded France to restore ties with Russia.",
			Want: "FRA-RUS ties pair:with asserted"},
		{Name: "not: the relation before the to (1914)",
			Text: "Britain urged France, an ally of Russia, to act.",
			Want: "GBR-FRA demand pair:event asserted; FRA-RUS ally pair:role asserted"},
		{Name: "not: a noun of pressure (South Asia)",
			Text: "Under pressure to act, Pakistan improved relations with India.",
			Want: "PAK-IND intend_cooperate pair:event asserted"},
		{Name: "not: another clause (South Asia)",
			Text: "Pakistan asked the United States to mediate, and restored ties with India.",
			Want: "PAK-USA demand pair:event asserted; PAK-IND cooperate pair:event asserted"},
	}
	stagetest.Check(t, cases, pairFull)
}
