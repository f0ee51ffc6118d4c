package pipeline

import (
	"bufio"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/stratex/stratex/extract/pdf"
	"github.com/stratex/stratex/extract/text"
)

// The PDF reader runs in child processes of the same binary, as Apache
// Tika's forked parser does: a hang or a memory blow-up in a malformed
// file then costs that document only. A child is started with
// pdfWorkerEnv set, reads documents from stdin (a 4-byte big-endian
// length, then the bytes) and answers each with one JSON line. It is
// reused across documents, killed at its deadline or when its resident
// memory passes the limit, and started again for the next document.
const pdfWorkerEnv = "STRATEX_PDF_WORKER"

// IsPDFWorker reports whether this process was started as a PDF worker.
// A main function (and a test binary's TestMain) calls ServePDFWorker
// first thing when it is.
func IsPDFWorker() bool { return os.Getenv(pdfWorkerEnv) != "" }

// pdfReply is a worker's answer for one document.
type pdfReply struct {
	Pages    int           `json:"pages"`
	Blocks   []text.Block  `json:"blocks"`
	Failed   []pageFailure `json:"failed,omitempty"`
	Unmapped int           `json:"unmapped"`
	Images   int           `json:"images,omitempty"`
	Err      string        `json:"err,omitempty"`
}

type pageFailure struct {
	Page int    `json:"page"`
	Err  string `json:"err"`
}

// maxPDFBytes bounds one request.
const maxPDFBytes = 1 << 30

// ServePDFWorker answers PDF requests on r with replies on w until r ends.
func ServePDFWorker(r io.Reader, w io.Writer) error {
	if lim, err := strconv.ParseInt(os.Getenv(pdfWorkerEnv), 10, 64); err == nil && lim > 0 {
		debug.SetMemoryLimit(lim * 3 / 4) // the parent kills at lim
	}
	br := bufio.NewReader(r)
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	var hdr [4]byte
	for {
		if _, err := io.ReadFull(br, hdr[:]); err != nil {
			if err == io.EOF {
				return nil
			}
			return err
		}
		n := binary.BigEndian.Uint32(hdr[:])
		if n > maxPDFBytes {
			return fmt.Errorf("request of %d bytes", n)
		}
		data := make([]byte, n)
		if _, err := io.ReadFull(br, data); err != nil {
			return err
		}
		if err := enc.Encode(readPDF(data)); err != nil {
			return err
		}
		if err := bw.Flush(); err != nil {
			return err
		}
	}
}

func readPDF(data []byte) (rep pdfReply) {
	defer func() {
		if r := recover(); r != nil {
			rep = pdfReply{Err: fmt.Sprintf("panic: %v", r)}
		}
	}()
	doc, err := pdf.Read(data)
	if err != nil {
		return pdfReply{Err: err.Error()}
	}
	rep = pdfReply{Pages: doc.Pages, Blocks: doc.Blocks, Unmapped: doc.Unmapped, Images: doc.Images}
	for _, f := range doc.Failed {
		rep.Failed = append(rep.Failed, pageFailure{f.Page, f.Err.Error()})
	}
	return rep
}

// PDFPool hands PDFs to worker processes.
type PDFPool struct {
	// Deadline for one document; MemLimit for a worker's resident memory.
	Deadline time.Duration
	MemLimit int64
	exe      string
	slots    chan struct{}
	mu       sync.Mutex
	idle     []*pdfWorker
	closed   bool
	peak     int64 // the largest peak resident memory of a worker, read after each document
}

type pdfWorker struct {
	cmd  *exec.Cmd
	in   io.WriteCloser
	out  *bufio.Reader
	done chan struct{} // closed when the process has exited
	err  error         // its exit status, once done
}

// NewPDFPool returns a pool of at most size workers, each a child process
// of this executable.
func NewPDFPool(size int, deadline time.Duration, memLimit int64) (*PDFPool, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("pdf workers: %w", err)
	}
	if size < 1 {
		size = 1
	}
	return &PDFPool{Deadline: deadline, MemLimit: memLimit, exe: exe, slots: make(chan struct{}, size)}, nil
}

func (p *PDFPool) start() (*pdfWorker, error) {
	cmd := exec.Command(p.exe)
	cmd.Env = append(os.Environ(), pdfWorkerEnv+"="+strconv.FormatInt(p.MemLimit, 10))
	cmd.Stderr = io.Discard
	dieWithParent(cmd)
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start pdf worker: %w", err)
	}
	w := &pdfWorker{cmd: cmd, in: in, out: bufio.NewReaderSize(out, 1<<16), done: make(chan struct{})}
	go func() {
		w.err = cmd.Wait()
		close(w.done)
	}()
	return w, nil
}

func (w *pdfWorker) kill() {
	w.cmd.Process.Kill()
	<-w.done
}

