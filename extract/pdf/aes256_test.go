package pdf

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	extract "github.com/stratex/stratex/extract/text" // Block and its hints live in text
)

// Files encrypted with AES-256 (revision 6, and the older revision 5) and
// an empty user password read like any other; one that needs a user
// password is refused as encrypted. The files were made by qpdf, an
// independent implementation (testdata/README.md).
func TestAES256WithEmptyUserPassword(t *testing.T) {
	for _, name := range []string{"aes256-r6-empty-user.pdf", "aes256-r6-objstm.pdf", "aes256-r5-empty-user.pdf"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Read(data)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		text := extract.Compose(doc.Blocks).Text
		for _, want := range []string{"Restricted files open without a password.", "The treaty was signed in Geneva on 12 March 1986.", "Both parties agreed to meet again within a year."} {
			if !strings.Contains(text, want) {
				t.Errorf("%s: %q missing from %q", name, want, text)
			}
		}
	}
	data, err := os.ReadFile(filepath.Join("testdata", "aes256-r6-user-password.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Read(data); !errors.Is(err, ErrEncrypted) {
		t.Errorf("a file that needs a user password: %v, want ErrEncrypted", err)
	}
}

func TestLiteralString(t *testing.T) {
	for in, want := range map[string]string{
		`(a\(b\)c)`: "a(b)c", `(x(y)z) tail`: "x(y)z", `(\101\102C\n)`: "ABC\n", "(a\\\nb)": "ab", `(\\)`: `\`,
	} {
		if got := string(literalString([]byte(in))); got != want {
			t.Errorf("literalString(%q) = %q, want %q", in, got, want)
		}
	}
}
