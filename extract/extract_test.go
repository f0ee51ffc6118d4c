package extract

import (
	"strings"
	"testing"
)

func vocab(t testing.TB) *Vocabulary {
	t.Helper()
	v, err := DefaultVocabulary()
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestClean(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"NFC composes a decomposed accent", "de\u0301tente", "détente"},
		{"ligatures expanded", "e\uFB00ect \uFB01nal \uFB02ow o\uFB03ce wa\uFB04e", "effect final flow office waffle"},
		{"soft hyphen dropped", "deterio\u00ADrated", "deteriorated"},
		{"zero-width and BOM dropped", "\uFEFFRus\u200Bsia", "Russia"},
		{"whitespace runs folded, ends trimmed", "  a \t b\u00A0\u00A0c \n d  ", "a b c d"},
		{"curly quotes kept", "“Russia’s”", "“Russia’s”"},
		{"replacement and private-use characters dropped", "a\uFFFDb\uE000c", "abc"},
		{"controls dropped", "a\u0007b", "ab"},
		{"a TeX spacing accent goes on the letter after it", "Nat\u00B4alia de Reputa\u00B8c\u02DCao", "Natália de Reputação"},
		{"an accent at a word's start", "\u00B4Ecole", "École"},
		{"a spacing accent with no letter after it stays", "a \u00B4 b x\u00B4", "a ´ b x´"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Clean(tt.in); got != tt.want {
				t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestComposeJoinsContinuations(t *testing.T) {
	got := Compose([]Block{{Text: "Russia had to reach out as a part"}, {Text: "of its policy."}, {Text: "Next paragraph."}}).Text
	want := "Russia had to reach out as a part of its policy.\nNext paragraph."
	if got != want {
		t.Errorf("Compose = %q, want %q", got, want)
	}
}

func TestTextBlocksUnwrapsHardWrappedText(t *testing.T) {
	var b strings.Builder
	para := "The Soviet Union agreed to assist Pakistan in implementing major development projects which included steel plants and power plants and radio communications across the country and the region"
	for i := 0; i < 4; i++ {
		for len(para) > 0 {
			n := min(60, len(para))
			if n < len(para) {
				n = strings.LastIndexByte(para[:n], ' ')
			}
			b.WriteString(para[:n] + "\n")
			para = strings.TrimLeft(para[n:], " ")
		}
		b.WriteString("\n")
		para = "Another paragraph that is long enough to wrap over several lines of text in the file at sixty columns wide for the test"
	}
	blocks := TextBlocks(b.String(), false)
	if len(blocks) != 4 {
		t.Fatalf("got %d blocks, want 4: %+v", len(blocks), blocks)
	}
	if !strings.HasPrefix(blocks[0].Text, "The Soviet Union agreed") || !strings.HasSuffix(blocks[0].Text, "and the region") {
		t.Errorf("first paragraph not joined: %q", blocks[0].Text)
	}
}

// sentences splits text (one paragraph per line) into sentence strings.
func sentences(t *testing.T, text string) []string {
	t.Helper()
	v := vocab(t)
	var blocks []Block
	for _, l := range strings.Split(text, "\n") {
		blocks = append(blocks, Block{Text: l})
	}
	tx := Compose(blocks)
	st := v.Structure(tx)
	var out []string
	for _, s := range v.Sentences(tx, st) {
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
			"Russia also found an opportunity to coordinate with the U.S. It first tried to join NATO.",
			[]string{"Russia also found an opportunity to coordinate with the U.S.", "It first tried to join NATO."}},
		{"no split at U.S.S.R.",
			"The détente between U.S. and U.S.S.R. and China changed policy. It lasted.",
			[]string{"The détente between U.S. and U.S.S.R. and China changed policy.", "It lasted."}},
		{"no split at the initials of A.Q. Khan",
			"There was a period of divergence when A.Q. Khan announced the test. The US reacted.",
			[]string{"There was a period of divergence when A.Q. Khan announced the test.", "The US reacted."}},
		{"no split at p. 47",
			"He warned the US (Kissinger, 1955, as cited in Siddiqi, 1959. p. 47). Others agreed.",
			[]string{"He warned the US (Kissinger, 1955, as cited in Siddiqi, 1959. p. 47).", "Others agreed."}},
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
			"1. Priority laid on establishing a partnership with America\n2. Emphasis on the near abroad as Russia's central concern.",
			[]string{"1. Priority laid on establishing a partnership with America", "2. Emphasis on the near abroad as Russia's central concern."}},
		{"split where a line break glued two sentences",
			"In May 2011, President Zardari became the first Pakistani President to visit RussiaFurther, Russia and China aimed to integrate.",
			[]string{"In May 2011, President Zardari became the first Pakistani President to visit Russia", "Further, Russia and China aimed to integrate."}},
		{"split at a full stop glued to the next sentence",
			"The talks ended in failure.The next round began in March.",
			[]string{"The talks ended in failure.", "The next round began in March."}},
		{"a heading stays apart from the sentence after it",
			"Methodology\nData has been extracted from JSTOR and SCOPUS",
			[]string{"Methodology", "Data has been extracted from JSTOR and SCOPUS"}},
		{"a run-in label is its own heading",
			"Findings Due to a loose multipolar world order, Russia and Pakistan are moving closer.",
			[]string{"Findings", "Due to a loose multipolar world order, Russia and Pakistan are moving closer."}},
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
	got := sentences(t, "Introduction\nBody text here.\nReferences\n1. Ali, M. (2019). The Politics of Aid. Routledge. 2. Arif, K. (ed.) (1984), Documents. Lahore: Va Books 3. Ayoob, M. (1968). Soviet Arms Aid to Pakistan.")
	want := []string{"Introduction", "Body text here.", "References",
		"1. Ali, M. (2019). The Politics of Aid. Routledge.", "2. Arif, K. (ed.) (1984), Documents. Lahore: Va Books",
		"3. Ayoob, M. (1968). Soviet Arms Aid to Pakistan."}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestStructureZonesAndSections(t *testing.T) {
	v := vocab(t)
	tx := Compose(TextBlocks("A Title of the Paper Here\nJane Roe\nAbstract This paper studies aid.\nKeywords aid, Pakistan\n1. Introduction\nText of the introduction.\nReferences\n1. Roe, J. (2001). A book.", false))
	st := v.Structure(tx)
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

func TestHeader(t *testing.T) {
	v := vocab(t)
	text := "P: ISSN No. 1234-5678 VOL.- III , ISSUE- II March - 2021\nA Study of Aid Relations Between Two States\n" +
		"Paper Id : 99 Submission Date : 02/03/2021 Acceptance Date : 14/03/2021\nJane Roe\nAssistant Professor\n" +
		"Department of Politics\nJohn Doe and Ann Lee\nAbstract This paper studies aid."
	tx := Compose(TextBlocks(text, false))
	h := v.Header(tx, v.Structure(tx))
	if h.Title != "A Study of Aid Relations Between Two States" {
		t.Errorf("title %q", h.Title)
	}
	if strings.Join(h.Authors, "; ") != "Jane Roe; John Doe; Ann Lee" {
		t.Errorf("authors %q", h.Authors)
	}
	var got []string
	for _, d := range h.Dates {
		got = append(got, d.Label+"="+d.Value+"="+tx.Text[d.Start:d.End])
	}
	want := "issue=2021-03=March - 2021 submission=2021-03-02=02/03/2021 acceptance=2021-03-14=14/03/2021"
	if strings.Join(got, " ") != want {
		t.Errorf("dates %q, want %q", strings.Join(got, " "), want)
	}
}

// Names with lower-case particles, and a given name that is also a place,
// are authors.
func TestHeaderAuthorForms(t *testing.T) {
	v := vocab(t)
	text := "Populism and Foreign Policy in a Large Democracy\nOPEN ACCESS\nNatália Campos de Souza Pimenta\n" +
		"Andrew E. Webb, Thomas A. Walsh and Mary J. O'Connell\n1 2 Kevin DeLuca and John A. Curiel\nAbstract This paper studies aid."
	tx := Compose(TextBlocks(text, false))
	h := v.Header(tx, v.Structure(tx))
	if got := strings.Join(h.Authors, "; "); got != "Natália Campos de Souza Pimenta; Andrew E. Webb; Thomas A. Walsh; Mary J. O'Connell; Kevin DeLuca; John A. Curiel" {
		t.Errorf("authors %q", got)
	}
}

func TestDateOrder(t *testing.T) {
	tests := []struct {
		name        string
		text        string
		first, know bool
	}{
		{"day first when a day is over 12", "on 02/08/2022 and 13/08/2022", true, true},
		{"month first when a day is over 12 in second place", "on 02/08/2022 and 08/13/2022", false, true},
		{"unknown when nothing decides: American default", "on 02/08/2022", false, false},
		{"unknown, British spelling suggests day first", "the defence organisation met on 02/08/2022", true, false},
		{"unknown when both orders appear", "13/08/2022 and 08/13/2022", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, k := DateOrder(tt.text)
			if f != tt.first || k != tt.know {
				t.Errorf("DateOrder = %v,%v want %v,%v", f, k, tt.first, tt.know)
			}
		})
	}
}

// entities returns "text/LABEL/actor" for each entity in one sentence.
func entities(t *testing.T, text string) []string {
	t.Helper()
	v := vocab(t)
	s := []SentenceSpan{{Start: 0, End: len(text)}}
	var out []string
	for _, e := range v.Entities(NewTagger(), text, s, []string{"body"}, nil) {
		out = append(out, text[e.Start:e.End]+"/"+e.Label+"/"+e.Actor)
	}
	return out
}

func TestEntityRepairs(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		want    []string // each must be present
		notWant []string // no entity may have this text
	}{
		{"US and U.S. are the United States, not persons",
			"The US sold arms to Pakistan, and the U.S. Congress objected.",
			[]string{"US/GPE/USA", "U.S./GPE/USA", "Pakistan/GPE/PAK"}, nil},
		{"a sentence-opening Further is no entity",
			"Further, it also joined the Baghdad Pact with Britain.",
			[]string{"Baghdad Pact/ORG/CENTO", "Britain/GPE/GBR"}, []string{"Further"}},
		{"Billion Dollars is no entity",
			"Pakistan received military aid of 3.73 Billion Dollars owing to the invasion.",
			[]string{"Pakistan/GPE/PAK"}, []string{"Billion Dollars", "Billion", "Dollars"}},
		{"Islamabad is a place standing for Pakistan",
			"For the reasons described above, Islamabad was a close ally.",
			[]string{"Islamabad/GPE/PAK"}, nil},
		{"a combining form yields both actors",
			"A robust Sino-Pak alliance and deteriorated U.S.-Pakistan relations.",
			[]string{"Sino/GPE/CHN", "Pak/GPE/PAK", "U.S./GPE/USA", "Pakistan/GPE/PAK"}, nil},
		{"a combining form alone is no actor",
			"Pak- Islamism was based on strategic interests.",
			nil, []string{"Pak"}},
		{"a longer place beats the state inside it",
			"Ships crossed the Indian Ocean and the South China Sea.",
			[]string{"Indian Ocean/LOC/", "South China Sea/LOC/"}, []string{"Indian", "China"}},
		{"a capital naming a venue is no actor",
			"The subsequent Tashkent agreement marked a moment of neutrality.",
			[]string{"Tashkent/GPE/"}, nil},
		{"US of US$ is the currency",
			"The loan was US$ 1.2bn.",
			nil, []string{"US"}},
		{"a multi-word name with a known head",
			"In 1954, Pakistan signed a Mutual Defence Assistance Agreement with the US.",
			[]string{"Mutual Defence Assistance Agreement/LAW/"}, nil},
		{"titles are trimmed off a name",
			"The talks included Prime Minister Nawaz Sharif and the envoy.",
			[]string{"Nawaz Sharif/PERSON/PAK"}, []string{"Prime Minister Nawaz Sharif", "Prime"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := entities(t, tt.text)
			set := map[string]bool{}
			texts := map[string]bool{}
			for _, g := range got {
				set[g] = true
				texts[strings.SplitN(g, "/", 2)[0]] = true
			}
			for _, w := range tt.want {
				if !set[w] {
					t.Errorf("missing %s in %q", w, got)
				}
			}
			for _, n := range tt.notWant {
				if texts[n] {
					t.Errorf("unwanted entity %q in %q", n, got)
				}
			}
		})
	}
}

func TestVocabularyExtension(t *testing.T) {
	v, err := NewVocabulary(Source{Kind: "actors", Origin: "user.tsv", Data: []byte("XYZ\tGPE\tstate\tFreedonia|Republic of Freedonia\n")})
	if err != nil {
		t.Fatal(err)
	}
	ms := v.Actors.Match("Troops of the Republic of Freedonia entered Pakistan.", 0)
	if len(ms) != 2 || ms[0].Text != "Republic of Freedonia" || ms[0].Entry("").Code != "XYZ" || ms[1].Entry("").Code != "PAK" {
		t.Errorf("matches %+v", ms)
	}
	if _, err := NewVocabulary(Source{Kind: "actors", Origin: "bad.tsv", Data: []byte("XYZ\tGPE\n")}); err == nil || !strings.Contains(err.Error(), "bad.tsv line 1") {
		t.Errorf("bad file: error %v, want one naming bad.tsv line 1", err)
	}
	if _, err := NewVocabulary(Source{Kind: "nonsense", Origin: "x"}); err == nil {
		t.Error("unknown kind accepted")
	}
}
