// Package corpus finds a run's inputs: files, folders walked recursively in
// sorted order, or paths read from standard input, and names each document
// by a short hash of its bytes.
package corpus
