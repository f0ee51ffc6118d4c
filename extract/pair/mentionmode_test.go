package pair_test

import "testing"

// TestMentionTakesItsClausesMode: a mention pair whose later side stands
// under a word of modality of its own clause (a modal, a negation, a
// plan, a hope, an intent before an infinitive) only says what might be,
// was hoped or was not, and carries that mode; the word in another
// clause, before a comma or an irregular past, in parentheses, "no" before
// a noun and a capitalised "May" and an intent's "to" before a name leave the pair asserted.
func TestMentionTakesItsClausesMode(t *testing.T) {
	cases := []pairCase{
		{"a hope before the later side (a history of the Caucasus)",
			"The Turkish generals hoped to strike before Russian reinforcements arrived.", "TUR-RUS hypothetical"},
		{"a modal before the later side (a history of the Baltic)",
			"Swedish observers said that a Danish fleet would soon face German submarines.", "SWE-DNK asserted; SWE-DEU hypothetical; DNK-DEU hypothetical"},
		{"an intent before an infinitive (a history of the Andes)",
			"Bolivian planners sought to reach the river before Paraguayan patrols.", "BOL-PRY hypothetical"},
		{"a negation before the later side (a history of the Gulf)",
			"Omani officials never trusted Yemeni tribal leaders.", "OMN-YEM negated"},
		{"the hope in the other clause (a history of the Pacific war)",
			"Chilean officers hoped to strike first, while Peruvian troops dug in.", "CHL-PER asserted"},
		{"'no' before a noun (a history of Greece)",
			"The Greek army had no tanks, and Turkish cavalry held the passes.", "GRC-TUR asserted"},
		{"'not only ... but also' (a history of the Western Front)",
			"French troops faced not only German but also Austrian units.", "FRA-DEU asserted; FRA-AUT asserted; DEU-AUT asserted"},
		{"a capitalised month (a history of West Africa)",
			"In May Ghanaian traders were in Togolese markets.", "GHA-TGO asserted"},
		{"the plan in a relative clause set off by commas (a history of South America)",
			"Colombian divisions, which Bogota had planned to keep at home, were given to Venezuelan commanders.", "COL-VEN asserted"},
		{"a negation in parentheses (a history of the Balkans)",
			"Serbian officials (not all of them diplomats) were in Bulgarian towns.", "SRB-BGR asserted"},
		{"a word of intent before 'to' and no infinitive (a history of East Africa)",
			"Kenyan traders sold their plans to Tanzanian merchants.", "KEN-TZA asserted"},
	}
	checkPairModes(t, cases)
}

// TestRelationTakesItsClausesMode: a relation word that no event of the
// sentence governs takes the mode of the words of modality before it in
// its clause ("would never accept an alliance with", "hoped for better
// relations with"); the asserted twin, a clause of its own after a comma
// and a paper's aim leave it asserted.
func TestRelationTakesItsClausesMode(t *testing.T) {
	cases := []pairCase{
		{"a negated modal (a history of the Pacific war)",
			"Peru would never accept an alliance with Chile.", "PER-CHL negated"},
		{"its asserted twin", "Peru accepted an alliance with Chile.", "PER-CHL asserted"},
		{"a hope (a history of East Africa)",
			"Italy hoped for better relations with Ethiopia.", "ITA-ETH hypothetical"},
		{"a negation right before its verb (a history of the Horn of Africa)",
			"Kenya never had good relations with Somalia.", "KEN-SOM negated"},
		{"the negation in a clause before a comma",
			"The Somali clans would not settle, and Kenyan ties with Somalia grew.", "KEN-SOM asserted"},
		{"a paper's aim (a survey of South America)",
			"This paper seeks to trace the rivalry between Brazil and Argentina.", "BRA-ARG asserted"},
	}
	checkPairModes(t, cases)
}
