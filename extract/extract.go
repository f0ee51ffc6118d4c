package extract

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/stratex/stratex/extract/actor"
	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/event"
	"github.com/stratex/stratex/extract/money"
	"github.com/stratex/stratex/extract/pair"
	"github.com/stratex/stratex/extract/text"
	"github.com/stratex/stratex/extract/timex"
	"github.com/stratex/stratex/models"
)

// Stage names, as error records give them.
const (
	StageStructure = "structure"
	StageSentences = "sentences"
	StageHeader    = "header"
	StageEntities  = "entities"
	StageMoney     = "money"
	StageTimex     = "timex"
	StageEvents    = "events"
	StageMentions  = "mentions"
)

// Given is what the caller knows of a document before its text is read.
type Given struct {
	Date string // the document's date (ISO) as the user gave it (-doc-dates, a manifest); "" for none
	Kind string // "news", "narrative" or "scholarly" to force how dates are anchored; "" to decide from the text
}

// DCT is a document's own date and where it came from.
type DCT struct {
	Value  string // ISO date
	Source string // models.DCTUser, models.DCTText or models.DCTHeader
}

// Findings are what the stages found in one document, in byte offsets.
// Given is the caller's, read by Run; the rest is Run's.
type Findings struct {
	Given     Given
	Stage     string                   // the stage running, or the last one that ran
	Took      map[string]time.Duration // wall time of each stage that ran
	Structure *text.Structure
	Sentences []text.Sentence
	Zones     []string // each sentence's zone
	Header    text.Header
	Entities  []actor.Entity
	Money     []money.Span
	Timex     []timex.Span
	DCT       *DCT       // the document's date, nil for none
	Kind      timex.Kind // how dates and events were anchored
	Contexts  []timex.Context
	Events    []event.Span
	Dates     []EventDate // of each event: its date and where it came from (DateEvents)
	Pairs     []pair.Span
}

// Options tunes Run.
type Options struct {
	// Window is how much clean text the sentence-level stages take at a
	// time: whole paragraphs, at least Window bytes (DefaultWindow when 0;
	// negative for the whole document in one window).
	Window int
	// Progress, when set, is called after each window with how far the
	// run has come through the document.
	Progress func(Progress)
}

// Progress is how far Run has come through a document: the pass (1 or 2
// of Passes) and the bytes of clean text it has done of Total.
type Progress struct {
	Pass, Passes int
	Done, Total  int
}

// DefaultWindow is the window of a run's sentence-level stages: the
// tokens, parses and prose's segmenter of 256 KiB of text take a few tens
// of megabytes.
const DefaultWindow = 256 << 10

// Run runs every stage over a document's clean text, in order, and fills
// f as it goes: f.Stage names the stage running, so that a caller that
// recovers a panic can say where. An error (the context's, when it ends)
// leaves f with what the stages before found.
func (v *Vocabulary) Run(ctx context.Context, tg *actor.Tagger, t *text.Text, f *Findings) error {
	return v.RunWith(ctx, tg, t, f, Options{})
}

