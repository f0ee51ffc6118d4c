package report

import (
	"bufio"
	"embed"
	"fmt"
	"math"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/stratex/stratex/models"
)

//go:embed data
var dataFS embed.FS

// table reads an embedded data file: one record a line, tab-separated,
// '#' starts a comment line.
func table(name string) [][]string {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		panic(err) // embedded at build time
	}
	var out [][]string
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, strings.Split(line, "\t"))
	}
	return out
}

const otherColour = "#8a8a8a"

// The geometry of the drawings, in pixels.
const (
	tlWidth = 1160.0
	tlLeft  = 118.0 // lane labels
	tlRight = 16.0
	tlRow   = 8.0 // one row of marks in a lane
	tlRows  = 9   // rows of a lane before marks overlap
	tlAxis  = 28.0
	// binsAcross is the most marks an aggregated lane has across
	binsAcross = 250
	// maxSentence is the most characters of a sentence the page shows
	maxSentence = 600
	// moneyContext is the most characters the money table shows either
	// side of a figure
	moneyContext = 160
	netW         = 740.0
	netH         = 560.0
	netPad       = 40.0
	arrowGap     = 3.0
)

// page is everything the template draws.
type page struct {
	Name       string
	CSP        string
	CSS        any
	JS         any
	Stats      []stat
	Notes      []string
	Failures   []*failure
	Problems   []problemRow
	Categories []category
	Actors     []option
	DocOptions []option
	Timeline   timeline
	Network    network
	Money      moneyView
	Docs       []docRow
	DocsShown  int
	DocsTotal  int
	Aggregated bool
	MaxEvents  int
	Data       jsData
}

type stat struct {
	ID, Label, One string // One: the label of a count of one
	N              int
	Detail         string
}

type problemRow struct {
	Doc          int
	Title        string
	Page         int
	Error        string
	FromDocument bool
}

type category struct {
	Code, Colour string
	N            int
}

type option struct {
	Value, Label string
}

type timeline struct {
	Width, Height float64
	Lanes         []lane
	Ticks         []tick
	Marks         []mark
	Dated         int
	Drawn         int
	BinYears      int // years per mark of an aggregated timeline
	AxisY         float64
	Empty         bool
}

type lane struct {
	Code, Colour string
	Y, H, LabelY float64
	N            int
}

type tick struct {
	X    float64
	Year int
}

type mark struct {
	I                int
	Span, Hollow     bool
	X, Y, W, R       float64
	Colour, Cat, Doc string
	Actors, Title    string
}

type network struct {
	Width, Height float64
	Nodes         []node
	Edges         []edgeView
	Top           []edgeView
	NodesTotal    int
	EdgesTotal    int
	Empty         bool
}

type node struct {
	Code     string
	X, Y, R  float64
	LabelX   float64
	LabelY   float64
	Anchor   string
	Mentions int
	Degree   int
}

type edgeView struct {
	I                  int
	A, B               string
	Directions         []string
	X1, Y1, X2, Y2, SW float64
	Start, End         bool
	N, AB, BA          int
	Relations          string
	Docs               string
	Title              string
}

type moneyView struct {
	Rows       []moneyRow
	Total      int
	Currencies []currencyTotal
	Decades    []string
}

type moneyRow struct {
	Amount, Max, Currency, Text string
	Date, Event, Payer, Payee   string
	Parties                     string
	Doc                         int
	Title                       string
	Before, Figure, After       string
	Actors                      string
}

type currencyTotal struct {
	Currency string
	Cells    []string // by decade, then no year, then all
	N        int
}

type docRow struct {
	I                                     int
	ID, Title, Authors, Source, Format    string
	Pages, Sentences                      int
	Dates                                 []string
	DCT                                   string
	Entities, Timex, Events, Pairs, Money int
	Failed, Known                         bool
	Problems                              int
}

// jsData is what the page's script reads: the evidence behind the marks.
type jsData struct {
	Docs   map[int]string `json:"docs"` // titles of the documents of Sents
	Sents  []jsSent       `json:"sents"`
	Events []jsEv         `json:"events"`
	Bins   [][]int        `json:"bins,omitempty"`
	BinN   []int          `json:"binN,omitempty"`
	Edges  []jsEdge       `json:"edges"`
}

type jsSent struct {
	D   int    `json:"d"`
	S   int    `json:"s"`
	O   int    `json:"o"`
	X   string `json:"x"`
	Sec string `json:"sec,omitempty"`
}

