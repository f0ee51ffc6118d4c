package pair_test

import "testing"

// TestRelationNounDeniedByItsPhrase: a relation noun whose own noun
// phrase a negation of a noun opens ("no border dispute", "No alliance
// with France"), that a privative word and its "of" govern ("free of
// conflict between", "the absence of relations between"), or a negated
// word of evidence and its "of" ("no evidence of a rivalry between")
// relates its two only as negated; the positive twins, a "no" that
// negates another noun ("no doubt about its alliance", "no end to the
// rivalry") and a privative word itself negated ("never free of") leave
// the relation asserted.
func TestRelationNounDeniedByItsPhrase(t *testing.T) {
	checkPairModes(t, []pairCase{
		{"a dispute denied by 'no' (a news report)",
			"Kenya has no border dispute with Uganda.", "KEN-UGA negated"},
		{"its positive twin", "Kenya has a border dispute with Uganda.", "KEN-UGA asserted"},
		{"relations denied by 'no' (a history of South America)",
			"In 1975 Chile had no diplomatic relations with Bolivia.", "CHL-BOL negated"},
		{"its positive twin", "In 1975 Chile had diplomatic relations with Bolivia.", "CHL-BOL asserted"},
		{"an alliance denied after 'between' (a news analysis)",
			"There is no alliance between Peru and Ecuador.", "PER-ECU negated"},
		{"its positive twin", "There is an alliance between Peru and Ecuador.", "PER-ECU asserted"},
		{"a treaty denied (a news report on East Asia)",
			"Japan has no treaty with North Korea.", "JPN-PRK negated"},
		{"its positive twin", "Japan has a treaty with North Korea.", "JPN-PRK asserted"},
		{"a conflict denied over a perfect (a history of Indochina)",
			"Vietnam has had no conflict with China since 1991.", "VNM-CHN negated"},
		{"its positive twin", "Vietnam has had a conflict with China since 1991.", "VNM-CHN asserted"},
		{"relations denied after a verb of keeping (a history of East Asia)",
			"Japan maintained no relations with Taiwan.", "JPN-TWN negated"},
		{"its positive twin", "Japan maintained relations with Taiwan.", "JPN-TWN asserted"},
		{"a negation opening the sentence (a history of Eastern Europe)",
			"No alliance with France bound Poland in 1935.", "FRA-POL negated"},
		{"its positive twin", "An alliance with France bound Poland in 1935.", "FRA-POL asserted"},
		{"a conflict a privative word governs (a history of West Africa)",
			"The region remained free of conflict between Ghana and Togo.", "GHA-TGO negated"},
		{"its positive twin", "The region saw conflict between Ghana and Togo.", "GHA-TGO asserted"},
		{"relations a privative noun governs (a news analysis of the Caribbean)",
			"The absence of relations between Cuba and the United States hurt trade.", "CUB-USA negated"},
		{"its positive twin", "The warmth of relations between Cuba and the United States helped trade.", "CUB-USA asserted"},
		{"a rivalry of which no evidence is found (a paper)",
			"We find no evidence of a rivalry between Norway and Denmark.", "NOR-DNK negated"},
		{"its positive twin", "We find evidence of a rivalry between Norway and Denmark.", "NOR-DNK asserted"},
		{"not: a privative word negated (a history of West Africa)",
			"The region was never free of conflict between Ghana and Togo.", "GHA-TGO asserted"},
		{"not: 'no' of another noun (a news report)",
			"Kenya has no doubt about its alliance with Uganda.", "KEN-UGA asserted"},
		{"not: 'no end to' a relation (a history of Europe)",
			"There was no end to the rivalry between France and Spain.", "FRA-ESP asserted"},
	})
}

// TestRelationNounThatIsATrigger: a relation noun that is itself an
// event's trigger has that event's mode, whatever rule relates its
// actors: "A war between India and China would be catastrophic" states
// no war.
func TestRelationNounThatIsATrigger(t *testing.T) {
	checkPairModes(t, []pairCase{
		{"a war supposed (a news analysis of Asia)",
			"A war between India and China would be catastrophic.", "IND-CHN hypothetical"},
		{"its asserted twin", "A war between India and China was catastrophic.", "IND-CHN asserted"},
		{"a war denied after its two sides (a history of South America)",
			"Peru and Chile have had no war since 1883.", "PER-CHL negated"},
		{"its asserted twin", "Peru and Chile have had a war since 1883.", "PER-CHL asserted"},
	})
}

