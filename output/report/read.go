package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/stratex/stratex/models"
)

// MaxEvents is the number of events the timeline draws one by one; over
// it, the timeline draws one mark per category and year.
const MaxEvents = 5000

// Caps on what the page lists; the page says when one bites.
const (
	binSample     = 6    // events kept as evidence of one aggregated timeline mark
	maxNodes      = 40   // actors drawn in the network
	maxEdges      = 100  // pairs drawn in the network
	edgeItems     = 100  // sentences kept per pair of actors
	edgeItemsAgg  = 20   // the same, when the run is aggregated
	maxMoneyRows  = 2000 // rows of the money table
	maxDocRows    = 2000 // rows of the documents table
	maxFailSource = 10   // sources named per kind of failure
	maxFilter     = 60   // actors offered by the actor filter
	topPairs      = 15   // rows of the top pairs table
)

// Run is what the page shows of one output folder.
type Run struct {
	files      map[models.Kind]*fileStat
	docs       []*document
	docIndex   map[string]int
	sents      []*sentence
	sentIndex  map[sentKey]int
	aggregated bool

	events     []*event // all of them, or those kept as evidence of bins
	bins       map[binKey]*bin
	eventTotal int
	undated    int     // events with no date
	unplaced   int     // events whose date has no place on a line of years (XXXX-04)
	withMode   int     // events not asserted (negated, hypothetical, ...)
	pairsMode  int     // pairs not asserted: counted, not drawn in the network
	lo, hi     float64 // the span of years of the dated events
	byCategory map[string]int
	byActor    map[string]int // events that name the actor

	edges     map[edgeKey]*edge
	pairTotal int
	directed  int

	mentions     map[string]int          // entities by actor code
	withActor    int                     // entities with an actor
	citations    int                     // timex that are citation years
	moneyLinks   map[sentKey][]*event    // events that carry money, by sentence
	moneyBySent  map[sentKey][]*moneyFig // figures, by sentence
	money        []*moneyFig
	moneyTotal   int
	failures     []*failure
	failureIndex map[string]*failure
}

// fileStat is what was read of one file.
type fileStat struct {
	lines   int  // records read
	bad     int  // lines that did not parse
	missing bool // no such file
}

// The records, as read: only the fields the page uses, every one optional.
type (
	docRec struct {
		Doc       string   `json:"doc"`
		Source    string   `json:"source"`
		Format    string   `json:"format"`
		Title     string   `json:"title"`
		Authors   []string `json:"authors"`
		Pages     int      `json:"pages"`
		Chars     int      `json:"chars"`
		Sentences int      `json:"sentences"`
		Dates     []struct {
			Label string `json:"label"`
			Value string `json:"value"`
			Text  string `json:"text"`
		} `json:"dates"`
		DCT *struct {
			Value  string `json:"value"`
			Source string `json:"source"`
		} `json:"dct"`
		Problems []struct {
			Page  int    `json:"page"`
			Error string `json:"error"`
		} `json:"page_problems"`
	}
	sentRec struct {
		Doc     string `json:"doc"`
		Sent    int    `json:"sent"`
		Span    [2]int `json:"span"`
		Text    string `json:"text"`
		Section string `json:"section"`
	}
	entityRec struct {
		Doc   string  `json:"doc"`
		Actor *string `json:"actor"`
	}
	timexRec struct {
		Doc      string `json:"doc"`
		Sent     int    `json:"sent"`
		Value    string `json:"value"`
		Citation bool   `json:"citation"`
	}
	moneyRec struct {
		Doc       string   `json:"doc"`
		Sent      int      `json:"sent"`
		Span      [2]int   `json:"span"`
		Text      string   `json:"text"`
		Amount    float64  `json:"amount"`
		AmountMax *float64 `json:"amount_max"`
		Currency  string   `json:"currency"`
	}
	eventRec struct {
		Doc      string    `json:"doc"`
		Sent     int       `json:"sent"`
		Span     [2]int    `json:"span"`
		Text     string    `json:"text"`
		Date     *string   `json:"date"`
		DateFrom string    `json:"date_from"`
		Mode     string    `json:"mode"`
		Modality string    `json:"modality"` // the older name of mode
		Type     string    `json:"type"`
		Subtype  string    `json:"subtype"`
		Source   []string  `json:"source"`
		Target   []string  `json:"target"`
		Trigger  string    `json:"trigger"`
		Money    []float64 `json:"money"`
	}
	pairRec struct {
		Doc      string `json:"doc"`
		Sent     int    `json:"sent"`
		Span     [2]int `json:"span"`
		Text     string `json:"text"`
		A        string `json:"a"`
		B        string `json:"b"`
		Directed bool   `json:"directed"`
		Relation string `json:"relation"`
		Mode     string `json:"mode"`
	}
	errorRec struct {
		Doc    string `json:"doc"`
		Source string `json:"source"`
		Stage  string `json:"stage"`
		Error  string `json:"error"`
		Page   int    `json:"page"`
	}
)

