package event_test

import "testing"

// A reduced relative ("NOUN participle by X") acts on the noun before the
// participle, or an actor inside it, never on the clause's subject; a
// noun naming no actor gives the participle no target. A thing acted on
// "to China by Iran" takes the agent of that "by", not a later verb's.
// Cases of our own, from histories and news; without the rule the
// first four took the clause's subject for the one acted on.
func TestReducedRelativeHead(t *testing.T) {
	checkCases(t, []roleCase{
		{"no actor in the head (history)", "In 1945 the United States freed the prisoners captured by Japan.", "RETREAT USA>JPN"},
		{"no actor in the head (news)", "In 2016 Russia bombed the hospitals seized by rebel forces in Aleppo.", "ASSAULT RUS>SYR"},
		{"no actor in the head, a target after (history)", "In 1947 Britain returned the islands occupied by Italy to Greece.", ""},
		{"an actor inside the head (news)", "In 1992 the UN protected the villages in Bosnia attacked by Serbian troops.", "MOBILIZE UN>BIH; ASSAULT SRB>BIH"},
		{"an adjective in the head (history)", "In 1943 Britain supplied the Soviet armies encircled by German troops.", "AID GBR>SUN; ASSAULT DEU>SUN"},
		{"the head is the subject (history)", "The Greek islands occupied by Italy in 1912 were returned to Greece in 1947.", "COERCE ITA>GRC"},
		{"the head is the subject (news)", "Serbian forces attacked by NATO aircraft in 1999 withdrew from Kosovo.", "ASSAULT NATO>SRB; RETREAT SRB>"},
		{"set off by a comma and an adverb (history)", "The marines landed at Tyre (S Lebanon), already captured by Israeli troops.", "COERCE ISR>LBN"},
		{"set off by a comma and an adverb (news)", "On Monday peacekeepers reached Kismayo (S Somalia), already captured by Kenyan troops.", "COERCE KEN>SOM"},
		{"a thing's agent is its own by (news)", "The oil exported to China by Iran was sanctioned by the United States in 2019.", "COOPERATE IRN>CHN"},
		{"a thing's agent is its own by (history)", "The arms sold to Iraq by France were seized by Iran in 1984.", ""},
	}, modedDyads)
}

// A force verb's passive with an actor for its agent acts on the subject
// only when the agent's actor ends its noun phrase or heads an armed noun
// ("by Iraqi troops"), not a thing ("hit by Chinese imports"); beat,
// crush and hit need an armed side (armedverbs.txt), else they are sport
// or trade. The actor follows "by" directly ("attacked by surprise
// Egyptian airfields" is active). Cases of our own, history and news.
func TestArmedPassive(t *testing.T) {
	checkCases(t, []roleCase{
		{"sport (news)", "In 2002 France was beaten by Senegal at the World Cup.", ""},
		{"sport (history)", "Brazil was crushed by Germany in the 2014 World Cup semi-final.", ""},
		{"a thing after the actor (news)", "In 2018 the US economy was hit by Chinese imports.", ""},
		{"a thing after the actor (history)", "The Iraqi economy was crushed by American sanctions in the 1990s.", ""},
		{"disaster (news)", "Greece was hit by Turkish earthquakes in 1999.", ""},
		{"armed agent (history)", "In 1940 France was beaten by German armies.", "ASSAULT DEU>FRA"},
		{"armed subject (news)", "In 2014 the Iraqi army was crushed by ISIS in Mosul.", "ASSAULT ISIS>IRQ"},
		{"an agent ending its phrase (history)", "Kabul was captured by the Taliban in 1996.", "COERCE TALIBAN>AFG"},
		{"an armed noun after the actor (news)", "In 2022 Kharkiv was hit by Russian missiles.", "ASSAULT RUS>UKR"},
		{"a manner noun after by (history)", "In 1967 Israeli jets attacked by surprise Egyptian airfields.", "ASSAULT ISR>EGY"},
		{"a manner noun after by (news)", "In 2003 American jets attacked by night Iraqi positions.", "ASSAULT USA>IRQ"},
	}, modedDyads)
}
