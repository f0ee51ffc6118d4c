package pipeline

import (
	"os/exec"
	"syscall"
)

// dieWithParent asks the kernel to kill the worker when this process dies,
// so that no worker outlives a killed run.
func dieWithParent(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
