package event_test

import "testing"

// TestNegatedVerbKeepsKnownAct: a negation before the verb that takes a
// definite event noun as its object denies the verb, not the act, which
// the phrase presupposes; so also for a noun row used as a verb after
// "not" ("did not support"). An indefinite noun after a negated verb, or
// a negated noun, stays negated. Sentences of our own, from a history and
// from an essay.
func TestNegatedVerbKeepsKnownAct(t *testing.T) {
	checkCases(t, []roleCase{
		{"did not support a definite attack (history)",
			"In 1914 Britain did not support the Austrian attack on Serbia.",
			"ASSAULT AUT>SRB"},
		{"did not support a definite attack (essay)",
			"In 1956 the United States did not support the Israeli attack on Egypt.",
			"ASSAULT ISR>EGY"},
		{"did not mention, a verb of no category (report)",
			"In 1980 the report did not mention the Soviet invasion of Afghanistan.",
			"ASSAULT SUN>AFG"},
		{"not: an indefinite invasion after a negated verb (essay)",
			"In 1950 Congress did not support a Chinese attack on Taiwan.",
			""},
		{"not: a negated noun (history)",
			"There was no Soviet attack on Pakistan in 1980.",
			""},
		{"not: the support itself (history)",
			"In 1979 the Soviet Union did not support the Afghan government.",
			""},
	}, eventDyads)
	checkCases(t, []roleCase{
		{"never condemned keeps the known act (history)",
			"In 1939 Britain never condemned the Soviet invasion of Poland.",
			"ACCUSE GBR>SUN negated; ASSAULT SUN>POL"},
		{"an indefinite invasion after did not fear stays negated (essay)",
			"In 1936 Britain did not fear a German invasion of France.",
			"ASSAULT DEU>FRA negated"},
	}, modedDyads)
}

// TestBeliefSubjectIsPresupposed: a belief verb's object is what is
// feared or believed, unless a definite event noun is the subject of the
// clause the verb takes, with a verb group of its own after it: that act
// is presupposed. "would be" is hypothetical only before an adjective,
// not before a noun phrase (a history's future in the past). Sentences of
// our own, from histories and essays.
func TestBeliefSubjectIsPresupposed(t *testing.T) {
	checkCases(t, []roleCase{
		{"the subject of the feared clause (history)",
			"In 1990 Saudi Arabia feared the Iraqi invasion of Kuwait would spread south.",
			"ASSAULT IRQ>KWT"},
		{"the subject of the believed clause (essay)",
			"In 1941 Washington believed the Japanese attack on Pearl Harbor had destroyed the American fleet.",
			"ASSAULT JPN>USA"},
		{"not: the object of feared (history)",
			"In 1940 Churchill feared the German invasion of Britain.",
			"ASSAULT DEU>GBR hypothetical"},
		{"not: an object of feared before and a verb (essay)",
			"In 1950 Truman feared a Chinese intervention in Korea and ordered the fleet north.",
			"ASSAULT CHN>KOR hypothetical"},
		{"not: an indefinite subject of the feared clause (essay)",
			"In 1950 Washington feared a Chinese invasion of Taiwan was coming.",
			"ASSAULT CHN>TWN hypothetical"},
		{"would be before a noun phrase (history)",
			"A Soviet offensive against Berlin would be the last battle of the war in Europe, and it began in April 1945.",
			"ASSAULT SUN>DEU"},
		{"would be before a noun phrase (another history)",
			"A Japanese attack on the Philippines would be the opening of the Pacific war, and it came in December 1941.",
			"ASSAULT JPN>PHL; ASSAULT JPN>"},
		{"not: would be before an adjective (essay)",
			"An American invasion of Iraq would be costly.",
			"ASSAULT USA>IRQ hypothetical"},
		{"not: would be before an adverb and adjective (essay)",
			"A Chinese attack on Taiwan would be very difficult.",
			"ASSAULT CHN>TWN hypothetical"},
	}, modedDyads)
}

