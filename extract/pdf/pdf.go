package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	lpdf "github.com/ledongthuc/pdf"

	extract "github.com/stratex/stratex/extract/text" // Block and its hints live in text
)

// PageError records a page that could not be read.
type PageError struct {
	Page int
	Err  error
}

// Document is the text of a PDF.
type Document struct {
	Pages    int
	Blocks   []extract.Block
	Failed   []PageError
	Unmapped int  // glyphs whose font gives no text, dropped
	Images   int  // images the pages draw (image XObjects, inline images)
	Repaired bool // the cross-reference table was rebuilt
}

// NoText says why a document gave no text, "" when it gave some: "no text
// layer: scanned image?" when its pages draw images (a scanned paper),
// "no text" otherwise.
func (d *Document) NoText() string {
	for _, b := range d.Blocks {
		if strings.TrimSpace(b.Text) != "" {
			return ""
		}
	}
	if d.Images > 0 {
		return "no text layer: scanned image?"
	}
	return "no text"
}

// Limits on what one document may cost.
const (
	maxPages     = 20000
	maxTreeNodes = 200000
	maxTreeDepth = 64
)

// ErrEncrypted is returned for a file whose text needs a password.
var ErrEncrypted = errors.New("encrypted: a password is needed")

// Read parses a PDF held in data. It returns an error only when the file as
// a whole cannot be opened; a page that fails is listed in Failed and the
// other pages still come through.
func Read(data []byte) (doc *Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("malformed pdf: %v", r)
		}
	}()
	data = fixHeader(data)
	var r *lpdf.Reader
	if saneXref(data) {
		r, err = open(data)
	} else {
		// an absurd cross-reference size makes the library allocate
		// without bound: rebuild the table instead
		err = errors.New("implausible cross-reference table")
	}
	if err != nil && isEncryption(err) {
		// AES-256 with an empty user password: decrypted here (aes256.go)
		plain, derr := decryptAES256(data)
		switch {
		case derr == nil:
			data = plain
			r, err = open(data)
		case errors.Is(derr, ErrEncrypted):
			return nil, fmt.Errorf("%w (%v)", ErrEncrypted, err)
		}
	}
	repaired := false
	if err != nil {
		if isEncryption(err) {
			return nil, fmt.Errorf("%w (%v)", ErrEncrypted, err)
		}
		fixed := repair(data)
		if fixed == nil {
			return nil, fmt.Errorf("open pdf: %w", err)
		}
		r2, err2 := open(fixed)
		if err2 != nil {
			if isEncryption(err2) {
				return nil, fmt.Errorf("%w (%v)", ErrEncrypted, err2)
			}
			return nil, fmt.Errorf("open pdf: %w (and after rebuilding the cross-reference table: %v)", err, err2)
		}
		r, repaired = r2, true
	}
	pages, perr := pageList(r)
	if perr != nil && len(pages) == 0 && !repaired {
		// a broken page tree may still hold pages a rebuilt table finds
		if fixed := repair(data); fixed != nil {
			if r2, err2 := open(fixed); err2 == nil {
				if p2, _ := pageList(r2); len(p2) > 0 {
					r, pages, repaired = r2, p2, true
				}
			}
		}
	}
	if len(pages) == 0 {
		if perr == nil {
			perr = errors.New("no pages")
		}
		return nil, fmt.Errorf("page tree: %w", perr)
	}
	doc = readPages(pages)
	doc.Repaired = repaired
	if !repaired && len(doc.Blocks) == 0 {
		// Offsets shifted by junk before the header, or a stale table,
		// can leave every page empty: try the rebuilt table.
		if fixed := repair(data); fixed != nil {
			if r2, err2 := open(fixed); err2 == nil {
				if p2, _ := pageList(r2); len(p2) > 0 {
					if d2 := readPages(p2); len(d2.Blocks) > 0 {
						d2.Repaired = true
						return d2, nil
					}
				}
			}
		}
	}
	return doc, nil
}

func readPages(pages []page) *Document {
	fonts := newFontCache()
	doc := readWith(pages, fonts)
	if fonts.book.used() {
		// glyphs named by index alone: decode them from this reading's
		// text and read again (cipher.go)
		var sb strings.Builder
		for _, b := range doc.Blocks {
			sb.WriteString(b.Text)
			sb.WriteByte('\n')
		}
		fonts.book.solve(sb.String())
		doc = readWith(pages, fonts)
	}
	return doc
}

func readWith(pages []page, fonts *fontCache) *Document {
	doc := &Document{Pages: len(pages)}
	var laid []*pageText
	for i, p := range pages {
		in, err := readPage(p, fonts)
		doc.Unmapped += in.unmapped
		doc.Images += in.images
		if err != nil {
			doc.Failed = append(doc.Failed, PageError{Page: i + 1, Err: err})
			continue
		}
		laid = append(laid, layoutPage(in.glyphs, i+1))
	}
	doc.Blocks = assemble(laid)
	return doc
}

