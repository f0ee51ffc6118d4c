package actor

import (
	"context"
	"testing"

	textpkg "github.com/stratex/stratex/extract/text"
)

// sentencesEntities reads sentences as one document (one sentence a line, all in
// the body) and returns its entities with the text.
func sentencesEntities(t *testing.T, sentences ...string) (string, []Entity) {
	t.Helper()
	v := testVocab(t)
	var text string
	var sents []textpkg.Sentence
	var zones []string
	for i, s := range sentences {
		if i > 0 {
			text += " "
		}
		sents = append(sents, textpkg.Sentence{Start: len(text), End: len(text) + len(s), Line: i})
		text += s
		zones = append(zones, "body")
	}
	es, err := v.Entities(context.Background(), NewTagger(), testLexer(v), text, sents, zones, nil)
	if err != nil {
		t.Fatal(err)
	}
	return text, es
}

// actorIn returns the actor of the entity whose text is form in sentence
// sent, or "?" when there is none.
func actorIn(text string, es []Entity, sent int, form string) string {
	for _, e := range es {
		if e.Sent == sent && text[e.Start:e.End] == form {
			return e.Actor
		}
	}
	return "?"
}

// A person named at a date long before any date the vocabulary knows of
// them is someone else of that name; a date after their roles proves
// nothing. A sentence with no date follows the document's dated ones.
func TestPersonOutOfEra(t *testing.T) {
	for _, c := range []struct {
		sentences []string
		dates     []string
		sent      int
		form      string
		want      string
	}{
		// a history of the American war of independence
		{[]string{"In the spring of 1776 Clinton sailed south with two regiments.", "Clinton then withdrew to New York."}, []string{"1776", ""}, 0, "Clinton", ""},
		{[]string{"In the spring of 1776 Clinton sailed south with two regiments.", "Clinton then withdrew to New York."}, []string{"1776", ""}, 1, "Clinton", ""},
		// a history of the Western Front
		{[]string{"By July 1916 Haig had massed his divisions on the Somme."}, []string{"1916-07"}, 0, "Haig", ""},
		// the same names in their own era, and after it
		{[]string{"In 1995 Clinton sent envoys to Dayton."}, []string{"1995"}, 0, "Clinton", "USA"},
		{[]string{"In 1981 Haig flew to Buenos Aires and London."}, []string{"1981"}, 0, "Haig", "USA"},
		{[]string{"Haig's shuttle diplomacy was later judged a failure."}, []string{"2015"}, 0, "Haig", "USA"},
		// an undated sentence where a dated one admits the person
		{[]string{"In 1995 Clinton sent envoys to Dayton.", "Clinton then met the three presidents."}, []string{"1995", ""}, 1, "Clinton", "USA"},
	} {
		text, es := sentencesEntities(t, c.sentences...)
		Redate(es, func(i int) string { return c.dates[i] })
		if got := actorIn(text, es, c.sent, c.form); got != c.want {
			t.Errorf("%q in %q at %v: actor %q, want %q", c.form, c.sentences[c.sent], c.dates, got, c.want)
		}
	}
}
