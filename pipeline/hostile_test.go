package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stratex/stratex/corpus"
	"github.com/stratex/stratex/models"
)

// TestMain lets this test binary serve as the PDF worker process, as the
// stratex binary does.
func TestMain(m *testing.M) {
	if IsPDFWorker() {
		if err := ServePDFWorker(os.Stdin, os.Stdout); err != nil {
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

func testPool(t testing.TB, size int, deadline time.Duration) *PDFPool {
	t.Helper()
	p, err := NewPDFPool(size, deadline, 512<<20)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.Close)
	return p
}

// TestHostileCorpus runs every file of ../shared/corpus/hostile (broken,
// fuzzed, encrypted and odd PDFs) through the whole pipeline with PDF
// worker processes: each must end as a document or as an error record
// naming the pdf stage, within its deadline, and the run goes on. A
// document that gives no text says so in an error record of its own.
func TestHostileCorpus(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "corpus", "hostile")
	files, _ := filepath.Glob(filepath.Join(dir, "*.pdf"))
	if len(files) == 0 {
		t.Fatalf("no PDFs in %s: make test needs ../shared beside the checkout (see README, Tests)", dir)
	}
	var ins []corpus.Input
	for _, f := range files {
		st, err := os.Stat(f)
		if err != nil {
			t.Fatal(err)
		}
		ins = append(ins, corpus.Input{Path: f, Format: corpus.PDF, Size: st.Size()})
	}
	c := *config(t)
	c.PDF = testPool(t, 2, 20*time.Second)
	var sink collect
	start := time.Now()
	sum, err := c.Run(context.Background(), ins, &sink, Options{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Docs != len(ins) || len(sink.results) != len(ins) {
		t.Fatalf("%d results for %d files", len(sink.results), len(ins))
	}
	texts, empty, failures := 0, 0, 0
	for i, r := range sink.results {
		name := filepath.Base(ins[i].Path)
		whole := func(e models.Error) bool {
			return e.Stage == StagePDF && e.Source == ins[i].Path && e.Error != "" && e.Page == 0
		}
		switch {
		case r.Document != nil && !r.Failed():
			texts++
		case r.Document != nil && len(r.Errors) > 0 && whole(r.Errors[len(r.Errors)-1]) && r.Document.Chars == 0:
			// a document with no text: its record, and one saying why
			empty++
			t.Logf("%-40s no text: %s", name, r.Errors[len(r.Errors)-1].Error)
		case r.Document == nil && len(r.Errors) == 1 && whole(r.Errors[0]):
			failures++
			t.Logf("%-40s failed: %.100s", name, r.Errors[0].Error)
		default:
			t.Errorf("%s: neither text, nor a document saying it has none, nor one pdf error record: %+v", name, r.Errors)
		}
	}
	t.Logf("%d files: %d read, %d with no text, %d failed cleanly, in %s", len(ins), texts, empty, failures, time.Since(start).Round(time.Millisecond))
	if sum.Failed != empty+failures {
		t.Errorf("the run counts %d failed documents, want %d", sum.Failed, empty+failures)
	}
	if texts < len(ins)/2 {
		t.Errorf("only %d of %d files read", texts, len(ins))
	}
}

// TestPDFWorkerDeathIsAFailureRecord kills a worker mid-document (an
// out-of-memory crash looks the same to the parent) and checks that the
// document fails with a clear error and the next one is read by a fresh
// worker.
func TestPDFWorkerDeathIsAFailureRecord(t *testing.T) {
	pdfPath := filepath.Join("..", "testdata", "sample", "russo-pak-2col.pdf")
	data, err := os.ReadFile(pdfPath)
	if err != nil {
		t.Fatal(err)
	}
	pool := testPool(t, 1, 30*time.Second)
	pool.MemLimit = 1 << 20 // any real parse passes 1 MiB: the worker is stopped
	if _, err := pool.Read(context.Background(), data); err == nil || !strings.Contains(err.Error(), "memory") {
		t.Fatalf("over the memory limit: error %v", err)
	}
	pool.MemLimit = 512 << 20
	doc, err := pool.Read(context.Background(), data)
	if err != nil || doc.Pages != 5 || len(doc.Blocks) == 0 {
		t.Fatalf("after a killed worker: %v, %+v", err, doc)
	}
	pool.Deadline = time.Millisecond
	if _, err := pool.Read(context.Background(), data); err == nil || !strings.Contains(err.Error(), "no result after") {
		t.Fatalf("past the deadline: error %v", err)
	}
}

// FuzzPDFBoundary feeds arbitrary bytes to the PDF reader through a worker
// process: whatever the bytes, the parent gets a document or an error,
// never a crash or a hang.
func FuzzPDFBoundary(f *testing.F) {
	for _, dir := range []string{filepath.Join("..", "..", "shared", "corpus", "hostile"), filepath.Join("..", "testdata", "sample")} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.pdf"))
		for _, p := range files {
			if b, err := os.ReadFile(p); err == nil && len(b) < 64<<10 {
				f.Add(b)
			}
		}
	}
	f.Add([]byte("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF"))
	pool := testPool(f, 1, 10*time.Second)
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := pool.Read(context.Background(), data)
		if err == nil && doc == nil {
			t.Fatal("no document and no error")
		}
	})
}
