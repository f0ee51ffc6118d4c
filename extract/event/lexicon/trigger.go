package lexicon

import (
	"fmt"
	"strings"

	"github.com/stratex/stratex/extract/vocab"
)

// Categories are the PLOVER event categories.
var Categories = []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
	"REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}

// Trigger is a word or phrase that names an event.
type Trigger struct {
	Words    []string // lower-case tokens; the first may be an inflected form
	Category string   // a PLOVER category, or NONE for a phrase that names no event
	Subtype  string
	Noun     bool
	Inverse  bool            // the subject is the target ("received aid")
	Mutual   bool            // the actors act together ("met", "war")
	Mediator bool            // the subject acts between the others ("mediated between A and B")
	Agent    bool            // a noun naming the one who acts ("the largest supplier of arms to India")
	Objects  map[string]bool // the trigger needs one of these words after it
}

func (v *Vocabulary) addTrigger(l vocab.Line) error {
	form, cat, sub, kind, flags := strings.ToLower(l.Field(0)), l.Field(1), l.Field(2), l.Field(3), l.Field(4)
	if form == "" || !(v.categories[cat] || cat == "NONE") || sub == "" || (kind != "verb" && kind != "noun") {
		return fmt.Errorf("want form<TAB>PLOVER category or NONE<TAB>subtype<TAB>verb|noun[<TAB>flags]")
	}
	base := Trigger{Category: cat, Subtype: sub, Noun: kind == "noun"}
	past := false
	for _, fl := range strings.Split(flags, ",") {
		fl = strings.TrimSpace(fl)
		switch {
		case fl == "":
		case fl == "inverse":
			base.Inverse = true
		case fl == "mutual":
			base.Mutual = true
		case fl == "mediator":
			base.Mediator = true
		case fl == "agent":
			base.Agent = true
		case fl == "past":
			past = true
		case strings.HasPrefix(fl, "object="):
			base.Objects = map[string]bool{}
			for _, o := range strings.Split(strings.TrimPrefix(fl, "object="), "|") {
				base.Objects[strings.ToLower(o)] = true
			}
		default:
			return fmt.Errorf("unknown flag %q", fl)
		}
	}
	ws := strings.Fields(form)
	heads := []string{ws[0]}
	if kind == "verb" && !past {
		heads = inflect(ws[0])
	}
	for _, h := range heads {
		t := base
		t.Words = append([]string{h}, ws[1:]...)
		v.triggers[h] = append(v.triggers[h], &t)
	}
	return nil
}

// inflect returns a regular verb's forms: base, -s, -ed, -ing (with the
// usual spelling changes, and a doubled final consonant as an alternative).
func inflect(b string) []string {
	out := []string{b}
	n := len(b)
	last := b[n-1]
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	switch {
	case strings.HasSuffix(b, "y") && n > 1 && !vowel(b[n-2]):
		out = append(out, b[:n-1]+"ies", b[:n-1]+"ied", b+"ing")
	case strings.HasSuffix(b, "e"):
		out = append(out, b+"s", b+"d", b[:n-1]+"ing")
	case strings.HasSuffix(b, "s") || strings.HasSuffix(b, "sh") || strings.HasSuffix(b, "ch") || strings.HasSuffix(b, "x") || strings.HasSuffix(b, "z"):
		out = append(out, b+"es", b+"ed", b+"ing")
	default:
		out = append(out, b+"s", b+"ed", b+"ing")
		if n >= 3 && !vowel(last) && vowel(b[n-2]) && !vowel(b[n-3]) && strings.IndexByte("wxy", last) < 0 {
			out = append(out, b+string(last)+"ed", b+string(last)+"ing")
		}
	}
	return out
}
