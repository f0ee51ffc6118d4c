package text

import (
	"strings"
	"testing"
)

func TestClean(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"NFC composes a decomposed accent", "de\u0301tente", "détente"},
		{"ligatures expanded", "e\uFB00ect \uFB01nal \uFB02ow o\uFB03ce wa\uFB04e", "effect final flow office waffle"},
		{"soft hyphen dropped", "deterio\u00ADrated", "deteriorated"},
		{"zero-width and BOM dropped", "\uFEFFRus\u200Bsia", "Russia"},
		{"whitespace runs folded, ends trimmed", "  a \t b\u00A0\u00A0c \n d  ", "a b c d"},
		{"curly quotes kept", "“Russia’s”", "“Russia’s”"},
		{"replacement and private-use characters dropped", "a\uFFFDb\uE000c", "abc"},
		{"controls dropped", "a\u0007b", "ab"},
		{"a TeX spacing accent goes on the letter after it", "Nat\u00B4alia de Reputa\u00B8c\u02DCao", "Natália de Reputação"},
		{"an accent at a word's start", "\u00B4Ecole", "École"},
		{"a spacing accent with no letter after it stays", "a \u00B4 b x\u00B4", "a ´ b x´"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Clean(tt.in); got != tt.want {
				t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestComposeJoinsContinuations(t *testing.T) {
	got := Compose([]Block{{Text: "Chile had to look north as one element"}, {Text: "of its trade policy."}, {Text: "Next paragraph."}}).Text
	want := "Chile had to look north as one element of its trade policy.\nNext paragraph."
	if got != want {
		t.Errorf("Compose = %q, want %q", got, want)
	}
}

func TestTextBlocksUnwrapsHardWrappedText(t *testing.T) {
	var b strings.Builder
	para := "The Soviet Union agreed to assist Pakistan in implementing major development projects which included steel plants and power plants and radio communications across the country and the region"
	for i := 0; i < 4; i++ {
		for len(para) > 0 {
			n := min(60, len(para))
			if n < len(para) {
				n = strings.LastIndexByte(para[:n], ' ')
			}
			b.WriteString(para[:n] + "\n")
			para = strings.TrimLeft(para[n:], " ")
		}
		b.WriteString("\n")
		para = "Another paragraph that is long enough to wrap over several lines of text in the file at sixty columns wide for the test"
	}
	blocks := TextBlocks(b.String(), false)
	if len(blocks) != 4 {
		t.Fatalf("got %d blocks, want 4: %+v", len(blocks), blocks)
	}
	if !strings.HasPrefix(blocks[0].Text, "The Soviet Union agreed") || !strings.HasSuffix(blocks[0].Text, "and the region") {
		t.Errorf("first paragraph not joined: %q", blocks[0].Text)
	}
}

func FuzzClean(f *testing.F) {
	for _, s := range []string{"a\u00adb", "\ufb01x", "  a \n b ", "de\u0301tente", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := Clean(s)
		if strings.Contains(c, "  ") || strings.HasPrefix(c, " ") || strings.HasSuffix(c, " ") {
			t.Fatalf("Clean(%q) = %q keeps a space run", s, c)
		}
		if Clean(c) != c {
			t.Fatalf("Clean is not idempotent on %q: %q then %q", s, c, Clean(c))
		}
	})
}
