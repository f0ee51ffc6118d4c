// Package text turns a reader's blocks into a document's clean text and
// reads its shape: clean-up (Clean) and paragraph blocks (Block, Compose,
// TextBlocks), the outline (Structure: sections, zones, headings, run-in
// labels; the front matter ends at the first run of prose), the front
// matter (Header: title, authors, labelled dates, affiliations) and the
// sentences (Sentences, with prose's Punkt segmenter, built once and
// shared (punkt.go), corrected for scholarly text, cut into pieces of
// bounded length; SentencesIn and Lex do it for one window of whole lines,
// Windows, at a time).
//
// Its word lists are the files under data/ (kinds sections, abbreviations,
// affiliations, smallwords, spelling, headerdates, nottitle, issuemarks,
// particles, headerorder), extendable with -vocab; data/punkt-abbrevs.txt holds what
// prose adds to the Punkt training (no -vocab kind: extend abbreviations
// instead). It imports english, vocab and the Punkt tokenizer prose is
// built on (gopkg.in/neurosnap/sentences.v1), never
// a later stage (actor, timex, money, event, pair) nor extract: what the
// header needs to know of places comes in as a function.
package text
