package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/stratex/stratex/cmd/internal/eval"
	"github.com/stratex/stratex/extract"
	"github.com/stratex/stratex/pipeline"
)

type evalCmd struct{ *env }

func (*evalCmd) Name() string { return "eval" }
func (*evalCmd) Synopsis() string {
	return "score a stage on a development set: eval dates|money|events FILE"
}

func (c *evalCmd) Run(ctx context.Context, args []string) error {
	fs := newFlags(c.env, "eval", c.Synopsis()+".\nFILE is in the format of ../shared/eval/dates-dev.jsonl or money-dev.jsonl or events-dev.jsonl.\nPrints precision, recall and F1 by case kind; -v lists every case missed.", "dates|money|events FILE")
	verbose := fs.Bool("v", false, "list the cases the stage got wrong")
	ops, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(ops) != 2 {
		return usageError{"eval takes a stage (dates, money or events) and a FILE"}
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
			return evalUsage(err)
		}
		return er.Write(c.stdout, *verbose)
	default:
		return usageError{fmt.Sprintf("unknown stage %q (want dates, money or events)", ops[0])}
	}
	if err != nil {
		return evalUsage(err)
	}
	return rep.Write(c.stdout, *verbose)
}

// evalUsage makes a file of the wrong kind a usage error (exit 2).
func evalUsage(err error) error {
	var ke *eval.KindError
	if errors.As(err, &ke) {
		return usageError{ke.Error()}
	}
	return err
}
