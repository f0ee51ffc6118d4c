package pair_test

import "testing"

// TestMentionedActKeepsItsMode checks review25's finding 1: an act that a
// demand, refusal or threat only mentions (its cause after "for" or
// "after", the object of another act asked for, a verb of a clause of its
// own after "and") is done, so its pair stays asserted; the act demanded,
// asked for or threatened (an infinitive, a "that" clause, the object of
// the demand) stays hypothetical. Sentences of our own from histories of
// the Vietnam War, the Cold War in Asia, the Winter War and Suez, and of
// the Gulf and Afghanistan.
func TestMentionedActKeepsItsMode(t *testing.T) {
	cases := []pairCase{
		{"the cause of a threat (a history of the Vietnam War)",
			"In 1965 China threatened reprisals for the American bombing of North Vietnam.", "CHN-USA asserted; USA-VDR asserted"},
		{"an invasion after which help is asked (a history of the Cold War in Asia)",
			"In 1979 Pakistan asked China for arms after the Soviet invasion of Afghanistan.", "PAK-CHN asserted; SUN-AFG asserted"},
		{"the object of an act asked for (a history of the Winter War)",
			"In 1939 Finland asked Sweden for volunteers to resist the Soviet invasion of Finland.", "FIN-SWE asserted; SUN-FIN asserted"},
		{"a verb of its own clause after a refusal (a history of Suez)",
			"In 1956 Egypt rejected the British ultimatum and fought Israel.", "EGY-GBR asserted; EGY-ISR asserted"},
		{"an attack asked for stays hypothetical (a history of the Gulf)",
			"In 1991 Kuwait asked the United States to attack Iraq.", "KWT-USA asserted; USA-IRQ hypothetical"},
		{"a withdrawal called for stays hypothetical (a history of Afghanistan)",
			"In 1988 Pakistan called for a Soviet withdrawal from Afghanistan.", "PAK-SUN asserted; SUN-AFG hypothetical"},
		{"a condemnation demanded stays hypothetical, the raid it names asserted (a history of the Middle East)",
			"In 1973 Syria demanded that the Security Council condemn the Israeli attack on Damascus.", "SYR-UN asserted; ISR-SYR asserted; UN-ISR hypothetical"},
	}
	checkPairModes(t, cases)
}

// TestUndoerInAnObjectIsNoUndoer checks review25's finding 7: a word of
// undoers.txt inside the object of another negated verb ("did not accept
// a cease-fire") is no verb of ending, so the negation holds; the verb of
// ending itself still leaves the relation asserted. Sentences of our own
// from histories of the War of Attrition and the Korean War, and news of
// the Gulf.
func TestUndoerInAnObjectIsNoUndoer(t *testing.T) {
	cases := []pairCase{
		{"a cease-fire not accepted (a history of the War of Attrition)",
			"In 1969 Egypt did not accept a cease-fire with Israel.", "EGY-ISR negated"},
		{"a halt not accepted (a history of the Yugoslav wars)",
			"In 1995 Croatia did not accept a halt to the war with Serbia.", "HRV-SRB negated"},
		{"a war not ended stays asserted (news of the Gulf)",
			"In 1988 Iraq did not end its war with Iran.", "IRQ-IRN asserted"},
		{"an armistice not accepted (a history of the Korean War)",
			"In 1951 China did not accept an armistice with the United States.", "CHN-USA negated"},
	}
	checkPairModes(t, cases)
}
