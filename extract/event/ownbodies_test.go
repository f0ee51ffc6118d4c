package event_test

import "testing"

// A possessive pronoun before a state's armed or ruling body ("its
// troops", "their navy"), heading a subject that names no actor, stands
// for the subject before it (of the sentence, or of the verb a "that"
// clause completes), else for the actor the text last spoke of; after
// "and", for the one named before it; a body acted on ("their armies
// had not been defeated") leaves the act's agent unknown. Another
// noun after the pronoun ("their villages") names no actor. Cases of our
// own, from histories and news.
func TestPossessiveBodyIsItsState(t *testing.T) {
	checkCases(t, []roleCase{
		{"a that clause after a saying verb (news)",
			"Iraq said that its troops had attacked Kuwait.",
			"ASSAULT IRQ>KWT"},
		{"a that clause, another body (news)",
			"Israel said that its navy had shelled the coast of Lebanon.",
			"ASSAULT ISR>LBN"},
		{"a sentence's subject, the state the text spoke of (history)",
			"Germany declared war on Russia. Its armies invaded Belgium on 4 August.",
			"ASSAULT DEU>RUS; ASSAULT DEU>BEL"},
		{"a leader's forces (history)",
			"Saddam Hussein said that his forces had invaded Kuwait.",
			"ASSAULT IRQ>KWT"},
		{"after and, the one named before it, who has no code (history)",
			"Austria held Venetia in 1860. Garibaldi and his army, along with Bixio and Medici, attacked Sicily.",
			""},
		{"after and, the one named before it, who has no code (news)",
			"Russia backed the separatists in 2014. Strelkov and his troops, along with Borodai and Zakharchenko, attacked Ukraine.",
			"SUPPORT RUS>"},
		{"a body acted on leaves the agent unknown (history)",
			"Britain declared war on Germany. German generals later admitted that their armies had been defeated in the field.",
			"ASSAULT GBR>DEU"},
		{"a noun of no body names no actor (news)",
			"The Serbs said that their villages had been attacked by Croatia.",
			""},
	}, eventDyads)
}
