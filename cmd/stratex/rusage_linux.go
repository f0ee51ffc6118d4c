package main

import "syscall"

// peakRSS returns the peak resident memory of this process and of the
// largest of its children that have exited (the PDF workers), in bytes.
func peakRSS() (self, children int64) {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
		self = ru.Maxrss << 10
	}
	if syscall.Getrusage(syscall.RUSAGE_CHILDREN, &ru) == nil {
		children = ru.Maxrss << 10
	}
	return self, children
}
