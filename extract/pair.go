package extract

// roleNouns name what one actor is to another: "an ally of the U.S.".
var roleNouns = map[string]bool{"ally": true, "allies": true, "partner": true, "partners": true, "enemy": true,
	"enemies": true, "adversary": true, "adversaries": true, "rival": true, "rivals": true, "friend": true, "friends": true}

// PairSpan is one actor pair a sentence relates.
type PairSpan struct {
	Sent     int
	A, B     string
	Directed bool
	Relation string
	Rule     string
}

// pairsOf finds the actor pairs of one sentence: every source and target
// of its events; actors joined in a compound ("Sino-Pak alliance"); actors
// after "between" or in a membership list ("consisting of A, B and C");
// and actors said to act on each other ("reached out to each other").
func (v *Vocabulary) pairsOf(sv *sentenceView, si int, evs []EventSpan) []PairSpan {
	var out []PairSpan
	seen := map[[2]string]int{}
	add := func(a, b string, directed bool, rel, rule string) {
		if a == "" || b == "" || a == b {
			return
		}
		k := [2]string{a, b}
		if b < a {
			k = [2]string{b, a}
		}
		if i, ok := seen[k]; ok {
			if directed && !out[i].Directed {
				out[i].A, out[i].B, out[i].Directed, out[i].Relation = a, b, true, rel
			}
			return
		}
		seen[k] = len(out)
		out = append(out, PairSpan{Sent: si, A: a, B: b, Directed: directed, Relation: rel, Rule: rule})
	}
	all := func(codes []string, rel, rule string) {
		for x := 0; x < len(codes); x++ {
			for y := x + 1; y < len(codes); y++ {
				add(codes[x], codes[y], false, rel, rule)
			}
		}
	}
	for _, e := range evs {
		for _, s := range e.Source {
			for _, t := range e.Target {
				add(s, t, true, e.Subtype, "pair:event")
			}
		}
		if len(e.Target) == 0 || e.mutual {
			all(e.Source, e.Subtype, "pair:event")
		}
	}
	for _, e := range sv.hidden {
		for _, s := range e.Source {
			for _, t := range e.Target {
				add(s, t, true, e.Subtype, "pair:event")
			}
		}
	}
	toks := sv.toks
	// relAfter finds a relation noun within four words after token k
	// (past a possessive): "Sino-Pak strategic relations".
	relAfter := func(k int) (string, int) {
		words := 0
		for j := k + 1; j < len(toks) && words < 4; j++ {
			w := toks[j].low
			if r, ok := v.relations[w]; ok {
				return r, j
			}
			if w == "'" || w == "s" || w == "-" || w == "–" {
				continue
			}
			if toks[j].kind != tWord || prepositions[w] || clauseWords[w] || w == "and" || sv.coordAt[j] >= 0 {
				break
			}
			words++
		}
		return "", -1
	}
	// relBefore finds "REL of|between|among" ending within six tokens
	// before token k: "the strategic convergences of the two autocracies-".
	relBefore := func(k int) (string, int) {
		for j := k - 1; j >= 0 && j >= k-7; j-- {
			if r, ok := v.relations[toks[j].low]; ok && j+1 < len(toks) && (toks[j+1].low == "of" || toks[j+1].low == "between" || toks[j+1].low == "among") {
				return r, j
			}
			if clauseWords[toks[j].low] || sv.coordAt[j] >= 0 {
				break
			}
		}
		return "", -1
	}
	// preActor finds the actor right before a relation noun at j ("Soviet
	// neutrality", "America's most allied ally").
	preActor := func(j int) ([]string, bool, int) {
		for k := j - 1; k >= 0 && k >= j-6; k-- {
			if c := sv.coordAt[k]; c >= 0 {
				possessive := sv.coords[c].last+2 < len(toks) && toks[sv.coords[c].last+1].low == "'" && toks[sv.coords[c].last+2].low == "s"
				// four words back, or six past a possessive ("America ' s
				// most allied ally")
				if !possessive && k < j-4 {
					break
				}
				return sv.coords[c].codes(sv.groups), possessive, sv.coords[c].first
			}
			w := toks[k].low
			// a participle after "most" is an adjective: "most allied ally"
			adjective := k > 0 && (toks[k-1].low == "most" || toks[k-1].low == "more" || toks[k-1].low == "very")
			if w == "the" || w == "'" || w == "s" || toks[k].kind == tWord && !prepositions[w] && !clauseWords[w] && w != "and" && (adjective || !verbLike(w)) {
				continue
			}
			break
		}
		return nil, false, -1
	}
	for ci, co := range sv.coords {
		codes := co.codes(sv.groups)
		compound := false
		for _, g := range co.groups {
			compound = compound || sv.groups[g].compound
		}
		prev := ""
		if co.first > 0 {
			prev = toks[co.first-1].low
		}
		if len(codes) < 2 {
			continue
		}
		if rel, _ := relAfter(co.last); compound {
			// "Sino-Pak alliance", "U.S.-Pakistan relations"; a compound with
			// no relation after it ("Russo-Pak," in a list of keywords) states none.
			if rel != "" {
				all(codes, rel, "pair:compound")
			}
			continue
		}
		if rel, j := relBefore(co.first); rel != "" {
			// "relations between A and B", "the rapprochement of A and B";
			// "Soviet neutrality between India and Pakistan" relates a third party.
			if x, _, _ := preActor(j); x != nil && toks[j+1].low == "between" {
				for _, a := range x {
					for _, b := range codes {
						add(a, b, false, rel, "pair:between")
					}
				}
				continue
			}
			all(codes, rel, "pair:between")
			continue
		}
		switch {
		case prev == "both" && len(evs) > 0 && !sv.governed(ci) && !sv.objectOfVerb(ci):
			// "Both Pakistan and China called for a withdrawal": acting
			// together relates them too
			all(codes, "joint_"+evs[0].Subtype, "pair:joint")
		case prev == "between" || prev == "among":
			all(codes, "relations", "pair:between")
		case prev == "of" && co.first > 1 && (toks[co.first-2].low == "consisting" || toks[co.first-2].low == "comprising" || toks[co.first-2].low == "composed"),
			prev == "involving" || prev == "including" && ci > 0:
			all(codes, "group", "pair:members")
		default:
			// "A and B's competition", "A and B ... each other", "A, B and C forming one axis"
			if r, _ := relAfter(co.last); r != "" {
				all(codes, r, "pair:coordination")
				continue
			}
			for j := co.last + 1; j < len(toks) && j <= co.last+12 && sv.clause[j] == sv.clause[co.last]; j++ {
				w := toks[j].low
				r, _ := relAfter(j)
				if w == "each" && j+1 < len(toks) && toks[j+1].low == "other" || w == "one" && j+1 < len(toks) && toks[j+1].low == "another" ||
					w == "jointly" || w == "together" || w == "bilateral" || w == "mutual" || (w == "forming" || w == "formed" || w == "form") && r != "" {
					if r == "" {
						r = "mutual"
					}
					all(codes, r, "pair:mutual")
					break
				}
			}
		}
	}
	// Co-members of an alliance joined "with" others: "joined the Baghdad
	// Pact with Britain, Turkey, Iraq and Iran".
	for _, e := range evs {
		if e.Subtype != "join_alliance" {
			continue
		}
		for k := 0; k+1 < len(toks); k++ {
			if int(toks[k].start) > e.End && toks[k].low == "with" && sv.coordAt[k+1] >= 0 {
				members := appendCodes(append([]string{}, e.Source...), sv.coords[sv.coordAt[k+1]].codes(sv.groups)...)
				all(members, "alliance", "pair:members")
				break
			}
		}
	}
	for k, t := range toks {
		r, ok := v.relations[t.low]
		if !ok || sv.inEnt[k] {
			continue
		}
		x, possessive, first := preActor(k)
		// "X was America's most allied ally": the possessor and the subject
		// (found before the possessor, which is no subject).
		if possessive {
			if subj, _ := sv.subject(first, sv.clause[first], evs); subj != nil {
				for _, a := range subj {
					for _, b := range x {
						add(a, b, false, r, "pair:possessive")
					}
				}
			}
			continue
		}
		// "Pakistan, an ally of the U.S.", "India has become an ally of
		// the US": the one a person-like relation noun names (the head of
		// the apposition, or the clause's subject) and the actor after "of".
		of := k + 2
		if of < len(toks) && toks[of].low == "the" {
			of++
		}
		if roleNouns[t.low] && of < len(toks) && toks[k+1].low == "of" && sv.coordAt[of] >= 0 {
			other := sv.coords[sv.coordAt[of]].codes(sv.groups)
			var holder []string
			if k >= 3 && (toks[k-1].low == "an" || toks[k-1].low == "a") && toks[k-2].low == "," && sv.coordAt[k-3] >= 0 {
				holder = sv.coords[sv.coordAt[k-3]].codes(sv.groups)
			} else {
				holder, _ = sv.subject(k, sv.clause[k], evs)
			}
			for _, a := range holder {
				for _, b := range other {
					add(a, b, false, r, "pair:role")
				}
			}
			continue
		}
		// "forging strategic ties with the Soviets": the relation's holder
		// (its possessor, or the clause's subject) and the actor after "with".
		if k+2 >= len(toks) || toks[k+1].low != "with" || sv.coordAt[k+2] < 0 || sv.isTrigger(k) {
			continue
		}
		other := sv.coords[sv.coordAt[k+2]].codes(sv.groups)
		holder := x
		if holder == nil {
			holder, _ = sv.subject(k, sv.clause[k], evs)
		}
		if holder == nil {
			// "sharp polarisations with China, Pakistan and the U.S.
			// forming one axis and the Soviets along with India forming
			// another": the sides named after "with" face each other.
			var sides [][]string
			for j := k + 2; j < len(toks); j++ {
				if c := sv.coordAt[j]; c >= 0 {
					sides = append(sides, sv.coords[c].codes(sv.groups))
					j = sv.coords[c].last
				}
			}
			for x := 0; x < len(sides); x++ {
				for y := x + 1; y < len(sides); y++ {
					for _, a := range sides[x] {
						for _, b := range sides[y] {
							add(a, b, false, r, "pair:sides")
						}
					}
				}
			}
			continue
		}
		for _, a := range holder {
			for _, b := range other {
				add(a, b, false, r, "pair:with")
			}
		}
	}
	// "the Soviet policy towards Pakistan", "Russia's shift towards
	// Islamabad", "the U.S. renewed its interest in Pakistan": the stance's
	// holder (the actor or possessive pronoun before it) and its object.
	for k, t := range toks {
		st, ok := v.stances[t.low]
		if !ok || sv.inEnt[k] || sv.isTrigger(k) {
			continue
		}
		j := stancePrep(toks, k+1, st.preps)
		if j < 0 {
			continue
		}
		if j < len(toks) && toks[j].low == "the" {
			j++
		}
		if j >= len(toks) || sv.coordAt[j] < 0 {
			continue
		}
		other := sv.coords[sv.coordAt[j]].codes(sv.groups)
		var holder []string
		if st.predicate {
			subj, skipped := sv.subject(k, sv.clause[k], evs)
			if holder = subj; holder == nil {
				holder = skipped // "made the Soviets uncomfortable with"
			}
		} else {
			holder, _, _ = preActor(k)
		}
		if holder == nil && !st.predicate {
			for p := k - 1; p >= 0 && p >= k-3; p-- {
				if w := toks[p].low; w == "its" || w == "their" {
					holder = sv.resolve(p, false, other)
					if holder == nil {
						holder, _ = sv.subject(p, sv.clause[p], evs)
					}
					break
				}
			}
		}
		for _, a := range holder {
			for _, b := range other {
				add(a, b, true, st.relation, "pair:stance")
			}
		}
	}
	// "the relations between the two were strained", "both countries
	// signed": with no pair of its own, a sentence that names a relation
	// of "the two" means the pair the paragraph last stated.
	if len(out) == 0 && sv.para != nil && len(sv.para.pair) == 2 {
		for k := 0; k+1 < len(toks); k++ {
			w, x := toks[k].low, toks[k+1].low
			if !(w == "the" && x == "two" && (k+2 >= len(toks) || !countable(toks[k+2].low)) || w == "both" && pairNouns[x] || w == "the" && x == "two" && k+2 < len(toks) && pairNouns[toks[k+2].low]) {
				continue
			}
			rel := ""
			for _, t := range toks {
				if r, ok := v.relations[t.low]; ok {
					rel = r
					break
				}
			}
			if rel == "" {
				for _, e := range evs {
					rel = e.Subtype
					break
				}
			}
			if rel != "" {
				add(sv.para.pair[0], sv.para.pair[1], false, rel, "pair:the-two")
			}
			break
		}
	}
	return out
}

// stancePrep returns the index after one of preps starting at toks[i]
// ("vis-à-vis" spans five tokens), or -1.
func stancePrep(toks []tok, i int, preps [][]string) int {
	for _, ws := range preps {
		if i+len(ws) > len(toks) {
			continue
		}
		ok := true
		for n, w := range ws {
			if toks[i+n].low != w {
				ok = false
				break
			}
		}
		if ok {
			return i + len(ws)
		}
	}
	return -1
}

// pairNouns are what "the two" or "both" may count: "the two countries".
var pairNouns = map[string]bool{"countries": true, "states": true, "nations": true, "sides": true, "powers": true,
	"governments": true, "neighbours": true, "neighbors": true, "capitals": true, "leaders": true}

// countable reports a word after "the two" that makes it count something
// else ("the two periods", "the two regions"); a verb or a preposition
// after it leaves "the two" standing for a pair.
func countable(w string) bool {
	return !pairNouns[w] && !prepositions[w] && !clauseWords[w] && !verbLike(w) && w != "were" && w != "are" && w != "have" && w != "had" && w != "," && w != "."
}
