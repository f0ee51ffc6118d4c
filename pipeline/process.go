package pipeline

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"runtime/debug"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/stratex/stratex/corpus"
	"github.com/stratex/stratex/extract"
	"github.com/stratex/stratex/extract/actor"
	"github.com/stratex/stratex/extract/pdf"
	"github.com/stratex/stratex/extract/text"
	"github.com/stratex/stratex/models"
)

// Stage names, as they appear in error records.
const (
	StageRead      = "read"
	StagePDF       = "pdf"
	StageText      = "text"
	StageStructure = extract.StageStructure
	StageSentences = extract.StageSentences
	StageEntities  = extract.StageEntities
	StageHeader    = extract.StageHeader
	StageTimex     = extract.StageTimex
	StageMoney     = extract.StageMoney
	StageEvents    = extract.StageEvents
	StageMentions  = extract.StageMentions
	StageTimeout   = "timeout"
)

// Config is what every document's processing shares.
type Config struct {
	Vocab  *extract.Vocabulary
	Tagger *actor.Tagger
	// PDF, when set, reads PDFs in worker processes (see PDFPool); when
	// nil they are read in this process.
	PDF *PDFPool
	// DocKind forces how every document's dates and events are anchored
	// ("news", "narrative", "scholarly"); "" decides it per document.
	DocKind string

	// Window is how much clean text the sentence-level stages take at a
	// time (extract.Options); 0 means extract.DefaultWindow. The records
	// are the same whatever the window: it bounds the memory a long
	// document takes.
	Window int
}

// NewConfig loads the default vocabulary extended by extra, and prose's models.
func NewConfig(extra ...extract.Source) (*Config, error) {
	v, err := extract.NewVocabulary(extra...)
	if err != nil {
		return nil, err
	}
	return &Config{Vocab: v, Tagger: actor.NewTagger()}, nil
}

// Parsed is a document's clean text and what the reader knew of it.
type Parsed struct {
	Text     *text.Text
	Pages    int
	Problems []models.PageProblem
	NoText   string // why a PDF gave no text ("no text layer: scanned image?"); "" when it gave some
	Encoding string // of a text file: models.UTF8 or models.Windows1252
}

// stageError is an error in a named stage.
type stageError struct {
	stage string
	err   error
}

func (e *stageError) Error() string { return e.stage + ": " + e.err.Error() }
func (e *stageError) Unwrap() error { return e.err }

// Parse reads one input into clean text, a PDF in this process.
func Parse(in corpus.Input, data []byte) (*Parsed, error) {
	if in.Format == corpus.PDF {
		doc, err := pdf.Read(data)
		return fromPDF(doc, err)
	}
	raw, enc, err := decodeText(data)
	if err != nil {
		return nil, &stageError{StageText, err}
	}
	blocks := text.TextBlocks(raw, in.Format == corpus.Markdown)
	return &Parsed{Text: text.Compose(blocks), Encoding: enc}, nil
}

// parse reads one input, a PDF in a worker process when the pool is set.
func (c *Config) parse(ctx context.Context, in corpus.Input, data []byte) (*Parsed, error) {
	if in.Format == corpus.PDF && c.PDF != nil {
		doc, err := c.PDF.Read(ctx, data)
		return fromPDF(doc, err)
	}
	return Parse(in, data)
}

func fromPDF(doc *pdf.Document, err error) (*Parsed, error) {
	if err != nil {
		return nil, &stageError{StagePDF, err}
	}
	p := &Parsed{Text: text.Compose(doc.Blocks), Pages: doc.Pages, NoText: doc.NoText()}
	for _, f := range doc.Failed {
		p.Problems = append(p.Problems, models.PageProblem{Page: f.Page, Error: f.Err.Error()})
	}
	if len(doc.Failed) > 0 && len(doc.Failed) == doc.Pages {
		return nil, &stageError{StagePDF, fmt.Errorf("no page could be read (page %d: %v)", doc.Failed[0].Page, doc.Failed[0].Err)}
	}
	return p, nil
}

// decodeText reads a text file's bytes: UTF-8 when they are valid UTF-8,
// else Windows-1252 (the encoding of text saved by Windows programs, and a
// superset of Latin-1's printable characters), so that no byte is lost. A
// NUL byte in the first 8 KiB means the file is not text at all, unless it
// opens with a UTF-16 byte-order mark: that is text this reader does not
// take, and the error says so.
func decodeText(b []byte) (text, encoding string, err error) {
	if bytes.IndexByte(b[:min(len(b), 8192)], 0) >= 0 {
		if bytes.HasPrefix(b, []byte{0xff, 0xfe}) || bytes.HasPrefix(b, []byte{0xfe, 0xff}) {
			return "", "", fmt.Errorf("UTF-16 text (a byte-order mark opens it), which is not read: convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)")
		}
		return "", "", fmt.Errorf("binary data (a NUL byte in the first 8 KiB), not text")
	}
	if utf8.Valid(b) {
		return string(b), models.UTF8, nil
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return "", "", fmt.Errorf("decode as windows-1252: %w", err)
	}
	return string(out), models.Windows1252, nil
}