// RunWith is Run with options. The sentence-level stages run over one
// window of whole paragraphs at a time, in three passes, and the tokens of
// a window are dropped when a pass leaves it, so that a long document costs
// memory for its findings, not for its tokens and parses. What a stage
// knows beyond its window is computed over the whole document or carried
// from window to window, so the findings are the same whatever the
// window:
//
//   - before the passes, over the whole text: the outline (Structure) and
//     the front matter (Header);
//   - pass 1, per window: sentences and entities;
//   - between passes 1 and 2, over the whole document: the readings of its
//     entities that depend on all of it (actor.Vocabulary.DocumentContext); the state
//     actors it names and how often, for the currency of a bare "rupees";
//   - pass 2, per window: money;
//   - between passes 2 and 3, over the whole document: its date and kind
//     and its dates with the reference time each sentence has (timex reads
//     a sentence's tokens as it scans it and keeps none), then the dated
//     actors' meanings at their sentences' dates (actor.Redate), and the
//     zone of each sentence for the coder;
//   - pass 3, per window: events and pairs. What the coder and the pair
//     finder remember of a paragraph starts afresh at each paragraph, so at
//     a window's start too; the coder's look-back over the document's
//     earlier events is carried (event.Coder.Carry);
//   - after the passes, over the whole document: the later, definite
//     mentions of an event already reported go (mention.Vocabulary.Drop);
//     then each event's date from its context (DateEvents).
func (v *Vocabulary) RunWith(ctx context.Context, tg *actor.Tagger, t *text.Text, f *Findings, opt Options) error {
	var err error
	f.Stage, f.Took = "", map[string]time.Duration{}
	last := time.Now()
	defer func() { f.Took[f.Stage] += time.Since(last) }()
	begin := func(stage string) {
		now := time.Now()
		if f.Stage != "" {
			f.Took[f.Stage] += now.Sub(last)
		}
		f.Stage, last = stage, now
	}
	size := opt.Window
	if size == 0 {
		size = DefaultWindow
	}
	windows := t.Windows(size)
	progress := func(pass, at int) {
		if opt.Progress != nil {
			opt.Progress(Progress{Pass: pass, Passes: len(passShare), Done: at, Total: len(t.Text)})
		}
	}

	begin(StageStructure)
	if f.Structure, err = v.Text.Structure(ctx, t); err != nil {
		return err
	}
	st := f.Structure

	begin(StageHeader)
	if f.Header, err = v.Text.Header(ctx, t, st, v.Actor.NamesPlace); err != nil {
		return err
	}

	// pass 1: sentences and entities
	paper := hasZone(st, models.ZoneReferences)
	first := make([]int, len(windows)+1) // each window's first sentence
	for wi, w := range windows {
		begin(StageSentences)
		sents, err := v.Text.SentencesIn(ctx, t, st, w)
		if err != nil {
			return err
		}
		if err := text.Lex(ctx, v.Lexer, t.Text, sents); err != nil {
			return err
		}
		base := len(f.Sentences)
		first[wi], first[wi+1] = base, base+len(sents)
		for _, s := range sents {
			f.Zones = append(f.Zones, st.Lines[s.Line].Zone)
		}

		begin(StageEntities)
		zones := f.Zones[base:]
		if paper && !slices.Contains(zones, models.ZoneReferences) {
			// the references of the document, past this window: a paper's
			// "the Fearon (1995) model" is a citation in every window
			zones = append(slices.Clip(zones), models.ZoneReferences)
		}
		ents, err := v.Actor.SentenceEntities(ctx, tg, v.Lexer, t.Text, sents, zones, f.Header.AuthorAt)
		if err != nil {
			return err
		}
		for _, e := range ents {
			e.Sent += base
			f.Entities = append(f.Entities, e)
		}
		text.Unlex(sents)
		f.Sentences = append(f.Sentences, sents...)
		progress(1, t.Lines[w.To-1].End)
	}
	f.Entities = v.Actor.DocumentContext(t.Text, f.Sentences, f.Zones, f.Entities)
	sents := f.Sentences

	begin(StageMoney)
	countries := money.Countries{Sentence: make([][]string, len(sents)), Document: map[string]int{}, Zones: f.Zones}
	for _, e := range f.Entities {
		if e.Match != nil && len(e.Actor) == 3 && e.Actor == strings.ToUpper(e.Actor) {
			countries.Sentence[e.Sent] = append(countries.Sentence[e.Sent], e.Actor)
			countries.Document[e.Actor]++
		}
	}

	// pass 2: money
	for wi, w := range windows {
		base, end := first[wi], first[wi+1]
		ws := sents[base:end]
		if err := text.Lex(ctx, v.Lexer, t.Text, ws); err != nil {
			return err
		}
		wc := money.Countries{Sentence: countries.Sentence[base:end], Document: countries.Document, Zones: f.Zones[base:end]}
		mo, err := v.Money.Scan(ctx, t.Text, ws, wc)
		if err != nil {
			return err
		}
		for _, m := range mo {
			m.Sent += base
			f.Money = append(f.Money, m)
		}
		text.Unlex(ws)
		progress(2, t.Lines[w.To-1].End)
	}

	// between the passes: the document's date and kind, and its dates, over
	// the whole document (timex lexes each sentence as it reads it, so no
	// window's tokens are kept)
	begin(StageTimex)
	if err = v.dates(ctx, t, st, f); err != nil {
		return err
	}
	// Office holders and other dated actors take the meaning that holds on
	// their sentence's date, else on the reference time its paragraph or
	// heading has set, else on the document's own date.
	sentDate := make([]string, len(sents))
	var textDates []string
	for _, x := range f.Timex {
		if x.Citation {
			continue
		}
		if sentDate[x.Sent] == "" {
			sentDate[x.Sent] = x.Value
		}
		textDates = append(textDates, x.Value)
	}
	actor.Redate(f.Entities, func(i int) string {
		switch {
		case sentDate[i] != "":
			return sentDate[i]
		case i < len(f.Contexts) && f.Contexts[i].Para != "":
			return f.Contexts[i].Para
		case i < len(f.Contexts) && f.Contexts[i].Heading != "":
			return f.Contexts[i].Heading
		case f.DCT != nil:
			return f.DCT.Value
		}
		return ""
	}, textDates)

	begin(StageEvents)
	evZones := append([]string(nil), f.Zones...)
	for i, s := range sents {
		if v.Text.ReportsNoEvents(st.Lines[s.Line].Section) {
			evZones[i] = event.ZoneNoEvents
		}
	}
	pairs := pair.NewFinderWith(v.Lexicon, v.Pair).Parts(v.Actor.Nested)
	var carry event.Carry
	ei, mi, xi := 0, 0, 0 // the window's first entity, money figure and date

	// pass 3: events and pairs, each window's findings in sentence numbers
	// of the window while the coder runs
	for wi, w := range windows {
		base, end := first[wi], first[wi+1]
		ws := sents[base:end]
		if err := text.Lex(ctx, v.Lexer, t.Text, ws); err != nil {
			return err
		}
		ents := inWindow(f.Entities, &ei, end, base, func(e *actor.Entity) *int { return &e.Sent })
		mo := inWindow(f.Money, &mi, end, base, func(m *money.Span) *int { return &m.Sent })
		tx := inWindow(f.Timex, &xi, end, base, func(x *timex.Span) *int { return &x.Sent })
		coder := v.Event.Coder(t.Text, ws, evZones[base:end], ents, tx, mo)
		coder.After(carry)
		for {
			sv, done, err := coder.Next(ctx)
			if err != nil {
				return err
			}
			if done {
				break
			}
			if sv == nil {
				continue
			}
			ps, err := pairs.Pairs(ctx, sv)
			if err != nil {
				return err
			}
			for _, p := range ps {
				p.Sent += base
				f.Pairs = append(f.Pairs, p)
			}
		}
		for _, e := range coder.Events() {
			e.Sent += base
			f.Events = append(f.Events, e)
		}
		carry = coder.Carry()
		text.Unlex(ws)
		progress(3, t.Lines[w.To-1].End)
	}
	// a definite, undated event noun that names again an event the
	// document has reported goes (extract/mention)
	begin(StageMentions)
	if f.Events, err = v.Mention.Drop(ctx, t.Text, f.Sentences, f.Events); err != nil {
		return err
	}
	begin(StageEvents) // events dated from their context
	toks := func(i int) []english.Tok { return f.Sentences[i].Tokens(t.Text, v.Lexer) }
	f.Dates = DateEvents(f.Events, f.Contexts, f.Kind, f.DCT, f.Timex, f.Entities, toks, v.Dating)
	return nil
}

