// Package extract turns raw document text into findings: clean text, lines
// and sections, sentences, entities, and the rule stages (dates, money,
// actors, events, pairs). Everything here is a pure function of its input:
// no goroutines, no files. Vocabularies are embedded data files under data/
// that a user can extend (see Vocabulary).
//
// Offsets inside this package are byte offsets into the clean text; the
// pipeline converts them to the code-point spans of the output contract.
package extract
