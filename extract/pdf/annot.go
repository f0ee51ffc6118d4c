package pdf

import (
	"math"
	"regexp"
	"strconv"
	"strings"

	lpdf "github.com/ledongthuc/pdf"
)

// Text a reader sees need not be in a page's content streams. A form
// field's widget and a free-text annotation are drawn by the viewer from
// their appearance stream (/AP /N, a Form XObject fitted into the
// annotation's /Rect); a text field may hold its value (/V) only, when the
// file asks the viewer to build the appearance (/NeedAppearances). Both are
// read here, annotation by annotation in the page's order, into the page's
// glyphs, so the layout places them where they are seen. Check boxes and
// radio buttons are left out (their appearances are marks, a ZapfDingbats
// tick read as "4"); a push button's caption is read. A field that no page
// shows is not read.

// Annotation flags (PDF 32000-1, 12.5.3) that keep an annotation off the
// screen.
const (
	annotHidden = 1 << 1
	annotNoView = 1 << 5
)

// pushButton is the field flag (/Ff) of a button field that is neither a
// check box nor a radio button (PDF 32000-1, 12.7.4.2).
const pushButton = 1 << 16

// maxAnnots bounds the annotations read on one page.
const maxAnnots = 10000

// annotations reads the text of the form fields and free-text annotations
// of page p.
func (in *interp) annotations(p page) {
	annots := p.v.Key("Annots")
	needAppearances := p.form.Key("NeedAppearances").Bool()
	for i := 0; i < annots.Len() && i < maxAnnots; i++ {
		a := annots.Index(i)
		sub := a.Key("Subtype").Name()
		if sub != "Widget" && sub != "FreeText" || a.Key("F").Int64()&(annotHidden|annotNoView) != 0 {
			continue
		}
		rect, ok := rectOf(a.Key("Rect"))
		if !ok {
			continue
		}
		ft, value := "", ""
		switch sub {
		case "Widget":
			var flags int64
			if ft, flags, value = fieldOf(a); ft == "Btn" && flags&pushButton == 0 {
				continue
			}
		case "FreeText": // the text its appearance shows
			value = strings.TrimSpace(a.Key("Contents").Text())
		}
		if needAppearances && ft != "" && value != "" {
			// the viewer builds the appearance from the value: what
			// appearance the file holds may be stale
			in.placeText(value, rect, a, p.form)
			continue
		}
		n := len(in.glyphs)
		if ap := appearance(a); ap.Kind() == lpdf.Stream {
			in.drawAppearance(ap, rect, p)
		}
		if len(in.glyphs) == n && value != "" {
			in.placeText(value, rect, a, p.form)
		}
	}
}

// rectOf reads a rectangle [x0 y0 x1 y1] in either corner order.
func rectOf(v lpdf.Value) ([4]float64, bool) {
	var r [4]float64
	if v.Len() != 4 {
		return r, false
	}
	for i := range r {
		r[i] = v.Index(i).Float64()
		if math.IsNaN(r[i]) || math.IsInf(r[i], 0) || math.Abs(r[i]) > 1e6 {
			return r, false
		}
	}
	r[0], r[2] = math.Min(r[0], r[2]), math.Max(r[0], r[2])
	r[1], r[3] = math.Min(r[1], r[3]), math.Max(r[1], r[3])
	return r, true
}

// fieldOf returns the field type (/FT), the field flags (/Ff) and, for a
// text or choice field, the value (/V) of the field a widget belongs to;
// each may be inherited from the widget's parent fields.
func fieldOf(a lpdf.Value) (ft string, flags int64, value string) {
	var v, ff lpdf.Value
	for f, depth := a, 0; f.Kind() == lpdf.Dict && depth < 32; f, depth = f.Key("Parent"), depth+1 {
		if ft == "" {
			ft = f.Key("FT").Name()
		}
		if v.Kind() == lpdf.Null {
			v = f.Key("V")
		}
		if ff.Kind() == lpdf.Null {
			ff = f.Key("Ff")
		}
	}
	flags = ff.Int64()
	if ft != "Tx" && ft != "Ch" {
		return ft, flags, ""
	}
	switch v.Kind() {
	case lpdf.String:
		value = v.Text()
	case lpdf.Array: // the chosen items of a list box
		var items []string
		for i := 0; i < v.Len() && i < 1000; i++ {
			if t := v.Index(i).Text(); t != "" {
				items = append(items, t)
			}
		}
		value = strings.Join(items, "\n")
	}
	return ft, flags, strings.TrimSpace(value)
}

