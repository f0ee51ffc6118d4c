package event_test

import (
	"strings"
	"testing"

	"github.com/stratex/stratex/extract"
	"github.com/stratex/stratex/extract/internal/stagetest"
)

// TestActOnPlaceOfAnother: an act done to ground (force or coercion, not
// one done at home) whose object is a place of another state, a place
// with no code of its own, acts on that state, for a dictionary verb as
// for the project's rows ("annexed Crimea", "besieged Mariupol"). Not
// when the place lies in the source's own state, nor when it follows a
// preposition ("positions in Mariupol"), nor for taking back a place
// (recapture, liberate: the side that held it is the target, named after
// "from", or none), nor is a home act changed. Sentences of our own, from
// news of the war in Ukraine and the Caucasus and histories of the
// Franco-Prussian war and of Manchuria.
func TestActOnPlaceOfAnother(t *testing.T) {
	checkDyads(t, []string{"ASSAULT", "COERCE"}, []stagetest.Case{
		{Name: "annexed a province (news)", Text: "In March 2014 Russia annexed Crimea.", Want: "COERCE RUS>UKR"},
		{Name: "besieged a city (news)", Text: "In 2022 Russia besieged Mariupol.", Want: "COERCE RUS>UKR"},
		{Name: "annexed a region (history)", Text: "In 1871 Germany annexed Alsace-Lorraine.", Want: "COERCE DEU>FRA"},
		{Name: "annexed a province (history)", Text: "In 1932 Japan annexed Manchuria.", Want: "COERCE JPN>CHN"},
		{Name: "not: its own ground (news)", Text: "In 1995 Russia besieged Grozny.", Want: ""},
		{Name: "not: a place after a preposition (news)", Text: "In 2022 Russia besieged rebel positions in Mariupol.", Want: ""},
		{Name: "not: the people in a place (news)", Text: "In 1993 Turkey besieged the Kurds in Diyarbakir.", Want: ""},
		{Name: "not: negated (news)", Text: "In 2008 Russia did not annex Crimea.", Want: ""},
		{Name: "not: a place taken back (news)", Text: "In November 2022 Ukraine recaptured Kherson.", Want: ""},
		{Name: "not: a place liberated (history)", Text: "In 1943 the Soviet army liberated Kharkiv.", Want: ""},
		{Name: "not: a home act keeps its source (news)", Text: "In 2013 Egypt arrested journalists in Alexandria.", Want: "COERCE EGY>EGY"},
	})
}

// TestActOnPlaceAtItsDate: a place whose rows are dated lies in the state
// of the row that holds at the act's date (a user's rows for Port Arthur:
// Russian from 1898, Japanese from 1905): the siege of 1904 is on Russia,
// the Soviet occupation of 1945 on Japan, and a siege of 1937 by Japan is
// on its own ground, none. Sentences of our own, from histories of the
// Russo-Japanese war and of the Second World War.
func TestActOnPlaceAtItsDate(t *testing.T) {
	v, err := extract.NewVocabulary(extract.Source{Kind: "actors", Origin: "places.tsv", Data: []byte(
		"-\tGPE\tcity\tPort Arthur\t1898-03-27\t1905-09-05\tin:RUS\n" +
			"-\tGPE\tcity\tPort Arthur\t1905-09-05\t1945-08-22\tin:JPN\n")})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ name, text, want string }{
		{"the siege of 1904 (history)", "In 1904 Japan besieged Port Arthur.", "COERCE JPN>RUS"},
		{"the occupation of 1945 (history)", "In August 1945 the Soviet Union occupied Port Arthur.", "COERCE SUN>JPN"},
		{"not: its own ground then (history)", "In 1937 Japan besieged Port Arthur.", ""},
	} {
		var got []string
		for _, e := range stagetest.Findings(t, v, c.text).Events {
			if e.Mode == "" && (e.Category == "COERCE" || e.Category == "ASSAULT") {
				got = append(got, stagetest.Dyad(e))
			}
		}
		if g := strings.Join(got, "; "); g != c.want {
			t.Errorf("%s: %q\n got  %s\n want %s", c.name, c.text, g, c.want)
		}
	}
}
