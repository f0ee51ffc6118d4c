// Package english holds what every stage knows of English: the tokenizer
// (tokens for the scanners, words for dictionary matching, the lexer that
// keeps one lower-case copy of each word the stages compare with), and the
// word lists several stages share: month names, number words and the
// reading of numbers written in digits or words, titles and honorifics,
// the words that open sentences and the discourse connectives. It also
// keeps the calendar arithmetic that header dates and timex share, and
// Filter, the bloom filter of words the lexer and money ask before a
// look-up in a large map, and the small tests of words every stage asks
// (StartsUpper, a capital first letter; PossessiveAt, a possessive's
// tokens).
//
// Its word lists are the files under data/, extendable with -vocab
// (kinds months, numbers, titles, honorifics, starters, connectives,
// articles, ordinals).
// It must not import any stage package (text, actor, timex, money, event,
// pair) nor extract.
package english
