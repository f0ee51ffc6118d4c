package text

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/stratex/stratex/extract/english"
)

func testVocab(t testing.TB) *Vocabulary {
	t.Helper()
	v, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// sentences splits text (one paragraph per line) into sentence strings.
func sentences(t *testing.T, text string) []string {
	t.Helper()
	v := testVocab(t)
	var blocks []Block
	for _, l := range strings.Split(text, "\n") {
		blocks = append(blocks, Block{Text: l})
	}
	tx := Compose(blocks)
	st, err := v.Structure(context.Background(), tx)
	if err != nil {
		t.Fatal(err)
	}
	ss, err := v.Sentences(context.Background(), tx, st, nil)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, s := range ss {
		out = append(out, tx.Text[s.Start:s.End])
	}
	return out
}

func TestSentenceBoundaries(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"no split at U.S. inside a sentence",
			"Pakistan's ties with the U.S. military were close. They changed.",
			[]string{"Pakistan's ties with the U.S. military were close.", "They changed."}},
		{"split at U.S. before a sentence opener",
			"Chile also saw a chance to trade with the U.S. Its exports grew.",
			[]string{"Chile also saw a chance to trade with the U.S.", "Its exports grew."}},
		{"no split at U.S.S.R.",
			"The détente between U.S. and U.S.S.R. and China changed policy. It lasted.",
			[]string{"The détente between U.S. and U.S.S.R. and China changed policy.", "It lasted."}},
		{"no split at the initials of A.Q. Khan",
			"There was a period of divergence when A.Q. Khan announced the test. The US reacted.",
			[]string{"There was a period of divergence when A.Q. Khan announced the test.", "The US reacted."}},
		{"no split at a currency abbreviation before its amount",
			"India allocated Rs. 500 crore to border roads in 2019. Work began.",
			[]string{"India allocated Rs. 500 crore to border roads in 2019.", "Work began."}},
		{"no split at a currency abbreviation before its amount (2)",
			"The Kenyan treasury set aside Kshs. 40 million and Bangladesh Tk. 2 billion for relief. Aid followed.",
			[]string{"The Kenyan treasury set aside Kshs. 40 million and Bangladesh Tk. 2 billion for relief.", "Aid followed."}},
		{"no split at p. 47",
			"He warned the US (Kennan, 1947, as quoted in Gaddis, 1982. p. 47). Others agreed.",
			[]string{"He warned the US (Kennan, 1947, as quoted in Gaddis, 1982. p. 47).", "Others agreed."}},
		{"no split at No.",
			"See Resolution No. 1172 of the Council. It condemned the tests.",
			[]string{"See Resolution No. 1172 of the Council.", "It condemned the tests."}},
		{"no split at et al.",
			"This was shown by Smith et al. (2010) in detail. The data agree.",
			[]string{"This was shown by Smith et al. (2010) in detail.", "The data agree."}},
		{"no split at Vol.",
			"The survey appeared in Vol. 6 of the journal. It is cited often.",
			[]string{"The survey appeared in Vol. 6 of the journal.", "It is cited often."}},
		{"no split at a person's initials",
			"The study by J. R. Smith was published late. It was short.",
			[]string{"The study by J. R. Smith was published late.", "It was short."}},
		{"a numbered list item is one sentence",
			"1. Priority given to a customs union with Argentina\n2. Stress on the Andean states as Chile's first concern.",
			[]string{"1. Priority given to a customs union with Argentina", "2. Stress on the Andean states as Chile's first concern."}},
		{"split where a line break glued two sentences",
			"In June 1999, President Frei became the first Chilean President to visit VietnamFurther, Chile and Peru aimed to integrate.",
			[]string{"In June 1999, President Frei became the first Chilean President to visit Vietnam", "Further, Chile and Peru aimed to integrate."}},
		{"split at a full stop glued to the next sentence",
			"The talks ended in failure.The next round began in March.",
			[]string{"The talks ended in failure.", "The next round began in March."}},
		{"a heading stays apart from the sentence after it",
			"Methodology\nData were drawn from the UN Comtrade and SIPRI databases",
			[]string{"Methodology", "Data were drawn from the UN Comtrade and SIPRI databases"}},
		{"a run-in label is its own heading",
			"Findings Due to falling copper prices, Chile and Peru are trading less.",
			[]string{"Findings", "Due to falling copper prices, Chile and Peru are trading less."}},
		{"a citation after the full stop joins its sentence",
			"The US had bases in Lahore and Karachi. (Arif 1984 and Sattar 2007). Later they closed.",
			[]string{"The US had bases in Lahore and Karachi. (Arif 1984 and Sattar 2007).", "Later they closed."}},
		{"no split in a URL",
			"Data come from www.sipri.org/databases.The rest is ours.",
			[]string{"Data come from www.sipri.org/databases.The rest is ours."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentences(t, tt.text)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("sentences:\n got  %q\n want %q", got, tt.want)
			}
		})
	}
}

