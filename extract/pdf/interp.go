package pdf

import (
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	lpdf "github.com/ledongthuc/pdf"
)

// glyph is one character drawn on a page, in device space (points, y up).
type glyph struct {
	x, y  float64 // origin on the baseline
	w     float64 // advance width along the text direction
	size  float64 // font size in device space
	dir   int     // text direction: 0, 90, 180 or 270 degrees; -1 for other angles
	text  string
	bold  bool
	space bool // a space character
}

// matrix is a PDF transformation [a b c d e f].
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m × n (apply m, then n).
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

type gstate struct {
	ctm                       matrix
	tc, tw, th, tl, tfs, rise float64
	font                      *font
}

// errBudget stops a page whose content streams run too long (a loop of
// Form XObjects, a bomb of operators).
var errBudget = errors.New("content stream too long")

const (
	maxOps       = 4_000_000 // operators per page, XObjects included
	maxFormDepth = 12
	maxGlyphs    = 2_000_000
)

// interp runs a page's content streams and collects its glyphs.
type interp struct {
	fonts    *fontCache
	glyphs   []glyph
	ops      int
	unmapped int
	images   int      // images drawn: image XObjects and inline images
	errs     []string // what stopped a content stream early
}

// run interprets one content stream (or array of streams) with its
// resources, starting from the graphics state g.
func (in *interp) run(strm, res lpdf.Value, g gstate, depth int) {
	var stack []gstate
	var tm, tlm matrix
	pageFonts := map[string]*font{}
	fontOf := func(name string) *font {
		if f, ok := pageFonts[name]; ok {
			return f
		}
		fv := res.Key("Font").Key(name)
		var f *font
		if fv.Kind() == lpdf.Dict {
			f = in.fonts.get(fv)
		}
		pageFonts[name] = f
		return f
	}
	show := func(raw string) {
		f := g.font
		if f == nil {
			return
		}
		for _, c := range f.codes(raw) {
			trm := matrix{g.tfs * g.th, 0, 0, g.tfs, 0, g.rise}.mul(tm).mul(g.ctm)
			w0 := f.width(c)
			tx := w0*g.tfs + g.tc
			if c.n == 1 && c.c == 32 {
				tx += g.tw
			}
			tx *= g.th
			m := tm.mul(g.ctm)
			s, ok := f.text(c)
			if !ok {
				in.unmapped++
			} else if len(in.glyphs) < maxGlyphs {
				if r, _ := utf8.DecodeRuneInString(s); !isPlaceholder(r) {
					s = cleanGlyph(s)
				}
				if s == "" {
					in.unmapped++
				} else {
					adv := w0 * g.tfs * g.th
					in.glyphs = append(in.glyphs, glyph{
						x: trm[4], y: trm[5],
						w:     math.Abs(adv) * math.Hypot(m[0], m[1]),
						size:  math.Hypot(trm[2], trm[3]),
						dir:   direction(m[0], m[1]),
						text:  s,
						bold:  f.bold,
						space: strings.TrimSpace(s) == "",
					})
				}
			}
			tm = matrix{1, 0, 0, 1, tx, 0}.mul(tm)
		}
	}
	data, err := streamBytes(strm)
	if err != nil {
		in.errs = append(in.errs, err.Error())
	}
	defer func() {
		if r := recover(); r != nil {
			if r == errBudget {
				panic(r)
			}
			// A malformed stream stops here; what was read stays.
			in.errs = append(in.errs, fmt.Sprint(r))
		}
	}()
	lx := &contentLexer{d: data}
	var buf []operand
	for {
		op, args, ok := lx.next(buf)
		if !ok {
			break
		}
		buf = args
		in.ops++
		if in.ops > maxOps {
			panic(errBudget)
		}
		num := func(i int) float64 {
			if i < len(args) && args[i].kind == 'n' {
				return args[i].num
			}
			return 0
		}
		mat := func() matrix {
			var m matrix
			for i := 0; i < 6; i++ {
				m[i] = num(i)
			}
			return m
		}
		str := func() (string, bool) {
			if len(args) > 0 && args[len(args)-1].kind == 's' {
				return args[len(args)-1].str, true
			}
			return "", false
		}
		switch op {
		case "q":
			if len(stack) < 256 {
				stack = append(stack, g)
			}
		case "Q":
			if len(stack) > 0 {
				g = stack[len(stack)-1]
				stack = stack[:len(stack)-1]
			}
		case "cm":
			if len(args) == 6 {
				g.ctm = mat().mul(g.ctm)
			}
		case "BT":
			tm, tlm = identity, identity
		case "Tc":
			g.tc = num(0)
		case "Tw":
			g.tw = num(0)
		case "Tz":
			g.th = num(0) / 100
		case "TL":
			g.tl = num(0)
		case "Ts":
			g.rise = num(0)
		case "Tf":
			if len(args) == 2 && args[0].kind == '/' {
				g.font = fontOf(args[0].str)
				g.tfs = num(1)
			}
		case "Td", "TD":
			if len(args) == 2 {
				if op == "TD" {
					g.tl = -num(1)
				}
				tlm = matrix{1, 0, 0, 1, num(0), num(1)}.mul(tlm)
				tm = tlm
			}
		case "Tm":
			if len(args) == 6 {
				tm = mat()
				tlm = tm
			}
		case "T*":
			tlm = matrix{1, 0, 0, 1, 0, -g.tl}.mul(tlm)
			tm = tlm
		case "Tj":
			if s, ok := str(); ok {
				show(s)
			}
		case "'", "\"":
			if op == "\"" && len(args) == 3 {
				g.tw, g.tc = num(0), num(1)
			}
			tlm = matrix{1, 0, 0, 1, 0, -g.tl}.mul(tlm)
			tm = tlm
			if s, ok := str(); ok {
				show(s)
			}
		case "TJ":
			if len(args) < 1 || args[len(args)-1].kind != '[' {
				continue
			}
			for _, x := range args[len(args)-1].arr {
				switch x.kind {
				case 's':
					show(x.str)
				case 'n':
					tx := -x.num / 1000 * g.tfs * g.th
					tm = matrix{1, 0, 0, 1, tx, 0}.mul(tm)
				}
			}
		case "BI":
			in.images++
		case "Do":
			if len(args) < 1 || args[0].kind != '/' || depth >= maxFormDepth {
				continue
			}
			xo := res.Key("XObject").Key(args[0].str)
			if xo.Kind() == lpdf.Stream && xo.Key("Subtype").Name() == "Image" {
				in.images++
			}
			if xo.Kind() != lpdf.Stream || xo.Key("Subtype").Name() != "Form" {
				continue
			}
			m := identity
			if mv := xo.Key("Matrix"); mv.Len() == 6 {
				for i := 0; i < 6; i++ {
					m[i] = mv.Index(i).Float64()
				}
			}
			fres := xo.Key("Resources")
			if fres.Kind() != lpdf.Dict {
				fres = res
			}
			fg := g
			fg.ctm = m.mul(g.ctm)
			in.run(xo, fres, fg, depth+1)
		}
	}
}

