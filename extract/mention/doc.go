// Package mention is a document-level pass over the coded events: it drops
// an event record that is a later mention of an event the document has
// already reported (Vocabulary.Drop). A record goes when it comes from an
// event noun, its own sentence gives it no date, an earlier record of the
// document that reports an act (asserted, not an intent to act) has the
// same category, the same source and target sets and the same trigger (its
// lemma: lower case, a plural's "s" taken off), and the noun is definite: a
// definite determiner or possessive pronoun, or a possessor ("X's"), starts
// its noun phrase ("the bombing of the capital", "their offensive", "the
// minister's visit"; a word in -ed or -ing stands in it only right after the
// determiner or possessor, or inside a compound: "the renewed bombing",
// "Pakistan's renewed bombing", "the Soviet-backed offensive"). An indefinite noun ("a
// massive bombing", "another offensive") is a new event, and so is a dated
// one, a verb, or another dyad. The earlier record stays the event's one
// record; what is dropped is recorded nowhere.
//
// Its word lists are the files under data/ (kinds definite, indefinite,
// npbreaks), extendable with -vocab; the other words that end a noun
// phrase (prepositions, clause words, auxiliaries, linking verbs,
// pronouns, determiners) are the event parser's (event/syntax). It
// imports english (the tokenizer), text (sentences), event (its records),
// event/syntax and vocab; it must not import actor, timex, money, pair nor
// extract directly (event reaches the first three).
package mention
