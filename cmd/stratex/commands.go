package main

import (
	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	iofs "io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/term"

	"github.com/stratex/stratex/corpus"
	"github.com/stratex/stratex/extract"
	"github.com/stratex/stratex/extract/text"
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
	if !slices.Contains(extract.Kinds(), kind) {
		return fmt.Errorf("unknown vocabulary kind %q (want one of %s)", kind, strings.Join(extract.Kinds(), ", "))
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
	fs := newFlags(c.env, "run", c.Synopsis()+".\nWith no INPUT, the bundled sample corpus ("+sampleCorpus+") is processed.\n"+
		"The inputs are planned into shards of -chunk documents under OUT/shards; each shard is committed as it\n"+
		"finishes, so a run that is interrupted or killed resumes where it stopped when started again.\n"+
		"With -manifest (from stratex plan) it runs one shard of it: -shard i/N, or the index Slurm\n"+
		"(SLURM_ARRAY_TASK_ID) or Kubernetes (JOB_COMPLETION_INDEX) gives; stratex merge joins the shards.", "[INPUT...]")
	out := fs.String("out", "out", "output `folder`")
	workers := fs.Int("workers", runtime.NumCPU(), "documents processed at once")
	timeout := fs.Duration("timeout", 2*time.Minute, "give up on one document after this long (0: never)")
	quiet := fs.Bool("q", false, "no progress output")
	every := fs.Duration("progress-every", 5*time.Second, "when standard error is not a terminal, log a progress line at most this often")
	pdfDeadline := fs.Duration("pdf-timeout", time.Minute, "stop reading one PDF after this long")
	pdfMem := fs.Int("pdf-mem", 1024, "stop reading one PDF when its reader passes this many `MiB` of memory")
	inProcess := fs.Bool("pdf-in-process", false, "read PDFs in this process, not in worker processes (faster to start; a hostile file can then stop the run)")
	manifest := fs.String("manifest", "", "run a shard of this manifest `FILE` (from stratex plan) instead of INPUTs")
	shardFlag := fs.String("shard", "", "the shard to run, `i/N` (0-based); default from SLURM_ARRAY_TASK_ID or JOB_COMPLETION_INDEX, else all")
	chunk := fs.Int("chunk", 64, "documents per shard when INPUTs are given")
	memBudget := fs.Int("mem-budget", 0, "bytes of documents in flight at once, in `MiB` (0: 64 per worker)")
	docDates := fs.String("doc-dates", "", "documents' own dates: a TSV `FILE` of path (as given, or base name) <TAB> YYYY-MM-DD; news anchors \"today\", \"Friday\", \"last year\" to it")
	docKind := fs.String("doc-kind", "auto", "how relative dates and undated events are anchored: news (to the document's date), narrative or scholarly (to the dates the text sets), or auto (decided per document)")
	window := fs.Int("window", extract.DefaultWindow>>10, "the text stages take a long document this many `KiB` of paragraphs at a time (bounds its memory; the records are the same whatever it is)")
	var vf vocabFlags
	fs.Var(&vf, "vocab", "extend a vocabulary: `KIND=FILE` (kinds: "+strings.Join(extract.Kinds(), ", ")+"); repeatable")
	fs.Var(actorsFlag{&vf}, "actors", "extend the actor vocabulary with `FILE` (same as -vocab actors=FILE)")
	inputs, err := parse(fs, args)
	if err != nil {
		return err
	}
	if *workers < 1 || *chunk < 1 || *window < 1 {
		return usageError{fmt.Sprintf("-workers, -chunk and -window must be at least 1 (got -workers %d, -chunk %d, -window %d)", *workers, *chunk, *window)}
	}
	if *every <= 0 {
		return usageError{fmt.Sprintf("-progress-every must be positive (got %s)", *every)}
	}
	kind, err := docKindFlag(*docKind)
	if err != nil {
		return err
	}
	if *pdfDeadline <= 0 || *pdfMem <= 0 || *timeout < 0 || *memBudget < 0 {
		return usageError{fmt.Sprintf("-pdf-timeout and -pdf-mem must be positive, -timeout and -mem-budget not negative (got -pdf-timeout %s, -pdf-mem %d, -timeout %s, -mem-budget %d)", *pdfDeadline, *pdfMem, *timeout, *memBudget)}
	}
	log := slog.New(slog.NewTextHandler(c.stderr, nil))
	var m *corpus.Manifest
	local := *manifest == ""
	if local {
		if *shardFlag != "" {
			return usageError{"-shard needs -manifest"}
		}
		if len(inputs) == 0 {
			if _, err := os.Stat(sampleCorpus); err != nil {
				return usageError{fmt.Sprintf("no INPUT given and no sample corpus at %s (run from the repository root, or name inputs)", sampleCorpus)}
			}
			inputs = []string{sampleCorpus}
		}
		found, err := findInputs(inputs, c.stdin)
		if err != nil {
			return err
		}
		if err := applyDates(*docDates, found, c.stderr, *quiet); err != nil {
			return err
		}
		if m, err = corpus.Plan(ctx, found, max(1, (len(found)+*chunk-1) / *chunk), *workers); err != nil {
			return err
		}
	} else {
		if len(inputs) > 0 {
			return usageError{"give either -manifest or INPUTs, not both"}
		}
		if *docDates != "" {
			return usageError{"-doc-dates goes with INPUTs; a manifest carries its dates (stratex plan -doc-dates FILE)"}
		}
		f, err := os.Open(*manifest)
		if err != nil {
			return err
		}
		m, err = corpus.ReadManifest(f, *manifest)
		f.Close()
		if err != nil {
			return err
		}
	}
	// a local run runs every shard, whatever array task it runs in
	shards, err := chooseShards(*shardFlag, m.Shards, !local)
	if err != nil {
		return err
	}
	// A folder with the final files of a finished run and no run state:
	// an interrupted rerun keeps those files rather than replace them with
	// the few documents it finished.
	_, noState := os.Stat(filepath.Join(output.ShardDir(*out), "manifest.tsv"))
	_, noFinal := os.Stat(filepath.Join(*out, models.KindDocument.File()))
	keepFinal := local && noState != nil && noFinal == nil
	st, err := output.OpenStore(*out, m)
	if err != nil {
		return err
	}
	if local {
		unlock, err := st.LockRun()
		if err != nil {
			return err
		}
		defer unlock()
	}
	srcs, err := vf.load()
	if err != nil {
		return err
	}
	if err := st.CheckOptions(runOptions(kind, srcs)); err != nil {
		return err
	}
	cfg, err := pipeline.NewConfig(srcs...)
	if err != nil {
		return err
	}
	cfg.DocKind = kind
	cfg.Window = *window << 10
	if !*inProcess {
		pool, err := pipeline.NewPDFPool(*workers, *pdfDeadline, int64(*pdfMem)<<20)
		if err != nil {
			return err
		}
		defer pool.Close()
		cfg.PDF = pool
	}
	var prog pipeline.Progress
	if !*quiet {
		if f, ok := c.stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
			prog = pipeline.NewBar(c.stderr)
		} else {
			prog = pipeline.NewLogProgress(log, *every)
		}
	}
	opt := pipeline.Options{Workers: *workers, Timeout: *timeout, Progress: prog, MemBudget: int64(*memBudget) << 20}
	sr, err := cfg.OpenShards(st, shards)
	if err != nil {
		return err
	}
	if done, total := sr.Finished(); done > 0 && !*quiet {
		log.Info("resuming: documents done already", "done", done, "of", total, "folder", *out)
	}
	_, err = sr.Run(ctx, opt)
	sr.Close()
	if err != nil {
		if !errors.Is(err, pipeline.ErrInterrupted) {
			return err
		}
		switch {
		case !local:
			return interrupted("the shard's finished documents are kept in its journal")
		case keepFinal:
			return interrupted("the output files of the earlier run are kept as they were")
		}
		// the documents done so far become complete output files now;
		// the state stays for the run that resumes
		if merr := st.MergeDone(); merr != nil {
			return merr
		}
		return interrupted("the output files hold the documents finished so far")
	}
	var docs, failed, pages, sents int
	for _, s := range st.Summaries() {
		if slices.Contains(shards, s.Shard) {
			docs, failed, pages, sents = docs+s.Documents, failed+s.Failed, pages+s.Pages, sents+s.Sentences
		}
	}
	// A local run, or a manifest run over every shard, ends merged; a
	// shard of an array leaves the merge to stratex merge.
	_, missing := st.Status()
	if local || len(missing) == 0 && len(shards) == m.Shards {
		if err := st.Merge(); err != nil {
			return err
		}
		if local {
			if err := output.RemoveShards(*out); err != nil {
				return err
			}
		}
	}
	if !*quiet {
		self, kids := pipeline.PeakRSS(), int64(0)
		if cfg.PDF != nil {
			kids = cfg.PDF.PeakRSS()
		}
		log.Info("wrote output", "folder", *out, "shards", len(shards), "documents", docs, "failed", failed, "pages", pages, "sentences", sents,
			"peak_rss_mb", self>>20, "pdf_worker_peak_rss_mb", kids>>20)
	}
	if failed > 0 {
		return partialError{failed: failed}
	}
	return nil
}

