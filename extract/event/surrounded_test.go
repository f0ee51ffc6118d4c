package event_test

import "testing"

// "surrounded by", "encircled by" name force only with an armed side
// (syntax/data/armedverbs.txt): with states for agent they say where a
// place lies. Cases of our own, from histories and news, both ways.
func TestSurroundedNeedsArmedSide(t *testing.T) {
	checkCases(t, []roleCase{
		{"geography (history)", "In 1914 Belgium was surrounded by France and Germany.", ""},
		{"geography, set off (news)", "In 1979 Afghanistan, surrounded by Iran and Pakistan, was poor.", ""},
		{"armed agent (history)", "In 1945 Berlin was surrounded by Soviet forces.", "ASSAULT SUN>DEU"},
		{"armed agent (history)", "In 1941 Leningrad was encircled by German troops.", "ASSAULT DEU>RUS"},
		{"armed subject and agent (news)", "In 2014 the Ukrainian army was encircled by the Russian army.", "ASSAULT RUS>UKR"},
	}, modedDyads)
}
