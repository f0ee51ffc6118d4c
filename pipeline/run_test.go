package pipeline

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stratex/stratex/corpus"
	"github.com/stratex/stratex/extract"
	"github.com/stratex/stratex/models"
)

type collect struct {
	results []*models.Result
	after   func(n int)
}

func (c *collect) Write(r *models.Result) error {
	c.results = append(c.results, r)
	if c.after != nil {
		c.after(len(c.results))
	}
	return nil
}

// smallCorpus writes n text files of different lengths.
func smallCorpus(t *testing.T, n int) []corpus.Input {
	t.Helper()
	dir := t.TempDir()
	for i := 0; i < n; i++ {
		body := strings.Repeat(fmt.Sprintf("Document %d says Pakistan and China signed a pact in 19%02d. ", i, 50+i%40), 1+(i*7)%13)
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("doc-%03d.txt", i)), []byte(body), 0o644)
	}
	ins, err := corpus.Find([]string{dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return ins
}

func TestRunKeepsInputOrderWhateverTheWorkers(t *testing.T) {
	ins := smallCorpus(t, 40)
	var first []string
	for _, w := range []int{1, 3, 8} {
		var sink collect
		sum, err := config(t).Run(context.Background(), ins, &sink, Options{Workers: w})
		if err != nil || sum.Docs != len(ins) || sum.Failed != 0 {
			t.Fatalf("workers %d: %+v %v", w, sum, err)
		}
		var got []string
		for _, r := range sink.results {
			got = append(got, r.Document.Source+" "+r.Sentences[0].Text)
		}
		for i, in := range ins {
			if !strings.HasPrefix(got[i], in.Path+" ") {
				t.Fatalf("workers %d: result %d is %q, want %s", w, i, got[i], in.Path)
			}
		}
		if first == nil {
			first = got
		} else if strings.Join(first, "\n") != strings.Join(got, "\n") {
			t.Errorf("workers %d: output differs from workers 1", w)
		}
	}
}

func TestRunStopsCleanlyWhenInterrupted(t *testing.T) {
	ins := smallCorpus(t, 30)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	sink := &collect{after: func(n int) {
		if n == 3 {
			cancel()
		}
	}}
	sum, err := config(t).Run(ctx, ins, sink, Options{Workers: 4})
	if !errors.Is(err, ErrInterrupted) || !sum.Interrupted {
		t.Fatalf("err %v, summary %+v; want ErrInterrupted", err, sum)
	}
	if len(sink.results) < 3 || len(sink.results) >= len(ins) {
		t.Fatalf("wrote %d of %d documents", len(sink.results), len(ins))
	}
	for i, r := range sink.results {
		if r.Document == nil || r.Document.Source != ins[i].Path {
			t.Errorf("result %d is not document %s complete: %+v", i, ins[i].Path, r.Errors)
		}
	}
}

// failingSink fails every write from the n-th on, as a full disk would.
type failingSink struct{ n, writes int }

func (f *failingSink) Write(*models.Result) error {
	f.writes++
	if f.writes >= f.n {
		return errors.New("no space left on device")
	}
	return nil
}

// A write that fails stops the run: the documents after it are not
// processed only to be thrown away, and the error names the document.
func TestRunStopsAtTheFirstFailedWrite(t *testing.T) {
	ins := smallCorpus(t, 60)
	sink := &failingSink{n: 2}
	var progress countingProgress
	sum, err := config(t).Run(context.Background(), ins, sink, Options{Workers: 2, Progress: &progress})
	if err == nil || !strings.Contains(err.Error(), "no space left on device") || !strings.Contains(err.Error(), ins[1].Path) {
		t.Fatalf("err %v: want the write error naming %s", err, ins[1].Path)
	}
	// the write error is the first one to stop the run; the documents in
	// flight and in the reorder window (2 x workers) may still end
	if sink.writes != 2 || sum.Docs > 2+3*2 || progress.done > sum.Docs {
		t.Errorf("%d writes, %d documents processed, %d reported done, of %d: the run went on after the failed write", sink.writes, sum.Docs, progress.done, len(ins))
	}
}

// countingProgress counts the documents reported done.
type countingProgress struct{ done int }

func (*countingProgress) Start(int, int64)                       {}
func (*countingProgress) Working(corpus.Input, extract.Progress) {}
func (p *countingProgress) Done(corpus.Input, *models.Result)    { p.done++ }
func (*countingProgress) Finish()                                {}

func TestPanicInAStageBecomesAnErrorRecord(t *testing.T) {
	broken := &Config{} // no vocabulary: the structure stage dereferences nil
	res := broken.Process(context.Background(), corpus.Input{Path: "x.txt", Format: corpus.Text}, []byte("Some text."))
	if res.Document != nil || len(res.Errors) != 1 {
		t.Fatalf("result %+v", res)
	}
	e := res.Errors[0]
	if e.Stage != StageStructure || e.Source != "x.txt" || !strings.Contains(e.Error, "panic") || e.Doc == "" {
		t.Errorf("error record %+v", e)
	}
}

func TestUnreadableAndBinaryInputsFail(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "bin.txt")
	os.WriteFile(bin, []byte{0, 1, 2, 0, 'a'}, 0o644)
	res := config(t).ProcessFile(context.Background(), corpus.Input{Path: bin, Format: corpus.Text})
	if len(res.Errors) != 1 || res.Errors[0].Stage != StageText {
		t.Errorf("binary file: %+v", res.Errors)
	}
	res = config(t).ProcessFile(context.Background(), corpus.Input{Path: filepath.Join(dir, "missing.txt"), Format: corpus.Text})
	if len(res.Errors) != 1 || res.Errors[0].Stage != StageRead {
		t.Errorf("missing file: %+v", res.Errors)
	}
}

