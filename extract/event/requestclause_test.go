package event_test

import "testing"

// TestRequestOwnClause checks that a REQUEST, REJECT or THREATEN verb
// hides only its complement: a verb in the past with its own subject
// after a preposition that opens a clause ("before Moscow invaded") is
// told; a "that" clause's subordinate clause, a to-infinitive, a phrase
// with no subject, a pronoun's clause and a present (a time to come) stay
// hidden. Cases of our own, from histories and news.
func TestRequestOwnClause(t *testing.T) {
	checkCases(t, []roleCase{
		{"requested aid before X invaded (Afghan war history)",
			"In 1979 Kabul requested aid before Moscow invaded Afghanistan.",
			"REQUEST AFG>; ASSAULT RUS>AFG"},
		{"requested aid after the X army invaded: a noun phrase subject (Afghan war history)",
			"Kabul requested aid after the Soviet army invaded Afghanistan.",
			"REQUEST AFG>; ASSAULT SUN>AFG"},
		{"demanded an end to the war after X invaded (Gulf war history)",
			"The UN demanded an end to the war after Iraq invaded Kuwait.",
			"REQUEST UN>; ASSAULT IRQ>KWT"},
		{"asked Congress for war after X attacked (Second World War history)",
			"In 1941 Roosevelt asked Congress for war after Japan attacked Pearl Harbor.",
			"REQUEST USA>; ASSAULT JPN>USA"},
		{"rejected the plan after X bombed (news)",
			"Iraq rejected the plan after the United States bombed Baghdad.",
			"REJECT IRQ>; ASSAULT USA>IRQ"},
		{"demanded that X withdraw before Y attacked: part of what is asked (Gulf war history)",
			"The UN demanded that Iraq withdraw from Kuwait before the United States attacked Iraq.",
			"REQUEST UN>IRQ"},
		{"requested X troops to invade after the coup: a to-infinitive (Afghan war history)",
			"Kabul requested Soviet troops to invade Afghanistan after the coup.",
			"REQUEST AFG>SUN"},
		{"demanded that X withdraw after it invaded: a pronoun's clause (Gulf war history)",
			"The UN demanded that Iraq withdraw from Kuwait after it invaded the emirate.",
			"REQUEST UN>IRQ"},
		{"demanded talks before X attacks: a present, a time to come (news)",
			"Syria demanded talks before Israel attacks Lebanon.",
			"REQUEST SYR>ISR"},
		{"threatened sanctions until X withdraws: a present (news)",
			"Iran threatened sanctions until Israel withdraws from Lebanon.",
			"THREATEN IRN>ISR"},
		{"asked X for troops after the rebels attacked: a subject that names no actor borrows nothing (Afghan war history)",
			"In 1979 Kabul asked Moscow for troops after the rebels attacked Herat.",
			"REQUEST AFG>RUS"},
		{"asked X for help after the militants attacked: no actor (Gulf war history)",
			"In 1990 Kuwait asked Washington for help after the militants attacked the border posts.",
			"REQUEST KWT>USA"},
	}, modedDyads)
}

// TestRequestComplementEnds checks that the complement of a REQUEST (a
// "that" clause or an appeal's to-infinitive) ends at ";" and at a coordinator opening a clause of its own (newClause)
// before a verb in the past: that verb is told. A list of acts asked for
// ("free the hostages, and pay reparations") stays hidden. Cases of our
// own, from histories.
func TestRequestComplementEnds(t *testing.T) {
	checkCases(t, []roleCase{
		{"demanded that X expel; in 1979 Y invaded (Afghan war history)",
			"Moscow demanded that Kabul expel the rebels; in 1979 Soviet troops invaded Afghanistan.",
			"REQUEST RUS>AFG; ASSAULT SUN>AFG"},
		{"demanded that X release, and in 1991 Y attacked (Gulf war history)",
			"The UN demanded that Iraq release the hostages, and in 1991 American forces attacked Iraq.",
			"REQUEST UN>IRQ; ASSAULT USA>IRQ"},
		{"urged X to expel, and in 1979 Y invaded: an appeal's complement ends too (Afghan war history)",
			"Moscow urged Kabul to expel the rebels, and in 1979 Soviet troops invaded Afghanistan.",
			"REQUEST RUS>AFG; ASSAULT SUN>AFG"},
		{"urged X to negotiate, and in 1965 Y bombed (Vietnam war history)",
			"Washington urged Hanoi to negotiate, and in 1965 American aircraft bombed North Vietnam.",
			"REQUEST USA>VDR; ASSAULT USA>VDR"},
		{"demanded that X withdraw, free and pay: a list of what is asked (Gulf war history)",
			"The UN demanded that Iraq withdraw its troops, free the hostages, and pay reparations.",
			"REQUEST UN>IRQ"},
		{"demanded that X expel the rebels and close the border: no new clause (Afghan war history)",
			"Moscow demanded that Kabul expel the rebels and close the border with Pakistan.",
			"REQUEST RUS>AFG"},
	}, modedDyads)
}
