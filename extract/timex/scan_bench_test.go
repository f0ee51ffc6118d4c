package timex

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/stratex/stratex/extract/text"
)

// unlexed splits the texts into sentences, without tokens, as the date
// stage gets them from a run (each window's tokens dropped).
func unlexed(t testing.TB, pats ...string) (string, []text.Sentence) {
	t.Helper()
	var raw strings.Builder
	for _, pat := range pats {
		files, _ := filepath.Glob(pat)
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			raw.Write(data)
			raw.WriteString("\n\n")
		}
	}
	if raw.Len() == 0 {
		t.Skip("no texts")
	}
	tv, err := text.Default()
	if err != nil {
		t.Fatal(err)
	}
	tx := text.Compose(text.TextBlocks(raw.String(), false))
	st, err := tv.Structure(context.Background(), tx)
	if err != nil {
		t.Fatal(err)
	}
	sents, err := tv.SentencesIn(context.Background(), tx, st, text.Window{To: len(tx.Lines)})
	if err != nil {
		t.Fatal(err)
	}
	return tx.Text, sents
}

// TestScanUnlexedSame checks that sentences that come without tokens (lexed
// by the scanner into one buffer, sentence after sentence) give the dates
// and contexts that the same sentences lexed beforehand give, on the sample
// article and the MEANTIME texts.
func TestScanUnlexedSame(t *testing.T) {
	v := testVocab(t)
	txt, sents := unlexed(t, "../../testdata/sample/*.txt", "../../../shared/eval/docs-dev/meantime/*.txt")
	lexed := make([]text.Sentence, len(sents))
	copy(lexed, sents)
	for i := range lexed {
		lexed[i].Toks = v.lexer.Lex(txt[lexed[i].Start:lexed[i].End], lexed[i].Start)
	}
	for _, doc := range []Document{{Kind: Narrative}, {Kind: News, Ref: "2008-10-07"}} {
		got, gotCtx, err := v.ScanContext(context.Background(), txt, sents, doc)
		if err != nil {
			t.Fatal(err)
		}
		want, wantCtx, err := v.ScanContext(context.Background(), txt, lexed, doc)
		if err != nil {
			t.Fatal(err)
		}
		if len(want) < 100 {
			t.Fatalf("only %d dates", len(want))
		}
		if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(gotCtx, wantCtx) {
			t.Errorf("kind %v: unlexed sentences give %d dates, lexed %d (or other contexts)", doc.Kind, len(got), len(want))
		}
	}
}

// BenchmarkScanUnlexed scans the sample article's sentences as a run's
// date stage gets them: without tokens.
func BenchmarkScanUnlexed(b *testing.B) {
	v := testVocab(b)
	txt, sents := unlexed(b, "../../testdata/sample/russo-pak.txt")
	b.SetBytes(int64(len(txt)))
	b.ReportAllocs()
	for b.Loop() {
		v.ScanContext(context.Background(), txt, sents, Document{Kind: Narrative})
	}
}
