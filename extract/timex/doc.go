// Package timex finds temporal expressions in sentences and normalizes
// them (Scan): dates in words and figures, years, decades, centuries,
// quarters, holidays, ranges ("from 1871 to 1875", "1883-87"), years
// before the common era ("490 BC", "(499-493 BC)"; a count of years
// after one counts down: "the following year" is BC0489), author-year
// citations, years of the first millennium with a strong signal ("AD
// 455", "507 CE", "the year 410", then "in 439" in such a text), and in
// news-like text the expressions relative to a reference date ("last
// Friday", "two years ago"). It is a hand-written scanner over the tokens
// of english, in small functions that each read one form.
//
// Its word lists are the files under data/ (kinds timewords, tense, ahead,
// notyear, datecues, timestarts, timex-keywords, anaphora, dctcues, shifts,
// clauses, subclauses, perfect, superlatives, comparisons, rangewords,
// storytimes), extendable with -vocab;
// month names and number words are english's; the verbs of a scholar
// that mark a name's bracketed year as a citation ("Snyder (1984) argues")
// are the actor stage's citeverbs, which the caller gives as
// Document.CiteVerb. It imports english, text
// (for sentences) and vocab; it must not import actor, money, event, pair nor extract.
package timex