func TestRuneIndex(t *testing.T) {
	text := strings.Repeat("aé’", 300) + "x"
	ri := newRuneIndex(text)
	n := 0
	for b := range text {
		if got := ri.at(b); got != n {
			t.Fatalf("at(%d) = %d, want %d", b, got, n)
		}
		n++
	}
	if ri.at(len(text)) != n {
		t.Errorf("at(end) = %d, want %d", ri.at(len(text)), n)
	}
}

// When a document's context ends, its stages notice within moments and
// Process returns an error record naming the stage and the document.
func TestProcessStopsWhenItsContextEnds(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 12000; i++ { // one long run of text with no full stop
		fmt.Fprintf(&b, "Pakistan and India signed talks in %d with $%d million aid ", 1950+i%60, i%90)
	}
	data := []byte(b.String())
	c := config(t)
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	t0 := time.Now()
	res := c.Process(ctx, corpus.Input{Path: "long.txt", Format: corpus.Text}, data)
	late := time.Since(t0) - 300*time.Millisecond
	if res.Document != nil {
		t.Skipf("the document finished within the deadline (%s): the machine is faster than this test expects", time.Since(t0))
	}
	id, _ := corpus.ID(data)
	if len(res.Errors) != 1 || res.Errors[0].Doc != id || !strings.Contains(res.Errors[0].Error, "deadline") {
		t.Fatalf("errors %+v, want one deadline error naming document %s", res.Errors, id)
	}
	t.Logf("stopped in stage %s, %s after the deadline", res.Errors[0].Stage, late)
	if late > time.Second {
		t.Errorf("Process returned %s after its deadline", late)
	}
}

// The memory budget weighs a document from its start until its records
// are written, not only while it is processed: finished documents held
// back behind a slow one (here a sink that takes its time with the first)
// keep their records in memory, so they keep their weight, and no further
// document starts beyond the budget.
func TestBudgetHoldsFinishedDocumentsUntilWritten(t *testing.T) {
	ins := smallCorpus(t, 12) // each weighs minWeight
	var started atomic.Int32
	startHook = func(corpus.Input) { started.Add(1) }
	defer func() { startHook = nil }()
	const budget = 3
	most := int32(0)
	sink := &collect{after: func(n int) {
		if n != 1 {
			return
		}
		// while the first document is being written, the others may run
		// as far as the budget lets them
		deadline := time.Now().Add(2 * time.Second)
		for started.Load() <= budget && time.Now().Before(deadline) {
			time.Sleep(5 * time.Millisecond)
		}
		most = started.Load()
	}}
	sum, err := config(t).Run(context.Background(), ins, sink, Options{Workers: 2, MemBudget: budget * minWeight})
	if err != nil || sum.Docs != len(ins) {
		t.Fatalf("%+v %v", sum, err)
	}
	if most > budget {
		t.Errorf("%d documents started while the first was being written, with a budget of %d: finished documents waiting to be written were not weighed", most, budget)
	}
}
