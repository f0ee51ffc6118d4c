package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/stratex/stratex/cmd/internal/eval"
	"github.com/stratex/stratex/corpus"
	"github.com/stratex/stratex/extract"
	"github.com/stratex/stratex/pipeline"
)

type evalCmd struct{ *env }

func (*evalCmd) Name() string { return "eval" }
func (*evalCmd) Synopsis() string {
	return "score a stage on a development set: eval dates|money|events FILE, or eval docs DIR"
}

func (c *evalCmd) Run(ctx context.Context, args []string) error {
	fs := newFlags(c.env, "eval", c.Synopsis()+".\nFILE is in the format of ../shared/eval/dates-dev.jsonl or money-dev.jsonl or events-dev.jsonl.\nPrints precision, recall and F1 by case kind; -v lists every case missed.\n"+
		"docs DIR runs the documents of DIR (NAME.txt and gold.jsonl, the format of ../shared/eval/docs-dev) as\nstratex run would and scores their dates and money as ../shared/tools/score_docs.py does;\n-v lists each document's misses and extras.", "dates|money|events FILE | docs DIR")
	verbose := fs.Bool("v", false, "list the cases the stage got wrong")
	docDates := fs.String("doc-dates", "", "with docs: the documents' own dates, a TSV `FILE` of path or base name <TAB> YYYY-MM-DD (a set's dates.tsv)")
	docKind := fs.String("doc-kind", "auto", "with docs: news, narrative, scholarly or auto, as stratex run -doc-kind")
	ops, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(ops) != 2 {
		return usageError{"eval takes a stage (dates, money or events) and a FILE, or docs and a DIR"}
	}
	if ops[0] == "docs" {
		return c.docs(ctx, ops[1], *docDates, *docKind, *verbose)
	}
	if *docDates != "" || *docKind != "auto" {
		return usageError{"-doc-dates and -doc-kind go with eval docs"}
	}
	v, err := extract.DefaultVocabulary()
	if err != nil {
		return err
	}
	var rep *eval.Report
	switch ops[0] {
	case "money":
		rep, err = eval.Money(v, ops[1])
	case "dates":
		rep, err = eval.Dates(v, ops[1])
	case "events":
		cfg, err := pipeline.NewConfig()
		if err != nil {
			return err
		}
		er, err := eval.Events(cfg, ops[1])
		if err != nil {
			return err
		}
		return er.Write(c.stdout, *verbose)
	default:
		return usageError{fmt.Sprintf("unknown stage %q (want dates, money, events or docs)", ops[0])}
	}
	if err != nil {
		return err
	}
	return rep.Write(c.stdout, *verbose)
}

// docs scores a document set (eval docs DIR).
func (c *evalCmd) docs(ctx context.Context, dir, datesFile, docKind string, verbose bool) error {
	kind, err := docKindFlag(docKind)
	if err != nil {
		return err
	}
	opt := eval.DocsOptions{}
	if datesFile != "" {
		f, err := os.Open(datesFile)
		if err != nil {
			return fmt.Errorf("read -doc-dates: %w", err)
		}
		opt.Dates, err = corpus.ReadDates(f, datesFile)
		f.Close()
		if err != nil {
			return err
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "gold.jsonl")); err != nil {
		return usageError{fmt.Sprintf("eval docs: %s holds no gold.jsonl (want the format of ../shared/eval/docs-dev)", dir)}
	}
	cfg, err := pipeline.NewConfig()
	if err != nil {
		return err
	}
	cfg.DocKind = kind
	rep, err := eval.Docs(ctx, cfg, dir, opt)
	if err != nil {
		return err
	}
	return rep.Write(c.stdout, verbose)
}
