package event

import (
	"strings"

	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/event/syntax"
)

// singularSubject reports toks[from:to] that hold, after an optional
// determiner, one actor alone and nothing but adverbs in -ly after it: a
// third-person singular subject ("that Saigon fight", "that the Soviet
// Union withdraw"), whose verb without -s is a subjunctive. Not two
// actors ("that Russia and China cooperate"), nor a plural noun after
// or inside the actor ("that Pakistani troops attack", "that Israeli
// forces attack"): a present indicative.
func (sv *Sentence) singularSubject(from, to int) bool {
	toks := sv.Toks
	c := -1
	for k := from; k < to; k++ {
		w := toks[k].Low
		switch {
		case sv.CoordAt[k] >= 0:
			if c >= 0 && sv.CoordAt[k] != c {
				return false
			}
			c = sv.CoordAt[k]
			if toks[k].Kind == english.Alpha && !english.IsUpperWord(toks[k].Text) && plural(w) {
				return false
			}
		case k == from && sv.Determiner(w):
		case c >= 0 && toks[k].Kind == english.Alpha && strings.HasSuffix(w, "ly"):
		default:
			return false
		}
	}
	return c >= 0 && len(sv.Coords[c].Groups) == 1
}

// plural reports a lower-case noun in -s, not -ss or -us: "troops",
// "forces", not "congress", "consensus".
func plural(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us")
}

// namedPlan reports a plan noun at toks[k] written as part of a name
// ("the Marshall Plan", "the Schlieffen Plan"): inside an entity, or
// capitalized after a capitalized word. A programme that is named was
// carried out or not; the name does not say it was only planned.
func (sv *Sentence) namedPlan(k int) bool {
	toks := sv.Toks
	return sv.InEnt[k] || k > 0 && english.IsUpperWord(toks[k].Text) && toks[k-1].Kind == english.Alpha && english.IsUpperWord(toks[k-1].Text)
}

// planned reports an event noun at toks[i] after a plan noun of
// modality.tsv's class plannoun and its "for" or "of" ("plans for an
// invasion of England", "preparations for the invasion"), no name's
// plan noun (namedPlan), or after a noun of a risk or a prospect
// (class prospect) or of a belief and its "of" ("little risk of
// Chinese intervention", "fear of a Soviet invasion"), or after a noun
// of a story or a claim (class hearsay) and its "of", before an
// indefinite phrase ("the German story of a Polish attack": told, not
// asserted; "the story of the German invasion of Poland" presupposes the
// invasion). Between the
// "for" or "of" and the event noun at most five tokens of its noun
// phrase: no comma, clause word, verb, trigger or actor but a people's
// adjective (a NORP: "plans for a German invasion of Britain").
func (sv *Sentence) planned(i int) bool {
	toks := sv.Toks
	if tr, _ := sv.triggerAt(i); tr == nil || !tr.Noun && !sv.nounUse(i) {
		return false // ("a Polish attack": a verb trigger used as a noun)
	}
	for k := i - 1; k >= 1 && k >= i-6 && sv.Clause[k] == sv.Clause[i]; k-- {
		w := toks[k].Low
		if w == "for" || w == "of" {
			m := sv.lex.Modality(toks[k-1].Low)
			// "little risk of Chinese intervention", "fear of a Soviet
			// invasion": what may happen
			if w == "of" && (m == "prospect" || m == "hearsay" && !sv.Definite(i) && !sv.confirmedAfter(i) || m == "belief" && !strings.HasSuffix(toks[k-1].Low, "ed")) {
				return true
			}
			// "hopes for a withdrawal of US troops", "hopes of a Soviet
			// withdrawal": what is hoped for (a noun of class hope
			// before "for" or "of")
			if m == "hope" && !strings.HasSuffix(toks[k-1].Low, "ed") && !strings.HasSuffix(toks[k-1].Low, "ing") {
				return true
			}
			return k < i && m == "plannoun" && !sv.namedPlan(k-1)
		}
		if a := sv.ActorAt[k]; a >= 0 && sv.Groups[a].Label != "NORP" || toks[k].Kind != english.Alpha ||
			sv.ClauseWord(w) || sv.IsTrigger(k) || sv.Verb != nil && sv.Verb(k) {
			return false
		}
	}
	return false
}

// confirmedAfter reports a verb of a story found true (modality.tsv's
// class confirmation) after the event noun at toks[i], in its clause and
// within twelve tokens, passive, with no negation before it ("claims of
// an Iraqi attack were confirmed by the UN"; not "were never confirmed",
// nor "reports of an attack confirmed their fears"). It must be the verb
// of the story noun's own clause: no other verb, comma or clause word
// before it ("rumours of an attack spread after the talks were
// confirmed"); not found true but found something else (class refuted
// right after it: "were confirmed false", "verified to be fabricated",
// "confirmed as propaganda"), nor still to be (class pending before it:
// "have yet to be confirmed").
func (sv *Sentence) confirmedAfter(i int) bool {
	toks := sv.Toks
	pending := false
	for k := i + 1; k < len(toks) && k <= i+12 && sv.Clause[k] == sv.Clause[i]; k++ {
		w := toks[k].Low
		switch sv.lex.Modality(w) {
		case "negated", "hypothetical", "hedge":
			return false
		case "confirmation":
			// passive: "were confirmed", "was later verified"; not "reports
			// of an attack confirmed their fears"
			passive := sv.Auxiliary(toks[k-1].Low) || k-2 > i && sv.Auxiliary(toks[k-2].Low)
			// "spread after the talks were confirmed": a clause of its own
			return passive && !pending && !sv.OwnClause(i, k) && !sv.refutedAfter(k)
		}
		if sv.lex.Cue(w) == "pending" && k+1 < len(toks) && toks[k+1].Low == "to" {
			pending = true
		}
		if w == "," || w == ";" || sv.ClauseWord(w) || sv.Verb != nil && sv.Verb(k) && !sv.Auxiliary(w) {
			return false
		}
	}
	return false
}

