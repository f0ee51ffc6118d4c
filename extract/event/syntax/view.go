package syntax

import (
	"slices"
	"strings"

	"github.com/stratex/stratex/extract/actor"
	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/money"
	"github.com/stratex/stratex/extract/timex"
)

// Group is a run of tokens naming one actor ("Egypt's foreign
// minister Fawzi", "the Soviet Union"), or one part of a compound
// ("Franco" of "Franco-Italian").
type Group struct {
	First, Last int // token indices, inclusive
	Codes       []string
	Label       string
	Sector      string // the sector of the actor's first entity ("Soviet troops": MIL), "" for none
	Compound    bool
	Capital     bool // a capital's name standing for its state ("Vienna": AUT)
	Alliance    bool // a military alliance ("NATO", "SEATO"): an armed actor with no sector
	Pair        bool // a pair noun's two states ("the two governments": actor Entity.Pair), no actor of its own
}

// Coord is a coordination of actor groups: "Pakistan, Iran and Turkey",
// "Sino-Pak".
type Coord struct {
	First, Last int
	Groups      []int
}

// Codes returns the actor codes of the coordination's groups gs.
func (c Coord) Codes(gs []Group) []string {
	var out []string
	for _, g := range c.Groups {
		out = AppendCodes(out, gs[g].Codes...)
	}
	return out
}

// AppendCodes appends to dst the codes it does not hold yet, "" left out.
func AppendCodes(dst []string, codes ...string) []string {
	for _, c := range codes {
		if c != "" && !slices.Contains(dst, c) {
			dst = append(dst, c)
		}
	}
	return dst
}

