package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/stratex/stratex/models"
	"github.com/stratex/stratex/pipeline"
)

var sample = filepath.Join("..", "..", "testdata", "sample")

// stratexBin is the stratex binary, built once by TestMain into a
// temporary folder: the tests that need real processes, signals and exit
// statuses run it.
var stratexBin string

// TestMain builds the stratex binary, and lets this test binary serve as
// the PDF worker process of the runs that tests make in process (run), as
// the stratex binary does in main.
func TestMain(m *testing.M) {
	if pipeline.IsPDFWorker() {
		if err := pipeline.ServePDFWorker(os.Stdin, os.Stdout); err != nil {
			os.Exit(1)
		}
		os.Exit(0)
	}
	dir, err := os.MkdirTemp("", "stratex-bin-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	stratexBin = filepath.Join(dir, "stratex")
	goCmd, err := exec.LookPath("go")
	if err != nil {
		goCmd = filepath.Join(runtime.GOROOT(), "bin", "go")
	}
	if out, err := exec.Command(goCmd, "build", "-o", stratexBin, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "build stratex: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	if sampleDir != "" {
		os.RemoveAll(filepath.Dir(sampleDir))
	}
	os.Exit(code)
}

func stratex(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

var (
	sampleOnce sync.Once
	sampleDir  string
	sampleCode int
	sampleErr  string
)

// sampleRun processes the sample corpus once with one worker and shares
// the output folder between tests.
func sampleRun(t *testing.T) string {
	t.Helper()
	sampleOnce.Do(func() {
		dir, err := os.MkdirTemp("", "stratex-sample-")
		if err != nil {
			t.Fatal(err)
		}
		sampleDir = filepath.Join(dir, "out")
		sampleCode, _, sampleErr = stratex(t, "", "run", "-q", "-workers", "1", "-out", sampleDir, sample)
	})
	if sampleCode != 0 {
		t.Fatalf("run on sample corpus: exit %d: %s", sampleCode, sampleErr)
	}
	return sampleDir
}

func TestRunWritesEveryKindAndCountsMatch(t *testing.T) {
	dir := sampleRun(t)
	for _, k := range models.Kinds {
		if _, err := os.Stat(filepath.Join(dir, k.File())); err != nil {
			t.Errorf("missing %s: %v", k.File(), err)
		}
	}
	docs := readLines(t, filepath.Join(dir, "documents.jsonl"))
	if len(docs) != 3 {
		t.Fatalf("%d document records, want 3", len(docs))
	}
	sents := readLines(t, filepath.Join(dir, "sentences.jsonl"))
	want := 0
	for _, d := range docs {
		var doc models.Document
		if err := json.Unmarshal([]byte(d), &doc); err != nil {
			t.Fatal(err)
		}
		want += doc.Sentences
		if doc.Title != "Tracing the Trajectory of Russo-Pak Strategic Relations" && doc.Format == "text" {
			t.Errorf("title %q", doc.Title)
		}
	}
	if len(sents) != want {
		t.Errorf("%d sentence records, documents say %d", len(sents), want)
	}
	// Nothing but the final files is left behind.
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
}

func TestOutputIdenticalAcrossWorkerCounts(t *testing.T) {
	one := sampleRun(t)
	for _, w := range []string{"2", "4"} {
		other := filepath.Join(t.TempDir(), "out")
		if code, _, stderr := stratex(t, "", "run", "-q", "-workers", w, "-out", other, sample); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		for _, k := range models.Kinds {
			a, err1 := os.ReadFile(filepath.Join(one, k.File()))
			b, err2 := os.ReadFile(filepath.Join(other, k.File()))
			if err1 != nil || err2 != nil {
				t.Fatal(err1, err2)
			}
			if !bytes.Equal(a, b) {
				t.Errorf("%s differs between -workers 1 and -workers %s", k.File(), w)
			}
		}
	}
}

func TestEveryLineValidatesAgainstSchema(t *testing.T) {
	dir := sampleRun(t)
	code, out, stderr := stratex(t, "", "schema")
	if code != 0 {
		t.Fatalf("schema: exit %d: %s", code, stderr)
	}
	var all map[string]any
	if err := json.Unmarshal([]byte(out), &all); err != nil {
		t.Fatalf("schema output is not JSON: %v", err)
	}
	c := jsonschema.NewCompiler()
	lines := 0
	for _, k := range models.Kinds {
		url := "mem://" + k.File()
		if err := c.AddResource(url, all[k.File()]); err != nil {
			t.Fatal(err)
		}
		sch, err := c.Compile(url)
		if err != nil {
			t.Fatalf("compile schema of %s: %v", k, err)
		}
		for i, l := range readLines(t, filepath.Join(dir, k.File())) {
			v, err := jsonschema.UnmarshalJSON(strings.NewReader(l))
			if err != nil {
				t.Fatalf("%s line %d: %v", k.File(), i+1, err)
			}
			if err := sch.Validate(v); err != nil {
				t.Errorf("%s line %d does not validate: %v", k.File(), i+1, err)
			}
			lines++
		}
	}
	if lines < 100 {
		t.Errorf("validated only %d lines", lines)
	}
	// A record that breaks the contract is caught.
	sch, _ := c.Compile("mem://entities.jsonl")
	bad, _ := jsonschema.UnmarshalJSON(strings.NewReader(`{"doc":"x","sent":0,"span":[0],"text":"a","label":"GPE","actor":null,"rule":"r"}`))
	if sch.Validate(bad) == nil {
		t.Error("schema accepts a span with one number")
	}
}

func TestCorruptFileGivesErrorRecordAndExit3(t *testing.T) {
	in := t.TempDir()
	os.WriteFile(filepath.Join(in, "a-good.txt"), []byte("Pakistan signed an agreement with the US in 1954."), 0o644)
	os.WriteFile(filepath.Join(in, "b-broken.pdf"), []byte("%PDF-1.4\nthis is not a pdf at all\n"), 0o644)
	out := filepath.Join(t.TempDir(), "out")
	code, _, stderr := stratex(t, "", "run", "-q", "-out", out, in)
	if code != 3 {
		t.Fatalf("exit %d, want 3; stderr: %s", code, stderr)
	}
	errs := readLines(t, filepath.Join(out, "errors.jsonl"))
	if len(errs) != 1 {
		t.Fatalf("%d error records, want 1: %q", len(errs), errs)
	}
	var e models.Error
	json.Unmarshal([]byte(errs[0]), &e)
	if !strings.HasSuffix(e.Source, "b-broken.pdf") || e.Stage != "pdf" || e.Error == "" || e.Doc == "" {
		t.Errorf("error record %+v: want source b-broken.pdf, stage pdf, a cause and a doc id", e)
	}
	if docs := readLines(t, filepath.Join(out, "documents.jsonl")); len(docs) != 1 || !strings.Contains(docs[0], "a-good.txt") {
		t.Errorf("the good file was not processed: %q", docs)
	}
}

func TestPathsFromStdin(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	code, _, stderr := stratex(t, filepath.Join(sample, "russo-pak.txt")+"\n", "run", "-q", "-out", out, "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if docs := readLines(t, filepath.Join(out, "documents.jsonl")); len(docs) != 1 {
		t.Errorf("%d documents, want 1", len(docs))
	}
}

func TestUsageAndExitCodes(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string // substring
		stderr string // substring
	}{
		{"no command", nil, 2, "", "usage: stratex"},
		{"unknown command", []string{"frobnicate"}, 2, "", `unknown command "frobnicate"`},
		{"help", []string{"-h"}, 0, "usage: stratex", ""},
		{"run help", []string{"run", "-h"}, 0, "-workers", ""},
		{"bad flag", []string{"run", "-nope"}, 2, "", "flag provided but not defined"},
		{"bad workers", []string{"run", "-workers", "0", sample}, 2, "", "-workers, -chunk and -window must be at least 1"},
		{"bad vocabulary flag", []string{"run", "-vocab", "actors", sample}, 2, "", "KIND=FILE"},
		{"version", []string{"version"}, 0, "stratex ", ""},
		{"text needs one file", []string{"text"}, 2, "", "exactly one FILE"},
		{"schema of one kind", []string{"schema", "money"}, 0, `"amount"`, ""},
		{"schema of unknown kind", []string{"schema", "nope"}, 2, "", "unknown record kind"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := stratex(t, "", tt.args...)
			if code != tt.code || !strings.Contains(out, tt.stdout) || !strings.Contains(errOut, tt.stderr) {
				t.Errorf("exit %d, stdout %.200q, stderr %.300q; want exit %d with %q / %q", code, out, errOut, tt.code, tt.stdout, tt.stderr)
			}
		})
	}
}

