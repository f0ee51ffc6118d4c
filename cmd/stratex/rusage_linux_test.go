package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
)

// The log's pdf_worker_peak_rss_mb is the PDF workers' own peak, read from
// them. getrusage(RUSAGE_CHILDREN) is not: it holds the largest child that
// has exited, whatever it was (in this test binary, the go build of
// TestMain), and Linux gives a child the peak of its parent at the moment
// it started, so a worker started by a process holding 300 MB counts 300
// MB however little it took itself.
func TestPDFWorkerPeakIsTheWorkers(t *testing.T) {
	const ballast = 300 << 20
	b := make([]byte, ballast)
	for i := 0; i < len(b); i += os.Getpagesize() {
		b[i] = 1
	}
	out := filepath.Join(t.TempDir(), "out")
	code, _, stderr := stratex(t, "", "run", "-workers", "1", "-out", out, filepath.Join(sample, "russo-pak-1col.pdf"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	m := regexp.MustCompile(`pdf_worker_peak_rss_mb=(\d+)`).FindStringSubmatch(stderr)
	if m == nil {
		t.Fatalf("no pdf_worker_peak_rss_mb in the log: %s", stderr)
	}
	mb, _ := strconv.Atoi(m[1])
	t.Logf("the worker's peak: %d MB, this process holding %d MB", mb, ballast>>20)
	if mb <= 0 || mb >= ballast>>21 {
		t.Errorf("pdf_worker_peak_rss_mb=%d: want the worker's own peak, above 0 and far below the %d MB its parent holds", mb, ballast>>20)
	}
	b[len(b)-1] = 2 // the ballast is held through the run
}
