// Command bench measures stratex on a corpus of PDFs (make bench), all in one
// run on this machine, and prints one table:
//
//   - the whole pipeline (bin/stratex run): documents/s, pages/s, text KB/s
//     per core, peak resident memory of the run and of its largest PDF worker;
//
//   - the PDF stage against poppler's pdftotext on the same files (a test
//     oracle only), as a ratio of pages per second;
//
//   - the NLP stage (every text stage) against a bare prose.NewDocument
//     (all stages on) and against prose with its model loaded once, over the
//     same clean texts, as ratios of throughput;
//
//   - wall time for the corpus copied 1, 4 and 16 times, to show that time
//     grows linearly;
//
//   - each text stage's time, and stratex run's, on text with no sentence
//     punctuation (gentext) of 6k, 24k and 96k tokens, with the ratios that
//     show whether time grows linearly; and stratex run -timeout 1s on the
//     24k text: how soon it returns, and whether its error record names the
//     document.
//
//     go run ./cmd/bench [-stratex bin/stratex] [-copies 1,4,16] [-tokens 6000,24000,96000] [-corpus=false] DIR
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/jdkato/prose/v2"

	"github.com/stratex/stratex/extract/pdf"
	"github.com/stratex/stratex/extract/text"
	"github.com/stratex/stratex/pipeline"
)

