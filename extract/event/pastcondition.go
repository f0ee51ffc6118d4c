package event

import "github.com/stratex/stratex/extract/english"

// PastCondition is a past condition contrary to fact and its consequent
// in a sentence: the tokens of the condition, Cond[0] up to Cond[1]-1
// ("If India had not secured Soviet backing"), and of the consequent,
// Cons[0] up to Cons[1]-1 ("it would probably not have risked war with
// Pakistan"). The condition states the opposite of what happened: Done
// when it is negated (its act was done: India secured the backing), else
// its act was not done ("Had the United States continued its
// deliveries": it did not). The consequent says what might have been.
type PastCondition struct {
	Cond, Cons [2]int
	Done       bool
}

// Part reports whether token k is in the condition and whether it is in
// the consequent (neither for the zero PastCondition).
func (c PastCondition) Part(k int) (cond, cons bool) {
	return k >= c.Cond[0] && k < c.Cond[1], k >= c.Cons[0] && k < c.Cons[1]
}

// PastCondition finds the sentence's past condition contrary to fact, the
// one test the event stage (an act in the condition takes the opposite
// mode) and the pair stage (pairs in either part) share: a clause that
// "if" opens, or the sentence's first word
// "Had" or a "had" after a comma, up to the next comma (or ";", or the
// sentence's end), holding "had" and, within four words after it (the
// subject after an inverted "Had", a negation, adverbs), a past
// participle; with a consequent where a modal of modality.tsv's classes
// would and hypothetical ("would", "might", "could") stands before
// "have" with only negations and adverbs between ("would probably not
// have"; "would have to respond" is a need, none): after the condition's
// comma (past an aside "as X V-ed," there, which belongs to neither
// part: "If Iraq had withdrawn from Kuwait, as the United Nations
// demanded, there would have been no war"), or before the condition in
// its sentence (from the last ";": "Pakistan might have held its gains
// had the United States continued its deliveries"), or, after a "Had"
// that opens the sentence with no comma to end its condition, from the
// subject of the modal on: an actor phrase right before it, or the
// lower-case noun phrase there ("Had France attacked Germany in 1936
// Hitler would have fallen", "Had Britain intervened the war would have
// ended sooner"). A word of
// modality.tsv's class negated in the condition makes it Done. A
// condition of the present or future ("If Iran tests a weapon, Israel
// will strike"; "if it had troops": no participle) and a past perfect
// with no such consequent ("If Iraq had invaded Kuwait, it was because";
// "After Germany had invaded Poland, Britain declared war") are none.
func (sv *Sentence) PastCondition() (PastCondition, bool) {
	toks := sv.Toks
	end := func(k int) int { // the condition's end: the next comma
		for ; k < len(toks); k++ {
			if t := toks[k].Text; t == "," || t == ";" {
				break
			}
		}
		return k
	}
	// modal reports "would/might/could (not|never|adverb)* have" in from..to-1
	modal := func(from, to int) bool {
		for k := from; k < to; k++ {
			if m := sv.lex.Modality(toks[k].Low); m != "would" && m != "hypothetical" {
				continue
			}
			for j := k + 1; j < to && j <= k+3; j++ {
				if toks[j].Low == "have" {
					return j+1 >= to || toks[j+1].Low != "to" // "would have to respond" is a need
				}
				if sv.lex.Modality(toks[j].Low) != "negated" && !sv.adverb(j) {
					break
				}
			}
		}
		return false
	}
	for k, t := range toks {
		inverted := t.Low == "had" && (k == 0 || toks[k-1].Text == ",")
		// "if", a conditional of modality.tsv that opens a condition
		// contrary to fact: not "unless", which negates its condition,
		// nor "whether", which doubts it
		if !sv.lex.Contrary(t.Low) && !inverted {
			continue
		}
		to := end(k)
		had, negated := -1, false
		for j := k; j < to; j++ {
			if toks[j].Low == "had" && had < 0 {
				for p := j + 1; p < to && p <= j+4; p++ {
					if w := toks[p].Low; toks[p].Kind == english.Alpha && toks[p].Text == w && sv.Participle(w) && w != "had" {
						had = j
						break
					}
				}
			}
			negated = negated || sv.lex.Modality(toks[j].Low) == "negated"
		}
		if had < 0 {
			continue
		}
		if to < len(toks) && toks[to].Text == "," {
			last := to + 1
			for last < len(toks) && toks[last].Text != ";" {
				last++
			}
			first := to + 1
			if a := sv.asAside(first, last); a > first && !modal(first, a) {
				first = a + 1
			}
			if modal(first, last) {
				return PastCondition{Cond: [2]int{k, to}, Cons: [2]int{first, last}, Done: negated}, true
			}
		}
		if inverted && k == 0 {
			// "Had France attacked Germany in 1936 Hitler would have
			// fallen": no comma ends the inverted condition; the
			// consequent opens with the subject of its modal
			for m := had + 2; m < to; m++ {
				if s := sv.modalSubject(m); s > had+1 && modal(m, to) {
					return PastCondition{Cond: [2]int{k, s}, Cons: [2]int{s, to}, Done: negated}, true
				}
			}
		}
		from := k
		for from > 0 && toks[from-1].Text != ";" {
			from--
		}
		if k > from && modal(from, k) {
			return PastCondition{Cond: [2]int{k, to}, Cons: [2]int{from, k}, Done: negated}, true
		}
	}
	return PastCondition{}, false
}

// asAside returns the comma that closes an aside "as <subject> <past
// tense>," opening at token k, before token last ("as the United Nations
// demanded,", "as Russia had advised,"), else -1: at most eight tokens
// up to the comma, the last a lowercase past tense. "as had Syria" (the
// condition goes on), "as a result", "as soon as Egypt asked" (when the
// condition's act would have come) and an aside that runs to last are
// none.
func (sv *Sentence) asAside(k, last int) int {
	toks := sv.Toks
	if k >= last || toks[k].Low != "as" {
		return -1
	}
	for a := k + 2; a < last && a <= k+9; a++ {
		if toks[a].Low == "as" {
			return -1 // "as soon as Egypt asked": a time of the condition's act
		}
		if toks[a].Text != "," {
			continue
		}
		if w := toks[a-1]; a-1 > k+1 && w.Kind == english.Alpha && w.Text == w.Low && sv.Past(w.Low) {
			return a
		}
		return -1
	}
	return -1
}

// modalSubject returns the first token of the subject right before a
// modal of modality.tsv's classes would and hypothetical at token m: the
// actor phrase that ends there ("... in 1936 Germany would"), else the
// determiner that opens a run of lower-case words there ("the war
// would"); -1 for none.
func (sv *Sentence) modalSubject(m int) int {
	toks := sv.Toks
	if c := sv.lex.Modality(toks[m].Low); c != "would" && c != "hypothetical" || m == 0 {
		return -1
	}
	if c := sv.CoordAt[m-1]; c >= 0 {
		return sv.Coords[c].First
	}
	for k := m - 1; k > 0 && toks[k].Kind == english.Alpha && toks[k].Text == toks[k].Low; k-- {
		if sv.Determiner(toks[k].Low) {
			return k
		}
	}
	return -1
}
