// Package pdf reads the text of a PDF file into paragraph blocks, page by
// page, on top of github.com/ledongthuc/pdf's object model and glyph stream:
// the pages' content streams, and the form fields and free-text
// annotations a viewer draws over them. A page that fails is reported and
// skipped; the rest of the document still comes through. A document that
// gives no text says why (Document.NoText).
package pdf
