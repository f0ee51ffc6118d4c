// Package gentext makes text for measuring how the text stages scale:
// random words from a small vocabulary of states, verbs, years and money
// (words.txt), with no sentence punctuation, from a fixed seed, so that
// every run measures the same text. cmd/bench and the tests of
// cmd/stratex use it; it imports nothing of stratex.
package gentext
