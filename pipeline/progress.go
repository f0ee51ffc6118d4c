package pipeline

import (
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/stratex/stratex/corpus"
	"github.com/stratex/stratex/models"
)

// Bar shows a progress bar (documents, pages, rate, ETA) on a terminal. It
// ends at 100% on a finished run and where it stood on an interrupted one,
// and gives the rate in one unit, documents per second.
type Bar struct {
	w           io.Writer
	bar         *progressbar.ProgressBar
	start       time.Time
	total, done int
	pages       int
	failed      int
}

// NewBar returns a Progress that draws a bar on w, which should be a terminal.
func NewBar(w io.Writer) *Bar { return &Bar{w: w} }

// Start implements Progress.
func (b *Bar) Start(docs int, _ int64) {
	b.start, b.total = time.Now(), docs
	if docs == 0 {
		return // nothing left to do: no bar
	}
	b.bar = progressbar.NewOptions(docs,
		progressbar.OptionSetWriter(b.w),
		progressbar.OptionSetDescription("documents"),
		progressbar.OptionShowCount(),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionOnCompletion(func() { fmt.Fprintln(b.w) }),
	)
}

// Done implements Progress.
func (b *Bar) Done(_ corpus.Input, res *models.Result) {
	b.done++
	if res.Document != nil {
		b.pages += res.Document.Pages
	} else {
		b.failed++
	}
	rate := float64(b.done) / max(time.Since(b.start).Seconds(), 1e-3)
	b.bar.Describe(fmt.Sprintf("documents (%d pages, %d failed, %.2f docs/s)", b.pages, b.failed, rate))
	b.bar.Add(1)
}

// Finish implements Progress.
func (b *Bar) Finish() {
	switch {
	case b.bar == nil:
	case b.done == b.total:
		b.bar.Finish() // drawn at 100% already by the last Add; this makes sure
	default:
		b.bar.Exit() // interrupted: the bar stays where it stood
	}
}

// LogProgress logs one line every interval: for Slurm logs and pipes.
type LogProgress struct {
	log                 *slog.Logger
	every               time.Duration
	start, last         time.Time
	total, docs, failed int
	pages               int
	bytes, doneBytes    int64
}

// NewLogProgress returns a Progress that logs through log at most once per every.
func NewLogProgress(log *slog.Logger, every time.Duration) *LogProgress {
	return &LogProgress{log: log, every: every}
}

// Start implements Progress.
func (p *LogProgress) Start(docs int, bytes int64) {
	p.start, p.last = time.Now(), time.Now()
	p.total, p.bytes = docs, bytes
	p.log.Info("run started", "documents", docs, "bytes", bytes)
}

// Done implements Progress.
func (p *LogProgress) Done(in corpus.Input, res *models.Result) {
	p.docs++
	p.doneBytes += in.Size
	if res.Document != nil {
		p.pages += res.Document.Pages
	} else {
		p.failed++
	}
	if time.Since(p.last) >= p.every {
		p.last = time.Now()
		el := time.Since(p.start)
		rate := float64(p.docs) / el.Seconds()
		eta := time.Duration(0)
		if rate > 0 {
			eta = time.Duration(float64(p.total-p.docs)/rate) * time.Second
		}
		p.log.Info("progress", "documents", p.docs, "of", p.total, "pages", p.pages, "failed", p.failed,
			"docs_per_s", fmt.Sprintf("%.2f", rate), "eta", eta.Round(time.Second).String())
	}
}

// Finish implements Progress.
func (p *LogProgress) Finish() {
	msg := "run finished"
	if p.docs < p.total {
		msg = "run stopped"
	}
	p.log.Info(msg, "documents", p.docs, "pages", p.pages, "failed", p.failed,
		"seconds", fmt.Sprintf("%.2f", time.Since(p.start).Seconds()))
}
