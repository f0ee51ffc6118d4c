package event_test

import "testing"

// TestMandatedOfObject: a verb of mandate (mandate.txt: "required",
// "advised") before an actor and "to" asks that actor's act, not done:
// hypothetical. The act told after "as ... required" is done. Cases of
// our own, from histories and news.
func TestMandatedOfObject(t *testing.T) {
	checkCases(t, []roleCase{
		{"required X to withdraw (news)",
			"In 1990 the UN required Iraq to withdraw from Kuwait, and Iraq refused.",
			"RETREAT IRQ>KWT hypothetical; REJECT IRQ>"},
		{"required X to withdraw (history)",
			"In 1945 the Allies required Japan to withdraw from China.",
			"RETREAT JPN>CHN hypothetical"},
		{"the act done, as advised (history)",
			"In 1968 Saigon boycotted the talks with Hanoi, as Nixon advised.",
			"PROTEST RVN>VDR"},
	}, modedDyads)
}

// TestSequelOfSupposedAct: the act after "before" or "until" (modality.tsv's
// class sequel) in a phrase or clause after a supposed act is supposed too;
// after an act told it is told. Cases of our own, from news and a history.
func TestSequelOfSupposedAct(t *testing.T) {
	checkCases(t, []roleCase{
		{"required to consult before it requests (news)",
			"The motion would require the Afghan government to consult NATO before it requests a renewal of the mission.",
			"CONSULT AFG>NATO hypothetical; REQUEST AFG> hypothetical"},
		{"might attack before Iraq invades (news)",
			"In 1990 Britain might attack Iraq before Iraq invades Saudi Arabia.",
			"ASSAULT GBR>IRQ hypothetical; ASSAULT IRQ>SAU hypothetical"},
		{"attacked before requesting a ceasefire: told (history)",
			"In 1991 Iraq attacked Israel before requesting a ceasefire.",
			"ASSAULT IRQ>ISR; REQUEST IRQ>ISR"},
		{"fought until the enemy withdrew: told (history)",
			"In 1918 Britain fought Turkey until Turkey withdrew from Palestine.",
			"ASSAULT GBR>TUR; RETREAT TUR>PSE"},
	}, modedDyads)
}
