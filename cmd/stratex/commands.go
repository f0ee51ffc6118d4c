package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"runtime"
	"slices"
	"strings"
	"time"

	"golang.org/x/term"

	"github.com/stratex/stratex/corpus"
	"github.com/stratex/stratex/extract"
	"github.com/stratex/stratex/models"
	"github.com/stratex/stratex/output"
	"github.com/stratex/stratex/pipeline"
)

// sampleCorpus is where a fresh clone keeps the bundled sample corpus.
const sampleCorpus = "testdata/sample"

// vocabFlags collects -vocab KIND=FILE and -actors FILE.
type vocabFlags struct{ srcs []string }

func (v *vocabFlags) String() string { return strings.Join(v.srcs, ",") }
func (v *vocabFlags) Set(s string) error {
	kind, file, ok := strings.Cut(s, "=")
	if !ok || kind == "" || file == "" {
		return fmt.Errorf("want KIND=FILE, got %q", s)
	}
	if !slices.Contains(extract.VocabularyKinds(), kind) {
		return fmt.Errorf("unknown vocabulary kind %q (want one of %s)", kind, strings.Join(extract.VocabularyKinds(), ", "))
	}
	v.srcs = append(v.srcs, s)
	return nil
}

type actorsFlag struct{ v *vocabFlags }

func (a actorsFlag) String() string     { return "" }
func (a actorsFlag) Set(s string) error { return a.v.Set("actors=" + s) }

// load reads the vocabulary files the flags name.
func (v *vocabFlags) load() ([]extract.Source, error) {
	var out []extract.Source
	for _, s := range v.srcs {
		kind, file, _ := strings.Cut(s, "=")
		b, err := os.ReadFile(file)
		if err != nil {
			return nil, fmt.Errorf("read vocabulary: %w", err)
		}
		out = append(out, extract.Source{Kind: kind, Origin: file, Data: b})
	}
	return out, nil
}

type runCmd struct{ *env }

func (*runCmd) Name() string     { return "run" }
func (*runCmd) Synopsis() string { return "process PDFs and text files into JSON Lines records" }

func (c *runCmd) Run(ctx context.Context, args []string) error {
	fs := newFlags(c.env, "run", c.Synopsis()+".\nWith no INPUT, the bundled sample corpus ("+sampleCorpus+") is processed.", "[INPUT...]")
	out := fs.String("out", "out", "output `folder`")
	workers := fs.Int("workers", runtime.NumCPU(), "documents processed at once")
	timeout := fs.Duration("timeout", 2*time.Minute, "give up on one document after this long (0: never)")
	quiet := fs.Bool("q", false, "no progress output")
	pdfDeadline := fs.Duration("pdf-timeout", time.Minute, "stop reading one PDF after this long")
	pdfMem := fs.Int("pdf-mem", 1024, "stop reading one PDF when its reader passes this many `MiB` of memory")
	inProcess := fs.Bool("pdf-in-process", false, "read PDFs in this process, not in worker processes (faster to start; a hostile file can then stop the run)")
	var vf vocabFlags
	fs.Var(&vf, "vocab", "extend a vocabulary: `KIND=FILE` (kinds: "+strings.Join(extract.VocabularyKinds(), ", ")+"); repeatable")
	fs.Var(actorsFlag{&vf}, "actors", "extend the actor vocabulary with `FILE` (same as -vocab actors=FILE)")
	inputs, err := parse(fs, args)
	if err != nil {
		return err
	}
	if *workers < 1 {
		return usageError{"-workers must be at least 1"}
	}
	if len(inputs) == 0 {
		if _, err := os.Stat(sampleCorpus); err != nil {
			return usageError{fmt.Sprintf("no INPUT given and no sample corpus at %s (run from the repository root, or name inputs)", sampleCorpus)}
		}
		inputs = []string{sampleCorpus}
	}
	found, err := corpus.Find(inputs, c.stdin)
	if err != nil {
		return err
	}
	srcs, err := vf.load()
	if err != nil {
		return err
	}
	cfg, err := pipeline.NewConfig(srcs...)
	if err != nil {
		return err
	}
	if !*inProcess {
		pool, err := pipeline.NewPDFPool(*workers, *pdfDeadline, int64(*pdfMem)<<20)
		if err != nil {
			return err
		}
		defer pool.Close()
		cfg.PDF = pool
	}
	log := slog.New(slog.NewTextHandler(c.stderr, nil))
	var prog pipeline.Progress
	if !*quiet {
		if f, ok := c.stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
			prog = pipeline.NewBar(c.stderr)
		} else {
			prog = pipeline.NewLogProgress(log, 5*time.Second)
		}
	}
	w, err := output.Create(*out)
	if err != nil {
		return err
	}
	sum, err := cfg.Run(ctx, found, w, pipeline.Options{Workers: *workers, Timeout: *timeout, Progress: prog})
	if err != nil && err != pipeline.ErrInterrupted {
		w.Abort()
		return err
	}
	if cerr := w.Commit(); cerr != nil {
		return cerr
	}
	if err != nil {
		return err
	}
	if !*quiet {
		log.Info("wrote output", "folder", *out, "documents", sum.Docs, "failed", sum.Failed, "pages", sum.Pages, "sentences", sum.Sentences)
	}
	if sum.Failed > 0 {
		return partialError{failed: sum.Failed}
	}
	return nil
}

