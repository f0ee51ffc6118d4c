package pipeline

import "testing"

// TestDateModOnset: an event dated by a since-date it runs from carries
// date_mod START (a paper's sanctions, a history's occupation); an event
// dated on the day it was done, or undated by a since-date, carries none.
func TestDateModOnset(t *testing.T) {
	tests := []struct {
		text, date, mod string
	}{
		{"Since 1991 the United States has imposed sanctions on Cuba.", "1991", "START"},
		{"Turkish troops have occupied northern Cyprus since August 1974.", "1974-08", "START"},
		// must not
		{"In 1991 the United States imposed sanctions on Cuba.", "1991", ""},
		{"Brazil has not fought an interstate war since 1870.", "", ""},
	}
	for _, tt := range tests {
		res := analyzeText(t, tt.text)
		if len(res.Events) != 1 {
			t.Errorf("%q: %d events, want 1", tt.text, len(res.Events))
			continue
		}
		e := res.Events[0]
		date := ""
		if e.Date != nil {
			date = *e.Date
		}
		if date != tt.date || e.DateMod != tt.mod {
			t.Errorf("%q: date %q mod %q, want %q %q", tt.text, date, e.DateMod, tt.date, tt.mod)
		}
	}
}