// Read parses one PDF in a worker. The error names what went wrong: the
// reader's own error, a deadline, a memory limit, or a worker that died.
func (p *PDFPool) Read(ctx context.Context, data []byte) (*pdf.Document, error) {
	if len(data) > maxPDFBytes {
		return nil, fmt.Errorf("file of %d bytes is over the %d-byte limit", len(data), maxPDFBytes)
	}
	select {
	case p.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	defer func() { <-p.slots }()
	p.mu.Lock()
	var w *pdfWorker
	if n := len(p.idle); n > 0 {
		w, p.idle = p.idle[n-1], p.idle[:n-1]
	}
	p.mu.Unlock()
	if w == nil {
		var err error
		if w, err = p.start(); err != nil {
			return nil, err
		}
	}
	rep, err := p.ask(ctx, w, data)
	hwm := peakResident(w.cmd.Process.Pid)
	if err != nil {
		w.kill()
	}
	p.mu.Lock()
	p.peak = max(p.peak, hwm)
	p.mu.Unlock()
	if err != nil {
		return nil, err
	}
	p.mu.Lock()
	if p.closed {
		w.in.Close()
		w.kill()
	} else {
		p.idle = append(p.idle, w)
	}
	p.mu.Unlock()
	if rep.Err != "" {
		if rep.Err == pdf.ErrEncrypted.Error() {
			return nil, pdf.ErrEncrypted
		}
		return nil, errors.New(rep.Err)
	}
	doc := &pdf.Document{Pages: rep.Pages, Blocks: rep.Blocks, Unmapped: rep.Unmapped, Images: rep.Images}
	for _, f := range rep.Failed {
		doc.Failed = append(doc.Failed, pdf.PageError{Page: f.Page, Err: errors.New(f.Err)})
	}
	return doc, nil
}

// ask sends one document to w and waits for the reply, watching the
// deadline and the worker's memory.
func (p *PDFPool) ask(ctx context.Context, w *pdfWorker, data []byte) (*pdfReply, error) {
	type result struct {
		rep *pdfReply
		err error
	}
	ch := make(chan result, 1)
	go func() {
		var hdr [4]byte
		binary.BigEndian.PutUint32(hdr[:], uint32(len(data)))
		if _, err := w.in.Write(hdr[:]); err != nil {
			ch <- result{err: err}
			return
		}
		if _, err := w.in.Write(data); err != nil {
			ch <- result{err: err}
			return
		}
		line, err := w.out.ReadBytes('\n')
		if err != nil {
			ch <- result{err: err}
			return
		}
		var rep pdfReply
		if err := json.Unmarshal(line, &rep); err != nil {
			ch <- result{err: fmt.Errorf("bad reply from pdf worker: %w", err)}
			return
		}
		ch <- result{rep: &rep}
	}()
	deadline := time.NewTimer(p.Deadline)
	defer deadline.Stop()
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case r := <-ch:
			if r.err != nil {
				select {
				case <-w.done:
				case <-time.After(time.Second):
				}
				return nil, fmt.Errorf("pdf worker died: %s", exitReason(w))
			}
			return r.rep, nil
		case <-deadline.C:
			return nil, fmt.Errorf("no result after %s (the -pdf-timeout limit): the reader was stopped (a loop or a hang in this file, or a limit too short for it)", p.Deadline)
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-tick.C:
			if rss := residentBytes(w.cmd.Process.Pid); p.MemLimit > 0 && rss > p.MemLimit {
				return nil, fmt.Errorf("the reader was stopped at %d MiB of memory (the -pdf-mem limit is %d MiB)", rss>>20, p.MemLimit>>20)
			}
		}
	}
}

func exitReason(w *pdfWorker) string {
	select {
	case <-w.done:
	default:
		return "no reply"
	}
	if w.err == nil {
		return "exited"
	}
	var ee *exec.ExitError
	if errors.As(w.err, &ee) {
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			return "killed by " + ws.Signal().String()
		}
		if ee.ExitCode() == 2 {
			return "exit status 2 (a fatal runtime error such as running out of memory)"
		}
	}
	return w.err.Error()
}

// residentBytes reads a process's resident set size from /proc; 0 where
// there is no /proc.
func residentBytes(pid int) int64 {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/statm")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(b))
	if len(f) < 2 {
		return 0
	}
	pages, _ := strconv.ParseInt(f[1], 10, 64)
	return pages * int64(os.Getpagesize())
}

// PeakRSS is the largest peak resident memory a worker has reached, as
// its kernel counts it (VmHWM), read after each document: 0 before any
// document, or where there is no /proc. (getrusage's figure for children
// is no measure of them: Linux gives a child the peak of its parent at the
// moment it starts.)
func (p *PDFPool) PeakRSS() int64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.peak
}

// PeakRSS is the peak resident memory of this process since it started
// (VmHWM), 0 where there is no /proc. It is the process's own: getrusage
// gives a process the peak of its parent at the moment it started too.
func PeakRSS() int64 { return peakResident(os.Getpid()) }

// peakResident reads a live process's peak resident set size (VmHWM) from
// /proc; 0 where there is no /proc.
func peakResident(pid int) int64 {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb << 10
		}
	}
	return 0
}

// Close stops every idle worker; busy ones stop when their document ends.
func (p *PDFPool) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.closed = true
	for _, w := range p.idle {
		w.in.Close()
		select {
		case <-w.done:
		case <-time.After(2 * time.Second):
			w.kill()
		}
	}
	p.idle = nil
}
