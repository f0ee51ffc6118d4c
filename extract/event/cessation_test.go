package event_test

import "testing"

// A word of cessation (modality.tsv's cue class cessation: "stopped",
// "ceased") right before an -ing trigger says the act ends; PLOVER codes
// no act of it, so there is no record. Denied, the act goes on ("did not
// stop attacking"): asserted. The same verbs with an -ing trigger after an
// onset verb, or with an object that is no -ing form, are untouched.
// Cases of our own, from histories and news; both ways.
func TestCessationEndsAct(t *testing.T) {
	checkCases(t, []roleCase{
		{"stopped bombing (history)", "In May 1941 Germany stopped bombing Britain.", ""},
		{"ceased shelling (news)", "On Monday Syria ceased shelling Lebanon.", ""},
		{"quit attacking (history)", "In 1951 China quit attacking Korea.", ""},
		{"denied cessation goes on (history)", "In 1941 Germany did not stop bombing Britain.", "ASSAULT DEU>GBR"},
		{"denied cessation goes on (news)", "On Monday Syria never ceased shelling Lebanon.", "ASSAULT SYR>LBN"},
		{"onset verb (history)", "In 1940 Germany began bombing Britain.", "ASSAULT DEU>GBR"},
		{"onset verb (news)", "On Monday Syria continued shelling Lebanon.", "ASSAULT SYR>LBN"},
		{"no cessation word (news)", "On Monday Syria was shelling Lebanon.", "ASSAULT SYR>LBN"},
		{"stopped with a noun object (history)", "In 1940 Britain stopped the German invasion of England.", "ASSAULT DEU>GBR"},
	}, modedDyads)
}

// An attack whose object is its place ("attacked in Belgium") or whose
// noun has no target of its own before a place ("a counteroffensive near
// Stalingrad") is against the side its clause's "against" phrase names,
// not the place's state. A demonym before a thing is no side ("against
// British advice"), nor is an actor past "the wishes of". Cases of our
// own, from histories and news; both ways.
func TestForceAgainstPastPlace(t *testing.T) {
	checkCases(t, []roleCase{
		{"verb, place then against (history)", "In May 1940 the Germans attacked in Belgium against the French.", "ASSAULT DEU>FRA"},
		{"verb, place then against forces (news)", "On Monday Iraq attacked in the south against Iranian forces.", "ASSAULT IRQ>IRN"},
		{"noun, near a place then against (history)", "In November 1942 the Soviets launched a counteroffensive near Stalingrad against the Germans.", "ASSAULT SUN>DEU"},
		{"noun, in a place then against (news)", "On Monday Turkey began an offensive in Idlib against Syrian forces.", "ASSAULT TUR>SYR"},
		{"place only (history)", "In May 1940 the Germans attacked in Belgium.", "ASSAULT DEU>BEL"},
		{"against the wishes of (news)", "On Monday Israel attacked in Lebanon against the wishes of the United States.", "ASSAULT ISR>LBN"},
		{"against a demonym's thing (history)", "In 1944 the Allies bombed Dresden against Soviet objections.", ""},
	}, modedDyads)
}