// Overlap reports whether a and b share a code.
func Overlap(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// Remove returns the codes of xs not in drop.
func Remove(xs, drop []string) []string {
	var out []string
	for _, x := range xs {
		if !slices.Contains(drop, x) {
			out = append(out, x)
		}
	}
	return out
}

// Discourse is what the coder knows of the text before a token: the
// actors a subject pronoun stands for first (Antecedent: the source of
// the sentence's last event that has one, else nil), and the paragraph's
// last subject (Topic), which a subject pronoun stands for when its own
// sentence names no subject before it.
type Discourse interface {
	Antecedent() []string
	Topic() []string
}

// View is a sentence as the parser sees it: its tokens with the actors,
// dates and money figures of the earlier stages overlaid, grouped into
// actor phrases and coordinations, and numbered by clause.
type View struct {
	Toks    []english.Tok
	ActorAt []int    // group index of each token, -1 if none
	Groups  []Group  // actor phrases
	Coords  []Coord  // coordinations of actor phrases
	CoordAt []int    // coordination index of each token, -1 if none
	InEnt   []bool   // inside any entity
	Uncoded []bool   // inside a people's or a state's name with no actor code and no place ("the Allied forces", "the Persians")
	People  []bool   // inside a people's name with no actor code (NORP: "Jews", "the Persians")
	PlaceAt []string // the state a place token lies in, "" if none
	Named   []bool   // inside the name of a thing with no actor code: a treaty, a law, an event, a building ("the Treaty of Paris", "the Battle of Verdun")
	Clause  []int    // clause number of each token
	Paren   []bool   // inside parentheses ("(cf. Estonian War of Independence)")
	Timex   []timex.Span
	Money   []money.Span

	// Verb reports a verb trigger at token k; the coder sets it.
	Verb func(k int) bool
	// Saying reports a verb of saying ("said", "announced"); the coder
	// sets it.
	Saying func(w string) bool
	// Discourse is the coder's memory of the text before; nil for none.
	Discourse Discourse

	// placeOf holds a place token's match, for its dated rows (PlaceOn);
	// nil until a place of several rows is seen.
	placeOf map[int]*actor.Match

	*Vocabulary
}

// New builds the view of a sentence from its tokens and the entities,
// dates and money figures in it (each in text order).
func (v *Vocabulary) New(toks []english.Tok, ents []actor.Entity, tx []timex.Span, mo []money.Span) *View {
	n := len(toks)
	sv := &View{Vocabulary: v, Toks: toks, ActorAt: make([]int, n), CoordAt: make([]int, n), InEnt: make([]bool, n), Uncoded: make([]bool, n), People: make([]bool, n),
		PlaceAt: make([]string, n), Named: make([]bool, n), Clause: make([]int, n), Paren: make([]bool, n), Timex: tx, Money: mo}
	depth := 0
	for i, t := range toks {
		switch t.Text {
		case "(":
			depth++
		case ")":
			depth = max(depth-1, 0)
			sv.Paren[i] = true
			continue
		}
		sv.Paren[i] = depth > 0
	}
	entOf := make([]int, n)
	for i := range toks {
		sv.ActorAt[i], sv.CoordAt[i], entOf[i] = -1, -1, -1
	}
	k := 0
	for ei, e := range ents {
		for k > 0 && int(toks[k-1].End) > e.Start {
			k--
		}
		for i := k; i < n && int(toks[i].Start) < e.End; i++ {
			if int(toks[i].Start) >= e.Start && int(toks[i].End) <= e.End {
				sv.InEnt[i] = true
				if e.Actor != "" || len(e.Pair) > 0 {
					entOf[i] = ei // (a pair: "the two governments", actor's Pair)
				} else if e.Where != "" {
					sv.PlaceAt[i] = e.Where
					if e.Match != nil && len(e.Match.Entries) > 1 {
						if sv.placeOf == nil {
							sv.placeOf = map[int]*actor.Match{}
						}
						sv.placeOf[i] = e.Match
					}
				} else if e.Label == "GPE" || e.Label == "NORP" {
					sv.Uncoded[i] = true
					sv.People[i] = e.Label == "NORP"
				} else if e.Label == "LAW" || e.Label == "EVENT" || e.Label == "FACILITY" {
					sv.Named[i] = true
				}
			}
		}
	}
	// Groups: one actor's tokens, merged over titles and names when the
	// next mention has the same code ("Egypt's foreign minister Fawzi").
	for i := 0; i < n; {
		if entOf[i] < 0 {
			i++
			continue
		}
		e := ents[entOf[i]]
		// "anti-American approaches", "pro-Soviet", "non-NATO ally": an
		// attitude towards an actor, not the actor (attitudes.txt).
		if i > 1 && toks[i-1].Text == "-" && v.attitudes[toks[i-2].Low] {
			for ei := entOf[i]; i < n && entOf[i] == ei; i++ {
			}
			continue
		}
		codes := []string{e.Actor}
		if e.Actor == "" {
			codes = slices.Clone(e.Pair)
		}
		g := Group{First: i, Codes: codes, Pair: e.Actor == "", Label: e.Label, Sector: e.Sector, Compound: e.Match != nil && e.Match.Compound,
			Capital: e.Match != nil && e.Match.Entry("").Kind == "capital", Alliance: e.Match != nil && e.Match.Entry("").Kind == "alliance"}
		j := i + 1
		for j < n && entOf[j] == entOf[i] {
			j++
		}
		g.Last = j - 1
		if !g.Compound {
			sawTitle, sawComma := false, false
			for k := j; k < n && k-j < 7; k++ {
				t := toks[k]
				if entOf[k] >= 0 {
					// past a comma only a person's name in apposition
					// ("Indonesia's foreign minister, Ali Alatas") goes on
					// the phrase; a state's name begins another ("According
					// to the Iranian news agency, Iran has agreed")
					if ents[entOf[k]].Actor == e.Actor && !(ents[entOf[k]].Match != nil && ents[entOf[k]].Match.Compound) && (!sawComma || ents[entOf[k]].Label == "PERSON") {
						for k < n && entOf[k] >= 0 && ents[entOf[k]].Actor == e.Actor {
							k++
						}
						g.Last, g.Label = k-1, ents[entOf[k-1]].Label
						if g.Sector == "" {
							g.Sector = ents[entOf[k-1]].Sector // "Iranian President Mohammad Khatami": the office holder's
						}
					} else if sawTitle && ents[entOf[k]].Label == "PERSON" && e.Label != "PERSON" {
						// "German Foreign Minister Oskar Fischer": the state
						// the text gives the office holder acts, whatever
						// state the name is listed for.
						for ek := entOf[k]; k < n && entOf[k] == ek; k++ {
						}
						g.Last, g.Label = k-1, "PERSON"
						if g.Sector == "" {
							g.Sector = ents[entOf[k-1]].Sector
						}
					}
					break
				}
				// (a title past a comma opens a phrase of its own: "the
				// Yemen War, President Kennedy")
				sawTitle = sawTitle || sv.titleWords[t.Low] && !sawComma
				sawComma = sawComma || t.Low == ","
				if !(t.Low == "'" || t.Low == "s" || t.Low == "," || sv.titleWords[t.Low] || t.Kind == english.Alpha && english.IsUpperWord(t.Text)) {
					break
				}
			}
		}
		// "Libyan leader Muammar Gaddafi": a title after a state word heads
		// the phrase, and the names after it belong to it.
		if k := g.Last + 1; !g.Compound && k < n && sv.titleWords[toks[k].Low] && entOf[k] < 0 {
			for k < n && k <= g.Last+6 && entOf[k] < 0 && (sv.titleWords[toks[k].Low] || toks[k].Kind == english.Alpha && english.IsUpperWord(toks[k].Text) || toks[k].Low == "-") {
				k++
			}
			g.Last, g.Label = k-1, "PERSON"
		}
		// "Bosnian Serbs", "Iraqi Kurds": a people named by the state they
		// live in is coded by that state.
		if k := g.Last + 1; g.Label == "NORP" && k < n && entOf[k] >= 0 && ents[entOf[k]].Label == "NORP" && ents[entOf[k]].Actor != e.Actor {
			for k < n && entOf[k] == entOf[g.Last+1] {
				k++
			}
			g.Last = k - 1
		}
		// "Ethnic Albanians in south Serbia", "The Albanians of southern
		// Serbia": people are coded by the state they live in.
		if g.Label == "NORP" {
			k := g.Last + 1
			if k < n && (toks[k].Low == "in" || toks[k].Low == "of") {
				for j := k + 1; j < n && j <= k+3; j++ {
					if entOf[j] >= 0 && ents[entOf[j]].Label == "GPE" {
						g.Codes = []string{ents[entOf[j]].Actor}
						break
					}
					if toks[j].Kind != english.Alpha || english.IsUpperWord(toks[j].Text) && entOf[j] < 0 ||
						VerbLike(toks[j].Low) || sv.prepositions[toks[j].Low] || sv.clauseWords[toks[j].Low] {
						// "accused the Russians of spying for Germany": a
						// verb form or a phrase of its own after "of" says
						// what they did, not where they live
						break
					}
				}
			}
		}
		for k := g.First; k <= g.Last; k++ {
			sv.ActorAt[k] = len(sv.Groups)
		}
		sv.Groups = append(sv.Groups, g)
		i = g.Last + 1
	}
	// Coordinations: groups joined by "and", "," or "&", or by a dash in a
	// compound. A demonym before a noun ("the Soviet invasion") modifies it
	// and joins only another demonym or a compound.
	for gi := 0; gi < len(sv.Groups); {
		c := Coord{First: sv.Groups[gi].First, Last: sv.Groups[gi].Last, Groups: []int{gi}}
		gj := gi + 1
		lastGap := []english.Tok(nil)
		for gj < len(sv.Groups) {
			a, b := sv.Groups[gj-1], sv.Groups[gj]
			gap := toks[c.Last+1 : b.First]
			dash := len(gap) == 1 && english.IsDash(english.FirstRune(gap[0].Text)) || a.Compound && b.Compound && len(gap) <= 2
			// A demonym before a lower-case noun modifies it ("and the Soviet
			// invasion"); one used as a noun ("between Soviet and China") joins.
			modifier := func(g Group) bool {
				return g.Label == "NORP" && g.Last+1 < n && toks[g.Last+1].Kind == english.Alpha && !english.IsUpperWord(toks[g.Last+1].Text) && toks[g.Last+1].Low != "and"
			}
			plainAnd := len(gap) == 1 && (gap[0].Low == "and" || gap[0].Low == ",")
			if !dash && (!v.coordGap(gap) || modifier(b) && !plainAnd || modifier(a) && !modifier(b) && b.Label != "NORP") {
				break
			}
			commaAnd := len(gap) >= 2 && gap[0].Low == "," && gap[1].Low == "and" && v.finiteAfter(toks, b.Last+1)
			// (with "and" alone, the second actor's verb right after it
			// and the first the object of a finite verb right before it: "Germany attacked France and Russia invaded East
			// Prussia", "Iraq invaded Iran and Iran attacked Baghdad"; "two
			// days later Britain and France declared" is one subject)
			bareAnd := len(gap) == 1 && gap[0].Low == "and" && v.finiteAt(toks, b.Last+1) && v.objectOfFinite(toks, c.First) &&
				(b.Last+2 >= n || toks[b.Last+2].Low != "by") // ("supported Poland and Czechoslovakia threatened by Germany": a participle)
			if len(c.Groups) == 1 && (commaAnd || bareAnd) && v.objectBefore(toks, c.First) && v.finiteBefore(toks, c.First) {
				// "demanded that Iraq leave Kuwait, and American forces
				// hit Baghdad": ", and" after a single actor, before an
				// actor whose verb follows it, joins two clauses; a list
				// has two members before it ("France, Britain, and
				// Russia declared") or no verb right after it; "between
				// Israel, and Syria" is a pair, and with no verb before
				// the first actor, or "and" right before it, the two are
				// one subject ("Israel, and Egypt signed", "the talks
				// failed and Ankara, and Athens recalled")
				break
			}
			c.Groups = append(c.Groups, gj)
			c.Last = b.Last
			lastGap = gap
			gj++
		}
		// A list ends on "and", "or", ...: two actors with only a comma
		// between name a phrase and what follows it ("In the border
		// region with Pakistan, the mujahideen would launch"), or a
		// thing and its apposition; the second opens a phrase of its own.
		if len(c.Groups) == 2 && len(lastGap) > 0 && lastGap[0].Low == "," && (len(lastGap) == 1 || len(lastGap) == 2 && sv.determiners[lastGap[1].Low]) {
			c.Groups = c.Groups[:1]
			c.Last = sv.Groups[gi].Last
			gj--
		}
		for k := c.First; k <= c.Last; k++ {
			sv.CoordAt[k] = len(sv.Coords)
		}
		sv.Coords = append(sv.Coords, c)
		gi = gj
	}
	// Clauses: a clause word, ";" or ":" opens one. A subordinate clause
	// that opens the sentence (clausewords.txt and prepositions.txt mark
	// "fronted" its first words) ends at the first comma after its verb:
	// "When Bulgaria signed an armistice, the Allies took Serbia" is two
	// clauses, and the main clause begins after the comma. One with no
	// verb before its first comma is a phrase ("After the war, Germany
	// attacked Poland, then invaded France"): it opens no clause, and the
	// main clause's later commas end nothing.
	// A quotation that a comma opens (`Petraeus said, "We fight for ...`)
	// is a clause of its own, and so is what follows it.
	cl, fronted, verb, quotes, quoted := 0, false, false, 0, false
	for i, t := range toks {
		opens := false
		if quoteMark(t.Text) {
			quotes++
			opens = quotes%2 == 1 && i > 0 && toks[i-1].Low == ","
		}
		if t.Low == ";" || t.Low == ":" || sv.clauseWords[t.Low] && i > 0 || opens {
			cl++
			fronted, verb = false, false
			quoted = quoted || opens
		} else if i > 0 && fronted && verb && toks[i-1].Low == "," || quoted && quoteMark(toks[i-1].Text) && quotes%2 == 0 {
			cl++
			fronted, verb, quoted = false, false, false
		} else if i > 0 && fronted && toks[i-1].Low == "," {
			fronted = false // a phrase with no verb ("After the war,", "Because of the strike,") opens no clause
		}
		if i == 0 && sv.fronted[t.Low] {
			fronted = true
		} else if fronted {
			verb = verb || VerbLike(t.Low) || sv.auxiliaries[t.Low] != ""
		}
		sv.Clause[i] = cl
	}
	return sv
}

// coordGap reports tokens that join two actors in a list (joiners.txt),
// with the title words of the second's office between ("Brezhnev and
// president Carter", "Pakistan and its prime minister").
func (v *Vocabulary) coordGap(gap []english.Tok) bool {
	for len(gap) > 1 && v.titleWords[gap[len(gap)-1].Low] {
		gap = gap[:len(gap)-1]
	}
	if len(gap) == 0 || len(gap) > v.maxJoiner {
		return false
	}
	var b strings.Builder
	for i, t := range gap {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Low)
	}
	return v.joiners[b.String()]
}

