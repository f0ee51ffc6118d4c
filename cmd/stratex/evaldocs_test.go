package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalDocsMatchesScorer holds stratex eval docs to the numbers and
// lines of ../shared/tools/score_docs.py on a stratex run of the same
// folder, on both document sets, with and without their dates. It fails
// when ../shared is not there, and is skipped when python3 is not.
func TestEvalDocsMatchesScorer(t *testing.T) {
	shared := filepath.Join("..", "..", "..", "shared")
	scorer := filepath.Join(shared, "tools", "score_docs.py")
	if _, err := os.Stat(scorer); err != nil {
		t.Fatalf("%v: make test needs ../shared beside the checkout (see README, Tests)", err)
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3")
	}
	for _, tc := range []struct {
		set   string
		dates bool
	}{{"wikiwars", false}, {"meantime", true}} {
		dir := filepath.Join(shared, "eval", "docs-dev", tc.set)
		var dates []string
		if tc.dates {
			dates = []string{"-doc-dates", filepath.Join(dir, "dates.tsv")}
		}
		out := filepath.Join(t.TempDir(), "out")
		args := append(append([]string{"run", "-q", "-out", out}, dates...), dir)
		if code, _, stderr := stratex(t, "", args...); code != 0 {
			t.Fatalf("run %s: exit %d: %s", tc.set, code, stderr)
		}
		want, err := exec.Command(py, scorer, dir, out, "-v").Output()
		if err != nil {
			t.Fatalf("score_docs.py on %s: %v", tc.set, err)
		}
		args = append(append([]string{"eval", "docs", "-v"}, dates...), dir)
		code, got, stderr := stratex(t, "", args...)
		if code != 0 {
			t.Fatalf("eval docs %s: exit %d: %s", tc.set, code, stderr)
		}
		if got != string(want) {
			t.Errorf("eval docs %s (dates %v) differs from score_docs.py:\n got:\n%s\nwant:\n%s", tc.set, tc.dates, got, want)
		}
	}
}

// TestDocumentDates: -doc-dates gives a document its date (dct source
// user) and makes its relative dates news; plan -doc-dates carries the
// dates through a manifest's date column to run -manifest; -doc-kind forces
// the kind; bad flags are usage errors.
func TestDocumentDates(t *testing.T) {
	dir := t.TempDir()
	news := filepath.Join(dir, "news.txt")
	os.WriteFile(news, []byte("The minister resigned on Tuesday after talks failed.\n"), 0o644)
	dates := filepath.Join(dir, "dates.tsv")
	os.WriteFile(dates, []byte("news.txt\t2021-03-04\n"), 0o644)
	check := func(out, wantKind, wantDCT, wantTuesday string) {
		t.Helper()
		docs := readLines(t, filepath.Join(out, "documents.jsonl"))
		var d struct {
			Kind string
			DCT  *struct{ Value, Source string }
		}
		if err := json.Unmarshal([]byte(docs[0]), &d); err != nil {
			t.Fatal(err)
		}
		dct := ""
		if d.DCT != nil {
			dct = d.DCT.Value + " " + d.DCT.Source
		}
		var x struct{ Value, Anchor string }
		if xs := readLines(t, filepath.Join(out, "timex.jsonl")); len(xs) > 0 {
			json.Unmarshal([]byte(xs[0]), &x)
		}
		if d.Kind != wantKind || dct != wantDCT || x.Value+" "+x.Anchor != wantTuesday {
			t.Errorf("%s: kind %q dct %q Tuesday %q; want %q %q %q", out, d.Kind, dct, x.Value+" "+x.Anchor, wantKind, wantDCT, wantTuesday)
		}
	}
	out := filepath.Join(dir, "out1")
	if code, _, stderr := stratex(t, "", "run", "-q", "-doc-dates", dates, "-out", out, news); code != 0 {
		t.Fatalf("run: exit %d: %s", code, stderr)
	}
	check(out, "news", "2021-03-04 user", "2021-03-02 dct")

	code, manifest, stderr := stratex(t, "", "plan", "-doc-dates", dates, news)
	if code != 0 || !strings.Contains(manifest, "\t2021-03-04\n") {
		t.Fatalf("plan: exit %d: %s\n%s", code, stderr, manifest)
	}
	mf := filepath.Join(dir, "manifest.tsv")
	os.WriteFile(mf, []byte(manifest), 0o644)
	out = filepath.Join(dir, "out2")
	if code, _, stderr := stratex(t, "", "run", "-q", "-manifest", mf, "-out", out); code != 0 {
		t.Fatalf("run -manifest: exit %d: %s", code, stderr)
	}
	check(out, "news", "2021-03-04 user", "2021-03-02 dct")

	out = filepath.Join(dir, "out3")
	if code, _, stderr := stratex(t, "", "run", "-q", "-out", out, news); code != 0 {
		t.Fatalf("run: exit %d: %s", code, stderr)
	}
	check(out, "narrative", "", " ") // no date: a weekday is no date
	out = filepath.Join(dir, "out4")
	if code, _, stderr := stratex(t, "", "run", "-q", "-doc-kind", "narrative", "-doc-dates", dates, "-out", out, news); code != 0 {
		t.Fatalf("run: exit %d: %s", code, stderr)
	}
	check(out, "narrative", "2021-03-04 user", " ")

	for _, args := range [][]string{
		{"run", "-doc-kind", "poem", news},
		{"run", "-manifest", mf, "-doc-dates", dates},
		{"eval", "dates", "-doc-kind", "news", "x.jsonl"},
	} {
		if code, _, _ := stratex(t, "", args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
	os.WriteFile(dates, []byte("news.txt\tTuesday\n"), 0o644)
	if code, _, stderr := stratex(t, "", "run", "-q", "-doc-dates", dates, "-out", filepath.Join(dir, "out5"), news); code != 1 || !strings.Contains(stderr, "dates.tsv line 1") {
		t.Errorf("bad dates file: exit %d, %s", code, stderr)
	}
}
