package main

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stratex/stratex/models"
)

// The tests of this file kill, interrupt and starve real runs again and
// again; they take minutes, so make test skips them and make crash runs
// them (STRATEX_CRASH=N: the number of trials of each loop). The disk-full
// and read-only tests mount small tmpfs folders: root only.

// crashTrials is STRATEX_CRASH, or skips the test when it is not set.
func crashTrials(t *testing.T) int {
	n, err := strconv.Atoi(os.Getenv("STRATEX_CRASH"))
	if err != nil || n < 1 {
		t.Skip("a crash loop: make crash runs it (STRATEX_CRASH=trials)")
	}
	return n
}

// crashCorpus is the seed text in 12 distinct copies, one copy again under
// another name (one document, two sources), a broken PDF and a binary
// file: documents ok, failed and shared.
func crashCorpus(t *testing.T) string {
	dir := copies(t, 12)
	b, _ := os.ReadFile(filepath.Join(dir, "copy-03.txt"))
	os.WriteFile(filepath.Join(dir, "copy-03-again.txt"), b, 0o644)
	os.WriteFile(filepath.Join(dir, "binary.txt"), []byte("abc\x00def"), 0o644)
	pdf, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "corpus", "hostile", "helloworld-bad.pdf"))
	if err != nil {
		t.Fatalf("the hostile corpus: %v (make crash needs ../shared beside the checkout)", err)
	}
	os.WriteFile(filepath.Join(dir, "broken.pdf"), pdf, 0o644)
	return dir
}

func crashArgs(out, corpusDir string) []string {
	return []string{"run", "-q", "-workers", "2", "-chunk", "3", "-out", out, corpusDir}
}

// crashBench is what a crash test starts from: the corpus, the output of
// a run of it never stopped (ref) and how long that run took.
type crashBench struct {
	corpusDir, ref string
	full           time.Duration
}

// newCrashBench makes the corpus and runs it once to its end.
func newCrashBench(t *testing.T) crashBench {
	b := crashBench{corpusDir: crashCorpus(t), ref: filepath.Join(t.TempDir(), "ref")}
	start := time.Now()
	if r := execute(t, binary(crashArgs(b.ref, b.corpusDir)...)); r.code != 3 {
		t.Fatalf("reference run: exit %d, want 3 (the binary file fails): %s", r.code, r.stderr)
	}
	b.full = time.Since(start)
	return b
}

