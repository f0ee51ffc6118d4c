// Command pdfeval measures the PDF text engine against an oracle: poppler's
// pdftotext, or, where pdftotext's text is unreadable, tesseract's OCR of
// the rendered pages. Both are test oracles only; stratex never needs them
// to run. For each PDF it prints pages, seconds (ours and pdftotext's),
// characters, the oracle used, the share of control characters in
// pdftotext's text, and the bag-of-words precision, recall and F1 of our
// text against the oracle's (multisets of lower-cased letter and digit
// tokens); then the mean and median F1, pages per second, and the bar of
// issue 3.
//
// pdftotext's text is unreadable where it prints a font's glyph indexes as
// code points: more than pdf.UnreadableShare of its characters are control
// or private-use characters, or it has no words at all. Such a file is
// rendered with pdftoppm at 150 dpi and read by tesseract; the OCR text is
// kept under out/pdfeval-ocr (named by the file's SHA-256), so a second run
// is fast.
//
//	go run ./cmd/pdfeval FILE|DIR...
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/stratex/stratex/extract/pdf"
	extract "github.com/stratex/stratex/extract/text" // Compose and Clean live in text
)

// ocrDir keeps the OCR text of the files that needed it.
const ocrDir = "out/pdfeval-ocr"

// ocrDPI is the resolution pages are rendered at for OCR.
const ocrDPI = 150

func main() {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		fmt.Fprintln(os.Stderr, "pdfeval: pdftotext not found: apt-get install poppler-utils")
		os.Exit(2)
	}
	var files []string
	for _, a := range os.Args[1:] {
		if st, err := os.Stat(a); err == nil && st.IsDir() {
			ms, _ := filepath.Glob(filepath.Join(a, "*.pdf"))
			files = append(files, ms...)
		} else {
			files = append(files, a)
		}
	}
	if len(files) == 0 {
		fmt.Fprintln(os.Stderr, "usage: pdfeval FILE|DIR...")
		os.Exit(2)
	}
	sort.Strings(files)
	fmt.Printf("%-50s %5s %7s %7s %7s %-9s %6s %6s %6s %6s %6s %6s\n", "file", "pages", "ours_s", "poppl_s", "chars", "oracle", "ctrl", "P", "R", "F1", "known", "ref_kn")
	var f1s []float64
	var ourT, popT time.Duration
	pages, failed, ocred := 0, 0, 0
	for _, f := range files {
		name := trunc(strings.TrimSuffix(filepath.Base(f), ".pdf"), 50)
		data, err := os.ReadFile(f)
		if err != nil {
			fmt.Printf("%-50s read: %v\n", name, err)
			failed++
			continue
		}
		t0 := time.Now()
		doc, err := pdf.Read(data)
		dt := time.Since(t0)
		if err != nil {
			fmt.Printf("%-50s error: %v\n", name, err)
			failed++
			continue
		}
		text := extract.Compose(doc.Blocks).Text
		t1 := time.Now()
		out, err := exec.Command("pdftotext", "-enc", "UTF-8", f, "-").Output()
		pt := time.Since(t1)
		if err != nil {
			fmt.Printf("%-50s pdftotext: %v\n", name, err)
			failed++
			continue
		}
		ref, oracle := string(out), "pdftotext"
		ctrl := pdf.ControlShare(ref)
		if ctrl > pdf.UnreadableShare || strings.TrimSpace(extract.Clean(ref)) == "" {
			ocr, err := ocrText(f, data)
			if err != nil {
				fmt.Printf("%-50s pdftotext unreadable (control characters %.3f); OCR: %v\n", name, ctrl, err)
				failed++
				continue
			}
			ref, oracle = ocr, "tesseract"
			ocred++
		}
		p, r, f1 := pdf.CompareWords(text, extract.Clean(ref))
		f1s = append(f1s, f1)
		ourT += dt
		popT += pt
		pages += doc.Pages
		kn, rkn := pdf.WordsKnown(text), pdf.WordsKnown(string(out))
		fmt.Printf("%-50s %5d %7.3f %7.3f %7d %-9s %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f\n", name, doc.Pages, dt.Seconds(), pt.Seconds(), len(text), oracle, ctrl, p, r, f1, kn, rkn)
	}
	if len(f1s) == 0 {
		os.Exit(1)
	}
	sorted := append([]float64{}, f1s...)
	sort.Float64s(sorted)
	mean := 0.0
	below := 0
	for _, f := range f1s {
		mean += f
		if f < 0.95 {
			below++
		}
	}
	mean /= float64(len(f1s))
	med := sorted[len(sorted)/2]
	if len(sorted)%2 == 0 {
		med = (sorted[len(sorted)/2-1] + sorted[len(sorted)/2]) / 2
	}
	ours, theirs := float64(pages)/ourT.Seconds(), float64(pages)/popT.Seconds()
	fmt.Printf("\nfiles %d  failed %d  scored against OCR %d  mean F1 %.3f  median F1 %.3f  min F1 %.3f  below 0.95: %d\n", len(files), failed, ocred, mean, med, sorted[0], below)
	fmt.Printf("pages %d  ours %.2fs (%.1f pages/s)  pdftotext %.2fs (%.1f pages/s, one process per file)  ratio %.2f\n",
		pages, ourT.Seconds(), ours, popT.Seconds(), theirs, ours/theirs)
	fmt.Printf("bar: every file >= 0.95 and median >= 0.97: %v; pages/s at least pdftotext's: %v\n", below == 0 && failed == 0 && med >= 0.97, ours >= theirs)
	fmt.Printf("oracle: pdftotext, or tesseract on pages rendered at %d dpi where more than %.2f of pdftotext's characters\n", ocrDPI, pdf.UnreadableShare)
	fmt.Println("are control characters (ctrl) or it has no words; OCR text is kept in " + ocrDir + ".")
	fmt.Println("known: share of words (3+ letters) the English word list knows, ours and pdftotext's (ref_kn);")
	fmt.Println("names, terms and other languages are not in the list, so clean papers read 0.67-0.93")
}

