package pipeline

import (
	"context"
	"fmt"
	"strings"

	"github.com/stratex/stratex/corpus"
	"github.com/stratex/stratex/models"
	"github.com/stratex/stratex/output"
)

// ShardRun is a run of some shards of a store's manifest that knows, from
// their completion markers and journals, which of their documents are done
// already. It takes a shard's lock when it starts writing the shard.
//
// A manifest lists every input path, but inputs with identical bytes are
// one document: the first of them in manifest order is processed, and its
// document record lists every path in Sources; the others give no records.
type ShardRun struct {
	c        *Config
	st       *output.Store
	todo     []*shardTodo
	inputs   []corpus.Input // the documents left to process, in order
	shards   int            // shards asked for
	docs     int            // documents of the shards asked for
	finished int            // of them, documents done before this run
}

// shardTodo is a shard not done and its documents left.
type shardTodo struct {
	shard   int
	j       *output.Journal // open from the shard's first write to its commit
	done    int             // documents in its journal when the run was opened
	left    int             // documents to write before the shard is committed
	sums    []string        // manifest SHA-256 of each document left
	sources [][]string      // every path of each document left
}

// OpenShards opens the given shards of st for running: the shards done are
// skipped, and of the others the documents their journals hold.
func (c *Config) OpenShards(st *output.Store, shards []int) (*ShardRun, error) {
	m := st.Manifest
	firsts := m.Firsts()
	paths := make([][]string, len(m.Entries)) // of each first entry, every path of its content
	for i, f := range firsts {
		paths[f] = append(paths[f], m.Entries[i].Path)
	}
	r := &ShardRun{c: c, st: st, shards: len(shards)}
	for _, i := range shards {
		if i < 0 || i >= m.Shards {
			return nil, fmt.Errorf("shard %d out of range (manifest has %d)", i, m.Shards)
		}
		var docs []corpus.Entry
		var sources [][]string
		for k, e := range m.Entries {
			if e.Shard != i {
				continue
			}
			if firsts[k] != k {
				continue // a copy of an earlier document
			}
			sources = append(sources, paths[k])
			docs = append(docs, e)
		}
		r.docs += len(docs)
		if st.Done(i) {
			r.finished += len(docs)
			continue
		}
		done := min(st.Finished(i), len(docs))
		r.finished += done
		t := &shardTodo{shard: i, done: done, left: len(docs) - done, sources: sources[done:]}
		for _, e := range docs[done:] {
			r.inputs = append(r.inputs, e.Input)
			t.sums = append(t.sums, e.SHA256)
		}
		r.todo = append(r.todo, t)
	}
	return r, nil
}

// Finished says how many documents of the shards asked for were done
// before this run, of how many.
func (r *ShardRun) Finished() (done, total int) { return r.finished, r.docs }

// Run processes the documents left in one stream: each shard is committed
// (its journal folded into its part files, its completion marker written)
// as soon as its last document is written, and every document is in its
// shard's journal as soon as it is written, so an interrupted or killed
// run loses at most the documents in flight, and running it again redoes
// exactly the rest.
func (r *ShardRun) Run(ctx context.Context, opt Options) (Summary, error) {
	sink := &shardSink{st: r.st, todo: r.todo}
	// shards with nothing left (an empty shard, or a journal that holds
	// them all) are committed at once
	if err := sink.commitFinished(); err != nil {
		return Summary{}, err
	}
	return r.c.Run(ctx, r.inputs, sink, opt)
}

// Close releases the shards that were not committed, leaving their
// journals for a later run.
func (r *ShardRun) Close() {
	for _, t := range r.todo {
		if t.j != nil {
			t.j.Close()
			t.j = nil
		}
	}
}

// RunShards opens the given shards of st, runs them, and closes them.
func (c *Config) RunShards(ctx context.Context, st *output.Store, shards []int, opt Options) (Summary, error) {
	r, err := c.OpenShards(st, shards)
	if err != nil {
		return Summary{}, err
	}
	defer r.Close()
	return r.Run(ctx, opt)
}

// shardSink writes results, which arrive in input order, to the journal of
// the shard they belong to.
type shardSink struct {
	st   *output.Store
	todo []*shardTodo
	cur  int // index into todo
	pos  int // results of the current shard written
}

// commitFinished commits the shards, from the current one on, that have no
// document left to write.
func (s *shardSink) commitFinished() error {
	for s.cur < len(s.todo) && s.todo[s.cur].left == 0 {
		t := s.todo[s.cur]
		if err := s.open(t); err != nil {
			return err
		}
		err := t.j.Commit()
		t.j = nil
		if err != nil {
			return err
		}
		s.cur++
		s.pos = 0
	}
	return nil
}

// open takes shard t's lock and opens its journal, which must still hold
// what it held when the run was opened.
func (s *shardSink) open(t *shardTodo) error {
	if t.j != nil {
		return nil
	}
	j, err := s.st.OpenJournal(t.shard)
	if err != nil {
		return err
	}
	if j.Done() != t.done {
		j.Close()
		return fmt.Errorf("shard %d of %s changed since this run started (%d documents done, then %d): is another process running it?", t.shard, s.st.Out, t.done, j.Done())
	}
	t.j = j
	return nil
}

func (s *shardSink) Write(r *models.Result) error {
	if s.cur >= len(s.todo) {
		return fmt.Errorf("more results than the shards hold")
	}
	t := s.todo[s.cur]
	if err := s.open(t); err != nil {
		return err
	}
	sum, sources := t.sums[s.pos], t.sources[s.pos]
	if d := r.Document; d != nil && sum != "" && d.SHA256 != sum {
		// in place: Run counts and reports the result it handed over
		*r = *failure(d.Doc, d.Source, StageRead, fmt.Errorf("file changed since the manifest was planned (sha256 %s, manifest %s)", d.SHA256, sum))
	}
	if d := r.Document; d != nil {
		d.Sources = sources
	} else if len(sources) > 1 {
		for i := range r.Errors {
			r.Errors[i].Error += " (the same bytes as " + strings.Join(sources[1:], ", ") + ")"
		}
	}
	if err := t.j.Append(r); err != nil {
		return err
	}
	s.pos++
	t.left--
	return s.commitFinished()
}
