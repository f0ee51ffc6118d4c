package event_test

import "testing"

// The past condition contrary to fact (PastCondition, the test the pair
// stage makes too) wherever it stands: after its consequent ("would have
// entered the war if Germany had invaded Britain") and inverted after a
// comma ("might have ended sooner, had Britain recognised Croatia") as
// well as opening the sentence; its act takes the opposite mode. A need
// ("would have to respond"), a doubt ("whether") and "unless" (a negated
// condition) are none. Sentences of our own.
func TestPostposedPastCondition(t *testing.T) {
	checkCases(t, []roleCase{
		{"if after the consequent (history of 1940)",
			"The United States would have entered the war in 1940 if Germany had invaded Britain.",
			"ASSAULT USA> hypothetical; ASSAULT DEU>GBR negated"},
		{"a negated condition after the consequent (paper on Suez)",
			"Egypt would have lost the canal if the Soviet Union had not threatened Britain.",
			"THREATEN SUN>GBR"},
		{"an inverted condition after a comma (paper on the Balkans)",
			"The war might have ended sooner, had Britain recognised Croatia.",
			"SUPPORT GBR>HRV negated"},
		{"not: a need (history of 1914)",
			"Britain would have to respond if Germany had attacked Belgium.",
			"ASSAULT DEU>BEL hypothetical"},
		{"not: a doubt (history of 1914)",
			"Britain asked whether Germany had attacked Belgium.",
			"ASSAULT DEU>BEL hypothetical"},
		{"not: unless (paper on Suez)",
			"Unless Britain had attacked Egypt, Israel would have lost the war.",
			"ASSAULT GBR>EGY hypothetical; ASSAULT ISR> hypothetical"},
	}, modedDyads)
}

// TestInvertedConditionWithoutComma: a "Had" that opens the sentence
// makes a past condition with no comma after it too; the consequent opens
// with the subject of its modal, an actor ("... in 1936 Hitler would have
// fallen") or a noun phrase ("the armistice would have come later"). A
// "had" after the subject is no inverted condition. Sentences of our own: a
// history of the Rhineland crisis and one of the Winter War.
func TestInvertedConditionWithoutComma(t *testing.T) {
	checkCases(t, []roleCase{
		{"an actor opens the consequent (the Rhineland crisis)",
			"Had France attacked Germany in 1936 Hitler would have fallen.",
			"ASSAULT FRA>DEU negated"},
		{"a noun phrase opens the consequent (the Winter War)",
			"Had Sweden sent troops to Finland the armistice would have come later.",
			"AID SWE>FIN negated"},
		{"not: a 'had' after the subject (the Winter War)",
			"Sweden had sent troops to Finland and the armistice would have come later.",
			"AID SWE>FIN"},
		{"not: the comma form, as before (the Rhineland crisis)",
			"Had France attacked Germany in 1936, Hitler would have fallen.",
			"ASSAULT FRA>DEU negated"},
	}, modedDyads)
}