// runOptions says what a run's records depend on besides its inputs: the
// version, a forced document kind, and each user vocabulary file by kind,
// name and SHA-256.
func runOptions(kind string, srcs []extract.Source) string {
	var b strings.Builder
	fmt.Fprintf(&b, "version=%s\ndoc-kind=%s\n", version, cmp.Or(kind, "auto"))
	for _, s := range srcs {
		fmt.Fprintf(&b, "vocab=%s:%s:%x\n", s.Kind, filepath.Base(s.Origin), sha256.Sum256(s.Data))
	}
	return b.String()
}

// docKindFlag checks -doc-kind and gives the kind to force, "" for auto.
func docKindFlag(s string) (string, error) {
	switch s {
	case "auto":
		return "", nil
	case models.DocNews, models.DocNarrative, models.DocScholarly:
		return s, nil
	}
	return "", usageError{fmt.Sprintf("-doc-kind wants news, narrative, scholarly or auto, got %q", s)}
}

// applyDates reads a -doc-dates file and gives the inputs their dates; it
// says on stderr how many inputs got one (not with quiet).
func applyDates(file string, inputs []corpus.Input, stderr io.Writer, quiet bool) error {
	if file == "" {
		return nil
	}
	f, err := os.Open(file)
	if err != nil {
		return fmt.Errorf("read -doc-dates: %w", err)
	}
	defer f.Close()
	d, err := corpus.ReadDates(f, file)
	if err != nil {
		return err
	}
	n := d.Apply(inputs)
	if !quiet {
		fmt.Fprintf(stderr, "stratex: -doc-dates %s: a date for %d of %d documents\n", file, n, len(inputs))
	}
	return nil
}

