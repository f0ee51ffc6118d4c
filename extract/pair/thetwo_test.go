package pair_test

import "testing"

// TestTheTwoNations: "the two nations", "both countries" (the two with a
// pair noun) mean the pair the paragraph last stated, unless its sentence
// named a side of it only in passing, in parentheses or in a
// participle's phrase between commas ("Peru, defeated by Chile in 1881,
// sought help from Bolivia"): then the two actors the paragraph last
// named outside such remarks. An agent in the sentence's line ("Peru was
// defeated by Chile") is no remark, and a third actor named last ("help
// from Bolivia against Chile") leaves the stated pair; a bare "the two"
// always means the stated pair, and an actor of the sentence itself
// ("the American president asked both sides") is none of the two. Cases from a history of the Andes, a history of the Balkan
// wars and a history of 1916. Where the actor stage already gives the
// noun the two states (actor Entity.Pair, read by the event stage since
// events57), the pair comes from "between" or from the event and
// pair:the-two adds no second record of it.
func TestTheTwoNations(t *testing.T) {
	checkPairs(t, []pairCase{
		{"an agent between commas (the Andes)",
			"Peru, defeated by Chile in 1881, sought help from Bolivia. The talks between the two nations failed.",
			"CHL-PER war pair:event; PER-BOL demand pair:event; PER-BOL talks pair:the-two"},
		{"an agent in parentheses (the Balkan wars)",
			"Serbia (backed by Russia) signed a pact with Bulgaria in 1912. Relations between the two countries soon soured.",
			"SRB-RUS endorse pair:event; SRB-BGR sign_agreement pair:event; SRB-BGR relations pair:between"},
		// not set off: the agent is one of the two
		{"not: an agent in the sentence's line (the Andes)",
			"Peru was defeated by Chile in 1881. The war between the two nations ended in 1883.",
			"CHL-PER war pair:event; PER-CHL war pair:event"},
		{"not: an agent in the sentence's line (the Balkan wars)",
			"Bulgaria was backed by Russia in 1912. Relations between the two countries soon soured.",
			"RUS-BGR cooperate pair:event; BGR-RUS relations pair:between"},
		{"not: the stated pair, a third named last (the Andes)",
			"Peru sought help from Bolivia against Chile. The two nations signed a pact in 1873.",
			"PER-BOL demand pair:event; PER-CHL mention pair:sentence; PER-BOL pact pair:the-two"}, // Chile: the side Peru sought help against (sides.txt)
		{"not: the stated pair, a third named last (1914)",
			"Germany attacked France through Belgium. The war between the two countries lasted four years.",
			"DEU-FRA attack pair:event; DEU-BEL attack pair:via; BEL-FRA attack pair:via; DEU-FRA war pair:the-two"},
		// a bare "the two": the pair the paragraph last stated
		{"not: a bare the two (the Andes)",
			"Peru, defeated by Chile in 1881, sought help from Bolivia. The ties between the two were tense.",
			"CHL-PER war pair:event; PER-BOL demand pair:event; CHL-PER ties pair:the-two"},
		// an actor of the sentence itself is none of the two
		{"not: the sentence's own actor (a history of 1916)",
			"In 1916 Germany offered peace to Britain. Soon after, the American president asked both sides to state their demands.",
			"DEU-GBR offer pair:event; DEU-GBR demand pair:the-two"},
	})
}