// appearance returns an annotation's normal appearance stream: /AP /N, or
// the state of it that /AS selects.
func appearance(a lpdf.Value) lpdf.Value {
	n := a.Key("AP").Key("N")
	if n.Kind() == lpdf.Dict {
		n = n.Key(a.Key("AS").Name())
	}
	return n
}

// drawAppearance runs an appearance stream as the viewer draws it
// (PDF 32000-1, 12.5.5): the form's bounding box, transformed by its
// matrix, is fitted into the annotation's rectangle.
func (in *interp) drawAppearance(ap lpdf.Value, rect [4]float64, p page) {
	m := identity
	if mv := ap.Key("Matrix"); mv.Len() == 6 {
		for i := range m {
			m[i] = mv.Index(i).Float64()
		}
	}
	bbox, ok := rectOf(ap.Key("BBox"))
	if !ok {
		return
	}
	// the transformed box's extent
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, c := range [][2]float64{{bbox[0], bbox[1]}, {bbox[2], bbox[1]}, {bbox[0], bbox[3]}, {bbox[2], bbox[3]}} {
		x, y := m.apply(c[0], c[1])
		x0, y0, x1, y1 = math.Min(x0, x), math.Min(y0, y), math.Max(x1, x), math.Max(y1, y)
	}
	sx, sy := 1.0, 1.0
	if x1-x0 > 1e-6 {
		sx = (rect[2] - rect[0]) / (x1 - x0)
	}
	if y1-y0 > 1e-6 {
		sy = (rect[3] - rect[1]) / (y1 - y0)
	}
	fit := matrix{sx, 0, 0, sy, rect[0] - sx*x0, rect[1] - sy*y0}
	res := ap.Key("Resources")
	if res.Kind() != lpdf.Dict {
		res = p.form.Key("DR") // the form's default resources
	}
	in.run(ap, res, gstate{ctm: m.mul(fit), th: 1}, 1)
}

// apply maps a point through m.
func (m matrix) apply(x, y float64) (float64, float64) {
	return m[0]*x + m[2]*y + m[4], m[1]*x + m[3]*y + m[5]
}

// daSizeRE reads the font size of a default appearance string
// ("/Helv 10 Tf 0 g").
var daSizeRE = regexp.MustCompile(`([0-9.]+)\s+Tf\b`)

// placeText sets a field's value in its rectangle as a viewer would
// without an appearance stream: one line per line of the value, from the
// top left, at the size of the field's default appearance (/DA) or one
// that fits the rectangle.
func (in *interp) placeText(value string, rect [4]float64, a, form lpdf.Value) {
	da := a.Key("DA").RawString()
	for f, depth := a.Key("Parent"), 0; da == "" && f.Kind() == lpdf.Dict && depth < 32; f, depth = f.Key("Parent"), depth+1 {
		da = f.Key("DA").RawString()
	}
	if da == "" {
		da = form.Key("DA").RawString()
	}
	size := 0.0
	if m := daSizeRE.FindStringSubmatch(da); m != nil {
		size, _ = strconv.ParseFloat(m[1], 64)
	}
	if size <= 0 || size > 200 {
		size = math.Min(12, math.Max(4, 0.7*(rect[3]-rect[1])))
	}
	y := rect[3] - 2 - size
	for _, line := range strings.Split(strings.ReplaceAll(value, "\r", "\n"), "\n") {
		x := rect[0] + 2
		for _, r := range line {
			if len(in.glyphs) >= maxGlyphs {
				return
			}
			s := cleanGlyph(string(r))
			if s == "" {
				continue
			}
			w := 0.5 * size
			in.glyphs = append(in.glyphs, glyph{x: x, y: y, w: w, size: size, text: s, space: strings.TrimSpace(s) == ""})
			x += w
		}
		y -= 1.2 * size
	}
}