func main() {
	bin := flag.String("stratex", "bin/stratex", "the stratex binary to time")
	copiesFlag := flag.String("copies", "1,4,16", "corpus multiples for the scaling rows")
	tokensFlag := flag.String("tokens", "6000,24000,96000", "lengths of the unpunctuated texts, in tokens")
	withCorpus := flag.Bool("corpus", true, "measure the PDF corpus (false: only the unpunctuated texts)")
	flag.Parse()
	if !*withCorpus {
		scaling(*bin, ints(*tokensFlag))
		return
	}
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: bench [-stratex BIN] [-copies 1,4,16] DIR")
		os.Exit(2)
	}
	dir := flag.Arg(0)
	files, _ := filepath.Glob(filepath.Join(dir, "*.pdf"))
	if len(files) == 0 {
		fatal("no PDFs in %s", dir)
	}
	cores := runtime.NumCPU()
	fmt.Printf("machine: %d cores, %s/%s, %s\n", cores, runtime.GOOS, runtime.GOARCH, runtime.Version())
	fmt.Printf("corpus: %s, %d PDFs\n\n", dir, len(files))

	// 1. PDF stage, ours in process against pdftotext, file by file.
	var ourPDF, popPDF time.Duration
	pages := 0
	var texts []string
	textBytes := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			fatal("%v", err)
		}
		t0 := time.Now()
		doc, err := pdf.Read(data)
		ourPDF += time.Since(t0)
		if err != nil {
			fmt.Fprintf(os.Stderr, "bench: %s: %v\n", f, err)
			continue
		}
		pages += doc.Pages
		t := text.Compose(doc.Blocks).Text
		texts = append(texts, t)
		textBytes += len(t)
		if _, err := exec.LookPath("pdftotext"); err == nil {
			t1 := time.Now()
			if err := exec.Command("pdftotext", "-q", f, os.DevNull).Run(); err == nil {
				popPDF += time.Since(t1)
			}
		}
	}

	// 2. NLP stage against bare prose over the same texts.
	cfg, err := pipeline.NewConfig()
	if err != nil {
		fatal("%v", err)
	}
	cfg.Tagger.Model() // prose's model loads on first use: before the clock, as for the baselines below
	t0 := time.Now()
	for _, t := range texts {
		p := &pipeline.Parsed{Text: text.Compose(text.TextBlocks(t, false))}
		cfg.Analyze(context.Background(), "bench", p)
	}
	ours := time.Since(t0)
	t0 = time.Now()
	for _, t := range texts {
		if _, err := prose.NewDocument(t); err != nil {
			fatal("prose: %v", err)
		}
	}
	bare := time.Since(t0)
	model := cfg.Tagger.Model()
	t0 = time.Now()
	for _, t := range texts {
		if _, err := prose.NewDocument(t, prose.UsingModel(model)); err != nil {
			fatal("prose: %v", err)
		}
	}
	shared := time.Since(t0)

	// 3. The whole pipeline, and its scaling, as a user runs it.
	var copies []int
	for _, c := range strings.Split(*copiesFlag, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(c))
		if err != nil || n < 1 {
			fatal("bad -copies %q", *copiesFlag)
		}
		copies = append(copies, n)
	}
	type row struct {
		n       int
		wall    time.Duration
		rss     int64 // peak RSS of the run's own process, KiB
		workers int64 // peak RSS of its largest PDF worker (the run says it), KiB
	}
	var rows []row
	for _, n := range copies {
		in := filepath.Join(os.TempDir(), fmt.Sprintf("stratex-bench-%d", n))
		os.RemoveAll(in)
		os.MkdirAll(in, 0o755)
		for k := 0; k < n; k++ {
			for _, f := range files {
				abs, _ := filepath.Abs(f)
				os.Symlink(abs, filepath.Join(in, fmt.Sprintf("%02d-%s", k, filepath.Base(f))))
			}
		}
		out := in + "-out"
		os.RemoveAll(out)
		cmd := exec.Command(*bin, "run", "-out", out, in)
		var errb strings.Builder
		cmd.Stderr = &errb
		t0 := time.Now()
		if err := cmd.Run(); err != nil {
			if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 3 {
				fatal("%s run: %v", *bin, err)
			}
		}
		wall := time.Since(t0)
		ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
		rows = append(rows, row{n, wall, ru.Maxrss, logValue(errb.String(), "pdf_worker_peak_rss_mb") << 10})
		os.RemoveAll(in)
		os.RemoveAll(out)
	}
	one := rows[0]
	docs := float64(len(files) * one.n)
	sec := one.wall.Seconds()
	fmt.Println("| measure | value |")
	fmt.Println("|---|---|")
	fmt.Printf("| whole pipeline, corpus x%d: documents/s | %.2f |\n", one.n, docs/sec)
	fmt.Printf("| whole pipeline: pages/s | %.1f |\n", float64(pages*one.n)/sec)
	fmt.Printf("| whole pipeline: text KB/s per core | %.1f |\n", float64(textBytes*one.n)/1024/sec/float64(cores))
	var maxRSS, maxKid int64
	for _, r := range rows {
		maxRSS, maxKid = max(maxRSS, r.rss), max(maxKid, r.workers)
	}
	fmt.Printf("| peak RSS of the run process, %d workers (all rows) | %d MB (%d MB per worker) |\n", cores, maxRSS/1024, maxRSS/1024/int64(cores))
	fmt.Printf("| peak RSS of a PDF worker process (all rows) | %d MB |\n", maxKid/1024)
	fmt.Printf("| PDF stage, ours in process: pages/s | %.1f |\n", float64(pages)/ourPDF.Seconds())
	if popPDF > 0 {
		fmt.Printf("| PDF stage, pdftotext (one process per file): pages/s | %.1f |\n", float64(pages)/popPDF.Seconds())
		fmt.Printf("| PDF stage ratio ours / pdftotext (pages/s) | %.2f |\n", popPDF.Seconds()/ourPDF.Seconds())
	}
	fmt.Printf("| NLP stage (all text stages): KB/s | %.1f |\n", float64(textBytes)/1024/ours.Seconds())
	fmt.Printf("| bare prose.NewDocument, all stages: KB/s | %.1f |\n", float64(textBytes)/1024/bare.Seconds())
	fmt.Printf("| prose.NewDocument with its model loaded once: KB/s | %.1f |\n", float64(textBytes)/1024/shared.Seconds())
	fmt.Printf("| NLP ratio ours / bare prose | %.2f |\n", bare.Seconds()/ours.Seconds())
	fmt.Printf("| NLP ratio ours / prose with shared model | %.2f |\n", shared.Seconds()/ours.Seconds())
	for _, r := range rows {
		fmt.Printf("| corpus x%d (%d documents): wall | %.1f s (%.2f x the x%d time per copy) |\n",
			r.n, len(files)*r.n, r.wall.Seconds(), r.wall.Seconds()/float64(r.n)/(one.wall.Seconds()/float64(one.n)), one.n)
	}
	fmt.Println()
	scaling(*bin, ints(*tokensFlag))
}

func ints(s string) []int {
	var out []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			fatal("bad list of numbers %q", s)
		}
		out = append(out, n)
	}
	return out
}

// logValue reads key=N from the run's last log lines.
func logValue(log, key string) int64 {
	i := strings.LastIndex(log, key+"=")
	if i < 0 {
		return 0
	}
	f := strings.Fields(log[i+len(key)+1:])
	if len(f) == 0 {
		return 0
	}
	n, _ := strconv.ParseInt(f[0], 10, 64)
	return n
}

func fatal(f string, a ...any) {
	fmt.Fprintf(os.Stderr, "bench: "+f+"\n", a...)
	os.Exit(1)
}
