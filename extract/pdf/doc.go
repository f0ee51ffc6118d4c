// Package pdf reads the text of a PDF file into paragraph blocks, page by
// page, on top of github.com/ledongthuc/pdf's object model and glyph stream:
// the pages' content streams, and the form fields and free-text
// annotations a viewer draws over them. A page that fails is reported and
// skipped; the rest of the document still comes through. A document that
// gives no text says why (Document.NoText).
//
// Its data (data/: the Adobe glyph list, CID-to-ASCII maps, publisher
// banners, and the English word list that chooses a font's decoding) is
// embedded. It imports text only, for the Block it fills; it must not
// import extract, a later stage (actor, timex, money, event, pair) nor
// pipeline: the worker processes that run it are pipeline's.
package pdf
