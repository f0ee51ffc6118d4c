package extract

import (
	"testing"

	"github.com/stratex/stratex/extract/event"
	"github.com/stratex/stratex/extract/timex"
)

// TestSequelFirstMillennium: a date the count of a sequel moves keeps a
// TIMEX year's four figures in the first millennium ("In AD 455 ... Two
// years after the attack": 0457, as after 1455 it is 1457), and a value
// shorter than a year ("A decade later" after AD 455: 46X) is kept, not
// cut (it panicked: the document's whole stage failed).
func TestSequelFirstMillennium(t *testing.T) {
	e := event.Span{Start: 40}
	for _, c := range []struct {
		v    string
		s    timex.Sequel
		want string
	}{
		{"0455", timex.Sequel{Start: 0, End: 9, Holds: 1, N: 2, Least: 2, Unit: "year"}, "0457"},
		{"1455", timex.Sequel{Start: 0, End: 9, Holds: 1, N: 2, Least: 2, Unit: "year"}, "1457"},
		{"0455-03", timex.Sequel{Start: 0, End: 9, Holds: 3, N: 3, Least: 3, Unit: "week"}, "0455"},
		{"0455", timex.Sequel{Start: 0, End: 9, Holds: 3, N: 2, Least: 2, Unit: "month"}, "0455"},
		{"46X", timex.Sequel{Start: 0, End: 5, Holds: 1}, "46X"},
		{"195X", timex.Sequel{Start: 0, End: 5, Holds: 1}, "195X"},
		{"0455", timex.Sequel{Start: 50, End: 55, Holds: 0}, "0455"}, // after the trigger: not its sequel
	} {
		if got := sequel(c.v, []timex.Sequel{c.s}, e); got != c.want {
			t.Errorf("sequel(%q, %+v) = %q, want %q", c.v, c.s, got, c.want)
		}
	}
}
