// Package eval scores the stages on the development sets (the eval command
// of cmd/stratex): the date and money scanners case by case, the whole
// text path on event sentences, as precision, recall and F1 by case kind,
// dyads and a confusion table of PLOVER categories, and whole document
// sets in the docs-dev format (Docs), scored as score_docs.py scores a run.
//
// It imports pipeline, corpus and extract; no package but cmd/stratex
// imports it.
package eval
