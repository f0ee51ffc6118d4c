// Package pipeline runs the stages over a corpus: bounded workers, output in
// input order (byte-identical whatever the worker count), per-document panic
// recovery and timeouts, and failures turned into error records. It is the
// only package with concurrency.
package pipeline