// TestNegatedSubjectsRelation: what a clause says of a subject that a
// negation opens ("Neither Kenya nor Uganda", "neither the United
// States nor Britain") it denies: the relation its verb group holds is
// negated.
func TestNegatedSubjectsRelation(t *testing.T) {
	checkPairModes(t, []pairCase{
		{"relations of two subjects denied (a history of East Africa)",
			"Neither Kenya nor Uganda had relations with Israel.", "KEN-UGA negated; KEN-ISR negated; UGA-ISR negated"},
		{"its positive twin", "Kenya and Uganda had relations with Israel.", "KEN-UGA asserted; KEN-ISR asserted; UGA-ISR asserted"},
		{"a pact of two subjects denied (a news report on the Sahel)",
			"Neither Sudan nor Chad has a defence pact with Libya.", "SDN-TCD negated; SDN-LBY negated; TCD-LBY negated"},
		{"its positive twin", "Sudan and Chad have a defence pact with Libya.", "SDN-TCD asserted; SDN-LBY asserted; TCD-LBY asserted"},
		{"a negated subject after a date (a history of the Cold War)",
			"In 1950 neither Portugal nor Spain had ties with Albania.", "PRT-ESP negated; PRT-ALB negated; ESP-ALB negated"},
		// a negated subject of a verb that ends or breaks (undoers.txt)
		// denies the ending: the relation went on, as "did not end" says
		{"not: neither ended the alliance (a history of the Balkans)",
			"Neither Greece nor Serbia ended its alliance with Romania in 1913.", "GRC-SRB asserted; GRC-ROU asserted; SRB-ROU asserted"},
		{"not: neither ended its pact (a news report on the Sahel)",
			"Neither Mali nor Niger ended its defence pact with Chad last year, officials said.", "MLI-NER asserted; MLI-TCD asserted; NER-TCD asserted"},
	})
}

// TestConditionOpeningTheSentence: a condition that opens the sentence
// ("If", "Unless" as its first word) makes a relation of its clause
// hypothetical, and the past of its own verb ("If Kenya had an alliance")
// is no new predicate that ends it; the comma after the condition does,
// and a clause with no condition stays asserted. An "if" with no modal
// in the consequent grants its condition, the premise of a fact: asserted.
func TestConditionOpeningTheSentence(t *testing.T) {
	checkPairModes(t, []pairCase{
		{"a present condition (a news analysis of East Africa)",
			"If Kenya has a border dispute with Uganda, the talks will fail.", "KEN-UGA hypothetical"},
		{"its asserted twin", "Kenya has a border dispute with Uganda, so the talks will fail.", "KEN-UGA asserted"},
		{"a past condition, not contrary to a past perfect (a paper's argument)",
			"If Greece had an alliance with Serbia, Bulgaria would hesitate.", "GRC-SRB hypothetical"},
		{"its asserted twin", "Greece had an alliance with Serbia, and Bulgaria hesitated.", "GRC-SRB asserted"},
		{"not: a condition granted, with no modal after it (a history of Europe)",
			"If Britain sought an entente with France in 1904, it did so to isolate Germany.", "GBR-FRA asserted"},
		{"its supposed twin", "If Britain sought an entente with France, Germany would protest.", "GBR-FRA hypothetical"},
		{"a doubt opening the sentence (a news analysis of South America)",
			"Whether Brazil has an alliance with Paraguay is unclear.", "BRA-PRY hypothetical"},
		{"its asserted twin", "Brazil has an alliance with Paraguay, it is clear.", "BRA-PRY asserted"},
	})
}

