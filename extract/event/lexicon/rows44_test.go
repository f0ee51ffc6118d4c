package lexicon_test

import "testing"

// TestArmsBoughtFromSeller: arms bought, purchased, acquired or imported
// from another are the seller's sale (COOPERATE arms_sale, the seller
// after "from" the source), as "sold ... to" codes the same transfer;
// grain, oil, land or airliners bought are no arms sale (triggers44).
// Cases of our own, from news and histories.
func TestArmsBoughtFromSeller(t *testing.T) {
	checkSenses(t, []string{"COOPERATE"}, []senseCase{
		{"fighters bought (news)", "In 2016 Indonesia bought F-16 fighters from the United States.", "COOPERATE USA>IDN"},
		{"tanks purchased (history)", "In 1990 Greece purchased tanks from Germany.", "COOPERATE DEU>GRC"},
		{"missiles acquired (news)", "In 2019 Turkey acquired missiles from Russia.", "COOPERATE RUS>TUR"},
		{"arms imported (paper)", "In 1975 India imported arms from the Soviet Union.", "COOPERATE SUN>IND"},
		{"two sellers (history)", "In 1984 Iraq bought arms from France and the Soviet Union.", "COOPERATE FRA,SUN>IRQ"},
		{"oil bought (news)", "In 2019 China bought oil from Iran.", ""},
		{"land bought (history)", "In 1803 the United States bought the land from France.", ""},
		{"grain imported (history)", "In 1966 India imported grain from the United States.", "COOPERATE IND>USA"},
	})
}

// TestMilitaryAircraftAreArms: aircraft that a word makes military
// ("AWACS aircraft", "combat aircraft", "patrol aircraft") are arms sold;
// passenger aircraft are not (triggers44). Cases of our own.
func TestMilitaryAircraftAreArms(t *testing.T) {
	checkSenses(t, []string{"COOPERATE"}, []senseCase{
		{"AWACS aircraft (history)", "In 1981 the United States sold Saudi Arabia five AWACS aircraft.", "COOPERATE USA>SAU"},
		{"combat aircraft (news)", "In 2016 France sold combat aircraft to India.", "COOPERATE FRA>IND"},
		{"patrol aircraft (news)", "In 2021 the United States sold patrol aircraft to New Zealand.", "COOPERATE USA>NZL"},
		{"passenger aircraft (news)", "In 2015 Britain sold passenger aircraft to China.", ""},
		{"aircraft alone (history)", "In 1970 Britain sold aircraft to China.", ""},
	})
}

// TestSumReceivedFrom: a sum received from a giver is aid (AID, the giver
// the source); a sum with no giver, or votes, are none (triggers44). Cases
// of our own, from news and histories.
func TestSumReceivedFrom(t *testing.T) {
	checkSenses(t, []string{"AID"}, []senseCase{
		{"dollars from a state (history)", "In 1979 Egypt received $2 billion from the United States.", "AID USA>EGY"},
		{"pounds from a state (history)", "In 1946 Britain received £3 billion from the United States.", "AID USA>GBR"},
		{"euros from a union (news)", "In 2016 Turkey received €6 billion from the European Union.", "AID EU>TUR"},
		{"no giver (news)", "Since 1985 Israel has received about $3 billion a year.", ""},
		{"votes (news)", "In 2019 the Labour Party received 40 per cent of the vote.", ""},
		{"oil revenue (news)", "In 2010 Norway received $20 billion from the sale of oil to Britain.", ""},
	})
}

// TestWhatIsWithdrawn: an ambassador withdrawn cuts ties, support
// withdrawn stops aid, a demand withdrawn yields, a proposal withdrawn is
// no act; troops withdrawn stay a retreat, also where a treaty follows
// (triggers44). Cases of our own, from news and histories.
func TestWhatIsWithdrawn(t *testing.T) {
	checkSenses(t, []string{"SANCTION", "RETREAT", "CONCEDE"}, []senseCase{
		{"an ambassador (news)", "In 2008 India withdrew its ambassador from Pakistan.", "SANCTION IND>PAK"},
		{"envoys (history)", "In 1939 Britain withdrew its envoys from Germany.", "SANCTION GBR>DEU"},
		{"support (history)", "In 1990 the Soviet Union withdrew its support for the Afghan government.", "SANCTION SUN>AFG"},
		{"aid (news)", "In 1991 Kuwait withdrew its aid to Jordan.", "SANCTION KWT>JOR"},
		{"claims (history)", "In 1953 the Soviet Union withdrew its territorial claims on Turkey.", "CONCEDE SUN>TUR"},
		{"a proposal (news)", "In 1977 Egypt withdrew its proposal for talks with Israel.", ""},
		{"a draft resolution (news)", "In 2012 France withdrew its draft resolution on Syria.", ""},
		{"troops (history)", "In 1989 Soviet troops withdrew from Afghanistan.", "RETREAT SUN>AFG"},
		{"forces and an agreement (history)", "In 1991 Iraq withdrew its forces from Kuwait after the agreement was signed.", "RETREAT IRQ>KWT"},
	})
}

