package pdf

import (
	"bytes"
	"strconv"
)

// operand is one operand of a content-stream operator.
type operand struct {
	kind byte // 'n' number, 's' string, '/' name, '[' array, 'x' anything else
	num  float64
	str  string
	arr  []operand
}

// contentLexer reads a content stream's operands and operators. It never
// fails: a malformed token is skipped, and an inline image (BI ... ID ...
// EI) is passed over and reported as one operator, "BI".
type contentLexer struct {
	d []byte
	i int
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == 0
}

func (lx *contentLexer) skipSpace() {
	for lx.i < len(lx.d) {
		c := lx.d[lx.i]
		if isSpace(c) {
			lx.i++
		} else if c == '%' {
			for lx.i < len(lx.d) && lx.d[lx.i] != '\n' && lx.d[lx.i] != '\r' {
				lx.i++
			}
		} else {
			return
		}
	}
}

// next returns the next operator and the operands before it; ok is false
// at the end of the stream.
func (lx *contentLexer) next(args []operand) (op string, out []operand, ok bool) {
	out = args[:0]
	for {
		lx.skipSpace()
		if lx.i >= len(lx.d) {
			return "", out, false
		}
		o, kw := lx.token(0)
		if kw == "" {
			if len(out) < 64 {
				out = append(out, o)
			}
			continue
		}
		switch kw {
		case "true", "false", "null":
			out = append(out, operand{kind: 'x'})
			continue
		case "BI":
			lx.skipInlineImage()
			return kw, out[:0], true
		}
		return kw, out, true
	}
}

// token reads one operand, or returns the keyword it found.
func (lx *contentLexer) token(depth int) (operand, string) {
	d := lx.d
	c := d[lx.i]
	switch {
	case c == '(':
		return operand{kind: 's', str: lx.literal()}, ""
	case c == '<' && lx.i+1 < len(d) && d[lx.i+1] == '<':
		lx.skipDict()
		return operand{kind: 'x'}, ""
	case c == '<':
		return operand{kind: 's', str: lx.hexString()}, ""
	case c == '[':
		lx.i++
		var arr []operand
		for depth < 32 {
			lx.skipSpace()
			if lx.i >= len(d) {
				break
			}
			if d[lx.i] == ']' {
				lx.i++
				break
			}
			o, kw := lx.token(depth + 1)
			if kw != "" {
				continue // an operator inside an array: malformed, skipped
			}
			if len(arr) < 1<<16 {
				arr = append(arr, o)
			}
		}
		return operand{kind: '[', arr: arr}, ""
	case c == '/':
		j := lx.i + 1
		for j < len(d) && !isDelim(d[j]) {
			j++
		}
		n := string(d[lx.i+1 : j])
		lx.i = j
		if bytes.IndexByte([]byte(n), '#') >= 0 {
			n = unescapeName(n)
		}
		return operand{kind: '/', str: n}, ""
	case c == ']' || c == ')' || c == '>' || c == '{' || c == '}':
		lx.i++
		return operand{kind: 'x'}, ""
	case c == '+' || c == '-' || c == '.' || c >= '0' && c <= '9':
		j := lx.i + 1
		for j < len(d) && (d[j] >= '0' && d[j] <= '9' || d[j] == '.' || d[j] == '-' || d[j] == '+') {
			j++
		}
		v, err := strconv.ParseFloat(string(d[lx.i:j]), 64)
		lx.i = j
		if err != nil {
			v = 0
		}
		return operand{kind: 'n', num: v}, ""
	}
	j := lx.i
	for j < len(d) && !isDelim(d[j]) {
		j++
	}
	if j == lx.i {
		lx.i++
		return operand{kind: 'x'}, ""
	}
	kw := string(d[lx.i:j])
	lx.i = j
	return operand{}, kw
}

func unescapeName(n string) string {
	var b []byte
	for i := 0; i < len(n); i++ {
		if n[i] == '#' && i+2 < len(n) && isHex(n[i+1]) && isHex(n[i+2]) {
			b = append(b, unhex(n[i+1])<<4|unhex(n[i+2]))
			i += 2
			continue
		}
		b = append(b, n[i])
	}
	return string(b)
}

// literal reads a (string) with its escapes.
func (lx *contentLexer) literal() string {
	d := lx.d
	lx.i++
	var b []byte
	depth := 1
	for lx.i < len(d) {
		c := d[lx.i]
		lx.i++
		switch c {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return string(b)
			}
		case '\\':
			if lx.i >= len(d) {
				return string(b)
			}
			e := d[lx.i]
			lx.i++
			switch e {
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case '\r':
				if lx.i < len(d) && d[lx.i] == '\n' {
					lx.i++
				}
				continue
			case '\n':
				continue
			default:
				if e >= '0' && e <= '7' {
					v := int(e - '0')
					for k := 0; k < 2 && lx.i < len(d) && d[lx.i] >= '0' && d[lx.i] <= '7'; k++ {
						v = v*8 + int(d[lx.i]-'0')
						lx.i++
					}
					c = byte(v)
				} else {
					c = e
				}
			}
		}
		b = append(b, c)
	}
	return string(b)
}

func (lx *contentLexer) hexString() string {
	d := lx.d
	lx.i++
	var h []byte
	for lx.i < len(d) && d[lx.i] != '>' {
		if isHex(d[lx.i]) {
			h = append(h, d[lx.i])
		}
		lx.i++
	}
	lx.i++
	if len(h)%2 == 1 {
		h = append(h, '0')
	}
	b := make([]byte, len(h)/2)
	for k := range b {
		b[k] = unhex(h[2*k])<<4 | unhex(h[2*k+1])
	}
	return string(b)
}

func (lx *contentLexer) skipDict() {
	d := lx.d
	depth := 0
	for lx.i < len(d) {
		switch {
		case d[lx.i] == '<' && lx.i+1 < len(d) && d[lx.i+1] == '<':
			depth++
			lx.i += 2
		case d[lx.i] == '>' && lx.i+1 < len(d) && d[lx.i+1] == '>':
			depth--
			lx.i += 2
			if depth <= 0 {
				return
			}
		case d[lx.i] == '(':
			lx.literal()
		default:
			lx.i++
		}
	}
}

// skipInlineImage passes over "... ID <data> EI" after BI.
func (lx *contentLexer) skipInlineImage() {
	d := lx.d
	k := bytes.Index(d[lx.i:], []byte("ID"))
	if k < 0 {
		lx.i = len(d)
		return
	}
	lx.i += k + 3
	for lx.i < len(d) {
		k := bytes.Index(d[lx.i:], []byte("EI"))
		if k < 0 {
			lx.i = len(d)
			return
		}
		p := lx.i + k
		if p > 0 && isSpace(d[p-1]) && (p+2 >= len(d) || isSpace(d[p+2]) || isDelim(d[p+2])) {
			lx.i = p + 2
			return
		}
		lx.i = p + 2
	}
}
