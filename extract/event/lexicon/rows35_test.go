package lexicon_test

import "testing"

// TestHoldingOffIsPuttingOff: armed forces holding off an enemy or its
// attack repel it (triggers.tsv's "hold off", object class assailed or an
// actor), ASSAULT; holding off on an act, until a time, or holding off
// its or their own offensive puts it off (NONE rows): no attack. The act
// put off keeps its own words ("held off its offensive on Gaza" still
// tells of the offensive). Only ASSAULT events are shown. Cases of our
// own, from histories and news.
func TestHoldingOffIsPuttingOff(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"an attack held off (history)", "In 1973 the Israeli army held off the Syrian attack on the Golan Heights.", "ASSAULT ISR>SYR"},
		{"an advance held off (history)", "In 1940 the British army held off the German advance at Dunkirk.", "ASSAULT GBR>DEU"},
		{"an enemy held off (history)", "In 1950 the American army held off the North Koreans at Pusan.", "ASSAULT USA>PRK"},
		{"held off on strikes (news)", "In 2013 the US military held off on strikes against Syria.", ""},
		{"held off on a blockade (history)", "In 1962 the American navy held off on a blockade of Cuba for a week.", ""},
		{"held off its own offensive (news)", "In 2021 the Israeli army held off its offensive on Gaza to allow talks with Egypt.", "ASSAULT ISR>PSE"},
		{"held off their own offensive (history)", "In 1991 the coalition forces held off their ground offensive against Iraq for five weeks.", ""},
		{"held off until a time (history)", "The Egyptian army held off until 1973.", ""},
		{"a vote held off (other object)", "In 1999 NATO held off the vote on Serbia until April.", ""},
	})
}

// TestResistingIsArmedForcesOnly: a state resisting an attack may oppose
// it in words (triggers.tsv's resist and withstand, by=MIL): no ASSAULT
// from the state; pressure or plans resisted are no attack whatever attack
// they are for (a NONE row), and calls or demands resisted are rejected
// (REJECT). Only ASSAULT and REJECT events are shown. Cases of our own,
// from histories and news.
func TestResistingIsArmedForcesOnly(t *testing.T) {
	checkSenses(t, []string{"ASSAULT", "REJECT"}, []senseCase{
		{"an advance resisted by forces (news)", "In 2003 Iraqi forces resisted the American advance on Baghdad.", "ASSAULT IRQ>USA"},
		{"a state resisting an offensive in words (news)", "Turkey resisted the American offensive against the Kurds in Syria in 2019.", "ASSAULT USA>SYR"},
		{"a state resisting an offensive on its trade (news)", "China resisted the American offensive against its trade practices in 2018.", ""},
		{"calls for an invasion resisted (news)", "In 2003 the German army resisted calls for an invasion of Iraq.", "REJECT DEU>IRQ"},
		{"demands for an attack resisted (history)", "In 1979 the Afghan army resisted demands for an attack on Pakistan.", "REJECT AFG>PAK"},
		{"pressure for an invasion resisted (news)", "In 2002 the Turkish army resisted American pressure for an invasion of Iraq.", ""},
		{"pressure withstood (history)", "In 1991 the Iraqi army withstood pressure to end its occupation of Kuwait.", ""},
	})
}

// TestEnteringIntoTalks: entering into talks, negotiations or discussions
// is negotiating (triggers.tsv, CONSULT), whatever treaty or alliance they
// are about; entering into a war is no agreement. An alliance or a treaty
// entered into stays SUPPORT. Only SUPPORT and CONSULT events are shown.
// Cases of our own, from histories and news.
func TestEnteringIntoTalks(t *testing.T) {
	checkSenses(t, []string{"SUPPORT", "CONSULT"}, []senseCase{
		{"negotiations for a treaty (history)", "In 1939 Britain entered into negotiations for a treaty with the Soviet Union.", "CONSULT GBR>SUN"},
		{"talks about an alliance (history)", "Britain entered into talks with France about an alliance in 1904.", "CONSULT GBR>FRA"},
		{"discussions on a treaty (history)", "In 1904 Britain entered into discussions with France on a treaty.", "CONSULT GBR>FRA"},
		{"an alliance entered into (history)", "In 1894 France entered into an alliance with Russia.", "SUPPORT FRA>RUS"},
		{"an entente entered into (history)", "In 1904 Britain entered into an entente with France.", "SUPPORT GBR>FRA"},
		{"an agreement entered into (news)", "In 2014 Ukraine entered into an agreement with the European Union.", "SUPPORT UKR>EU"},
		{"a war against an alliance (history)", "In 1917 the United States entered into the war against the German alliance.", ""},
	})
}

