package pipeline

import (
	"strings"
	"testing"

	"github.com/stratex/stratex/models"
)

func TestDecodeText(t *testing.T) {
	tests := []struct {
		name, in, want, enc string
		fails               bool
	}{
		{"valid UTF-8 stays", "Beijing\u2019s \u201cpivot\u201d to Islamabad", "Beijing\u2019s \u201cpivot\u201d to Islamabad", models.UTF8, false},
		{"Windows-1252 quotes and dash", "Moscow\x92s \x93new\x94 line \x96 1971", "Moscow\u2019s \u201cnew\u201d line \u2013 1971", models.Windows1252, false},
		{"Latin-1 letters and the euro sign", "Caf\xe9 in S\xe3o Paulo costs \x80 5", "Caf\u00e9 in S\u00e3o Paulo costs \u20ac 5", models.Windows1252, false},
		{"one bad byte decodes the whole file as Windows-1252", "na\xefve r\u00e9sum\u00e9", "na\u00efve r\u00c3\u00a9sum\u00c3\u00a9", models.Windows1252, false},
		{"empty file", "", "", models.UTF8, false},
		{"binary data", "%!\x00\x01\x02", "", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc, err := decodeText([]byte(tt.in))
			if (err != nil) != tt.fails || got != tt.want || enc != tt.enc {
				t.Errorf("decodeText(%q) = %q, %q, %v; want %q, %q, fails %v", tt.in, got, enc, err, tt.want, tt.enc, tt.fails)
			}
		})
	}
}

// A UTF-16 text file (what Windows programs save as "Unicode") is not
// called binary data: the error says what it is and how to convert it.
func TestUTF16TextIsNamed(t *testing.T) {
	for _, in := range []string{
		"\xff\xfeP\x00a\x00k\x00i\x00s\x00t\x00a\x00n\x00", // little-endian, as Notepad saves it
		"\xfe\xff\x00C\x00h\x00i\x00n\x00a",                // big-endian
	} {
		_, _, err := decodeText([]byte(in))
		if err == nil || !strings.Contains(err.Error(), "UTF-16") || !strings.Contains(err.Error(), "UTF-8") {
			t.Errorf("decodeText(%q): %v; want an error naming UTF-16 and what to convert it to", in, err)
		}
	}
}
