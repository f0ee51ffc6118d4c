//go:build !linux

package pipeline

import "os/exec"

// dieWithParent does nothing where the kernel cannot tie a child's life
// to its parent's; Close and the deadline still stop workers.
func dieWithParent(cmd *exec.Cmd) {}
