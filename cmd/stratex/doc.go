// Command stratex turns strategic-studies and international-relations papers
// (PDF, plain text, Markdown) into event data as JSON Lines: documents,
// sentences, entities, dated events, money figures and actor pairs, each
// record traceable to the sentence and character span it came from.
//
// Usage:
//
//	stratex run [flags] [INPUT...]    process inputs into an output folder
//	stratex text [flags] FILE         print the clean text of one input
//	stratex schema [KIND]             print the JSON Schema of the record kinds
//	stratex report [flags] DIR        write DIR/report.html, one page that shows a run
//	stratex version                   print the version
//
// INPUT is a PDF, a .txt or .md file, a folder (walked recursively in sorted
// order) or "-" (paths one per line on standard input). With no INPUT, run
// processes the bundled sample corpus, testdata/sample, into ./out.
//
// Flags of run:
//
//	-out DIR          output folder (default "out")
//	-workers N        documents processed at once (default: one per core)
//	-timeout D        give up on one document after D (default 2m)
//	-vocab KIND=FILE  extend a vocabulary (actors, sections, abbreviations,
//	                  connectives, starters, nonentities, affiliations, months)
//	                  with a file in the format of the embedded one; repeatable
//	-actors FILE      same as -vocab actors=FILE
//	-q                no progress output
//
// Flags of report:
//
//	-o FILE           write the page to FILE instead of DIR/report.html
//	-q                no log line
//
// The report is one self-contained HTML file (inline CSS, SVG and a little
// JavaScript; it loads nothing from the network and opens from disk): a
// summary of the counts and failures, a timeline of the dated events by
// PLOVER category, the dyad network of the actor pairs, the money figures
// with totals by currency and decade, and the documents; every mark opens
// the sentence behind it. Over 5,000 events the timeline is aggregated by
// category and year. The same DIR gives the same bytes.
//
// Output files, one JSON object per line (schema version 1; see
// "stratex schema"): documents.jsonl, sentences.jsonl, entities.jsonl,
// timex.jsonl, money.jsonl, events.jsonl, pairs.jsonl and errors.jsonl. Each
// is written under a temporary name and renamed when complete. Output is
// byte-identical whatever the worker count.
//
// Standard output carries data only (text, schema); progress and logs go to
// standard error: a progress bar on a terminal, a log line every few seconds
// otherwise.
//
// Exit codes: 0 success; 1 failure; 2 usage error; 3 finished, but some
// documents failed (see errors.jsonl); 130 interrupted (the files hold every
// document finished before the interrupt).
package main