// start starts a run of the corpus into out, its stderr to stderr when
// that is not nil.
func (b crashBench) start(t *testing.T, out string, stderr *bytes.Buffer) *exec.Cmd {
	cmd := binary(crashArgs(out, b.corpusDir)...)
	if stderr != nil {
		cmd.Stderr = stderr
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd
}

// noDuplicates checks that no line of an output file comes twice (an
// error record may: the same failure of two documents would read alike,
// but this corpus has none).
func noDuplicates(t *testing.T, dir, trial string) {
	t.Helper()
	for _, k := range models.Kinds {
		b, _ := os.ReadFile(filepath.Join(dir, k.File()))
		seen := map[string]bool{}
		for _, l := range strings.SplitAfter(string(b), "\n") {
			if l != "" && seen[l] {
				t.Errorf("%s: %s holds a line twice: %.120s", trial, k.File(), l)
				break
			}
			seen[l] = true
		}
	}
}

// resumeToReference runs the command again and checks the output against
// the reference, byte for byte, and that no run state is left.
func (b crashBench) resumeToReference(t *testing.T, out, trial string) {
	t.Helper()
	if r := execute(t, binary(crashArgs(out, b.corpusDir)...)); r.code != 3 {
		t.Fatalf("%s: the resumed run: exit %d, want 3: %s", trial, r.code, r.stderr)
	}
	sameOutput(t, out, b.ref)
	noDuplicates(t, out, trial)
	if _, err := os.Stat(filepath.Join(out, "shards")); err == nil {
		t.Errorf("%s: run state left after the merge", trial)
	}
}

// kill -9 at random moments, up to twice a trial, then a run to the end:
// the merged output is that of a run never killed.
func TestCrashKillLoop(t *testing.T) {
	trials := crashTrials(t)
	b := newCrashBench(t)
	for trial := 1; trial <= trials; trial++ {
		out := filepath.Join(t.TempDir(), "out")
		var at []string
		for k := 0; k < 1+trial%2; k++ {
			cmd := b.start(t, out, nil)
			d := time.Duration(rand.Float64() * 1.1 * float64(b.full))
			time.Sleep(d)
			cmd.Process.Signal(syscall.SIGKILL)
			cmd.Wait()
			at = append(at, fmt.Sprintf("%.0f%%", 100*float64(d)/float64(b.full)))
		}
		name := fmt.Sprintf("trial %d, killed at %s of a run", trial, strings.Join(at, ", "))
		b.resumeToReference(t, out, name)
		t.Log(name + ": resumed to the reference")
	}
}

// SIGINT at a random moment: the run ends with exit 130 (or finishes),
// its output files hold whole documents, a prefix of the reference's
// in every file, and a second run ends as the reference.
func TestCrashInterruptLoop(t *testing.T) {
	trials := crashTrials(t)
	b := newCrashBench(t)
	for trial := 1; trial <= trials; trial++ {
		out := filepath.Join(t.TempDir(), "out")
		var se bytes.Buffer
		cmd := b.start(t, out, &se)
		d := time.Duration(rand.Float64() * float64(b.full))
		time.Sleep(d)
		cmd.Process.Signal(os.Interrupt)
		cmd.Wait()
		name := fmt.Sprintf("trial %d, interrupted at %.0f%% of a run", trial, 100*float64(d)/float64(b.full))
		switch code := cmd.ProcessState.ExitCode(); code {
		case 130, 3:
		default:
			t.Fatalf("%s: exit %d, want 130 (or 3 when it had finished): %s", name, code, se.String())
		}
		for _, k := range models.Kinds {
			got, err := os.ReadFile(filepath.Join(out, k.File()))
			if os.IsNotExist(err) {
				continue // stopped before anything was written
			}
			want, _ := os.ReadFile(filepath.Join(b.ref, k.File()))
			if !bytes.HasPrefix(want, got) {
				t.Errorf("%s: %s is not a prefix of the reference's (%d bytes)", name, k.File(), len(got))
			}
		}
		noDuplicates(t, out, name)
		b.resumeToReference(t, out, name)
	}
}

// mountTmpfs mounts a tmpfs of the given size (and options) at a new
// folder, or skips the test where it cannot (not root).
func mountTmpfs(t *testing.T, size string, opts ...string) string {
	t.Helper()
	dir := t.TempDir()
	o := strings.Join(append([]string{"size=" + size}, opts...), ",")
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", o, "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a tmpfs (needs root): %v: %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", dir).Run() })
	return dir
}

// A disk that fills up at several points of a run (the journal, a shard's
// fold, the merge) stops it with exit 1 and an error naming the file; once
// there is room again, the same command ends as the reference.
func TestCrashDiskFull(t *testing.T) {
	crashTrials(t)
	b := newCrashBench(t)
	for _, size := range []string{"300k", "600k", "1m", "2m", "3m", "4m"} {
		disk := mountTmpfs(t, size)
		out := filepath.Join(disk, "out")
		name := "a disk of " + size
		r := execute(t, binary(crashArgs(out, b.corpusDir)...))
		if r.code != 1 || !strings.Contains(r.stderr, "no space left on device") || !strings.Contains(r.stderr, out) {
			t.Errorf("%s: exit %d, want 1 with an error naming the file: %s", name, r.code, r.stderr)
		}
		t.Logf("%s: %s", name, strings.TrimSpace(r.stderr))
		if err := exec.Command("mount", "-o", "remount,size=64m", disk).Run(); err != nil {
			t.Fatalf("grow the tmpfs: %v", err)
		}
		b.resumeToReference(t, out, name)
	}
}

// A read-only output folder: exit 1, and the error names it and says why.
func TestCrashReadOnlyFolder(t *testing.T) {
	crashTrials(t)
	corpusDir := crashCorpus(t)
	disk := mountTmpfs(t, "1m")
	os.Mkdir(filepath.Join(disk, "out"), 0o755)
	if err := exec.Command("mount", "-o", "remount,ro", disk).Run(); err != nil {
		t.Fatalf("remount read-only: %v", err)
	}
	out := filepath.Join(disk, "out")
	r := execute(t, binary(crashArgs(out, corpusDir)...))
	if want := "create " + filepath.Join(out, "shards") + ": "; r.code != 1 || !strings.Contains(r.stderr, want) || !strings.Contains(r.stderr, "read-only file system") {
		t.Errorf("exit %d, want 1 and %q...read-only file system: %s", r.code, want, r.stderr)
	}
}