// FirstCoordFrom returns the first coordination at or after token k, -1
// for none.
func (sv *View) FirstCoordFrom(k int) int {
	for ; k < len(sv.Toks); k++ {
		if sv.CoordAt[k] >= 0 {
			return sv.CoordAt[k]
		}
	}
	return -1
}

// TokAt returns the index of the token starting at byte offset b, or -1.
func (sv *View) TokAt(b int) int {
	k, ok := slices.BinarySearchFunc(sv.Toks, b, func(t english.Tok, b int) int { return int(t.Start) - b })
	if !ok {
		return -1
	}
	return k
}

// TokEndAt returns the index of the token that ends at byte offset e, or -1.
func (sv *View) TokEndAt(e int) int {
	k, ok := slices.BinarySearchFunc(sv.Toks, e, func(t english.Tok, e int) int { return int(t.End) - e })
	if !ok {
		return -1
	}
	return k
}

// Within returns the first token that starts at or after byte offset start
// and the last token that ends at or before byte offset end, -1 for none.
func (sv *View) Within(start, end int) (first, last int) {
	first, _ = slices.BinarySearchFunc(sv.Toks, start, func(t english.Tok, b int) int { return int(t.Start) - b })
	if first == len(sv.Toks) {
		first = -1
	}
	last, _ = slices.BinarySearchFunc(sv.Toks, end+1, func(t english.Tok, e int) int { return int(t.End) - e })
	return first, last - 1
}