type jsEv struct {
	S     int       `json:"s"`
	Sp    [2]int    `json:"sp"`
	Date  string    `json:"date,omitempty"`
	From  string    `json:"from,omitempty"`
	Type  string    `json:"type"`
	Sub   string    `json:"sub,omitempty"`
	Src   []string  `json:"src"`
	Tgt   []string  `json:"tgt"`
	Trig  string    `json:"trig,omitempty"`
	Mode  string    `json:"mode,omitempty"`
	Money []float64 `json:"money,omitempty"`
}

type jsEdge struct {
	A     string   `json:"a"`
	B     string   `json:"b"`
	N     int      `json:"n"`
	Items []jsPair `json:"items"`
}

type jsPair struct {
	S   int    `json:"s"`
	Sp  [2]int `json:"sp"`
	Rel string `json:"rel,omitempty"`
	Dir int    `json:"dir"`
}

// build lays out the page.
func (r *Run) build(name string) *page {
	p := &page{Name: name, Aggregated: r.aggregated, MaxEvents: MaxEvents, Data: jsData{Docs: map[int]string{}}}
	used := map[int]int{} // Run.sents index -> jsData.Sents index
	sentRef := func(i int) int {
		if j, ok := used[i]; ok {
			return j
		}
		s := r.sents[i]
		p.Data.Docs[s.doc] = docTitle(r.docs[s.doc])
		used[i] = len(p.Data.Sents)
		p.Data.Sents = append(p.Data.Sents, jsSent{D: s.doc, S: s.sent, O: s.start, X: truncate(s.text, maxSentence), Sec: s.section})
		return used[i]
	}
	r.buildSummary(p)
	r.buildFilters(p)
	r.buildTimeline(p, sentRef)
	r.buildNetwork(p, sentRef)
	r.buildMoney(p)
	r.buildDocs(p)
	return p
}

func docTitle(d *document) string {
	switch {
	case d.rec.Title != "":
		return d.rec.Title
	case d.rec.Source != "":
		return filepath.Base(d.rec.Source)
	}
	return "document " + d.rec.Doc
}

func (r *Run) buildSummary(p *page) {
	f := func(k models.Kind) int { return r.files[k].lines }
	pages, failedDocs := 0, 0
	for _, d := range r.docs {
		pages += d.rec.Pages
		if d.failed {
			failedDocs++
		}
	}
	dated := r.eventTotal - r.undated - r.unplaced
	p.Stats = []stat{
		{ID: "documents", Label: "documents", One: "document", N: f(models.KindDocument)},
		{ID: "pages", Label: "pages", One: "page", N: pages, Detail: "in the PDFs"},
		{ID: "sentences", Label: "sentences", One: "sentence", N: f(models.KindSentence)},
		{ID: "entities", Label: "entity mentions", One: "entity mention", N: f(models.KindEntity), Detail: fmt.Sprintf("%s with an actor code", num(r.withActor))},
		{ID: "timex", Label: "dates in the text", One: "date in the text", N: f(models.KindTimex), Detail: fmt.Sprintf("%s of them citation years", num(r.citations))},
		{ID: "events", Label: "events", One: "event", N: f(models.KindEvent), Detail: eventDetail(dated, r.undated, r.unplaced, r.withMode)},
		{ID: "pairs", Label: "actor pairs", One: "actor pair", N: f(models.KindPair), Detail: pairDetail(r.directed, len(r.edges), r.pairsMode)},
		{ID: "money", Label: "money figures", One: "money figure", N: f(models.KindMoney)},
		{ID: "errors", Label: "failures", One: "failure", N: f(models.KindError), Detail: fmt.Sprintf("in %s documents", num(failedDocs))},
	}
	if failedDocs > 0 {
		p.Stats[0].Detail = fmt.Sprintf("and %s that failed", num(failedDocs))
	}
	for i := range p.Stats {
		if p.Stats[i].N == 1 {
			p.Stats[i].Label = p.Stats[i].One
		}
	}
	for _, k := range models.Kinds {
		st := r.files[k]
		if st.missing {
			p.Notes = append(p.Notes, fmt.Sprintf("%s is missing: it counts as empty.", k.File()))
		}
		if st.bad > 0 {
			p.Notes = append(p.Notes, fmt.Sprintf("%s has %s lines that are not records of the output contract; they are left out.", k.File(), num(st.bad)))
		}
	}
	if r.aggregated {
		p.Notes = append(p.Notes, fmt.Sprintf("The run has %s events, more than %s: the timeline draws one mark per category and year (or span of years, on a long axis; an event dated by an interval counts where it starts) and shows up to %d of each mark's sentences; each pair of actors lists up to %d sentences.",
			num(r.eventTotal), num(MaxEvents), binSample, edgeItemsAgg))
	}
	p.Failures = r.failures
	for i, d := range r.docs {
		for _, pp := range d.rec.Problems {
			p.Problems = append(p.Problems, problemRow{Doc: i, Title: docTitle(d), Page: pp.Page, Error: pp.Error})
		}
	}
}