func TestTextPrintsCleanTextOnStdoutOnly(t *testing.T) {
	code, out, errOut := stratex(t, "", "text", filepath.Join(sample, "russo-pak.txt"))
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if !strings.HasPrefix(out, "P: ISSN No. 2394-0344") || strings.Contains(out, "\u00a0") || !strings.Contains(out, "\nIntroduction\n") {
		t.Errorf("unexpected clean text: %.300q", out)
	}
}

func TestInterruptedRunExits130AndResumes(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	var so bytes.Buffer
	// interrupted while its inputs are planned: nothing written, nothing kept
	before, cancel := context.WithCancel(context.Background())
	cancel()
	var early bytes.Buffer
	if code := run(before, []string{"run", "-q", "-out", out, sample}, nil, &so, &early); code != 130 || !strings.Contains(early.String(), "interrupted; nothing was written") {
		t.Fatalf("interrupted while planning: exit %d: %s", code, early.String())
	}
	if _, err := os.Stat(filepath.Join(out, "shards")); err == nil {
		t.Fatal("a run interrupted while planning left run state")
	}
	ctx, se := interruptAtStart(t)
	code := run(ctx, []string{"run", "-out", out, sample}, nil, &so, se)
	if code != 130 || !strings.Contains(se.String(), "run the same command again") {
		t.Fatalf("exit %d, want 130: %s", code, se.String())
	}
	for _, k := range models.Kinds {
		b, err := os.ReadFile(filepath.Join(out, k.File()))
		if err != nil {
			t.Errorf("%s: %v", k.File(), err)
		}
		if len(b) > 0 && b[len(b)-1] != '\n' {
			t.Errorf("%s ends in half a line", k.File())
		}
	}
	if _, err := os.Stat(filepath.Join(out, "shards", "manifest.tsv")); err != nil {
		t.Fatalf("no run state to resume: %v", err)
	}
	if code, _, errOut := stratex(t, "", "run", "-q", "-out", out, sample); code != 0 {
		t.Fatalf("resumed run: exit %d: %s", code, errOut)
	}
	want := sampleRun(t)
	for _, k := range models.Kinds {
		a, _ := os.ReadFile(filepath.Join(out, k.File()))
		b, _ := os.ReadFile(filepath.Join(want, k.File()))
		if !bytes.Equal(a, b) {
			t.Errorf("%s after resuming differs from an uninterrupted run", k.File())
		}
	}
}

