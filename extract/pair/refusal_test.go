package pair_test

import "testing"

// TestRefusalRelatesNoOne: the subject of a clause that "and" or "but"
// opens, whose verb is a refusal with no target (", and Uganda refused"),
// refuses to do as the first clause's actors did, and pairs with none of
// them; when the first clause asks, seeks, tries or hopes for something
// (appeal.txt, intent.txt, modality.tsv's attempt and hope), the refusal
// answers it and keeps its pairs, and so does a refusal with a target.
// Cases from a news report on the European Union, a report on East
// Africa and histories of the Winter War and of Suez.
func TestRefusalRelatesNoOne(t *testing.T) {
	checkPairs(t, []pairCase{
		{"but X refused (news on the European Union)",
			"Germany and Italy voted for the embargo, but Hungary refused.",
			""},
		{"and X refused (East Africa)",
			"Kenya relied on Somalia for fish, and Uganda refused.",
			"KEN-SOM mention pair:sentence"},
		{"not: an attempt refused (a history of the Winter War)",
			"Finnish envoys tried to obtain a truce with Moscow in 1940, but the Soviets refused.",
			"FIN-RUS mention pair:sentence; FIN-SUN mention pair:sentence"},
		{"not: a request sought (a history of Suez)",
			"Egypt sought arms from Britain in 1955, and France refused.",
			"EGY-GBR mention pair:sentence; EGY-FRA mention pair:sentence"},
		{"not: a hope (East Africa)",
			"Kenya hoped for Somali fish in 2011, and Uganda refused.",
			"KEN-SOM mention pair:sentence; KEN-UGA mention pair:sentence"},
		{"not: a refusal with a target (East Africa)",
			"Kenya relied on Somalia for fish, and Uganda refused Kenyan goods.",
			"UGA-KEN reject pair:event"},
	})
}

// TestObjectlessRefusalRelatesNoOne: a verb of refusal of the lexicon
// that ends its clause after a conjunction ("..., and Canada declined")
// gives no event, yet refuses to do as the first clause's actors did as
// "refused" does: no pair with them. A request answered, a verb with more
// words after it and a refusal after a demand keep their pairs. Cases
// from a brief on alliance budgets, one on West African money and one on
// the recognition of Israel.
func TestObjectlessRefusalRelatesNoOne(t *testing.T) {
	checkPairs(t, []pairCase{
		{"and X declined (alliance budgets)",
			"Most NATO members raised their budgets after 2014, and Canada declined.",
			""},
		{"and X declined (West African money)",
			"Ghana joined the monetary union in 2005, and Nigeria declined.",
			""},
		{"but X declined (the recognition of Israel)",
			"Britain recognised the new state in 1949, but Spain declined.",
			""},
		{"not: a request answered (a history of Suez)",
			"Egypt sought arms from Britain in 1955, and France declined.",
			"EGY-GBR mention pair:sentence; EGY-FRA mention pair:sentence"},
		{"not: words after the verb (alliance budgets)",
			"Most NATO members raised their budgets after 2014, and Canada declined sharply.",
			"NATO-CAN mention pair:sentence"},
		{"not: a demand refused (West African money)",
			"Ghana asked Nigeria to join the union in 2005, and Togo declined.",
			"GHA-NGA demand pair:event"},
	})
}