func TestReferenceListSplitsAtEntryNumbers(t *testing.T) {
	got := sentences(t, "Introduction\nBody text here.\nReferences\n1. Baldwin, D. (1985). Economic Statecraft. Princeton. 2. Gilpin, R. (ed.) (1981), War and Change. Cambridge: CUP 3. Hirschman, A. (1945). National Power and Foreign Trade.")
	want := []string{"Introduction", "Body text here.", "References",
		"1. Baldwin, D. (1985). Economic Statecraft. Princeton.", "2. Gilpin, R. (ed.) (1981), War and Change. Cambridge: CUP",
		"3. Hirschman, A. (1945). National Power and Foreign Trade."}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestStructureZonesAndSections(t *testing.T) {
	v := testVocab(t)
	tx := Compose(TextBlocks("A Title of the Paper Here\nJane Roe\nAbstract This paper studies aid.\nKeywords aid, Pakistan\n1. Introduction\nText of the introduction.\nReferences\n1. Roe, J. (2001). A book.", false))
	st, err := v.Structure(context.Background(), tx)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct{ zone, section string }{
		{"header", ""}, {"header", ""}, {"abstract", "Abstract"}, {"abstract", "Keywords"},
		{"body", "1. Introduction"}, {"body", "1. Introduction"}, {"references", "References"}, {"references", "References"},
	}
	for i, w := range want {
		got := st.Lines[i]
		if got.Zone != w.zone || got.Section != w.section {
			t.Errorf("line %d %q: zone %q section %q, want %q %q", i, tx.Text[tx.Lines[i].Start:tx.Lines[i].End], got.Zone, got.Section, w.zone, w.section)
		}
	}
}

// The Punkt tokenizer is built once and shared: goroutines segmenting
// different texts at once get what each gets alone (run with -race).
func TestSegmentSharedAcrossGoroutines(t *testing.T) {
	texts := []string{
		"The Soviet Union signed the treaty in 1971. India welcomed it. Mr. Gandhi spoke.",
		"Gen. Ayub Khan took power in 1958. The U.S. sent aid... It grew.",
		"Chile and Peru met in Lima. \"We agree.\" The talks ended (as planned). Then war came?",
	}
	want := make([][]int, len(texts))
	for i, s := range texts {
		want[i] = Segment(s)
		if len(want[i]) < 3 {
			t.Fatalf("%q: %d sentences, want at least 3", s, len(want[i]))
		}
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := 0; r < 20; r++ {
				i := (g + r) % len(texts)
				if got := Segment(texts[i]); !slices.Equal(got, want[i]) {
					t.Errorf("%q: %v, alone %v", texts[i], got, want[i])
					return
				}
			}
		}()
	}
	wg.Wait()
}

// Lex gives each sentence the tokens it has alone, however dense its text
// (a table's row has a token every two bytes, prose one every five), and
// a sentence's tokens end at its cap: appending to them overwrites no
// other sentence's.
func TestLexBuffers(t *testing.T) {
	lx := english.NewLexer()
	var b strings.Builder
	var sents []Sentence
	add := func(s string) {
		start := b.Len()
		b.WriteString(s)
		sents = append(sents, Sentence{Start: start, End: b.Len()})
		b.WriteString(" ")
	}
	for i := 0; i < 40; i++ {
		add("The troops crossed the river at dawn and held the bridge for a week.")
		add("1,2;3 4-5 (6) [7] 8/9 a.b c d e f")
		if i%7 == 0 {
			add("x")
		}
	}
	text := b.String()
	if err := Lex(context.Background(), lx, text, sents); err != nil {
		t.Fatal(err)
	}
	for i, s := range sents {
		want := lx.Lex(text[s.Start:s.End], s.Start)
		if !slices.Equal(s.Toks, want) {
			t.Fatalf("sentence %d: %v, want %v", i, s.Toks, want)
		}
		if cap(s.Toks) != len(s.Toks) {
			t.Errorf("sentence %d: cap %d, len %d", i, cap(s.Toks), len(s.Toks))
		}
	}
}

