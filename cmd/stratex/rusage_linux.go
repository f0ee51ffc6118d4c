package main

import "syscall"

// peakRSS returns the peak resident memory of this process, in bytes.
// (The PDF workers' is the pool's to say: RUSAGE_CHILDREN gives a child
// the peak of its parent when it started.)
func peakRSS() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
		return ru.Maxrss << 10
	}
	return 0
}
