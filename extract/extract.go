package extract

import (
	"context"
	"strings"
	"time"

	"github.com/stratex/stratex/extract/actor"
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
)

// Findings are what the stages found in one document, in byte offsets.
type Findings struct {
	Stage     string                   // the stage running, or the last one that ran
	Took      map[string]time.Duration // wall time of each stage that ran
	Structure *text.Structure
	Sentences []text.Sentence
	Zones     []string // each sentence's zone
	Header    text.Header
	Entities  []actor.Entity
	Money     []money.Span
	Timex     []timex.Span
	Events    []event.Span
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
// window of whole paragraphs at a time, in two passes, and the tokens of a
// window are dropped when a pass leaves it, so that a long document costs
// memory for its findings, not for its tokens and parses. What a stage
// knows beyond its window is computed over the whole document or carried
// from window to window, so the findings are the same whatever the
// window:
//
//   - before the passes, over the whole text: the outline (Structure) and
//     the front matter (Header);
//   - pass 1, per window: sentences and entities;
//   - between the passes, over the whole document: the readings of its
//     entities that depend on all of it (actor.DocumentContext); the state
//     actors it names and how often, for the currency of a bare "rupees";
//     what the date scanner knows of it (its date, day/month order, news
//     or not); the zone of each sentence for the coder;
//   - pass 2, per window: money, dates, events and pairs. A paragraph's
//     reference date (timex) and what the coder and the pair finder
//     remember of a paragraph start afresh at each paragraph, so at a
//     window's start too; the coder's look-back over the document's
//     earlier events is carried (event.Coder.Carry).
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
			opt.Progress(Progress{Pass: pass, Passes: 2, Done: at, Total: len(t.Text)})
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
		ents, err := v.Actor.Entities(ctx, tg, v.Lexer, t.Text, sents, f.Zones[base:], f.Header.AuthorAt)
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
	actor.DocumentContext(f.Entities)
	sents := f.Sentences

	begin(StageMoney)
	countries := money.Countries{Sentence: make([][]string, len(sents)), Document: map[string]int{}}
	for _, e := range f.Entities {
		if e.Match != nil && len(e.Actor) == 3 && e.Actor == strings.ToUpper(e.Actor) {
			countries.Sentence[e.Sent] = append(countries.Sentence[e.Sent], e.Actor)
			countries.Document[e.Actor]++
		}
	}

	begin(StageTimex)
	doc := timex.Document{Ref: documentDate(f.Header)}
	doc.DayFirst, doc.OrderKnown = v.Text.DateOrder(t.Text)
	doc.News = doc.Ref != "" && !hasZone(st, models.ZoneAbstract) && !hasZone(st, models.ZoneReferences)

	begin(StageEvents)
	evZones := append([]string(nil), f.Zones...)
	for i, s := range sents {
		if v.Text.ReportsNoEvents(st.Lines[s.Line].Section) {
			evZones[i] = event.ZoneNoEvents
		}
	}
	pairs := pair.NewFinder(v.Lexicon)
	var carry []event.Span
	ei := 0 // the first entity of the window

	// pass 2: money, dates, events and pairs, each window's findings in
	// sentence numbers of the window while the stages run
	for wi, w := range windows {
		base, end := first[wi], first[wi+1]
		ws := sents[base:end]
		begin(StageMoney)
		if err := text.Lex(ctx, v.Lexer, t.Text, ws); err != nil {
			return err
		}
		wc := money.Countries{Sentence: countries.Sentence[base:end], Document: countries.Document}
		mo, err := v.Money.Scan(ctx, t.Text, ws, wc)
		if err != nil {
			return err
		}

		begin(StageTimex)
		wd := doc
		wd.Zones = f.Zones[base:end]
		wd.Exclude = nil
		for _, m := range mo {
			wd.Exclude = append(wd.Exclude, [2]int{m.Start, m.End})
		}
		tx, err := v.Timex.Scan(ctx, t.Text, ws, wd)
		if err != nil {
			return err
		}

		begin(StageEvents)
		var ents []actor.Entity
		for ; ei < len(f.Entities) && f.Entities[ei].Sent < end; ei++ {
			e := f.Entities[ei]
			e.Sent -= base
			ents = append(ents, e)
		}
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
		for _, m := range mo {
			m.Sent += base
			f.Money = append(f.Money, m)
		}
		for _, x := range tx {
			x.Sent += base
			f.Timex = append(f.Timex, x)
		}
		text.Unlex(ws)
		progress(2, t.Lines[w.To-1].End)
	}
	return nil
}

// documentDate is the date a document gives itself, for relative
// expressions: its publication date, else its issue date, else the first
// date of its front matter.
func documentDate(h text.Header) string {
	for _, label := range []string{"publication", "issue", "acceptance", "received", "submission"} {
		for _, d := range h.Dates {
			if d.Label == label {
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

// passOneShare is the part of a document's time that pass 1 takes (prose's
// tagger in the entity stage is most of it): 0.93 to 0.95 of the two
// passes on 2 MB of the development sets and of the seed article.
const passOneShare = 0.9

// Share is the part of the document's text stages done, from 0 to 1, the
// passes weighed by the time they take.
func (p Progress) Share() float64 {
	if p.Total <= 0 {
		return 0
	}
	f := float64(p.Done) / float64(p.Total)
	if p.Pass == 1 {
		return passOneShare * f
	}
	return passOneShare + (1-passOneShare)*f
}