// TestShipSunk: a ship named as an actor's right after "sank" is attacked
// (ASSAULT); a ship that sinks, a state sinking into a recession, and a
// government or a treaty sunk are none (triggers44). Cases of our own,
// from histories and news.
func TestShipSunk(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"a cruiser (history)", "In 1982 the British navy sank an Argentine cruiser.", "ASSAULT GBR>ARG"},
		{"a destroyer (history)", "In 1917 a German submarine sank a British destroyer.", "ASSAULT DEU>GBR"},
		{"a frigate (news)", "In 1987 Iraqi missiles sank an American frigate.", "ASSAULT IRQ>USA"},
		{"a fleet (history)", "In 1940 Britain sank the French fleet at Mers-el-Kebir.", "ASSAULT GBR>FRA"},
		{"a ship that sinks (history)", "In 1941 the German battleship sank after the battle with British ships.", ""},
		{"a recession (news)", "In 1980 Britain sank into recession.", ""},
		{"a government (news)", "In 2016 voters sank the British government in the referendum.", ""},
		{"a coalition (news)", "In 2010 the Greek debt crisis sank the German coalition.", ""},
	})
}

// TestEncouragedToAct: encouraging or emboldening an actor to act asks
// for the act (REQUEST), no praise; a thing encouraged, or an actor
// encouraged with no "to", is no request (triggers44). Cases of our own,
// from papers and histories.
func TestEncouragedToAct(t *testing.T) {
	checkSenses(t, []string{"REQUEST", "SUPPORT"}, []senseCase{
		{"encouraged a state to act (history)", "In 1951 the United States encouraged Japan to rearm.", "REQUEST USA>JPN"},
		{"emboldened by a state (history)", "In 1965 China emboldened Pakistan to seek a military solution.", "REQUEST CHN>PAK"},
		{"encouraged to talk (news)", "In 2018 Washington encouraged Seoul to negotiate with Pyongyang.", "REQUEST USA>KOR"},
		{"exports (news)", "In 2001 the United States encouraged exports to China.", ""},
		{"investment (news)", "In 1995 Germany encouraged investment to flow into Poland.", ""},
		{"an alliance (history)", "In 1778 Jefferson encouraged a French alliance to counter Britain.", ""},
		{"no to (history)", "In 1968 the Soviet victory emboldened North Vietnam.", "SUPPORT SUN>VDR"},
	})
}

// TestBrokeredWithNoParties: a ceasefire, a truce or an agreement brokered
// or mediated with no parties named is the broker's mediation (CONSULT,
// the source alone), not the agreement's noun; with parties after
// "between" they are the targets; a deal brokered by another or a release
// brokered names no mediation (triggers44). Cases of our own, from news
// and histories.
func TestBrokeredWithNoParties(t *testing.T) {
	checkSenses(t, []string{"CONSULT", "RETREAT"}, []senseCase{
		{"a truce (news)", "In 1994 the United States brokered a truce.", "CONSULT USA>"},
		{"a ceasefire, four brokers (history)", "In 1995 Argentina, Brazil and Chile brokered a ceasefire.", "CONSULT ARG,BRA,CHL>"},
		{"an agreement mediated (history)", "In 1981 Algeria mediated the agreement that freed the hostages.", "CONSULT DZA>"},
		{"parties named (news)", "In 2014 Egypt brokered a ceasefire between Israel and Hamas.", "CONSULT EGY>ISR,HAMAS"},
		{"passive (news)", "In 2008 a ceasefire brokered by Russia took effect.", ""},
		{"a release (news)", "In 2014 Qatar brokered the release of the hostages.", ""},
		{"banks (news)", "In 2012 the banks brokered a deal with the creditors.", ""},
	})
}

// TestDefenceTreatyEnded: a state that ends or terminates its defence,
// security or friendship treaty with another ends its ties (SANCTION);
// a war ended with a treaty, an alliance in another sense and a pact
// that ends are none (triggers44). Cases of our own, from histories and
// news.
func TestDefenceTreatyEnded(t *testing.T) {
	checkSenses(t, []string{"SANCTION"}, []senseCase{
		{"a defence treaty (history)", "In 1979 the United States ended its defence treaty with Taiwan.", "SANCTION USA>TWN"},
		{"a friendship treaty (history)", "In 1976 Egypt terminated its friendship treaty with the Soviet Union.", "SANCTION EGY>SUN"},
		{"a capital for its state (news)", "In 1979 Washington ended its mutual defense treaty with Taipei.", "SANCTION USA>TWN"},
		{"a war ended by a treaty (history)", "In 1918 Russia ended the war with the Treaty of Brest-Litovsk.", ""},
		{"isolation ended by an alliance (history)", "In 1907 Britain ended its isolation with an alliance with Japan.", ""},
		{"a pact that ends (news)", "In 1991 the Warsaw Pact ended.", ""},
	})
}
