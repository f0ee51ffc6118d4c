package pair

import (
	"context"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/event"
	"github.com/stratex/stratex/extract/event/lexicon"
	"github.com/stratex/stratex/extract/event/syntax"
)

// Span is one actor pair a sentence relates.
type Span struct {
	Sent     int
	A, B     string
	Directed bool
	Relation string
	Rule     string
	// Mode is the mode of the event that states the pair ("" when
	// asserted, else event.ModeNegated or event.ModeHypothetical): "would
	// attack" relates the two only as a possibility, and so does an act
	// stated to come ("announced it would send supplies to Poland": the
	// event's Intent) or one read inside another act's phrase that is
	// demanded, threatened or warned of (see hiddenMode). A pair that any
	// asserted event or statement of the sentence also makes is asserted.
	Mode string
}

// Finder finds the actor pairs of one document's coded sentences, in
// order: it remembers the last pair a paragraph stated, for "the two",
// and every pair the document has stated, for a place named as a scene.
type Finder struct {
	lex     *lexicon.Vocabulary
	words   *Vocabulary
	line    int
	pair    []string               // the parties of the last act or relation (no mention) a sentence of the paragraph stated
	named   []string               // the last two distinct actors the paragraph's sentences before named, in order, none in passing
	passing bool                   // a side of the pair its sentence named only in passing (setOff)
	related map[[2]string]bool     // the pairs the document's sentences so far stated, each way
	opposed map[[2]string]int      // for each pair, each way: the sentences whose asserted act of force of one on the other made them opponents
	nested  func(a, b string) bool // two codes of which one lies within the other (Parts), or nil
}

// NewFinder returns a finder for one document, with the embedded word
// lists of this package.
func NewFinder(lex *lexicon.Vocabulary) *Finder {
	words, err := defaultVocab()
	if err != nil {
		panic("pair: embedded vocabulary: " + err.Error()) // the package's own files; a test parses them
	}
	return NewFinderWith(lex, words)
}

// NewFinderWith returns a finder for one document that reads this
// package's word lists from words (see New).
func NewFinderWith(lex *lexicon.Vocabulary, words *Vocabulary) *Finder {
	return &Finder{lex: lex, words: words, line: -1, related: map[[2]string]bool{}, opposed: map[[2]string]int{}}
}

// Parts has the finder pair no two codes of which one lies within the
// other as nested reports (the actor stage's Vocabulary.Nested: Athens
// and the Greeks, the Delian League and Greece), by any rule: a part and
// its whole are no two sides. It returns f.
func (f *Finder) Parts(nested func(a, b string) bool) *Finder {
	f.nested = nested
	return f
}

// Pairs finds the actor pairs of the next coded sentence of the document.
func (f *Finder) Pairs(ctx context.Context, sv *event.Sentence) ([]Span, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if sv.Line != f.line {
		f.line, f.pair, f.named = sv.Line, nil, nil
	}
	ps := f.pairsOf(sv)
	plain := map[string]bool{} // the actors the sentence names outside a remark set off
	aside := map[string]bool{} // the actors it names in such a remark
	if !sv.Header {
		for _, co := range sv.Coords {
			if setOff(sv, co) {
				for _, c := range co.Codes(sv.Groups) {
					aside[c] = true
				}
				continue
			}
			for _, c := range co.Codes(sv.Groups) {
				plain[c] = true
				f.named = append(slices.DeleteFunc(f.named, func(x string) bool { return x == c }), c)
				if len(f.named) > 2 {
					f.named = f.named[1:]
				}
			}
		}
	}
	for _, p := range ps {
		f.related[[2]string{p.A, p.B}], f.related[[2]string{p.B, p.A}] = true, true
	}
	seen := map[[2]string]bool{}
	for _, e := range sv.Events {
		if e.Mode != "" || !f.words.opposing[e.Category] {
			continue
		}
		for _, a := range e.Source {
			for _, b := range e.Target {
				if k := [2]string{a, b}; a != b && !seen[k] {
					seen[k], seen[[2]string{b, a}] = true, true
					f.opposed[k]++
					f.opposed[[2]string{b, a}]++
				}
			}
		}
	}
	// "the two" are the parties of the paragraph's last act or relation:
	// a sentence that only names two actors together (a mention: "Uganda
	// blocked the line, and the OAU urged both governments to talk")
	// states no pair for it
	if i := slices.IndexFunc(ps, func(p Span) bool { return p.Relation != "mention" }); i >= 0 && !sv.Header {
		p := ps[i]
		f.pair = []string{p.A, p.B}
		// a side the sentence does not name (the event stage's reading of
		// "seizing Fort Boquerón" as an act on Paraguay) is not named in
		// passing: only one named in a remark and nowhere else is
		f.passing = aside[p.A] && !plain[p.A] || aside[p.B] && !plain[p.B]
	}
	return ps, nil
}

