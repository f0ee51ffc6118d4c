package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stratex/stratex/models"
)

func TestParsePeriod(t *testing.T) {
	tests := []struct {
		name, value string
		from, to    float64
		span        bool
	}{
		{"year", "1954", 1954, 1955, false},
		{"month", "1965-01", 1965, 1965 + 1.0/12, false},
		{"day", "2022-08-20", 2022 + 7.0/12 + 19.0/372, 2022 + 7.0/12 + 20.0/372, false},
		{"date with a time", "2001-09-11T08:46", 2001 + 8.0/12 + 10.0/372, 2001 + 8.0/12 + 11.0/372, false},
		{"decade", "196X", 1960, 1970, true},
		{"century", "18XX", 1800, 1900, true},
		{"interval of years", "1983/1990", 1983, 1991, true},
		{"interval of months", "1965-01/1965-04", 1965, 1965 + 4.0/12, true},
		{"interval of decades", "195X/196X", 1950, 1970, true},
		{"season", "1916-SP", 1916 + 2.0/12, 1916 + 5.0/12, false},
		{"winter runs into the next year", "1941-WI", 1941 + 11.0/12, 1942 + 2.0/12, false},
		{"quarter", "2003-Q2", 2003.25, 2003.5, false},
		{"half", "1999-H2", 1999.5, 2000, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, ok := parsePeriod(tt.value)
			if !ok {
				t.Fatalf("parsePeriod(%q) not placed", tt.value)
			}
			if math.Abs(p.from-tt.from) > 1e-9 || math.Abs(p.to-tt.to) > 1e-9 || p.span != tt.span {
				t.Errorf("parsePeriod(%q) = [%v, %v) span %v, want [%v, %v) span %v", tt.value, p.from, p.to, p.span, tt.from, tt.to, tt.span)
			}
		})
	}
	for _, v := range []string{"", "19", "XXXX-04", "XXXX", "PRESENT_REF", "1990/1983", "1965-13", "1965-02-40", "1965-SX", "1965-Q5", "abcd", "1983/"} {
		if p, ok := parsePeriod(v); ok {
			t.Errorf("parsePeriod(%q) = %+v, want no place on the year line", v, p)
		}
	}
}

// run is a run folder for a test: records by kind.
type run map[models.Kind][]any

