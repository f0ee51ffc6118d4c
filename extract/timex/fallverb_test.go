package timex

import (
	"strings"
	"testing"
)

// TestSeasonVerb: a season word marked verb in timewords.tsv ("fall") is a
// season without a year only after a season cue, from two kinds of text,
// with the season kept where a cue stands before it.
func TestSeasonVerb(t *testing.T) {
	narrative := Document{Kind: Narrative}
	tests := []struct {
		name, text string
		want       []string
	}{
		{"the verb after a year (a history)", "In 1871 the fortress began to fall apart.", []string{"1871=1871"}},
		{"the verb after a year (a market report)", "In 2009 prices were expected to fall sharply.", []string{"2009=2009"}},
		{"the season after a cue (a history)", "In 1871 the siege ended in the fall.", []string{"1871=1871", "the fall=1871-FA"}},
		{"the season after a cue (a memoir)", "In 1952 we moved to Ohio that fall.", []string{"1952=1952", "that fall=1952-FA"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := timexOf(t, tt.text, narrative)
			if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
				t.Errorf("Timex(%q)\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}
