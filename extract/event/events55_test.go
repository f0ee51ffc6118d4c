package event_test

import (
	"context"
	"strings"
	"testing"

	"github.com/stratex/stratex/extract"
	"github.com/stratex/stratex/extract/actor"
	"github.com/stratex/stratex/extract/internal/stagetest"
	"github.com/stratex/stratex/extract/text"
)

// checkMarkdownDyads runs each case as a Markdown document (its "#" lines
// are headings) and compares the dyads of its asserted events of the
// categories only names.
func checkMarkdownDyads(t *testing.T, only string, cases []stagetest.Case) {
	t.Helper()
	stagetest.Check(t, cases, func(t *testing.T, v *extract.Vocabulary, s string) string {
		fs := &extract.Findings{}
		if err := v.Run(context.Background(), actor.NewTagger(), text.Compose(text.TextBlocks(s, true)), fs); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range fs.Events {
			if e.Mode == "" && e.Category == only {
				got = append(got, stagetest.Dyad(e))
			}
		}
		return strings.Join(got, "; ")
	})
}

// TestHomeActSelfTarget: a CONCEDE, PROTEST or COERCE act that names no
// target is one on the source itself only when its subtype is done at
// home (homeacts.txt: an arrest, a protest, a curfew); a blockade or the lifting
// of an embargo acts on another the sentence does not name: no X>X
// (events55, review30 finding 4). Sentences of our own, from news of the
// Caucasus and the Baltic and from histories.
func TestHomeActSelfTarget(t *testing.T) {
	checkDyads(t, []string{"COERCE", "CONCEDE", "PROTEST", "REJECT"}, []stagetest.Case{
		{Name: "blockaded a corridor (news)", Text: "In December 2022 Azerbaijan blockaded the corridor.", Want: ""},
		{Name: "blockaded a port (history)", Text: "In 1827 Turkey blockaded the port.", Want: ""},
		{Name: "refused to lift a ban (news)", Text: "In 2022 Lithuania refused to lift the ban on sanctioned goods.", Want: "REJECT LTU>"},
		{Name: "not: arrested its opponents (news)", Text: "In 2013 Egypt arrested hundreds of opposition members.", Want: "COERCE EGY>EGY"},
		{Name: "not: students protested (history)", Text: "In May 1968 thousands of French students protested against the government.", Want: "PROTEST FRA>FRA"},
		{Name: "not: a curfew (news)", Text: "In 2008 the Chinese government imposed a curfew.", Want: "COERCE CHN>CHN"},
	})
}

// TestDocTargetSection: the counterpart of an act with none named, taken
// from the document's latest act of its kind by the same source, comes
// from another section (after a heading) only when this section's last
// sentences name it again (events55, review30 finding 6). Texts of our
// own: a paper on Central Asia and a history of the Balkans.
func TestDocTargetSection(t *testing.T) {
	const asia = "# Central Asia\n\n## The ceasefire\n\nIn 1994 Russia mediated talks with Kyrgyzstan.\n\nThe talks lasted a month.\n\n## The peace\n\n"
	const balkans = "# The Balkans\n\n## The first crisis\n\nIn 1878 Germany mediated talks with Austria.\n\nThe talks lasted a month.\n\n## The second crisis\n\n"
	checkMarkdownDyads(t, "CONSULT", []stagetest.Case{
		{Name: "another section's counterpart (paper)", Text: asia + "In 1997 Iran and Russia mediated the peace agreement.", Want: "CONSULT RUS>KGZ; CONSULT IRN,RUS>"},
		{Name: "another section's counterpart (history)", Text: balkans + "In 1885 Britain and Germany mediated the colonial agreement.", Want: "CONSULT DEU>AUT; CONSULT GBR,DEU>"},
		{Name: "not: the same section (paper)", Text: "# Central Asia\n\n## The ceasefire\n\nIn 1994 Russia mediated talks with Kyrgyzstan.\n\nThe talks lasted a month.\n\nIn 1997 Iran and Russia mediated the peace agreement.", Want: "CONSULT RUS>KGZ; CONSULT IRN,RUS>KGZ"},
		{Name: "not: named again in this section (history)", Text: balkans + "Austria was weak.\n\nIn 1885 Britain and Germany mediated the colonial agreement.", Want: "CONSULT DEU>AUT; CONSULT GBR,DEU>AUT"},
	})
}

// TestFrontedDateSubject: a sentence that opens with a date's preposition
// ("On 12 March 1999") still has its subject after the date: the states
// of "the foreign ministers of A, B and C" sign (events55). A subject phrase after the date that names a
// thing ("the bombing of Hanoi") stays no actor. Sentences of our own,
// from a paper on NATO's enlargement and a history of the Second World War.
func TestFrontedDateSubject(t *testing.T) {
	checkDyads(t, []string{"SUPPORT", "ASSAULT"}, []stagetest.Case{
		{Name: "three foreign ministers signed (paper)", Text: "On 12 March 1999 the foreign ministers of the Czech Republic, Hungary and Poland signed the declaration.", Want: "SUPPORT CZE,HUN,POL>"},
		{Name: "the armies of two states attacked (history)", Text: "On 22 June 1941 the armies of Germany and Romania attacked the Soviet Union.", Want: "ASSAULT DEU,ROU>SUN"},
		{Name: "not: a thing's subject (history)", Text: "On 8 August 1972 the bombing of Hanoi resumed.", Want: ""},
		{Name: "not: an invasion began (history)", Text: "On 1 September 1939 the invasion of Poland began.", Want: ""},
	})
}

// TestMotiveTarget: a withdrawal or a deployment that names no other acts
// on the actors of a fronted phrase of fear or deterrence (modality.tsv's
// class motive): "Fearing a clash with China, India withdrew" (events55, a
// held-out paper class). A phrase that names no actor, or a target of the
// act's own, leaves it as it was. Sentences of our own, from a paper on
// the Himalayan border and a history of the scramble for Africa.
func TestMotiveTarget(t *testing.T) {
	checkDyads(t, []string{"RETREAT", "MOBILIZE"}, []stagetest.Case{
		{Name: "fearing a clash (paper)", Text: "Fearing a clash with China, India withdrew its troops in 1962.", Want: "RETREAT IND>CHN"},
		{Name: "fearing a war, after the subject (history)", Text: "In 1898 France, fearing a war with Britain, withdrew its troops.", Want: "RETREAT FRA>GBR"},
		{Name: "not: no actor in the phrase (history)", Text: "Fearing defeat, France withdrew its troops in 1898.", Want: "RETREAT FRA>"},
		{Name: "not: a target of its own (paper)", Text: "Fearing a clash with China, India withdrew its troops from Nepal in 1962.", Want: "RETREAT IND>NPL"},
		// the sentence's own motive before a counterpart carried from the paragraph
		{Name: "a deployment after one on another (paper)", Text: "In 1960 India deployed troops to Pakistan. Fearing a clash with China, India deployed its troops in 1962.", Want: "MOBILIZE IND>PAK; MOBILIZE IND>CHN"},
		{Name: "a deployment after one on another (history)", Text: "In 1911 France deployed troops to Morocco. Fearing a war with Germany, France deployed its fleet in 1912.", Want: "MOBILIZE FRA>MAR; MOBILIZE FRA>DEU"},
	})
}