func pairDetail(directed, distinct, withMode int) string {
	s := fmt.Sprintf("%s directed, %s distinct pairs of actors", num(directed), num(distinct))
	if withMode > 0 {
		s += fmt.Sprintf("; %s not asserted (negated, hypothetical), left out of the network", num(withMode))
	}
	return s
}

func eventDetail(dated, undated, unplaced, withMode int) string {
	s := fmt.Sprintf("%s dated, %s undated", num(dated), num(undated))
	if unplaced > 0 {
		s += fmt.Sprintf(", %s with a date off the year line (XXXX-04)", num(unplaced))
	}
	return s + fmt.Sprintf("; %s not asserted", num(withMode))
}

func (r *Run) buildFilters(p *page) {
	colours := map[string]string{}
	var order []string
	for _, row := range table("categories.tsv") {
		if len(row) >= 2 {
			colours[row[0]] = row[1]
			order = append(order, row[0])
		}
	}
	var extra []string
	for c := range r.byCategory {
		if _, ok := colours[c]; !ok {
			extra = append(extra, c)
		}
	}
	sort.Strings(extra)
	for _, c := range append(order, extra...) {
		if r.byCategory[c] == 0 {
			continue
		}
		col := colours[c]
		if col == "" {
			col = otherColour
		}
		p.Categories = append(p.Categories, category{Code: c, Colour: col, N: r.byCategory[c]})
	}
	counts := map[string]int{}
	for a, n := range r.byActor {
		counts[a] = n
	}
	for _, e := range r.edges { // actors of pairs only, after those of events
		counts[e.a] += 0
		counts[e.b] += 0
	}
	actors := rank(counts)
	if len(actors) > maxFilter {
		actors = actors[:maxFilter]
	}
	sort.Strings(actors)
	for _, a := range actors {
		p.Actors = append(p.Actors, option{a, fmt.Sprintf("%s (%s)", a, plural(counts[a], "event"))})
	}
	if len(r.docs) <= maxDocRows {
		for i, d := range r.docs {
			p.DocOptions = append(p.DocOptions, option{strconv.Itoa(i), truncate(docTitle(d), 70) + " · " + d.rec.Doc})
		}
	}
}

// colourOf is the colour of a category.
func (p *page) colourOf(c string) string {
	for _, k := range p.Categories {
		if k.Code == c {
			return k.Colour
		}
	}
	return otherColour
}