// dates finds the document's date and kind, and its dates: the date the
// user gave, else the one its text gives (a dateline, a "Published" line,
// a date line at the top), else its header's; the kind forced, else
// decided from the text (timex's DecideKind). The text is read as narrative
// first (a paper as scholarly), then again as news when it is news.
func (v *Vocabulary) dates(ctx context.Context, t *text.Text, st *text.Structure, f *Findings) error {
	doc := timex.Document{Zones: f.Zones, Kind: timex.Narrative}
	scholarly := hasZone(st, models.ZoneAbstract) || hasZone(st, models.ZoneReferences)
	if scholarly {
		doc.Kind = timex.Scholarly
	}
	doc.DayFirst, doc.OrderKnown = v.Text.DateOrder(t.Text)
	// "Snyder (1984) argues": a year a scholar's verb follows is a
	// citation's in any document (the actor stage's citeverbs)
	doc.CiteVerb = v.Actor.CiteVerb
	for _, m := range f.Money {
		doc.Exclude = append(doc.Exclude, [2]int{m.Start, m.End})
	}
	var err error
	if f.Timex, f.Contexts, err = v.Timex.ScanContext(ctx, t.Text, f.Sentences, doc); err != nil {
		return err
	}
	found, inText := v.Timex.FindDCT(t.Text, f.Sentences, f.Timex)
	switch {
	case f.Given.Date != "":
		f.DCT = &DCT{Value: f.Given.Date, Source: models.DCTUser}
	case inText:
		f.DCT = &DCT{Value: found.Value, Source: models.DCTText}
	default:
		if d := headerDateIn(f.Header, v.Text); d != "" {
			f.DCT = &DCT{Value: d, Source: models.DCTHeader}
		}
	}
	dct := ""
	if f.DCT != nil {
		dct = f.DCT.Value
	}
	switch f.Given.Kind {
	case models.DocNews:
		f.Kind = timex.News
	case models.DocNarrative:
		f.Kind = timex.Narrative
	case models.DocScholarly:
		f.Kind = timex.Scholarly
	default:
		f.Kind = v.Timex.DecideKind(t.Text, f.Sentences, scholarly, dct, inText || found.Dateline, f.Timex)
	}
	if f.Kind == doc.Kind {
		return nil
	}
	doc.Kind, doc.Ref = f.Kind, dct
	f.Timex, f.Contexts, err = v.Timex.ScanContext(ctx, t.Text, f.Sentences, doc)
	return err
}

