package text

// Window is a run of whole lines (paragraphs) of a Text: lines From to
// To-1. A long document goes through the sentence-level stages one window
// at a time, so that what they hold per sentence (tokens, parses) is
// bounded by the window, not by the document.
type Window struct {
	From, To int
}

// Windows cuts t into windows of whole lines, each at least size bytes of
// text long (the last one may be shorter; a single line longer than size
// is a window of its own). A size of 0 or less gives one window.
func (t *Text) Windows(size int) []Window {
	n := len(t.Lines)
	if n == 0 {
		return nil
	}
	if size <= 0 {
		return []Window{{0, n}}
	}
	var out []Window
	from := 0
	for i, ln := range t.Lines {
		if ln.End-t.Lines[from].Start >= size || i == n-1 {
			out = append(out, Window{from, i + 1})
			from = i + 1
		}
	}
	return out
}
