package event_test

import "testing"

// A "who" that follows a person's name the vocabulary does not code
// stands for the state of the title the name is set off from by a comma
// ("Italy's Premier, Francesco Nitti, who ... urged
// Greece"): the name is the title's apposition. Without it the verb had no
// subject and took a far paragraph topic. A name after a determiner, a
// verb or a preposition, or after a word that is no title ("Britain's
// enemy"), is no apposition. Cases of our own, from a history and the news.
func TestWhoAfterTitledNameStandsForTitle(t *testing.T) {
	checkCases(t, []roleCase{
		{"a who after a titled name (history)",
			"Italy's Premier, Francesco Nitti, who wanted a grain deal with the Turks urged Greece to accept a truce.",
			"REQUEST ITA>GRC"},
		{"a who after a titled name (news)",
			"Germany's chancellor, Hans Keller, who favoured closer ties with the Kremlin urged Ukraine to negotiate.",
			"REQUEST DEU>UKR"},
		{"a name that is an object is no apposition (news)",
			"Germany's chancellor met the mediator, Jan Smuts, who urged Ukraine to negotiate.",
			""},
		{"a name after a preposition is no apposition (history)",
			"The treaty was signed with the envoy, David Smith, who pressed Poland to make peace.",
			""},
		{"a name the actor stage placed by its apposition is its state's (history)",
			"The treaty was signed with Britain's envoy, David Smith, who pressed Poland to make peace.",
			"REQUEST GBR>POL"},
		{"a relation is no title (history)",
			"Britain's enemy, Jan Smuts, who wanted a port in Morocco pressed France to yield.",
			""},
		{"a lower-case antecedent is no name (history)",
			"France's Premier sent envoys, who pressed Poland to make peace.",
			""},
	}, eventDyads)
}
