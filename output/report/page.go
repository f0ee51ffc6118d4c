package report

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"strconv"
)

//go:embed page.html page.css page.js
var pageFS embed.FS

var pageTemplate = template.Must(template.New("page.html").Funcs(template.FuncMap{
	"num": num,
	"f1":  func(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) },
	"add": func(a, b float64) float64 { return a + b },
}).ParseFS(pageFS, "page.html"))

// Write renders the run as one HTML page, titled name (the folder's name).
// The page's style and script are allowed by their hashes in its
// Content-Security-Policy, which forbids every other load.
func (r *Run) Write(w io.Writer, name string) error {
	p := r.build(name)
	css, err := pageFS.ReadFile("page.css")
	if err != nil {
		return err
	}
	js, err := pageFS.ReadFile("page.js")
	if err != nil {
		return err
	}
	p.CSS, p.JS = template.CSS(css), template.JS(js)
	p.CSP = fmt.Sprintf("default-src 'none'; style-src '%s'; script-src '%s'; img-src data:; base-uri 'none'; form-action 'none'", hash(css), hash(js))
	var buf bytes.Buffer
	if err := pageTemplate.Execute(&buf, p); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}

// hash is a CSP source expression for an inline block.
func hash(b []byte) string {
	h := sha256.Sum256(b)
	return "sha256-" + base64.StdEncoding.EncodeToString(h[:])
}
