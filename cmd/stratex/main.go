package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"

	"github.com/stratex/stratex/pipeline"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

func main() {
	if pipeline.IsPDFWorker() {
		// a child process reading PDFs for a run (see pipeline.PDFPool)
		if err := pipeline.ServePDFWorker(os.Stdin, os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, "stratex pdf worker:", err)
			os.Exit(1)
		}
		return
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// command is one subcommand.
type command interface {
	Name() string
	Synopsis() string
	Run(ctx context.Context, args []string) error
}

// env is what a command may use of the process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// usageError is a mistake on the command line (exit 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// helpRequest is a command's -h: its usage goes to stdout.
type helpRequest struct{ fs *flag.FlagSet }

func (h helpRequest) Error() string { return flag.ErrHelp.Error() }
func (h helpRequest) Unwrap() error { return flag.ErrHelp }

// partialError means the run finished but some documents failed (exit 3);
// msg, when set, says which and why.
type partialError struct {
	failed int
	msg    string
}

func (e partialError) Error() string {
	if e.msg != "" {
		return e.msg
	}
	return fmt.Sprintf("%d document(s) failed; see errors.jsonl", e.failed)
}

// interruptedError is an interrupted run, with what it left behind.
type interruptedError struct{ kept string }

func interrupted(kept string) interruptedError { return interruptedError{kept} }

func (e interruptedError) Error() string {
	return "interrupted; " + e.kept + ": run the same command again to resume"
}

func (interruptedError) Unwrap() error { return pipeline.ErrInterrupted }

// run is main without the process: tests call it with buffers.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	cmds := []command{&runCmd{env: e}, &planCmd{env: e}, &mergeCmd{env: e}, &statusCmd{env: e}, &textCmd{env: e}, &schemaCmd{env: e}, &evalCmd{env: e}, &reportCmd{env: e}, &versionCmd{env: e}}
	if len(args) == 0 {
		usage(stderr, cmds)
		return 2
	}
	if args[0] == "-h" || args[0] == "-help" || args[0] == "--help" || args[0] == "help" {
		usage(stdout, cmds) // asked for: it is the output
		return 0
	}
	var cmd command
	for _, c := range cmds {
		if c.Name() == args[0] {
			cmd = c
		}
	}
	if cmd == nil {
		fmt.Fprintf(stderr, "stratex: unknown command %q\n", args[0])
		usage(stderr, cmds)
		return 2
	}
	err := cmd.Run(ctx, args[1:])
	var help helpRequest
	if errors.As(err, &help) {
		help.fs.SetOutput(stdout)
		help.fs.Usage()
		return 0
	}
	return exitCode(stderr, err)
}

func exitCode(stderr io.Writer, err error) int {
	var ue usageError
	var pe partialError
	var ie interruptedError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "stratex: %v\n", err)
		return 2
	case errors.As(err, &pe):
		fmt.Fprintf(stderr, "stratex: %v\n", err)
		return 3
	case errors.Is(err, pipeline.ErrInterrupted) || errors.Is(err, context.Canceled):
		if !errors.As(err, &ie) {
			ie = interrupted("nothing was written")
		}
		fmt.Fprintf(stderr, "stratex: %v\n", ie)
		return 130
	default:
		fmt.Fprintf(stderr, "stratex: %v\n", err)
		return 1
	}
}

func usage(w io.Writer, cmds []command) {
	fmt.Fprintln(w, "usage: stratex <command> [flags] [args]")
	fmt.Fprintln(w)
	sort.Slice(cmds, func(i, j int) bool { return cmds[i].Name() < cmds[j].Name() })
	for _, c := range cmds {
		fmt.Fprintf(w, "  %-8s %s\n", c.Name(), c.Synopsis())
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, `Run "stratex <command> -h" for a command's flags.`)
}

// newFlags returns a FlagSet for a subcommand. It prints nothing itself:
// parse turns a flag error into a usage error, which is printed once, and
// -h into a helpRequest, whose usage run prints to stdout.
func newFlags(e *env, name, synopsis, args string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "usage: stratex %s [flags] %s\n\n%s\n", name, args, synopsis)
		var any bool
		fs.VisitAll(func(*flag.Flag) { any = true })
		if any {
			fmt.Fprintln(w, "\nflags:")
			fs.PrintDefaults()
		}
	}
	return fs
}

// parse parses args into fs, flags and operands in any order ("run DIR
// -q" as well as "run -q DIR"; "--" ends the flags), turning flag errors into
// usage errors and -h into a helpRequest. It returns the operands.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var operands []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, helpRequest{fs}
			}
			return nil, usageError{msg: fmt.Sprintf("%s (stratex %s -h lists the flags)", strings.TrimSpace(err.Error()), fs.Name())}
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return operands, nil
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(operands, rest...), nil
		}
		operands = append(operands, rest[0])
		args = rest[1:]
	}
}
