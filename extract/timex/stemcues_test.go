package timex

import (
	"testing"

	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/vocab"
)

// TestStemCuesFromData: the endings a setting sentence's word may add to a
// shared stem and the reference cues before its own count's noun are
// datecues.tsv's (ending, reference), and a user's rows extend them: with
// "following" a reference cue, "five years following the armistice" (the
// Ruhr) and "two years following the truce" (Quemoy) name the sentence's
// own reference, not its act; without it, or for the act's own word, the
// stem is shared. An ending a user adds lets a longer remainder count
// ("protected" with "cted"), the default's does not.
func TestStemCuesFromData(t *testing.T) {
	en, err := english.Default()
	if err != nil {
		t.Fatal(err)
	}
	def := testVocab(t)
	user, err := New(en, vocab.Source{Kind: "datecues", Origin: "test", Data: []byte("following\treference\ncted\tending\n")})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name    string
		v       *Vocabulary
		w, text string
		want    bool
	}{
		{"the default's reference cue (the Ruhr)", def, "armistice", "In 1923 France occupied the Ruhr, five years after the armistice.", false},
		{"the default's endings (Kuwait)", def, "invasion", "In 1990 Iraq invaded Kuwait.", true},
		{"the default's endings (Austria)", def, "annexation", "In 1938 Germany annexed Austria.", true},
		{"no reference cue in the default (the Ruhr)", def, "armistice", "In 1923 France occupied the Ruhr, five years following the armistice.", true},
		{"a user's reference cue (the Ruhr)", user, "armistice", "In 1923 France occupied the Ruhr, five years following the armistice.", false},
		{"a user's reference cue (Quemoy)", user, "truce", "In 1955 China shelled Quemoy, two years following the truce.", false},
		{"a user's reference cue leaves the act (the Ruhr)", user, "occupation", "In 1923 France occupied the Ruhr, five years following the armistice.", true},
		{"no such ending in the default (Egypt)", def, "protest", "Britain protected Egypt from 1882.", false},
		{"a user's ending (Egypt)", user, "protest", "Britain protected Egypt from 1882.", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.v.sharesStem(tt.w, tt.text); got != tt.want {
				t.Errorf("sharesStem(%q, %q) = %v, want %v", tt.w, tt.text, got, tt.want)
			}
		})
	}
}
