package pair_test

import "testing"

// TestJoinedClauseSidesApart: in a sentence that names three actors or
// more, a clause that "and" or "but" opens after a clause with a verb of
// its own, with an actor as its subject and a verb of its own, states an
// act of its own: an actor of the first clause that is not its subject
// is no side of the second's, and an actor of the second that is not its
// subject none of the first's; the two subjects keep their pair. Co-
// subjects ("France and Britain declared war on Germany"), a second verb
// of the same subject, a list of objects and a clause whose subject names
// no actor keep every pair. Cases from a history of the First World War
// and a report on East Africa.
func TestJoinedClauseSidesApart(t *testing.T) {
	checkPairs(t, []pairCase{
		{"and, a date, a subject of its own (a history of 1918)",
			"In March Austria wrote to the neutrals, and on 15 September Germany turned to Belgium.",
			"AUT-DEU mention pair:sentence; DEU-BEL mention pair:sentence"},
		{"and, a subject of its own (East Africa)",
			"Kenya relied on Somalia for fish, and in 2011 Uganda relied on Sudan for oil.",
			"KEN-SOM mention pair:sentence; KEN-UGA mention pair:sentence; UGA-SDN mention pair:sentence"},
		{"but, a subject of its own (East Africa)",
			"Kenya courted Ethiopia in 2010 but Uganda courted Sudan.",
			"KEN-ETH mention pair:sentence; KEN-UGA mention pair:sentence; UGA-SDN mention pair:sentence"},
		{"the subjects of the two clauses keep their pair (a history of 1915)",
			"By the spring of 1915, the Russians had waited in Galicia, and in May the Central Powers gained ground on the Polish frontier.",
			"RUS-CENTRAL_POWERS mention pair:sentence; CENTRAL_POWERS-POL mention pair:sentence"},
		{"not: co-subjects (a history of 1939)",
			"France and Britain declared war on Germany in 1939.",
			"FRA-DEU war pair:event; GBR-DEU war pair:event; FRA-GBR joint_war pair:joint"},
		{"not: the same subject goes on (East Africa)",
			"Kenya relied on Somalia for fish and then relied on Sudan for oil.",
			"KEN-SOM mention pair:sentence; KEN-SDN mention pair:sentence"},
		{"not: a list of objects (East Africa)",
			"Kenya relied on Somalia and Ethiopia for fish in 2011.",
			"KEN-SOM mention pair:sentence; KEN-ETH mention pair:sentence"},
		{"not: a subject that names no actor (East Africa)",
			"Kenya relied on Somalia for fish and the traders later relied on Ethiopia.",
			"KEN-SOM mention pair:sentence; KEN-ETH mention pair:sentence"},
		{"not: a second object with its own phrase (East Africa)",
			"Kenya relied on Somalia for fish and Ethiopia for grain.",
			"KEN-SOM mention pair:sentence; KEN-ETH mention pair:sentence; SOM-ETH mention pair:sentence"},
		{"a subject noun after the actor (East Africa)",
			"Kenya relied on Somalia for fish and Ethiopian grain later reached Uganda.",
			"KEN-SOM mention pair:sentence; KEN-ETH mention pair:sentence; ETH-UGA mention pair:sentence"},
		{"a possessive subject (East Africa)",
			"Kenya relied on Somalia for fish and Ethiopia's traders relied on Uganda.",
			"KEN-SOM mention pair:sentence; KEN-ETH mention pair:sentence; ETH-UGA mention pair:sentence"},
		{"a passive clause (a history of 1916)",
			"Romania relied on Russia for arms, but Bulgaria was courted by Germany.",
			"ROU-RUS mention pair:sentence; ROU-BGR mention pair:sentence; BGR-DEU mention pair:sentence"},
		{"not: no verb before the conjunction (a history of 1917)",
			"Troops from Britain and France entered Palestine in 1917.",
			"GBR-PSE mention pair:sentence; FRA-PSE mention pair:sentence"},
	})
}