func (r *Run) buildNetwork(p *page, sentRef func(int) int) {
	nw := &p.Network
	nw.Width, nw.Height = netW, netH
	all := make([]*edge, 0, len(r.edges))
	degree := map[string]int{}
	for _, e := range r.edges {
		all = append(all, e)
		degree[e.a] += e.n
		degree[e.b] += e.n
	}
	nw.EdgesTotal = len(all)
	nw.NodesTotal = len(degree)
	if len(all) == 0 {
		nw.Empty = true
		return
	}
	byWeight := func(es []*edge) {
		sort.Slice(es, func(i, j int) bool {
			if es[i].n != es[j].n {
				return es[i].n > es[j].n
			}
			if es[i].a != es[j].a {
				return es[i].a < es[j].a
			}
			return es[i].b < es[j].b
		})
	}
	byWeight(all)
	// the busiest actors, then the heaviest pairs among them
	actors := rank(degree)
	if len(actors) > maxNodes {
		actors = actors[:maxNodes]
	}
	keep := map[string]bool{}
	for _, a := range actors {
		keep[a] = true
	}
	var kept []*edge
	for _, e := range all {
		if keep[e.a] && keep[e.b] && len(kept) < maxEdges {
			kept = append(kept, e)
		}
	}
	linked := map[string]bool{}
	for _, e := range kept {
		linked[e.a], linked[e.b] = true, true
	}
	idx := map[string]int{}
	var codes []string
	for _, a := range actors {
		if linked[a] {
			idx[a] = len(codes)
			codes = append(codes, a)
		}
	}
	links := make([]link, len(kept))
	for i, e := range kept {
		links[i] = link{idx[e.a], idx[e.b], float64(e.n)}
	}
	pos := layout(len(codes), links, netW, netH, netPad)
	maxM := 1
	for _, a := range codes {
		maxM = max(maxM, r.mentions[a])
	}
	radii := make([]float64, len(codes))
	for i, a := range codes {
		radii[i] = 4 + 18*math.Sqrt(float64(r.mentions[a])/float64(maxM))
	}
	separate(pos, radii, links, 16, netW, netH, netPad)
	for i, a := range codes {
		rad := radii[i]
		nd := node{Code: a, X: pos[i].x, Y: pos[i].y, R: rad, LabelX: pos[i].x, LabelY: pos[i].y + rad + 11, Anchor: "middle",
			Mentions: r.mentions[a], Degree: degree[a]}
		// a label that would leave the drawing runs inwards from its node
		half := 3.5 * float64(len([]rune(a)))
		switch {
		case nd.X-half < 2:
			nd.LabelX, nd.Anchor = nd.X-rad, "start"
		case nd.X+half > netW-2:
			nd.LabelX, nd.Anchor = nd.X+rad, "end"
		}
		nw.Nodes = append(nw.Nodes, nd)
	}
	maxN := kept[0].n
	for i, e := range kept {
		a, b := nw.Nodes[idx[e.a]], nw.Nodes[idx[e.b]]
		ev := edgeView{I: i, A: e.a, B: e.b, N: e.n, AB: e.ab, BA: e.ba, Relations: relations(e.relations),
			SW: 1 + 6*math.Sqrt(float64(e.n)/float64(maxN)), Start: e.ba > 0, End: e.ab > 0}
		dx, dy := b.X-a.X, b.Y-a.Y
		d := math.Max(math.Hypot(dx, dy), 1e-9)
		ga, gb := a.R+1, b.R+1
		if ev.Start {
			ga += arrowGap
		}
		if ev.End {
			gb += arrowGap
		}
		ev.X1, ev.Y1 = a.X+dx/d*ga, a.Y+dy/d*ga
		ev.X2, ev.Y2 = b.X-dx/d*gb, b.Y-dy/d*gb
		var docs []int
		for dd := range e.docs {
			docs = append(docs, dd)
		}
		sort.Ints(docs)
		if !r.aggregated {
			ds := make([]string, len(docs))
			for k, dd := range docs {
				ds[k] = strconv.Itoa(dd)
			}
			ev.Docs = " " + strings.Join(ds, " ") + " "
		}
		var dirs []string
		if e.ab > 0 {
			dirs = append(dirs, fmt.Sprintf("%s→%s %s", e.a, e.b, num(e.ab)))
		}
		if e.ba > 0 {
			dirs = append(dirs, fmt.Sprintf("%s→%s %s", e.b, e.a, num(e.ba)))
		}
		ev.Directions = dirs
		ev.Title = fmt.Sprintf("%s – %s: %s sentences", e.a, e.b, num(e.n))
		if len(dirs) > 0 {
			ev.Title += " (directed: " + strings.Join(dirs, ", ") + ")"
		}
		nw.Edges = append(nw.Edges, ev)
		je := jsEdge{A: e.a, B: e.b, N: e.n}
		for _, it := range e.items {
			je.Items = append(je.Items, jsPair{S: sentRef(it.sent), Sp: it.span, Rel: it.relation, Dir: it.dir})
		}
		p.Data.Edges = append(p.Data.Edges, je)
	}
	nw.Top = nw.Edges[:min(topPairs, len(nw.Edges))]
}

// relations lists the commonest relation words of a pair.
func relations(m map[string]int) string {
	var out []string
	for i, k := range rank(m) {
		if i == 2 {
			out = append(out, "…")
			break
		}
		out = append(out, fmt.Sprintf("%s %d", k, m[k]))
	}
	return strings.Join(out, ", ")
}

