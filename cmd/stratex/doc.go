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
//	-vocab KIND=FILE  extend a vocabulary (actors, triggers, timewords,
//	                  currencies, sections, ...: run -h lists every kind) with a
//	                  file in the format of the embedded one; repeatable
//	-actors FILE      same as -vocab actors=FILE
//	-q                no progress output
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
