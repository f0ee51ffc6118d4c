package english

import (
	"slices"
	"strings"
	"testing"

	"github.com/stratex/stratex/extract/vocab"
)

func testVocab(t testing.TB) *Vocabulary {
	t.Helper()
	v, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestHonorificBefore(t *testing.T) {
	v := testVocab(t)
	tests := []struct {
		before string
		want   bool
	}{
		{"Ms. ", true},          // "Ms. Mary Sinnott"
		{"by Dr ", true},        // "by Dr Abdul Qadeer Khan"
		{"Prof. ", true},        // "Prof. Georgia Smith"
		{"Mrs.", false},         // no space before the name
		{"Mr.  ", false},        // two spaces
		{"xMrs. ", false},       // not at a word boundary
		{"Sirs ", false},        // another word
		{"the Lady ", true},     // "the Lady Jordan"
		{"Harbour ", false},     // no honorific
		{"Mlle ", true},         // French
		{"dr ", false},          // matched as written
		{"Cardinal Dr. ", true}, // the last word counts
		{"ends in Prof ", true}, // without a period
		{"Professor ", false},   // a title, not an honorific
		{"Sir.", false},         // no space
		{"", false},             // nothing before
		{"Dr. .", false},        // punctuation after
		{"Mme. ", true},         // abbreviation with a period
		{"(Dr. ", true},         // after a parenthesis
		{"MsDr ", false},        // glued
		{"6 Ms. ", true},        // after a number
		{"_Ms ", false},         // an underscore is a word character
		{"é Ms ", true},         // after a non-ASCII letter and a space
		{strings.Repeat(" ", 3), false},
	}
	for _, tt := range tests {
		if got := v.HonorificBefore(tt.before); got != tt.want {
			t.Errorf("HonorificBefore(%q) = %v, want %v", tt.before, got, tt.want)
		}
	}
}

func TestMonthAbbrev(t *testing.T) {
	v := testVocab(t)
	tests := []struct {
		form          string
		abbrev, lower bool
	}{
		{"aug", true, true},   // "aug 7"
		{"sept", true, true},  // "sept 11"
		{"mar", true, false},  // a word in lower case
		{"sep", true, false},  // too rare in lower case
		{"may", false, false}, // the month's name
		{"june", false, false},
		{"january", false, false},
	}
	for _, tt := range tests {
		a, l := v.MonthAbbrev(tt.form)
		if a != tt.abbrev || l != tt.lower {
			t.Errorf("MonthAbbrev(%q) = %v, %v; want %v, %v", tt.form, a, l, tt.abbrev, tt.lower)
		}
	}
}

func TestNumberAt(t *testing.T) {
	v := testVocab(t)
	tests := []struct {
		text string
		val  float64
		n    int
		dec  bool
	}{
		{"forty-five troops", 45, 3, false},
		{"half a billion", 0.5, 2, false},
		{"half an hour later", 0.5, 2, false}, // the article after a number word adds nothing
		{"10 000 dollars", 10000, 2, false},
		{"1,234.5 tonnes", 1234.5, 1, true},
		{"three quarters", 0.75, 2, false},
		{"two thousand and fifteen", 2000, 2, false},
		{"Pakistan", 0, 0, false},
	}
	for _, tt := range tests {
		x, n, dec := v.NumberAt(Lex(tt.text, 0), 0)
		if x != tt.val || n != tt.n || dec != tt.dec {
			t.Errorf("NumberAt(%q) = %v, %d, %v; want %v, %d, %v", tt.text, x, n, dec, tt.val, tt.n, tt.dec)
		}
	}
}

// The articles, from two kinds of text (a war history, a news report),
// with the words that only look like one.
func TestArticles(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct{ s, art, indef, def string }{
		{"an offensive in the north took a week and the army an hour", "an the a the an", "an a an", "the the"},
		{"A spokesman said the talks at Annapolis, as planned, then ended", "a the", "a", "the"},
		{"Anna thanked them as theirs", "", "", ""},
	} {
		var art, indef, def []string
		for _, tk := range Lex(c.s, 0) {
			if v.Article(tk.Low) != Article(tk.Low) || v.Indefinite(tk.Low) != IndefiniteArticle(tk.Low) || v.Definite(tk.Low) != DefiniteArticle(tk.Low) {
				t.Errorf("%q: the package functions disagree with the vocabulary", tk.Low)
			}
			if v.Article(tk.Low) {
				art = append(art, tk.Low)
			}
			if v.Indefinite(tk.Low) {
				indef = append(indef, tk.Low)
			}
			if v.Definite(tk.Low) {
				def = append(def, tk.Low)
			}
		}
		if got := strings.Join(art, " "); got != c.art {
			t.Errorf("%q: articles %q, want %q", c.s, got, c.art)
		}
		if got := strings.Join(indef, " "); got != c.indef {
			t.Errorf("%q: indefinite %q, want %q", c.s, got, c.indef)
		}
		if got := strings.Join(def, " "); got != c.def {
			t.Errorf("%q: definite %q, want %q", c.s, got, c.def)
		}
	}
}

// A user's articles file (-vocab) adds an article and moves one to the
// other kind; the embedded vocabulary keeps its own.
func TestUserArticles(t *testing.T) {
	v, err := New(vocab.Source{Kind: "articles", Origin: "user", Data: []byte("ye\tdefinite\nthe\tindefinite\n")})
	if err != nil {
		t.Fatal(err)
	}
	if !v.Definite("ye") || !v.Article("ye") || v.Indefinite("ye") {
		t.Error("ye: want a definite article")
	}
	if v.Definite("the") || !v.Indefinite("the") || !v.Article("the") {
		t.Error("the: want an indefinite article after the user's line")
	}
	if !v.Indefinite("a") || v.Article("yes") || v.Article("th") || v.Article("") {
		t.Error("the other words changed")
	}
	if !testVocab(t).Definite("the") || testVocab(t).Article("ye") {
		t.Error("the embedded vocabulary changed")
	}
}

// A capitalized word inside a sentence gets a lower-case key only when the
// lexer knows it; the first word always does.
func TestLexerKnownWords(t *testing.T) {
	lx := NewLexer(func(yield func(string) bool) { yield("aid") })
	var lows []string
	for _, k := range lx.Lex("The Aid of Pakistan, and THE Aid", 0) {
		lows = append(lows, k.Low)
	}
	if got := strings.Join(lows, " "); got != "the aid of Pakistan , and THE aid" {
		t.Errorf("lows %q", got)
	}
	if !lx.Known("aid") || lx.Known("pakistan") {
		t.Error("Known")
	}
}

// The same on another kind of text (a paper's sentence on law): the known
// word loses its capitals inside the sentence however it is written
// ("Treaty", "TREATY"), a name keeps its capitals, the first word is
// lower-cased whatever it is.
func TestLexerKnownWordsPaper(t *testing.T) {
	lx := NewLexer(func(yield func(string) bool) { yield("treaty") })
	var lows []string
	for _, k := range lx.Lex("Under the Treaty of Rome, TREATY law binds Brussels", 0) {
		lows = append(lows, k.Low)
	}
	if got := strings.Join(lows, " "); got != "under the treaty of Rome , treaty law binds Brussels" {
		t.Errorf("lows %q", got)
	}
}

// The lexer's bit filter passes every word it knows: each one, written
// with capitals inside a sentence, gets its lower-case key; a name whose
// bit happens to be set is still kept as written.
func TestLexerFilterPassesKnown(t *testing.T) {
	v, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	lx := NewLexer(v.Words())
	n := 0
	for w := range lx.lows {
		if w == "" || w[0] < 'a' || w[0] > 'z' || strings.ContainsAny(w, " -'") {
			continue
		}
		up := strings.ToUpper(w[:1]) + w[1:]
		toks := lx.Lex("so "+up, 0)
		if len(toks) != 2 || toks[1].Low != w {
			t.Errorf("%q lexed %+v", up, toks)
		}
		n++
	}
	if n < 50 {
		t.Fatalf("only %d words tried", n)
	}
	for _, name := range []string{"Karachi", "Zbigniew", "Kabul"} {
		if toks := lx.Lex("so "+name, 0); toks[1].Low != name {
			t.Errorf("%q lexed %q", name, toks[1].Low)
		}
	}
}

// A word's key is its lower case, whatever mix of capitals, periods and
// letters not ASCII it has (lexInto finds both as it reads the word); a
// known word inside a sentence shares the lexer's key, a name keeps its
// capitals, and every byte not ASCII takes strings.ToLower.
func TestLowKeyCases(t *testing.T) {
	lx := NewLexer(slices.Values([]string{"u.s", "aid", "école"}))
	for _, c := range []struct{ in, low, named string }{
		{"aid", "aid", "aid"},
		{"AID", "aid", "aid"},
		{"aId", "aid", "aid"},
		{"U.S", "u.s", "u.s"},
		{"u.S", "u.s", "u.s"},
		{"McDonald", "mcdonald", "McDonald"},
		{"iPhone", "iphone", "iPhone"},
		{"École", "école", "école"},
		{"ÉCOLE", "école", "école"},
		{"naïve", "naïve", "naïve"},
		{"NAÏVE", "naïve", "naïve"},
		{"ArmÉe", "armée", "armée"},
		{"zürich", "zürich", "zürich"},
		{"Zürich", "zürich", "zürich"},
		{"a.b.C", "a.b.c", "a.b.C"},
	} {
		first := lx.Lex(c.in, 0) // a sentence's first word
		inner := lx.Lex("so "+c.in, 0)
		if len(first) != 1 || len(inner) != 2 || first[0].Kind != Alpha {
			t.Errorf("%q lexed %+v, %+v", c.in, first, inner)
			continue
		}
		if first[0].Low != c.low || inner[1].Low != c.named || Lex("so "+c.in, 0)[1].Low != strings.ToLower(c.in) {
			t.Errorf("%q: first %q (want %q), inner %q (want %q), Lex %q", c.in, first[0].Low, c.low, inner[1].Low, c.named, Lex("so "+c.in, 0)[1].Low)
		}
	}
}

// PossessiveAt finds the "'" and "s" the lexer splits a possessive into,
// with a straight or curly apostrophe, and no other "s" or apostrophe.
func TestPossessiveAt(t *testing.T) {
	for _, c := range []struct {
		s  string
		at int // the apostrophe's token, or -2 for none
	}{
		{"Japan's diplomats", 1},
		{"after Moscow’s shift", 2},
		{"the Soviets' aid", -2},         // a plural's apostrophe, no "s" after it
		{"the 1990s saw", -2},            // a decade's "s"
		{"Peru fought on as Chile's", 5}, // the sentence's last token
		{"'s", 0},
		// a paper and a news report: a curly apostrophe, and the plural's
		// apostrophe after a name
		{"in Waltz’s 1979 book", 2},
		{"the ministers' talks and the ministry's spokesman", 7},
	} {
		toks := Lex(c.s, 0)
		for i := -1; i <= len(toks); i++ {
			if got := PossessiveAt(toks, i); got != (i == c.at) {
				t.Errorf("%q: PossessiveAt(%d) = %v", c.s, i, got)
			}
		}
	}
}
