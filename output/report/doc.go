// Package report turns a run's output folder into one self-contained HTML
// page a researcher opens to look at the corpus: a summary with the
// failures, a timeline of the dated events, the dyad network of the actor
// pairs, the money figures with totals by currency and decade, and the
// documents, every mark leading back to the sentence that justifies it.
//
// It reads the JSON Lines files tolerantly (a field that is absent is
// unknown; a line that does not parse is counted and skipped) and writes
// HTML through html/template, with inline CSS, SVG drawn here in Go, a
// little plain JavaScript and a Content-Security-Policy that forbids every
// network request: the page opens from disk and the same folder gives the
// same bytes. Over MaxEvents events the timeline is aggregated by year and
// category, and every list is capped, so the page stays small; the page
// says where it does so.
//
// It imports only models and the standard library: never extract, corpus,
// output or pipeline.
package report