func open(data []byte) (r *lpdf.Reader, err error) {
	defer func() {
		if x := recover(); x != nil {
			r, err = nil, fmt.Errorf("malformed pdf: %v", x)
		}
	}()
	return lpdf.NewReader(bytes.NewReader(data), int64(len(data)))
}

func isEncryption(err error) bool {
	s := err.Error()
	return errors.Is(err, lpdf.ErrInvalidPassword) || strings.Contains(s, "encrypt") || strings.Contains(s, "password")
}

// fixHeader drops junk before "%PDF-" and reads a PDF 2.0 file as 1.7
// (the object syntax is the same; the library only accepts 1.x).
func fixHeader(data []byte) []byte {
	head := data[:min(len(data), 1024)]
	i := bytes.Index(head, []byte("%PDF-"))
	if i < 0 {
		return data
	}
	data = data[i:]
	if len(data) > 8 && (data[5] != '1' || data[7] < '0' || data[7] > '7' || data[6] != '.') {
		c := append([]byte{}, data...)
		copy(c[5:8], "1.7")
		return c
	}
	if len(data) > 8 && data[8] != '\r' && data[8] != '\n' {
		// "%PDF-1.4 %âãÏÓ" on one line: the library wants an end of line
		c := append([]byte{}, data[:8]...)
		c = append(c, '\n')
		return append(c, data[8:]...)
	}
	return data
}

var (
	sizeRE     = regexp.MustCompile(`/(?:Size|Count)\s+(\d+)`)
	wRE        = regexp.MustCompile(`/W\s*\[([^\]]*)\]`)
	indexRE    = regexp.MustCompile(`/Index\s*\[([^\]]*)\]`)
	xrefTypeRE = regexp.MustCompile(`/Type\s*/XRef\b`)
	objRE      = regexp.MustCompile(`(?m)(?:^|[\r\n\s])(\d{1,10})\s+(\d{1,5})\s+obj\b`)
	catalogRE  = regexp.MustCompile(`/Type\s*/Catalog\b`)
	rootRE     = regexp.MustCompile(`/Root\s+(\d+)\s+(\d+)\s+R`)
	infoRE     = regexp.MustCompile(`/Info\s+(\d+)\s+(\d+)\s+R`)
)

// maxObjects bounds the object numbers a file may claim.
const maxObjects = 10_000_000

// saneXref reports whether the file's cross-reference sections and
// trailers claim a plausible number of objects; a fuzzed "0 4294967296"
// subsection would make the library allocate a table of that size.
func saneXref(data []byte) bool {
	// an object takes a byte at the very least, even packed in a stream
	limit := min(maxObjects, int64(len(data))+1000)
	for _, m := range sizeRE.FindAllSubmatch(data, -1) {
		if n, err := strconv.ParseInt(string(m[1]), 10, 64); err != nil || n > limit {
			return false
		}
	}
	// an xref stream's field widths (/W) are a few bytes; its /Index
	// counts are bounded like /Size
	// (a CID font's /W holds widths, "0 [500 600]" or "0 95 500": only the
	// /W between an xref stream's "obj" and its "stream" counts, the
	// stream known by its /Type or by /Size, which no font has)
	anchors := append(xrefTypeRE.FindAllIndex(data, -1), sizeRE.FindAllIndex(data, -1)...)
	for _, loc := range anchors {
		start := bytes.LastIndex(data[max(0, loc[0]-4096):loc[0]], []byte("obj"))
		end := bytes.Index(data[loc[1]:min(len(data), loc[1]+4096)], []byte("stream"))
		if start < 0 || end < 0 {
			continue
		}
		dict := data[max(0, loc[0]-4096)+start : loc[1]+end]
		for _, m := range wRE.FindAllSubmatch(dict, -1) {
			for _, f := range strings.Fields(string(m[1])) {
				if n, err := strconv.Atoi(f); err != nil || n < 0 || n > 8 {
					return false
				}
			}
		}
	}
	for _, m := range indexRE.FindAllSubmatch(data, -1) {
		for _, f := range strings.Fields(string(m[1])) {
			if n, err := strconv.ParseInt(f, 10, 64); err != nil || n < 0 || n > limit {
				return false
			}
		}
	}
	return xrefTablesSane(data, limit)
}

// maxXrefTokens bounds the tokens saneXref walks in all of a file's
// cross-reference tables together; a file needing more is rebuilt.
const maxXrefTokens = 4 << 20

