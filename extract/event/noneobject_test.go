package event_test

import "testing"

// A word of a phrase that names no event (category NONE: "public
// support", "popular support") fills no trigger's object slot: "offering
// measures of public support" offers no support. A listed object outside
// such a phrase still counts ("offered military support"), and so does one
// inside a phrase that is there to block the trigger word opening it
// ("attack helicopters", "attack submarines"). Cases of our
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
		{"sold attack helicopters (arms-trade report)",
			"In 2012 the United States decided to sell attack helicopters to India.",
			"COOPERATE USA>IND"},
		{"sold attack submarines (history)",
			"In 1981 the United States decided to sell attack submarines to Australia.",
			"COOPERATE USA>AUS"},
		{"offered troops and support (history)",
			"In 1975 Cuba offered troops and support to Angola.",
			"AGREE CUB>AGO"},
	}, eventDyads)
}
