package event_test

import "testing"

// A single object before ", and" does not join the actor after it when a
// verb of that actor's own follows: the two are clauses, and an irregular
// past ("took", "overran", "came"; syntax's pastforms.txt) is as finite as
// a form in -ed, after the first actor or before it. A list of two or
// more before ", and", a subject list with no verb before it, a pair
// after "between" and a second actor before a noun stay one list. Cases
// of our own, from histories of Asia, Europe and the Gulf (review17
// finding 6).
func TestObjectNotJoinedAcrossPastClause(t *testing.T) {
	checkCases(t, []roleCase{
		{"took X, and Y protested (history of Asia)",
			"In 1950 China took Tibet, and India protested to China.",
			"COERCE CHN>TIBET; PROTEST IND>CHN"},
		{"took X, and Y declared war (history of Europe)",
			"In 1939 Germany took Danzig, and Britain declared war on Germany.",
			"COERCE DEU>DANZIG; ASSAULT GBR>DEU"},
		{"overran X, and Y sought help (Gulf)",
			"In 1990 Iraq overran Kuwait, and Saudi Arabia sought help from the United States.",
			"COERCE IRQ>KWT; REQUEST SAU>USA"},
		{"attacked X, and Y came in: an irregular past after the actor (history of Asia)",
			"In 1965 Pakistan attacked India, and the Soviet Union came in as mediator.",
			"ASSAULT PAK>IND"},
		{"a subject list with no verb before it stays one (history of Europe)",
			"In 1914 Britain, and France went to war with Germany.",
			"ASSAULT GBR,FRA>DEU"},
		{"a list of three before the verb's end stays one (history of Europe)",
			"In 1940 Germany overran Denmark, Norway, and the Netherlands.",
			"COERCE DEU>DNK,NOR,NLD"},
		{"a second actor before a noun, no verb of its own (history of Asia)",
			"After the war Japan gave Korea, and Taiwan their independence.",
			"COOPERATE JPN>KOR,TWN"},
		{"a bare form after the second actor is no clause of its own (history of Europe)",
			"The war that began in 1914 saw Britain, and France fight Germany.",
			"ASSAULT GBR,FRA>DEU"},
	}, eventDyads)
}
