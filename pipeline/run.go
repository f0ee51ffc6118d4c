package pipeline

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"

	"golang.org/x/sync/semaphore"

	"github.com/stratex/stratex/corpus"
	"github.com/stratex/stratex/extract"
	"github.com/stratex/stratex/models"
)

// Sink receives each document's records, in input order.
type Sink interface {
	Write(*models.Result) error
}

// Progress hears about a run as it goes; every call comes from the
// goroutine that called Run.
type Progress interface {
	Start(docs int, bytes int64)
	// Working says how far the text stages have come through a document
	// in flight (after each window of its text; see extract.Options).
	Working(in corpus.Input, p extract.Progress)
	Done(in corpus.Input, res *models.Result)
	Finish()
}

// working is a Working call on its way from a worker to Run's goroutine.
type working struct {
	in corpus.Input
	p  extract.Progress
}

// Options tunes a run.
type Options struct {
	Workers  int           // documents processed at once; 0 means one per core
	Timeout  time.Duration // per document; 0 means none
	Progress Progress      // may be nil
	// MemBudget bounds the bytes of the documents in flight: a document
	// takes its size (at least minWeight) from it from its start until its
	// records are written (a document done but held back behind a slower
	// one still holds its records), so a few large files run fewer at
	// once. 0 means 64 MiB per worker.
	MemBudget int64
}

// minWeight is the least a document takes from the memory budget.
const minWeight = 256 << 10

// Summary counts what a run did.
type Summary struct {
	Docs        int // documents written (ok or failed)
	Failed      int // documents that failed as a whole (models.Result.Failed)
	PageErrors  int // pages that failed in documents that otherwise came through
	Pages       int
	Sentences   int
	Interrupted bool // the context ended before every input was processed
}

// startHook, when a test sets it, hears of each document a worker starts.
var startHook func(corpus.Input)

// ErrInterrupted is returned by Run when its context was cancelled; the
// records of every document finished before that were written.
var ErrInterrupted = errors.New("interrupted")

// Run processes inputs with bounded workers and writes each document's
// records to sink in input order, so the output is the same whatever the
// number of workers. When ctx is cancelled it stops taking new documents,
// lets the ones in flight end, writes the completed documents that come
// before the first unfinished one, and returns ErrInterrupted.
func (c *Config) Run(ctx context.Context, inputs []corpus.Input, sink Sink, opt Options) (Summary, error) {
	// a failed write (a full disk) stops the run: the documents after it
	// could not be kept
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	if opt.Progress != nil {
		var total int64
		for _, in := range inputs {
			total += in.Size
		}
		opt.Progress.Start(len(inputs), total)
		defer opt.Progress.Finish()
	}
	type job struct {
		in  corpus.Input
		out chan *models.Result
	}
	total := opt.MemBudget
	if total <= 0 {
		total = int64(workers) * 64 << 20
	}
	budget := semaphore.NewWeighted(total)
	weight := func(in corpus.Input) int64 { return min(max(in.Size, minWeight), total) }
	jobs := make(chan job)
	order := make(chan job, 2*workers) // the reorder window bounds memory
	// a worker's news of a document in flight; dropped when Run's
	// goroutine is busy, as the next one says more
	news := make(chan working, 4*workers)
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if startHook != nil {
					startHook(j.in)
				}
				var report func(extract.Progress)
				if opt.Progress != nil {
					report = func(p extract.Progress) {
						select {
						case news <- working{j.in, p}:
						default:
						}
					}
				}
				// the weight is released once the records are written:
				// a finished document held back behind a slower one
				// still holds its records
				j.out <- c.processBounded(ctx, j.in, opt.Timeout, report)
			}
		}()
	}
	go func() {
		defer close(order)
		defer close(jobs)
		for _, in := range inputs {
			j := job{in: in, out: make(chan *models.Result, 1)}
			select {
			case order <- j:
			case <-ctx.Done():
				return
			}
			if budget.Acquire(ctx, weight(in)) != nil {
				j.out <- nil
				return
			}
			select {
			case jobs <- j:
			case <-ctx.Done():
				budget.Release(weight(in))
				j.out <- nil
				return
			}
		}
	}()
	var sum Summary
	var werr error
	stopped := false
	for j := range order {
		res := await(j.out, news, opt.Progress)
		if res == nil || stopped {
			// Interrupted before it finished: this one and every later
			// one are left out, so the output is a prefix of the input
			// order and a resumed run redoes exactly the rest.
			stopped = true
			continue
		}
		if werr == nil {
			if err := sink.Write(res); err != nil {
				werr = fmt.Errorf("write records of %s: %w", j.in.Path, err)
				cancel()
			}
		}
		budget.Release(weight(j.in))
		sum.Docs++
		if res.Failed() {
			sum.Failed++
		}
		if res.Document != nil {
			sum.Pages += res.Document.Pages
			sum.Sentences += len(res.Sentences)
			for _, e := range res.Errors {
				if e.Page > 0 {
					sum.PageErrors++
				}
			}
		}
		if opt.Progress != nil {
			opt.Progress.Done(j.in, res)
		}
	}
	wg.Wait()
	if werr != nil {
		return sum, werr
	}
	if ctx.Err() != nil && sum.Docs < len(inputs) {
		sum.Interrupted = true
		return sum, ErrInterrupted
	}
	return sum, nil
}

// await waits for a document's result, passing on the news of the
// documents in flight meanwhile, and the news sent before the result
// (a worker sends its last news of a document before its result).
func await(out <-chan *models.Result, news <-chan working, p Progress) *models.Result {
	pass := func(w working) {
		if p != nil {
			p.Working(w.in, w.p)
		}
	}
	for {
		select {
		case res := <-out:
			for {
				select {
				case w := <-news:
					pass(w)
				default:
					return res
				}
			}
		case w := <-news:
			pass(w)
		}
	}
}

// processBounded processes one input under the per-document timeout. It
// returns nil when the run's context ended first. A document that outlives
// its timeout is reported as failed, with its id; its stages see their
// context end and return within moments, and processBounded waits up to
// stopGrace for that, so that the document's memory is free before its
// budget is released. (A reader that takes no context, such as an
// in-process PDF parse, is left to finish on its own after the grace.)
func (c *Config) processBounded(ctx context.Context, in corpus.Input, timeout time.Duration, report func(extract.Progress)) *models.Result {
	if ctx.Err() != nil {
		return nil
	}
	if timeout <= 0 {
		res := c.processFile(ctx, in, report)
		if ctx.Err() != nil {
			return nil
		}
		return res
	}
	data, fail := readInput(in)
	if fail != nil {
		return fail
	}
	id, sum := corpus.ID(data)
	dctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	ch := make(chan *models.Result, 1)
	// data goes as an argument: once the text is read from it, nothing
	// holds it while the stages run
	go func(data []byte) { ch <- c.processHashed(dctx, in, data, id, sum, report) }(data)
	timedOut := func() *models.Result {
		return failure(id, in.Path, StageTimeout, fmt.Errorf("no result after %s", timeout))
	}
	select {
	case res := <-ch:
		if ctx.Err() != nil {
			return nil
		}
		if res.Document == nil && errors.Is(dctx.Err(), context.DeadlineExceeded) {
			return timedOut() // a stage gave up because the deadline passed
		}
		return res
	case <-dctx.Done():
		if ctx.Err() != nil {
			return nil
		}
		select {
		case <-ch:
		case <-time.After(stopGrace):
		}
		return timedOut()
	}
}

// stopGrace is how long a timed-out document's goroutine is waited for
// after its context ends.
const stopGrace = 500 * time.Millisecond
