// Package eval scores the stages on the development sets (the eval command
// of cmd/stratex): the date and money scanners case by case, and the whole
// text path on event sentences, as precision, recall and F1 by case kind,
// dyads and a confusion table of PLOVER categories.
//
// It imports pipeline and extract; no package but cmd/stratex imports it.
package eval
