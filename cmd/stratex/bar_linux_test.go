package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/sys/unix"
)

// openPTY opens a pseudo-terminal: what stratex writes to tty, the test
// reads from pty.
func openPTY(t *testing.T) (pty, tty *os.File) {
	t.Helper()
	pty, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	if err != nil {
		t.Fatalf("open a pseudo-terminal: %v", err)
	}
	if err := unix.IoctlSetPointerInt(int(pty.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		t.Fatalf("unlock the pseudo-terminal: %v", err)
	}
	n, err := unix.IoctlGetInt(int(pty.Fd()), unix.TIOCGPTN)
	if err != nil {
		t.Fatalf("name the pseudo-terminal: %v", err)
	}
	tty, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Fatalf("open the terminal side: %v", err)
	}
	return pty, tty
}

// onTerminal runs cmd, a successful run, with its standard error on a
// pseudo-terminal, and returns what it wrote there, line ends as "\n".
func onTerminal(t *testing.T, cmd *exec.Cmd) string {
	t.Helper()
	pty, tty := openPTY(t)
	defer pty.Close()
	cmd.Stderr = tty
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	tty.Close()
	var screen bytes.Buffer
	read := make(chan struct{})
	go func() {
		io.Copy(&screen, pty) // ends with EIO when the last writer closes
		close(read)
	}()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("run: %v", err)
	}
	<-read
	return strings.ReplaceAll(screen.String(), "\r\n", "\n") // the terminal's line ends
}

// Point 10: on a terminal the progress bar ends at 100% with the count of
// documents, and gives its rate in one unit.
func TestProgressBarEndsAt100Percent(t *testing.T) {
	text := onTerminal(t, binary("run", "-out", filepath.Join(t.TempDir(), "out"), copies(t, 3)))
	end := strings.Index(text, "level=INFO msg=\"wrote output\"")
	if end < 0 {
		t.Fatalf("no end of run on the terminal: %q", text)
	}
	bar := strings.TrimRight(text[:strings.LastIndex(text[:end], "time=")], "\n")
	bar = bar[strings.LastIndexAny(bar, "\r\n")+1:] // the bar as it was drawn last
	if !strings.Contains(bar, "100%") || !strings.Contains(bar, "documents 3/3") || !regexp.MustCompile(`\d\.\d\d docs/s`).MatchString(bar) {
		t.Errorf("the bar ends as %q: want 100%%, documents 3/3 and a rate in docs/s", bar)
	}
	if units := regexp.MustCompile(`[a-z]+/(s|min|hr)\b`).FindAllString(text, -1); len(units) == 0 || strings.Count(strings.Join(units, " "), "docs/s") != len(units) {
		t.Errorf("rate units %q: want docs/s alone", units)
	}
}
