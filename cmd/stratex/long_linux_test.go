package main

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// longText writes a text of at least n bytes made of real prose: the war
// histories of the development sets (../shared) and the sample article,
// one after another, again and again, paragraphs apart.
func longText(t *testing.T, n int) string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "eval", "docs-dev", "wikiwars", "*.txt"))
	if len(files) == 0 {
		t.Fatal("no wikiwars texts: make test needs ../shared beside the checkout (see README, Tests)")
	}
	files = append(files, filepath.Join(sample, "russo-pak.txt"))
	var texts [][]byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, b)
	}
	var buf bytes.Buffer
	for buf.Len() < n {
		for _, b := range texts {
			buf.Write(b)
			buf.WriteString("\n\n")
		}
	}
	path := filepath.Join(t.TempDir(), "long.txt")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// processRSS is the peak resident memory of a finished process as wait4
// gives it, in bytes: at least that of this process when it was started.
func processRSS(cmd *exec.Cmd) int64 {
	return cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss << 10 // KiB on Linux
}

var peakLine = regexp.MustCompile(`msg="wrote output" .* peak_rss_mb=(\d+)`)

// logPeakRSS is the peak resident memory a run says it took (its "wrote
// output" line), in bytes: its own, whatever process started it.
func logPeakRSS(t *testing.T, stderr string) int64 {
	t.Helper()
	m := peakLine.FindStringSubmatch(stderr)
	if m == nil {
		t.Fatalf("no peak_rss_mb in the log: %s", stderr)
	}
	mb, _ := strconv.ParseInt(m[1], 10, 64)
	return mb << 20
}

var progressLine = regexp.MustCompile(`msg="document progress" source=(\S+) pass=(\d)/3 text_bytes=(\d+) of=(\d+)`)

// Point 5: a long document costs memory for its records, not for the
// tokens and parses of its whole text (the stages take it a window of
// paragraphs at a time), and a run says how far it has come inside it.
//
// The acceptance is a 10 MB text under 500 MB at one worker. A 10 MB run
// takes half a minute, so the test runs 2 MB of real prose and holds it to
// the share of that budget its size earns above a run of one round of the
// same prose (models, vocabularies and a window's tokens and parses, which
// every document longer than a window costs): base + (500 MB - base) x
// (2 MB - round) / (10 MB - round), about 255 MB over a base of 200 MB.
//
// Peak RSS is the Go heap at its highest, which lands wherever a GC cycle
// happens to finish, so one run's figure scatters upward, more so when
// other processes take the cores from the collector. Measured side by
// side on the 2-core machine at load 11-16 (MiB): one round 199-209; the
// 2 MB text 220-246 when no stage reads the whole text's words, 255-273
// while one stage still does (actor's firm names, docs/memory1.md); the
// same text taken as one window (-window 100000) 284-322. So the test
// allows 5% over the limit (about 13 MB), and when a run is over that it
// runs the text once more and keeps the lower peak: load only ever adds
// to a peak, so two high runs in a row are the program, not the machine.
// A whole-document run stays 20 MB or more over the allowance.
//
// It runs with progress lines every 200 ms; they name the document and go
// forward through its passes, up to its whole text, before the run ends.
func TestLongDocumentBoundedMemoryAndProgress(t *testing.T) {
	const size, acceptSize, acceptRSS = 2_000_000, 10_000_000, 500_000_000
	const window = 256 << 10 // extract.DefaultWindow
	one := longText(t, window)
	baseCmd := binary("run", "-workers", "1", "-out", filepath.Join(t.TempDir(), "base"), one)
	rb := execute(t, baseCmd)
	if rb.code != 0 {
		t.Fatalf("one-window run: exit %d: %s", rb.code, rb.stderr)
	}
	base := logPeakRSS(t, rb.stderr)
	oneInfo, _ := os.Stat(one)

	long := longText(t, size)
	fi, _ := os.Stat(long)
	limit := base + (acceptRSS-base)*(fi.Size()-oneInfo.Size())/(acceptSize-oneInfo.Size())
	allowed := limit + limit/20
	run := func() (result, int64) {
		cmd := binary("run", "-workers", "1", "-progress-every", "200ms", "-out", filepath.Join(t.TempDir(), "out"), long)
		r := execute(t, cmd)
		if r.code != 0 {
			t.Fatalf("exit %d: %s", r.code, r.stderr)
		}
		rss := logPeakRSS(t, r.stderr)
		t.Logf("%d bytes of text in %s: peak RSS %d MB (%d bytes, one round: %d MB; limit %d MB, allowed %d MB)", fi.Size(), r.wall.Round(1e8), rss>>20, oneInfo.Size(), base>>20, limit>>20, allowed>>20)
		return r, rss
	}
	r, rss := run()
	if rss >= allowed {
		if _, again := run(); again < rss {
			rss = again
		}
	}
	if rss >= allowed {
		t.Errorf("peak RSS %d MB in both runs, want under %d MB (the acceptance's share %d MB and 5%% for the collector's timing)", rss>>20, allowed>>20, limit>>20)
	}

	var last [4]int
	var lines int
	finished := false
	sc := bufio.NewScanner(strings.NewReader(r.stderr))
	for sc.Scan() {
		l := sc.Text()
		if strings.Contains(l, `msg="run finished"`) {
			finished = true
		}
		m := progressLine.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		lines++
		pass, _ := strconv.Atoi(m[2])
		done, _ := strconv.Atoi(m[3])
		of, _ := strconv.Atoi(m[4])
		if finished || m[1] != long || pass < 1 || pass > 3 || done <= last[pass] || done > of || of < size || slices.ContainsFunc(last[pass+1:], func(d int) bool { return d > 0 }) {
			t.Errorf("progress line out of place: %s", l)
		}
		last[pass] = done
	}
	if lines < 3 || last[1] == 0 {
		t.Errorf("%d progress lines inside the document, want several from pass 1 on:\n%s", lines, r.stderr)
	}
}

// On a terminal the bar moves inside a long document: it is drawn at a
// share strictly between 0% and 100% before the document is done.
func TestProgressBarMovesInsideADocument(t *testing.T) {
	long := longText(t, 400_000)
	screen := onTerminal(t, binary("run", "-workers", "1", "-window", "16", "-out", filepath.Join(t.TempDir(), "out"), long))
	moving := regexp.MustCompile(`documents 0/1 .*?\s([1-9][0-9]?)%`)
	if m := moving.FindStringSubmatch(screen); m == nil {
		t.Errorf("the bar never stood between 0%% and 100%% inside the document: %q", screen)
	}
}
