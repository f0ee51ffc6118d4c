package pipeline

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stratex/stratex/corpus"
	"github.com/stratex/stratex/models"
	"github.com/stratex/stratex/output"
)

// records reads one output file of a run.
func records[T any](t *testing.T, path string) []T {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatal(err)
		}
		out = append(out, v)
	}
	return out
}

// Inputs with the same bytes are one document, whether the copies share a
// shard or not: its record lists every path in manifest order, its id
// appears once, and a copy that fails names the other paths.
func TestSameBytesAreOneDocument(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) { os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644) }
	treaty := "India and Russia signed a defence pact in 1971.\n"
	write("a-treaty.txt", treaty)
	write("b-other.txt", "Chinese engineers built the port at Gwadar in 2002.\n")
	write("c-treaty-copy.md", treaty)
	write("d-broken.pdf", "%PDF-1.4 not a pdf")
	write("e-broken-copy.pdf", "%PDF-1.4 not a pdf")
	write("f-treaty-again.txt", treaty)
	ins, err := corpus.Find([]string{dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, shards := range []int{1, 3, 6} {
		m, err := corpus.Plan(context.Background(), ins, shards, 1)
		if err != nil {
			t.Fatal(err)
		}
		out := t.TempDir()
		st, err := output.OpenStore(out, m)
		if err != nil {
			t.Fatal(err)
		}
		all := make([]int, m.Shards)
		for i := range all {
			all[i] = i
		}
		if _, err := config(t).RunShards(context.Background(), st, all, Options{Workers: 2}); err != nil {
			t.Fatal(err)
		}
		if err := st.Merge(); err != nil {
			t.Fatal(err)
		}
		docs := records[models.Document](t, filepath.Join(out, "documents.jsonl"))
		var got []string
		for _, d := range docs {
			var rel []string
			for _, s := range d.Sources {
				rel = append(rel, filepath.Base(s))
			}
			got = append(got, filepath.Base(d.Source)+"="+strings.Join(rel, ","))
		}
		if want := "a-treaty.txt=a-treaty.txt,c-treaty-copy.md,f-treaty-again.txt b-other.txt=b-other.txt"; strings.Join(got, " ") != want {
			t.Errorf("%d shards: documents %v, want %s", shards, got, want)
		}
		seen := map[[2]any]bool{}
		for _, s := range records[models.Sentence](t, filepath.Join(out, "sentences.jsonl")) {
			k := [2]any{s.Doc, s.Sent}
			if seen[k] {
				t.Errorf("%d shards: sentence (%s, %d) twice", shards, s.Doc, s.Sent)
			}
			seen[k] = true
		}
		errs := records[models.Error](t, filepath.Join(out, "errors.jsonl"))
		if len(errs) != 1 || filepath.Base(errs[0].Source) != "d-broken.pdf" || !strings.HasSuffix(errs[0].Error, "(the same bytes as "+filepath.Join(dir, "e-broken-copy.pdf")+")") {
			t.Errorf("%d shards: errors %+v", shards, errs)
		}
	}
}