// ProcessFile reads and processes one input. It never panics: a panic in any
// stage becomes an error record naming the file and the stage.
func (c *Config) ProcessFile(ctx context.Context, in corpus.Input) *models.Result {
	return c.processFile(ctx, in, nil)
}

func (c *Config) processFile(ctx context.Context, in corpus.Input, report func(extract.Progress)) *models.Result {
	data, fail := readInput(in)
	if fail != nil {
		return fail
	}
	return c.process(ctx, in, data, report)
}

// readInput reads one input's bytes, or gives the failure record of a file
// that cannot be read (a dangling link says where it points).
func readInput(in corpus.Input) ([]byte, *models.Result) {
	err := corpus.CheckRegular(in.Path)
	var data []byte
	if err == nil {
		data, err = os.ReadFile(in.Path)
	}
	if err != nil {
		if target, lerr := os.Readlink(in.Path); lerr == nil && errors.Is(err, fs.ErrNotExist) {
			err = fmt.Errorf("%w (a symbolic link to %s)", err, target)
		}
		return nil, failure("", in.Path, StageRead, err)
	}
	return data, nil
}

// Process runs every stage over one document's bytes.
func (c *Config) Process(ctx context.Context, in corpus.Input, data []byte) *models.Result {
	return c.process(ctx, in, data, nil)
}

// process is Process telling report, when set, how far the text stages
// have come through the document.
func (c *Config) process(ctx context.Context, in corpus.Input, data []byte, report func(extract.Progress)) *models.Result {
	id, sum := corpus.ID(data)
	return c.processHashed(ctx, in, data, id, sum, report)
}

// processHashed is process given the id and SHA-256 of data, so that a
// caller that needs them first hashes the bytes once.
func (c *Config) processHashed(ctx context.Context, in corpus.Input, data []byte, id, sum string, report func(extract.Progress)) (res *models.Result) {
	stage := StageRead
	var f *extract.Findings
	defer func() {
		if r := recover(); r != nil {
			if f != nil && f.Stage != "" {
				stage = f.Stage // a text stage: the one running
			}
			res = failure(id, in.Path, stage, fmt.Errorf("panic: %v%s", r, panicSite(debug.Stack())))
		}
	}()
	stage = string(in.Format)
	if in.Format == corpus.Markdown {
		stage = StageText
	}
	p, err := c.parse(ctx, in, data)
	if err != nil {
		if se, ok := err.(*stageError); ok {
			return failure(id, in.Path, se.stage, se.err)
		}
		return failure(id, in.Path, stage, err)
	}
	if err := ctx.Err(); err != nil {
		return failure(id, in.Path, stage, err)
	}
	f = &extract.Findings{Given: extract.Given{Date: in.Date, Kind: c.DocKind}}
	if err := c.Vocab.RunWith(ctx, c.Tagger, p.Text, f, extract.Options{Window: c.Window, Progress: report}); err != nil {
		return failure(id, in.Path, f.Stage, err)
	}
	res = c.records(id, p, f)
	d := res.Document
	d.Source, d.SHA256 = in.Path, sum
	d.Sources = []string{in.Path}
	d.Format = "text"
	if in.Format == corpus.PDF {
		d.Format = "pdf"
	}
	d.Encoding = p.Encoding
	for _, pp := range p.Problems {
		res.Errors = append(res.Errors, models.Error{Doc: id, Source: in.Path, Stage: StagePDF, Error: pp.Error, Page: pp.Page})
	}
	if p.NoText != "" {
		// the document record is written (pages, source, sha256), and the
		// loss is said: a document that fails as a whole (exit 3)
		res.Errors = append(res.Errors, models.Error{Doc: id, Source: in.Path, Stage: StagePDF, Error: p.NoText})
	}
	return res
}

// Analyze runs the text stages over parsed text and returns the records,
// or an error record naming the stage that failed.
func (c *Config) Analyze(ctx context.Context, id string, p *Parsed) *models.Result {
	f := &extract.Findings{Given: extract.Given{Kind: c.DocKind}}
	if err := c.Vocab.RunWith(ctx, c.Tagger, p.Text, f, extract.Options{Window: c.Window}); err != nil {
		return failure(id, "", f.Stage, err)
	}
	return c.records(id, p, f)
}

