// Package output writes a run's records and keeps its state. Records go
// as JSON Lines, one file per record kind, through temporary files renamed
// into place only when complete (Writer), so a reader never sees half a
// line. A run's state lives in OUT/shards (Store): the manifest it runs and
// the options its records depend on, each shard's append-only journal of
// finished documents with a checksum per entry (Journal), folded into part
// files and a completion marker when the shard is done, and merged in
// manifest order into the final files (Merge; MergeDone for an interrupted
// run). Locks (flock) keep one writer per shard and one merge per folder.
//
// It imports corpus (the manifest) and models; it must not import
// pipeline, extract or cmd.
package output
