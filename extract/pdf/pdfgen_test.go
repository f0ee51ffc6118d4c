package pdf

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	extract "github.com/stratex/stratex/extract/text"
)

// buildPDF writes a PDF file of the given objects (object i+1 is objs[i];
// object 1 is the catalog) with a correct cross-reference table.
func buildPDF(objs ...string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

// stream is a stream object with its length.
func stream(dict, data string) string {
	return fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data)
}

const helvetica = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"

func readText(t *testing.T, data []byte) (*Document, string) {
	t.Helper()
	doc, err := Read(data)
	if err != nil {
		t.Fatal(err)
	}
	return doc, extract.Compose(doc.Blocks).Text
}

// hostileText reads a file of ../shared/corpus/hostile, skipping the test
// when the corpus is not there.
func hostileText(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "corpus", "hostile", name))
	if err != nil {
		t.Skip("no ../shared/corpus/hostile beside the repository")
	}
	_, text := readText(t, data)
	return strings.TrimSpace(text)
}
