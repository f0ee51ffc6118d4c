package lexicon_test

import "testing"

// TestAllowingIsEnabling: "allowing" as a participle with no auxiliary
// (triggers.tsv's row "allowing", object=ACTOR) states what the clause
// before it made possible, no CONCEDE permission, unless an actor is its
// object; "allowed" and "is allowing" keep the permission. Only CONCEDE
// events are shown. Cases of our own, from political news, histories and
// news.
func TestAllowingIsEnabling(t *testing.T) {
	checkSenses(t, []string{"CONCEDE"}, []senseCase{
		{"a map altered, allowing them (politics)", "A popular initiative passed in 2018 in Utah was altered by Republican state legislators in 2020, allowing them to bypass the commission's proposed districts.", ""},
		{"criticized for allowing (Iraq War)", "The militias that the premier was blamed for allowing to grow were disbanded in 2007.", ""},
		{"a border opened, allowing an actor (history)", "In 1979 Pakistan opened its border, allowing the mujahideen to operate from its territory.", "CONCEDE PAK>MUJAHIDEEN"},
		{"bases allowed (history)", "In 1940 Britain allowed the United States to use its bases.", "CONCEDE GBR>USA"},
		{"a progressive (news)", "In 1962 Turkey is allowing the United States to keep missiles on its soil.", "CONCEDE TUR>USA"},
	})
}