// A footnote marker glued to a full stop ends the sentence before it and
// stays with it; a number after a stop that is a decimal, a section, a
// version, an appendix or an abbreviation's number does not. Two kinds of
// text: an IR paper (markers written as digits or superscripts, as a PDF
// gives them) and a medical paper (Vancouver citation numbers).
func TestFootnoteMarkerEndsSentence(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		// an IR paper
		{"a digit marker", "Waltz argues that states balance.2 India attacked Pakistan in 1971.",
			[]string{"Waltz argues that states balance.2", "India attacked Pakistan in 1971."}},
		{"a superscript marker", "The Kashmir case fits that claim better than most.¹ We argue that arms emboldened Pakistan.",
			[]string{"The Kashmir case fits that claim better than most.¹", "We argue that arms emboldened Pakistan."}},
		{"a marker after a parenthetical citation", "Alliances tighten under threat (Walt, 1987).14 Moscow read the treaty otherwise.",
			[]string{"Alliances tighten under threat (Walt, 1987).14", "Moscow read the treaty otherwise."}},
		{"a bracketed marker is cut as before", "Waltz argues that states balance.[3] India attacked Pakistan in 1971.",
			[]string{"Waltz argues that states balance.[3]", "India attacked Pakistan in 1971."}},
		{"a superscript after a year", "Washington cut its aid by 1965.³ Pakistan turned to China for arms.",
			[]string{"Washington cut its aid by 1965.³", "Pakistan turned to China for arms."}},
		{"U.S. and a marker before a sentence opener", "Karachi leased the base to the U.S.2 The lease ran for ten years.",
			[]string{"Karachi leased the base to the U.S.2", "The lease ran for ten years."}},
		{"no cut: U.S. and a number before a name", "The commander of the U.S.2 Army Corps landed at Inchon in September.",
			[]string{"The commander of the U.S.2 Army Corps landed at Inchon in September."}},
		{"no cut: a word with a stop inside", "The fund paid for Ph.D.2 Programs at the staff college.",
			[]string{"The fund paid for Ph.D.2 Programs at the staff college."}},
		{"no cut: Para. and a number", "The clause is quoted in Para.3 The Hague rules apply.",
			[]string{"The clause is quoted in Para.3 The Hague rules apply."}},
		{"no cut: a lower-case Roman numeral", "The duty is set out in clause iv.2 The parties shall consult.",
			[]string{"The duty is set out in clause iv.2 The parties shall consult."}},
		{"no cut: a decimal", "Defence spending reached 2.5 Million rupees per unit in the plan.",
			[]string{"Defence spending reached 2.5 Million rupees per unit in the plan."}},
		{"no cut: a section number", "For the data see section 3.2 India and Pakistan compared.",
			[]string{"For the data see section 3.2 India and Pakistan compared."}},
		{"no cut: a version", "The model was run with version 2.2 India data only.",
			[]string{"The model was run with version 2.2 India data only."}},
		{"no cut: No. and a number", "He served in the No.2 Squadron of the air force. It flew Hunters.",
			[]string{"He served in the No.2 Squadron of the air force.", "It flew Hunters."}},
		{"no cut: No. 2 with a space", "He served in No. 2 Squadron during the war. It flew Hunters.",
			[]string{"He served in No. 2 Squadron during the war.", "It flew Hunters."}},
		{"no cut: p. and a number", "The memorandum is quoted in Gaddis, p.2 The Long Peace, at length.",
			[]string{"The memorandum is quoted in Gaddis, p.2 The Long Peace, at length."}},
		{"no cut: ref. and a number", "The estimate follows ref.3 The Military Balance gives another.",
			[]string{"The estimate follows ref.3 The Military Balance gives another."}},
		{"no cut: an appendix letter", "The coding rules are in Appendix A.2 The Table lists them.",
			[]string{"The coding rules are in Appendix A.2 The Table lists them."}},
		{"no cut: a part in Roman numerals", "The cases follow in Part II.3 Korea is the first of them.",
			[]string{"The cases follow in Part II.3 Korea is the first of them."}},
		{"no cut: a lower-case word after the marker", "Turnout fell in the districts.4 per cent of voters stayed home.",
			[]string{"Turnout fell in the districts.4 per cent of voters stayed home."}},
		// a medical paper
		{"Vancouver number after et al.", "We used the scale proposed by Jadad et al.11 All of the studies were trials.",
			[]string{"We used the scale proposed by Jadad et al.11", "All of the studies were trials."}},
		{"a list of markers", "The plant is an ornamental palm.1,2 The leaves are used in medicine.",
			[]string{"The plant is an ornamental palm.1,2", "The leaves are used in medicine."}},
		{"a range of markers", "Its toxicity is reported elsewhere.10-12 For this reason we tested it.",
			[]string{"Its toxicity is reported elsewhere.10-12", "For this reason we tested it."}},
		{"no cut: a hospital's address", "Department of Surgery, Shanghai No.9 People's Hospital, Shanghai, China",
			[]string{"Department of Surgery, Shanghai No.9 People's Hospital, Shanghai, China"}},
		{"no cut: a four-figure number is no marker", "Abstracts appeared in Clin Physiol.1994 Vol 21 of the journal.",
			[]string{"Abstracts appeared in Clin Physiol.1994 Vol 21 of the journal."}},
		{"no cut: et al. before a word that opens no sentence", "The survey of Smith et al.3 Iron Deficiency Study reported it.",
			[]string{"The survey of Smith et al.3 Iron Deficiency Study reported it."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentences(t, tt.text)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("sentences:\n got  %q\n want %q", got, tt.want)
			}
		})
	}
}