// document is one input file with what the other files say of it.
type document struct {
	rec      docRec
	known    bool // it has a record in documents.jsonl
	sents    int
	entities int
	timex    int
	money    int
	events   int
	pairs    int
	failed   bool
}

type sentKey struct{ doc, sent int }

// sentence is a sentence some kept record points into.
type sentence struct {
	doc, sent int
	start     int // code point offset of text in the document
	text      string
	section   string
	full      bool // text is the whole sentence, from sentences.jsonl
	money     bool // a money figure's: kept whole, for the window around the figure
}

type event struct {
	doc, sent      int // sent indexes Run.sents
	span           [2]int
	date           string
	at             period
	placed         bool
	dateFrom, mode string
	typ, subtype   string
	source, target []string
	trigger        string
	money          []float64
}

type binKey struct {
	typ  string
	year int
}

// bin is one mark of an aggregated timeline: the events of one category
// that start in one year.
type bin struct {
	n      int
	events []int // indexes into Run.events
	actors map[string]bool
}

type edgeKey struct{ a, b string } // a < b

// edge is every pair record of two actors, whichever way round.
type edge struct {
	a, b      string
	n         int
	ab, ba    int // directed a -> b, b -> a
	relations map[string]int
	items     []pairItem
	docs      map[int]bool
}

type pairItem struct {
	sent     int // index into Run.sents
	span     [2]int
	relation string
	dir      int // 1: a acts on b, -1: b acts on a, 0: undirected
}

type moneyFig struct {
	rec   moneyRec
	doc   int
	sent  int // index into Run.sents
	date  string
	event *event
}

// failure is one kind of failure: a stage and an error message.
type failure struct {
	Stage, Reason string
	N             int
	Sources       []string
}

// Load reads the output folder of a run. A file that is missing counts as
// empty, except documents.jsonl, without which dir is no run folder.
func Load(dir string) (*Run, error) {
	r := &Run{
		files:        map[models.Kind]*fileStat{},
		docIndex:     map[string]int{},
		sentIndex:    map[sentKey]int{},
		bins:         map[binKey]*bin{},
		byCategory:   map[string]int{},
		byActor:      map[string]int{},
		edges:        map[edgeKey]*edge{},
		mentions:     map[string]int{},
		moneyLinks:   map[sentKey][]*event{},
		moneyBySent:  map[sentKey][]*moneyFig{},
		failureIndex: map[string]*failure{},
	}
	for _, k := range models.Kinds {
		r.files[k] = &fileStat{}
	}
	if err := read(dir, models.KindDocument, r.files[models.KindDocument], r.addDocument); err != nil {
		return nil, err
	}
	if r.files[models.KindDocument].missing {
		return nil, fmt.Errorf("read run %s: no %s (not an output folder of stratex run)", dir, models.KindDocument.File())
	}
	n, err := countLines(filepath.Join(dir, models.KindEvent.File()))
	if err != nil {
		return nil, err
	}
	r.aggregated = n > MaxEvents
	steps := []error{
		read(dir, models.KindEvent, r.files[models.KindEvent], r.addEvent),
		read(dir, models.KindPair, r.files[models.KindPair], r.addPair),
		read(dir, models.KindMoney, r.files[models.KindMoney], r.addMoney),
		read(dir, models.KindTimex, r.files[models.KindTimex], r.addTimex),
		read(dir, models.KindEntity, r.files[models.KindEntity], r.addEntity),
		read(dir, models.KindSentence, r.files[models.KindSentence], r.addSentence),
		read(dir, models.KindError, r.files[models.KindError], r.addError),
	}
	if err := errors.Join(steps...); err != nil {
		return nil, err
	}
	return r, nil
}