// TestIndefiniteRelationUnderAModal: a relation noun whose indefinite
// phrase opens its clause and is the subject of a modal ("could",
// "might", "may"; "would be" and a predicate word) names a relation that
// may be, hypothetical; the twin in the past, a history's "would" of what
// came later and a definite phrase stay asserted.
func TestIndefiniteRelationUnderAModal(t *testing.T) {
	checkPairModes(t, []pairCase{
		{"a treaty that could be (a news analysis of South America)",
			"A treaty between Chile and Peru could end the dispute.", "CHL-PER hypothetical"},
		{"its asserted twin", "A treaty between Chile and Peru ended the dispute.", "CHL-PER asserted"},
		{"an alliance that would be costly (a paper on Nordic security)",
			"An alliance between Sweden and Finland would be costly.", "SWE-FIN hypothetical"},
		{"its asserted twin", "An alliance between Sweden and Finland was costly.", "SWE-FIN asserted"},
		{"a rivalry that may emerge (a news report)",
			"A new rivalry between Brazil and Argentina may emerge.", "BRA-ARG hypothetical"},
		{"a compound's alliance that could deter (a history of East Asia)",
			"An Anglo-Japanese alliance could deter Russia.", "GBR-JPN hypothetical"},
		{"its asserted twin", "An Anglo-Japanese alliance deterred Russia.", "GBR-JPN asserted"},
		{"not: a history's 'would' of what came later (a history of Europe)",
			"A Russian alliance with France would follow in 1894.", "RUS-FRA asserted"},
		// a modal's perfect ("could have lasted") supposes what might have
		// followed; the relation itself was
		{"not: an alliance that could have lasted (a history of the Pacific)",
			"An alliance between Peru and Bolivia could have lasted, but it broke in 1880.", "PER-BOL asserted"},
		{"not: a dispute that might have been settled (a news analysis of Africa)",
			"A border dispute between Eritrea and Djibouti might have been settled in 2010, but it went on.", "ERI-DJI asserted"},
	})
}

// TestFigurativeRelationNoun: a relation noun whose "of" phrase or
// scene after its sides is headed by a noun of the lexicon's
// figurative.txt ("a war of words", "in the Olympic final") names a
// figure or a game, no relation of the sides, as the event stage reads a
// word of conflict there; a scene that is a place, or a figurative word
// that does not head its phrase ("in the final years"), leaves the
// relation.
func TestFigurativeRelationNoun(t *testing.T) {
	checkPairs(t, []pairCase{
		{"a rivalry in a game's final (a sports report)",
			"The rivalry between Brazil and Argentina in the Olympic final drew crowds.", ""},
		{"a rivalry at a semifinal (a history of football)",
			"In 1990 the rivalry between England and Germany at the semifinal was bitter.", ""},
		{"a war of words (a news report on East Africa)",
			"The war of words between Kenya and Uganda escalated.", ""},
		{"its twin, a rivalry at a place (a history of South America)",
			"The rivalry between Brazil and Argentina at the border was bitter.", "BRA-ARG rivalry pair:between"},
		{"not: 'final' that heads no phrase (a history of the Gulf)",
			"The rivalry between Iran and Iraq in the final years of the decade was costly.", "IRN-IRQ rivalry pair:between"},
	})
}

// TestDeniedOrEndedRelation: a relation a verb of denial's object states
// (the event stage's deny: "denies that it has an alliance with", "denied
// that it had a military pact with") and one the clause says has ended
// ("no longer", negationscope.txt's role clause) are negated; said or
// admitted, or still held, they are asserted, and so is a relation that
// is the subject of the clause denied ("denied that its rivalry with
// Croatia had ended").
func TestDeniedOrEndedRelation(t *testing.T) {
	checkPairModes(t, []pairCase{
		{"an alliance denied (a news report on South Asia)",
			"India denies that it has an alliance with Russia.", "IND-RUS negated"},
		{"its twin, said", "India says that it has an alliance with Russia.", "IND-RUS asserted"},
		{"a pact denied (a history of the Cuban missile crisis)",
			"In 1962 Cuba denied that it had a military pact with the Soviet Union.", "CUB-SUN negated"},
		{"its twin, admitted", "In 1962 Cuba admitted that it had a military pact with the Soviet Union.", "CUB-SUN asserted"},
		{"not: a relation that is the subject of the clause denied (a news report on the Balkans)",
			"Serbia denied that its rivalry with Croatia had ended.", "SRB-HRV asserted"},
		{"an alliance no longer held (a history of South America)",
			"Chile no longer has an alliance with Peru.", "CHL-PER negated"},
		{"its twin, still held", "Chile still has an alliance with Peru.", "CHL-PER asserted"},
		{"ties no longer held, after a date (a history of the Balkans)",
			"By 1999 Russia no longer had close ties with Serbia.", "RUS-SRB negated"},
		{"its twin", "By 1999 Russia had close ties with Serbia.", "RUS-SRB asserted"},
		{"not: 'no' of another noun before a clause of the relation (a history of South America)",
			"Chile had no navy, and its alliance with Peru held.", "CHL-PER asserted"},
	})
}