// ocrText returns tesseract's text of a PDF's pages rendered by pdftoppm,
// from the cache when it is there.
func ocrText(path string, data []byte) (string, error) {
	sum := sha256.Sum256(data)
	cache := filepath.Join(ocrDir, fmt.Sprintf("%s-%ddpi.txt", hex.EncodeToString(sum[:8]), ocrDPI))
	if b, err := os.ReadFile(cache); err == nil {
		return string(b), nil
	}
	for _, tool := range []struct{ name, pkg string }{{"pdftoppm", "poppler-utils"}, {"tesseract", "tesseract-ocr tesseract-ocr-eng"}} {
		if _, err := exec.LookPath(tool.name); err != nil {
			return "", fmt.Errorf("%s not found: apt-get install %s", tool.name, tool.pkg)
		}
	}
	tmp, err := os.MkdirTemp("", "pdfeval-ocr-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp)
	fmt.Fprintf(os.Stderr, "pdfeval: OCR of %s (pdftoppm -r %d, tesseract); kept in %s\n", filepath.Base(path), ocrDPI, cache)
	if out, err := exec.Command("pdftoppm", "-r", fmt.Sprint(ocrDPI), "-png", path, filepath.Join(tmp, "p")).CombinedOutput(); err != nil {
		return "", fmt.Errorf("pdftoppm %s: %v: %s", path, err, strings.TrimSpace(string(out)))
	}
	imgs, _ := filepath.Glob(filepath.Join(tmp, "p-*.png"))
	if len(imgs) == 0 {
		return "", errors.New("pdftoppm rendered no page")
	}
	sort.Strings(imgs) // p-01.png, p-02.png, ...: the page number is zero-padded
	list := filepath.Join(tmp, "pages.txt")
	if err := os.WriteFile(list, []byte(strings.Join(imgs, "\n")+"\n"), 0o644); err != nil {
		return "", err
	}
	cmd := exec.Command("tesseract", list, "stdout", "-l", "eng")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("tesseract: %v: %s", err, strings.TrimSpace(stderr.String()))
	}
	if err := os.MkdirAll(ocrDir, 0o755); err != nil {
		return "", err
	}
	if err := os.WriteFile(cache+".tmp", out, 0o644); err != nil {
		return "", err
	}
	return string(out), os.Rename(cache+".tmp", cache)
}

func trunc(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}