// inWindow returns copies of the records recs[*i:] of sentences before end
// (recs in sentence order), their sentence numbers (sent) made relative to
// the window's first sentence, base; *i moves past them.
func inWindow[T any](recs []T, i *int, end, base int, sent func(*T) *int) []T {
	var out []T
	for ; *i < len(recs) && *sent(&recs[*i]) < end; *i++ {
		r := recs[*i]
		*sent(&r) -= base
		out = append(out, r)
	}
	return out
}

// headerDateIn is the date a paper's front matter gives it: the date of
// the first label of text's header order (headerorder.txt: publication,
// else issue, else acceptance...) the front matter gives; only a date near
// the top (timex.DCTReach), where a document states its own date: one
// further in is a date it reports, which the front matter's reader may
// take for a header in a text with no headings.
func headerDateIn(h text.Header, tv *text.Vocabulary) string {
	for _, label := range tv.HeaderOrder() {
		for _, d := range h.Dates {
			if d.Label == label && d.Start < timex.DCTReach {
				return d.Value
			}
		}
	}
	return ""
}

func hasZone(st *text.Structure, zone string) bool {
	for _, s := range st.Sections {
		if s.Zone == zone {
			return true
		}
	}
	return false
}

// passShare is the part of a document's time each pass takes: pass 1
// (prose's tagger in the entity stage is most of it) took 0.93 to 0.95 of
// the time on 2 MB of the development sets and of the seed article; money
// (pass 2) is the cheapest of the rest, the dates between the passes are
// counted with it, and events and pairs (pass 3) take the remainder.
var passShare = [...]float64{0.9, 0.04, 0.06}

// Share is the part of the document's text stages done, from 0 to 1, the
// passes weighed by the time they take.
func (p Progress) Share() float64 {
	if p.Total <= 0 || p.Pass < 1 || p.Pass > len(passShare) {
		return 0
	}
	done := 0.0
	for _, w := range passShare[:p.Pass-1] {
		done += w
	}
	return done + passShare[p.Pass-1]*float64(p.Done)/float64(p.Total)
}
