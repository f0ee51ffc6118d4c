package text_test

import (
	"context"
	"strings"
	"testing"

	"github.com/stratex/stratex/extract/actor"
	"github.com/stratex/stratex/extract/text"
)

func vocab(t testing.TB) *text.Vocabulary {
	t.Helper()
	v, err := text.Default()
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// header reads the front matter of tx, with the actor gazetteer telling an
// address line from a line of names.
func header(t *testing.T, v *text.Vocabulary, tx *text.Text) text.Header {
	t.Helper()
	av, err := actor.Default()
	if err != nil {
		t.Fatal(err)
	}
	st, err := v.Structure(context.Background(), tx)
	if err != nil {
		t.Fatal(err)
	}
	h, err := v.Header(context.Background(), tx, st, av.NamesPlace)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func TestHeader(t *testing.T) {
	v := vocab(t)
	src := "P: ISSN No. 1234-5678 VOL.- III , ISSUE- II March - 2021\nA Study of Aid Relations Between Two States\n" +
		"Paper Id : 99 Submission Date : 02/03/2021 Acceptance Date : 14/03/2021\nJane Roe\nAssistant Professor\n" +
		"Department of Politics\nJohn Doe and Ann Lee\nAbstract This paper studies aid."
	tx := text.Compose(text.TextBlocks(src, false))
	h := header(t, v, tx)
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
	src := "Populism and Foreign Policy in a Large Democracy\nOPEN ACCESS\nNatália Campos de Souza Pimenta\n" +
		"Andrew E. Webb, Thomas A. Walsh and Mary J. O'Connell\n1 2 Kevin DeLuca and John A. Curiel\nAbstract This paper studies aid."
	tx := text.Compose(text.TextBlocks(src, false))
	h := header(t, v, tx)
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
			f, k := vocab(t).DateOrder(tt.text)
			if f != tt.first || k != tt.know {
				t.Errorf("DateOrder = %v,%v want %v,%v", f, k, tt.first, tt.know)
			}
		})
	}
}

// An issue mark counts as a word of its own: "VOL" inside "REVOLUTION" and
// "ISSUE" inside "ISSUES" make no issue line, "Vol. 12, No. 3" does.
func TestIssueLineMarksAreWords(t *testing.T) {
	v := vocab(t)
	for _, c := range []struct{ line, want string }{
		{"THE RUSSIAN REVOLUTION AND ITS AFTERMATH, March 1921", ""},
		{"Trade ISSUES in the Gulf, June 2020", ""},
		{"Journal of Peace Research Vol. 12, No. 3, May 1975", "issue=1975-05"},
		{"ISSN 0022-3433 ISSUE 4 October 2001", "issue=2001-10"},
	} {
		src := c.line + "\nA Study of Aid Relations Between Two States\nJane Roe\nAbstract This paper studies aid."
		tx := text.Compose(text.TextBlocks(src, false))
		var got []string
		for _, d := range header(t, v, tx).Dates {
			got = append(got, d.Label+"="+d.Value)
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("%q: dates %q, want %q", c.line, got, c.want)
		}
	}
}