// pairsOf finds the actor pairs of one sentence: every source and target
// of its events; actors joined in a compound ("Sino-Pak alliance"); actors
// after "between" or in a membership list ("consisting of A, B and C");
// and actors said to act on each other ("made peace with each other").
func (f *Finder) pairsOf(sv *event.Sentence) []Span {
	si, evs := sv.Index, sv.Events
	if slices.ContainsFunc(evs, func(e event.Span) bool { return stated(e) || foretold(sv, e) != "" }) {
		// an act stated to come (Intent: "Spain declared it would ship
		// grain to Chile", "planned to reconquer the provinces"),
		// which the event stage codes by its announcement, and a threat
		// or a refusal that takes the subtype of the act threatened or
		// refused ("threatened to assist Poland", "refused to withdraw
		// from Egypt") relate the two by that act: only as a possibility,
		// or as an act not done
		evs = slices.Clone(evs)
		for i := range evs {
			if stated(evs[i]) {
				evs[i].Mode = event.ModeHypothetical
			} else if m := foretold(sv, evs[i]); m != "" {
				evs[i].Mode = m
			}
		}
	}
	var out []Span
	seen := map[[2]string]int{}
	put := func(a, b string, directed bool, rel, rule, mode string) {
		if a == "" || b == "" || a == b || f.nested != nil && f.nested(a, b) {
			return
		}
		k := [2]string{a, b}
		if b < a {
			k = [2]string{b, a}
		}
		if i, ok := seen[k]; ok {
			switch {
			case out[i].Mode != "" && mode == "":
				// an asserted statement of the pair outranks a negated or
				// hypothetical one; an undirected pair keeps its first order
				if !directed && !out[i].Directed {
					a, b = out[i].A, out[i].B
				}
				out[i] = Span{Sent: si, A: a, B: b, Directed: directed, Relation: rel, Rule: rule}
			case out[i].Mode == "" && mode != "":
			case directed && !out[i].Directed:
				out[i].A, out[i].B, out[i].Directed, out[i].Relation = a, b, true, rel
			}
			return
		}
		seen[k] = len(out)
		out = append(out, Span{Sent: si, A: a, B: b, Directed: directed, Relation: rel, Rule: rule, Mode: mode})
	}
	add := func(a, b string, directed bool, rel, rule string) { put(a, b, directed, rel, rule, "") }
	allMode := func(codes []string, rel, rule, mode string) {
		for x := 0; x < len(codes); x++ {
			for y := x + 1; y < len(codes); y++ {
				put(codes[x], codes[y], false, rel, rule, mode)
			}
		}
	}
	// jointly pairs an event's sources as allies, but two the document has
	// already shown as opponents (one attacked, coerced, threatened or
	// sanctioned the other, opposing.txt) in two sentences or more only as
	// parties of the event, unless a joint word (jointwords.txt) says they
	// acted together: "India and Pakistan attacked across the line" after
	// two Indian attacks on Pakistan; "the MPLA, UNITA and the FNLA ceased
	// fire"; but "the combined Franco-Spanish fleet entered Cadiz".
	// One act alone may be a misreading of the event stage. Sources that
	// act on a named target are on one side whatever their past ("in 1991
	// the United States and the Soviet Union condemned the invasion of
	// Kuwait"): the test holds for targetless events only.
	jointly := func(e event.Span) {
		together := f.jointWord(sv, e) || len(e.Target) > 0
		for x := 0; x < len(e.Source); x++ {
			for y := x + 1; y < len(e.Source); y++ {
				if a, b := e.Source[x], e.Source[y]; !together && f.opposed[[2]string{a, b}] >= 2 {
					put(a, b, false, e.Subtype, "pair:event", e.Mode)
				} else {
					put(a, b, false, "joint_"+e.Subtype, "pair:joint", e.Mode)
				}
			}
		}
	}
	// "the United States and the Soviet Union threatened each other": the
	// sources of an event a reciprocal pronoun follows did it to each
	// other, counterparts and no allies (a mutual or cooperative event,
	// "met each other", "made peace with each other", pairs its sources
	// with its relation already)
	recip := make([]bool, len(evs))
	// "the United States and the Soviet Union each offered aid to Egypt":
	// the sources of an act with a target that a word of the role apart
	// says each did on its own are no allies, whatever the act, only named
	// together (the act pairs each with the target)
	apart := make([]bool, len(evs))
	for i, e := range evs {
		for _, s := range e.Source {
			for _, t := range e.Target {
				put(s, t, true, e.Subtype, "pair:event", e.Mode)
			}
		}
		if recip[i] = len(e.Source) > 1 && !e.Mutual && !event.Cooperative(e.Category) && f.reciprocal(sv, e); recip[i] {
			allMode(e.Source, e.Subtype, "pair:reciprocal", e.Mode)
			continue
		}
		apart[i] = len(e.Target) > 0 && coordinated(sv, e.Source) && f.apartWord(sv, e)
		switch {
		case apart[i]:
			allMode(e.Source, "mention", "pair:sentence", e.Mode)
		case len(e.Target) == 0 && listed(sv, e.Source, false) && f.words.parallel[e.Category]:
			// "In 1914 Britain, France and Russia mobilised their
			// armies": three or more a list names, each mobilising on
			// its own, are related by no word; no pair
		case len(e.Target) == 0 && !e.Mutual && !event.Cooperative(e.Category) && listed(sv, e.Source, true):
			// "Biafra received aid from France, Gabon and Ivory Coast":
			// the givers a preposition's list names are no partners
			// (but for an act of cooperation: "The treaty was signed by
			// Britain, France and Russia")
		case len(e.Target) == 0 && f.coSubjects(sv, e) && (f.words.parallel[e.Category] || f.apartWord(sv, e)):
			// "In 1914 Germany and Russia mobilized their armies": rivals
			// do this each on its own, so the act shows neither an
			// alliance nor an act of one on the other; a plain mention.
			// So for any act the sentence says each did on its own
			// ("Burundi, Angola and Zimbabwe each justified their
			// intervention").
			allMode(e.Source, "mention", "pair:sentence", e.Mode)
		case len(e.Target) == 0 && f.coSubjects(sv, e):
			// "French and Spanish ships entered Cadiz": the sides that
			// did it together are allies, not invaders of each other
			jointly(e)
		case len(e.Target) > 0 && e.Mutual && !event.Cooperative(e.Category):
			// "France and Britain went to war with Germany": the sides
			// that fight a target fight on one side
			jointly(e)
		case len(e.Target) == 0 || e.Mutual:
			allMode(e.Source, e.Subtype, "pair:event", e.Mode)
		}
	}
	// "the CIA provided assistance to the rebels through the Pakistani
	// intelligence services": the source acts with the channel, and the
	// channel on the target
	transit := f.transit(sv)
	hidden := make([]string, 0, len(sv.Hidden)) // each hidden event's mode
	for _, e := range sv.Hidden {
		hidden = append(hidden, f.hiddenMode(sv, e, hidden))
	}
	for l, list := range [][]event.Span{evs, sv.Hidden} {
		for i, e := range list {
			if l == 1 {
				e.Mode = hidden[i]
			}
			for _, v := range e.Via {
				if slices.Contains(transit, v) && e.Category != "AID" {
					// "advisers travelled to Hanoi via China": a place a
					// journey passes through is no channel; goods given
					// via a state pass with its leave ("sent weapons to
					// the rebels via Turkey"), so an AID act keeps it
					continue
				}
				for _, s := range e.Source {
					put(s, v, false, e.Subtype, "pair:via", e.Mode)
				}
				for _, t := range e.Target {
					put(v, t, true, e.Subtype, "pair:via", e.Mode)
				}
			}
		}
	}
	for i, e := range sv.Hidden {
		for _, s := range e.Source {
			for _, t := range e.Target {
				put(s, t, true, e.Subtype, "pair:event", hidden[i])
			}
		}
	}
	// "French and British troops invaded Togoland": the sides one
	// coordination names as an event's source act together, so they are a
	// pair too (after the event pairs, which keep their relation).
	for i, e := range evs {
		if len(e.Target) > 0 && !e.Mutual && !recip[i] && !apart[i] && coordinated(sv, e.Source) {
			jointly(e)
		}
	}
	byEvents := len(out) // the pairs the events give; the rules below add theirs
	toks := sv.Toks
	// scope is the mode of the negated or hypothetical event whose trigger
	// is the last before token k in k's clause: the relation a clause
	// states is as hypothetical as its verb ("could sign a trade agreement
	// with Peru", "did not restore ties with Chile").
	var trig []int     // each event's trigger token, found at the first call
	var past *pastCond // the sentence's past condition (pastCondition), found at the first call
	scope := func(k int) string {
		if k >= len(toks) {
			return ""
		}
		if trig == nil {
			trig = make([]int, len(evs))
			for i, e := range evs {
				trig[i] = triggerTok(toks, e)
			}
		}
		if m, ok := f.nounMode(sv, k); ok {
			// "Kenya has no border dispute with Uganda", "free of
			// conflict between Ghana and Togo": the relation noun's own
			// phrase denies it
			return m
		}
		for i, e := range evs {
			if e.Subtype == "deny" && f.deniedObject(sv, trig[i], k) {
				// "India denies that it has an alliance with Russia"
				return event.ModeNegated
			}
		}
		if f.supposedNoun(sv, k) {
			// "A treaty between Chile and Peru could end the dispute"
			return event.ModeHypothetical
		}
		// (a relation noun that is an event's trigger itself has its
		// mode: "A war between India and China would be catastrophic")
		mode, at := "", -1
		for i, e := range evs {
			if j := trig[i]; j <= k && j > at && sv.Clause[j] == sv.Clause[k] {
				mode, at = e.Mode, j
			}
		}
		if mode == "" && f.requested(sv, k) {
			mode = event.ModeHypothetical
		}
		if mode == "" {
			if past == nil {
				c, _ := f.pastCondition(sv)
				past = &c
			}
			if p := past.part(k); p > 0 {
				// "If Chile had not restored ties with Peru, ...": the
				// condition states the opposite of what happened
				return past.modeOf(p)
			}
		}
		if mode == "" {
			// "Peru would never accept an alliance with Chile", "Italy
			// hoped for better relations with Ethiopia": with no event
			// there, the clause's own words of modality before k
			mode = f.modeBefore(sv, sv.ClauseStart(k), k)
		}
		return mode
	}
	// relAfter finds a relation noun within four words after token k
	// (past a possessive): "Franco-Spanish naval relations".
	relAfter := func(k int) (string, int) {
		words := 0
		for j := k + 1; j < len(toks) && words < 4; j++ {
			w := toks[j].Low
			if r, ok := f.lex.Relation(w); ok && !sv.InEnt[j] && !f.figurative(sv, j) {
				return r, j
			}
			if w == "'" || w == "s" || w == "-" || w == "–" {
				continue
			}
			if toks[j].Kind != english.Alpha || sv.Preposition(w) || sv.ClauseWord(w) || conjunction(sv, j) || sv.CoordAt[j] >= 0 {
				break
			}
			words++
		}
		return "", -1
	}
	// relBefore finds "REL of|between|among" ending within six tokens
	// before token k: "the naval rivalries of the two monarchies-".
	relBefore := func(k int) (string, int) {
		for j := k - 1; j >= 0 && j >= k-7; j-- {
			if r, ok := f.lex.Relation(toks[j].Low); ok && !sv.InEnt[j] && !f.figurative(sv, j) && j+1 < len(toks) && (toks[j+1].Low == "of" || sv.PairPreposition(toks[j+1].Low)) {
				return r, j
			}
			if sv.ClauseWord(toks[j].Low) || sv.CoordAt[j] >= 0 {
				break
			}
		}
		return "", -1
	}
	// preActor finds the actor right before a relation noun at j, with at
	// most three modifier words between ("Soviet neutrality", "Ankara's
	// most trusted ally"; a possessive's "'s" is no word).
	preActor := func(j int) ([]string, bool, int) {
		words := 0
		for k := j - 1; k >= 0 && words <= 3; k-- {
			if c := sv.CoordAt[k]; c >= 0 {
				possessive := english.PossessiveAt(toks, sv.Coords[c].Last+1)
				return sv.Coords[c].Codes(sv.Groups), possessive, sv.Coords[c].First
			}
			w := toks[k].Low
			if w == "'" || english.PossessiveAt(toks, k-1) {
				continue
			}
			words++
			// a participle after a degree adverb (degreeadverbs.txt) is an
			// adjective: "most trusted ally", "a more developed partnership"
			adjective := k > 0 && f.words.degree[toks[k-1].Low]
			// a verb ends the search: "France saw the pact between Germany
			// and Italy as a threat" (a past form of no -ed) relates the
			// two sides, not the one who sees it
			if w == "the" || toks[k].Kind == english.Alpha && !sv.Preposition(w) && !sv.ClauseWord(w) && !conjunction(sv, k) && (adjective || !syntax.VerbLike(w) && !sv.PastForm(w) && !sv.PastTense(w)) {
				continue
			}
			break
		}
		return nil, false, -1
	}
	for ci, co := range sv.Coords {
		codes := co.Codes(sv.Groups)
		compound := false
		for _, g := range co.Groups {
			compound = compound || sv.Groups[g].Compound
		}
		prev := ""
		if co.First > 0 {
			prev = toks[co.First-1].Low
		}
		if len(codes) < 2 {
			continue
		}
		if rel, rj := relAfter(co.Last); compound {
			// "Franco-Russian alliance", "U.S.-Brazil relations"; a compound with
			// no relation after it ("Indo-Thai," in a list of keywords) states none.
			if rel != "" {
				allMode(codes, rel, "pair:compound", scope(rj))
			}
			continue
		}
		if rel, j := relBefore(co.First); rel != "" {
			// "relations between A and B", "the rapprochement of A and B";
			// "Swiss neutrality between France and Prussia" relates a third party.
			if x, _, _ := preActor(j); x != nil && sv.PairPreposition(toks[j+1].Low) {
				for _, a := range x {
					for _, b := range codes {
						put(a, b, false, rel, "pair:between", scope(j))
					}
				}
				continue
			}
			allMode(codes, rel, "pair:between", scope(j))
			continue
		}
		switch {
		case f.twoBefore(toks, co.First) && len(evs) > 0 && !sv.Governed(ci) && !sv.ObjectOfVerb(ci):
			// "Both Chile and Peru called for a ceasefire": acting
			// together relates them too
			allMode(codes, "joint_"+evs[0].Subtype, "pair:joint", evs[0].Mode)
		case sv.PairPreposition(prev) && f.figurativeBefore(sv, co.First-1):
			// "the war of words between Kenya and Uganda": a figure's
			// sides, no relation
		case sv.PairPreposition(prev):
			allMode(codes, "relations", "pair:between", scope(co.First))
		case f.phraseBefore(toks, co.First, "members") || ci > 0 && f.phraseBefore(toks, co.First, "members-after"):
			allMode(codes, "group", "pair:members", scope(co.First))
		default:
			// "A and B's competition", "A and B ... each other", "A, B and C forming one axis"
			if r, rj := relAfter(co.Last); r != "" {
				allMode(codes, r, "pair:coordination", scope(rj))
				continue
			}
			for j := co.Last + 1; j < len(toks) && j <= co.Last+12 && sv.Clause[j] == sv.Clause[co.Last]; j++ {
				r, _ := relAfter(j)
				if f.phraseAt(toks, j, "mutual") || f.phraseAt(toks, j, "forms") && r != "" {
					if r == "" {
						r = "mutual"
					}
					allMode(codes, r, "pair:mutual", scope(j))
					break
				}
			}
		}
	}
	// Co-members of an alliance joined "with" others: "joined the Andean
	// Pact with Chile, Peru, Bolivia and Ecuador".
	for _, e := range evs {
		if e.Subtype != "join_alliance" {
			continue
		}
		for k := 0; k+1 < len(toks); k++ {
			if int(toks[k].Start) > e.End && toks[k].Low == "with" && sv.CoordAt[k+1] >= 0 {
				members := syntax.AppendCodes(append([]string{}, e.Source...), sv.Coords[sv.CoordAt[k+1]].Codes(sv.Groups)...)
				allMode(members, "alliance", "pair:members", e.Mode)
				break
			}
		}
	}
	for k, t := range toks {
		r, ok := f.lex.Relation(t.Low)
		if !ok || sv.InEnt[k] || f.figurative(sv, k) {
			continue
		}
		x, possessive, first := preActor(k)
		// "X was Germany's most loyal ally": the possessor and the subject
		// (found before the possessor, which is no subject).
		if possessive {
			subj, _ := sv.Subject(first, sv.Clause[first])
			if inf := f.infinitiveSubject(sv, first); inf != nil {
				subj = inf // "urged France to join the war as Russia's ally"
			}
			if subj != nil {
				for _, a := range subj {
					for _, b := range x {
						put(a, b, false, r, "pair:possessive", scope(k))
					}
				}
			}
			continue
		}
		// "Italy, an ally of Germany", "Japan had become an ally of
		// Britain": the one a person-like relation noun names (the head of
		// the apposition, or the clause's subject) and the actor after "of".
		of := k + 2
		if of < len(toks) && toks[of].Low == "the" {
			of++
		}
		if f.lex.Roles[t.Low] && of < len(toks) && toks[k+1].Low == "of" && sv.CoordAt[of] >= 0 {
			other := sv.Coords[sv.CoordAt[of]].Codes(sv.Groups)
			var holder []string
			if k >= 3 && (toks[k-1].Low == "an" || toks[k-1].Low == "a") && toks[k-2].Low == "," && sv.CoordAt[k-3] >= 0 {
				holder = sv.Coords[sv.CoordAt[k-3]].Codes(sv.Groups)
			} else if holder = f.infinitiveSubject(sv, k); holder == nil {
				holder, _ = sv.Subject(k, sv.Clause[k])
			}
			for _, a := range holder {
				for _, b := range other {
					put(a, b, false, r, "pair:role", scope(k))
				}
			}
			continue
		}
		// "building closer ties with the Ottomans": the relation's holder
		// (its possessor, or the clause's subject) and the actor after "with".
		if k+2 >= len(toks) || toks[k+1].Low != "with" || sv.CoordAt[k+2] < 0 || sv.IsTrigger(k) {
			continue
		}
		other := sv.Coords[sv.CoordAt[k+2]].Codes(sv.Groups)
		holder := x
		if holder == nil {
			holder = f.infinitiveSubject(sv, k) // "urged France to restore ties with Russia"
		}
		if holder == nil {
			holder, _ = sv.Subject(k, sv.Clause[k])
		}
		if holder == nil {
			// "deep rivalries with France, Russia and Britain forming
			// one bloc and Germany along with Austria forming another":
			// the sides named after "with" face each other.
			var sides [][]string
			for j := k + 2; j < len(toks); j++ {
				if c := sv.CoordAt[j]; c >= 0 {
					sides = append(sides, sv.Coords[c].Codes(sv.Groups))
					j = sv.Coords[c].Last
				}
			}
			for x := 0; x < len(sides); x++ {
				for y := x + 1; y < len(sides); y++ {
					for _, a := range sides[x] {
						for _, b := range sides[y] {
							put(a, b, false, r, "pair:sides", scope(k))
						}
					}
				}
			}
			continue
		}
		for _, a := range holder {
			for _, b := range other {
				put(a, b, false, r, "pair:with", scope(k))
			}
		}
	}
	// "the British policy towards Egypt", "Moscow's shift towards
	// Cairo", "Spain revived its interest in Morocco": the stance's
	// holder (the actor or possessive pronoun before it) and its object.
	for k, t := range toks {
		st, ok := f.lex.Stance(t.Low)
		if !ok || sv.InEnt[k] || sv.IsTrigger(k) {
			continue
		}
		j := phraseEnd(toks, k+1, st.Preps)
		if j < 0 {
			continue
		}
		if j < len(toks) && toks[j].Low == "the" {
			j++
		}
		if j >= len(toks) || sv.CoordAt[j] < 0 {
			continue
		}
		other := sv.Coords[sv.CoordAt[j]].Codes(sv.Groups)
		var holder []string
		if st.Predicate {
			subj, skipped := sv.Subject(k, sv.Clause[k])
			if holder = subj; holder == nil {
				holder = skipped // "made the Soviets uncomfortable with"
			}
		} else {
			holder, _, _ = preActor(k)
		}
		if holder == nil && !st.Predicate {
			for p := k - 1; p >= 0 && p >= k-3; p-- {
				// a possessive pronoun of pronouns.tsv that names no person: "its", "their"
				if w := toks[p].Low; sv.Pronoun(w) == "possessive" && !sv.PersonPronoun(w) {
					holder = sv.Resolve(p, false, other)
					if holder == nil {
						holder, _ = sv.Subject(p, sv.Clause[p])
					}
					break
				}
			}
		}
		for _, a := range holder {
			for _, b := range other {
				put(a, b, true, st.Relation, "pair:stance", scope(k))
			}
		}
	}
	// "The paratroopers were subordinate to the senior Soviet military
	// advisor and did not interfere in Afghan politics": a sentence of the
	// text's body that names two actors, not as a list, and states no
	// pair by any rule above relates them all the same. A sentence whose
	// one pair is an act of one side on another keeps, of those mention
	// pairs, the ones of the act's source with a side after a preposition
	// of sides.txt in the act's clause ("Faced with Russia, Austria
	// attacked Serbia": Russia and Austria), whether or not the event stage
	// reads the act; its other mention pairs (the target's, a third
	// actor's, a place's) are mostly wrong beside an act (session 13: all
	// mention pairs beside a sole act were right 37 times of 87 on the
	// held-out histories; beside any event, 1 of 18 in the war narrative's
	// study part and 3 of 32 in gold-dev).
	if !sv.Header && !sv.Heading {
		if len(out) == 0 {
			f.together(sv, -1, put)
		} else if k := soleAct(sv, out, byEvents); k >= 0 {
			f.actSides(sv, k, out[0], add)
		}
	}
	// "the ties between the two grew cold", "both countries
	// signed": with no pair of its own, a sentence that names a relation
	// of "the two" means the pair the paragraph last stated; but when its
	// sentence named a side of that pair only in passing (in parentheses
	// or a participle's phrase between commas), "the two nations", "both
	// countries" (a pair noun) mean the two actors the paragraph's
	// sentences last named outside such remarks ("Bozize (overthrown by the
	// rebels) fled to Cameroon. ... despite recent friction between the
	// two nations": Cameroon and the Central Africans, not the rebels). A
	// paragraph that stated no act or relation has no two: the last two
	// names alone ("Gowon and Ojukwu met at Aburi in Ghana. The two
	// leaders ...") are a state and the place its leaders met.
	if len(out) == 0 && len(f.pair) == 2 {
		for k := 0; k+1 < len(toks); k++ {
			nouns, ok := f.twoAt(sv, k)
			if !ok {
				continue
			}
			two := f.pair
			if nouns && len(f.named) == 2 && f.passing {
				two = f.named
			}
			if len(two) != 2 {
				break
			}
			rel := ""
			for _, t := range toks {
				if r, ok := f.lex.Relation(t.Low); ok {
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
				add(two[0], two[1], false, rel, "pair:the-two")
			}
			break
		}
	}
	return out
}

// requested reports a token k in the infinitive a verb of appeal governs
// (the lexicon's appeal.txt: "urged France to restore ties with Russia",
// "asked Chile to join the war as Peru's ally"): the relation named there
// is asked for, not stated, as the event coder asserts no act there. The
// "to" is followed by a lower-case word that is no determiner and names
// no actor, and no comma, semicolon or clause word stands between it and
// k; the verb of appeal stands at most seven tokens before the "to", past
// its object, with no comma, semicolon, clause word or other verb
// between, and is no noun (after a preposition or a determiner, or before
// a preposition other than "by": "under pressure to", "a request to").
func (f *Finder) requested(sv *event.Sentence, k int) bool {
	toks := sv.Toks
	to := infinitiveTo(sv, k)
	if to < 1 {
		return false
	}
	for j := to - 1; j >= 0 && j >= to-7; j-- {
		w := toks[j].Low
		if w == "," || w == ";" || w == ":" || sv.ClauseWord(w) {
			return false
		}
		first := j
		if j > 0 && f.lex.Appeal[toks[j-1].Low+" "+w] {
			first = j - 1 // "called upon"
		} else if !f.lex.Appeal[w] {
			first = -1
		}
		if first >= 0 && sv.CoordAt[j] < 0 {
			return !(first > 0 && (sv.Preposition(toks[first-1].Low) || sv.Determiner(toks[first-1].Low)) ||
				j+1 < to && sv.Preposition(toks[j+1].Low) && toks[j+1].Low != "by")
		}
		if j < to-1 && verbAt(sv, j) {
			return false
		}
	}
	return false
}

// infinitiveTo returns the "to" of the infinitive token k stands in, or
// -1: a "to" followed by a lower-case word that is no determiner and
// names no actor, at most twelve tokens before k in its clause, with no
// comma, semicolon or clause word between ("urged France to restore ties
// with Russia"; not "sent troops to Korea").
func infinitiveTo(sv *event.Sentence, k int) int {
	toks := sv.Toks
	for j := k - 1; j >= 0 && j >= k-12 && sv.Clause[j] == sv.Clause[k]; j-- {
		w := toks[j].Low
		if w == "," || w == ";" || w == ":" || sv.ClauseWord(w) {
			return -1
		}
		if w == "to" && j+1 < k {
			if n := toks[j+1]; n.Kind == english.Alpha && !english.IsUpperWord(n.Text) && !sv.Determiner(n.Low) && sv.CoordAt[j+1] < 0 {
				return j
			}
		}
	}
	return -1
}

// infinitiveSubject returns the actor that is the subject of the
// infinitive token k stands in, the object of the verb before its "to"
// ("Britain urged France to restore ties with Russia", "persuaded Peru
// to end its alliance with Bolivia": France, Peru), or nil: the actor
// right before the "to", after a lower-case verb (a form in -ed or -ing,
// a known past form or a verb or phrase of appeal.txt: "told", "called
// on").
func (f *Finder) infinitiveSubject(sv *event.Sentence, k int) []string {
	to := infinitiveTo(sv, k)
	if to < 2 || sv.CoordAt[to-1] < 0 {
		return nil
	}
	co := sv.Coords[sv.CoordAt[to-1]]
	if co.Last != to-1 || co.First < 1 {
		return nil
	}
	v := sv.Toks[co.First-1]
	phrase := co.First >= 2 && f.lex.Appeal[sv.Toks[co.First-2].Low+" "+v.Low] // "called on"
	if v.Kind != english.Alpha || english.IsUpperWord(v.Text) || !(verbAt(sv, co.First-1) || f.lex.Appeal[v.Low] || phrase) {
		return nil
	}
	return co.Codes(sv.Groups)
}

// setOff reports a coordination inside a remark set off from the
// sentence's line: in parentheses ("Bozize (by then overthrown by the
// rebels) fled to Cameroon") or in a participle's phrase between commas
// ("Peru, defeated by Chile in 1881, sought help from Bolivia"). The text
// names such an actor in passing, not as one of the pair it goes on
// about.
func setOff(sv *event.Sentence, co syntax.Coord) bool {
	if sv.Paren[co.First] {
		return true
	}
	toks := sv.Toks
	open := -1
	for j := co.First - 1; j >= 0 && j >= co.First-8; j-- {
		if toks[j].Low == "," {
			open = j
			break
		}
	}
	if open < 0 || open+1 >= co.First {
		return false
	}
	if w := toks[open+1]; w.Kind != english.Alpha || english.IsUpperWord(w.Text) || !strings.HasSuffix(w.Low, "ed") && !sv.PastForm(w.Low) {
		return false
	}
	for j := co.Last + 1; j < len(toks) && j <= co.Last+6; j++ {
		if toks[j].Low == "," {
			return true
		}
	}
	return false
}

// phraseAt reports whether a phrase of a role of the lexicon's pairwords
// starts at token j.
func (f *Finder) phraseAt(toks []english.Tok, j int, role string) bool {
	return phraseEnd(toks, j, f.lex.PairPhrases(role)) >= 0
}

// phraseBefore reports whether a phrase of a role of the lexicon's
// pairwords ends right before token end.
func (f *Finder) phraseBefore(toks []english.Tok, end int, role string) bool {
	return f.phraseStart(toks, end, role) >= 0
}

// phraseStart returns where the first phrase of a role of the lexicon's
// pairwords that ends right before token end starts, or -1.
func (f *Finder) phraseStart(toks []english.Tok, end int, role string) int {
	for _, p := range f.lex.PairPhrases(role) {
		if end-len(p) >= 0 && phraseEnd(toks, end-len(p), [][]string{p}) == end {
			return end - len(p)
		}
	}
	return -1
}

// together adds the pairs of a sentence that names actors in more than
// one phrase (coordination) and states no pair by any other rule: every
// pair of actors from two different phrases, not the members of one list
// ("Iran, Iraq and Syria are discussed") nor a possessor and the
// actor it has ("Afghanistan's mujahideen"), in a sentence of prose (not a
// line of keywords). A history or a paper names
// two sides in one sentence to relate them: "The paratroopers were
// subordinate to the senior Soviet military advisor and did not interfere
// in Afghan politics", "Amin was suspected to be a CIA agent". With within
// a clause (not -1), only the actors named in that clause count, and a
// place named as a scene pairs with none (actSides).
func (f *Finder) together(sv *event.Sentence, within int, add func(a, b string, directed bool, rel, rule, mode string)) {
	var phrases [][]string
	var owner []bool // the phrase is the possessor of the next: "Afghanistan's mujahideen"
	var span [][2]int
	var scene []bool // the phrase names a place where something happens: "Riots in Bolivia"
	var agent []int  // the coordination of the actor whose act or agent noun the scene follows, or -1: "Chinese investment in Pakistan"
	var coord []int  // each phrase's coordination
	var bound []int  // the coordination whose name or role the phrase is part of, the one it pairs with, or -1: Peru's "War to Free Cuba"
	toks := sv.Toks
	refuge, after, journeys := f.refuges(sv)
	compared := f.compared(sv)
	for ci, co := range sv.Coords {
		if within >= 0 && sv.Clause[co.First] != within {
			continue // only the actors of clause within (see actSides)
		}
		if codes := co.Codes(sv.Groups); len(codes) > 0 {
			l := co.Last
			if f.territory(sv, co.First, l) {
				continue // "the French colony of Tunisia", "10% of Korea": a territory and its owner, not parties
			}
			if f.namesWar(sv, l+1) || f.warTopic(sv, co.First, l) {
				continue // "the Korean War", "the Vietnam war": the name of a war, not a party to the sentence's acts
			}
			if f.hyphenName(sv, co.First, l) || f.episode(sv, co.First, l) {
				continue // "Soviet-made tanks", "the Cuban missile crisis": a maker or an episode's name, not a party
			}
			if compared[co.First] {
				continue // "Like Germany in 1938, Russia claimed ...": a case compared, no side
			}
			if f.transitAt(sv, ci) {
				continue // "flew to England via Gibraltar": a place passed through, no party
			}
			if journeys[ci] {
				continue // "the deposed emir fled to Egypt": where a person went, no party
			}
			if co.First > after && unnamed(sv, co) && covers(refuge, codes) {
				continue // "fled to Libya, and Tanzania installed a new government": the refuge's code by reference
			}
			if f.landmark(sv, ci) {
				continue // "75 miles northwest of Saigon": where something lies, no party
			}
			if f.observes(sv, co) {
				continue // "as British historians predicted": who studies or reports it, no party
			}
			phrases = append(phrases, codes)
			span = append(span, [2]int{co.First, l})
			sc, ag := f.scene(sv, ci)
			scene, agent, coord = append(scene, sc), append(agent, ag), append(coord, ci)
			bound = append(bound, -1)
			if open := quotedName(sv, co.First, l); open >= 0 {
				bound[len(bound)-1] = holderBefore(sv, open) // launched the "War to Free Cuba and Aid Chile"
			} else if as := f.roleAs(sv, co.First, l); as >= 0 {
				bound[len(bound)-1] = holderBefore(sv, as) // "Peru fought on as a Chilean ally"
			}
			owner = append(owner, ci+1 < len(sv.Coords) && l+3 == sv.Coords[ci+1].First && english.PossessiveAt(toks, l+1))
		}
	}
	list := hedgedLists(sv, span)
	items := f.splitList(sv, span)
	// actedAt: a scene after a verb of an act of its own ("nurses were
	// wounded in Korea"). named: for a scene right after a capitalised
	// word, the coordination of the named body whose seat the place gives
	// ("the Chilean 2nd Division in Peru", "the Japanese Legation in Korea":
	// the actor that opens the name), -2 for a body the actor stage does
	// not code ("the Allied Mission in Lisbon"), else -1. The sentence's
	// first word is capitalised as such ("Fighting in Lithuania") and names
	// no body. Both read the scene's preposition, found once.
	actedAt := make([]bool, len(span))
	named := make([]int, len(span))
	for x := range span {
		named[x] = -1
		if !scene[x] {
			continue
		}
		k := span[x][0]
		for k > 0 && sv.Determiner(toks[k-1].Low) {
			k--
		}
		p := f.phraseStart(toks, k, "scene")
		if p <= 0 {
			continue
		}
		if agent[x] < 0 && actVerb(sv, p-1) {
			// a past tense that is no participle ("died", "grew") is the
			// subject noun's finite verb, never a reduced relative's
			actedAt[x] = p < 2 || sv.PastTense(toks[p-1].Low) || !reducedRelative(sv, p-2)
		}
		named[x] = nameOwner(sv, p)
	}
	for x := range scene {
		// "Farmers in Kenya, Uganda and probably Tanzania": a list of
		// states after the preposition names whose the people are, not
		// one place where something happens
		scene[x] = scene[x] && list[x] < 0
	}
	// A sentence of prose has words of its own between the actors it
	// names; a run of names and places with fewer such words than actor
	// phrases is a list (an editorial board, a line of affiliations:
	// "Jane Roe, University of Ghana, Ghana John Doe, Leiden University,
	// Netherlands"), not a sentence that relates them. Two phrases may
	// stand in a terse sentence ("Most Ghanaians backed Nigeria").
	// A row of a table ("Study Year Country Cases Lee 2004 Korea 31 Wu
	// 2006 China 58") has more figures than words of prose.
	if w := proseWords(sv); len(phrases) < 2 || w == 0 || len(phrases) > 2 && w < len(phrases) && !finiteVerb(sv) || figures(sv) > w {
		return
	}
	crowded := distinct(phrases) >= 3
	past, _ := f.pastCondition(sv) // none: the zero pastCond, which has no part
	for x := 0; x < len(phrases); x++ {
		for y := x + 1; y < len(phrases); y++ {
			if crowded && !f.linked(sv, coord[x], coord[y]) {
				continue
			}
			if f.alternative(sv, coord[x], coord[y]) || f.figureContrast(sv, coord[x], coord[y]) || f.refusedApart(sv, coord[x], coord[y]) {
				continue // two choices, or two sides' figures set against each other
			}
			if bound[x] >= 0 && bound[x] != coord[y] || bound[y] >= 0 && bound[y] != coord[x] {
				continue // an actor in a quoted name or a role pairs only with the one whose name or role it is
			}
			if y == x+1 && owner[x] {
				continue // a possessor and what it has are one side
			}
			if list[x] >= 0 && list[x] == list[y] {
				continue // "Pakistan and possibly China": members of one list
			}
			if items[x] >= 0 && items[x] == items[y] {
				continue // "refugees from German Silesia and Austrian Tyrol": two places of one list
			}
			if tally(sv, span[x], span[y]) {
				continue // "Chile lost 900 men while Peru lost 2,000": two counts, no act between the two
			}
			if f.shareBurden(sv, span[x], span[y]) {
				continue // "the war cost both the Dutch and the Belgians dearly": a shared burden, no relation
			}
			if f.commands(sv, coord[x], coord[y]) || f.commands(sv, coord[y], coord[x]) {
				continue // "a Dutch general commanded the Belgian brigade": a commander and the force he leads are one side
			}
			// "Riots in Bolivia worried Peruvian traders": a scene, no party;
			// "Chinese investment in Pakistan": the place is the party of the
			// actor whose investment it is, and a scene to the others. Two
			// scenes are where things happen, no sides of one act, whatever
			// the document said of them before ("the town lay in Peru but
			// now lies in Chile"); the seat of a named body ("the Chilean 2nd
			// Division in Peru", "the Allied Mission in Lisbon") is a scene
			// to all but the actor that opens the name, whatever the document
			// said of it and the others before.
			if within >= 0 && (scene[x] || scene[y]) {
				continue // beside an act a place is where it happened (see actSides)
			}
			if (scene[x] && agent[x] != coord[y] || scene[y] && agent[y] != coord[x]) &&
				(actedAt[x] || actedAt[y] || scene[x] && scene[y] ||
					scene[x] && named[x] != -1 && named[x] != coord[y] || scene[y] && named[y] != -1 && named[y] != coord[x] || !f.relates(phrases[x], phrases[y])) {
				continue
			}
			mode := f.unasserted(sv, past, span[x], span[y])
			for _, a := range phrases[x] {
				for _, b := range phrases[y] {
					add(a, b, false, "mention", "pair:sentence", mode)
				}
			}
		}
	}
}

// observes reports an actor phrase whose every group is an agent of a
// sector of observers (partysectors.txt: scholars, the press): "some
// British historians predicted", "a French newspaper leaked the pact".
// What they write or predict of the sides is no act of their state's, so
// the phrase is no side of a mention pair.
func (f *Finder) observes(sv *event.Sentence, co syntax.Coord) bool {
	for _, g := range co.Groups {
		if !f.words.observers[sv.Groups[g].Sector] {
			return false
		}
	}
	return len(co.Groups) > 0
}

// unasserted returns the mode of a mention pair of the actor phrases x and
// y (token spans, x first): a clause that names a side under a word of
// modality only says what might be, was planned or hoped, or was not
// ("Russian plans called for an invasion of Austrian Galicia" is no act
// of Russia on Austria; "Germany hoped to strike at the American troops",
// "this would keep the United States out of the war"). The word is one
// of modality.tsv's class negated (ModeNegated), or of the classes would,
// hypothetical, future, conditional, plan or hope, or a word of intent or
// appeal before an infinitive's "to" ("sought to strike", not "appealed
// to Holland"; ModeHypothetical), in lower case ("May" is a month), that
// stands in y's clause before y (and after x's start when x is in that
// clause too): the word must govern the later side, so one in another
// clause ("Peru hoped to hold the coast, while Chile massed its fleet")
// leaves the pair asserted, and so does one that a comma, a semicolon or
// an irregular past tense stands after before y ("brigades, which the
// general had hoped to lead himself, were lent to the Bolivians"; "were
// meant to last a week before their columns broke through Peruvian
// lines"), or one in parentheses. "no" negates a noun, not the clause
// ("were no match for the Chilean navy", "had no cruisers, and raided
// Chilean ports"): it is no such word. A negation in the scope makes the
// pair negated whatever else stands there ("could not break the
// Bolivian lines"); "" when no word does. Before all that, the
// sentence's past condition (pastCondition, found once by the caller):
// a pair with a side in its consequent is hypothetical, one with both
// sides in the condition takes the condition's mode.
func (f *Finder) unasserted(sv *event.Sentence, past pastCond, x, y [2]int) string {
	// "If India had not secured Soviet backing, it would not have
	// risked war with Pakistan": India and the Soviet Union as the
	// condition has them (asserted), Pakistan as the consequent
	// (hypothetical)
	if px, py := past.part(x[0]), past.part(y[0]); px == consequent || py == consequent {
		return event.ModeHypothetical
	} else if px == condition && py == condition {
		return past.modeOf(condition)
	}
	for _, e := range sv.Events {
		// "Cuba denied that it had a military pact with the Soviet Union"
		if j := triggerTok(sv.Toks, e); e.Subtype == "deny" && j >= x[0] && f.deniedObject(sv, j, y[0]) {
			return event.ModeNegated
		}
	}
	cl := sv.Clause[y[0]]
	from := y[0]
	for from > x[0] && sv.Clause[from-1] == cl {
		from--
	}
	return f.modeBefore(sv, from, y[0])
}

// A past-perfect condition and its consequent ("If India had not
// secured Soviet backing, it would not have risked war"; "Had the United
// States continued its deliveries, Pakistan might have held its gains";
// "Pakistan might have held its gains had the United States continued
// its deliveries"): the parts of a sentence pastCondition finds.
const (
	condition  = 1
	consequent = 2
)

// pastCond is a past-perfect condition's tokens (cond, from and to) and
// its consequent's (cons), and the mode of the condition's act.
type pastCond struct {
	cond, cons [2]int
	mode       string
}

// part returns condition or consequent for a token inside the one, else 0
// (always 0 for the zero pastCond, which pastCondition returns for none).
func (c pastCond) part(k int) int {
	switch {
	case k >= c.cond[0] && k < c.cond[1]:
		return condition
	case k >= c.cons[0] && k < c.cons[1]:
		return consequent
	}
	return 0
}

// modeOf returns the mode of what a part states: the condition's, the
// opposite of what it says; the consequent's, hypothetical.
func (c pastCond) modeOf(part int) string {
	if part == consequent {
		return event.ModeHypothetical
	}
	return c.mode
}

// pastCondition returns the sentence's past condition contrary to fact
// (event's PastCondition, the test the event stage makes too) as its
// parts and the condition's mode: it states the opposite of what
// happened, asserted when it is negated ("If India had not secured
// Soviet backing": it had) and negated when it is not ("Had the United
// States continued its deliveries": it did not); the consequent says
// what might have been, hypothetical.
func (f *Finder) pastCondition(sv *event.Sentence) (pastCond, bool) {
	c, ok := sv.PastCondition()
	if !ok {
		return pastCond{}, false
	}
	mode := event.ModeNegated
	if c.Done {
		mode = ""
	}
	return pastCond{cond: c.Cond, cons: c.Cons, mode: mode}, true
}

// modeBefore returns the mode the words of tokens from to to-1 (one
// clause's) give what follows them (see unasserted): ModeNegated,
// ModeHypothetical or "". An irregular past resets it unless it is the
// verb right after the word ("never had good relations with"). The aim of
// a paper or its authors (a subject word of research.tsv before the intent: "This
// paper aims to map the rivalry between Peru and Bolivia") is
// the text's plan, not the actors': it leaves the pair asserted.
func (f *Finder) modeBefore(sv *event.Sentence, from, to int) string {
	toks := sv.Toks
	mode, at, depth, research, cond := "", -1, 0, false, false
	for k := from; k < to; k++ {
		t := toks[k]
		research = research || f.lex.Research[t.Low]
		switch {
		case t.Text == "(":
			depth++
		case t.Text == ")":
			depth = max(depth-1, 0)
		case depth > 0:
		case t.Text == "," || t.Text == ";":
			mode, cond = "", false
		case sv.PastTense(t.Low) && k != at+1 && !cond:
			// (the past of a condition's own clause is no new
			// predicate: "If Kenya had an alliance with Uganda")
			mode = ""
		case mode != event.ModeNegated && f.negatedSubject(sv, k):
			// "Neither Kenya nor Uganda had relations with Israel"; a
			// verb of undoers.txt after the subject denies an ending, as
			// after "not": "Neither Greece nor Serbia ended its alliance
			// with Romania" (it held)
			if last := sv.Coords[sv.CoordAt[k]].Last; !f.undone(sv, last+1, to) {
				mode, at = event.ModeNegated, last
			}
		case k == 0 && t.Kind == english.Alpha && f.lex.Modality(t.Low) == "conditional" && mode == "" && f.supposes(sv, k):
			// the sentence's first word: "If Kenya has a border dispute
			// with Uganda, the talks will fail"
			mode, at, cond = event.ModeHypothetical, k, true
		case f.words.nounNegators[t.Low] && t.Text == t.Low && k+1 < to && f.words.clauseNegation[toks[k+1].Low] && mode != event.ModeNegated:
			// "Chile no longer has an alliance with Peru"
			mode, at = event.ModeNegated, k+1
		case sv.CoordAt[k] >= 0 || t.Kind != english.Alpha || t.Text != t.Low || f.words.nounNegators[t.Low] || mode == event.ModeNegated:
		case f.lex.Modality(t.Low) == "negated" && !(k+1 < len(toks) && f.words.additive[toks[k+1].Low]): // "not only ... but also"
			if f.undone(sv, k+1, to) {
				mode = "" // "could not break the alliance": it held
			} else {
				mode, at = event.ModeNegated, k
			}
		case slices.Contains([]string{"would", "hypothetical", "future", "conditional", "plan", "hope"}, f.lex.Modality(t.Low)):
			mode, at, cond = event.ModeHypothetical, k, f.lex.Modality(t.Low) == "conditional"
		case (f.lex.Intent[t.Low] || f.lex.Appeal[t.Low]) && !research && k+2 < len(toks) && toks[k+1].Low == "to" &&
			toks[k+2].Kind == english.Alpha && toks[k+2].Text == toks[k+2].Low && !sv.Determiner(toks[k+2].Low) && sv.CoordAt[k+2] < 0:
			mode, at = event.ModeHypothetical, k
		}
	}
	return mode
}

// nounMode reads the noun phrase of a relation or stance noun at token k
// (back over at most four words of its clause: determiners, modifiers,
// an actor's name, to a verb, a preposition, a clause word or a mark) for
// what denies the relation itself, which the clause's words (modeBefore)
// do not read: a negation of a noun (negationscope.txt's role noun: "has
// no border dispute with Uganda", "No alliance with France existed"), a
// privative word of modality.tsv before "of" ("free of conflict between
// Ghana and Togo", "the absence of relations with Cuba"), or a word of
// evidence before "of" after a negation ("no evidence of a rivalry
// between Norway and Denmark"): ModeNegated. A privative word after a
// negation ("never free of conflict with") gives the relation back:
// asserted. The second result reports whether the phrase decided.
func (f *Finder) nounMode(sv *event.Sentence, k int) (string, bool) {
	toks := sv.Toks
	negatedAt := func(j int) bool { // a negation of modality.tsv's at j, in lower case or opening the sentence
		return j >= 0 && (toks[j].Text == toks[j].Low || j == 0) && f.lex.Modality(toks[j].Low) == "negated"
	}
	words := 0
	for j := k - 1; j >= 0 && words < 4 && sv.Clause[j] == sv.Clause[k]; j-- {
		t := toks[j]
		w := t.Low
		if f.words.nounNegators[w] && t.Text == w || j == 0 && f.lex.Modality(w) == "negated" {
			if j+1 < k && f.words.additive[toks[j+1].Low] {
				return "", false
			}
			return event.ModeNegated, true
		}
		if w == "of" && j > 0 {
			switch f.lex.Modality(toks[j-1].Low) {
			case "privative":
				if negatedAt(j-2) || negatedAt(j-3) && toks[j-2].Kind == english.Alpha && sv.Determiner(toks[j-2].Low) {
					return "", true // "never free of", "no lack of"
				}
				return event.ModeNegated, true
			case "evidence":
				if negatedAt(j-2) || j >= 3 && sv.Determiner(toks[j-2].Low) && negatedAt(j-3) {
					return event.ModeNegated, true
				}
			}
			return "", false
		}
		if c := sv.CoordAt[j]; c >= 0 {
			j = sv.Coords[c].First // "no Kenyan alliance with Uganda"
			words++
			continue
		}
		if t.Kind != english.Alpha || sv.Preposition(w) || sv.ClauseWord(w) || conjunction(sv, j) || sv.Auxiliary(w) ||
			syntax.VerbLike(w) || sv.PastForm(w) || sv.PastTense(w) {
			return "", false
		}
		if !sv.Determiner(w) {
			words++
		}
	}
	return "", false
}

// deniedObject reports a relation noun at token k in the object of a
// verb of denial at token j (an event of the subtype deny): in a clause
// that "that" opens right after the verb, past a verb of its own before
// k ("India denies that it has an alliance with Russia"), or after a
// gerund right after the verb ("Brazil denied having an alliance with
// Paraguay"), within ten tokens, no mark or clause word between. What is
// denied is the relation; a relation noun that is the subject of the
// clause denied ("denied that its alliance with Russia had lapsed": the
// lapse is denied) is none, having no verb before it.
func (f *Finder) deniedObject(sv *event.Sentence, j, k int) bool {
	toks := sv.Toks
	if j < 0 || j >= k || k-j > 10 || j+1 >= k {
		return false
	}
	that := toks[j+1].Low == "that"
	verb := !that && syntax.Gerund(toks[j+1])
	if !that && !verb {
		return false
	}
	for p := j + 2; p < k; p++ {
		w := toks[p].Low
		if toks[p].Kind == english.Sym && w != "'" && w != "-" || sv.ClauseWord(w) {
			return false
		}
		verb = verb || sv.Auxiliary(w) || verbAt(sv, p) || sv.PastTense(w)
	}
	return verb
}

// figurative reports a relation noun at token k that names no relation
// of the sides but a figure or a game, as the event stage reads a word of
// conflict (the lexicon's figurative.txt): the head of its "of" phrase
// ("the war of words between Kenya and Uganda") or of a scene's phrase
// ("in", "at": pairwords.tsv role scene) after its sides, in its clause
// ("the rivalry between Brazil and Argentina in the Olympic final") is
// such a noun. Its sides are then only named together (the mention
// rule), as a game's sides are when a verb tells it ("defeated Argentina
// in the final"). The noun must end its phrase: "in the final years of
// the war" names a time.
func (f *Finder) figurative(sv *event.Sentence, k int) bool {
	toks := sv.Toks
	cl := sv.Clause[k]
	// head reports a word of figurative.txt at j, the last of its phrase
	// (the sentence ends, or a mark, a preposition, a clause word, a verb
	// or a capitalised word follows it)
	head := func(j int) bool {
		if !f.lex.Figurative[toks[j].Low] || toks[j].Text != toks[j].Low {
			return false
		}
		n := j + 1
		return n >= len(toks) || toks[n].Kind != english.Alpha || toks[n].Text != toks[n].Low || sv.Preposition(toks[n].Low) ||
			sv.ClauseWord(toks[n].Low) || conjunction(sv, n) || verbAt(sv, n) || sv.PastTense(toks[n].Low) || sv.Auxiliary(toks[n].Low)
	}
	j := k + 1
	if j < len(toks) && toks[j].Low == "of" {
		j++
		for j < len(toks) && sv.Determiner(toks[j].Low) {
			j++
		}
		if j < len(toks) && head(j) {
			return true // "a war of words"
		}
	}
	for j := k + 1; j < len(toks) && j <= k+16 && sv.Clause[j] == cl; j++ {
		if sv.CoordAt[j] >= 0 {
			j = sv.Coords[sv.CoordAt[j]].Last
			continue
		}
		w := toks[j].Low
		if toks[j].Kind != english.Alpha || sv.ClauseWord(w) || verbAt(sv, j) || sv.PastTense(w) || sv.Auxiliary(w) {
			return false
		}
		if !f.phraseAt(toks, j, "scene") {
			continue
		}
		// the scene's phrase: its words up to its end ("in the World
		// Cup final", "at the 1986 semifinal")
		for p := j + 1; p < len(toks) && p <= j+8 && sv.Clause[p] == cl; p++ {
			if head(p) {
				return true
			}
			if t := toks[p]; t.Kind != english.Alpha && t.Kind != english.Num || sv.Preposition(t.Low) || sv.ClauseWord(t.Low) || verbAt(sv, p) {
				break
			}
		}
		return false
	}
	return false
}

// figurativeBefore reports a figurative relation noun (figurative) that
// heads the phrase a pair preposition at token p ends ("rivalry" in "the
// rivalry between", "war" in "the war of words between"), within six
// tokens before it and its clause.
func (f *Finder) figurativeBefore(sv *event.Sentence, p int) bool {
	for j := p - 1; j >= 0 && j >= p-6 && sv.Clause[j] == sv.Clause[p]; j-- {
		if _, ok := f.lex.Relation(sv.Toks[j].Low); ok {
			return f.figurative(sv, j)
		}
	}
	return false
}

// supposedNoun reports a relation noun at token k whose indefinite
// phrase opens its clause ("a" or "an", past modifiers and actors'
// words) and is the subject of a modal, the first word of the verb group
// after the phrase (past its prepositions, actors and lower-case words):
// one of modality.tsv's class hypothetical ("A treaty between Chile and
// Peru could end the dispute", "A pact with Iran might anger Saudi
// Arabia"), or one of class would before "be" and a word that opens no
// phrase ("An alliance between Sweden and Finland would be costly"): what
// may be, hypothetical, as the event stage reads an event noun there. A
// history's "would" of what came later ("An alliance with France would
// follow in 1894"), a verb with no modal and a definite phrase ("The
// treaty with Japan could not be ratified": the clause's own words say
// that) are none.
func (f *Finder) supposedNoun(sv *event.Sentence, k int) bool {
	toks := sv.Toks
	cl := sv.Clause[k]
	lower := func(j int) bool { return toks[j].Kind == english.Alpha && toks[j].Text == toks[j].Low }
	open := false
	for j := k - 1; j >= 0 && j >= k-6 && sv.Clause[j] == cl; j-- {
		w := toks[j].Low
		if w == "a" || w == "an" {
			open = j == 0 || sv.Clause[j-1] != cl || toks[j-1].Text == ","
			break
		}
		if sv.CoordAt[j] >= 0 || w == "-" || lower(j) && !sv.Determiner(w) && !sv.Preposition(w) && !sv.ClauseWord(w) && !verbAt(sv, j) && !sv.PastTense(w) {
			continue
		}
		break
	}
	if !open {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+10 && sv.Clause[j] == cl; j++ {
		w := toks[j].Low
		switch m := f.lex.Modality(w); {
		case sv.CoordAt[j] >= 0 || w == "-" || w == "'" || w == "s":
		case !lower(j) || sv.ClauseWord(w):
			return false
		case m == "hypothetical":
			// a modal's perfect supposes what might have followed, not
			// the relation: "An alliance between Peru and Bolivia could
			// have lasted, but it broke" (auxiliaries.tsv: have)
			return !(j+1 < len(toks) && sv.Have(toks[j+1].Low))
		case m == "would":
			return j+2 < len(toks) && toks[j+1].Low == "be" && lower(j+2) && !sv.Determiner(toks[j+2].Low) && !sv.Preposition(toks[j+2].Low) &&
				!sv.ClauseWord(toks[j+2].Low) && !sv.Auxiliary(toks[j+2].Low) && sv.CoordAt[j+2] < 0
		case m != "" || verbAt(sv, j) || sv.PastTense(w):
			return false
		}
	}
	return false
}

// supposes reports a conditional word at token k (modality.tsv's class
// conditional) that supposes what its clause says: one that doubts it or
// negates it ("whether", "unless"), or one that may also open a condition
// contrary to fact ("if") with a modal of the classes would, future or
// hypothetical after the first comma past it, in the consequent ("If
// Greece had an alliance with Serbia, Bulgaria would hesitate"). With no
// modal there, the condition is granted, the premise of a fact: "If
// Britain sought an entente with France in 1904, it did so to isolate
// Germany".
func (f *Finder) supposes(sv *event.Sentence, k int) bool {
	toks := sv.Toks
	if !f.lex.Contrary(toks[k].Low) {
		return true
	}
	comma := false
	for j := k + 1; j < len(toks); j++ {
		comma = comma || toks[j].Text == ","
		if comma && toks[j].Text == toks[j].Low && slices.Contains([]string{"would", "future", "hypothetical"}, f.lex.Modality(toks[j].Low)) {
			return true
		}
	}
	return false
}

// negatedSubject reports the first token k of a coordination that a
// negation of modality.tsv opens (past determiners; in lower case, or the
// sentence's first word) and a verb or a modal follows, its subject:
// "Neither Kenya nor Uganda had relations with Israel"; what the clause
// says of it, it denies. An actor's word in a phrase a negation opens
// ("without American airpower South Vietnam could not") is none.
func (f *Finder) negatedSubject(sv *event.Sentence, k int) bool {
	c := sv.CoordAt[k]
	if c < 0 || sv.Coords[c].First != k {
		return false
	}
	toks := sv.Toks
	if v := sv.Coords[c].Last + 1; v >= len(toks) || toks[v].Text != toks[v].Low ||
		!verbAt(sv, v) && !sv.PastTense(toks[v].Low) && !slices.Contains([]string{"negated", "would", "future", "hypothetical"}, f.lex.Modality(toks[v].Low)) {
		return false
	}
	j := k - 1
	for j >= 0 && sv.Determiner(toks[j].Low) {
		j--
	}
	return j >= 0 && (toks[j].Text == toks[j].Low || j == 0) && f.lex.Modality(toks[j].Low) == "negated" &&
		!(j+1 < len(toks) && f.words.additive[toks[j+1].Low])
}

// undone reports a verb of undoers.txt among the first three words from
// token from (before to, not past a mark, a determiner or a preposition):
// the negation before them denies an ending, a break or a prevention, so
// the relation went on ("did not end the rivalry with Iran", "had not yet
// withdrawn its troops from Georgia", "could not prevent the war between
// Iran and Iraq"). A word of the list in the object of another verb is
// no such verb: "did not accept a cease-fire with Israel" is negated.
func (f *Finder) undone(sv *event.Sentence, from, to int) bool {
	toks := sv.Toks
	for k := from; k < min(from+3, to); k++ {
		if toks[k].Kind != english.Alpha || sv.Determiner(toks[k].Low) || sv.Preposition(toks[k].Low) {
			return false
		}
		if f.words.undoers[toks[k].Low] {
			return true
		}
	}
	return false
}

// scene reports an actor phrase (coordination ci) that names a place
// where something happens: a state's or a region's name (GPE, LOC) right
// after a preposition of pairwords.tsv role scene ("in", "at", "across"),
// past determiners, that heads its noun phrase ("in British ports" and
// "at NATO bases" name a side, not a place); one state, not a list. The
// mention rule pairs such a place only with an actor the document has
// already related it to: in a
// history the scene of the acts of a known side is one of its parties
// ("Kenya sent troops to Somalia. Kenyan forces in Somalia were
// reinforced"), a place new to the pair is only where the act happened
// ("Riots in Bolivia worried Peruvian traders", "Canadian peacekeepers in
// Cyprus were relieved by Austrian units"). "Stumbled into Albania" names
// where the side goes, not a scene: "into" is no scene preposition.
//
// The second result is the coordination of the actor whose agent or act
// a preposition of pairwords.tsv role party ("in") follows, or -1: a
// noun right before the preposition (past one more word of its phrase)
// that an actor's name, demonym or possessive modifies ("Chinese
// investment in Pakistan", "India's diplomats in Afghanistan"), or the
// agent noun that ends the actor's own phrase, of a sector of
// partysectors.txt ("Russian troops in Syria"; not "Turkish tourists in
// Greece"). The place is that actor's party whatever word follows it; to
// the sentence's other actors it stays a scene. After an actor's own
// agent noun the place is a scene whatever word follows it ("Turkish
// tourists in Greece left", "Indian traders in Kenya lost": irregular
// pasts the verb test does not know); the agent's sector alone decides
// whose party it is.
func (f *Finder) scene(sv *event.Sentence, ci int) (bool, int) {
	toks, co := sv.Toks, sv.Coords[ci]
	k := co.First
	for k > 0 && sv.Determiner(toks[k-1].Low) {
		k--
	}
	if !f.phraseBefore(toks, k, "scene") {
		return false, -1
	}
	if len(co.Groups) > 1 {
		return false, -1 // a list of states: see together
	}
	if l := sv.Groups[co.Groups[0]].Label; l != "GPE" && l != "LOC" {
		return false, -1
	}
	party := f.phraseStart(toks, k, "party") // where a preposition of role party ("in") starts before the place, or -1
	// "Turkish tourists in Greece left": after an actor's own agent noun
	// the place is where the agents are, whatever word follows it (an
	// irregular past the verb test misses: "left", "lost", "grew")
	own := party > 0 && sv.CoordAt[party-1] >= 0 && toks[party-1].Kind == english.Alpha && !english.IsUpperWord(toks[party-1].Text)
	if n := co.Last + 1; n < len(toks) && toks[n].Kind == english.Alpha {
		w := toks[n].Low
		function := sv.Preposition(w) || sv.ClauseWord(w) || sv.Determiner(w) || sv.Auxiliary(w) || conjunction(sv, n) || w == "as"
		verb := syntax.VerbLike(w) || sv.Verb != nil && sv.Verb(n)
		if english.IsUpperWord(toks[n].Text) || !function && !verb && !own {
			return false, -1 // "in U.S. aircraft": the actor modifies a noun
		}
	}
	if party >= 0 {
		return true, f.agentBefore(sv, party)
	}
	return true, -1
}

// agentBefore returns the coordination of an actor that modifies the noun
// phrase ending right before token p, or -1: one or two lower-case words
// (a noun, a modifier: no verb, preposition, determiner or clause word)
// after the actor's name or its possessive "'s" ("Chinese investment",
// "American air bases", "Japan's diplomats"). "Sixtus in Belgium" (no
// noun), "German columns moved across" (a verb), "built a dam in" (a
// determiner) have none.
func (f *Finder) agentBefore(sv *event.Sentence, p int) int {
	toks := sv.Toks
	if c := sv.CoordAt[max(p-1, 0)]; p > 0 && c >= 0 {
		if t := toks[p-1]; t.Kind == english.Alpha && !english.IsUpperWord(t.Text) {
			// the actor's own agent noun, of a sector that acts for its side
			// (partysectors.txt: "Indian diplomats", "Russian troops");
			// "Turkish tourists" are only there
			for _, g := range sv.Coords[c].Groups {
				if gr := sv.Groups[g]; gr.First <= p-1 && p-1 <= gr.Last && f.words.sectors[gr.Sector] {
					return c
				}
			}
		}
		return -1 // "Sixtus in Belgium": the actor itself, no noun
	}
	j, words := p-1, 0
	for ; j >= 0 && words < 2; j-- {
		t := toks[j]
		if english.PossessiveAt(toks, j-1) {
			break // "America's involvement": the possessive ends the words
		}
		if t.Kind != english.Alpha || english.IsUpperWord(t.Text) || sv.CoordAt[j] >= 0 || sv.Preposition(t.Low) || sv.Determiner(t.Low) ||
			sv.ClauseWord(t.Low) || sv.Auxiliary(t.Low) || syntax.VerbLike(t.Low) || sv.PastTense(t.Low) || sv.Verb != nil && sv.Verb(j) || conjunction(sv, j) {
			break
		}
		words++
	}
	if words == 0 || j < 0 {
		return -1
	}
	if english.PossessiveAt(toks, j-1) {
		j -= 2 // "Japan's diplomats"
	}
	if j < 0 {
		return -1
	}
	return sv.CoordAt[j]
}

// tally reports two actor phrases (token spans x before y) that are each
// counted by a number of their own, the second's count after the first
// phrase, joined as parallel counts: a joiner between them ("and",
// "while", a comma or a semicolon), and the second count's words running
// to the sentence's end or a semicolon, its predicate left out or
// repeated ("X lost N while Y lost M", "N X civilians died, as well as M
// Y soldiers", "X: N killed; Y: M"), or both counts before their sides
// with one predicate after the second ("N X soldiers and M Y soldiers
// were killed"). Such counts of losses or forces say what each side had
// or lost, not that one acted on the other. A second count with more
// after it ("N X police died, and M Y soldiers came to help", "... lost
// M in the fighting at the river") or a verb that links the two counts
// ("N X prisoners were exchanged for M Y prisoners": no joiner) relates
// them still.
func tally(sv *event.Sentence, x, y [2]int) bool {
	toks := sv.Toks
	cx, cy := count(sv, x), count(sv, y)
	if cx < 0 || cy < 0 || cy <= x[1] {
		return false
	}
	end := min(y[0], cy)
	join := -1
	for k := x[1] + 1; k < end && join < 0; k++ {
		// a joiner of a list (joiners.txt: "and", a comma), a word that
		// opens a clause (clausewords.txt: "while", "whereas") or a
		// semicolon
		if sv.JoinerAt(toks, k) > 0 || sv.ClauseWord(toks[k].Low) || toks[k].Low == ";" {
			join = k
		}
	}
	if join < 0 {
		return false
	}
	// a count that an act verb governs is what a side does, not what it
	// has or lost: "X deployed N troops along the border, and Y deployed
	// M", "X massed N divisions and Y M divisions" face each other; so
	// does a verb between the joiner and a count before the second side
	// ("N X soldiers, who attacked M Y troops")
	if acts(sv, x[1]+1, cx) || acts(sv, y[1]+1, cy) || cy < y[0] && acts(sv, join+1, cy) {
		return false
	}
	// the second count's words run to the end of the sentence or a
	// semicolon: its predicate is left out or repeats the first's
	noun := func(k int) bool {
		w := toks[k].Low
		return toks[k].Kind == english.Num || w == "-" || conjunction(sv, k) ||
			toks[k].Kind == english.Alpha && !english.IsUpperWord(toks[k].Text) && !sv.Preposition(w) && !sv.ClauseWord(w) && !sv.Auxiliary(w) && !sv.Determiner(w)
	}
	k := max(y[1], cy) + 1
	for k < len(toks) && noun(k) {
		k++
	}
	if k == len(toks) || toks[k].Low == "." || toks[k].Low == ";" {
		return true
	}
	// or both counts stand before their sides ("N X soldiers and M Y
	// soldiers were killed") and the first has no predicate before the
	// joiner: the two share the one after the second
	if cx > x[0] || cy > y[0] {
		return false
	}
	for k := x[1] + 1; k < join; k++ {
		if toks[k].Kind != english.Alpha || english.IsUpperWord(toks[k].Text) || sv.Preposition(toks[k].Low) || sv.Auxiliary(toks[k].Low) || sv.ClauseWord(toks[k].Low) || syntax.VerbLike(toks[k].Low) {
			return false
		}
	}
	return true
}

// refusedApart reports an actor phrase y that is the subject of a
// clause a conjunction of clausejoiners.txt opens after a clause with a
// verb of its own, whose verb right after y is the trigger of a refusal
// with no target (a REJECT event: ", and Uganda refused", ", but Hungary
// declined to join"; or a verb of refusal of the lexicon that ends its
// clause, which gives no event: ", and Canada declined"), and an actor phrase x before the conjunction, when
// nothing before the conjunction asks, seeks or offers what y refuses (a
// word of appeal.txt, mandate.txt or intent.txt, or of modality.tsv's
// classes attempt and hope: "Chilean envoys hoped for a truce
// with Lima, but the Peruvians refused" answers the Chileans): y refuses
// to do as the first clause's actors did ("Germany and Italy voted for
// the embargo, but Hungary refused"), which relates it to none of them.
func (f *Finder) refusedApart(sv *event.Sentence, x, y int) bool {
	toks := sv.Toks
	cx, cy := sv.Coords[x], sv.Coords[y]
	v := cy.Last + 1
	refusal := false
	for _, e := range sv.Events {
		refusal = refusal || e.Category == "REJECT" && len(e.Target) == 0 && triggerTok(toks, e) == v
	}
	if !refusal && v < len(toks) && (v+1 == len(toks) || toks[v+1].Kind == english.Sym && toks[v+1].Text != "-") {
		// a lone verb that ends its clause, a refusal by the lexicon, gives
		// no event ("..., and Canada declined": no object, no target)
		for _, m := range f.lex.Match(func(k int) (string, bool) { return toks[v].Low, k == 0 }, nil) {
			refusal = refusal || m.Len == 1 && m.Trigger.Category == "REJECT" && !m.Trigger.Noun
		}
	}
	if !refusal {
		return false
	}
	for k := cx.Last + 1; k < cy.First; k++ {
		if !f.words.joiners[toks[k].Low] || sv.CoordAt[k] >= 0 || f.subjectAfter(sv, k) != y {
			continue
		}
		if !verbBefore(sv, k) {
			return false
		}
		for j := 0; j < k; j++ {
			w := toks[j].Low
			if m := f.lex.Modality(w); m == "attempt" || m == "hope" || f.lex.Appeal[w] || f.lex.Mandate[w] || f.lex.Intent[w] {
				return false
			}
		}
		return true
	}
	return false
}

// alternative reports two actor phrases (coordinations x before y) that
// are the two choices of an alternative (alternatives.txt: "rather
// than", "instead of"): x right before the phrase, past a comma or one
// lower-case noun ("Russian missiles rather than"), and y the first
// actor phrase after it, within six tokens and no comma, semicolon or
// clause word ("Kenya turned to Ethiopia rather than Somalia", "fear of
// India rather than any shared view of the Soviet threat"). The sentence
// relates each to its other actors, not the one to the other. An actor
// further before the phrase ("Italy chose neutrality rather than war
// with France": a verb between) is the one that chooses, and keeps its
// pair.
func (f *Finder) alternative(sv *event.Sentence, x, y int) bool {
	toks := sv.Toks
	k := sv.Coords[x].Last + 1
	e := phraseEnd(toks, k, f.words.alternatives)
	if e < 0 && k < len(toks) && (toks[k].Text == "," || lowerNoun(sv, k)) {
		e = phraseEnd(toks, k+1, f.words.alternatives)
	}
	if e < 0 {
		return false
	}
	for j := e; j < len(toks) && j <= e+6; j++ {
		if sv.CoordAt[j] >= 0 {
			return sv.CoordAt[j] == y
		}
		if w := toks[j].Low; w == "," || w == ";" || sv.ClauseWord(w) {
			return false
		}
	}
	return false
}

// lowerNoun reports a lower-case word at toks[k] that is no verb,
// auxiliary, preposition, determiner, clause word or conjunction: a noun
// after an actor's adjective ("Russian missiles").
func lowerNoun(sv *event.Sentence, k int) bool {
	t := sv.Toks[k]
	w := t.Low
	return t.Kind == english.Alpha && !english.IsUpperWord(t.Text) && sv.CoordAt[k] < 0 && !sv.Preposition(w) && !sv.Determiner(w) &&
		!sv.ClauseWord(w) && !sv.Auxiliary(w) && !syntax.VerbLike(w) && !sv.PastTense(w) && !actVerb(sv, k) && !conjunction(sv, k)
}

// figureContrast reports an actor phrase y that a figure set against a
// figure of the clause before is given for, and an actor phrase x before
// that clause's end: parallel figures of two sides ("Indian military
// spending rose 10 per cent in 2019, against 5 per cent for Pakistan";
// "Britain spent 2 per cent of its GDP on defence, compared to 3.5 per
// cent for the United States"), which compare them and relate them in
// nothing. The figure follows a phrase of figurecontrasts.txt after a
// comma, past at most two tokens ("$", "about"), y after a preposition
// past at most three words of its unit ("per cent", "billion dollars")
// and determiners; a figure that is no date stands before the comma, and
// x is the only actor phrase there (with two, the figure's side may be
// either's counterpart: "Chinese loans to Kenya reached $9 billion,
// compared with $2 billion from Japan" sets Japan against China, and
// Japan lends to Kenya).
// Without a figure before ("Britain fought on, against 40 divisions of
// Germany") or with a verb or an actor between the figure and y, the
// phrase relates as any other.
func (f *Finder) figureContrast(sv *event.Sentence, x, y int) bool {
	toks := sv.Toks
	p := sv.Coords[y].First - 1
	for p > 0 && sv.Determiner(toks[p].Low) {
		p--
	}
	if p <= 0 || !sv.Preposition(toks[p].Low) {
		return false
	}
	n := p - 1
	for units := 0; n > 0 && toks[n].Kind != english.Num; n-- {
		if units++; units > 3 || toks[n].Text != "%" && !lowerNoun(sv, n) && !(sv.Preposition(toks[n].Low) && n+1 < p) {
			return false
		}
	}
	if n <= 0 || toks[n].Kind != english.Num || sv.InTimex(n) {
		return false
	}
	for c := n - 1; c >= 1 && c >= n-6; c-- {
		if toks[c-1].Text != "," {
			continue
		}
		e := phraseEnd(toks, c, f.words.figureContrasts)
		if e < 0 || e > n || e < n-2 || sv.Coords[x].Last >= c {
			continue
		}
		for j := e; j < n; j++ {
			if toks[j].Kind == english.Alpha && !lowerNoun(sv, j) || sv.CoordAt[j] >= 0 {
				return false
			}
		}
		figure := false
		for j := 0; j < c-1; j++ {
			if co := sv.CoordAt[j]; co >= 0 && co != x {
				return false // "Chinese loans to Kenya reached $9 billion, compared with $2 billion from Japan": Japan's counterpart is China, not Kenya
			}
			figure = figure || toks[j].Kind == english.Num && !sv.InTimex(j)
		}
		return figure
	}
	return false
}

// acts reports an event trigger among the tokens from to before: a verb
// of an act between a side and the count after it.
func acts(sv *event.Sentence, from, before int) bool {
	for k := from; k < before; k++ {
		if sv.IsTrigger(k) {
			return true
		}
	}
	return false
}

// count returns the token of the number that counts an actor phrase
// (span), or -1: a number right before it, past at most one lower-case
// word ("400 Kenyan police", "some 90 Ugandan soldiers"), or right after
// it, past a colon or at most two lower-case words ("Iran: 5,000", "Chile
// lost 900", "Peru had suffered 2,000"). A number of a
// date or a money figure counts nothing.
func count(sv *event.Sentence, span [2]int) int {
	toks := sv.Toks
	number := func(k int) bool {
		if toks[k].Kind != english.Num {
			return false
		}
		for _, x := range sv.Timex {
			if int(toks[k].Start) >= x.Start && int(toks[k].End) <= x.End {
				return false
			}
		}
		for _, m := range sv.Money {
			if int(toks[k].Start) >= m.Start && int(toks[k].End) <= m.End {
				return false
			}
		}
		return true
	}
	word := func(k int) bool {
		w := toks[k].Low
		return toks[k].Kind == english.Alpha && !english.IsUpperWord(toks[k].Text) && !sv.Preposition(w) && !sv.ClauseWord(w) && !sv.Determiner(w) && !conjunction(sv, k)
	}
	for k, n := span[0]-1, 0; k >= 0 && n <= 1; k, n = k-1, n+1 {
		if number(k) {
			return k
		}
		if !word(k) {
			break
		}
	}
	for k, n := span[1]+1, 0; k < len(toks) && n <= 2; k, n = k+1, n+1 {
		if number(k) {
			return k
		}
		if !word(k) && !(n == 0 && toks[k].Low == ":") {
			break
		}
	}
	return -1
}

// relates reports whether the document has already related a member of
// one phrase to a member of the other: a list is one side ("companies from
// Britain, France and the United States exercised power in Mexico").
func (f *Finder) relates(xs, ys []string) bool {
	for _, a := range xs {
		for _, b := range ys {
			if f.related[[2]string{a, b}] {
				return true
			}
		}
	}
	return false
}

// hedgedLists numbers the lists of actor phrases (given by their token
// spans, in order) that an adverb or "as well as" breaks into pieces:
// "Pakistan and possibly the People's Republic of China", "Chile, Peru and
// probably Bolivia", "Saudi and Syrian fighters, as well as native
// Iraqis". The phrases of one such list get one number, the others -1.
// A list's last member follows "and" or "or" and one adverb or more (a
// lower-case word in -ly), a determiner at most; or it follows a joiner
// of several words whose first word is none (joiners.txt of the syntax:
// "as well as", "along with"), with at most two words of the noun phrases
// around it on either side ("combatants, as well as native"); its earlier
// members are joined by commas alone. The coordination of the syntax
// takes neither in a list, so the members stand as phrases of their own, and the mention
// rule would relate them as if the sentence said they act on each other.
func hedgedLists(sv *event.Sentence, span [][2]int) []int {
	toks := sv.Toks
	list := make([]int, len(span))
	for i := range list {
		list[i] = -1
	}
	// modifiers skips the lower-case words of a noun phrase from gap[k],
	// two at most: no verb, preposition, clause word or joiner.
	modifiers := func(gap []english.Tok, k, at int) int {
		for n := 0; n < 2 && k < len(gap); n, k = n+1, k+1 {
			t := gap[k]
			if t.Kind != english.Alpha || english.IsUpperWord(t.Text) || sv.Preposition(t.Low) || sv.ClauseWord(t.Low) || sv.Determiner(t.Low) ||
				sv.JoinerAt(gap, k) > 0 || syntax.VerbLike(t.Low) || sv.Verb != nil && sv.Verb(at+k) {
				break
			}
		}
		return k
	}
	// word reports a joiner of one word at gap[k] ("and", "or"): a
	// joiner of several words whose first word is no joiner ("as well
	// as", "along with") breaks a list as an adverb after "and" does.
	word := func(gap []english.Tok, k int) bool {
		return k < len(gap) && gap[k].Kind == english.Alpha && sv.JoinerAt(gap[k:k+1], 0) == 1
	}
	joined := func(x int, hedged bool) bool {
		at := span[x][1] + 1
		gap := toks[at:span[x+1][0]]
		if !hedged {
			return len(gap) == 1 && gap[0].Low == ","
		}
		// "Sudan and Chad, as well as Niger", "Saudi combatants, as well
		// as native Iraqis"
		k := modifiers(gap, 0, at)
		if k < len(gap) && gap[k].Low == "," {
			k++
		}
		if n := sv.JoinerAt(gap, k); n > 1 && !word(gap, k) {
			k += n
			if k < len(gap) && sv.Determiner(gap[k].Low) {
				k++
			}
			return modifiers(gap, k, at) == len(gap)
		}
		k = 0
		if k < len(gap) && gap[k].Low == "," {
			k++ // the serial comma: "Chile, Peru, and possibly Bolivia"
		}
		if !word(gap, k) {
			return false
		}
		k++
		adverbs := 0
		for ; k < len(gap) && adverb(gap[k]); k++ {
			adverbs++
		}
		if k < len(gap) && sv.Determiner(gap[k].Low) {
			k++
		}
		return adverbs > 0 && k == len(gap)
	}
	n := 0
	for x := 0; x+1 < len(span); x++ {
		if !joined(x, true) {
			continue
		}
		first := x
		for first > 0 && list[first-1] < 0 && joined(first-1, false) {
			first--
		}
		id := n
		if list[first] >= 0 {
			id = list[first]
		} else {
			n++
		}
		for i := first; i <= x+1; i++ {
			list[i] = id
		}
	}
	return list
}

// quotedName returns where the quotation opens that holds an actor
// phrase (tokens first to last) as part of a name in title case, or -1:
// a campaign's, an operation's, a book's ('launched the "War to Free
// Cuba and Aid Chile"', 'the codename "Operation Danish Shield"'): two
// to maxQuotedName words, each capitalised or a function word (a
// preposition, a determiner, a joiner, "to"), and a capitalised word of
// the name that is no actor. The actors of such a name are its theme: they
// relate to the one whose name it is (holderBefore), not to the
// sentence's other actors nor to each other. A quotation of speech
// ('"Denmark will not yield"', '"Cuba is free"') has words in lower case
// and keeps its actors.
func quotedName(sv *event.Sentence, first, last int) int {
	toks := sv.Toks
	open, quotes := -1, 0
	for j := 0; j < first; j++ {
		if toks[j].Low == `"` {
			quotes++
			open = j
		}
	}
	if quotes%2 == 0 || first-open > maxQuotedName {
		return -1
	}
	words, own := 0, false
	for j := open + 1; j < len(toks) && j-open <= maxQuotedName+1; j++ {
		t := toks[j]
		if t.Low == `"` {
			if j > last && words >= 2 && own {
				return open
			}
			return -1
		}
		if t.Kind != english.Alpha {
			continue
		}
		words++
		if !english.IsUpperWord(t.Text) {
			if !sv.Preposition(t.Low) && !sv.Determiner(t.Low) && !conjunction(sv, j) && t.Low != "to" {
				return -1
			}
			continue
		}
		if sv.CoordAt[j] < 0 {
			own = true
		}
	}
	return -1
}

// roleAs returns where "as" stands before an actor phrase (tokens first
// to last) that names, as a people's adjective, what the clause's subject
// is to it, with a role noun of roles.txt right after it ("Peru fought in
// 1879 as a Bolivian ally", "Nepal acted as an Indian partner"), or -1. The
// actor is the subject's ally or partner, not a party to what the
// sentence's other actors do; "as an ally of Chile" is the role rule's.
func (f *Finder) roleAs(sv *event.Sentence, first, last int) int {
	toks := sv.Toks
	if last+1 >= len(toks) || !f.lex.Roles[toks[last+1].Low] {
		return -1
	}
	k := first - 1
	if k >= 0 && sv.Determiner(toks[k].Low) {
		k--
	}
	if k < 0 || toks[k].Low != "as" {
		return -1
	}
	return k
}

// holderBefore returns the nearest actor coordination before token k in
// its clause that no preposition governs (the one who launches the
// campaign named at k), or -1, when the phrase at k pairs as before.
func holderBefore(sv *event.Sentence, k int) int {
	for j := k - 1; j >= 0 && sv.Clause[j] == sv.Clause[k]; j-- {
		if c := sv.CoordAt[j]; c >= 0 && !sv.Governed(c) {
			return c
		}
	}
	return -1
}

// maxQuotedName bounds the words of a quoted name (quotedName).
const maxQuotedName = 10

// splitList gives each actor phrase (token spans, in order) the index of
// the first phrase of a list a preposition governs that it is an item of,
// or -1: items whose actors modify names of their own, so that the actor
// stage sees two coordinations, not one ("refugees from German Silesia
// and Austrian Tyrol", "loans from Great Britain and Tsarist Russia").
// Between two items stand only capitalised words of their names, one
// joiner ("and", "or") and determiners; a comma ends a fronted phrase
// ("To Great Britain, Imperial Germany was a rival") and keeps
// the two apart. Such items are what one act or noun takes, as the
// members of one coordination are, and do not relate to each other; a
// list that is a subject ("German Silesia and Austrian Tyrol sent
// refugees"), a list after "between" or "among" and a list after a
// relation noun's preposition ("the rivalry of Austrian Galicia and
// German Silesia", relations.tsv) keep their pairs.
func (f *Finder) splitList(sv *event.Sentence, span [][2]int) []int {
	toks := sv.Toks
	items := make([]int, len(span))
	for y := range items {
		items[y] = -1
		if y == 0 {
			continue
		}
		joiners, ok := 0, true
		for j := span[y-1][1] + 1; j < span[y][0] && ok; j++ {
			t := toks[j]
			switch {
			case conjunction(sv, j):
				joiners++
			case joiners > 0 && sv.Determiner(t.Low):
			case t.Kind == english.Alpha && english.IsUpperWord(t.Text) && !syntax.VerbLike(t.Low) && (sv.Verb == nil || !sv.Verb(j)):
			default:
				ok = false
			}
		}
		if !ok || joiners != 1 {
			continue
		}
		if items[y-1] >= 0 {
			items[y] = items[y-1]
			continue
		}
		k := span[y-1][0] - 1
		for k >= 0 && sv.Determiner(toks[k].Low) {
			k--
		}
		if k < 0 || !sv.Preposition(toks[k].Low) || sv.PairPreposition(toks[k].Low) {
			continue
		}
		if _, ok := f.lex.Relation(toks[max(k-1, 0)].Low); k > 0 && ok {
			continue // "the rivalry of Austrian Galicia and German Silesia": a relation of the two
		}
		items[y-1], items[y] = y-1, y-1
	}
	return items
}

// adverb reports a lower-case word in -ly of five letters or more
// ("possibly", "probably", "notably"); "ally" and "Italy" are none.
func adverb(t english.Tok) bool {
	return t.Kind == english.Alpha && !english.IsUpperWord(t.Text) && len(t.Low) >= 5 && strings.HasSuffix(t.Low, "ly")
}

// territory reports an actor phrase (tokens first to last) that names a
// territory or its owner (pairwords.tsv role territory): the actor after
// "the French colony of", "about 10% of", "the territories of", or the
// one that owns it, right before "colony of". Such a phrase is the scene
// or the object of what the sentence's other actors do, not a party to it.
func (f *Finder) territory(sv *event.Sentence, first, last int) bool {
	toks := sv.Toks
	if english.PossessiveAt(toks, last+1) {
		return false // "80% of Cuba's trade": Cuba owns what follows, a party
	}
	if f.phraseBefore(toks, first, "territory") || first > 0 && sv.Determiner(toks[first-1].Low) && f.phraseBefore(toks, first-1, "territory") {
		return true
	}
	return f.phraseAt(toks, last+1, "territory")
}

// namesWar reports a capitalised relation noun of armed conflict at token
// k (relations.tsv flag armed: War, Wars, Conflict), or after a few more
// capitalised words and hyphens from k ("the Russian Civil War", "the
// Franco-Prussian War"), which makes the actor before k part of a proper
// name ("the Vietnam War", "the Korean War", "the Arab-Israeli Conflict"): the war so named, where the actor is its
// scene or one of its sides, not a party to what the sentence's other
// actors do. A capitalised alliance, treaty or bloc ("the Anglo-Japanese
// Alliance", "the Soviet Bloc") keeps its actors: they are the parties of
// the relation it names.
func (f *Finder) namesWar(sv *event.Sentence, k int) bool {
	toks := sv.Toks
	for n := 0; k < len(toks) && n < maxWarName; k, n = k+1, n+1 {
		t := toks[k]
		if hyphenAt(toks, k) {
			continue // "the Franco-Prussian War": a hyphen inside the name
		}
		if t.Kind != english.Alpha || !english.IsUpperWord(t.Text) {
			return false
		}
		if f.lex.ArmedConflict(t.Low) {
			return true
		}
		if syntax.VerbLike(t.Low) || sv.Verb != nil && sv.Verb(k) {
			return false // "Japan Declared War on Russia": a headline's verb, not a name
		}
	}
	return false
}

// warTopic reports an actor phrase (tokens first to last) after a
// determiner that modifies a lower-case noun of armed conflict
// (relations.tsv flag armed) which ends the noun phrase: "opposition to
// the Vietnam war grew", "veterans of the Korean war, who": the war so
// named, a topic or a scene, not a party to what the sentence's other
// actors do (namesWar does the same for a capitalised name), when the
// phrase is a place's name or follows a topic's noun (namedWar). A noun
// after it ("the British war effort") makes the actor the owner of what
// follows, and a preposition of complements.txt ("the Soviet war in
// Afghanistan", "the French war with Prussia") names the war's sides:
// both keep their pairs.
func (f *Finder) warTopic(sv *event.Sentence, first, last int) bool {
	toks := sv.Toks
	k := last + 1
	if first == 0 || !sv.Determiner(toks[first-1].Low) || k >= len(toks) || toks[k].Kind != english.Alpha || english.IsUpperWord(toks[k].Text) || !f.lex.ArmedConflict(toks[k].Low) {
		return false
	}
	n := k + 1
	if n >= len(toks) || toks[n].Kind != english.Alpha {
		return f.namedWar(sv, first, last) // "the Vietnam war.", "the Korean war's veterans"
	}
	w := toks[n].Low
	if f.words.complement[w] {
		return false // "the Soviet war in Afghanistan": its sides
	}
	return (sv.Preposition(w) || sv.ClauseWord(w) || sv.Auxiliary(w) || conjunction(sv, n) || syntax.VerbLike(w) || sv.PastTense(w) || sv.Verb != nil && sv.Verb(n)) && f.namedWar(sv, first, last)
}

// hyphenAt reports a dash (english.IsDash) at token k glued to the words
// on both sides: a hyphen inside a word ("Franco-Prussian", "Soviet-made").
func hyphenAt(toks []english.Tok, k int) bool {
	r, n := utf8.DecodeRuneInString(toks[k].Text)
	return n == len(toks[k].Text) && english.IsDash(r) && english.Glued(toks, k) && k+1 < len(toks) && english.Glued(toks, k+1)
}

// hyphenName reports an actor phrase ending at token last that a hyphen
// glues to a word of an era or a maker (namings.txt, role hyphen):
// "Soviet-era bases": the state is when the thing comes from, no side of
// the sentence's acts. A word of a maker ("Soviet-made", "US-built")
// makes it none only when the clause's subject, an actor before it,
// holds or moves the thing ("Ethiopia fielded Soviet-made tanks against
// Somalia"), and no "of" comes right before it, nor a verb by which the
// subject acquires it ("Turkey bought Russian-made missiles": from the
// maker, most often); with no such holder the
// maker is the likely giver ("the delivery of Chinese-made drones to
// Ethiopia", "a cache of Russian-made mines found in Mali"). "US-backed", "Soviet-supplied" name a
// relation and are no such word.
func (f *Finder) hyphenName(sv *event.Sentence, first, last int) bool {
	toks := sv.Toks
	k := last + 1
	if k+1 >= len(toks) || !hyphenAt(toks, k) {
		return false
	}
	maker, ok := f.words.hyphenNames[toks[k+1].Low]
	if !ok || toks[k+1].Kind != english.Alpha {
		return false
	}
	if !maker {
		return true
	}
	s := clauseSubject(sv, sv.ClauseStart(first))
	if s < 0 || sv.Coords[s].Last >= first {
		return false
	}
	for k := sv.Coords[s].Last + 1; k < first; k++ {
		if f.words.acquire[toks[k].Low] {
			return false // "Turkey bought Russian-made missiles": from the maker
		}
	}
	// a part, an amount or a delivery of the things ("a cache of
	// Russian-made mines found in Mali") is no thing the subject holds
	p := first
	for p > 0 && sv.Determiner(toks[p-1].Low) {
		p--
	}
	return p == 0 || toks[p-1].Low != "of"
}

// shareBurden reports two actor phrases x before y joined by a
// conjunction alone (past determiners; "both" may open x) in a clause
// that holds a noun of a cost or a burden (namings.txt, role burden):
// "Both the Dutch and the Belgians paid a high price for neutrality", "the
// war cost both the Dutch and the Belgians dearly". Sides said to bear one
// cost are no pair of a relation the sentence states.
func (f *Finder) shareBurden(sv *event.Sentence, x, y [2]int) bool {
	toks := sv.Toks
	joined := false
	for k := x[1] + 1; k < y[0]; k++ {
		switch {
		case conjunction(sv, k) && !joined:
			joined = true
		case !sv.Determiner(toks[k].Low):
			return false
		}
	}
	if !joined {
		return false
	}
	cl := sv.Clause[x[0]]
	for k := x[0]; k >= 0 && sv.Clause[k] == cl; k-- {
		if f.words.burden[toks[k].Low] {
			return true
		}
	}
	for k := y[1] + 1; k < len(toks) && sv.Clause[k] == cl; k++ {
		if f.words.burden[toks[k].Low] {
			return true
		}
	}
	return false
}

// commands reports the coordination lead, a commander, and led, the force
// he leads, as one side (namings.txt, roles lead and commander): lead,
// governed by no preposition, is the subject of a verb of leading (not
// one glued to a word before it: "Shia-led") with no verb nor other actor
// between them, and led the verb's object ("A Dutch general commanded the
// Belgian brigade"; past determiners, figures, lower-case nouns and "of":
// "led a column of 900 Chadian troops"), not one after which, in its
// clause, a "to" comes before a lower-case word, which makes the verb a
// cause ("the defeat led Poland to seek help"); or led, governed by no
// preposition, stands before the verb and its "by" ("Sudanese units, led
// by an Egyptian officer"; not "the invasion of Iraq, led by"); or led
// follows a noun of a commander and "of", which lead holds or stands
// before with no verb between ("the Danish commander of the NATO forces",
// "the British officer Hale, head of the Omani army"). Such a pair is no
// dyad of two sides.
func (f *Finder) commands(sv *event.Sentence, lead, led int) bool {
	toks := sv.Toks
	a, b := sv.Coords[lead], sv.Coords[led]
	// object reports only determiners, figures, lower-case nouns and "of"
	// from token from up to to-1: a noun phrase's words before its actor
	object := func(from, to int) bool {
		for k := from; k < to; k++ {
			t := toks[k]
			w := t.Low
			if t.Kind == english.Num || sv.Determiner(w) || w == "of" {
				continue
			}
			if t.Kind != english.Alpha || t.Text != w || sv.Preposition(w) || sv.ClauseWord(w) || conjunction(sv, k) || verbAt(sv, k) {
				return false
			}
		}
		return true
	}
	// bare reports no verb nor actor from token from up to to-1
	bare := func(from, to int) bool {
		for k := from; k < to; k++ {
			if verbAt(sv, k) || sv.CoordAt[k] >= 0 {
				return false
			}
		}
		return true
	}
	leading := func(v int) bool { return f.words.lead[toks[v].Low] && !english.Glued(toks, v) }
	// titled reports a commander's noun right after the phrase led, past
	// at most one word that is no verb ("the UN Supreme Commander")
	titled := func() bool {
		for k := b.Last; k < len(toks) && k <= b.Last+2; k++ {
			if f.words.commander[toks[k].Low] {
				return true
			}
			if k > b.Last && (toks[k].Kind != english.Alpha || verbAt(sv, k) || sv.Preposition(toks[k].Low) || conjunction(sv, k)) {
				return false
			}
		}
		return false
	}
	// "General Ridgway, the UN commander, ...": a commander and his
	// command in apposition
	if a.Last+1 < b.First && toks[a.Last+1].Low == "," && object(a.Last+2, b.First) && titled() {
		return true
	}
	if a.Last < b.First {
		if sv.Governed(lead) {
			return false
		}
		// the phrase lead may hold the commander's noun: "the Danish commander"
		for v := a.First + 1; v < b.First; v++ {
			if f.words.commander[toks[v].Low] && toks[v+1].Low == "of" && bare(a.Last+1, v) && object(v+2, b.First) {
				return true // "the Danish commander of the NATO forces"
			}
			if v <= a.Last || !leading(v) || !bare(a.Last+1, v) || !object(v+1, b.First) {
				continue
			}
			for k := b.Last + 1; k+1 < len(toks) && sv.Clause[k] == sv.Clause[v]; k++ {
				if w := toks[k+1]; toks[k].Low == "to" && w.Kind == english.Alpha && w.Text == w.Low && !sv.Determiner(w.Low) {
					return false // "the defeat led Poland to seek help": a cause
				}
			}
			return true // "A Dutch general commanded the Belgian brigade"
		}
		return false
	}
	// the phrase led first: "Sudanese units, led by an Egyptian officer"
	for v := b.Last + 1; v+1 < a.First; v++ {
		if leading(v) && toks[v+1].Low == "by" {
			return !sv.Governed(led) && object(v+2, a.First) && bare(b.Last+1, v)
		}
	}
	return false
}

// episode reports an actor phrase (tokens first to last) after "the"
// that names a crisis or an affair (namings.txt, role episode) past at
// most two lower-case words, whose noun ends the noun phrase: "the Cuban
// missile crisis brought Washington and Moscow to the brink", "the
// Berlin crisis of 1961". The episode so named is what the sentence is
// about, not a party to its acts. A preposition of complements.txt after
// the noun ("the Syrian crisis in 2012", "the crisis with Iran") names a
// place or a side, and keeps the pairs, as warTopic does for a war.
func (f *Finder) episode(sv *event.Sentence, first, last int) bool {
	toks := sv.Toks
	if first == 0 || toks[first-1].Low != "the" {
		return false
	}
	for k := last + 1; k < len(toks) && k <= last+3; k++ {
		t := toks[k]
		if t.Kind != english.Alpha || english.IsUpperWord(t.Text) || sv.CoordAt[k] >= 0 {
			return false
		}
		if !f.words.episodes[t.Low] {
			if sv.Preposition(t.Low) || sv.ClauseWord(t.Low) || sv.Auxiliary(t.Low) || conjunction(sv, k) || verbAt(sv, k) {
				return false
			}
			continue
		}
		n := k + 1
		if n >= len(toks) || toks[n].Kind != english.Alpha {
			return true
		}
		w := toks[n].Low
		if f.words.complement[w] {
			return false
		}
		return sv.Preposition(w) || sv.ClauseWord(w) || sv.Auxiliary(w) || conjunction(sv, n) || verbAt(sv, n) || sv.PastTense(w)
	}
	return false
}

// namedWar reports whether the actor phrase (tokens first to last) before
// a war's lower-case noun names the war, not a side of it: a place's name
// ("the Vietnam war") does, and so does a people's adjective (NORP) after
// a noun of a topic and its preposition (wartopics.txt: "veterans of the
// Korean war"); a people's adjective alone names the war's side ("Iran
// lost a generation in the Iraqi war", "The French war ended badly for
// France and Vietnam").
func (f *Finder) namedWar(sv *event.Sentence, first, last int) bool {
	people := false
	for k := first; k <= last; k++ {
		if a := sv.ActorAt[k]; a >= 0 && sv.Groups[a].Label == "NORP" {
			people = true
		}
	}
	if !people {
		return true
	}
	for _, ws := range f.words.warTopics {
		if s := first - 1 - len(ws); s >= 0 && phraseEnd(sv.Toks, s, [][]string{ws}) == first-1 {
			return true
		}
	}
	return false
}

// compared marks the tokens of a comparison set off from the sentence
// (comparedcases.txt), at its start or after a comma, with a case of the
// past: from a phrase's words ("like", "unlike") to the next comma when
// the phrase dates its case with a figure ("Like Germany in 1938, Russia
// claimed", "Argentina, unlike Chile in the 1970s, kept"; "Russia, like
// Belarus, was sanctioned by the EU" likens two of one time, which
// share the act, and marks nothing), from a clause's ("just as",
// "much as") to the first comma after its first verb, when that verb is a
// form of "be" or "have" (the past case's elided act: "just as Napoleon,
// the Austrians and the Prussians had fifty years earlier"); a clause whose
// first verb is a lexical one ("Just as the truce ended, Peru seized
// Arica"), or an auxiliary of a form in -ing ("Just as Iraq was massing
// troops, Kuwait asked"), tells a time, and marks nothing. "States like
// Iran" (after a noun), "Small states, like Belgium in 1914," (after a
// comma that no actor comes before: examples of the noun) and "would
// like" (after a verb) are no comparison.
func (f *Finder) compared(sv *event.Sentence) []bool {
	toks := sv.Toks
	in := make([]bool, len(toks))
	for i := 0; i < len(toks); i++ {
		for _, c := range f.words.comparison {
			n := len(c.words)
			if !c.inner && i > 0 && toks[i-1].Text != "," && toks[i-1].Text != ";" || i+n >= len(toks) || !slices.EqualFunc(c.words, toks[i:i+n], func(w string, t english.Tok) bool { return w == t.Low }) {
				continue
			}
			if c.inner {
				f.comparedCase(sv, i, i+n, in)
				continue
			}
			if !c.clause && i > 1 && toks[i-1].Text == "," && sv.ActorAt[i-2] < 0 && sv.CoordAt[i-2] < 0 {
				break // "Small states, like Belgium in 1914, were overrun": examples of a noun, no case compared
			}
			end, verb := i+n, !c.clause
			for ; end < len(toks) && !(verb && toks[end].Text == ","); end++ {
				if c.clause && !verb && toks[end].Kind == english.Alpha && !english.IsUpperWord(toks[end].Text) && (sv.Auxiliary(toks[end].Low) || syntax.VerbLike(toks[end].Low) || sv.Verb != nil && sv.Verb(end)) {
					if !sv.Auxiliary(toks[end].Low) || progressive(sv, end) {
						end = i // "just as the war ended", "just as Iraq was massing troops": a clause of time
						break
					}
					verb = true
				}
			}
			if c.clause && !verb {
				end = i // no verb at all: no clause of comparison
			}
			if !c.clause && !c.contrast && !slices.ContainsFunc(toks[i+n:end], func(t english.Tok) bool { return t.Text[0] >= '0' && t.Text[0] <= '9' }) {
				end = i // "Russia, like Belarus, was sanctioned": a case of the same time, which shares the act
			}
			for j := i; j < end; j++ {
				in[j] = true
			}
			break
		}
	}
	return in
}

// comparedCase marks in in the actor phrase right after the words of a
// comparison of kind case (toks[i:j], "than"), past determiners: the
// case the sentence's subject is measured against ("Peru suffered more
// casualties than Chile", "was stronger than Russia"), no side of its
// acts. Not when an actor phrase ends right before the comparative word
// before the words, whose act the compared case shares ("feared Germany
// more than Russia": Britain feared Russia too), unless a verb follows
// the case ("bought more from Kenya than Tanzania did"), nor after a
// determiner ("no state other than Germany backed Austria"), nor when no actor
// phrase follows at once ("more than 500 Soviet troops", "than those of
// Sweden", "than with Russia").
func (f *Finder) comparedCase(sv *event.Sentence, i, j int, in []bool) {
	toks := sv.Toks
	if i > 0 && sv.Determiner(toks[i-1].Low) {
		return // "no state other than Germany": an exception, which shares the act
	}
	for j < len(toks) && sv.Determiner(toks[j].Low) && sv.CoordAt[j] < 0 {
		j++
	}
	if j >= len(toks) || sv.CoordAt[j] < 0 {
		return
	}
	co := sv.Coords[sv.CoordAt[j]]
	verb := co.Last+1 < len(toks) && (verbAt(sv, co.Last+1) || sv.PastTense(toks[co.Last+1].Low))
	for k := i - 1; k >= 0 && k >= i-2 && !verb; k-- {
		if sv.CoordAt[k] >= 0 {
			return // "feared Germany more than Russia", "Germany rather than Russia"
		}
	}
	for k := co.First; k <= co.Last; k++ {
		in[k] = true
	}
}

// progressive reports whether the auxiliary at toks[k], and any after
// it, comes before a lower-case form in -ing: "was massing", "had been
// fighting" (an act in progress, a clause of time after "just as").
func progressive(sv *event.Sentence, k int) bool {
	toks := sv.Toks
	for k++; k < len(toks) && toks[k].Kind == english.Alpha && sv.Auxiliary(toks[k].Low); k++ {
	}
	return k < len(toks) && toks[k].Kind == english.Alpha && !english.IsUpperWord(toks[k].Text) && len(toks[k].Low) > 5 && strings.HasSuffix(toks[k].Low, "ing")
}

// maxWarName bounds the capitalised words and hyphens namesWar passes
// between an actor and the war's noun ("the Second Sino-Japanese War",
// "the American Revolutionary War").
const maxWarName = 4

// proseWords counts a sentence's words of prose: lower-case words other
// than a preposition, a determiner, a clause word or a joiner ("and",
// "or"); a line of keywords or a list of names has none or few.
func proseWords(sv *event.Sentence) int {
	n := 0
	for k, t := range sv.Toks {
		if t.Kind == english.Alpha && !english.IsUpperWord(t.Text) && !sv.Preposition(t.Low) && !sv.Determiner(t.Low) && !sv.ClauseWord(t.Low) && !conjunction(sv, k) {
			n++
		}
	}
	return n
}

// nameOwner returns, for the token p after a name (a scene's preposition),
// the coordination of the actor that opens the name: the actor itself
// ("the British Embassy" when the actor stage codes all of it) or one
// before at most four more capitalised words, figures or ordinals ("the
// Chilean 2nd Division", "the Japanese Legation"); -2 for a name with no actor
// ("the Allied Mission"); -1 when the word before p is no capitalised
// word but the sentence's first.
func nameOwner(sv *event.Sentence, p int) int {
	toks := sv.Toks
	if p < 2 || toks[p-1].Kind != english.Alpha || !english.IsUpperWord(toks[p-1].Text) {
		return -1 // "Turkish nurses in Korea": an agent noun, whose place agentBefore gives
	}
	if c := sv.CoordAt[p-1]; c >= 0 {
		return c
	}
	for j := p - 2; j >= 0 && j >= p-5; j-- {
		if c := sv.CoordAt[j]; c >= 0 {
			return c
		}
		t := toks[j]
		ordinal := j > 0 && toks[j-1].Kind == english.Num && english.IsOrdinalSuffix(t.Low) // "3rd"
		if !(t.Kind == english.Num || ordinal || t.Kind == english.Alpha && english.IsUpperWord(t.Text)) {
			break
		}
	}
	return -2
}

// finiteVerb reports a sentence with a verb of its own: a lower-case word
// that verbAt reads as a verb, no participle in -ing (which may modify a
// noun: "the ruling party"). A terse sentence that names three actors
// with few other words ("Pakistan leaned on China against India",
// "Egypt looked to Moscow, not to London") is prose; a list of names and
// affiliations has no such verb.
func finiteVerb(sv *event.Sentence) bool {
	for k, t := range sv.Toks {
		if t.Kind == english.Alpha && !english.IsUpperWord(t.Text) && !strings.HasSuffix(t.Low, "ing") && verbAt(sv, k) {
			return true
		}
	}
	return false
}

// figures counts a sentence's numbers outside its dates.
func figures(sv *event.Sentence) int {
	n := 0
	for _, t := range sv.Toks {
		if t.Kind != english.Num {
			continue
		}
		date := false
		for _, x := range sv.Timex {
			date = date || int(t.Start) >= x.Start && int(t.End) <= x.End
		}
		if !date {
			n++
		}
	}
	return n
}

// phraseEnd returns the index after the first of phrases (each its
// lower-case words) that starts at toks[i] (a stance's preposition:
// "vis-à-vis" spans five tokens), or -1.
func phraseEnd(toks []english.Tok, i int, phrases [][]string) int {
	for _, ws := range phrases {
		if i+len(ws) > len(toks) {
			continue
		}
		ok := true
		for n, w := range ws {
			if toks[i+n].Low != w {
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

// countable reports a word after "the two" that makes it count something
// else ("the two periods", "the two regions"); a verb or a preposition
// after it leaves "the two" standing for a pair.
func (f *Finder) countable(sv *event.Sentence, w string) bool {
	return !f.lex.PairNouns[w] && !sv.Preposition(w) && !sv.ClauseWord(w) && !syntax.VerbLike(w) && !f.words.twoVerbs[w] && w != "," && w != "."
}

// twoAt reports a phrase of thetwo.txt at token k that stands for the
// pair: before a pair noun of the lexicon ("both countries", "the two
// nations"; nouns is then true) or, for a phrase of role alone, with no
// noun counted after it ("the two were at war", "between the two.").
func (f *Finder) twoAt(sv *event.Sentence, k int) (nouns, ok bool) {
	toks := sv.Toks
	for _, p := range f.words.twos {
		j := phraseEnd(toks, k, [][]string{p.words})
		if j < 0 {
			continue
		}
		if j < len(toks) && f.lex.PairNouns[toks[j].Low] {
			return true, true
		}
		if p.alone && (j >= len(toks) || !f.countable(sv, toks[j].Low)) {
			return false, true
		}
	}
	return false, false
}

// twoBefore reports a phrase of thetwo.txt of role list that ends right
// before token end, the start of a list: "Both Chile and Peru called for a
// ceasefire".
func (f *Finder) twoBefore(toks []english.Tok, end int) bool {
	for _, p := range f.words.twos {
		if p.list && end-len(p.words) >= 0 && phraseEnd(toks, end-len(p.words), [][]string{p.words}) == end {
			return true
		}
	}
	return false
}

// listed reports whether three codes or more are all of one
// coordination of the sentence (with governed, one a preposition
// governs: "aid from France, Gabon and Ivory Coast").
func listed(sv *event.Sentence, codes []string, governed bool) bool {
	return len(codes) >= 3 && oneCoord(sv, codes, func(ci int, cs []string) bool {
		return len(cs) >= 3 && (!governed || sv.Governed(ci))
	})
}

// coordinated reports codes (two or more) that one coordination of the
// sentence names together.
func coordinated(sv *event.Sentence, codes []string) bool {
	return len(codes) >= 2 && oneCoord(sv, codes, func(int, []string) bool { return true })
}

// oneCoord reports a coordination of the sentence that names every one of
// codes and that ok accepts (given its index and codes).
func oneCoord(sv *event.Sentence, codes []string, ok func(ci int, cs []string) bool) bool {
	for ci, co := range sv.Coords {
		cs := co.Codes(sv.Groups)
		if ok(ci, cs) && !slices.ContainsFunc(codes, func(c string) bool { return !slices.Contains(cs, c) }) {
			return true
		}
	}
	return false
}

// hiddenMode returns the mode of a hidden event h (one the event stage
// reads inside another act's phrase and does not report), given the modes
// of the hidden events before it: its own (hypothetical for an act stated
// to come, Intent), else that of the act it depends on, the trigger
// nearest before it (at most fifteen tokens). What is demanded, refused,
// threatened or warned of is not done ("China warned the United States
// that it would attack Japan", "demanded that Egypt withdraw from
// Sudan"): hypothetical after a trigger of REQUEST, REJECT or THREATEN
// with no comma between (past one the clause may go on with an act told:
// "asked the United States to mediate, and restored ties with India"),
// unless it is a demand, refusal or threat itself ("asking for
// arms, and threatening to sign the truce"); so after a verb of
// appeal before its infinitive's "to" ("encouraged Austria to declare war
// on Serbia") or in the subjunctive after a verb of mandate.tsv and its
// "that" (the event stage's Mandated: "proposed that Iraq withdraw"). An
// act that completes a verb's phrase has the verb's mode ("never received
// military aid from Britain": negated, but a denied
// act of another category says nothing of it, "did not stop its aid to
// Korea"; "received military aid from Britain" is asserted). A participle
// after a noun is told of that noun, whatever verb governs the phrase:
// asserted ("called for the arming of merchant ships delivering munitions
// to Britain").
func (f *Finder) hiddenMode(sv *event.Sentence, h event.Span, modes []string) string {
	if h.Mode != "" {
		return h.Mode
	}
	if h.Intent {
		return event.ModeHypothetical // an act stated to come: "that it would intervene"
	}
	toks := sv.Toks
	k := triggerTok(toks, h)
	if k >= len(toks) {
		return ""
	}
	if k > 0 && (strings.HasSuffix(toks[k].Low, "ing") || strings.HasSuffix(toks[k].Low, "ed")) && reducedRelative(sv, k-1) {
		return "" // "calling for the arming of merchant ships delivering munitions to Britain": the ships' act is told
	}
	own := unreal(h.Category)
	var g *event.Span // the act it depends on: the trigger nearest before it, at most fifteen tokens
	mode, at, inherited := "", -1, false
	for l, list := range [][]event.Span{sv.Events, sv.Hidden} {
		for x := range list {
			e := &list[x]
			if j := triggerTok(toks, *e); j < k && k-j <= 15 && j > at {
				g, at, mode = e, j, e.Mode
				inherited = l == 1 && x < len(modes)
				if inherited {
					mode = modes[x] // a hidden act's, found before
				}
			}
		}
	}
	switch {
	case g == nil:
	case newClause(sv, at+1, k):
		return "" // "rejected the plan and fought Egypt": an act of its own clause
	case unreal(g.Category) && !own && demanded(sv, *g, k):
		return event.ModeHypothetical
	case mode == "" && g.Intent:
		return event.ModeHypothetical // an act stated to come
	case mode == event.ModeHypothetical && inherited && !unreal(g.Category) && namedDoer(toks, k):
		return "" // "asked Sweden for volunteers to resist the Soviet invasion of Finland": the invasion is done
	case mode == event.ModeNegated && g.Category != h.Category:
		mode = "" // "did not stop its aid": the aid goes on
	}
	if mode != "" {
		return mode
	}
	if !own && ((f.requested(sv, k) || asked(sv, h, k)) && !namedDoer(toks, k) || sv.Mandated(k)) {
		return event.ModeHypothetical
	}
	return ""
}

// asked reports a hidden event, its trigger at token k, that the event
// stage hid as an act asked for (Span.Hid): appealed, mandated, or
// demanded with no comma or semicolon between it and the trigger nearest
// before it (at most fifteen tokens: the demand's, refusal's or threat's,
// or one in its phrase) ("requested permission
// from Rome to bomb the railway": the preposition of the demand's own
// object stops demanded's walk; "to press the cabinet to break off
// relations with the Axis"). hiddenMode asks it last, past its own
// walk: a participle after a noun is told ("barges carrying grain to
// Peru"), an act with a named doer happened ("her motion to refuse
// recognition of the Bolivian annexation"), and a demand, refusal or
// threat hidden inside another is one made ("asking for arms, and
// threatening to sign the truce").
func asked(sv *event.Sentence, h event.Span, k int) bool {
	switch h.Hid {
	case event.HidAppealed, event.HidMandated:
		return true
	case event.HidDemanded:
	default:
		return false
	}
	toks := sv.Toks
	for j := k - 1; j >= 0 && j >= k-15; j-- {
		if toks[j].Text == "," || toks[j].Text == ";" {
			return false
		}
		if sv.IsTrigger(j) {
			return true // the demand's, or one in its phrase
		}
	}
	return false
}

// demanded reports the hidden act at token k as the act a demand, refusal
// or threat g names, not an event its phrase only mentions: the walk from
// the end of g's trigger to k meets no comma or semicolon (past one the
// clause may go on with an act told: "asked the United States to mediate,
// and restored ties with India"), no conjunction before a past tense
// ("rejected the ultimatum and invaded Kuwait"), and no preposition but
// the infinitive's "to" right before k (past an adverb in -ly: "asked the
// United States to attack Iraq"); a preposition of the trigger's own
// phrase ("called for", "called on") is part of it. An event named after
// a preposition is the cause, the scene or the object of what is
// demanded, and happened: "threatened retaliation for the NATO bombing of
// Serbia", "asked Saudi Arabia for shelter after the Iraqi invasion of
// Kuwait", "asked for weapons to resist the Soviet invasion".
func demanded(sv *event.Sentence, g event.Span, k int) bool {
	toks := sv.Toks
	from := triggerTok(toks, event.Span{Start: g.End})
	if newClause(sv, from, k) {
		return false
	}
	for j := from; j < k; j++ {
		t := toks[j]
		infinitive := t.Low == "to" && (j == k-1 || j == k-2 && adverb(toks[k-1]))
		if t.Text == "," || t.Text == ";" || t.Kind == english.Alpha && sv.Preposition(t.Low) && !infinitive {
			return false
		}
	}
	return true
}

// namedDoer reports a name, a demonym or a possessor's "'s" right before
// the trigger at token k: the act is one a named side does or did ("the
// Soviet invasion", "Israel's attacks"), the object of an act asked for,
// not the act asked for ("to resist the Soviet invasion").
func namedDoer(toks []english.Tok, k int) bool {
	if k < 2 {
		return false
	}
	t := toks[k-1]
	return t.Kind == english.Alpha && english.IsUpperWord(t.Text) || t.Low == "'s" || t.Low == "’s"
}

// newClause reports a conjunction before a past form between tokens from
// and k (k included): a verb of its own clause, an act told ("rejected
// the ultimatum and attacked Israel", "rejected the plan and fought
// Egypt"), not one of the act before.
func newClause(sv *event.Sentence, from, k int) bool {
	toks := sv.Toks
	for j := max(from, 0); j < k; j++ {
		if t := toks[j+1]; conjunction(sv, j) && t.Kind == english.Alpha && !english.IsUpperWord(t.Text) &&
			sv.Past(t.Low) {
			return true
		}
	}
	return false
}

// stated reports an asserted event that states an act to come (Intent).
func stated(e event.Span) bool { return e.Intent && e.Mode == "" }

// foretold returns the mode of the act an asserted THREATEN or REJECT
// event names by its subtype, or "": when an infinitive's "to" and another
// trigger follow its trigger (past an adverb in -ly), the event stage gives
// the threat or refusal the subtype of the act threatened or refused, so
// its pair names that act, hypothetical when threatened ("threatened to
// assist Poland": aid; "threatening to break off the trade talks"), negated
// when refused ("refused to withdraw from Egypt", "refused to recognize
// the United States").
func foretold(sv *event.Sentence, e event.Span) string {
	mode := ""
	switch e.Category {
	case "THREATEN":
		mode = event.ModeHypothetical
	case "REJECT":
		mode = event.ModeNegated
	}
	if mode == "" || e.Mode != "" {
		return ""
	}
	toks := sv.Toks
	j := triggerTok(toks, event.Span{Start: e.End})
	if j < len(toks) && adverb(toks[j]) {
		j++
	}
	if j+1 < len(toks) && toks[j].Low == "to" && sv.IsTrigger(j+1) {
		return mode
	}
	return ""
}

// unreal reports the categories whose complement is not done: a demand,
// a refusal, a threat (the event stage's complements of REQUEST, REJECT
// and THREATEN).
func unreal(category string) bool {
	return category == "REQUEST" || category == "REJECT" || category == "THREATEN"
}

// triggerTok returns the token of toks that starts an event's trigger:
// the first at or after e.Start (len(toks) if none). A binary search, as
// syntax.View.Within's: hiddenMode asks it for every event before each
// hidden one, and the tokens are in text order.
func triggerTok(toks []english.Tok, e event.Span) int {
	k, _ := slices.BinarySearchFunc(toks, e.Start, func(t english.Tok, b int) int { return int(t.Start) - b })
	return k
}

// coSubjects reports an event with no target whose sources are the
// subject of its verb, taken to have done together what the verb says of
// one side to another: an assault, a threat, aid, a demand ("French and
// British troops landed", "Chile and Peru sent troops"); nothing more
// shows that they acted together (a mobilisation, which rivals do each on
// its own, is left to opposing.txt's role parallel). The sources of a
// mutual event ("met", "fought") or of a cooperative category (AGREE,
// CONSULT, SUPPORT, COOPERATE: "signed a treaty", "agreed") are the
// parties to it, each other's counterpart, but for an offer (offered):
// what two sides offer, pledge or promise goes to a third they leave
// unnamed ("Japan and South Korea pledged to fund the reactor", "agreed
// to send troops"), so they offer it together as they would give it
// together; so are sides after "between" ("the conflict between Chile
// and Peru"), which are no subject.
func (f *Finder) coSubjects(sv *event.Sentence, e event.Span) bool {
	if len(e.Source) < 2 || e.Mutual || event.Cooperative(e.Category) && !f.offered(e) {
		return false
	}
	toks := sv.Toks
	k := triggerTok(toks, e)
	if k >= len(toks) {
		return false
	}
	subj, _ := sv.Subject(k, sv.Clause[k])
	if !covers(subj, e.Source) {
		return false
	}
	// "the end of the Franco-Italian entente": sources named after the
	// trigger are what it is about, whatever came before
	for c := sv.FirstCoordFrom(k); c >= 0 && c < len(sv.Coords); c++ {
		if covers(sv.Coords[c].Codes(sv.Groups), e.Source) {
			return false
		}
	}
	return true
}

// covers reports a list of codes that holds each of codes.
func covers(list, codes []string) bool {
	for _, c := range codes {
		if !slices.Contains(list, c) {
			return false
		}
	}
	return true
}

// offered reports an act of agreement that offers something to a third
// (PLOVER AGREE with a subtype of offers.txt: an offer, a pledge or a
// promise, or the aid it pledges: the event stage gives "pledged to fund"
// and "agreed to send troops" the subtype of the act agreed to), not one
// the parties agree on between them ("agreed to a ceasefire": agree;
// "agreed to hold talks": talks).
func (f *Finder) offered(e event.Span) bool {
	return e.Category == "AGREE" && f.words.offers[e.Subtype]
}

// reciprocal reports a reciprocal pronoun (reciprocal.txt: "each other",
// "one another") within six tokens after an event's trigger, in its
// clause and before any other actor: the event's sources did it to each
// other ("India and Pakistan attacked each other's posts"). One after
// another actor refers to that one ("A and B urged C and D to help each
// other"); one in another clause to its own subject.
func (f *Finder) reciprocal(sv *event.Sentence, e event.Span) bool {
	toks := sv.Toks
	k := triggerTok(toks, e)
	for j := k + 1; j < len(toks) && j <= k+6 && sv.Clause[j] == sv.Clause[k]; j++ {
		if sv.CoordAt[j] >= 0 {
			return false
		}
		if phraseEnd(toks, j, f.words.reciprocal) >= 0 {
			return true
		}
	}
	return false
}

// transitAt reports an actor phrase (coordination ci) that names a place
// an act passes through: right after a preposition of transit.txt ("via",
// "by way of"), past determiners, a state's or a region's name (GPE, LOC)
// that is no agent of one (no sector: "via Iranian intermediaries" names
// a channel). Such a place is no side of the sentence's mention pairs
// and no channel of an act other than AID (see Pairs).
//
// A phrase of role route ("through", "across") makes a transit place
// only after the act's destination (destined): "flew weapons to Sudan
// through Libya", "shipped tanks to Ukraine through Poland". Elsewhere
// the state after it is a channel that acts ("pressured Israel through
// Egypt") or the place of the act ("launched strikes across Ukraine").
func (f *Finder) transitAt(sv *event.Sentence, ci int) bool {
	if placeAfter(sv, ci, f.words.transit, false) >= 0 {
		return true
	}
	p := placeAfter(sv, ci, f.words.routes, false)
	return p > 0 && f.destined(sv, p)
}

// destined reports a preposition of an act's destination (transit.txt,
// role destination: "to", "into") at most three words before token p,
// in p's clause (a possessive's "'s" is no word), with no other
// preposition, comma or clause word between: "to Sudan through", "to
// Dagalo's forces through", "to the Kurdish rebels across".
func (f *Finder) destined(sv *event.Sentence, p int) bool {
	toks := sv.Toks
	words := 0
	for k := p - 1; k >= 0 && words <= 3 && sv.Clause[k] == sv.Clause[p]; k-- {
		w := toks[k].Low
		if f.words.destinations[w] {
			return true
		}
		if w == "'" || english.PossessiveAt(toks, k-1) {
			continue // "to Dagalo's forces through Libya": a possessive's "'s" is no word
		}
		if toks[k].Kind != english.Alpha || sv.Preposition(w) || sv.ClauseWord(w) || conjunction(sv, k) {
			return false
		}
		words++
	}
	return false
}

// journeyEnd reports an actor phrase (coordination ci) that names the
// place a person went to: a state's or a region's name with no sector
// (GPE, LOC) right after a phrase of journey.txt ("fled to", "left
// for"), past determiners, whose clause's subject names no actor ("the
// deposed emir fled to Egypt") or names only persons the actor stage
// codes for a side, leaders ("King Alfonso XIII fled to France";
// personSubject): the place is a refuge or a home, no side of a mention
// pair with the person's state. A side that goes there ("Uzbek refugees
// fled to Kyrgyzstan") keeps the place as its party; a leader's visit
// is an event of its own ("Nixon travelled to China": visit), which the
// mention pairs do not reach.
func (f *Finder) journeyEnd(sv *event.Sentence, ci int) bool {
	p := placeAfter(sv, ci, f.words.journey, true)
	if p < 0 {
		return false
	}
	subj, _ := sv.Subject(p, sv.Clause[p])
	return len(subj) == 0 || personSubject(sv, p)
}

// refuges returns the codes of the sentence's refuges (journeyEnd), the
// last token of the first of them (len(sv.Toks) when there is none) and
// whether each coordination is one.
func (f *Finder) refuges(sv *event.Sentence) ([]string, int, []bool) {
	var out []string
	at := len(sv.Toks)
	is := make([]bool, len(sv.Coords))
	for ci, co := range sv.Coords {
		if f.journeyEnd(sv, ci) {
			out = syntax.AppendCodes(out, co.Codes(sv.Groups)...)
			at = min(at, co.Last)
			is[ci] = true
		}
	}
	return out, at, is
}

// unnamed reports a coordination whose words are all lower case: an
// agent noun the actor stage codes by reference to a state named before
// ("a new government", "the regime"), which names no side by itself.
// After a refuge with its code it is the refuge again ("fled to Libya,
// and Tanzania installed a new government"); before it, its code is not
// the refuge's by reference, and it keeps its pairs.
// The sentence's first word counts as lower case.
func unnamed(sv *event.Sentence, co syntax.Coord) bool {
	for k := max(co.First, 1); k <= co.Last; k++ {
		if english.IsUpperWord(sv.Toks[k].Text) {
			return false
		}
	}
	return true
}

// personSubject reports a clause subject before token i that names only
// persons (PERSON: "King Alfonso XIII", "the Shah"), or a subject
// pronoun whose antecedent in the sentence, the nearest phrase before it
// with the codes it resolves to, names only persons ("after King Alfonso
// XIII lost the elections, he fled"). A subject that names a state or a
// body ("Greek royalists"), or a pronoun whose antecedent lies in
// another sentence, is none.
func personSubject(sv *event.Sentence, i int) bool {
	cl := sv.Clause[i]
	for k := i - 1; k >= 0 && sv.Clause[k] == cl; k-- {
		if c := sv.CoordAt[k]; c >= 0 {
			if sv.Governed(c) {
				k = sv.Coords[c].First
				continue // "the emir of Kuwait fled", "in 1931 the king fled": not the subject
			}
			return persons(sv, c)
		}
		if sv.Pronoun(sv.Toks[k].Low) == "subject" {
			codes := sv.Resolve(k, true, nil)
			if len(codes) == 0 {
				return false
			}
			for j := k - 1; j >= 0; j-- {
				if c := sv.CoordAt[j]; c >= 0 && slices.Equal(sv.Coords[c].Codes(sv.Groups), codes) {
					return persons(sv, c)
				}
			}
			return false
		}
	}
	return false
}

// persons reports a coordination whose groups all name persons.
func persons(sv *event.Sentence, c int) bool {
	for _, g := range sv.Coords[c].Groups {
		if sv.Groups[g].Label != "PERSON" {
			return false
		}
	}
	return true
}

// landmark reports an actor phrase (coordination ci) that locates a
// place: a state's or a region's name with no sector (GPE, LOC) right
// after a phrase of position.txt ("north of", "bordering"), past
// determiners, with no determiner before the phrase ("a town 75 miles
// northwest of Saigon", "republics bordering the Ottoman Empire"). It
// says where something lies and is no side of a mention pair; "the north
// of Italy" names the state's own ground and keeps its pairs, and so does
// a state toward which an actor deploys (deployed).
func (f *Finder) landmark(sv *event.Sentence, ci int) bool {
	p := placeAfter(sv, ci, f.words.position, false)
	return p >= 0 && (p == 0 || !sv.Determiner(sv.Toks[p-1].Low)) && !f.deployed(sv, p)
}

// deployed reports a verb of deployment.txt before token p in its clause
// whose clause deploys forces or arms: its actor subject (clauseSubject)
// has the sector MIL, or a noun of forces.txt stands in the clause before
// p. The landmark after p is then where that side's forces or arms stand
// toward the state ("Soviet divisions massed in Central Asia, north of
// Afghanistan"; "American aircraft enforced a no-fly zone south of
// Baghdad"), not a place named only to say where something lies ("the
// offensive was halted north of Seoul"; "archaeologists placed the
// ancient city north of Afghanistan"), nor the bearing of a state where
// a verb of stationing.txt has the forces stand (hosted: "troops were
// stationed in Qatar, east of Saudi Arabia").
func (f *Finder) deployed(sv *event.Sentence, p int) bool {
	k := sv.ClauseStart(p)
	verb, forces, stand := false, false, false
	for j := k; j < p; j++ {
		verb = verb || f.words.deployment[sv.Toks[j].Low]
		forces = forces || f.words.forces[sv.Toks[j].Low]
		stand = stand || f.words.stationing[sv.Toks[j].Low]
	}
	s := clauseSubject(sv, k)
	if !verb || s < 0 || stand && f.hosted(sv, p) {
		return false
	}
	for _, g := range sv.Coords[s].Groups {
		forces = forces || sv.Groups[g].Sector == "MIL"
	}
	return forces
}

// hosted reports a state's name right before the comma before token p,
// after a preposition of pairwords.tsv role scene ("in", "at"), past
// determiners: forces stationed there stand in that state, and the
// phrase of position from p gives its bearing ("troops were stationed in
// Qatar, east of Saudi Arabia"), not where they stand toward the
// landmark. A distance before the phrase ("in Cuba, ninety miles south
// of the United States") measures how near they stand to the landmark,
// and a region or a town no actor phrase holds ("in Central Asia, north
// of Afghanistan") is no state: neither is a bearing.
func (f *Finder) hosted(sv *event.Sentence, p int) bool {
	if p < 2 || sv.Toks[p-1].Low != "," || sv.CoordAt[p-2] < 0 {
		return false
	}
	co := sv.Coords[sv.CoordAt[p-2]]
	if co.Last != p-2 {
		return false
	}
	for _, g := range co.Groups {
		if gr := sv.Groups[g]; gr.Label != "GPE" || gr.Sector != "" {
			return false
		}
	}
	k := co.First
	for k > 0 && sv.Determiner(sv.Toks[k-1].Low) {
		k--
	}
	return f.phraseBefore(sv.Toks, k, "scene")
}

// placeAfter returns where a phrase of phrases starts when the actor
// phrase (coordination ci) comes right after it, past determiners and
// past the names of a place it lies in, each before a comma ("fled to
// Marseille, France": the state names where the town lies), and names
// only places: states' or regions' names (GPE, LOC) with no sector;
// else -1. With gap, a phrase of two words or more may have a
// prepositional phrase between its first word and the rest ("fled with
// his family to", "escaped by destroyer to"; gapAt).
func placeAfter(sv *event.Sentence, ci int, phrases [][]string, gap bool) int {
	toks, co := sv.Toks, sv.Coords[ci]
	k := addressStart(sv, co.First)
	for k > 0 && sv.Determiner(toks[k-1].Low) {
		k--
	}
	p := -1
	for _, ws := range phrases {
		if q := k - len(ws); q >= 0 && phraseEnd(toks, q, [][]string{ws}) == k {
			p = q
		} else if q := gapAt(sv, k, ws); gap && q >= 0 {
			p = q
		}
	}
	if p < 0 {
		return -1
	}
	for _, g := range co.Groups {
		if gr := sv.Groups[g]; gr.Label != "GPE" && gr.Label != "LOC" || gr.Sector != "" {
			return -1
		}
	}
	return p
}

// addressStart returns where the names of the places before token k
// start when they stand as an address, each run of capitalised words no
// actor phrase holds followed by a comma ("Bayonne, Pyrenees,
// France", at most three): k itself when none does.
func addressStart(sv *event.Sentence, k int) int {
	toks := sv.Toks
	for n := 0; n < 3 && k >= 2 && toks[k-1].Low == ","; n++ {
		j := k - 2
		for j >= 0 && toks[j].Kind == english.Alpha && english.IsUpperWord(toks[j].Text) && sv.CoordAt[j] < 0 && (sv.Verb == nil || !sv.Verb(j)) {
			j--
		}
		if j == k-2 {
			break
		}
		k = j + 1
	}
	return k
}

// gapAt returns where the phrase ws (two words or more) starts when its
// words after the first end at token k and a prepositional phrase stands
// between the first word and them: a preposition, then at most six
// lower-case words or numbers, no actor and no verb ("escaped by
// night across the hills to"); else -1. An object between ("moved its troops
// to") is no gap.
func gapAt(sv *event.Sentence, k int, ws []string) int {
	toks := sv.Toks
	if len(ws) < 2 {
		return -1
	}
	t0 := k - (len(ws) - 1)
	if t0 < 2 || phraseEnd(toks, t0, [][]string{ws[1:]}) != k {
		return -1
	}
	for j := t0 - 1; j >= 1 && j >= t0-7; j-- {
		t := toks[j]
		if t.Kind != english.Alpha && t.Kind != english.Num || english.IsUpperWord(t.Text) || sv.CoordAt[j] >= 0 || sv.Verb != nil && sv.Verb(j) {
			return -1
		}
		if toks[j-1].Low == ws[0] && sv.Preposition(t.Low) {
			return j - 1
		}
	}
	return -1
}

// transit returns the codes of the sentence's transit places (transitAt).
func (f *Finder) transit(sv *event.Sentence) []string {
	var out []string
	for ci, co := range sv.Coords {
		if f.transitAt(sv, ci) {
			out = syntax.AppendCodes(out, co.Codes(sv.Groups)...)
		}
	}
	return out
}

// conjunction reports a joiner of one word at token k (joiners.txt of the
// syntax: "and", "or"), which joins two phrases and belongs to neither.
func conjunction(sv *event.Sentence, k int) bool {
	return sv.Toks[k].Kind == english.Alpha && sv.JoinerAt(sv.Toks[k:k+1], 0) == 1
}

// jointWord reports a word of jointwords.txt ("combined", "jointly",
// "together") that says an event's sources acted together: from three
// tokens before the coordination that names them ("the combined Polish
// and Ukrainian forces") to six after the trigger ("attacked together"),
// in the trigger's clause or the coordination's phrase.
func (f *Finder) jointWord(sv *event.Sentence, e event.Span) bool {
	toks := sv.Toks
	k := triggerTok(toks, e)
	if k >= len(toks) {
		return false
	}
	from, last := k, k
	for _, co := range sv.Coords {
		if covers(co.Codes(sv.Groups), e.Source) {
			from, last = max(co.First-3, 0), co.Last
			break
		}
	}
	for j := from; j < len(toks) && j <= k+6; j++ {
		if j > last && sv.Clause[j] != sv.Clause[k] {
			continue
		}
		if phraseEnd(toks, j, f.words.joint) >= 0 {
			return true
		}
	}
	return false
}

// apartWord reports a phrase of jointwords.txt with the role apart
// ("each", "separately") that says each of an event's sources did it on
// its own: after the coordination that names them and before the trigger,
// in the trigger's clause ("Chile and Peru each sent troops"), or an
// adverb in -ly within three tokens after the trigger ("sent troops
// separately"; not "sent troops to each border post"). "each other" is a
// reciprocal (reciprocal.txt), not this.
func (f *Finder) apartWord(sv *event.Sentence, e event.Span) bool {
	toks := sv.Toks
	k := triggerTok(toks, e)
	if k >= len(toks) {
		return false
	}
	from := -1
	for _, co := range sv.Coords {
		if co.Last < k && covers(co.Codes(sv.Groups), e.Source) {
			from = co.Last + 1
		}
	}
	if from < 0 {
		return false
	}
	for j := from; j < len(toks) && j <= k+3; j++ {
		if j == k || sv.Clause[j] != sv.Clause[k] || phraseEnd(toks, j, f.words.reciprocal) >= 0 {
			continue
		}
		if phraseEnd(toks, j, f.words.apart) >= 0 && (j < k || adverb(toks[j])) {
			return true
		}
	}
	return false
}

// distinct counts the different codes of the phrases.
func distinct(phrases [][]string) int {
	var all []string
	for _, p := range phrases {
		all = syntax.AppendCodes(all, p...)
	}
	return len(all)
}

// linked reports whether two actor phrases (coordinations x before y) of
// a sentence that names three actors or more are linked inside one
// clause: not when a clause set apart from the other (clausebreaks.txt:
// ", while Iraq relied on France", ", whereas Ethiopia relied on Sudan",
// a quotation) with an actor of its own as subject opens between them or
// holds the first ("While Italy rejoiced, Ethiopian envoys left for
// Britain"), nor when both are complements of the verb (complements.txt:
// "retreated into Albania, in a long stand against the Italians"), nor
// across a clause that "and" or "but" opens with an actor subject and a
// verb of its own (joinedClause: "Austria sent a note to the neutrals,
// and Germany made an offer to Belgium"; the two subjects keep their
// pair). A clause after a break whose subject is a pronoun or names no
// actor (", while it relied on Iraq") goes on about the actors before it.
func (f *Finder) linked(sv *event.Sentence, x, y int) bool {
	toks := sv.Toks
	cx, cy := sv.Coords[x], sv.Coords[y]
	if a, b := sv.Clause[cx.Last], sv.Clause[cy.First]; a != b {
		for k := 0; k < len(toks); k++ {
			c := sv.Clause[k]
			if c < a || c > b || k > 0 && sv.Clause[k-1] == c {
				continue
			}
			w := toks[k].Low
			if w == ":" && k+1 < len(toks) {
				w = toks[k+1].Low // a quotation a colon opens
			}
			if f.words.breaks[w] && f.ownSubject(sv, k) {
				// a word of contrast, not a quotation mark
				return toks[k].Kind == english.Alpha && f.contrasted(sv, x, y)
			}
		}
	}
	if f.joinedClause(sv, x, y) {
		return false
	}
	return !(f.complement(sv, x) && f.complement(sv, y))
}

// joinedClause reports a clause that a one-word conjunction of
// clausejoiners.txt ("and", "but") opens between coordinations x and y, after a clause with a verb
// of its own, whose subject is an actor (an actor phrase before any verb,
// past a date or a phrase of time: "and on 3 March Chile made a peace
// offer to Bolivia") followed by its verb, and that holds y: the
// two clauses state two acts, and an actor of the first is no side of
// the second ("Austria sent a note to the neutrals, and Germany made an
// offer to Belgium" pairs Austria with no Belgium), but the subjects of
// the two clauses are the sides of one episode and keep their pair ("the
// Peruvian gunboats were no match for the Chilean ironclads, and the
// Chileans landed at Pisagua"; "Austria sent a note" and "Germany made an
// offer" alike), and so does the first subject with the actor named
// after "with" right after the second subject's verb, in a sentence with
// no event whose first clause names no other side (withSubject: "Egypt
// nationalized the canal, and Britain and France plotted with Israel").
// A conjunction with no
// verb before it in its clause joins subjects ("France and Britain
// declared war on Germany"), and one with no actor subject after it
// goes on about the same subject ("Austria sent a note and then offered
// Belgium peace").
func (f *Finder) joinedClause(sv *event.Sentence, x, y int) bool {
	toks := sv.Toks
	cx, cy := sv.Coords[x], sv.Coords[y]
	for k := cx.Last + 1; k < cy.First; k++ {
		if !f.words.joiners[toks[k].Low] || sv.CoordAt[k] >= 0 || sv.Clause[k-1] != sv.Clause[cx.Last] {
			continue
		}
		if !verbBefore(sv, k) {
			continue
		}
		if s := f.subjectAfter(sv, k); s >= 0 && sv.Coords[s].First <= cy.First {
			if s != y && len(sv.Events) == 0 && leads(sv, x) && alone(sv, cx.Last+1, k) && withSubject(sv, s, y) {
				return false // "Egypt nationalized the canal, and Britain and France plotted with Israel"
			}
			return s != y || !leads(sv, x)
		}
	}
	return false
}

// verbBefore reports a lexical verb (actVerb) before the conjunction at
// token k in the clause of the token before it, outside actor phrases
// and dates: the conjunction opens a clause of its own after one with a
// verb ("Austria sent a note to the neutrals, and"), not a second subject
// ("France and Britain declared war").
func verbBefore(sv *event.Sentence, k int) bool {
	for j := k - 1; j >= 0 && sv.Clause[j] == sv.Clause[k-1]; j-- {
		if sv.CoordAt[j] < 0 && !sv.InTimex(j) && actVerb(sv, j) {
			return true
		}
	}
	return false
}

// withSubject reports coordination y named after "with" right after the
// past verb that follows subject s ("Britain and France plotted with
// Israel", "Russia conspired with France"): y acts along with s, a side
// of the same episode as s, and pairs with the first clause's subject as
// s does. joinedClause asks it only of a sentence with no event, where
// the two subjects keep their mention pair ("Italy invaded Ethiopia, and
// Britain dealt with France" pairs Italy with neither).
func withSubject(sv *event.Sentence, s, y int) bool {
	v := sv.Coords[s].Last + 1
	first := sv.Coords[y].First
	t := sv.Toks[v]
	return first == v+2 && sv.Toks[v+1].Low == "with" && t.Kind == english.Alpha &&
		!english.IsUpperWord(t.Text) && sv.Past(t.Low)
}

// alone reports no actor phrase between tokens from and to (to
// excluded): a clause whose subject acts with no other side named ("Egypt
// nationalized the canal", not "Kenya relied on Somalia for fish").
func alone(sv *event.Sentence, from, to int) bool {
	for j := from; j < to; j++ {
		if sv.CoordAt[j] >= 0 {
			return false
		}
	}
	return true
}

// leads reports a coordination that opens its clause as its subject: no
// preposition governs it, and no actor phrase outside parentheses and no
// lexical verb (after no determiner: "the spring") or auxiliary stands
// before it in its clause ("By the winter of 1880, the Chileans had
// waited"; not "Having crossed Tarapaca, Chilean troops waited").
func leads(sv *event.Sentence, x int) bool {
	if sv.Governed(x) {
		return false
	}
	first := sv.Coords[x].First
	for j := first - 1; j >= 0 && sv.Clause[j] == sv.Clause[first]; j-- {
		w := sv.Toks[j].Low
		if w == "that" {
			break // "wrote that Norway had wavered": the subject of a clause of its own
		}
		noun := j > 0 && sv.Determiner(sv.Toks[j-1].Low) // "the spring"
		if sv.CoordAt[j] >= 0 && !sv.Paren[j] || !noun && !sv.Preposition(w) && actVerb(sv, j) || sv.Auxiliary(w) {
			return false
		}
	}
	return true
}

// subjectAfter returns the coordination that opens a clause after the
// conjunction at token k as its subject: past a comma, determiners,
// adverbs in -ly and a date with its preposition ("and on 15 September
// Germany", "and finally the Soviet Union"), an actor phrase that is no
// list's next member and that a verb follows, past at most three nouns,
// adverbs or auxiliaries of its own ("and Soviet troops soon entered");
// else -1.
func (f *Finder) subjectAfter(sv *event.Sentence, k int) int {
	toks := sv.Toks
	c := -1
	j := k + 1
	for ; j < len(toks) && j <= k+8; j++ {
		if c = sv.CoordAt[j]; c >= 0 {
			break
		}
		t := toks[j]
		w := t.Low
		if sv.InTimex(j) || w == "," || sv.Determiner(w) || adverb(t) || t.Kind == english.Num ||
			sv.Preposition(w) && j+1 < len(toks) && (sv.InTimex(j+1) || toks[j+1].Kind == english.Num) {
			continue
		}
		return -1
	}
	if c < 0 || sv.Governed(c) {
		return -1
	}
	for j = sv.Coords[c].Last + 1; j < len(toks) && j <= sv.Coords[c].Last+4; j++ {
		t := toks[j]
		w := t.Low
		if t.Kind != english.Alpha || english.IsUpperWord(t.Text) || sv.Preposition(w) || sv.ClauseWord(w) || conjunction(sv, j) {
			return -1
		}
		if actVerb(sv, j) || sv.Auxiliary(w) {
			return c
		}
	}
	return -1
}

// contrasted reports two coordinations on either side of a clause break
// that are the sides the break sets against each other: both are the
// subjects of their clauses, and one of the two clauses names no actor
// but its subject ("Belgian and Dutch envoys waited in vain, whereas
// Germany relied on Polish coal"; "In 1973 Egyptian and Syrian
// officers planned in secret, while Israel relied on American
// intelligence"). Two clauses that each relate their subject to an
// actor of their own are parallel, not opposed ("Turkey relied on
// Germany for tanks, while Iraq relied on France for oil").
func (f *Finder) contrasted(sv *event.Sentence, x, y int) bool {
	if !f.subject(sv, x) || !f.subject(sv, y) {
		return false
	}
	return f.alone(sv, x) || f.alone(sv, y)
}

// subject reports a coordination that is the first actor phrase of its
// clause, before any verb and governed by no preposition.
func (f *Finder) subject(sv *event.Sentence, ci int) bool {
	return clauseSubject(sv, sv.ClauseStart(sv.Coords[ci].First)) == ci
}

// alone reports a coordination whose clause names no actor code but its
// own.
func (f *Finder) alone(sv *event.Sentence, ci int) bool {
	own := sv.Coords[ci].Codes(sv.Groups)
	c := sv.Clause[sv.Coords[ci].First]
	for j, co := range sv.Coords {
		if j == ci || sv.Clause[co.First] != c {
			continue
		}
		for _, code := range co.Codes(sv.Groups) {
			if !slices.Contains(own, code) {
				return false
			}
		}
	}
	return true
}

// ownSubject reports a clause, from token k, whose subject is an actor
// (clauseSubject): ", while Iraq relied on France"; not ", whereas its
// neighbours relied on Sudan".
func (f *Finder) ownSubject(sv *event.Sentence, k int) bool {
	return clauseSubject(sv, k) >= 0
}

// clauseSubject returns the coordination that is the subject of the
// clause from token k: its first actor phrase, before any verb and
// governed by no preposition; else -1.
func clauseSubject(sv *event.Sentence, k int) int {
	for j := k; j < len(sv.Toks) && sv.Clause[j] == sv.Clause[k]; j++ {
		if c := sv.CoordAt[j]; c >= 0 {
			if sv.Governed(c) {
				return -1
			}
			return c
		}
		if j > k && verbAt(sv, j) {
			return -1
		}
	}
	return -1
}

// actVerb reports a lexical verb at token k (no auxiliary): a lower-case
// word in -ed or -ing or a known past form (not the tagger's guess, which
// takes "influence in Afghanistan" for a verb), or a participle in -ed or -ing that opens
// the sentence ("Exiled in Lima, the general plotted"; not "Strikes
// throughout Poland", a noun the tagger may read as a verb there).
func actVerb(sv *event.Sentence, k int) bool {
	t := sv.Toks[k]
	if t.Kind != english.Alpha || sv.Auxiliary(t.Low) {
		return false
	}
	if english.IsUpperWord(t.Text) {
		return k == 0 && syntax.VerbLike(t.Low)
	}
	return syntax.VerbLike(t.Low) || sv.PastForm(t.Low) || sv.PastTense(t.Low)
}

// reducedRelative reports a noun at token k before a participle: a
// lower-case word (or the sentence's first) that is no verb, auxiliary,
// preposition, determiner, clause word or joiner ("explosives found in
// Iraq", "Rifles smuggled in Cuba": the thing found there, whose maker
// the place may be a party of). A subject noun before a finite verb
// ("nurses worked in Korea") reads the same and keeps its pairs.
func reducedRelative(sv *event.Sentence, k int) bool {
	t := sv.Toks[k]
	w := t.Low
	return t.Kind == english.Alpha && (k == 0 || !english.IsUpperWord(t.Text)) && !verbAt(sv, k) && !sv.Preposition(w) && !sv.Determiner(w) && !sv.ClauseWord(w) && !conjunction(sv, k)
}

// verbAt reports a verb at token k as the crowded-sentence tests read one:
// a word in -ed or -ing, an auxiliary, a known past form or a verb of the
// tagger.
func verbAt(sv *event.Sentence, k int) bool {
	w := sv.Toks[k].Low
	return syntax.VerbLike(w) || sv.Auxiliary(w) || sv.PastForm(w) || sv.Verb != nil && sv.Verb(k)
}

// complement reports a coordination right after a preposition of
// complements.txt, past determiners, that a verb of its clause precedes:
// "retreated into Albania", "shipped wheat to Korea"; not an actor of the
// subject's phrase ("Chilean merchants from Peru shipped copper"), nor
// one after a participle in -ing, which may modify the subject ("Afghan
// militants operating in Pakistan posed a threat"), nor a fronted phrase
// ("To the Peruvian envoy, the minister said").
func (f *Finder) complement(sv *event.Sentence, ci int) bool {
	first := sv.Coords[ci].First
	if !f.words.complement[sv.PrepBefore(ci)] {
		return false
	}
	for k := first - 1; k >= 0 && sv.Clause[k] == sv.Clause[first]; k-- {
		if strings.HasSuffix(sv.Toks[k].Low, "ing") {
			continue
		}
		if verbAt(sv, k) {
			return true
		}
	}
	return false
}

// soleAct returns the trigger token of the one asserted act of one side
// on another that gives a sentence its only pair (out, of which the
// events gave byEvents), or -1.
func soleAct(sv *event.Sentence, out []Span, byEvents int) int {
	if len(out) != 1 || byEvents != 1 || out[0].Rule != "pair:event" || !out[0].Directed || out[0].Mode != "" {
		return -1
	}
	for _, e := range sv.Events {
		if e.Mode != "" || len(e.Source) != 1 || len(e.Target) != 1 || e.Source[0] != out[0].A || e.Target[0] != out[0].B {
			continue
		}
		for k, t := range sv.Toks {
			if int(t.Start) >= e.Start {
				return k
			}
		}
	}
	return -1
}

// actSides adds, beside the pair act gives a sentence (its trigger at
// token k), the mention pairs of the act's source with an actor after a
// preposition of sides.txt in the act's clause: the side the source faces,
// acts with or acts for ("Faced with Russia, Austria attacked Serbia",
// "Persia made a pact with Sparta against Athens", "Romania made
// concessions for Austria and granted oil to Germany"), as the mention
// rule pairs them in a sentence with no act. It adds none unless the
// mention rule, read in that clause, pairs the act's two sides too (the
// target is no scene nor a list's member), and none with an actor in a
// phrase set off on the target ("invaded Cambodia, a country at peace with
// Thailand": setOnTarget).
func (f *Finder) actSides(sv *event.Sentence, k int, act Span, add func(a, b string, directed bool, rel, rule string)) {
	within := sv.Clause[k]
	target := -1 // the last token of the act's target phrase after the trigger
	for _, co := range sv.Coords {
		if co.First > k && sv.Clause[co.First] == within && slices.Contains(co.Codes(sv.Groups), act.B) {
			target = co.Last
			break
		}
	}
	side := func(code string) bool {
		for ci, co := range sv.Coords {
			if sv.Clause[co.First] == within && f.words.sides[sv.PrepBefore(ci)] && slices.Contains(co.Codes(sv.Groups), code) && !setOnTarget(sv, target, co.First) {
				return true
			}
		}
		return false
	}
	var pairs [][2]string
	both := false
	f.together(sv, within, func(a, b string, _ bool, _, _, _ string) {
		switch {
		case a == act.A && b == act.B || a == act.B && b == act.A:
			both = true
		case a == act.A && b != act.B && side(b):
			pairs = append(pairs, [2]string{a, b})
		case b == act.A && a != act.B && side(a):
			pairs = append(pairs, [2]string{a, b})
		}
	})
	if !both {
		return
	}
	for _, p := range pairs {
		add(p[0], p[1], false, "mention", "pair:sentence")
	}
}

// setOnTarget reports an actor at token at in a phrase set off after the
// act's target phrase (ending at token target, -1 for none): a comma right
// after the target and no verb from there to the actor ("invaded Cambodia,
// a country at peace with Thailand"), an apposition that describes the
// target. A clause with a verb of its own ("warned Britain, that they would
// intervene against the Turkish army") is none.
func setOnTarget(sv *event.Sentence, target, at int) bool {
	if target < 0 || at <= target || target+1 >= len(sv.Toks) || sv.Toks[target+1].Text != "," {
		return false
	}
	for j := target + 2; j < at; j++ {
		if sv.Toks[j].Kind == english.Alpha && verbAt(sv, j) {
			return false
		}
	}
	return true
}