// findInputs expands the INPUT operands; finding nothing to read is a
// usage error, not an empty run.
func findInputs(args []string, stdin io.Reader) ([]corpus.Input, error) {
	found, err := corpus.Find(args, stdin)
	if err != nil || len(found) > 0 {
		return found, err
	}
	where := make([]string, len(args))
	for i, a := range args {
		where[i] = a
		if a == "-" {
			where[i] = "the paths on stdin"
		}
	}
	return nil, usageError{fmt.Sprintf("no input documents found in %s (looked for .pdf, .txt, .md)", strings.Join(where, ", "))}
}

// chooseShards reads -shard i/N, else the array index the scheduler sets;
// with neither, every shard.
func chooseShards(flag string, n int, array bool) ([]int, error) {
	idx, count := -1, 0
	switch {
	case flag != "":
		a, b, ok := strings.Cut(flag, "/")
		i, err1 := strconv.Atoi(a)
		c, err2 := strconv.Atoi(b)
		if !ok || err1 != nil || err2 != nil {
			return nil, usageError{fmt.Sprintf("-shard wants i/N, got %q", flag)}
		}
		idx, count = i, c
	case array && os.Getenv("SLURM_ARRAY_TASK_ID") != "":
		i, err := strconv.Atoi(os.Getenv("SLURM_ARRAY_TASK_ID"))
		if err != nil {
			return nil, fmt.Errorf("SLURM_ARRAY_TASK_ID=%q: %w", os.Getenv("SLURM_ARRAY_TASK_ID"), err)
		}
		idx, count = i, n
		// a resubmitted array may hold some tasks only (--array=1,3):
		// its highest id, not its count, must lie inside the manifest
		if c := os.Getenv("SLURM_ARRAY_TASK_MAX"); c != "" {
			hi, err := strconv.Atoi(c)
			if err != nil {
				return nil, fmt.Errorf("SLURM_ARRAY_TASK_MAX=%q: %w", c, err)
			}
			if hi >= n {
				return nil, usageError{fmt.Sprintf("the array reaches task %d but the manifest has %d shards (0-%d)", hi, n, n-1)}
			}
		}
	case array && os.Getenv("JOB_COMPLETION_INDEX") != "":
		i, err := strconv.Atoi(os.Getenv("JOB_COMPLETION_INDEX"))
		if err != nil {
			return nil, fmt.Errorf("JOB_COMPLETION_INDEX=%q: %w", os.Getenv("JOB_COMPLETION_INDEX"), err)
		}
		idx, count = i, n
	default:
		all := make([]int, n)
		for i := range all {
			all[i] = i
		}
		return all, nil
	}
	if count != n {
		return nil, usageError{fmt.Sprintf("the manifest has %d shards, not %d", n, count)}
	}
	if idx < 0 || idx >= n {
		return nil, usageError{fmt.Sprintf("shard %d out of range 0-%d", idx, n-1)}
	}
	return []int{idx}, nil
}

