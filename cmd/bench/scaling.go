package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/stratex/stratex/cmd/internal/gentext"
	"github.com/stratex/stratex/corpus"
	"github.com/stratex/stratex/extract"
	"github.com/stratex/stratex/models"
	"github.com/stratex/stratex/pipeline"
)

// scaling times every text stage, and stratex run, on unpunctuated texts
// of the given lengths in tokens, and stratex run -timeout 1s on the one
// nearest 24k tokens.
func scaling(bin string, lengths []int) {
	cfg, err := pipeline.NewConfig()
	if err != nil {
		fatal("%v", err)
	}
	dir, err := os.MkdirTemp("", "stratex-scaling-")
	if err != nil {
		fatal("%v", err)
	}
	defer os.RemoveAll(dir)
	stages := []string{extract.StageStructure, extract.StageSentences, extract.StageHeader, extract.StageEntities,
		extract.StageMoney, extract.StageTimex, extract.StageEvents, extract.StageMentions}
	fmt.Println("unpunctuated text (cmd/internal/gentext, seed 1): each stage's time in process, and stratex run's wall time")
	fmt.Printf("\n| tokens | %s | all stages | stratex run |\n|---|", strings.Join(stages, " | "))
	fmt.Println(strings.Repeat("---|", len(stages)+2))
	type row struct {
		n          int
		all, wall  time.Duration
		path, text string
	}
	var rows []row
	for _, n := range lengths {
		txt := gentext.Unpunctuated(n, 1)
		path := filepath.Join(dir, fmt.Sprintf("unpunctuated-%d.txt", n))
		if err := os.WriteFile(path, []byte(txt), 0o644); err != nil {
			fatal("%v", err)
		}
		p, err := pipeline.Parse(corpus.Input{Path: path, Format: corpus.Text}, []byte(txt))
		if err != nil {
			fatal("%v", err)
		}
		f := &extract.Findings{}
		t0 := time.Now()
		if err := cfg.Vocab.Run(context.Background(), cfg.Tagger, p.Text, f); err != nil {
			fatal("%d tokens: %v", n, err)
		}
		all := time.Since(t0)
		fmt.Printf("| %d |", n)
		for _, s := range stages {
			fmt.Printf(" %.2f s |", f.Took[s].Seconds())
		}
		wall := runWall(bin, path, filepath.Join(dir, "out"))
		fmt.Printf(" %.2f s | %.2f s |\n", all.Seconds(), wall.Seconds())
		rows = append(rows, row{n, all, wall, path, txt})
	}
	for i := 1; i < len(rows); i++ {
		a, b := rows[i-1], rows[i]
		fmt.Printf("\n%dk/%dk tokens (x%.0f): all stages x%.2f, stratex run x%.2f", b.n/1000, a.n/1000, float64(b.n)/float64(a.n),
			b.all.Seconds()/a.all.Seconds(), b.wall.Seconds()/a.wall.Seconds())
	}
	fmt.Print("\n\n")
	// -timeout 1s on the text nearest 24k tokens, and on the longest
	near := rows[0]
	for _, r := range rows {
		if abs(r.n-24000) < abs(near.n-24000) {
			near = r
		}
	}
	for _, r := range []row{near, rows[len(rows)-1]} {
		out := filepath.Join(dir, "out-timeout")
		os.RemoveAll(out)
		t0 := time.Now()
		err := exec.Command(bin, "run", "-q", "-timeout", "1s", "-out", out, r.path).Run()
		took := time.Since(t0)
		rec := "no error record: the document finished within the timeout"
		if b, _ := os.ReadFile(filepath.Join(out, "errors.jsonl")); len(b) > 0 {
			var e models.Error
			json.Unmarshal([]byte(strings.SplitN(string(b), "\n", 2)[0]), &e)
			id, _ := corpus.ID([]byte(r.text))
			rec = fmt.Sprintf("error record: stage %s, doc %s, the document's id: %v", e.Stage, e.Doc, e.Doc == id)
		}
		status := "exit 0"
		if err != nil {
			status = err.Error()
		}
		fmt.Printf("stratex run -timeout 1s on %d tokens: returned after %.2f s (%s); %s\n", r.n, took.Seconds(), status, rec)
		if r.n == rows[len(rows)-1].n {
			break
		}
	}
}

// runWall is the wall time of stratex run on one file.
func runWall(bin, path, out string) time.Duration {
	os.RemoveAll(out)
	t0 := time.Now()
	if err := exec.Command(bin, "run", "-q", "-out", out, path).Run(); err != nil {
		fatal("%s run %s: %v", bin, path, err)
	}
	return time.Since(t0)
}

func abs(x int) int { return max(x, -x) }
