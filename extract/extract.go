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
	countries := money.Countries{Sentence: make([][]string, len(sents)), Document: map[string]int{}, Zones: f.Zones}
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
	if err = v.dates(ctx, t, st, f); err != nil {
		return err
	}
	// Office holders and other dated actors take the meaning that holds on
	// their sentence's date, else on the reference time its paragraph or
	// heading has set, else on the document's own date.
	sentDate := make([]string, len(sents))
	for _, x := range f.Timex {
		if !x.Citation && sentDate[x.Sent] == "" {
			sentDate[x.Sent] = x.Value
		}
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
	f.Dates = DateEvents(f.Events, f.Contexts, f.Kind, f.DCT, f.Timex)
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
		if d := headerDate(f.Header); d != "" {
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

// headerDate is the date a paper's front matter gives it: its
// publication date, else its issue date, else the first date of its front
// matter; only a date near the top (timex.DCTReach), where a document
// states its own date: one further in is a date it reports, which the
// front matter's reader may take for a header in a text with no headings.
func headerDate(h text.Header) string {
	for _, label := range []string{"publication", "issue", "acceptance", "received", "submission"} {
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