// streamBytes reads a content stream, or the concatenation of an array of
// them, decoded.
func streamBytes(v lpdf.Value) (data []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("read content stream: %v", r)
		}
	}()
	read := func(s lpdf.Value) error {
		rd := s.Reader()
		defer rd.Close()
		b, err := io.ReadAll(io.LimitReader(rd, 256<<20))
		data = append(data, b...)
		data = append(data, '\n')
		return err
	}
	if v.Kind() == lpdf.Array {
		for i := 0; i < v.Len() && i < 10000; i++ {
			if e := read(v.Index(i)); e != nil && err == nil {
				err = e
			}
		}
		return data, err
	}
	return data, read(v)
}

// direction quantizes a text direction to 0, 90, 180 or 270 degrees, or
// -1 for a slanted one.
func direction(a, b float64) int {
	ang := math.Atan2(b, a) * 180 / math.Pi
	for _, d := range []int{0, 90, 180, 270, 360, -90, -180} {
		if math.Abs(ang-float64(d)) < 8 {
			return (d + 360) % 360
		}
	}
	return -1
}

// cleanGlyph drops what no text should hold: control characters, the
// replacement character, private-use code points.
func cleanGlyph(s string) string {
	ok := true
	for _, r := range s {
		if r == 0xFFFD || r < 32 && r != '\t' || unicode.Is(unicode.Co, r) || r >= 0x7F && r < 0xA0 {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r == 0xFFFD || r < 32 || unicode.Is(unicode.Co, r) || r >= 0x7F && r < 0xA0 {
			return -1
		}
		return r
	}, s)
}