type textCmd struct{ *env }

func (*textCmd) Name() string     { return "text" }
func (*textCmd) Synopsis() string { return "print the clean text of one input" }

func (c *textCmd) Run(ctx context.Context, args []string) error {
	fs := newFlags(c.env, "text", c.Synopsis()+": one line per paragraph, heading or list item.", "FILE")
	outline := fs.Bool("outline", false, "prefix every line with its zone, role and section")
	files, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(files) != 1 {
		return usageError{"text takes exactly one FILE"}
	}
	in := corpus.Input{Path: files[0], Format: corpus.FormatOf(files[0])}
	if in.Format == "" {
		in.Format = corpus.Text
	}
	data, err := os.ReadFile(in.Path)
	if err != nil {
		return err
	}
	p, err := pipeline.Parse(in, data)
	if err != nil {
		return fmt.Errorf("%s: %w", in.Path, err)
	}
	for _, pp := range p.Problems {
		fmt.Fprintf(c.stderr, "stratex: %s: page %d skipped: %s\n", in.Path, pp.Page, pp.Error)
	}
	if !*outline {
		_, err = fmt.Fprintln(c.stdout, p.Text.Text)
		return err
	}
	v, err := extract.DefaultVocabulary()
	if err != nil {
		return err
	}
	st := v.Structure(p.Text)
	roles := map[extract.LineRole]string{extract.RoleParagraph: "para", extract.RoleHeading: "HEAD", extract.RoleLabelled: "LABEL",
		extract.RoleListItem: "item", extract.RoleHeader: "hdr"}
	for i, ln := range p.Text.Lines {
		info := st.Lines[i]
		if _, err := fmt.Fprintf(c.stdout, "%-10s %-5s p%-3d [%s] %s\n", info.Zone, roles[info.Role], ln.Page, info.Section, p.Text.Text[ln.Start:ln.End]); err != nil {
			return err
		}
	}
	return nil
}

type schemaCmd struct{ *env }

func (*schemaCmd) Name() string { return "schema" }
func (*schemaCmd) Synopsis() string {
	return "print the JSON Schema (draft 2020-12) of each record kind"
}

func (c *schemaCmd) Run(ctx context.Context, args []string) error {
	fs := newFlags(c.env, "schema", c.Synopsis()+": an object keyed by output file name, or the schema of one KIND.", "[KIND]")
	kinds, err := parse(fs, args)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(c.stdout)
	enc.SetIndent("", "  ")
	if len(kinds) == 1 {
		for _, k := range models.Kinds {
			if string(k) == kinds[0] || k.File() == kinds[0] {
				return enc.Encode(models.Schema(k))
			}
		}
		return usageError{fmt.Sprintf("unknown record kind %q", kinds[0])}
	}
	if len(kinds) > 1 {
		return usageError{"schema takes at most one KIND"}
	}
	all := map[string]any{}
	for _, k := range models.Kinds {
		all[k.File()] = models.Schema(k)
	}
	return enc.Encode(all)
}

type versionCmd struct{ *env }

func (*versionCmd) Name() string     { return "version" }
func (*versionCmd) Synopsis() string { return "print the version" }

func (c *versionCmd) Run(ctx context.Context, args []string) error {
	fs := newFlags(c.env, "version", c.Synopsis()+".", "")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	_, err := fmt.Fprintf(c.stdout, "stratex %s (output schema %d, %s %s/%s)\n", version, models.SchemaVersion, runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return err
}
