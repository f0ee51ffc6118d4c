package lexicon_test

import "testing"

// TestArmingIsAid: the arming of another (triggers.tsv, the noun "arming"
// with "of") is giving it arms, AID; the dictionary's verb "arm" reads no
// noun. Only AID events are shown. Cases of our own, from histories.
func TestArmingIsAid(t *testing.T) {
	checkSenses(t, []string{"AID"}, []senseCase{
		{"the arming of a group (history)", "In 1985 the United States began the arming of the mujahideen.", "AID USA>MUJAHIDEEN"},
		{"the arming of a state (history)", "In 1954 the United States began the arming of Pakistan.", "AID USA>PAK"},
		{"an arming of no one (history)", "In 1954 the United States began the arming.", ""},
	})
}

// TestArmingAnotherIsAid: arming or equipping another party (triggers.tsv,
// "arm" and "equip" with an actor for the object) gives it military aid,
// AID, where the dictionary's verb (CAMEO 062) read mutual military
// cooperation; arms and equipment a party has ("armed with rifles",
// "equipped with T-72 tanks", "armed themselves") are no act of giving.
// Only AID and COOPERATE events are shown. Cases of our own, from histories
// and news.
func TestArmingAnotherIsAid(t *testing.T) {
	checkSenses(t, []string{"AID", "COOPERATE"}, []senseCase{
		{"a group armed (history)", "Pakistan armed the mujahideen in 1981.", "AID PAK>MUJAHIDEEN"},
		{"a group armed (news)", "Iran armed Hezbollah in the 1980s.", "AID IRN>HEZBOLLAH"},
		{"a state equipped (history)", "The United States equipped Pakistan with F-16 aircraft in 1983.", "AID USA>PAK"},
		{"a state's army equipped (news)", "France equipped the Israeli air force with Mirage jets in 1962.", "AID FRA>ISR"},
		{"armed with rifles (history)", "In 1980 the rebels were armed with rifles supplied by smugglers.", ""},
		{"equipped with tanks (history)", "Soviet units equipped with T-72 tanks crossed the Amu Darya in 1979.", ""},
		{"armed themselves (news)", "The rebels armed themselves with captured Soviet rifles in 1980.", ""},
		{"armed troops (history)", "Armed Pakistani troops crossed the border in 1965.", ""},
	})
}
