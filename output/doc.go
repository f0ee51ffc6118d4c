// Package output writes records as JSON Lines, one file per record kind,
// through temporary files that are renamed into place only when complete,
// so a reader never sees half a line.
package output
