package lexicon_test

import (
	"testing"

	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/event/lexicon"
	"github.com/stratex/stratex/extract/vocab"
)

// TestHeadTitleAt: a head's title of headtitles.txt is read at a token,
// one word ("President") or several matched word for word ("Prime
// Minister"); "prime" or "minister" alone is none, and a user's file adds
// titles of several words. Sentences of our own, from a history and from
// news.
func TestHeadTitleAt(t *testing.T) {
	v, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	user, err := lexicon.New(vocab.Source{Kind: "headtitles", Origin: "test", Data: []byte("supreme leader\n")})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, text, at string
		v              *lexicon.Vocabulary
		want           int
	}{
		{"two words (history)", "In 1936, Prime Minister Tarvo closed the border.", "prime", v, 2},
		{"two words, lower case (news)", "The prime minister said on Monday that talks would resume.", "prime", v, 2},
		{"one word (news)", "President Okonjo has dissolved parliament.", "president", v, 1},
		{"one word (history)", "In 1879, King Cetshwayo refused the ultimatum.", "king", v, 1},
		{"not: prime alone (paper)", "The case is a prime example of coercion.", "prime", v, 0},
		{"not: minister alone (news)", "The Minister of Defence visited the troops.", "minister", v, 0},
		{"not: prime at the end (news)", "Its timing was prime.", "prime", v, 0},
		{"a user's title (news)", "Supreme Leader Haddad rejected the offer.", "supreme", user, 2},
		{"not: a user's title unread (news)", "Supreme Leader Haddad rejected the offer.", "supreme", v, 0},
	} {
		toks := english.Lex(c.text, 0)
		k := -1
		for i, tk := range toks {
			if tk.Low == c.at {
				k = i
				break
			}
		}
		if k < 0 {
			t.Fatalf("%s: no %q in %q", c.name, c.at, c.text)
		}
		if got := c.v.HeadTitleAt(toks, k); got != c.want {
			t.Errorf("%s: HeadTitleAt(%q) = %d, want %d", c.name, c.text, got, c.want)
		}
	}
}
