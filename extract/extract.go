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

// Run runs every stage over a document's clean text, in order, and fills
// f as it goes: f.Stage names the stage running, so that a caller that
// recovers a panic can say where. An error (the context's, when it ends)
// leaves f with what the stages before found.
func (v *Vocabulary) Run(ctx context.Context, tg *actor.Tagger, t *text.Text, f *Findings) error {
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
	begin(StageStructure)
	if f.Structure, err = v.Text.Structure(ctx, t); err != nil {
		return err
	}
	st := f.Structure

	begin(StageSentences)
	if f.Sentences, err = v.Text.Sentences(ctx, t, st, v.Lexer); err != nil {
		return err
	}
	sents := f.Sentences

	begin(StageHeader)
	if f.Header, err = v.Text.Header(ctx, t, st, v.Actor.NamesPlace); err != nil {
		return err
	}

	begin(StageEntities)
	f.Zones = make([]string, len(sents))
	for i, s := range sents {
		f.Zones[i] = st.Lines[s.Line].Zone
	}
	if f.Entities, err = v.Actor.Entities(ctx, tg, v.Lexer, t.Text, sents, f.Zones, f.Header.AuthorAt); err != nil {
		return err
	}

	begin(StageMoney)
	countries := money.Countries{Sentence: make([][]string, len(sents)), Document: map[string]int{}}
	for _, e := range f.Entities {
		if e.Match != nil && len(e.Actor) == 3 && e.Actor == strings.ToUpper(e.Actor) {
			countries.Sentence[e.Sent] = append(countries.Sentence[e.Sent], e.Actor)
			countries.Document[e.Actor]++
		}
	}
	if f.Money, err = v.Money.Scan(ctx, t.Text, sents, countries); err != nil {
		return err
	}

	begin(StageTimex)
	doc := timex.Document{Zones: f.Zones, Ref: documentDate(f.Header)}
	doc.DayFirst, doc.OrderKnown = v.Text.DateOrder(t.Text)
	doc.News = doc.Ref != "" && !hasZone(st, models.ZoneAbstract) && !hasZone(st, models.ZoneReferences)
	for _, m := range f.Money {
		doc.Exclude = append(doc.Exclude, [2]int{m.Start, m.End})
	}
	if f.Timex, err = v.Timex.Scan(ctx, t.Text, sents, doc); err != nil {
		return err
	}
	// Office holders and other dated actors take the meaning that holds on
	// their sentence's date, else on the document's.
	sentDate := make([]string, len(sents))
	for _, x := range f.Timex {
		if !x.Citation && sentDate[x.Sent] == "" {
			sentDate[x.Sent] = x.Value
		}
	}
	actor.Redate(f.Entities, func(i int) string {
		if sentDate[i] != "" {
			return sentDate[i]
		}
		return doc.Ref
	})

	begin(StageEvents)
	evZones := append([]string(nil), f.Zones...)
	for i, s := range sents {
		if v.Text.ReportsNoEvents(st.Lines[s.Line].Section) {
			evZones[i] = event.ZoneNoEvents
		}
	}
	coder := v.Event.Coder(t.Text, sents, evZones, f.Entities, f.Timex, f.Money)
	pairs := pair.NewFinder(v.Lexicon)
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
		f.Pairs = append(f.Pairs, ps...)
	}
	f.Events = coder.Events()
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
