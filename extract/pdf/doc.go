// Package pdf reads the text of a PDF file into paragraph blocks, page by
// page, on top of github.com/ledongthuc/pdf's object model and glyph stream.
// A page that fails is reported and skipped; the rest of the document still
// comes through.
package pdf
