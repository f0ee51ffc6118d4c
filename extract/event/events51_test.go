package event_test

import (
	"strings"
	"testing"

	"github.com/stratex/stratex/extract"
	"github.com/stratex/stratex/extract/internal/stagetest"
)

// actPairs renders each asserted pair of s that an act states (not a
// mention) as "A-B relation", in order.
func actPairs(t *testing.T, v *extract.Vocabulary, s string) string {
	t.Helper()
	var out []string
	for _, p := range stagetest.Findings(t, v, s).Pairs {
		if p.Mode == "" && p.Relation != "mention" {
			out = append(out, p.A+"-"+p.B+" "+p.Relation)
		}
	}
	return strings.Join(out, "; ")
}

// A place a possessed object is moved to ("deployed its troops to
// Crimea") is the act's target; one the possessed thing is in ("its
// embassy in Belgrade", "its troops in Crimea") is not (review28, 5).
// Sentences of our own.
func TestPossessedObjectMovedTo(t *testing.T) {
	checkCases(t, []roleCase{
		{"a place moved to (news)",
			"Russia deployed its troops to Crimea in 2014.",
			"MOBILIZE RUS>UKR"},
		{"a place moved towards (history)",
			"Iran deployed its forces to Basra in 1982.",
			"MOBILIZE IRN>IRQ"},
		{"a place moved towards (paper)",
			"Turkey deployed its own units towards Aleppo in 2016.",
			"MOBILIZE TUR>SYR"},
		{"not: a place the possessed thing is in (news)",
			"Russia deployed its troops near Sevastopol in 2014.",
			"MOBILIZE RUS>"},
		{"not: an owner's thing in a place (history)",
			"China protested after NATO bombed its embassy in Belgrade.",
			"ACCUSE CHN>; ASSAULT NATO>CHN"},
	}, eventDyads)
}

// A subject that a negation and an auxiliary put before its verb ("nor
// did India attack", "never did France attack") does not stop the scan
// for the verb group's negation (review28, 3). "Not only did" is no
// negation. Sentences of our own.
func TestInvertedNegatedSubject(t *testing.T) {
	checkCases(t, []roleCase{
		{"nor + auxiliary + subject (history)",
			"Pakistan did not attack India, nor did India attack Pakistan.",
			"ASSAULT PAK>IND negated; ASSAULT IND>PAK negated"},
		{"nor + auxiliary + subject (news)",
			"Iraq did not withdraw from Kuwait, nor did Iraq release the hostages.",
			"RETREAT IRQ>KWT negated; RETREAT IRQ> negated"},
		{"never + auxiliary + subject (history)",
			"Never did France attack Germany without allies.",
			"ASSAULT FRA>DEU negated"},
		{"not: 'not only did' (paper)",
			"Not only did India attack Pakistan, it also blockaded Karachi.",
			"ASSAULT IND>PAK; COERCE IND>PAK"},
		{"not: an affirmed clause after 'but' (history)",
			"Pakistan did not attack India, but India attacked Pakistan.",
			"ASSAULT PAK>IND negated; ASSAULT IND>PAK"},
	}, modedDyads)
}

// An end or a halt that a verb of asking governs ("demanded an end to
// German attacks") names acts going on, which are done; an end declared,
// brought or put is the acts' end, no act (review28, 10); the acts
// named in the asked-for phrase show as pairs. Sentences of our own.
func TestAskedForEnd(t *testing.T) {
	checkCases(t, []roleCase{
		{"an end demanded (history)",
			"France demanded an end to German attacks on Belgium.",
			"FRA-DEU demand; DEU-BEL attack"},
		{"a halt urged (news)",
			"The United States urged an immediate halt to Israeli raids on Lebanon.",
			"USA-ISR demand; ISR-LBN attack"},
		{"not: an end declared (paper)",
			"The Congress declared an end to the war and all U.S. aid to Saigon.",
			""},
		{"not: an end put (history)",
			"Moscow put an end to its aid to China in 1960.",
			""},
		{"not: an end brought (paper)",
			"The treaty brought an end to Soviet aid to Egypt.",
			""},
	}, actPairs)
}

// An actor inside an aside that commas set off right before the verb
// ("and, as Britain had feared, attacked") is no subject of the verb; the
// subject before the aside is (review28, 12). Sentences of our own.
func TestAsideBeforeVerb(t *testing.T) {
	checkCases(t, []roleCase{
		{"an 'as' aside after 'and' (history)",
			"Germany rearmed and, as France had predicted, invaded Belgium in 1914.",
			"ASSAULT DEU>BEL"},
		{"an 'as' aside after the subject (paper)",
			"France, as Britain had feared, attacked Germany.",
			"ASSAULT FRA>DEU"},
		{"not: a subject after the aside (news)",
			"Russia annexed Crimea, and, as many had predicted, Ukraine appealed to NATO.",
			"COERCE RUS>UKR; REQUEST UKR>NATO"}, // (the annexation acts on Crimea's state, events57)
		{"not: an aside with no actor (history)",
			"The Soviet Union, after Germany surrendered, attacked Japan.",
			"CONCEDE DEU>; ASSAULT SUN>JPN"},
		{"not: a preposition aside (paper)",
			"Egypt, under pressure from Moscow, recognized Israel.",
			"SUPPORT EGY>ISR"},
	}, eventDyads)
}
