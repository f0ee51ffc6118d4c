package extract

import (
	"fmt"
	"strings"
)

// PLOVER event categories.
var ploverCategories = map[string]bool{"AGREE": true, "CONSULT": true, "SUPPORT": true, "CONCEDE": true, "COOPERATE": true,
	"AID": true, "RETREAT": true, "REQUEST": true, "ACCUSE": true, "REJECT": true, "THREATEN": true, "PROTEST": true,
	"SANCTION": true, "MOBILIZE": true, "COERCE": true, "ASSAULT": true}

// trigger is a word or phrase that names an event.
type trigger struct {
	words    []string // lower-case tokens; the first may be an inflected form
	category string
	subtype  string
	noun     bool
	inverse  bool            // the subject is the target ("received aid")
	mutual   bool            // the actors act together ("met", "war")
	mediator bool            // the subject acts between the others ("mediated between A and B")
	agent    bool            // a noun naming the one who acts ("the largest supplier of arms to India")
	objects  map[string]bool // the trigger needs one of these words after it
}

func (v *Vocabulary) addTrigger(f []string) error {
	get := func(i int) string {
		if i < len(f) {
			return strings.TrimSpace(f[i])
		}
		return ""
	}
	form, cat, sub, kind, flags := strings.ToLower(get(0)), get(1), get(2), get(3), get(4)
	if form == "" || !(ploverCategories[cat] || cat == "NONE") || sub == "" || (kind != "verb" && kind != "noun") {
		return fmt.Errorf("want form<TAB>PLOVER category or NONE<TAB>subtype<TAB>verb|noun[<TAB>flags]")
	}
	base := trigger{category: cat, subtype: sub, noun: kind == "noun"}
	past := false
	for _, fl := range strings.Split(flags, ",") {
		fl = strings.TrimSpace(fl)
		switch {
		case fl == "":
		case fl == "inverse":
			base.inverse = true
		case fl == "mutual":
			base.mutual = true
		case fl == "mediator":
			base.mediator = true
		case fl == "agent":
			base.agent = true
		case fl == "past":
			past = true
		case strings.HasPrefix(fl, "object="):
			base.objects = map[string]bool{}
			for _, o := range strings.Split(strings.TrimPrefix(fl, "object="), "|") {
				base.objects[strings.ToLower(o)] = true
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
		t.words = append([]string{h}, ws[1:]...)
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