// TestHeadingForHome: troops heading for home withdraw (triggers.tsv's
// NONE rows): the place they leave is no target of a deployment; what
// makes for a stronger or weaker state brings it about (NONE rows). Troops
// heading or making for another's place move on it (MOBILIZE). Only MOBILIZE events
// are shown. Cases of our own, from histories and news.
func TestHeadingForHome(t *testing.T) {
	checkSenses(t, []string{"MOBILIZE"}, []senseCase{
		{"headed for home from a war (history)", "Their tour over, the Cuban brigades headed for home from Angola in 1991.", ""},
		{"headed for home from a war (news)", "In 1973 the last American troops headed for home from Vietnam.", ""},
		{"headed for home from an occupation (history)", "In 1945 the German troops headed for home from Norway.", ""},
		{"made for home from a war (history)", "In 1919 the American troops made for home from France.", ""},
		{"headed for a city (news)", "In 1990 Iraqi troops headed for Kuwait City.", "MOBILIZE IRQ>KWT"},
		{"headed for a capital from a place (history)", "In 1945 Soviet troops headed for Berlin from Poland.", "MOBILIZE SUN>DEU"},
		{"reforms made for a stronger state (other sense)", "The Russian army's reforms made for a stronger Russia after 1905.", ""},
		{"a budget made for a weaker ministry (other sense, news)", "The American military's budget made for a weaker Pentagon after 1991.", ""},
		{"made for a capital (history)", "In 1812 the French army made for the Russian capital.", "MOBILIZE FRA>RUS"},
	})
}

// TestWallAroundItsOwn: a wall built around a state's own thing is a
// figure of speech or its own ground (triggers.tsv's NONE rows "build a
// wall around its/their"); a wall around another's place or positions is
// a fortification (MOBILIZE). Only MOBILIZE events are shown. Cases of our
// own, from histories and news.
func TestWallAroundItsOwn(t *testing.T) {
	checkSenses(t, []string{"MOBILIZE"}, []senseCase{
		{"a wall around its internet (news)", "China built a wall around its internet to keep out American companies.", ""},
		{"a wall around its economy (news)", "In 1990 Iraq built a wall around its economy.", ""},
		{"walls around their markets (news)", "In 1930 the European states built walls around their markets against American goods.", ""},
		{"walls around another's positions (history)", "In 1962 the Indian army built walls around the Chinese positions in Ladakh.", "MOBILIZE IND>CHN"},
	})
}

// TestPactFormedUltimatumDelivered: a pact formed is an agreement made
// (triggers.tsv's form, SUPPORT), an alliance formed a body (COOPERATE);
// an ultimatum delivered, sent, handed or presented is a threat (deliver,
// send, hand, present: THREATEN), goods delivered are supplied (AID). Only SUPPORT, COOPERATE, THREATEN and AID events are
// shown. Cases of our own, from histories and news.
func TestPactFormedUltimatumDelivered(t *testing.T) {
	checkSenses(t, []string{"SUPPORT", "COOPERATE", "THREATEN", "AID"}, []senseCase{
		{"a pact formed (history)", "In 1939 Germany and the Soviet Union formed a pact.", "SUPPORT DEU,SUN>"},
		{"an alliance formed (history)", "In 1949 the United States and Britain formed an alliance with France.", "COOPERATE USA,GBR>FRA"},
		{"an ultimatum delivered (history)", "In 1914 Austria delivered an ultimatum to Serbia.", "THREATEN AUT>SRB"},
		{"an ultimatum delivered, passive (history)", "An ultimatum was delivered to Serbia by Austria in 1914.", "THREATEN AUT>SRB"},
		{"an ultimatum delivered (news)", "In 2017 Saudi Arabia delivered an ultimatum to Qatar.", "THREATEN SAU>QAT"},
		{"tanks delivered (news)", "In 1990 the United States delivered tanks to Saudi Arabia.", "AID USA>SAU"},
		{"an ultimatum sent (history)", "In 1914 Germany sent an ultimatum to Belgium.", "THREATEN DEU>BEL"},
		{"an ultimatum handed, passive (history)", "An ultimatum was handed to Belgium by Germany in 1914.", "THREATEN DEU>BEL"},
		{"an ultimatum presented (history)", "In 1914 Germany presented an ultimatum to Belgium.", "THREATEN DEU>BEL"},
		{"a note handed (other object)", "In 1991 the Soviet Union handed a note to Lithuania.", ""},
	})
}
