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
	const held = 300 << 20
	ballast(t, held)
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
	t.Logf("the worker's peak: %d MB, this process holding %d MB", mb, held>>20)
	if mb <= 0 || mb >= held>>21 {
		t.Errorf("pdf_worker_peak_rss_mb=%d: want the worker's own peak, above 0 and far below the %d MB its parent holds", mb, held>>20)
	}
}

// ballast holds n bytes of this process resident while the test runs.
func ballast(t *testing.T, n int) {
	b := make([]byte, n)
	for i := 0; i < len(b); i += os.Getpagesize() {
		b[i] = 1
	}
	t.Cleanup(func() { b[len(b)-1] = 2 })
}

// The log's peak_rss_mb is the run's own peak. Linux gives a process the
// peak of its parent when it was started (getrusage, and wait4's figure,
// hold it): a run started by a process holding 600 MB said 600 MB and
// more, and so the memory tests that ran the binary from a test process
// grown by earlier tests measured that process, not the run.
func TestPeakRSSIsTheRunsOwn(t *testing.T) {
	const held = 600 << 20
	ballast(t, held)
	cmd := binary("run", "-workers", "1", "-out", filepath.Join(t.TempDir(), "out"), filepath.Join(sample, "russo-pak.txt"))
	r := execute(t, cmd)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	own := logPeakRSS(t, r.stderr)
	t.Logf("the run's own peak: %d MB; getrusage's: %d MB; this process holds %d MB", own>>20, processRSS(cmd)>>20, held>>20)
	if own <= 0 || own >= held*2/3 {
		t.Errorf("peak_rss_mb=%d: want the run's own peak, far below the %d MB of the process that started it", own>>20, held>>20)
	}
}