type planCmd struct{ *env }

func (*planCmd) Name() string     { return "plan" }
func (*planCmd) Synopsis() string { return "write a sorted, sharded manifest of the inputs to stdout" }

func (c *planCmd) Run(ctx context.Context, args []string) error {
	fs := newFlags(c.env, "plan", c.Synopsis()+" (path, size, sha256, shard, and date with -doc-dates),\nfor stratex run -manifest on a cluster: sbatch --array=0-(N-1).", "INPUT...")
	shards := fs.Int("shards", 1, "number of shards, of about equal bytes")
	docDates := fs.String("doc-dates", "", "documents' own dates, written to the manifest's date column: a TSV `FILE` of path (as given, or base name) <TAB> YYYY-MM-DD")
	inputs, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(inputs) == 0 || *shards < 1 {
		return usageError{"plan needs INPUTs and -shards of at least 1"}
	}
	found, err := findInputs(inputs, c.stdin)
	if err != nil {
		return err
	}
	if err := applyDates(*docDates, found, c.stderr, false); err != nil {
		return err
	}
	m, err := corpus.Plan(ctx, found, *shards, runtime.NumCPU())
	if err != nil {
		return err
	}
	if m.Shards < *shards {
		fmt.Fprintf(c.stderr, "stratex: %d inputs: %d shards, not %d\n", len(found), m.Shards, *shards)
	}
	return m.Write(c.stdout)
}

type mergeCmd struct{ *env }

func (*mergeCmd) Name() string     { return "merge" }
func (*mergeCmd) Synopsis() string { return "join the shards of a run into its output files" }

