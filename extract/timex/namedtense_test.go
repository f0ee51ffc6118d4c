package timex

import "testing"

// TestNameWordTense: a word in -ed written with a capital inside its
// sentence is a name's ("the United Nations", "Mohammed"), no past verb
// that would put a weekday next to it before the document's date; a
// lower-case one and the sentence's first word read as before.
func TestNameWordTense(t *testing.T) {
	tests := []struct {
		name string
		s    string
		ref  string
		want []string
	}{
		{"the United Nations before a weekday (wire)", "The envoy is expected to arrive at the United Nations Thursday.", "2000-04-05",
			[]string{"Thursday=2000-04-06@dct"}},
		{"a prince's name before a weekday (commentary)", "Crown Prince Mohammed meets the Iraqi premier Sunday, his aides say.", "2019-10-24",
			[]string{"Sunday=2019-10-27@dct"}},
		// must not change
		{"a lower-case past", "The rival factions united Sunday after talks in Cairo.", "2019-10-24",
			[]string{"Sunday=2019-10-20@dct"}},
		{"a past verb after the name", "The United Nations condemned the strike Sunday.", "2019-10-24",
			[]string{"Sunday=2019-10-20@dct"}},
		{"the sentence's first word", "Invaded Sunday, the town fell to the rebels.", "2019-10-24",
			[]string{"Sunday=2019-10-20@dct"}},
	}
	for _, tt := range tests {
		wantDocTimex(t, tt.name, []para{p(tt.s)}, Document{Kind: News, Ref: tt.ref}, tt.want)
	}
}