func readLines(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out
}

// A run that resumes must be made as the interrupted one was: another
// -doc-kind or another vocabulary file is refused, naming both, instead of
// mixing records made two ways in one output; the same command resumes.
func TestResumeWithOtherOptionsIsRefused(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	var so bytes.Buffer
	ctx, se := interruptAtStart(t)
	if code := run(ctx, []string{"run", "-out", out, sample}, nil, &so, se); code != 130 {
		t.Fatalf("exit %d, want 130: %s", code, se.String())
	}
	extra := filepath.Join(t.TempDir(), "extra.txt")
	os.WriteFile(extra, []byte("lakh\n"), 0o644)
	for _, args := range [][]string{{"-doc-kind", "news"}, {"-vocab", "scales=" + extra}} {
		a := append(append([]string{"run", "-q"}, args...), "-out", out, sample)
		code, _, errOut := stratex(t, "", a...)
		if code != 1 || !strings.Contains(errOut, "made with other options") || !strings.Contains(errOut, "doc-kind=auto") {
			t.Errorf("%q: exit %d: %s", args, code, errOut)
		}
	}
	if code, _, errOut := stratex(t, "", "run", "-q", "-out", out, sample); code != 0 {
		t.Fatalf("the same command: exit %d: %s", code, errOut)
	}
}

// interruptAtStart gives a context and a standard error for an in-process
// run: the context ends when the run logs that it started (its inputs
// planned, its state written), as Ctrl-C at that moment would.
func interruptAtStart(t *testing.T) (context.Context, *cancelOnLog) {
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	return ctx, &cancelOnLog{cancel: cancel, marker: "run started"}
}

type cancelOnLog struct {
	bytes.Buffer
	cancel func()
	marker string
}

func (c *cancelOnLog) Write(p []byte) (int, error) {
	if bytes.Contains(p, []byte(c.marker)) {
		c.cancel()
	}
	return c.Buffer.Write(p)
}
