package event_test

import "testing"

// A passive's agent named by a phrase around the actors: a noun of a
// state's bodies, of a count of its members or of a joint act before
// "of" (agentOf) makes the actors after the "of" the source. A noun of
// another party ("the enemies of", "allies of") does not, nor an "of"
// outside the "by" phrase. Cases of our own, from histories and news.
func TestAgentPhraseAroundActors(t *testing.T) {
	checkCases(t, []roleCase{
		{"by the combined forces of A and B (history)",
			"Kuwait was invaded by the combined forces of Iraq and Syria.",
			"ASSAULT IRQ,SYR>KWT"},
		{"by the armies of A and B (history)",
			"Greece was attacked by the armies of Italy and Germany.",
			"ASSAULT ITA,DEU>GRC"},
		{"by the joint efforts of A and B (news)",
			"Iraq was attacked by the joint efforts of Iran and Syria.",
			"ASSAULT IRN,SYR>IRQ"},
		{"by the concerted action of A and B (news)",
			"Chad was attacked by the concerted action of Libya and Sudan.",
			"ASSAULT LBY,SDN>TCD"},
		{"by units of A and B (news)",
			"Kabul was shelled by units of Pakistan and Iran.",
			"ASSAULT PAK,IRN>AFG"},
		{"not a noun of another party: the enemies of (news)",
			"Iraq was attacked by the enemies of Iran.",
			""},
		{"not a noun of another party: allies of (history)",
			"Serbia was attacked by allies of Russia.",
			""},
		{"not an of outside the by phrase (history)",
			"By 1941 the forces of Germany had invaded Greece.",
			"ASSAULT DEU>GRC"},
		{"no passive: the forces of A as subject (history)",
			"The forces of Germany were defeated by Britain.",
			"ASSAULT GBR>DEU"},
	}, modedDyads)
}

// A participle right after a noun, with no auxiliary, a preposition after
// it and its agent near (a reduced relative clause) is a passive: the
// agent is the source, the noun's actor the target. Not a "by" further
// on, which is another participle's, nor a participle with a direct
// object. Cases of our own, from histories and news.
func TestReducedRelativePassive(t *testing.T) {
	checkCases(t, []roleCase{
		{"the islands occupied by A (history)",
			"The Greek islands occupied by Italy in 1912 were ceded in 1947.",
			"COERCE ITA>GRC"},
		{"the villages in B attacked by A (news)",
			"The villages in Bosnia attacked by Serbian troops were burned.",
			"ASSAULT SRB>BIH"},
		{"the army attacked by A retreated (history)",
			"The Iraqi army attacked by Iranian forces retreated.",
			"ASSAULT IRN>IRQ; RETREAT IRQ>"},
		{"the oil fields seized by A (news)",
			"The Kuwaiti oil fields seized by Iraqi forces burned for months.",
			"COERCE IRQ>KWT"},
		{"not a by further on: another participle's agent (news)",
			"Chinese officials agreed on Monday to a deal brokered by Russia.",
			"AGREE CHN>RUS"},
		{"not a participle with a direct object (history)",
			"Israeli jets attacked Hamas fighters backed by Iran.",
			"ASSAULT ISR>HAMAS"},
		{"not a by with no actor (history)",
			"Iraqi troops crossed into Kuwait by night.",
			"ASSAULT IRQ>KWT"},
	}, modedDyads)
}

// A passive whose subject is a thing ("the arms", "sanctions") acts on
// the actor of its "to", "on" or "against" before the agent, as the
// active does. Not an actor after the agent, which may be another
// verb's, nor one of another preposition. Cases of our own, from
// histories and news.
func TestPassiveThingSubjectRecipient(t *testing.T) {
	checkCases(t, []roleCase{
		{"arms that were supplied to B by A (history)",
			"The arms that were supplied to Afghanistan by Pakistan reached the rebels in May.",
			"AID PAK>AFG"},
		{"sanctions were imposed on B by A (news)",
			"Sanctions were imposed on Iran by the United Nations.",
			"SANCTION UN>IRN"},
		{"attacks were launched against B by A (history)",
			"Attacks were launched against Iran by Iraq in 1980.",
			"ASSAULT IRQ>IRN"},
		{"not an actor after the agent: another verb's (news)",
			"The rebels attacked by Iraqi forces fled to Iran.",
			""},
		{"not a place of another preposition (news)",
			"Troops were massed near Iran by Iraq in 1980.",
			"MOBILIZE IRQ>"},
	}, modedDyads)
}

// A dictionary verb of force (ASSAULT, COERCE) in a passive with its
// agent acts on its subject, as on its direct object in the active,
// whether the passive is a main clause or a participle set off by commas.
// Not a dictionary verb of another kind ("led by", "commanded by"), nor
// an agent of the subject's own side. Cases of our own, from histories
// and news.
func TestDictionaryForcePassive(t *testing.T) {
	checkCases(t, []roleCase{
		{"a capital was captured by A (news)",
			"Kabul was captured by the Taliban in 1996.",
			"COERCE TALIBAN>AFG"},
		{"a city, besieged by A, (history)",
			"Sarajevo, besieged by Serbian forces from 1992, was relieved in 1995.",
			"COERCE SRB>BIH"},
		{"a city, captured by A, (history)",
			"Kuwait City, captured by Iraqi forces in 1990, was freed in 1991.",
			"COERCE IRQ>KWT"},
		{"not a verb of another kind: led by (history)",
			"The Egyptian army was led by General Ismail in 1973.",
			""},
		{"not a verb of another kind: commanded by (news)",
			"The Syrian offensive was commanded by Russian officers.",
			""},
		{"not an agent of the subject's own side (news)",
			"Mosul was taken by the Iraqi army in 2017.",
			""},
	}, modedDyads)
}
