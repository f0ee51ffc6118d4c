package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stratex/stratex/models"
)

// copies makes a corpus of n distinct copies of the seed text: each starts
// with a line "Copy N" (identical copies would be one document).
func copies(t *testing.T, n int) string {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(sample, "russo-pak.txt"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for i := 1; i <= n; i++ {
		b := append([]byte(fmt.Sprintf("Copy %d\n", i)), src...)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("copy-%02d.txt", i)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// binary is the stratex binary (built by TestMain) with args.
func binary(args ...string) *exec.Cmd {
	cmd := exec.Command(stratexBin, args...)
	cmd.Env = os.Environ()
	return cmd
}

// sameOutput compares the output files of two folders byte for byte.
func sameOutput(t *testing.T, got, want string) {
	t.Helper()
	for _, k := range models.Kinds {
		a, err1 := os.ReadFile(filepath.Join(got, k.File()))
		b, err2 := os.ReadFile(filepath.Join(want, k.File()))
		if err1 != nil || err2 != nil {
			t.Errorf("%s: %v %v", k.File(), err1, err2)
			continue
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs (%d bytes, want %d)", k.File(), len(a), len(b))
		}
	}
}

// TestKilledRunResumesToIdenticalOutput kills stratex run with SIGKILL at
// several moments and runs it again: the output must be byte-identical to
// that of a run that was never killed.
func TestKilledRunResumesToIdenticalOutput(t *testing.T) {
	corpusDir := copies(t, 8)
	args := func(out string) []string {
		return []string{"run", "-q", "-workers", "2", "-chunk", "2", "-pdf-in-process", "-out", out, corpusDir}
	}
	ref := filepath.Join(t.TempDir(), "ref")
	start := time.Now()
	if out, err := binary(args(ref)...).CombinedOutput(); err != nil {
		t.Fatalf("reference run: %v: %s", err, out)
	}
	full := time.Since(start)
	midRun := 0 // trials whose kill landed before the run ended
	for _, frac := range []float64{0.15, 0.4, 0.65, 0.9} {
		out := filepath.Join(t.TempDir(), "out")
		cmd := binary(args(out)...)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// time the kill from when the run has set up its state, not from
		// its start: on a loaded machine start-up alone can outlast a
		// fraction of the reference run, and a kill before the state
		// exists tests a fresh run, not a resume
		began := time.Now()
		for time.Since(began) < 2*full+10*time.Second {
			if _, err := os.Stat(filepath.Join(out, "shards")); err == nil {
				break
			}
			time.Sleep(5 * time.Millisecond)
		}
		time.Sleep(time.Duration(frac * float64(full)))
		cmd.Process.Signal(syscall.SIGKILL)
		if cmd.Wait() != nil {
			if _, err := os.Stat(filepath.Join(out, "shards")); err == nil {
				midRun++
			}
		}
		done := 0
		if ms, _ := filepath.Glob(filepath.Join(out, "shards", "*.done")); ms != nil {
			done = len(ms)
		}
		if b, err := binary(args(out)...).CombinedOutput(); err != nil {
			t.Fatalf("killed at %.0f%% of a run: resumed run failed: %v: %s", 100*frac, err, b)
		}
		t.Logf("killed at %.0f%% of a run (%d of 4 shards done): resumed", 100*frac, done)
		sameOutput(t, out, ref)
		if _, err := os.Stat(filepath.Join(out, "shards")); err == nil {
			t.Errorf("run state left behind after the merge")
		}
	}
	if midRun < 2 {
		t.Errorf("only %d of 4 kills landed while the run was going: the test tested too little", midRun)
	}
}

// TestShardedRunEqualsLocalRun plans a manifest, runs each shard as an
// array task would (with SLURM_ARRAY_TASK_ID and with -shard), checks the
// status listing, merges, and compares with a local run; a finished shard
// run again is skipped.
func TestShardedRunEqualsLocalRun(t *testing.T) {
	corpusDir := copies(t, 6)
	work := t.TempDir()
	code, manifest, errOut := stratex(t, "", "plan", "-shards", "3", corpusDir)
	if code != 0 {
		t.Fatalf("plan: exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(manifest), "\n")
	if len(lines) != 2+6 || !strings.HasPrefix(lines[0], "# stratex manifest v1 shards=3") {
		t.Fatalf("manifest:\n%s", manifest)
	}
	mpath := filepath.Join(work, "manifest.tsv")
	os.WriteFile(mpath, []byte(manifest), 0o644)
	out := filepath.Join(work, "out")
	// shard 1 through the Slurm variables of a resubmitted --array=1 (one
	// task: its count is no shard count), shard 0 through -shard; an array
	// that reaches past the manifest's shards is a usage error
	cmd := binary("run", "-q", "-pdf-in-process", "-manifest", mpath, "-out", out)
	cmd.Env = append(cmd.Env, "SLURM_ARRAY_TASK_ID=1", "SLURM_ARRAY_TASK_COUNT=1", "SLURM_ARRAY_TASK_MIN=1", "SLURM_ARRAY_TASK_MAX=1")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("shard 1: %v: %s", err, b)
	}
	cmd = binary("run", "-q", "-pdf-in-process", "-manifest", mpath, "-out", out)
	cmd.Env = append(cmd.Env, "SLURM_ARRAY_TASK_ID=2", "SLURM_ARRAY_TASK_COUNT=6", "SLURM_ARRAY_TASK_MAX=5")
	if r := execute(t, cmd); r.code != 2 || !strings.Contains(r.stderr, "the array reaches task 5 but the manifest has 3 shards") {
		t.Fatalf("array past the manifest: exit %d: %s", r.code, r.stderr)
	}
	if code, _, errOut := stratex(t, "", "run", "-q", "-pdf-in-process", "-manifest", mpath, "-shard", "0/3", "-out", out); code != 0 {
		t.Fatalf("shard 0: exit %d: %s", code, errOut)
	}
	code, status, errOut := stratex(t, "", "status", out)
	if code != 1 || !strings.Contains(status, "shards 3  done 2  missing 1  documents 4 of 6 done") || !strings.Contains(status, "--array=2") ||
		!strings.Contains(errOut, "not complete: 1 of 3 shards not done (2 documents left)") {
		t.Fatalf("status: exit %d: %q %q", code, status, errOut)
	}
	if code, _, errOut := stratex(t, "", "merge", out); code == 0 || !strings.Contains(errOut, "not done (2)") {
		t.Fatalf("merge with a shard missing: exit %d: %s", code, errOut)
	}
	cmd = binary("run", "-q", "-pdf-in-process", "-manifest", mpath, "-out", out)
	cmd.Env = append(cmd.Env, "JOB_COMPLETION_INDEX=2")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("shard 2: %v: %s", err, b)
	}
	part := filepath.Join(out, "shards", "00001.documents.jsonl")
	before, _ := os.Stat(part)
	if code, _, errOut := stratex(t, "", "run", "-q", "-manifest", mpath, "-shard", "1/3", "-out", out); code != 0 {
		t.Fatalf("resubmitted shard 1: exit %d: %s", code, errOut)
	}
	if after, _ := os.Stat(part); !after.ModTime().Equal(before.ModTime()) {
		t.Errorf("a finished shard was run again")
	}
	code, status, errOut = stratex(t, "", "status", out)
	if code != 1 || !strings.Contains(status, "shards 3  done 3  missing 0  documents 6 of 6 done") || !strings.Contains(errOut, "not merged") {
		t.Errorf("status with every shard done, not merged: exit %d: %q %q", code, status, errOut)
	}
	if code, _, errOut := stratex(t, "", "merge", out); code != 0 {
		t.Fatalf("merge: exit %d: %s", code, errOut)
	}
	if code, status, errOut = stratex(t, "", "status", out); code != 0 || !strings.HasSuffix(status, "\ncomplete\n") {
		t.Errorf("status after the merge: exit %d: %q %q", code, status, errOut)
	}
	local := filepath.Join(work, "local")
	for _, w := range []string{"1", "4"} {
		dir := local + w
		// a local run inside an array task runs every shard
		cmd := binary("run", "-q", "-workers", w, "-pdf-in-process", "-out", dir, corpusDir)
		cmd.Env = append(cmd.Env, "SLURM_ARRAY_TASK_ID=2", "SLURM_ARRAY_TASK_COUNT=4", "JOB_COMPLETION_INDEX=1")
		if r := execute(t, cmd); r.code != 0 {
			t.Fatalf("local run: exit %d: %s", r.code, r.stderr)
		}
		sameOutput(t, out, dir)
	}
}