func (c *mergeCmd) Run(ctx context.Context, args []string) error {
	fs := newFlags(c.env, "merge", c.Synopsis()+", in manifest order; fails while a shard is not done.", "DIR")
	dirs, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(dirs) != 1 {
		return usageError{"merge takes one DIR"}
	}
	st, err := output.LoadStore(dirs[0])
	if err != nil {
		return err
	}
	return st.Merge()
}

type statusCmd struct{ *env }

func (*statusCmd) Name() string { return "status" }
func (*statusCmd) Synopsis() string {
	return "say whether a run is complete, and what is missing if not"
}

func (c *statusCmd) Run(ctx context.Context, args []string) error {
	fs := newFlags(c.env, "status", c.Synopsis()+".\nIt prints the counts, then, if any shard is missing, the --array= line to resubmit it with.\n"+
		"Exit status 0 when the run is complete (every shard done and merged), 1 otherwise.", "DIR")
	dirs, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(dirs) != 1 {
		return usageError{"status takes one DIR"}
	}
	dir := dirs[0]
	st, err := output.LoadStore(dir)
	if errors.Is(err, iofs.ErrNotExist) {
		// a local run removes its state once its files are merged
		docs, errs, ok := finalCounts(dir)
		if !ok {
			return fmt.Errorf("no run in %s: neither run state (%s) nor the output files of a finished run", dir, output.ShardDir(dir))
		}
		fmt.Fprintf(c.stdout, "complete: %d documents, %d error records (a local run: its state was removed when it finished)\n", docs, errs)
		return nil
	}
	if err != nil {
		return err
	}
	m := st.Manifest
	done, missing := st.Status()
	total, finished := 0, 0
	firsts := m.Firsts()
	for i, f := range firsts {
		if f == i {
			total++
		}
	}
	failed := 0
	for _, s := range st.Summaries() {
		failed += s.Failed
	}
	for i := 0; i < m.Shards; i++ {
		finished += st.Finished(i)
	}
	fmt.Fprintf(c.stdout, "shards %d  done %d  missing %d  documents %d of %d done  failed documents %d\n", m.Shards, len(done), len(missing), finished, total, failed)
	switch {
	case len(missing) > 0:
		fmt.Fprintf(c.stdout, "--array=%s\n", output.ArrayList(missing))
		return fmt.Errorf("run in %s is not complete: %d of %d shards not done (%d documents left); run it again, or resubmit the --array line", dir, len(missing), m.Shards, total-finished)
	case !st.Merged():
		return fmt.Errorf("run in %s is not merged: every shard is done; run stratex merge %s", dir, dir)
	}
	fmt.Fprintf(c.stdout, "complete\n")
	return nil
}

// finalCounts counts the document and error records of a finished run's
// files; false when any output file is missing.
func finalCounts(dir string) (docs, errs int, ok bool) {
	for _, k := range models.Kinds {
		if _, err := os.Stat(filepath.Join(dir, k.File())); err != nil {
			return 0, 0, false
		}
	}
	lines := func(k models.Kind) int {
		b, _ := os.ReadFile(filepath.Join(dir, k.File()))
		return bytes.Count(b, []byte("\n"))
	}
	return lines(models.KindDocument), lines(models.KindError), true
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
	if p.NoText != "" {
		// a PDF with no text fails as a document does in a run (exit 3)
		return partialError{failed: 1, msg: in.Path + ": " + p.NoText}
	}
	if !*outline {
		_, err = fmt.Fprintln(c.stdout, p.Text.Text)
		return err
	}
	v, err := extract.DefaultVocabulary()
	if err != nil {
		return err
	}
	st, err := v.Text.Structure(ctx, p.Text)
	if err != nil {
		return err
	}
	roles := map[text.LineRole]string{text.RoleParagraph: "para", text.RoleHeading: "HEAD", text.RoleLabelled: "LABEL",
		text.RoleListItem: "item", text.RoleHeader: "hdr"}
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
