// Package extract runs the text stages over one document, in order
// (Vocabulary.Run): structure, sentences, header, entities, money, dates,
// events and pairs. It holds the composite vocabulary, one per stage, and
// the registry of the kinds a user may extend with -vocab KIND=FILE,
// routed to the stage that owns each kind (Kinds).
//
// The stages are its subpackages, one job each:
//
//	vocab          the loader of vocabulary files
//	english        tokenizer and the word lists every stage shares
//	text           clean text, blocks, structure, header, sentences
//	actor          gazetteer, prose's tagger, entity resolution
//	timex          dates
//	money          money figures
//	event/syntax   the shallow parser (knows no event codes)
//	event/lexicon  every event word list, as data
//	event          the coder: PLOVER policy
//	pair           actor pairs from a coded sentence
//	pdf            the PDF reader (imports text for Block, never extract)
//
// and internal/stagetest, what the stages' tests share (it runs this
// package over a sentence; only tests import it). Dating events from their
// sentence and context (DateEvents) is this package's own, with its word
// list in data/ (the kind durative: acts that run from a since-date).
//
// Everything here is a pure function of its input: no goroutines, no
// files. Offsets are byte offsets into the clean text; the pipeline
// converts them to the code-point spans of the output contract. It imports
// the stage packages; none of them imports it (their external tests do,
// through internal/stagetest).
package extract