// read calls fn for every record of kind k in dir, in file order.
func read[T any](dir string, k models.Kind, st *fileStat, fn func(*T)) error {
	path := filepath.Join(dir, k.File())
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		st.missing = true
		return nil
	}
	if err != nil {
		return fmt.Errorf("read run: %w", err)
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 1<<16)
	for {
		line, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			var v T
			if json.Unmarshal(line, &v) != nil {
				st.bad++
			} else {
				st.lines++
				fn(&v)
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("read %s: %w", path, err)
		}
	}
}

// countLines counts the lines of a file; a missing file has none.
func countLines(path string) (int, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("read run: %w", err)
	}
	defer f.Close()
	buf := make([]byte, 1<<16)
	n := 0
	for {
		k, err := f.Read(buf)
		n += bytes.Count(buf[:k], []byte{'\n'})
		if err == io.EOF {
			return n, nil
		}
		if err != nil {
			return 0, fmt.Errorf("read %s: %w", path, err)
		}
	}
}

func (r *Run) addDocument(d *docRec) {
	i := r.doc(d.Doc)
	r.docs[i].rec, r.docs[i].known = *d, true
}

// doc returns the index of document id, adding an unknown one.
func (r *Run) doc(id string) int {
	if i, ok := r.docIndex[id]; ok {
		return i
	}
	r.docIndex[id] = len(r.docs)
	r.docs = append(r.docs, &document{rec: docRec{Doc: id}})
	return len(r.docs) - 1
}

// sentence returns the index of the sentence a record points into, with
// the record's own text until sentences.jsonl gives the whole sentence.
func (r *Run) sentence(doc, sent int, span [2]int, text string) int {
	k := sentKey{doc, sent}
	if i, ok := r.sentIndex[k]; ok {
		return i
	}
	r.sentIndex[k] = len(r.sents)
	r.sents = append(r.sents, &sentence{doc: doc, sent: sent, start: span[0], text: clip(text)})
	return len(r.sents) - 1
}

// clip keeps what the page can show of a sentence (a little more than
// maxSentence, so that truncate marks the cut), and no more in memory.
func clip(s string) string {
	if len(s) <= maxSentence || utf8.RuneCountInString(s) <= maxSentence+1 {
		return s
	}
	return truncate(s, maxSentence+1)
}

func (r *Run) addEvent(e *eventRec) {
	d := r.doc(e.Doc)
	r.docs[d].events++
	r.eventTotal++
	ev := &event{doc: d, span: e.Span, dateFrom: e.DateFrom, mode: e.Mode, typ: e.Type, subtype: e.Subtype,
		source: e.Source, target: e.Target, trigger: e.Trigger, money: e.Money}
	if ev.mode == "" {
		ev.mode = e.Modality
	}
	if ev.mode != "" {
		r.withMode++
	}
	if ev.typ == "" {
		ev.typ = "?"
	}
	r.byCategory[ev.typ]++
	for _, a := range ev.actors() {
		r.byActor[a]++
	}
	if e.Date != nil && *e.Date != "" {
		ev.date = *e.Date
		ev.at, ev.placed = parsePeriod(ev.date)
		if !ev.placed {
			r.unplaced++
		} else if r.eventTotal-r.undated-r.unplaced == 1 {
			r.lo, r.hi = ev.at.from, ev.at.to
		} else {
			r.lo, r.hi = math.Min(r.lo, ev.at.from), math.Max(r.hi, ev.at.to)
		}
	} else {
		r.undated++
	}
	if len(ev.money) > 0 {
		k := sentKey{d, e.Sent}
		r.moneyLinks[k] = append(r.moneyLinks[k], ev)
	}
	if !r.aggregated {
		ev.sent = r.sentence(d, e.Sent, e.Span, e.Text)
		r.events = append(r.events, ev)
		return
	}
	if !ev.placed {
		return
	}
	k := binKey{ev.typ, yearOf(ev.at.from)}
	b := r.bins[k]
	if b == nil {
		b = &bin{actors: map[string]bool{}}
		r.bins[k] = b
	}
	b.n++
	for _, a := range ev.actors() {
		b.actors[a] = true
	}
	if len(b.events) < binSample {
		ev.sent = r.sentence(d, e.Sent, e.Span, e.Text)
		b.events = append(b.events, len(r.events))
		r.events = append(r.events, ev)
	}
}