// refutedAfter reports a word of what a story was found to be other than
// true (class refuted) after the confirmation word at toks[k], past at
// most four words of class aslink ("confirmed false", "verified to be
// fabricated", "confirmed as a hoax").
func (sv *Sentence) refutedAfter(k int) bool {
	toks := sv.Toks
	for j := k + 1; j < len(toks) && j <= k+5; j++ {
		switch sv.lex.Cue(toks[j].Low) {
		case "refuted":
			return true
		case "aslink":
		default:
			return false
		}
	}
	return false
}

// advocated reports an event noun or gerund at toks[i] that is the object
// of a word of advocacy (modality.tsv's class advocacy) in its clause, at
// most nine tokens back: "proposed a gradual expansion of the
// blockade", "advocated carpet bombing", "urging unilateral French
// strikes", "advocates of British withdrawal". Between them only words of the
// noun phrase: no comma, clause word, conjunction, other verb or trigger
// but the event's own head ("escalation of").
func (sv *Sentence) advocated(i int) bool {
	toks := sv.Toks
	if tr, _ := sv.triggerAt(i); tr == nil || !tr.Noun && !syntax.Gerund(toks[i]) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-9 && sv.Clause[k] == sv.Clause[i]; k-- {
		w := toks[k].Low
		if sv.lex.Modality(w) == "advocacy" {
			// a noun of advocacy ("advocates of withdrawal were known as
			// doves") is the subject of the verb after the event
			return k+1 < len(toks) && toks[k+1].Low == "of" || !sv.finiteAfter(i)
		}
		if sv.ActorAt[k] >= 0 {
			continue // "recommending unilateral US bombing"
		}
		if w == "and" || w == "or" || w == "but" || w == "that" || sv.ClauseWord(w) || toks[k].Kind != english.Alpha && toks[k].Kind != english.Num && w != "-" ||
			sv.Verb != nil && sv.Verb(k) || syntax.VerbLike(w) || sv.Auxiliary(w) {
			return false
		}
	}
	return false
}

// finiteAfter reports an auxiliary or a finite verb after the event noun
// at toks[i], in its clause and before a comma, a joiner or a clause word:
// the noun phrase is then the subject of a clause the word of advocacy
// takes ("the evidence suggested the bombing of the barracks was ordered
// by Iran"), a fact reported, not an act urged.
func (sv *Sentence) finiteAfter(i int) bool {
	toks := sv.Toks
	for k := i + 1; k < len(toks) && k <= i+12 && sv.Clause[k] == sv.Clause[i]; k++ {
		w := toks[k].Low
		if toks[k].Kind != english.Alpha || sv.ClauseWord(w) || sv.JoinerAt(toks[k:k+1], 0) == 1 {
			return false
		}
		if sv.Auxiliary(w) || sv.Verb != nil && sv.Verb(k) {
			return true
		}
	}
	return false
}

// goalCopula reports a verb at toks[i] after "to" and a form of "be" or
// "remain" (modality.tsv's class goalcopula) whose subject is a noun of
// intent or of a plan (intent.txt, or modality.tsv's plannoun), with at
// most a determiner or a possessive before the "be": "The goal was to seize the corridor", "Their plan was
// to invade Eritrea", "the aim is to isolate New England". What the plan
// is, not what was done.
func (sv *Sentence) goalCopula(i int) bool {
	toks := sv.Toks
	if i < 3 || toks[i-1].Low != "to" || sv.Clause[i-3] != sv.Clause[i] {
		return false
	}
	if !sv.lex.GoalCopula(toks[i-2].Low) {
		return false
	}
	w := toks[i-3].Low
	return sv.lex.Intent[w] && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") || sv.lex.Modality(w) == "plannoun"
}

// lightTo returns the "to" before the light verb of an event noun at
// toks[i]: "to declare war", "to launch an attack", "to stage a coup",
// with at most one determiner and one other word between the light verb
// and the noun; -1 if none.
func (sv *Sentence) lightTo(i int) int {
	toks := sv.Toks
	for k := i - 1; k >= 1 && k >= i-3; k-- {
		w := toks[k].Low
		if sv.lex.Light[w] {
			if toks[k-1].Low == "to" {
				return k - 1
			}
			return -1
		}
		if toks[k].Kind != english.Alpha || sv.ActorAt[k] >= 0 || sv.IsTrigger(k) || sv.Preposition(w) || sv.ClauseWord(w) {
			return -1
		}
	}
	return -1
}

// ownClause reports a main clause with a subject of its own opening in
// toks(from, to), where a reported, claimed or asked-for complement ends:
// an "and" or "but" with an actor right after it that is not in the
// coordination of the word before it ("claimed that Indian troops had
// crossed the line and India attacked Lahore"; not "claimed that American
// and British bombers had attacked"), or a ";" or a coordinator opening a
// clause (newClause) with an actor after it before to ("demanded that
// Kabul expel the rebels; in 1979 Soviet troops invaded").
func (sv *Sentence) ownClause(from, to int) bool {
	toks := sv.Toks
	for k := from + 1; k+1 < to; k++ {
		if (toks[k].Low == "and" || toks[k].Low == "but") && sv.ActorAt[k+1] >= 0 &&
			(sv.CoordAt[k+1] < 0 || sv.CoordAt[k-1] != sv.CoordAt[k+1]) {
			return true
		}
		if toks[k].Low != ";" && !sv.newClause(k) {
			continue
		}
		for m := k + 1; m < to; m++ {
			if sv.ActorAt[m] >= 0 {
				return true
			}
		}
	}
	return false
}
