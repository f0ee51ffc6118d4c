package text

import "strings"

// spelling counts the British and American forms of spelling.tsv in a
// lower-cased text, each as strings.Count counts a substring (matches of
// one form do not overlap), in one pass over the text instead of one per
// form: a position is tried only when its two bytes open some form.
type spelling struct {
	forms   []string
	british []bool
	pairs   [1 << 16 / 64]uint64 // the first two bytes of each form of two bytes or more
	first   [256][]int           // the forms of two bytes or more by their first byte
	short   []int                // the forms of fewer than two bytes
}

func (sp *spelling) add(form string, british bool) {
	if len(form) < 2 {
		sp.short = append(sp.short, len(sp.forms))
	} else {
		k := int(form[0])<<8 | int(form[1])
		sp.pairs[k/64] |= 1 << (k % 64)
		sp.first[form[0]] = append(sp.first[form[0]], len(sp.forms))
	}
	sp.forms = append(sp.forms, form)
	sp.british = append(sp.british, british)
}

// count returns how often the British and the American forms occur in l.
func (sp *spelling) count(l string) (british, american int) {
	n := make([]int, len(sp.forms))
	for _, f := range sp.short {
		n[f] = strings.Count(l, sp.forms[f])
	}
	next := make([]int, len(sp.forms)) // where a form's last match ends
	for i := 0; i+1 < len(l); i++ {
		k := int(l[i])<<8 | int(l[i+1])
		if sp.pairs[k/64]&(1<<(k%64)) == 0 {
			continue
		}
		for _, f := range sp.first[l[i]] {
			if w := sp.forms[f]; i >= next[f] && strings.HasPrefix(l[i:], w) {
				n[f]++
				next[f] = i + len(w)
			}
		}
	}
	for f, c := range n {
		if sp.british[f] {
			british += c
		} else {
			american += c
		}
	}
	return british, american
}
