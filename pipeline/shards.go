package pipeline

import (
	"context"
	"fmt"

	"github.com/stratex/stratex/corpus"
	"github.com/stratex/stratex/models"
	"github.com/stratex/stratex/output"
)

// RunShards processes the given shards of a store's manifest, skipping those
// already done, in one stream of documents: each shard's part files are
// committed and marked done as soon as its last document is written, so an
// interrupted or killed run loses at most the shard in progress, and running
// it again redoes exactly the shards not done.
func (c *Config) RunShards(ctx context.Context, st *output.Store, shards []int, opt Options) (Summary, error) {
	m := st.Manifest
	var todo []int
	var inputs []corpus.Input
	var sums []string
	counts := map[int]int{}
	for _, i := range shards {
		if i < 0 || i >= m.Shards {
			return Summary{}, fmt.Errorf("shard %d out of range (manifest has %d)", i, m.Shards)
		}
		if st.Done(i) {
			continue
		}
		todo = append(todo, i)
		for _, e := range m.Entries {
			if e.Shard == i {
				inputs = append(inputs, e.Input)
				sums = append(sums, e.SHA256)
				counts[i]++
			}
		}
	}
	sink := &shardSink{st: st, todo: todo, counts: counts, sums: sums}
	// shards with no documents (an empty manifest) are done at once
	if err := sink.finishEmpty(); err != nil {
		return Summary{}, err
	}
	sum, err := c.Run(ctx, inputs, sink, opt)
	if sink.w != nil {
		sink.w.Abort() // a shard left half done is redone next time
	}
	if err == nil && sink.err != nil {
		err = sink.err
	}
	return sum, err
}

// shardSink writes results, which arrive in input order, to the part files
// of the shard they belong to.
type shardSink struct {
	st     *output.Store
	todo   []int
	counts map[int]int
	sums   []string
	pos    int // results written so far
	cur    int // index into todo
	n      int // results of the current shard written
	w      *output.Writer
	sum    output.ShardSummary
	err    error
}

func (s *shardSink) finishEmpty() error {
	for s.cur < len(s.todo) && s.counts[s.todo[s.cur]] == 0 {
		i := s.todo[s.cur]
		w, err := s.st.Writer(i)
		if err != nil {
			return err
		}
		if err := s.st.Finish(i, w, output.ShardSummary{Shard: i, Shards: s.st.Manifest.Shards}); err != nil {
			return err
		}
		s.cur++
	}
	return nil
}

func (s *shardSink) Write(r *models.Result) error {
	if s.cur >= len(s.todo) {
		return fmt.Errorf("more results than the shards hold")
	}
	i := s.todo[s.cur]
	if s.w == nil {
		w, err := s.st.Writer(i)
		if err != nil {
			return err
		}
		s.w, s.n = w, 0
		s.sum = output.ShardSummary{Shard: i, Shards: s.st.Manifest.Shards}
	}
	if d := r.Document; d != nil && s.sums[s.pos] != "" && d.SHA256 != s.sums[s.pos] {
		r = failure(d.Doc, d.Source, StageRead, fmt.Errorf("file changed since the manifest was planned (sha256 %s, manifest %s)", d.SHA256, s.sums[s.pos]))
	}
	if err := s.w.Write(r); err != nil {
		return err
	}
	s.pos++
	s.n++
	s.sum.Documents++
	if r.Failed() {
		s.sum.Failed++
	}
	if r.Document != nil {
		s.sum.Pages += r.Document.Pages
		s.sum.Sentences += len(r.Sentences)
	}
	if s.n == s.counts[i] {
		w := s.w
		s.w = nil
		if err := s.st.Finish(i, w, s.sum); err != nil {
			return err
		}
		s.cur++
		if err := s.finishEmpty(); err != nil {
			return err
		}
	}
	return nil
}
