// Package lexicon is the event lexicon: every word list the event coder
// and the pair finder read, as data. Triggers (verbs and event nouns with
// a PLOVER category, a subtype and flags), relational nouns and stances,
// domestic actors, role nouns, light verbs, curbs, institutions,
// reporting, intent, modality and research words, and the rest of
// data/, each extendable with -vocab.
//
// A new trigger word goes into data/triggers.tsv. It holds no rules: it
// must not import syntax, event, pair nor extract.
package lexicon
