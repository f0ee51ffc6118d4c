package event_test

import "testing"

// What one actor expected or hoped another would do is not told as done:
// an infinitive whose subject is the object of a verb of hope or belief
// ("expected Italy to join"), and a "would" after "hoped" with no "that"
// ("hoped Syria would attack"), suppose the act. The act done, the
// object of a verb that makes another act ("persuaded"), an "as
// expected" aside, and a plain wish of one's own ("hoped to") are left as
// they were. Cases of our own, from histories and news.
func TestExpectedOfAnotherIsNoAct(t *testing.T) {
	checkCases(t, []roleCase{
		{"expected another to act (history)",
			"Germany expected Italy to join the war, but Italy stayed neutral.",
			""},
		{"expected an army to act (news)",
			"Moscow expected the Afghan army to crush the revolt.",
			""},
		{"hoped with no that, hopes dashed (history)",
			"Iran hoped Syria would attack Iraq, but these hopes were dashed.",
			""},
		{"hoped with no that, a determiner (news)",
			"Washington hoped the Saudis would fund the rebels.",
			""},
		{"the act done after the hope (history)",
			"Britain hoped France would attack Germany, and France attacked Germany.",
			"ASSAULT FRA>DEU"},
		{"an as-expected aside (news)",
			"As expected, Iraq attacked Kuwait.",
			"ASSAULT IRQ>KWT"},
		{"what was hoped, told as done (history)",
			"Syria attacked Iraq, as Iran had hoped.",
			"ASSAULT SYR>IRQ"},
		{"a request is no expectation (news)",
			"Britain asked France to attack Germany.",
			"REQUEST GBR>FRA"},
	}, eventDyads)
}