// records turns a document's findings into its records, spans in code
// points. It takes them from f, so that each kind's findings can be freed
// as soon as its records are made: a long document does not hold both.
func (c *Config) records(id string, p *Parsed, f *extract.Findings) *models.Result {
	t := p.Text
	ri := newRuneIndex(t.Text)
	st, sents, hdr := f.Structure, f.Sentences, f.Header
	timex, money, events, pairs, ents := f.Timex, f.Money, f.Events, f.Pairs, f.Entities
	dct, kind, dates := f.DCT, f.Kind, f.Dates
	*f = extract.Findings{Stage: f.Stage, Took: f.Took}
	res := &models.Result{
		Sentences: sized[models.Sentence](len(sents)),
		Entities:  sized[models.Entity](len(ents)),
		Timex:     sized[models.Timex](len(timex)),
		Money:     sized[models.Money](len(money)),
		Events:    sized[models.Event](len(events)),
		Pairs:     sized[models.Pair](len(pairs)),
	}
	doc := &models.Document{
		Doc:       id,
		Title:     hdr.Title,
		Authors:   append([]string{}, hdr.Authors...),
		Pages:     p.Pages,
		Chars:     ri.at(len(t.Text)),
		Sentences: len(sents),
		Sections:  []models.Section{},
		Dates:     []models.HeaderDate{},
		Skipped:   p.Problems,
		Schema:    models.SchemaVersion,
	}
	for _, s := range st.Sections {
		doc.Sections = append(doc.Sections, models.Section{Title: s.Title, Zone: s.Zone, Start: ri.at(s.Start), End: ri.at(s.End)})
	}
	for _, d := range hdr.Dates {
		doc.Dates = append(doc.Dates, models.HeaderDate{Label: d.Label, Value: d.Value, Text: t.Text[d.Start:d.End], Span: ri.span(d.Start, d.End), Ambiguous: d.Ambiguous})
	}
	if dct != nil {
		doc.DCT = &models.DCT{Value: dct.Value, Source: dct.Source}
	}
	doc.Kind = kind.String()
	res.Document = doc
	for i, s := range sents {
		ln := t.Lines[s.Line]
		info := st.Lines[s.Line]
		res.Sentences = append(res.Sentences, models.Sentence{
			Doc: id, Sent: i, Span: ri.span(s.Start, s.End), Text: t.Text[s.Start:s.End],
			Section: info.Section, Zone: info.Zone, Heading: s.Heading, Page: ln.Page,
		})
	}
	for _, x := range timex {
		res.Timex = append(res.Timex, models.Timex{Doc: id, Sent: x.Sent, Span: ri.span(x.Start, x.End), Text: t.Text[x.Start:x.End],
			Value: x.Value, Type: x.Type, Citation: x.Citation, Ambiguous: x.Ambiguous, Anchor: x.Anchor, Mod: x.Mod, Rule: x.Rule})
	}
	for _, m := range money {
		res.Money = append(res.Money, models.Money{Doc: id, Sent: m.Sent, Span: ri.span(m.Start, m.End), Text: t.Text[m.Start:m.End],
			Amount: m.Amount, AmountMax: m.Max, Currency: m.Currency, Basis: m.Basis, Rule: m.Rule})
	}
	for k, e := range events {
		s := sents[e.Sent]
		rec := models.Event{Doc: id, Sent: e.Sent, Span: ri.span(s.Start, s.End), Text: t.Text[s.Start:s.End], Type: e.Category,
			Subtype: e.Subtype, Source: e.Source, Target: e.Target, Trigger: t.Text[e.Start:e.End], Money: e.Money,
			Modality: e.Mode, Main: e.Main, Rule: e.Rule}
		if k < len(dates) && dates[k].Value != "" {
			d, from := dates[k].Value, dates[k].From
			rec.Date, rec.DateFrom = &d, &from
			if dates[k].Onset {
				rec.DateMod = "START" // the act runs on from the date
			}
		}
		res.Events = append(res.Events, rec)
	}
	for _, p := range pairs {
		s := sents[p.Sent]
		res.Pairs = append(res.Pairs, models.Pair{Doc: id, Sent: p.Sent, Span: ri.span(s.Start, s.End), Text: t.Text[s.Start:s.End],
			A: p.A, B: p.B, Directed: p.Directed, Relation: p.Relation, Modality: p.Mode, Rule: p.Rule})
	}
	for _, e := range ents {
		rec := models.Entity{Doc: id, Sent: e.Sent, Span: ri.span(e.Start, e.End), Text: t.Text[e.Start:e.End], Label: e.Label, Sector: e.Sector, Rule: e.Rule}
		if e.Actor != "" {
			a := e.Actor
			rec.Actor = &a
		}
		res.Entities = append(res.Entities, rec)
	}
	return res
}

// sized is an empty slice with room for n, nil for none.
func sized[T any](n int) []T {
	if n == 0 {
		return nil
	}
	return make([]T, 0, n)
}

func failure(id, source, stage string, err error) *models.Result {
	return &models.Result{Errors: []models.Error{{Doc: id, Source: source, Stage: stage, Error: err.Error()}}}
}

// panicSite names the function and line where a panic was raised, read
// from the stack of the recovering goroutine.
func panicSite(stack []byte) string {
	lines := strings.Split(string(stack), "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "panic(") && i+3 < len(lines) {
			fn := lines[i+2]
			if j := strings.LastIndexByte(fn, '('); j > 0 {
				fn = fn[:j]
			}
			loc := strings.TrimSpace(lines[i+3])
			if j := strings.LastIndexByte(loc, ' '); j > 0 {
				loc = loc[:j]
			}
			return " (at " + fn + " " + loc + ")"
		}
	}
	return ""
}
