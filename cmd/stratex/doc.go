// Command stratex turns strategic-studies and international-relations papers
// (PDF, plain text, Markdown) into event data as JSON Lines: documents,
// sentences, entities, dated events, money figures and actor pairs, each
// record traceable to the sentence and character span it came from.
//
// Usage:
//
//	stratex run [flags] [INPUT...]    process inputs into an output folder
//	stratex plan -shards N INPUT...   write a sharded manifest for a cluster
//	stratex run -manifest FILE        run one shard (or all) of a manifest
//	stratex status DIR                say whether a run is complete
//	stratex merge DIR                 join the shards of a run
//	stratex text [flags] FILE         print the clean text of one input
//	stratex schema [KIND]             print the JSON Schema of the record kinds
//	stratex eval dates|money|events FILE   score a stage on a development set
//	stratex eval docs [flags] DIR     run and score a document set (docs-dev format)
//	stratex report [flags] DIR        write DIR/report.html, one page that shows a run
//	stratex version                   print the version
//
// "stratex -h" and "stratex CMD -h" print their usage to standard output.
//
// INPUT is a PDF, a .txt or .md file, a folder (walked recursively in sorted
// order for .pdf, .txt and .md files) or "-" (paths one per line on standard
// input). With no INPUT, run processes the bundled sample corpus,
// testdata/sample, into ./out. A path that cannot be read (missing, a
// dangling symbolic link) is an error record of stage read, not the end of
// the run; finding no input document at all is a usage error. Files with
// identical bytes are one document, whose record lists every path in
// "sources". A text file that is not valid UTF-8 is read as Windows-1252
// ("encoding" in documents.jsonl).
//
// Flags of run:
//
//	-out DIR          output folder (default "out")
//	-workers N        documents processed at once (default: one per core)
//	-timeout D        give up on one document after D (default 2m)
//	-chunk N          documents per shard of a local run (default 64)
//	-pdf-timeout D    stop reading one PDF after D (default 1m)
//	-pdf-mem MiB      stop reading one PDF past this memory (default 1024)
//	-vocab KIND=FILE  extend a vocabulary (actors, triggers, timewords,
//	                  currencies, sections, ...: run -h lists every kind) with a
//	                  file in the format of the embedded one; repeatable
//	-actors FILE      same as -vocab actors=FILE
//	-doc-dates FILE   the documents' own dates: TSV lines of a path (as given,
//	                  or its base name), a tab and YYYY-MM-DD; news anchors
//	                  "today", "Friday", "last year" to them (plan -doc-dates
//	                  writes them into a manifest's date column instead)
//	-doc-kind K       news, narrative, scholarly or auto (default): how
//	                  relative dates and undated events are anchored
//	-q                no progress output
//
// A document's own date (documents.jsonl "dct") is the user's (-doc-dates,
// a manifest), else the one its text gives (a dateline, a "Published" or
// "Updated" line, a date line at the top), else a paper's header date. Its
// kind ("kind") is news when its text has a dateline or its date sits
// among its own dates or it speaks from that date ("today", "Monday");
// scholarly when it has an abstract or a reference list; else narrative.
// News anchors relative dates to the document's date; narrative and
// scholarly text to the dates the text itself sets (timex "anchor").
//
// Flags of eval docs (DIR holds NAME.txt files and gold.jsonl, as
// ../shared/eval/docs-dev; the numbers and lines are score_docs.py's on a
// run of DIR):
//
//	-doc-dates FILE   the documents' dates, as run -doc-dates (a set's dates.tsv)
//	-doc-kind K       as run -doc-kind
//	-v                list each document's misses and extras
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
// is written under a temporary name and renamed when complete, mode 0644
// less the umask. Output is byte-identical whatever the worker count.
//
// A run resumes per document: each finished document is kept in its shard's
// journal under DIR/shards, so a run interrupted or killed and started again
// with the same command says how many documents were done already, redoes
// only the others, and ends byte-identical to a run never interrupted.
//
// Standard output carries data only (text, schema, plan, status, help);
// progress and logs go to standard error: a progress bar on a terminal, a
// log line every few seconds otherwise.
//
// Exit codes: 0 success (status: the run is complete); 1 failure (status:
// the run is not complete); 2 usage error, or no input documents found; 3
// finished, but some documents failed (see errors.jsonl); 130 interrupted
// (the files hold every document finished before the interrupt).
package main