// quoteMark reports a token that is a double quotation mark, straight or
// curly.
func quoteMark(s string) bool { return s == "\"" || s == "“" || s == "”" }

// objectBefore reports a word before the actor at toks[k] (past
// determiners) that may govern it as a verb's or a preposition's object:
// no preposition of a list (prepositions.txt's "pair": "between") nor a
// one-word joiner (joiners.txt: "and", "or", a comma), nor the
// sentence's start.
func (v *Vocabulary) objectBefore(toks []english.Tok, k int) bool {
	j := k - 1
	for j >= 0 && v.determiners[toks[j].Low] {
		j--
	}
	if j < 0 {
		return false
	}
	w := toks[j].Low
	return !v.pairPreps[w] && !v.joiners[w]
}

// objectOfFinite reports a finite verb form (finiteAt) right before the
// actor at toks[k], past determiners: the actor is its object ("attacked
// France"). After a preposition it may be in the subject's phrase ("the
// French tank sales to Peru and Chile ended", "dockers in
// Belgium and Holland struck").
func (v *Vocabulary) objectOfFinite(toks []english.Tok, k int) bool {
	j := k - 1
	for j >= 0 && v.determiners[toks[j].Low] && toks[j].Low != "that" {
		j-- // ("claimed that Kuwait and Saudi Arabia had attacked": a clause's subject)
	}
	return j >= 0 && v.finiteAt(toks, j)
}

