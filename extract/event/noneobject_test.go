package event_test

import "testing"

// A word of a phrase that names no event (category NONE: "public
// support", "popular support") fills no trigger's object slot: "offering
// measures of public support" offers no support. A listed object outside
// such a phrase still counts ("offered military support"). Cases of our
// own, from a survey paper and histories.
func TestObjectInsideNoneWords(t *testing.T) {
	checkCases(t, []roleCase{
		{"measures of public support (survey paper)",
			"In 2019 the survey of the Brazilian government offered both categorical and binary measures of public support.",
			""},
		{"a measure of popular support (poll report)",
			"In 1985 the Chilean poll offered a new measure of popular support for the regime.",
			""},
		{"offered military support (history)",
			"In 1979 the Soviet Union offered military support to the Afghan government.",
			"AGREE SUN>AFG"},
		{"offered troops and support (history)",
			"In 1975 Cuba offered troops and support to Angola.",
			"AGREE CUB>AGO"},
	}, eventDyads)
}