// xrefTablesSane walks every "xref" table as the library reads it: tokens
// split on PDF white space (NUL included) and delimiters, comments skipped,
// subsections "start count" each followed by count entries of three tokens,
// until "trailer" or a token that is not an integer (where the library stops
// with an error). A subsection reaching past limit objects, or claiming more
// entries than the file has room for (an entry takes 20 bytes), is refused:
// the library allocates its table up to start+count. Lines do not matter: a
// fuzzed "\x00 4294967296 3" after an entry is a subsection to the library.
func xrefTablesSane(data []byte, limit int64) bool {
	budget := maxXrefTokens
	for i := 0; ; {
		k := bytes.Index(data[i:], []byte("xref"))
		if k < 0 {
			return true
		}
		i += k + 4
		pos := i
		next := func() (string, bool) {
			budget--
			var tok []byte
			tok, pos = pdfToken(data, pos)
			return string(tok), tok != nil && budget > 0
		}
		for {
			t1, ok := next()
			if !ok || t1 == "trailer" {
				break
			}
			t2, ok := next()
			if !ok {
				break
			}
			a, err1 := strconv.ParseInt(t1, 10, 64)
			b, err2 := strconv.ParseInt(t2, 10, 64)
			if err1 != nil || err2 != nil {
				break
			}
			if a > limit || b > limit-a || b > int64(len(data))/18+1 {
				return false
			}
			for range 3 * max(b, 0) {
				if _, ok := next(); !ok {
					break
				}
			}
		}
		if budget <= 0 {
			return false
		}
	}
}

// pdfToken returns the token at or after pos as the library's lexer splits
// it (white space and comments skipped; a delimiter is a token of one byte)
// and the position after it; nil at the end of data.
func pdfToken(data []byte, pos int) ([]byte, int) {
	for pos < len(data) {
		switch c := data[pos]; {
		case isPDFSpace(c):
			pos++
		case c == '%':
			for pos < len(data) && data[pos] != '\r' && data[pos] != '\n' {
				pos++
			}
		default:
			if isPDFDelim(c) {
				return data[pos : pos+1], pos + 1
			}
			start := pos
			for pos < len(data) && !isPDFSpace(data[pos]) && !isPDFDelim(data[pos]) {
				pos++
			}
			return data[start:pos], pos
		}
	}
	return nil, pos
}

func isPDFSpace(c byte) bool {
	return c == 0 || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' '
}

func isPDFDelim(c byte) bool {
	return strings.IndexByte("<>()[]{}/%", c) >= 0
}