// write writes the records as the JSON Lines files of a run folder; a kind
// with no entry gets an empty file, unless missing names it.
func (r run) write(t testing.TB, missing ...models.Kind) string {
	t.Helper()
	dir := t.TempDir()
	for _, k := range models.Kinds {
		if slices.Contains(missing, k) {
			continue
		}
		var b bytes.Buffer
		for _, rec := range r[k] {
			if s, ok := rec.(string); ok { // a raw line
				b.WriteString(s + "\n")
				continue
			}
			line, err := json.Marshal(rec)
			if err != nil {
				t.Fatal(err)
			}
			b.Write(append(line, '\n'))
		}
		if err := os.WriteFile(filepath.Join(dir, k.File()), b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func render(t testing.TB, dir string) string {
	t.Helper()
	r, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := r.Write(&b, "test-run"); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func ptr[T any](v T) *T { return &v }

// small is a run of two documents from two different texts.
func small() run {
	return run{
		models.KindDocument: {
			map[string]any{"doc": "d1", "source": "a.txt", "format": "text", "title": "Arms and Aid in the Gulf", "authors": []string{"A. Author"}, "pages": 0, "sentences": 3,
				"dates": []map[string]any{{"label": "publication", "value": "2020-05-01", "text": "1 May 2020"}}},
			map[string]any{"doc": "d2", "source": "b.pdf", "format": "pdf", "title": "Loans to Kenya", "pages": 4, "sentences": 2,
				"dct": map[string]any{"value": "2019-03-02", "source": "header"}},
		},
		models.KindSentence: {
			models.Sentence{Doc: "d1", Sent: 0, Span: models.Span{0, 62}, Text: "In 1991, Britain sold tanks to Kuwait worth $200 million.", Section: "Trade", Zone: "body"},
			models.Sentence{Doc: "d1", Sent: 1, Span: models.Span{63, 120}, Text: "From 1983 to 1990 the US gave aid to Iraq.", Section: "Trade", Zone: "body"},
			models.Sentence{Doc: "d1", Sent: 2, Span: models.Span{121, 160}, Text: "Kuwait later protested.", Section: "Trade", Zone: "body"},
			models.Sentence{Doc: "d2", Sent: 0, Span: models.Span{0, 60}, Text: "China lent Kenya 3 billion yuan for a railway in the 2010s.", Section: "", Zone: "body"},
			models.Sentence{Doc: "d2", Sent: 1, Span: models.Span{61, 90}, Text: "Kenya did not default.", Section: "", Zone: "body"},
		},
		models.KindEntity: {
			models.Entity{Doc: "d1", Sent: 0, Text: "Britain", Label: "GPE", Actor: ptr("GBR")},
			models.Entity{Doc: "d1", Sent: 0, Text: "Kuwait", Label: "GPE", Actor: ptr("KWT")},
			models.Entity{Doc: "d1", Sent: 2, Text: "Kuwait", Label: "GPE", Actor: ptr("KWT")},
			models.Entity{Doc: "d2", Sent: 0, Text: "China", Label: "GPE", Actor: ptr("CHN")},
			models.Entity{Doc: "d2", Sent: 0, Text: "Kenya", Label: "GPE", Actor: ptr("KEN")},
			models.Entity{Doc: "d2", Sent: 0, Text: "railway", Label: "FAC"},
		},
		models.KindTimex: {
			models.Timex{Doc: "d1", Sent: 0, Value: "1991", Type: "DATE"},
			models.Timex{Doc: "d2", Sent: 0, Value: "201X", Type: "DECADE"},
		},
		models.KindMoney: {
			models.Money{Doc: "d1", Sent: 0, Span: models.Span{44, 56}, Text: "$200 million", Amount: 200e6, Currency: "USD"},
			models.Money{Doc: "d2", Sent: 0, Span: models.Span{17, 31}, Text: "3 billion yuan", Amount: 3e9, Currency: "CNY"},
		},
		models.KindEvent: {
			map[string]any{"doc": "d1", "sent": 0, "span": []int{0, 62}, "text": "In 1991, Britain sold tanks to Kuwait worth $200 million.", "date": "1991", "date_from": "sentence",
				"type": "COOPERATE", "subtype": "arms_sale", "source": []string{"GBR"}, "target": []string{"KWT"}, "trigger": "sold", "money": []float64{200e6}},
			map[string]any{"doc": "d1", "sent": 1, "span": []int{63, 120}, "text": "From 1983 to 1990 the US gave aid to Iraq.", "date": "1983/1990",
				"type": "AID", "subtype": "aid", "source": []string{"USA"}, "target": []string{"IRQ"}, "trigger": "gave", "money": []float64{}},
			map[string]any{"doc": "d1", "sent": 2, "span": []int{121, 160}, "text": "Kuwait later protested.", "date": nil,
				"type": "PROTEST", "subtype": "protest", "source": []string{"KWT"}, "target": []string{}, "trigger": "protested"},
			map[string]any{"doc": "d2", "sent": 0, "span": []int{0, 60}, "text": "China lent Kenya 3 billion yuan for a railway in the 2010s.", "date": "201X", "date_from": "sentence",
				"type": "AID", "subtype": "economic_aid", "source": []string{"CHN"}, "target": []string{"KEN"}, "trigger": "lent", "money": []float64{3e9}},
			map[string]any{"doc": "d2", "sent": 1, "span": []int{61, 90}, "text": "Kenya did not default.", "date": "2019-03-02", "date_from": "dct", "mode": "negated",
				"type": "REJECT", "subtype": "default", "source": []string{"KEN"}, "target": []string{}, "trigger": "default"},
		},
		models.KindPair: {
			models.Pair{Doc: "d1", Sent: 0, Span: models.Span{0, 62}, Text: "In 1991, Britain sold tanks to Kuwait worth $200 million.", A: "GBR", B: "KWT", Directed: true, Relation: "arms_sale"},
			models.Pair{Doc: "d1", Sent: 1, Span: models.Span{63, 120}, Text: "From 1983 to 1990 the US gave aid to Iraq.", A: "USA", B: "IRQ", Directed: true, Relation: "aid"},
			models.Pair{Doc: "d2", Sent: 0, Span: models.Span{0, 60}, Text: "China lent Kenya 3 billion yuan for a railway in the 2010s.", A: "KEN", B: "CHN", Directed: false, Relation: "loan"},
		},
		models.KindError: {
			models.Error{Doc: "d3", Source: "c.pdf", Stage: "pdf", Error: "read c.pdf: not a PDF"},
			models.Error{Doc: "d4", Source: "e.pdf", Stage: "pdf", Error: "read e.pdf: not a PDF"},
		},
	}
}

// count returns the number after id="n-KIND" in the summary.
func count(t *testing.T, html, kind string) string {
	t.Helper()
	m := regexp.MustCompile(`id="n-` + kind + `">([0-9,]+)<`).FindStringSubmatch(html)
	if m == nil {
		t.Fatalf("no count of %s in the summary", kind)
	}
	return m[1]
}

func TestSummaryCountsEveryFile(t *testing.T) {
	html := render(t, small().write(t))
	for kind, want := range map[string]string{"documents": "2", "pages": "4", "sentences": "5", "entities": "6", "timex": "2",
		"events": "5", "pairs": "3", "money": "2", "errors": "2"} {
		if got := count(t, html, kind); got != want {
			t.Errorf("summary counts %s %s, want %s", got, kind, want)
		}
	}
	for _, want := range []string{
		"4 dated, 1 undated", // the protest has no date
		"1 not asserted",     // the default that did not happen
		"5 with an actor code",
		"read FILE: not a PDF</td><td class=\"r\">2</td>", // one reason for both failures
	} {
		if !strings.Contains(html, want) {
			t.Errorf("page lacks %q", want)
		}
	}
}

func TestTimelineDrawsDatedEventsOnly(t *testing.T) {
	html := render(t, small().write(t))
	marks := regexp.MustCompile(`<(circle|rect) class="m( h)?" data-i="(\d+)"`).FindAllStringSubmatch(html, -1)
	if len(marks) != 4 {
		t.Fatalf("%d marks, want 4 (5 events, 1 undated)", len(marks))
	}
	shapes := map[string]string{}
	for _, m := range marks {
		shapes[m[3]] = m[1] + m[2]
	}
	// events in file order: 0 a year, 1 an interval, 2 undated, 3 a decade, 4 negated
	want := map[string]string{"0": "circle", "1": "rect", "3": "rect", "4": "circle h"}
	for i, s := range want {
		if shapes[i] != s {
			t.Errorf("event %s drawn as %q, want %q", i, shapes[i], s)
		}
	}
	// the interval 1983/1990 is eight years wide on an axis of 1980-2020
	m := regexp.MustCompile(`data-i="1"[^>]*x="([0-9.]+)"[^>]*width="([0-9.]+)"`).FindStringSubmatch(html)
	if m == nil {
		t.Fatal("no bar for the interval")
	}
	var w float64
	fmt.Sscan(m[2], &w)
	perYear := (tlWidth - tlLeft - tlRight) / 40
	if math.Abs(w-8*perYear) > 0.2 {
		t.Errorf("interval width %v, want %v", w, 8*perYear)
	}
}

func TestEvidenceCarriesDateFromAndMode(t *testing.T) {
	r, err := Load(small().write(t))
	if err != nil {
		t.Fatal(err)
	}
	p := r.build("x")
	got := p.Data.Events
	if len(got) != 5 {
		t.Fatalf("%d events in the data, want 5", len(got))
	}
	if got[0].From != "sentence" || got[1].From != "" || got[4].From != "dct" || got[4].Mode != "negated" {
		t.Errorf("date_from and mode: %+v", got)
	}
	s := p.Data.Sents[got[0].S]
	if s.X != "In 1991, Britain sold tanks to Kuwait worth $200 million." || s.Sec != "Trade" || p.Data.Docs[s.D] != "Arms and Aid in the Gulf" {
		t.Errorf("evidence of event 0: %+v", s)
	}
}

func TestMoneyPayerPayeeAndTotals(t *testing.T) {
	r, err := Load(small().write(t))
	if err != nil {
		t.Fatal(err)
	}
	p := r.build("x")
	rows := p.Money.Rows
	if len(rows) != 2 {
		t.Fatalf("%d money rows, want 2", len(rows))
	}
	// a sale: the buyer (the target) pays; a loan (economic aid): the lender pays
	if rows[0].Payer != "KWT" || rows[0].Payee != "GBR" || rows[0].Date != "1991" || rows[0].Figure != "$200 million" {
		t.Errorf("row 0: %+v", rows[0])
	}
	if rows[1].Payer != "CHN" || rows[1].Payee != "KEN" || rows[1].Date != "201X" || rows[1].Figure != "3 billion yuan" {
		t.Errorf("row 1: %+v", rows[1])
	}
	if strings.Join(p.Money.Decades, ",") != "1990s,2010s,no year,all" {
		t.Errorf("decades %v", p.Money.Decades)
	}
	got := map[string][]string{}
	for _, c := range p.Money.Currencies {
		got[c.Currency] = c.Cells
	}
	if strings.Join(got["USD"], "|") != "200 m|||200 m" || strings.Join(got["CNY"], "|") != "|3 bn||3 bn" {
		t.Errorf("totals %v", got)
	}
}

func TestNetworkWeightsAndDirections(t *testing.T) {
	rn := small()
	// a second sentence for Britain and Kuwait, the other way round
	rn[models.KindPair] = append(rn[models.KindPair], models.Pair{Doc: "d1", Sent: 2, Span: models.Span{121, 160}, Text: "Kuwait later protested.", A: "KWT", B: "GBR", Directed: true, Relation: "protest"})
	r, err := Load(rn.write(t))
	if err != nil {
		t.Fatal(err)
	}
	p := r.build("x")
	e := p.Network.Edges[0]
	if e.A != "GBR" || e.B != "KWT" || e.N != 2 || e.AB != 1 || e.BA != 1 || !e.Start || !e.End {
		t.Errorf("heaviest edge %+v", e)
	}
	for _, e := range p.Network.Edges[1:] {
		if e.N != 1 {
			t.Errorf("edge %s-%s weighs %d, want 1", e.A, e.B, e.N)
		}
		if e.A == "CHN" && (e.Start || e.End) {
			t.Errorf("undirected pair CHN-KEN drawn with an arrow")
		}
	}
	sizes := map[string]float64{}
	for _, n := range p.Network.Nodes {
		sizes[n.Code] = n.R
	}
	if !(sizes["KWT"] > sizes["GBR"]) || sizes["USA"] != 4 { // two mentions against one; none
		t.Errorf("node radii %v", sizes)
	}
}

// A pair the text does not assert ("could attack", "never recognised")
// is counted, and left out of the network, which draws what the texts
// assert; an asserted pair of the same two actors is still drawn.
func TestNetworkLeavesOutPairsNotAsserted(t *testing.T) {
	rn := small()
	rn[models.KindPair] = append(rn[models.KindPair],
		models.Pair{Doc: "d1", Sent: 2, Span: models.Span{121, 160}, Text: "Iran could attack Iraq.", A: "IRN", B: "IRQ", Directed: true, Relation: "attack", Modality: "hypothetical"},
		models.Pair{Doc: "d1", Sent: 2, Span: models.Span{121, 160}, Text: "Kenya never recognised China.", A: "KEN", B: "CHN", Directed: true, Relation: "recognise", Modality: "negated"})
	r, err := Load(rn.write(t))
	if err != nil {
		t.Fatal(err)
	}
	p := r.build("x")
	var drawn []string
	for _, e := range p.Network.Edges {
		drawn = append(drawn, e.A+"-"+e.B)
		if e.A == "CHN" && e.N != 1 {
			t.Errorf("CHN-KEN weighs %d, want 1 (the asserted pair alone)", e.N)
		}
	}
	if got := strings.Join(drawn, " "); strings.Contains(got, "IRN") || !strings.Contains(got, "CHN-KEN") {
		t.Errorf("edges %s: want CHN-KEN and no IRN-IRQ", got)
	}
	html := render(t, rn.write(t))
	if !strings.Contains(html, "2 not asserted (negated, hypothetical), left out of the network") {
		t.Errorf("the pairs' summary does not count the two pairs not asserted")
	}
}

func TestHostileTextIsEscaped(t *testing.T) {
	rn := small()
	hostile := `<script>alert("t")</script><img src=x onerror=alert(1)>`
	rn[models.KindDocument][0].(map[string]any)["title"] = "Title " + hostile
	rn[models.KindEvent][0].(map[string]any)["text"] = "Sentence " + hostile
	rn[models.KindSentence][0] = models.Sentence{Doc: "d1", Sent: 0, Span: models.Span{0, 62}, Text: "Sentence " + hostile, Section: "</script>"}
	rn[models.KindPair] = append(rn[models.KindPair], models.Pair{Doc: "d1", Sent: 0, A: `"><svg onload=alert(2)>`, B: "KWT", Relation: "</textarea><script>x()</script>"})
	rn[models.KindError] = append(rn[models.KindError], models.Error{Source: "<b>bad</b>.pdf", Stage: "read", Error: hostile})
	html := render(t, rn.write(t))
	if n := strings.Count(html, "<script"); n != 2 {
		t.Errorf("%d <script elements, want 2 (the data and the page's script)", n)
	}
	for _, bad := range []string{"<img", "<svg onload", "<b>bad", "</textarea>"} {
		if strings.Contains(html, bad) {
			t.Errorf("page holds %q unescaped", bad)
		}
	}
	if !strings.Contains(html, "Title &lt;script&gt;alert(&#34;t&#34;)&lt;/script&gt;") {
		t.Errorf("title not escaped as text")
	}
	data := html[strings.Index(html, `<script type="application/json" id="data">`):]
	data = data[len(`<script type="application/json" id="data">`):strings.Index(data, "</script>")]
	var js jsData
	if err := json.Unmarshal([]byte(data), &js); err != nil {
		t.Fatalf("data does not parse: %v", err)
	}
	if js.Docs[0] != "Title "+hostile || js.Sents[js.Events[0].S].X != "Sentence "+hostile {
		t.Errorf("data does not keep the text as written: %q", js.Docs[0])
	}
}

func TestPageMakesNoRequest(t *testing.T) {
	rn := small()
	rn[models.KindSentence][1] = models.Sentence{Doc: "d1", Sent: 1, Span: models.Span{63, 120}, Text: "See https://example.org/a.png and http://example.com.", Zone: "references"}
	html := render(t, rn.write(t))
	csp := regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="([^"]*)">`).FindStringSubmatch(html)
	if csp == nil || !strings.HasPrefix(csp[1], "default-src &#39;none&#39;;") || strings.Contains(csp[1], "unsafe") {
		t.Fatalf("no policy that forbids loads: %v", csp)
	}
	for _, m := range regexp.MustCompile(`(?i)\b(src|href|xlink:href|action|poster|srcset)\s*=\s*"([^"]*)"`).FindAllStringSubmatch(html, -1) {
		if !strings.HasPrefix(m[2], "#") {
			t.Errorf("%s=%q loads or leads outside the page", m[1], m[2])
		}
	}
	for _, m := range regexp.MustCompile(`url\(([^)]*)\)`).FindAllStringSubmatch(html, -1) {
		if !strings.HasPrefix(m[1], "#") {
			t.Errorf("url(%s) outside the page", m[1])
		}
	}
	if strings.Contains(html, "@import") {
		t.Error("style imports")
	}
}

func TestSameRunSameBytes(t *testing.T) {
	dir := small().write(t)
	first := render(t, dir)
	for i := 0; i < 5; i++ { // map order differs from one Load to the next
		if render(t, dir) != first {
			t.Fatal("two reports of one run differ")
		}
	}
}

func TestTolerantReading(t *testing.T) {
	rn := small()
	rn[models.KindEvent] = append(rn[models.KindEvent], `{"doc":"d1","sent":`, `not json`)
	rn[models.KindEntity] = append(rn[models.KindEntity], map[string]any{"doc": "d9", "sent": 0, "actor": "IRN", "sector": "GOV", "new_field": 1})
	html := render(t, rn.write(t, models.KindTimex))
	for _, want := range []string{
		"events.jsonl has 2 lines that are not records",
		"timex.jsonl is missing",
		"document d9",                   // an entity of a document with no record
		"no record in documents.jsonl",  // said in the documents table
		`id="n-events">5<`,              // the bad lines are not counted
		"2019-03-02 (header)",           // the document's own date
		"publication 2020-05-01</span>", // a header date
	} {
		if !strings.Contains(html, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if _, err := Load(rn.write(t, models.KindDocument)); err == nil || !strings.Contains(err.Error(), "documents.jsonl") {
		t.Errorf("a folder without documents.jsonl: error %v", err)
	}
}

// large makes a run folder of n events over docs documents, with as many
// pairs, a money figure every tenth event, and their sentences. Event i is
// dated 1900 + i mod 120, or, with wide, 1000 + i mod 1020; with long, every
// sentence is some 3,000 characters long.
func large(t testing.TB, n, docs int, wide, long bool) string {
	t.Helper()
	dir := t.TempDir()
	files := map[models.Kind]*bytes.Buffer{}
	for _, k := range models.Kinds {
		files[k] = &bytes.Buffer{}
	}
	put := func(k models.Kind, v any) {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		files[k].Write(append(b, '\n'))
	}
	cats := table("categories.tsv")
	actors := []string{"USA", "RUS", "CHN", "IND", "PAK", "AFG", "IRN", "TUR", "GBR", "FRA", "DEU", "JPN", "KOR", "PRK", "ISR", "SAU",
		"EGY", "SYR", "IRQ", "UKR", "POL", "NATO", "UN", "EU", "SCO", "BRA", "ZAF", "NGA", "KEN", "ETH", "MEX", "CAN", "AUS", "IDN",
		"VNM", "THA", "MMR", "BGD", "LKA", "NPL", "QAT", "ARE", "KWT", "JOR", "LBN", "LBY", "SDN", "YEM", "OMN", "AZE", "ARM", "GEO"}
	for d := 0; d < docs; d++ {
		put(models.KindDocument, models.Document{Doc: fmt.Sprintf("doc%05d", d), Source: fmt.Sprintf("papers/p%05d.pdf", d), Format: "pdf",
			Title: fmt.Sprintf("A synthetic paper number %d on strategic relations", d), Authors: []string{"A. Writer", "B. Writer"}, Pages: 12})
	}
	for i := 0; i < n; i++ {
		doc := fmt.Sprintf("doc%05d", i%docs)
		a, b := actors[i%len(actors)], actors[(i*7+3)%len(actors)]
		year := 1900 + i%120
		if wide {
			year = 1000 + i%1020
		}
		text := fmt.Sprintf("In the year %d, %s and %s signed agreement number %d, which the paper discusses at some length in this sentence.", year, a, b, i)
		if long {
			text += strings.Repeat(" And it goes on about the agreement, clause after clause, as a bad extraction would.", 36)
		}
		sp := models.Span{i * 200, i*200 + len(text)}
		put(models.KindSentence, models.Sentence{Doc: doc, Sent: i, Span: sp, Text: text, Section: "Body", Zone: "body"})
		put(models.KindEntity, models.Entity{Doc: doc, Sent: i, Span: sp, Text: a, Label: "GPE", Actor: ptr(a)})
		date := fmt.Sprint(year)
		if i%5 == 0 {
			date = fmt.Sprintf("%d/%d", year, year+5)
		}
		put(models.KindTimex, models.Timex{Doc: doc, Sent: i, Span: sp, Text: date, Value: date, Type: "DATE"})
		var money []float64
		if i%10 == 0 {
			money = []float64{float64(i) * 1e6}
			put(models.KindMoney, models.Money{Doc: doc, Sent: i, Span: sp, Text: "$1 million", Amount: float64(i) * 1e6, Currency: "USD"})
		}
		put(models.KindEvent, models.Event{Doc: doc, Sent: i, Span: sp, Text: text, Date: &date, Type: cats[i%len(cats)][0], Subtype: "aid",
			Source: []string{a}, Target: []string{b}, Trigger: "signed", Money: money})
		put(models.KindPair, models.Pair{Doc: doc, Sent: i, Span: sp, Text: text, A: a, B: b, Directed: i%2 == 0, Relation: "agreement"})
	}
	for _, k := range models.Kinds {
		if err := os.WriteFile(filepath.Join(dir, k.File()), files[k].Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestLargeRunIsAggregatedAndSmall(t *testing.T) {
	if testing.Short() {
		t.Skip("large synthetic run")
	}
	const n, docs = 60000, 3000
	dir := large(t, n, docs, false, false)
	start := time.Now()
	html := render(t, dir)
	took := time.Since(start)
	t.Logf("report of %d events, %d documents: %d bytes in %v", n, docs, len(html), took)
	if len(html) > 10<<20 {
		t.Errorf("page of %d bytes, want under 10 MB", len(html))
	}
	if !strings.Contains(html, "more than 5,000: the timeline draws one mark per category and year") {
		t.Error("the page does not say it aggregates")
	}
	if got := count(t, html, "events"); got != "60,000" {
		t.Errorf("events counted %s", got)
	}
	// one mark per category and starting year: event i is of category
	// i mod 16 and starts in year i mod 120, so 240 pairs occur
	if marks := strings.Count(html, `class="m" data-i=`); marks != 240 {
		t.Errorf("%d marks, want one per category and year, 240", marks)
	}
	// the busiest actors that have a drawn pair: the cap or nearly
	if nodes := strings.Count(html, `<g class="node"`); nodes > maxNodes || nodes < maxNodes-5 {
		t.Errorf("%d nodes, want the cap %d or a few less", nodes, maxNodes)
	}
	if rows := strings.Count(html, `<tr id="doc-`); rows != maxDocRows {
		t.Errorf("%d document rows, want the cap %d", rows, maxDocRows)
	}
	if !strings.Contains(html, "the first 2,000 listed") || !strings.Contains(html, "<small>the first 2,000</small>") {
		t.Error("the page does not say it lists the first documents and figures only")
	}
}

func TestLongAxisAndLongSentencesStaySmall(t *testing.T) {
	if testing.Short() {
		t.Skip("large synthetic run")
	}
	dir := large(t, 6000, 200, true, true)
	html := render(t, dir)
	t.Logf("report of 6,000 events of ~3,000 characters over 1,020 years: %d bytes", len(html))
	if len(html) > 10<<20 {
		t.Errorf("page of %d bytes, want under 10 MB", len(html))
	}
	// 1,020 years (1000-2025 on the axis) in marks of 5 years
	if !strings.Contains(html, "aggregated by category and 5 years") {
		t.Error("the page does not say a mark spans 5 years")
	}
	if marks := strings.Count(html, `class="m" data-i=`); marks > 16*binsAcross {
		t.Errorf("%d marks, want at most %d", marks, 16*binsAcross)
	}
	r, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	p := r.build("x")
	for _, s := range p.Data.Sents {
		if n := len([]rune(s.X)); n > maxSentence {
			t.Fatalf("a sentence of %d characters in the data, want at most %d", n, maxSentence)
		}
	}
	if n := len(p.Data.Events); n > MaxEvents+16*binsAcross {
		t.Errorf("%d events kept as evidence", n)
	}
}

func TestLayoutIsDeterministicAndInside(t *testing.T) {
	links := []link{{0, 1, 10}, {0, 2, 3}, {1, 2, 1}, {2, 3, 1}, {4, 5, 2}} // two components
	a := layout(6, links, 700, 500, 40)
	b := layout(6, links, 700, 500, 40)
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("node %d at %v, then at %v", i, a[i], b[i])
		}
		if a[i].x < 40-1e-9 || a[i].x > 660+1e-9 || a[i].y < 40-1e-9 || a[i].y > 460+1e-9 {
			t.Errorf("node %d at %v, outside the box less the margin", i, a[i])
		}
	}
	radii := []float64{20, 10, 10, 5, 5, 5}
	separate(a, radii, links, 16, 700, 500, 40)
	for i := range a {
		for j := i + 1; j < len(a); j++ {
			if d := math.Hypot(a[i].x-a[j].x, a[i].y-a[j].y); d < radii[i]+radii[j]+16-0.5 {
				t.Errorf("nodes %d and %d %v apart, want %v", i, j, d, radii[i]+radii[j]+16)
			}
		}
	}
}
