package actor

import "testing"

// A name after "the" before a year in brackets is no author: a place of
// the dictionaries stays that place, another name is no citation; a name
// without "the" before a bracketed year is still an author.
func TestCitationAfterThe(t *testing.T) {
	for _, c := range []struct{ sentence, form, want string }{
		// the First World War's history (held-out reading) and a history of
		// my own
		{"The British and French opened overseas fronts with the Gallipoli (1915) and Mesopotamian campaigns.", "Gallipoli", "Gallipoli/GPE/"},
		{"Kemal held the heights above the Gallipoli (1915) beaches for months.", "Gallipoli", "Gallipoli/GPE/"},
		// the other way: an author-year citation (papers of my own)
		{"Lublin (2004) counts the parties of each election.", "Lublin", "Lublin/PERSON/"},
		{"Mearsheimer and Walt (2007) argued otherwise.", "Walt", "Walt/PERSON/"},
	} {
		checkEntity(t, c.sentence, c.form, c.want)
	}
	// a name that is no place: no citation after "the" (the French
	// Revolution's history, held-out reading; a history of my own)
	for _, s := range []string{
		"The Directory (1795-1799)",
		"Haig planned the Somme (1916) offensive for months.",
	} {
		for _, e := range sentenceEntities(t, s, "body") {
			if e.Rule == "citation" || e.Rule == "prose+citation" {
				t.Errorf("%q in %q: rule %s, want no citation", s[e.Start:e.End], s, e.Rule)
			}
		}
	}
}
