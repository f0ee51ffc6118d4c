package pipeline

import (
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/stratex/stratex/corpus"
	"github.com/stratex/stratex/extract"
	"github.com/stratex/stratex/models"
)

// Bar shows a progress bar (documents, pages, rate, ETA) on a terminal. It
// moves by the bytes of the inputs, inside a long document as its text
// stages go (Working), ends at 100% on a finished run and where it stood on
// an interrupted one, and gives the rate in one unit, documents per second.
type Bar struct {
	w           io.Writer
	bar         *progressbar.ProgressBar
	start       time.Time
	total, done int
	pages       int
	failed      int
	doneBytes   int64            // of the documents done
	inFlight    map[string]int64 // bytes done of each document in flight, by path
	finished    map[string]bool  // documents done: news of them that comes late is old
}

// NewBar returns a Progress that draws a bar on w, which should be a terminal.
func NewBar(w io.Writer) *Bar { return &Bar{w: w} }

// barWeight is what a document counts for on the bar: its bytes.
func barWeight(in corpus.Input) int64 { return max(in.Size, 1) }

// Start implements Progress.
func (b *Bar) Start(docs int, bytes int64) {
	b.start, b.total = time.Now(), docs
	b.inFlight, b.finished = map[string]int64{}, map[string]bool{}
	if docs == 0 {
		return // nothing left to do: no bar
	}
	b.bar = progressbar.NewOptions64(max(bytes, int64(docs)),
		progressbar.OptionSetWriter(b.w),
		progressbar.OptionSetDescription(b.describe()),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionOnCompletion(func() { fmt.Fprintln(b.w) }),
	)
}

// describe is the bar's text: documents done of all, pages, failures, rate.
func (b *Bar) describe() string {
	rate := float64(b.done) / max(time.Since(b.start).Seconds(), 1e-3)
	return fmt.Sprintf("documents %d/%d (%d pages, %d failed, %.2f docs/s)", b.done, b.total, b.pages, b.failed, rate)
}

// position is the bytes done: of the documents done, and of those in flight.
func (b *Bar) position() int64 {
	n := b.doneBytes
	for _, d := range b.inFlight {
		n += d
	}
	return n
}

// Working implements Progress.
func (b *Bar) Working(in corpus.Input, p extract.Progress) {
	if b.bar == nil || b.finished[in.Path] {
		return
	}
	b.inFlight[in.Path] = int64(p.Share() * float64(barWeight(in)))
	b.bar.Set64(b.position())
}

// Done implements Progress.
func (b *Bar) Done(in corpus.Input, res *models.Result) {
	b.done++
	if res.Document != nil {
		b.pages += res.Document.Pages
	}
	if res.Failed() {
		b.failed++
	}
	delete(b.inFlight, in.Path)
	b.finished[in.Path] = true
	b.doneBytes += barWeight(in)
	b.bar.Describe(b.describe())
	if b.done == b.total {
		b.bar.Set64(b.bar.GetMax64()) // a file that grew or shrank since it was planned still ends the bar at 100%
		return
	}
	b.bar.Set64(b.position())
}

// Finish implements Progress.
func (b *Bar) Finish() {
	switch {
	case b.bar == nil:
	case b.done == b.total:
		b.bar.Finish() // drawn at 100% already by the last Done; this makes sure
	default:
		b.bar.Exit() // interrupted: the bar stays where it stood
	}
}

// LogProgress logs one line at most every interval: for Slurm logs and
// pipes. Inside a long document it says how far the document's text stages
// have come.
type LogProgress struct {
	log                 *slog.Logger
	every               time.Duration
	start, last         time.Time
	total, docs, failed int
	pages               int
	bytes, doneBytes    int64
	finished            map[string]bool
}

// NewLogProgress returns a Progress that logs through log at most once per every.
func NewLogProgress(log *slog.Logger, every time.Duration) *LogProgress {
	return &LogProgress{log: log, every: every}
}

// Start implements Progress.
func (p *LogProgress) Start(docs int, bytes int64) {
	p.start, p.last = time.Now(), time.Now()
	p.total, p.bytes = docs, bytes
	p.finished = map[string]bool{}
	p.log.Info("run started", "documents", docs, "bytes", bytes)
}

// Working implements Progress.
func (p *LogProgress) Working(in corpus.Input, w extract.Progress) {
	if p.finished[in.Path] || time.Since(p.last) < p.every {
		return
	}
	p.last = time.Now()
	p.log.Info("document progress", "source", in.Path, "pass", fmt.Sprintf("%d/%d", w.Pass, w.Passes),
		"text_bytes", w.Done, "of", w.Total, "documents", p.docs, "of_documents", p.total)
}

// Done implements Progress.
func (p *LogProgress) Done(in corpus.Input, res *models.Result) {
	p.docs++
	p.doneBytes += in.Size
	p.finished[in.Path] = true
	if res.Document != nil {
		p.pages += res.Document.Pages
	}
	if res.Failed() {
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
