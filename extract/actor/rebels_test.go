package actor

import (
	"context"
	"strings"
	"testing"

	textpkg "github.com/stratex/stratex/extract/text"
)

// TestDomesticRebels checks rebels named only by a common noun (rule
// agent:rebels, groupAgents): with no armed group the document follows,
// the rebels of the state whose ground the story is on (groundState), once
// the text has named it; no one's in a scholarly document, before the
// state is named, where two states' places are named alike or too few
// places are named, or where the word modifies another noun ("guerrilla
// tactics").
func TestDomesticRebels(t *testing.T) {
	tests := []struct {
		name, doc string
		want      []string // entities in order
	}{
		{"insurgent columns in a history of the Malayan emergency",
			"In 1951 Kuala Lumpur was tense. The garrison of Kuala Lumpur was reinforced, and Kuala Lumpur waited. Insurgent columns attacked the rubber estates.",
			[]string{"Kuala Lumpur/MYS", "garrison/MYS/MIL", "Kuala Lumpur/MYS", "Kuala Lumpur/MYS", "Insurgent columns/MYS/REB"}},
		{"rebel troops and partisan units in a history of the Greek civil war",
			"In 1946 Athens feared a rising, and Athens armed. Athens waited. Rebel troops took the villages, and partisan units cut the railway.",
			[]string{"Athens/GRC", "Athens/GRC", "Athens/GRC", "Rebel troops/GRC/REB", "partisan units/GRC/REB"}},
		{"the guerrillas of a history of Colombia's violence, after its places",
			"In 1964 the army left Bogota for Marquetalia. Bogota cheered, and Bogota waited. The guerrillas escaped to the mountains.",
			[]string{"Bogota/COL", "Marquetalia/", "Bogota/COL", "Bogota/COL", "guerrillas/COL/REB"}},
		{"a rebels' word that modifies another noun: no one's (a history of Algeria's war)",
			"In 1956 the army held Algiers. Algiers was calm, and Algiers slept. Guerrilla tactics spread, and insurgent attacks rose.",
			[]string{"Algiers/DZA", "Algiers/DZA", "Algiers/DZA"}},
		{"rebels before the text names their state: no one's",
			"Guerrillas ambushed the convoy. In 1951 Kuala Lumpur was tense, and Kuala Lumpur waited. Kuala Lumpur slept.",
			[]string{"Kuala Lumpur/MYS", "Kuala Lumpur/MYS", "Kuala Lumpur/MYS"}},
		{"a short report that names too few places: no one's",
			"Russia attacked Georgia from Moscow in August, and the separatist militias joined on the Russian side.",
			[]string{"Russia/RUS", "Georgia/GEO", "Moscow/RUS", "Russian/RUS"}},
		{"the places of two states named alike (a world war's theatres): no one's",
			"In 1915 Paris feared a rising and Paris waited. Berlin watched, and Berlin waited. Paris and Berlin slept. Partisan units cut the railway.",
			[]string{"Paris/FRA", "Paris/FRA", "Berlin/DEU", "Berlin/DEU", "Paris/FRA", "Berlin/DEU"}},
		{"partisan as an adjective of party politics is no agent",
			"In 2016 Washington was split. Partisan politics grew, and partisan voters stayed home.",
			[]string{"Washington/USA"}},
	}
	for _, tt := range tests {
		for _, window := range []int{0, 1} {
			got := docEntities(t, tt.doc, window)
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("%s (window %d):\n got %q\nwant %q", tt.name, window, got, tt.want)
			}
		}
	}
}

// TestDomesticRebelsScholarly checks that a scholarly document (one with
// references) gives unclaimed rebels no state, however often it names one
// land's places; the same text with no references does. Texts: a paper on
// the Afghan war and an invented one on the Sri Lankan war.
func TestDomesticRebelsScholarly(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct {
		sentences []string
		form      string
		code      string // with no references
	}{
		{[]string{"Kabul, Herat and Kandahar saw unrest in 1980.", "Kabul fell quiet.", "Insurgents often target roads.", "Smith, A. 1990. Wars."}, "Insurgents", "AFG/REB"},
		{[]string{"Colombo, Jaffna and Trincomalee saw strikes in 1984.", "Jaffna fell quiet.", "Rebels often mine the coast road.", "Perera, B. 2001. Roads and war."}, "Rebels", "LKA/REB"},
	} {
		for _, refs := range []bool{true, false} {
			text, es := referencedEntities(t, v, c.sentences, refs)
			want := c.code
			if refs {
				want = "(none)"
			}
			if got := sentActor(text, es, 2, c.form); got != want {
				t.Errorf("references %v: %s is %q, want %q", refs, c.form, got, want)
			}
		}
	}
}

// referencedEntities reads sentences as one document, all in the body
// but the last, which is the reference list when refs, and returns its
// entities with the text.
func referencedEntities(t *testing.T, v *Vocabulary, sentences []string, refs bool) (string, []Entity) {
	t.Helper()
	text := ""
	var sents []textpkg.Sentence
	var zones []string
	for i, s := range sentences {
		if i > 0 {
			text += " "
		}
		sents = append(sents, textpkg.Sentence{Start: len(text), End: len(text) + len(s)})
		text += s
		zones = append(zones, "body")
	}
	if refs {
		zones[len(zones)-1] = "references"
	}
	es, err := v.Entities(context.Background(), NewTagger(), testLexer(v), text, sents, zones, nil)
	if err != nil {
		t.Fatal(err)
	}
	return text, es
}
