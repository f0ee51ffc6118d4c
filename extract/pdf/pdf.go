package pdf

import (
	"bytes"
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	lpdf "github.com/ledongthuc/pdf"

	"github.com/stratex/stratex/extract"
)

// PageError records a page that could not be read.
type PageError struct {
	Page int
	Err  error
}

// Document is the text of a PDF.
type Document struct {
	Pages  int
	Blocks []extract.Block
	Failed []PageError
}

// Read parses a PDF held in data. It returns an error only when the file as
// a whole cannot be opened; a page that fails is listed in Failed.
func Read(data []byte) (doc *Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("malformed pdf: %v", r)
		}
	}()
	r, err := lpdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("open pdf: %w", err)
	}
	n := r.NumPage()
	if n < 0 || n > 100000 {
		return nil, fmt.Errorf("open pdf: implausible page count %d", n)
	}
	doc = &Document{Pages: n}
	for i := 1; i <= n; i++ {
		blocks, perr := readPage(r, i)
		if perr != nil {
			doc.Failed = append(doc.Failed, PageError{Page: i, Err: perr})
			continue
		}
		doc.Blocks = append(doc.Blocks, blocks...)
	}
	return doc, nil
}

func readPage(r *lpdf.Reader, num int) (blocks []extract.Block, err error) {
	defer func() {
		if rec := recover(); rec != nil {
			blocks, err = nil, fmt.Errorf("page %d: %v", num, rec)
		}
	}()
	p := r.Page(num)
	if p.V.IsNull() {
		return nil, fmt.Errorf("page %d: not found in page tree", num)
	}
	glyphs := p.Content().Text
	return layout(glyphs, num), nil
}

type line struct {
	y, size float64
	x0, x1  float64
	text    strings.Builder
}

// layout groups glyphs into lines (same baseline), inserts spaces at gaps,
// and joins lines into paragraphs by spacing.
func layout(gs []lpdf.Text, page int) []extract.Block {
	var lines []*line
	var cur *line
	var lastEnd float64
	for _, g := range gs {
		if g.S == "" || g.S == "\n" {
			continue
		}
		size := g.FontSize
		if size <= 0 {
			size = 10
		}
		if cur == nil || math.Abs(g.Y-cur.y) > size*0.4 || g.X < lastEnd-size*2 {
			cur = &line{y: g.Y, size: size, x0: g.X}
			lines = append(lines, cur)
		} else if gap := g.X - lastEnd; gap > size*0.18 && !strings.HasSuffix(cur.text.String(), " ") && g.S != " " {
			cur.text.WriteByte(' ')
		}
		cur.text.WriteString(g.S)
		w := g.W
		if w <= 0 {
			w = size * 0.5 * float64(utf8.RuneCountInString(g.S))
		}
		lastEnd = g.X + w
		cur.x1 = lastEnd
	}
	var blocks []extract.Block
	var para strings.Builder
	var prev *line
	flush := func() {
		if para.Len() > 0 {
			blocks = append(blocks, extract.Block{Text: para.String(), Page: page})
			para.Reset()
		}
	}
	sizes := make([]float64, 0, len(lines))
	for _, l := range lines {
		sizes = append(sizes, l.size)
	}
	body := median(sizes)
	for _, l := range lines {
		s := strings.TrimSpace(l.text.String())
		if s == "" {
			continue
		}
		if prev != nil {
			gap := prev.y - l.y
			if gap < 0 || gap > prev.size*1.7 || math.Abs(l.size-prev.size) > 0.6 {
				flush()
			}
		}
		if para.Len() > 0 {
			joinLine(&para, s)
		} else {
			para.WriteString(s)
		}
		prev = l
		if l.size > body*1.15 {
			// Larger type: a title or heading stands alone.
			blocks = append(blocks, extract.Block{Text: para.String(), Page: page, Hint: extract.HintHeading})
			para.Reset()
			prev = nil
		}
	}
	flush()
	return blocks
}

// joinLine appends the next line of a paragraph, joining a word hyphenated
// across the break ("deterio-" + "rated") but keeping a hyphen that belongs
// to the word ("Sino-" + "Pak", "2012-" + "16").
func joinLine(b *strings.Builder, next string) {
	s := b.String()
	if strings.HasSuffix(s, "-") && len(s) >= 2 {
		before, _ := utf8.DecodeLastRuneInString(s[:len(s)-1])
		after, _ := utf8.DecodeRuneInString(next)
		if unicode.IsLower(before) && unicode.IsLower(after) {
			b.Reset()
			b.WriteString(s[:len(s)-1])
			b.WriteString(next)
			return
		}
		b.WriteString(next)
		return
	}
	b.WriteByte(' ')
	b.WriteString(next)
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	c := append([]float64(nil), xs...)
	sort.Float64s(c)
	return c[len(c)/2]
}
