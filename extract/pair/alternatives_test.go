package pair_test

import "testing"

// TestAlternativesAreNoPair: the actor right before a phrase of
// alternatives.txt ("rather than", "instead of"), past one lower-case
// noun, and the first actor after it are two choices, no mention pair;
// each keeps its pairs with the sentence's other actors. An actor a verb
// separates from the phrase is the one that chooses and keeps its pair.
// Cases from a paper on South Asia, a report on East Africa and a
// history of the Gulf.
func TestAlternativesAreNoPair(t *testing.T) {
	checkPairs(t, []pairCase{
		{"rather than a phrase holding the actor (a paper on South Asia)",
			"Pakistan's alignment with China rested on fear of India rather than any shared view of the Soviet threat.",
			"PAK-CHN mention pair:sentence; PAK-IND mention pair:sentence; PAK-SUN mention pair:sentence; CHN-IND mention pair:sentence; CHN-SUN mention pair:sentence"},
		{"rather than an actor (East Africa)",
			"Kenya turned to Ethiopia rather than Somalia for grain in 2011.",
			"KEN-ETH mention pair:sentence; KEN-SOM mention pair:sentence"},
		{"rather than a preposition's phrase (a history of the Gulf)",
			"The alliance was driven by hostility to Iran rather than by friendship with Saudi Arabia.",
			""},
		{"instead of (East Africa)",
			"Uganda bought fuel from Kenya instead of Tanzania in 2012.",
			"UGA-KEN mention pair:sentence; UGA-TZA mention pair:sentence"},
		{"not: a verb between the actor and the phrase (a history of 1914)",
			"In 1914 Italy chose neutrality rather than war with France.",
			"ITA-FRA mention pair:sentence"},
		{"not: no actor after the phrase (a history of the Gulf)",
			"Turkey bought Russian missiles rather than American ones.",
			"TUR-RUS mention pair:sentence"},
		{"not: a comma after the phrase (East Africa)",
			"Kenya turned to Ethiopia rather than, in the end, Somalia.",
			"KEN-ETH mention pair:sentence; KEN-SOM mention pair:sentence; ETH-SOM mention pair:sentence"},
	})
}

// TestParallelFiguresAreNoPair: a figure after a phrase of
// figurecontrasts.txt ("against", "compared with") following a comma,
// given for an actor after a preposition, set against a figure of the
// clause before whose only actor is x: the two sides' figures are
// compared, not related. With two actors before, with no figure after the
// phrase, or with none before it, the pairs stay. Cases from papers on
// defence spending and trade and a history of the Middle East.
func TestParallelFiguresAreNoPair(t *testing.T) {
	checkPairs(t, []pairCase{
		{"against a figure for a side (a paper on defence spending)",
			"Indian military spending rose 10 per cent in 2019, against 5 per cent for Pakistan.",
			""},
		{"compared to (a paper on defence spending)",
			"Britain spent 2 per cent of its GDP on defence, compared to 3.5 per cent for the United States.",
			""},
		{"compared with (a paper on trade)",
			"China's exports grew by 12 per cent in 2010, compared with 3 per cent for Japan.",
			""},
		{"forces of two sides (a history of the Middle East)",
			"Israel had 300 tanks in 1973, against 1,200 for Egypt and Syria.",
			""},
		{"not: two actors before the comma (a paper on trade)",
			"Chinese loans to Kenya reached $9 billion, compared with $2 billion from Japan.",
			"CHN-KEN mention pair:sentence; CHN-JPN mention pair:sentence; KEN-JPN mention pair:sentence"},
		{"not: no figure after the phrase (a history of the Gulf)",
			"Japan sent 500 engineers to Iraq, against the wishes of China.",
			"JPN-IRQ mention pair:sentence; JPN-CHN mention pair:sentence; IRQ-CHN mention pair:sentence"},
		{"not: no figure before the phrase (a history of the Middle East)",
			"Egypt's army was large, against 40 brigades for Jordan.",
			"EGY-JOR mention pair:sentence"},
	})
}
