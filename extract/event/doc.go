// Package event is the event coder: the PLOVER policy over a parsed
// sentence. It decides which trigger in which slot makes which event
// (a verb and its subject and object, an event noun and its role phrases,
// a light verb and its noun, a demand, a complement; trigger.go: the
// project's triggers first, then the dictionary's verbs by the pattern
// whose slots the sentence fills), who is the source and who the target
// (with the paragraph's topic when the sentence does not say), whether
// the text asserts the event (assert.go: the mode negated or
// hypothetical, a stated intent, figurative use), and its date and money
// figures (Coder).
//
// Its words are event/lexicon's and the parser's (event/syntax); it holds
// no word list of its own. It imports those, actor, timex, money, text and
// english; it must not import pair nor extract.
package event
