package models

// SchemaVersion is the version of the output contract written into every
// document record.
const SchemaVersion = 1

// Span is a half-open [start, end) range of Unicode code points into a
// document's clean text.
type Span [2]int

// Kind names one record kind and the JSON Lines file it is written to.
type Kind string

// The record kinds, in the order their files are listed.
const (
	KindDocument Kind = "documents"
	KindSentence Kind = "sentences"
	KindEntity   Kind = "entities"
	KindTimex    Kind = "timex"
	KindMoney    Kind = "money"
	KindEvent    Kind = "events"
	KindPair     Kind = "pairs"
	KindError    Kind = "errors"
)

// Kinds lists every record kind; a run writes one file for each, empty or not.
var Kinds = []Kind{KindDocument, KindSentence, KindEntity, KindTimex, KindMoney, KindEvent, KindPair, KindError}

// File is the name of the file that holds records of kind k.
func (k Kind) File() string { return string(k) + ".jsonl" }

// Document describes one document: one content, read from one or more
// input files. Inputs with identical bytes are one document (one id, one
// set of records) whose Sources lists every path, sorted as the manifest
// sorts paths, and whose Source is the first of them.
type Document struct {
	Doc       string        `json:"doc"`
	Source    string        `json:"source" desc:"the first path of sources"`
	Sources   []string      `json:"sources" desc:"every input path with these bytes, sorted as the manifest sorts paths: identical files are one document"`
	SHA256    string        `json:"sha256"`
	Format    string        `json:"format"` // "pdf" or "text"
	Encoding  string        `json:"encoding,omitempty" desc:"of a text file: utf-8 when its bytes are valid UTF-8, else windows-1252; absent for a PDF"`
	Title     string        `json:"title"`
	Authors   []string      `json:"authors"`
	Pages     int           `json:"pages"`
	Chars     int           `json:"chars"`
	Sentences int           `json:"sentences"`
	Sections  []Section     `json:"sections"`
	Dates     []HeaderDate  `json:"dates"`
	DCT       *DCT          `json:"dct" desc:"the document's own date, from its text (a dateline, a Published or Updated line, a date line at the top), the user (-doc-dates, a manifest's date column) or its header dates; null when none"`
	Kind      string        `json:"kind" enum:"news,narrative,scholarly" desc:"how relative dates and undated events were anchored: news to the document's date, narrative and scholarly text to the reference time the text sets"`
	Skipped   []PageProblem `json:"page_problems,omitempty"`
	Schema    int           `json:"schema"`
}

// Encodings of a text file: UTF-8 when its bytes are valid UTF-8, else
// Windows-1252.
const (
	UTF8        = "utf-8"
	Windows1252 = "windows-1252"
)

// DCT is a document's own date (document creation time): its
// publication date, which news anchors its relative dates to.
type DCT struct {
	Value  string `json:"value" desc:"ISO date: YYYY-MM-DD, YYYY-MM or YYYY; XXXX-MM-DD for a wire dateline without its year"`
	Source string `json:"source" enum:"text,user,header" desc:"text: found in the text; user: given with -doc-dates or a manifest; header: a paper's publication or issue date"`
}

// Sources of a document's date.
const (
	DCTText   = "text"
	DCTUser   = "user"
	DCTHeader = "header"
)

// Kinds of document, as dates and events are anchored.
const (
	DocNews      = "news"
	DocNarrative = "narrative"
	DocScholarly = "scholarly"
)