// repair rebuilds a broken cross-reference table by scanning the file for
// "N G obj" and appends it, with a trailer naming the catalog, so that the
// library reads the file through the new table. It returns nil when no
// catalog is found.
func repair(data []byte) []byte {
	data = fixLengths(data)
	offsets := map[int]int{}
	gens := map[int]int{}
	maxObj := 0
	for _, m := range objRE.FindAllSubmatchIndex(data, -1) {
		n, err1 := strconv.Atoi(string(data[m[2]:m[3]]))
		g, err2 := strconv.Atoi(string(data[m[4]:m[5]]))
		// an object number beyond the file's length is noise: the
		// library sizes its table by the largest number
		if err1 != nil || err2 != nil || n <= 0 || n > len(data) || n > maxObjects {
			continue
		}
		offsets[n], gens[n] = m[2], g // a later definition wins, as in an update
		maxObj = max(maxObj, n)
	}
	if len(offsets) == 0 {
		return nil
	}
	root := ""
	if m := rootRE.FindAllSubmatch(data, -1); len(m) > 0 {
		last := m[len(m)-1]
		if _, ok := offsets[atoi(last[1])]; ok {
			root = string(last[1]) + " " + string(last[2]) + " R"
		}
	}
	if root == "" {
		for n, off := range offsets {
			end := bytes.Index(data[off:], []byte("endobj"))
			if end < 0 {
				end = min(len(data)-off, 4096)
			}
			if catalogRE.Match(data[off : off+end]) {
				root = fmt.Sprintf("%d %d R", n, gens[n])
				break
			}
		}
	}
	if root == "" {
		return nil
	}
	var b bytes.Buffer
	b.Grow(len(data) + 20*maxObj + 256)
	b.Write(data)
	if len(data) > 0 && data[len(data)-1] != '\n' {
		b.WriteByte('\n')
	}
	start := b.Len()
	// one subsection per run of consecutive object numbers: a sparse or
	// fuzzed numbering ("9999999 0 obj") stays a short table
	nums := make([]int, 0, len(offsets))
	for n := range offsets {
		nums = append(nums, n)
	}
	sort.Ints(nums)
	b.WriteString("xref\n0 1\n0000000000 65535 f\r\n")
	for i := 0; i < len(nums); {
		j := i
		for j+1 < len(nums) && nums[j+1] == nums[j]+1 {
			j++
		}
		fmt.Fprintf(&b, "%d %d\n", nums[i], j-i+1)
		for _, n := range nums[i : j+1] {
			fmt.Fprintf(&b, "%010d %05d n\r\n", offsets[n], gens[n])
		}
		i = j + 1
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root %s", maxObj+1, root)
	if m := infoRE.FindSubmatch(data); m != nil {
		if _, ok := offsets[atoi(m[1])]; ok {
			fmt.Fprintf(&b, " /Info %s %s R", m[1], m[2])
		}
	}
	fmt.Fprintf(&b, " >>\nstartxref\n%d\n%%%%EOF\n", start)
	return b.Bytes()
}

var (
	streamRE = regexp.MustCompile(`>>\s*stream(\r\n|\r|\n)`)
	lengthRE = regexp.MustCompile(`/Length\s+(\d+)(\s+\d+\s+R)?`)
)

// fixLengths rewrites a direct /Length that disagrees with where the
// stream's "endstream" is, so that a rebuilt file reads whole streams.
func fixLengths(data []byte) []byte {
	var out bytes.Buffer
	last := 0
	for _, m := range streamRE.FindAllIndex(data, -1) {
		start := m[1]
		end := bytes.Index(data[start:], []byte("endstream"))
		if end < 0 {
			continue
		}
		actual := end
		for actual > 0 && (data[start+actual-1] == '\n' || data[start+actual-1] == '\r') {
			actual--
		}
		from := max(last, m[0]-400)
		ls := lengthRE.FindAllSubmatchIndex(data[from:m[0]], -1)
		if len(ls) == 0 {
			continue
		}
		l := ls[len(ls)-1]
		if l[4] >= 0 { // an indirect length: left alone
			continue
		}
		n, _ := strconv.Atoi(string(data[from+l[2] : from+l[3]]))
		if n == actual || n == end {
			continue
		}
		out.Write(data[last : from+l[2]])
		out.WriteString(strconv.Itoa(actual))
		last = from + l[3]
	}
	if last == 0 {
		return data
	}
	out.Write(data[last:])
	return out.Bytes()
}

func atoi(b []byte) int {
	n, _ := strconv.Atoi(string(b))
	return n
}

// page is one leaf of the page tree with its inherited resources, and the
// document's interactive form (/AcroForm), whose fields its widgets show.
type page struct {
	v    lpdf.Value
	res  lpdf.Value
	form lpdf.Value
}

// pageList walks the page tree depth first, carrying inherited resources,
// with limits on depth, nodes and pages so that a tree with cycles or
// repeated kids ends. A kid listed twice is read once.
func pageList(r *lpdf.Reader) (pages []page, err error) {
	defer func() {
		if x := recover(); x != nil {
			err = fmt.Errorf("malformed page tree: %v", x)
		}
	}()
	form := r.Trailer().Key("Root").Key("AcroForm")
	root := r.Trailer().Key("Root").Key("Pages")
	if root.Kind() != lpdf.Dict {
		return nil, errors.New("no page tree")
	}
	nodes := 0
	seen := map[string]bool{}
	var walk func(n, res lpdf.Value, depth int)
	walk = func(n, res lpdf.Value, depth int) {
		nodes++
		if nodes > maxTreeNodes || depth > maxTreeDepth || len(pages) >= maxPages {
			if err == nil {
				err = errors.New("page tree too deep or too large; a cycle?")
			}
			return
		}
		if rv := n.Key("Resources"); rv.Kind() == lpdf.Dict {
			res = rv
		}
		kids := n.Key("Kids")
		typ := n.Key("Type").Name()
		if typ == "Page" || typ != "Pages" && kids.Kind() != lpdf.Array {
			key := n.String()
			if seen[key] {
				return
			}
			seen[key] = true
			pages = append(pages, page{n, res, form})
			return
		}
		for i := 0; i < kids.Len(); i++ {
			k := kids.Index(i)
			if k.Kind() == lpdf.Dict {
				walk(k, res, depth+1)
			}
		}
	}
	walk(root, lpdf.Value{}, 0)
	return pages, err
}

// readPage interprets one page's content streams, then its form fields
// and free-text annotations (annot.go), into glyphs. On an error the
// interpreter's counts are still there; its glyphs are not.
func readPage(p page, fonts *fontCache) (in *interp, err error) {
	in = &interp{fonts: fonts}
	defer func() {
		if r := recover(); r != nil {
			in.glyphs, err = nil, fmt.Errorf("%v", r)
		}
	}()
	if contents := p.v.Key("Contents"); contents.Kind() != lpdf.Null {
		in.run(contents, p.res, gstate{ctm: identity, th: 1}, 0)
	}
	n := len(in.errs)
	in.annotations(p)
	in.errs = in.errs[:n] // an annotation that cannot be drawn is passed over, not the page's failure
	if len(in.glyphs) == 0 && len(in.errs) > 0 {
		return in, errors.New(in.errs[0])
	}
	return in, nil
}