// TestKnownActReadsActs: the known act in a verb's object (ownAct) must be
// an act on a state that the text presents as done: not one with an
// adjective of what is expected ("the potential invasion"), not one on a
// market or a policy an actor modifies, and not the enemy of the war an
// aid is for. Sentences of our own, from news and histories.
func TestKnownActReadsActs(t *testing.T) {
	checkCases(t, []roleCase{
		{"not: a potential invasion (news)",
			"In 2021 Washington opposed the potential Russian invasion of Ukraine.",
			"REJECT USA>RUS"},
		{"not: an imminent invasion (news)",
			"In January 2022 Britain condemned the imminent Russian invasion of Ukraine.",
			"ACCUSE GBR>RUS"},
		{"not: an invasion of a market (news)",
			"In 2010 Washington criticized the Chinese invasion of the Brazilian market.",
			"ACCUSE USA>CHN"},
		{"not: an attack on practices (history)",
			"In 1987 the Kremlin criticized the American attack on Soviet human-rights practices.",
			"ACCUSE RUS>USA"},
		{"not: the enemy of the war the aid is for (history)",
			"In 1942 Moscow welcomed the British aid for its war against Germany.",
			"SUPPORT RUS>GBR"},
		{"not: the enemy of the war the support is for (news)",
			"In 1982 Britain welcomed the American support for its war against Argentina.",
			"SUPPORT GBR>USA"},
		{"an invasion of a state (news)",
			"In 1990 the United States condemned the Iraqi invasion of Kuwait.",
			"ACCUSE USA>IRQ; ASSAULT IRQ>KWT"},
		{"support for a named party's war (history)",
			"In 1973 Israel condemned the Soviet support for the Egyptian war against Israel.",
			"ACCUSE ISR>SUN; AID SUN>EGY"},
		{"aid to a named state against another (history)",
			"In 1942 Moscow welcomed the British aid to the Soviet Union against Germany.",
			"SUPPORT RUS>GBR; AID GBR>SUN"},
		{"a state's name then an adverb: the act stays (news)",
			"In 1990 Britain condemned the Iraqi invasion of Kuwait immediately.",
			"ACCUSE GBR>IRQ; ASSAULT IRQ>KWT"},
		{"a state's name then a predicate adjective: the act stays (history)",
			"In 1968 Britain found the Soviet invasion of Czechoslovakia shocking.",
			"COOPERATE GBR>SUN; ASSAULT SUN>CSK"},
		{"a state's name then a time phrase: the act stays (history)",
			"In 1940 Italy joined the German attack on France late in June.",
			"ASSAULT ITA>DEU; ASSAULT DEU>FRA"},
		{"an invasion by a possessor (history)",
			"In 1939 Moscow welcomed the German invasion of Poland.",
			"SUPPORT RUS>DEU; ASSAULT DEU>POL"},
	}, eventDyads)
}

// TestHearsayOfAct: an indefinite event noun right after a noun of a
// story, a claim or a report and its "of" (modality.tsv's class hearsay)
// is told, not asserted: hypothetical, also a verb trigger used as a noun
// ("a Polish attack"). A definite phrase ("the story of the German
// invasion") presupposes its act. Sentences of our own, from a history
// and from news.
func TestHearsayOfAct(t *testing.T) {
	checkCases(t, []roleCase{
		{"a story of an attack (history)",
			"In 1939 Germany spread a story of a Polish attack on Germany.",
			"ASSAULT POL>DEU hypothetical"},
		{"allegations of an attack (news)",
			"In 1990 Baghdad dismissed allegations of an Iraqi attack on Saudi Arabia.",
			"ASSAULT IRQ>SAU hypothetical"},
		{"reports of attacks (history)",
			"Reports of Soviet attacks on Pakistani villages reached Islamabad in 1986.",
			"ASSAULT SUN>PAK hypothetical"},
		{"not: the story of a definite invasion (history)",
			"The story of the German invasion of Poland is well known.",
			"ASSAULT DEU>POL"},
		{"not: a report on a definite invasion (news)",
			"The report of the commission on the Soviet invasion of Afghanistan appeared in 1980.",
			"ASSAULT SUN>AFG"},
		{"not: attacks told by the text (history)",
			"In 1986 Soviet aircraft carried out attacks on Pakistani villages.",
			"ASSAULT SUN>PAK"},
	}, modedDyads)
}
