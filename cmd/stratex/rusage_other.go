//go:build !linux

package main

// peakRSS is not measured where getrusage reports no peak in kilobytes.
func peakRSS() int64 { return 0 }
