package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	err := run(context.Background(), os.Args[1:], os.Stdout, os.Stderr)
	switch {
	case errors.Is(err, flag.ErrHelp):
		os.Exit(2)
	case errors.As(err, new(usageError)):
		fmt.Fprintln(os.Stderr, "vocabgen:", err)
		os.Exit(2)
	case err != nil:
		fmt.Fprintln(os.Stderr, "vocabgen:", err)
		os.Exit(1)
	}
}

type usageError struct{ error }

// Paths of the generated files, relative to -out.
const (
	outActors = "extract/actor/data/phoenix"
	outVerbs  = "extract/event/lexicon/data/cameo"
	outReport = "docs/vocab-overlap.md"
)

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("vocabgen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	vendor := fs.String("vendor", "../shared/vendor", "folder of the third-party dictionaries (petrarch2/, plover/)")
	out := fs.String("out", ".", "repository root to write the generated files under")
	repo := fs.String("repo", "", "repository root to read the project's own vocabularies from (default: -out)")
	fs.StringVar(&wordnetDir, "wordnet", wordnetDir, "folder of the WordNet 3.0 database (data.verb, data.noun, index.noun, index.verb); without it the committed "+outNouns+"/nouns.tsv is kept")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Errorf("unexpected arguments %q", fs.Args())}
	}
	if *repo == "" {
		*repo = *out
	}
	files, err := generate(*vendor, *repo)
	if err != nil {
		return err
	}
	for _, name := range sortedKeys(files) {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := writeAtomic(filepath.Join(*out, name), files[name]); err != nil {
			return err
		}
		fmt.Fprintf(stderr, "%8d bytes %6d lines  %s\n", len(files[name]), bytes.Count(files[name], []byte("\n")), name)
	}
	return nil
}

// writeAtomic writes b to path through a temporary file in the same folder.
func writeAtomic(path string, b []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return os.Rename(tmp.Name(), path)
}

// generate converts the dictionaries and returns every generated file by
// its path under the repository root.
func generate(vendor, repo string) (map[string][]byte, error) {
	read := func(rel string) ([]byte, error) {
		b, err := os.ReadFile(filepath.Join(vendor, rel))
		if err != nil {
			return nil, fmt.Errorf("read dictionary: %w", err)
		}
		return b, nil
	}
	maps, err := loadCameoMaps()
	if err != nil {
		return nil, err
	}
	proj, err := loadProject(repo)
	if err != nil {
		return nil, err
	}
	discards, err := read("petrarch2/Phoenix.discards.txt")
	if err != nil {
		return nil, err
	}
	as, err := newActorSet(maps, proj, discards)
	if err != nil {
		return nil, err
	}
	files := map[string][]byte{}
	for _, d := range actorFiles {
		b, err := read("petrarch2/" + d.source)
		if err != nil {
			return nil, err
		}
		es, err := readActorDict(d.source, b)
		if err != nil {
			return nil, err
		}
		as.convert(d.out, es)
	}
	as.finish()
	for _, d := range append(actorFiles, companiesFile) {
		files[outActors+"/"+d.out+".tsv"] = writeActors(d, as)
	}
	b, err := read("petrarch2/Phoenix.agents.txt")
	if err != nil {
		return nil, err
	}
	at := tally{}
	ags, err := readAgents(b, maps.roles, at)
	if err != nil {
		return nil, err
	}
	files[outActors+"/agents.tsv"] = writeAgents(ags, at)
	licence, err := read("petrarch2/LICENSE")
	if err != nil {
		return nil, err
	}
	files[outActors+"/NOTICE"] = withLicence(actorNotice, licence)

	vb, err := read("petrarch2/CAMEO.2.0.txt")
	if err != nil {
		return nil, err
	}
	vd, err := readVerbDict(vb)
	if err != nil {
		return nil, err
	}
	if err := addVerbs(vd); err != nil {
		return nil, err
	}
	dropped, err := dropPatterns(vd)
	if err != nil {
		return nil, err
	}
	nulled, err := nullVerbs(vd)
	if err != nil {
		return nil, err
	}
	pb, err := read("plover/CAMEO2PLOVER-2021.txt")
	if err != nil {
		return nil, err
	}
	pl, err := readPlover(pb)
	if err != nil {
		return nil, err
	}
	pl.english = proj.english
	skipped := tally{}
	if vd.transform > 0 {
		skipped.add("verb transformation (\"~\" line): no slot for a verb inside a verb", vd.transform)
	}
	if dropped > 0 {
		skipped.add("a pattern the project leaves out (cmd/vocabgen/data/cameo-patterns-dropped.tsv)", dropped)
	}
	if nulled > 0 {
		skipped.add("a verb the project reads as no event by itself, its patterns kept (cmd/vocabgen/data/cameo-verbs-null.tsv)", nulled)
	}
	vrows := convertVerbs(vd, pl, skipped, proj.phrasalVerbs())
	files[outVerbs+"/verbs.tsv"] = writeVerbs(vrows, skipped, vd)
	files[outVerbs+"/NOTICE"] = withLicence(verbNotice, licence)
	nouns, wnLicence, ok, err := wordnetNouns(wordnetDir, vrows, proj)
	if err != nil {
		return nil, fmt.Errorf("wordnet: %w", err)
	}
	if ok { // without WordNet the committed nouns.tsv stays as it is
		files[outNouns+"/nouns.tsv"] = writeNouns(nouns)
		files[outNouns+"/NOTICE"] = withWordnetLicence(wnLicence)
	}
	files[outReport] = writeOverlap(comparePeople(proj, as), compareTriggers(proj, vrows))
	return files, nil
}

// noticeLines splits a text into lines for a file header.
func commentLines(s string) string {
	var b strings.Builder
	for _, l := range strings.Split(strings.TrimRight(s, "\n"), "\n") {
		b.WriteString(strings.TrimRight("# "+l, " ") + "\n")
	}
	return b.String()
}
