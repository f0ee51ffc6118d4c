package event_test

import "testing"

// "and" alone between an actor that is a finite verb's object and an
// actor whose finite verb follows it joins two clauses, as ", and" did
// (syntax view.go): "Germany attacked France and Russia invaded East
// Prussia" was ASSAULT DEU>FRA plus DEU>FRA,RUS (Russia read as a second
// target), now DEU>FRA and RUS's invasion; "Iraq invaded Iran and Iran
// attacked Baghdad" gave nothing. A list with no verb after it, a subject
// after a time phrase, an actor after a preposition (in the subject's
// phrase: "sales to Iran and Egypt marked"), a participle with "by" and a
// negated verb keep the list. Cases of our own, from histories and news.
func TestAndOpensClause(t *testing.T) {
	checkCases(t, []roleCase{
		{"a second subject and verb (history)", "In 1914 Germany attacked France and Russia invaded East Prussia.", "ASSAULT DEU>FRA; ASSAULT RUS>DEU"},
		{"the same state again (news)", "In 1980 Iraq invaded Iran and Iran attacked Baghdad.", "ASSAULT IRQ>IRN; ASSAULT IRN>IRQ"},
		{"a verb with no event (history)", "In 1973 Syria attacked Israel and Egypt crossed the canal.", "ASSAULT SYR>ISR"},
		{"a noun's act (history)", "In 1939 Germany attacked Poland and Britain declared war on Germany.", "ASSAULT DEU>POL; ASSAULT GBR>DEU"},
		{"a list (history)", "In 1940 Germany attacked France and Belgium in May.", "ASSAULT DEU>FRA,BEL"},
		{"a subject after a time phrase (history)", "In 1939 Germany invaded Poland; two days later Britain and France declared war on Germany.", "ASSAULT DEU>POL; ASSAULT GBR,FRA>DEU"},
		{"after a preposition (scholarly)", "In 1960 the Soviet military sales to Iran and Egypt marked a change.", "COOPERATE SUN>IRN,EGY"},
		{"a negated verb (news)", "In 1939 Germany did not attack France and Britain stayed neutral.", "ASSAULT DEU>FRA,GBR negated"},
	}, modedDyads)
}
