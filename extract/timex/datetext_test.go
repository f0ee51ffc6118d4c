package timex

import (
	"fmt"
	"testing"
)

// TestDateText: a date is written as fmt's %04d-%02d-%02d would, X for an unknown year.
func TestDateText(t *testing.T) {
	old := func(t tdate) string {
		y := "XXXX"
		if t.y > 0 {
			y = fmt.Sprintf("%04d", t.y)
		}
		switch {
		case t.d > 0 && t.m > 0:
			return fmt.Sprintf("%s-%02d-%02d", y, t.m, t.d)
		case t.m > 0:
			return fmt.Sprintf("%s-%02d", y, t.m)
		}
		return y
	}
	for _, y := range []int{-5, 0, 1, 9, 99, 999, 1000, 2024, 12345} {
		for _, m := range []int{-1, 0, 1, 9, 10, 12, 123} {
			for _, d := range []int{-1, 0, 1, 9, 10, 31, 100} {
				x := tdate{y, m, d}
				if a, b := old(x), x.String(); a != b {
					t.Errorf("%v: %q vs %q", x, a, b)
				}
			}
		}
	}
	for _, c := range []int{1, 9, 10, 19, 20, 100} {
		if a, b := fmt.Sprintf("%02dXX", c), string(appendPadded(nil, c, 2))+"XX"; a != b {
			t.Errorf("%q %q", a, b)
		}
		if a, b := fmt.Sprintf("%dX", c), (point{decade: c}); a != func() string { v, _ := b.value(); return v }() {
			t.Errorf("decade %d", c)
		}
	}
}