// actors lists the event's source and target codes, each once.
func (e *event) actors() []string {
	var out []string
	for _, a := range append(append([]string(nil), e.source...), e.target...) {
		if a != "" && !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	return out
}

func (r *Run) addPair(p *pairRec) {
	d := r.doc(p.Doc)
	r.docs[d].pairs++
	r.pairTotal++
	if p.Mode != "" {
		// "would never take part in the war as Poland's allies": the
		// network draws what the texts assert, and the summary's directed
		// and distinct counts are of those
		r.pairsMode++
		return
	}
	if p.Directed {
		r.directed++
	}
	if p.A == "" || p.B == "" {
		return
	}
	k, dir := edgeKey{p.A, p.B}, 0
	if p.Directed {
		dir = 1
	}
	if p.B < p.A {
		k, dir = edgeKey{p.B, p.A}, -dir
	}
	e := r.edges[k]
	if e == nil {
		e = &edge{a: k.a, b: k.b, relations: map[string]int{}, docs: map[int]bool{}}
		r.edges[k] = e
	}
	e.n++
	switch dir {
	case 1:
		e.ab++
	case -1:
		e.ba++
	}
	if p.Relation != "" {
		e.relations[p.Relation]++
	}
	e.docs[d] = true
	limit := edgeItems
	if r.aggregated {
		limit = edgeItemsAgg
	}
	if len(e.items) < limit {
		e.items = append(e.items, pairItem{sent: r.sentence(d, p.Sent, p.Span, p.Text), span: p.Span, relation: p.Relation, dir: dir})
	}
}

func (r *Run) addMoney(m *moneyRec) {
	d := r.doc(m.Doc)
	r.docs[d].money++
	r.moneyTotal++
	f := &moneyFig{rec: *m, doc: d, sent: r.sentence(d, m.Sent, m.Span, m.Text)}
	r.sents[f.sent].money = true
	// the event of the same sentence that carries this figure
	for _, ev := range r.moneyLinks[sentKey{d, m.Sent}] {
		for _, v := range ev.money {
			if v == m.Amount && f.event == nil {
				f.event, f.date = ev, ev.date
			}
		}
	}
	r.money = append(r.money, f)
	r.moneyBySent[sentKey{d, m.Sent}] = append(r.moneyBySent[sentKey{d, m.Sent}], f)
}

func (r *Run) addTimex(t *timexRec) {
	d := r.doc(t.Doc)
	r.docs[d].timex++
	if t.Citation {
		r.citations++
		return
	}
	// a figure with no event takes the first date of its sentence
	for _, f := range r.moneyBySent[sentKey{d, t.Sent}] {
		if f.date == "" {
			f.date = t.Value
		}
	}
}

func (r *Run) addEntity(e *entityRec) {
	d := r.doc(e.Doc)
	r.docs[d].entities++
	if e.Actor != nil && *e.Actor != "" {
		r.withActor++
		r.mentions[*e.Actor]++
	}
}

func (r *Run) addSentence(s *sentRec) {
	d := r.doc(s.Doc)
	r.docs[d].sents++
	i, ok := r.sentIndex[sentKey{d, s.Sent}]
	if !ok {
		return
	}
	st := r.sents[i]
	st.start, st.text, st.section, st.full = s.Span[0], s.Text, s.Section, true
	if !st.money {
		st.text = clip(st.text)
	}
}

func (r *Run) addError(e *errorRec) {
	if e.Doc != "" {
		d := r.docs[r.doc(e.Doc)]
		d.failed = true
		if d.rec.Source == "" {
			d.rec.Source = e.Source
		}
	}
	reason := strings.TrimSpace(e.Error)
	if e.Source != "" {
		// the same failure on two files reads as one reason
		reason = strings.ReplaceAll(reason, e.Source, "FILE")
	}
	if e.Page > 0 {
		reason = fmt.Sprintf("page %d: %s", e.Page, reason)
	}
	k := e.Stage + "\x00" + reason
	f := r.failureIndex[k]
	if f == nil {
		f = &failure{Stage: e.Stage, Reason: reason}
		r.failureIndex[k] = f
		r.failures = append(r.failures, f)
	}
	f.N++
	if len(f.Sources) < maxFailSource && !slices.Contains(f.Sources, e.Source) {
		f.Sources = append(f.Sources, e.Source)
	}
}