// finiteBefore reports a finite verb form (as finiteAfter reads one)
// among toks[:k].
func (v *Vocabulary) finiteBefore(toks []english.Tok, k int) bool {
	for j := 0; j < k; j++ {
		if v.finiteAt(toks, j) {
			return true
		}
	}
	return false
}

// finiteAt reports a finite verb form at toks[k], a lower-case word: an
// auxiliary, a linking verb, a past form of participles.txt or
// pastforms.txt or a form in -ed.
func (v *Vocabulary) finiteAt(toks []english.Tok, k int) bool {
	if k >= len(toks) || toks[k].Kind != english.Alpha || english.IsUpperWord(toks[k].Text) {
		return false
	}
	w := toks[k].Low
	return v.auxiliaries[w] != "" || v.linking[w] || v.Past(w)
}

// finiteAfter reports a finite verb form at toks[k]: an auxiliary, a
// linking verb, a past form of participles.txt or pastforms.txt or a
// form in -ed, or one
// past a lower-case word that is none of these nor a preposition nor a
// determiner ("later sent", "then declared").
func (v *Vocabulary) finiteAfter(toks []english.Tok, k int) bool {
	if v.finiteAt(toks, k) {
		return true
	}
	return k+1 < len(toks) && toks[k].Kind == english.Alpha && !english.IsUpperWord(toks[k].Text) && !v.prepositions[toks[k].Low] && !v.determiners[toks[k].Low] &&
		!VerbLike(toks[k].Low) && v.finiteAt(toks, k+1)
}

// ClauseStart returns the first token of the clause of token k (Clause).
func (sv *View) ClauseStart(k int) int {
	for k > 0 && sv.Clause[k-1] == sv.Clause[k] {
		k--
	}
	return k
}

// PlaceDated reports a place at token k that has rows of its own dates
// (Port Arthur Russian from 1898, Japanese from 1905): its state depends
// on the date (PlaceOn).
func (sv *View) PlaceDated(k int) bool {
	m := sv.placeOf[k]
	if m == nil {
		return false
	}
	for _, e := range m.Entries {
		if e.From != "" || e.To != "" {
			return true
		}
	}
	return false
}

// PlaceOn returns the state the place at token k lies in at date (a timex
// value): the state of its dated row that holds then, else PlaceAt (a
// place of undated rows, or one the actor stage placed from its context,
// keeps its state).
func (sv *View) PlaceOn(k int, date string) string {
	w := sv.PlaceAt[k]
	m := sv.placeOf[k]
	if w == "" || m == nil || date == "" || m.Entry("").In() != w {
		return w
	}
	if x := m.Entry(date); x.From != "" || x.To != "" {
		return x.In()
	}
	return w
}
