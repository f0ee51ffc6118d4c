package event_test

import "testing"

// TestOwnUncodedAgentTakesNoFill checks that an act whose sentence names
// its own agent, one the vocabulary has no code for, takes no source from
// the paragraph or the document: a passive's agent after "by" ("were
// attacked by the Greens"), a leader's men as the subject ("Garibaldi and
// Bixio's men occupied", "Mishich's cavalry came to the aid of"). A
// coded agent still acts, a "by" phrase that names no one ("by night")
// and a possessor after a preposition ("the troops of Kadyrov's men")
// leave the fill as it was. Cases of our own, from histories and news.
func TestOwnUncodedAgentTakesNoFill(t *testing.T) {
	checkCases(t, []roleCase{
		{"a passive's uncoded agent (history)",
			"Poland attacked Ukraine in 1919. Poland attacked Ukraine again in 1920. In November, the Ukrainian forces were attacked by the Greens.",
			"ASSAULT POL>UKR; ASSAULT POL>UKR"},
		{"a passive's uncoded agent (news)",
			"Russia shelled Georgia in May. Russia shelled Georgia in June. In July, Georgian villages were shelled by the Chechens.",
			"ASSAULT RUS>GEO; ASSAULT RUS>GEO"},
		{"a passive's coded agent acts (history)",
			"Poland attacked Ukraine in 1919. Poland attacked Ukraine again in 1920. In November, the Ukrainian forces were attacked by Russia.",
			"ASSAULT POL>UKR; ASSAULT POL>UKR; ASSAULT RUS>UKR"},
		{"a by phrase that names no one (history)",
			"Poland attacked Ukraine in 1919. Poland attacked Ukraine again in 1920. In November, the Ukrainian forces were attacked by night.",
			"ASSAULT POL>UKR; ASSAULT POL>UKR; ASSAULT POL>UKR"},
		{"a leader's troops as the subject (history)",
			"France occupied Italy in 1859. France occupied Italy again in 1860. In 1861, Garibaldi and Bixio's men occupied Rome.",
			"COERCE FRA>ITA; COERCE FRA>ITA"},
		{"a leader's fighters as the subject (news)",
			"Russia attacked Georgia in May. Russia attacked Georgia in June. In July, Kadyrov's fighters attacked Georgia.",
			"ASSAULT RUS>GEO; ASSAULT RUS>GEO"},
		{"a leader's cavalry as the subject of an event noun (history)",
			"Russia sent aid to Serbia in 1914. Russia sent aid to Serbia in 1915. On May 3, Mishich's cavalry came to the aid of Serbian forces.",
			"AID RUS>SRB; AID RUS>SRB"},
		{"a state's troops act (history)",
			"The United States occupied Mexico in 1914. The United States occupied Mexico again in 1916. In 1917, Germany's troops occupied Mexico City.",
			"COERCE USA>MEX; COERCE USA>MEX; COERCE DEU>MEX"},
		{"a possessor after a preposition is no subject (news)",
			"Russia attacked Georgia in May. Russia attacked Georgia in June. In July, the troops of Kadyrov's men attacked Georgia.",
			"ASSAULT RUS>GEO; ASSAULT RUS>GEO; ASSAULT RUS>GEO"},
	}, modedDyads)
}
