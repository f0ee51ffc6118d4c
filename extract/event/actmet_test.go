package event_test

import "testing"

// A verb of meeting whose subject is an act ("the advance met with", "the
// offensive was met by") is no meeting: no CONSULT between the act's
// party and the other side; the act that meets it ("Soviet
// counterattacks") is the other side's, against the party of the act
// met. A party that meets another ("the delegation met with") stays a
// meeting. Cases of our own, from histories and news.
func TestActMetIsNoMeeting(t *testing.T) {
	checkCases(t, []roleCase{
		{"an advance was met by counterattacks (history)",
			"The German advance was met by Soviet counterattacks.",
			"ASSAULT SUN>DEU"},
		{"an advance met with counterattacks: no meeting (history)",
			"Iraq's advance met with Iran's counterattacks.",
			"ASSAULT IRN>IRQ"}, // (the possessor under "with" is the noun's agent: TestMetWithPossessor)
		{"an offensive met with resistance: no meeting (news)",
			"The German offensive met with stiff Soviet resistance.",
			""},
		{"a delegation met with a minister (news)",
			"The Indian delegation met with Pakistan's foreign minister.",
			"CONSULT IND>PAK"},
		{"a delegation was met by officials (news)",
			"Iraq's delegation was met by Iranian officials at the airport.",
			"CONSULT IRN>IRQ"},
		{"advisers met with leaders (history)",
			"The Soviet advisers met with Afghan leaders in Kabul.",
			"CONSULT SUN>AFG"},
	}, modedDyads)
}
