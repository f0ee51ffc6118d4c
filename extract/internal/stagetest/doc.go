// Package stagetest holds what the stage packages' tests share: running
// every stage over a short text (Findings), rendering an event as its
// dyad (Dyad), and checking a table of sentences against a rendering of
// what the stages find in each (Case, Check). It is for tests only; no
// package of the pipeline imports it.
package stagetest
