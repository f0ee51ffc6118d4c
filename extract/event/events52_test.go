package event_test

import (
	"testing"

	"github.com/stratex/stratex/extract"
	"github.com/stratex/stratex/extract/event"
)

// A number inside a name ("Task Force 77", "Squadron 12", "Resolution
// 242") is a label, not a count: the verb after it still acts. A count
// before a participle and a demonym is an adjective ("1,000 captured
// Egyptian soldiers"). Sentences of our own.
func TestCountedParticipleLabel(t *testing.T) {
	checkCases(t, []roleCase{
		{"a numbered unit (history)",
			"The US Navy's Task Force 77 attacked bases in North Vietnam in 1965.",
			"ASSAULT USA>VDR"},
		{"a numbered squadron (news)",
			"Soviet bombers of Squadron 12 attacked positions near Herat in 1980.",
			"ASSAULT SUN>AFG"},
		{"a numbered unit opens the sentence (history)",
			"Kampfgeschwader 51 of Germany bombed airfields in Poland in September 1939.",
			"ASSAULT DEU>POL"},
		{"not: a count after an opening adverb (paper)",
			"Nearly 1,550 deployed warheads remained in Russia in 2011.",
			""},
		{"not: a count after a preposition (news)",
			"About 40,000 mobilised reservists stayed in Estonia.",
			""},
	}, eventDyads)
}

func TestCountedParticipleDemonym(t *testing.T) {
	checkCases(t, []roleCase{
		{"a count, a participle and a demonym (history)",
			"Israel released 1,000 captured Egyptian soldiers in 1974.",
			"RETREAT ISR>EGY"},
		{"a count, a participle and a demonym (paper)",
			"In 1968 the Soviet Union disarmed 500 armed Czech civilians.",
			"RETREAT SUN>CZE"},
		{"not: a demonym after a verb with no count (history)",
			"In 1974 Israel captured Egyptian soldiers.",
			"COERCE ISR>EGY"},
		{"not: a country's name after a counted verb (news)",
			"In 1973 Egypt and 2 allied states attacked Israel near Suez.",
			"ASSAULT EGY>ISR"},
	}, eventDyads)
}

// The act in a "during" phrase takes only a date that an opening phrase
// brings ("In 1982, ..."), not one that describes a noun ("In a 1985
// interview") or sits in an aside ("president from 1956"). Sentences of
// our own.
func TestToldActOpeningDate(t *testing.T) {
	dated := func(t *testing.T, v *extract.Vocabulary, s string) string {
		return renderEvents(t, v, s, "; ", func(e event.Span) (string, bool) { return dyad(e) + " " + e.Date, e.Mode == "" })
	}
	checkCases(t, []roleCase{
		{"a date describing a noun (history)",
			"In a 1985 interview, Shamir rejected criticism during the Israeli invasion of Lebanon.",
			"REJECT ISR> 1985; ASSAULT ISR>LBN "},
		{"a date in an aside (paper)",
			"Nasser, president from 1956, refused talks during the Israeli raids on Gaza.",
			"REJECT EGY>ISR 1956; ASSAULT ISR>PSE "},
		{"not: an opening date after a comma (history)",
			"After the war began, in 1982 Israel refused a ceasefire during the Syrian attack on Israel.",
			"REJECT ISR>SYR 1982; ASSAULT SYR>ISR 1982"},
		{"not: an opening date (news)",
			"In March 1999 Serbia refused talks during the NATO bombing of Serbia.",
			"REJECT SRB> 1999-03; ASSAULT NATO>SRB 1999-03"},
		{"not: a date between the subject and the verb (history)",
			"Syria in 1982 refused talks during the Israeli invasion of Lebanon.",
			"REJECT SYR>ISR 1982; ASSAULT ISR>LBN 1982"},
	}, dated)
}
