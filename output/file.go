package output

// WriteFile writes data to path atomically: through a temporary file in
// the same folder, synced and renamed into place, so a reader sees the old
// file or the new one, never a part.
func WriteFile(path string, data []byte) error { return writeAtomic(path, data) }