func (r *Run) buildMoney(p *page) {
	mv := &p.Money
	mv.Total = r.moneyTotal
	payers := map[string]string{}
	for _, row := range table("payers.tsv") {
		if len(row) >= 2 {
			payers[row[0]] = row[1]
		}
	}
	totals := map[string]map[string]float64{}
	counts := map[string]int{}
	decades := map[string]bool{}
	for _, f := range r.money {
		cur := f.rec.Currency
		if cur == "" {
			cur = "?"
		}
		dec := "no year"
		if per, ok := parsePeriod(f.date); ok {
			dec = strconv.Itoa(yearOf(per.from)/10*10) + "s"
			decades[dec] = true
		}
		if totals[cur] == nil {
			totals[cur] = map[string]float64{}
		}
		totals[cur][dec] += f.rec.Amount
		totals[cur]["all"] += f.rec.Amount
		counts[cur]++
		if len(mv.Rows) >= maxMoneyRows {
			continue
		}
		s := r.sents[f.sent]
		row := moneyRow{Amount: amount(f.rec.Amount), Currency: cur, Text: f.rec.Text, Date: f.date, Doc: f.doc, Title: docTitle(r.docs[f.doc])}
		if f.rec.AmountMax != nil {
			row.Max = amount(*f.rec.AmountMax)
		}
		row.Before, row.Figure, row.After = cut(s.text, f.rec.Span[0]-s.start, f.rec.Span[1]-s.start)
		row.Before, row.Figure, row.After = tail(row.Before, moneyContext), truncate(row.Figure, moneyContext), truncate(row.After, moneyContext)
		if ev := f.event; ev != nil {
			row.Event = ev.typ
			if ev.subtype != "" {
				row.Event += " (" + ev.subtype + ")"
			}
			if ev.trigger != "" {
				row.Event += " “" + ev.trigger + "”"
			}
			src, tgt := strings.Join(ev.source, "+"), strings.Join(ev.target, "+")
			row.Parties = strings.TrimPrefix(parties(ev), " · ")
			switch payers[ev.subtype] {
			case "source":
				row.Payer, row.Payee = src, tgt
			case "target":
				row.Payer, row.Payee = tgt, src
			}
			row.Actors = " " + strings.Join(ev.actors(), " ") + " "
		}
		mv.Rows = append(mv.Rows, row)
	}
	var decs []string
	for d := range decades {
		decs = append(decs, d)
	}
	sort.Strings(decs)
	mv.Decades = append(decs, "no year", "all")
	curs := rank(counts)
	for _, c := range curs {
		ct := currencyTotal{Currency: c, N: counts[c]}
		for _, d := range mv.Decades {
			v, ok := totals[c][d]
			if !ok {
				ct.Cells = append(ct.Cells, "")
				continue
			}
			ct.Cells = append(ct.Cells, short(v))
		}
		mv.Currencies = append(mv.Currencies, ct)
	}
}

// cut splits text at two code point offsets; offsets outside it give the
// whole text before.
func cut(text string, a, b int) (before, mid, after string) {
	rs := []rune(text)
	if a < 0 || b > len(rs) || a > b {
		return text, "", ""
	}
	return string(rs[:a]), string(rs[a:b]), string(rs[b:])
}

func (r *Run) buildDocs(p *page) {
	p.DocsTotal = len(r.docs)
	for i, d := range r.docs {
		if i == maxDocRows {
			break
		}
		row := docRow{I: i, ID: d.rec.Doc, Title: docTitle(d), Authors: strings.Join(d.rec.Authors, "; "), Source: d.rec.Source,
			Format: d.rec.Format, Pages: d.rec.Pages, Sentences: d.sents, Entities: d.entities, Timex: d.timex, Events: d.events,
			Pairs: d.pairs, Money: d.money, Failed: d.failed, Known: d.known, Problems: len(d.rec.Problems)}
		for _, hd := range d.rec.Dates {
			row.Dates = append(row.Dates, strings.TrimSpace(hd.Label+" "+hd.Value))
		}
		if d.rec.DCT != nil && d.rec.DCT.Value != "" {
			row.DCT = d.rec.DCT.Value
			if d.rec.DCT.Source != "" {
				row.DCT += " (" + d.rec.DCT.Source + ")"
			}
		}
		p.Docs = append(p.Docs, row)
	}
	p.DocsShown = len(p.Docs)
}

// rank lists the keys of m, the largest count first, ties in the order of
// the keys.
func rank(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	return keys
}

// plural writes a count of things: 1 event, 2 events.
func plural(n int, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	return num(n) + " " + thing + "s"
}

// num writes n with thin separators of thousands.
func num(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// amount writes a money amount in full.
func amount(v float64) string {
	if v == math.Trunc(v) && math.Abs(v) < 1e15 {
		return num(int(v))
	}
	return strconv.FormatFloat(v, 'f', 2, 64)
}

// short writes a total with a scale word: 4.02 bn, 160 m, 53,000.
func short(v float64) string {
	switch a := math.Abs(v); {
	case a >= 1e12:
		return trim(v/1e12) + " tn"
	case a >= 1e9:
		return trim(v/1e9) + " bn"
	case a >= 1e6:
		return trim(v/1e6) + " m"
	}
	return amount(math.Round(v))
}

func trim(v float64) string {
	s := strconv.FormatFloat(v, 'f', 2, 64)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

// tail keeps the last n runes of s.
func tail(s string, n int) string {
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	return "…" + string(rs[len(rs)-n+1:])
}

// truncate keeps the first n runes of s.
func truncate(s string, n int) string {
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	return string(rs[:n-1]) + "…"
}