// Section is a titled stretch of the clean text.
type Section struct {
	Title string `json:"title"`
	Zone  string `json:"zone"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// HeaderDate is a date the document states about itself (submission,
// acceptance, publication, issue).
type HeaderDate struct {
	Label     string `json:"label"`
	Value     string `json:"value"`
	Text      string `json:"text"`
	Span      Span   `json:"span"`
	Ambiguous bool   `json:"ambiguous,omitempty"`
}

// PageProblem records a page that could not be read; the rest of the
// document still comes through.
type PageProblem struct {
	Page  int    `json:"page"`
	Error string `json:"error"`
}

// Zones of a document.
const (
	ZoneHeader     = "header"
	ZoneAbstract   = "abstract"
	ZoneBody       = "body"
	ZoneReferences = "references"
)

// Sentence is one sentence (or heading) of the clean text.
type Sentence struct {
	Doc     string `json:"doc"`
	Sent    int    `json:"sent"`
	Span    Span   `json:"span"`
	Text    string `json:"text"`
	Section string `json:"section"`
	Zone    string `json:"zone"`
	Heading bool   `json:"heading,omitempty"`
	Page    int    `json:"page,omitempty"`
}

// Entity is one named-entity mention.
type Entity struct {
	Doc    string  `json:"doc"`
	Sent   int     `json:"sent"`
	Span   Span    `json:"span"`
	Text   string  `json:"text"`
	Label  string  `json:"label"`
	Actor  *string `json:"actor"`
	Sector string  `json:"sector,omitempty" desc:"the actor's sector, as CAMEO and PLOVER code it: GOV, MIL, REB, OPP, COP, JUD, LEG, BUS, MED, CVL, ELI, ... ('Nepalese workers': NPL, LAB; an office holder: GOV in office, ELI out of it); absent for a state or a mention with no sector"`
	Rule   string  `json:"rule"`
}

// Timex is one temporal expression.
type Timex struct {
	Doc       string `json:"doc"`
	Sent      int    `json:"sent"`
	Span      Span   `json:"span"`
	Text      string `json:"text"`
	Value     string `json:"value"`
	Type      string `json:"type"`
	Citation  bool   `json:"citation"`
	Ambiguous bool   `json:"ambiguous,omitempty"`
	Anchor    string `json:"anchor,omitempty" enum:"dct,narrative" desc:"what a value written without its year, month or day took them from: dct, the document's date; narrative, the reference time the text had set; absent when the expression needed none"`
	Mod       string `json:"mod,omitempty" enum:"START,MID,END,APPROX,BEFORE,AFTER" desc:"a part of the period or a qualifier the text gives (early, mid, late, about): TIMEX3's mod"`
	Rule      string `json:"rule"`
}

// Anchors of a temporal value.
const (
	AnchorDCT       = "dct"
	AnchorNarrative = "narrative"
)

// Money is one money figure.
type Money struct {
	Doc       string   `json:"doc"`
	Sent      int      `json:"sent"`
	Span      Span     `json:"span"`
	Text      string   `json:"text"`
	Amount    float64  `json:"amount"`
	AmountMax *float64 `json:"amount_max,omitempty"`
	Currency  string   `json:"currency"`
	Basis     string   `json:"basis,omitempty"`
	Rule      string   `json:"rule"`
}

// Event is one event the text reports.
type Event struct {
	Doc      string    `json:"doc"`
	Sent     int       `json:"sent"`
	Span     Span      `json:"span"`
	Text     string    `json:"text"`
	Date     *string   `json:"date"`
	DateFrom *string   `json:"date_from" enum:"sentence,context,dct" desc:"where the date came from: sentence, a date of the event's own sentence; context, the reference time of its paragraph or the date of its heading; dct, the document's date (news only); null when undated"`
	DateMod  string    `json:"date_mod,omitempty" enum:"START" desc:"START when the date is the start of an act that runs on from it, a since-date (has imposed sanctions on Cuba since 1991: 1991), not the whole act's time; absent otherwise"`
	Type     string    `json:"type"`
	Subtype  string    `json:"subtype"`
	Source   []string  `json:"source"`
	Target   []string  `json:"target"`
	Trigger  string    `json:"trigger"`
	Money    []float64 `json:"money"`
	Modality string    `json:"mode,omitempty"` // PLOVER's mode: absent when asserted; negated, hypothetical
	Main     bool      `json:"main"`           // the sentence's principal event, as news event coders take one per sentence
	Rule     string    `json:"rule"`
}

// Sources of an event's date.
const (
	DateFromSentence = "sentence"
	DateFromContext  = "context"
	DateFromDCT      = "dct"
)

// Pair is one actor pair a sentence relates.
type Pair struct {
	Doc      string `json:"doc"`
	Sent     int    `json:"sent"`
	Span     Span   `json:"span"`
	Text     string `json:"text"`
	A        string `json:"a"`
	B        string `json:"b"`
	Directed bool   `json:"directed"`
	Relation string `json:"relation"`
	Modality string `json:"mode,omitempty"` // the mode of the event that states the pair: absent when asserted; negated, hypothetical
	Rule     string `json:"rule"`
}

// Error records an input, or a page of one, that failed. Page is 0 for
// the whole input.
type Error struct {
	Doc    string `json:"doc"`
	Source string `json:"source"`
	Stage  string `json:"stage"`
	Error  string `json:"error"`
	Page   int    `json:"page,omitempty"`
}

// Result holds every record one document produced.
type Result struct {
	Document  *Document
	Sentences []Sentence
	Entities  []Entity
	Timex     []Timex
	Money     []Money
	Events    []Event
	Pairs     []Pair
	Errors    []Error
}

// Failed reports a document that failed as a whole: it has no document
// record, or it has an error record for the whole document rather than
// for one page (a PDF that gave no text: its document record is written,
// its content is lost). A run with such a document ends with exit 3.
func (r *Result) Failed() bool {
	if r.Document == nil {
		return true
	}
	for _, e := range r.Errors {
		if e.Page == 0 {
			return true
		}
	}
	return false
}

// Each calls fn for every record of r, kind by kind in the order of Kinds,
// records in document order. It stops at the first error fn returns.
func (r *Result) Each(fn func(Kind, any) error) error {
	if r.Document != nil {
		if err := fn(KindDocument, r.Document); err != nil {
			return err
		}
	}
	if err := each(KindSentence, r.Sentences, fn); err != nil {
		return err
	}
	if err := each(KindEntity, r.Entities, fn); err != nil {
		return err
	}
	if err := each(KindTimex, r.Timex, fn); err != nil {
		return err
	}
	if err := each(KindMoney, r.Money, fn); err != nil {
		return err
	}
	if err := each(KindEvent, r.Events, fn); err != nil {
		return err
	}
	if err := each(KindPair, r.Pairs, fn); err != nil {
		return err
	}
	return each(KindError, r.Errors, fn)
}

func each[T any](k Kind, recs []T, fn func(Kind, any) error) error {
	for i := range recs {
		if err := fn(k, &recs[i]); err != nil {
			return err
		}
	}
	return nil
}

// Prototype returns a zero record of kind k, for schema generation.
func Prototype(k Kind) any {
	switch k {
	case KindDocument:
		return Document{}
	case KindSentence:
		return Sentence{}
	case KindEntity:
		return Entity{}
	case KindTimex:
		return Timex{}
	case KindMoney:
		return Money{}
	case KindEvent:
		return Event{}
	case KindPair:
		return Pair{}
	case KindError:
		return Error{}
	}
	return nil
}
