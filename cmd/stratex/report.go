package main

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"time"

	"github.com/stratex/stratex/output"
	"github.com/stratex/stratex/output/report"
)

type reportCmd struct{ *env }

func (*reportCmd) Name() string { return "report" }
func (*reportCmd) Synopsis() string {
	return "write one HTML page that shows a run's output: timeline, dyad network, money, documents"
}

func (c *reportCmd) Run(ctx context.Context, args []string) error {
	fs := newFlags(c.env, "report", c.Synopsis()+".\nDIR is the output folder of stratex run; the page goes to DIR/report.html. It is one\n"+
		"self-contained file (no network, opens from disk); the same DIR gives the same bytes.", "DIR")
	outFile := fs.String("o", "", "write the page to `FILE` instead of DIR/report.html")
	quiet := fs.Bool("q", false, "no log line")
	dirs, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(dirs) != 1 {
		return usageError{"report takes one DIR"}
	}
	start := time.Now()
	r, err := report.Load(dirs[0])
	if err != nil {
		return err
	}
	path := *outFile
	if path == "" {
		path = filepath.Join(dirs[0], "report.html")
	}
	name := filepath.Base(filepath.Clean(dirs[0]))
	if abs, err := filepath.Abs(dirs[0]); err == nil {
		name = filepath.Base(abs)
	}
	var buf bytes.Buffer
	if err := r.Write(&buf, name); err != nil {
		return err
	}
	if err := output.WriteFile(path, buf.Bytes()); err != nil {
		return err
	}
	if !*quiet {
		slog.New(slog.NewTextHandler(c.stderr, nil)).Info("wrote report", "file", path, "kb", (buf.Len()+1023)/1024,
			"seconds", fmt.Sprintf("%.2f", time.Since(start).Seconds()))
	}
	return nil
}
