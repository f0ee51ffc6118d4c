// Package pipeline runs the stages over a corpus: bounded workers, output in
// input order (byte-identical whatever the worker count), per-document panic
// recovery and timeouts, and failures turned into error records; a long
// document goes through the text stages a window of paragraphs at a time
// (Config.Window), and the progress hears how far it has come inside it
// (Progress.Working). It is the only package with concurrency.
package pipeline
