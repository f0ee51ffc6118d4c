package lexicon_test

import "testing"

// TestSurrenderAlone: a state or a government that surrenders or
// capitulates with no one named it surrenders to concedes all the same
// (the source alone, no X>X), an army retreats; voters or a company are
// none of these sectors (triggers43). Cases of our own, from histories
// and news.
func TestSurrenderAlone(t *testing.T) {
	checkSenses(t, []string{"CONCEDE", "RETREAT"}, []senseCase{
		{"a garrison surrenders (history)", "In 1945 the Japanese garrison surrendered.", "RETREAT JPN>"},
		{"a state surrenders (history)", "In 1945 Japan surrendered.", "CONCEDE JPN>"},
		{"a state surrenders unconditionally (history)", "On 8 May 1945 Germany surrendered unconditionally.", "CONCEDE DEU>"},
		{"a state capitulates (history)", "In 1940 France capitulated.", "CONCEDE FRA>"},
		{"to whom stays (history)", "In 1945 Japan surrendered to the Allies.", "CONCEDE JPN>ALLIES"},
		{"voters (news)", "The voters surrendered to despair in 1932.", ""},
		{"a company (news)", "In 1990 the company surrendered its licence.", ""},
	})
}

// TestRiseUpAgainst: rising up, rebelling or revolting against an actor
// is an armed rising (ASSAULT rebellion); with no actor after "against",
// or no "against", it is none (triggers43). Cases of our own.
func TestRiseUpAgainst(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"a state rose up (history)", "In 1956 Hungary rose up against the Soviet Union.", "ASSAULT HUN>SUN"},
		{"soldiers rebelled (history)", "In 1857 Indian soldiers rebelled against Britain.", "ASSAULT IND>GBR"},
		{"no one risen against (history)", "In 1956 the Hungarians rose up.", ""},
		{"rebels, the noun (news)", "Kurdish rebels started an insurrection against Iraq in 1991.", "ASSAULT IRQ>IRQ"},
		{"an aim (history)", "In 1936 Italy asked the population to rise up against the emperor.", ""},
		{"prices (news)", "Prices rose up against the dollar in 2010.", ""},
		{"rules (news)", "In 1968 French students rebelled against the university rules.", ""},
	})
}

// TestPressedTheAttack: an attack or an offensive pressed is an attack,
// not the dictionary's threat; "pressing the attack" after "from" or "to"
// tells of none made, and an attack in words on a government has no
// actor (triggers43). Cases of our own.
func TestPressedTheAttack(t *testing.T) {
	checkSenses(t, []string{"ASSAULT", "THREATEN", "REQUEST"}, []senseCase{
		{"an attack pressed (history)", "In 1942 Germany pressed the attack on Moscow.", "ASSAULT DEU>RUS"},
		{"an offensive pressed (history)", "In 1943 the Soviet army pressed its offensive against Germany.", "ASSAULT SUN>DEU"},
		{"recoiled from pressing (history)", "In 1855 Britain recoiled from pressing the attack on Sevastopol.", ""},
		{"an attack in words (news)", "In 1990 the opposition pressed the attack on the government over taxes.", ""},
	})
}

// TestEnterIntoWar: entering into a war is making war on the actor after
// "against" or "with", no agreement; entering into a dispute or a treaty
// is no war (triggers43). Cases of our own.
func TestEnterIntoWar(t *testing.T) {
	checkSenses(t, []string{"ASSAULT", "SUPPORT"}, []senseCase{
		{"war against (history)", "In 1915 Italy entered into war against Austria.", "ASSAULT ITA>AUT"},
		{"war with (history)", "In 1917 the United States entered into war with Germany.", "ASSAULT USA>DEU"},
		{"the war against an alliance (history)", "In 1914 the Ottoman Empire entered into the war against the German alliance.", "ASSAULT TUR>DEU"},
		{"a dispute (news)", "In 1990 Iraq entered into a dispute with Kuwait over oil.", ""},
	})
}

// TestStrikesCarriedOut: strikes carried out by a state are attacks;
// workers' strikes stay protests (triggers43). Cases of our own.
func TestStrikesCarriedOut(t *testing.T) {
	checkSenses(t, []string{"ASSAULT", "PROTEST"}, []senseCase{
		{"strikes on a state (news)", "In 1998 the United States carried out strikes on Iraq.", "ASSAULT USA>IRQ"},
		{"strikes in a state (news)", "In 2015 Russia carried out strikes in Syria.", "ASSAULT RUS>SYR"},
		{"miners' strikes (history)", "In 1984 British miners carried out strikes in the coal fields.", "PROTEST GBR>GBR"},
		{"workers' strikes (news)", "In 2012 the workers carried out strikes against the government.", ""},
	})
}

// TestStateCrossesInto: a state named for its army that crosses, marches
// or advances into another's country invades it, as its forces do;
// crossing a threshold or into a recession, advancing into a final, is
// none (triggers43). Cases of our own.
func TestStateCrossesInto(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"a border crossed (history)", "In 1940 Italy crossed the border into Greece.", "ASSAULT ITA>GRC"},
		{"crossed into (news)", "In 1990 Iraq crossed into Kuwait.", "ASSAULT IRQ>KWT"},
		{"marched into (history)", "In 1914 Germany marched into Belgium.", "ASSAULT DEU>BEL"},
		{"refugees (news)", "In 1991 refugees crossed into Iran.", ""},
		{"a recession (news)", "In 2009 Canada crossed into recession.", ""},
		{"a threshold (news)", "In 1998 France crossed the threshold of ten million tourists.", ""},
		{"a final (news)", "In 2014 Germany advanced into the World Cup final.", ""},
		{"into the unknown (news)", "In 2016 Britain marched into the unknown.", ""},
	})
}

// TestCapturedSeizes: a place or people captured by a state or its forces
// are seized, the noun too; a vote, the imagination, a suspect taken by
// the police, carbon are none (triggers43). Cases of our own.
func TestCapturedSeizes(t *testing.T) {
	checkSenses(t, []string{"COERCE"}, []senseCase{
		{"taken from a state (history)", "In 1967 Israel captured the Sinai from Egypt.", "COERCE ISR>EGY"},
		{"a leader captured (news)", "In 2003 the United States captured Saddam Hussein.", "COERCE USA>IRQ"},
		{"the noun (news)", "After the American capture of Baghdad in 2003, looting spread.", "COERCE USA>IRQ"},
		{"a vote (news)", "In 2004 the party captured 40 percent of the vote.", ""},
		{"the imagination (news)", "The film captured the imagination of Americans.", ""},
		{"a suspect (news)", "In 1991 the police captured the suspect in Paris.", ""},
		{"carbon (paper)", "The capture of carbon is costly.", ""},
		{"a state's arms (history)", "In 1951 Chinese rifles captured in Korea were shown to Turkish reporters.", ""},
	})
}

// TestForceSent: an expeditionary force or a contingent sent is
// deployed (MOBILIZE, as warships sent; triggers43 had AID, the
// dictionary's military aid, which triggers45 took back: such a force is
// mostly sent to fight); a message or a note sent is none (triggers43).
// Cases of our own.
func TestForceSent(t *testing.T) {
	checkSenses(t, []string{"AID", "MOBILIZE"}, []senseCase{
		{"an expeditionary force (history)", "In 1914 Britain sent an expeditionary force to France.", "MOBILIZE GBR>FRA"},
		{"a contingent (news)", "In 1991 Egypt sent a contingent to Saudi Arabia.", "MOBILIZE EGY>SAU"},
		{"a message (history)", "In 1914 Britain sent a strong message to Germany.", ""},
		{"a forceful note (history)", "In 1914 Britain sent a forceful note to Germany.", ""},
		{"to force a passage (history)", "In 1915 Britain sent warships to the Dardanelles to force the straits.", "MOBILIZE GBR>"},
	})
}

// TestMilitaryActionTaken: military action taken against an actor is an
// attack; with no one named it is too little to code (triggers43). Cases
// of our own.
func TestMilitaryActionTaken(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"two states (history)", "In 1956 Britain and France took military action against Egypt.", "ASSAULT GBR,FRA>EGY"},
		{"an alliance (news)", "In 1999 NATO took military action against Serbia.", "ASSAULT NATO>SRB"},
		{"no one named (news)", "In 1990 Britain took military action.", ""},
	})
}

// TestStateMarchesOn: a state named for its army that marches on a
// place of another's attacks it, as its forces do; supporters or
// protesters marching on a capital are none (triggers43). Cases of our
// own.
func TestStateMarchesOn(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"a state on a capital (history)", "In 1812 France marched on Moscow.", "ASSAULT FRA>RUS"},
		{"forces on a capital (history)", "In 1941 German forces marched on Moscow.", "ASSAULT DEU>RUS"},
		{"supporters (history)", "In 1922 Mussolini's supporters marched on Rome.", ""},
		{"protesters (news)", "In 1967 the protesters marched on the Pentagon.", ""},
	})
}

// TestPactBroken: a pact, a treaty or an agreement broken is defied
// (REJECT defy, as the dictionary's "breach"), no threat; a promise or a
// deadlock broken is none (triggers43). Cases of our own.
func TestPactBroken(t *testing.T) {
	checkSenses(t, []string{"REJECT", "THREATEN", "ASSAULT"}, []senseCase{
		{"a pact with a state (history)", "In 1941 Germany broke the pact with the Soviet Union.", "REJECT DEU>SUN"},
		{"a neutrality pact (history)", "In 1945 the Soviet Union broke the neutrality pact with Japan.", "REJECT SUN>JPN"},
		{"a promise (news)", "In 1990 Iraq broke its promise to Egypt.", ""},
		{"a deadlock (news)", "In 1985 the negotiators broke the deadlock and reached an agreement with Egypt.", ""},
	})
}

// TestBombsDropped: bombs, an atomic bomb or napalm dropped on a place of
// another's is an attack; an idea, leaflets or a bomb programme dropped
// is none (triggers43). Cases of our own.
func TestBombsDropped(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"an atomic bomb (history)", "In 1945 the United States dropped an atomic bomb on Hiroshima.", "ASSAULT USA>JPN"},
		{"napalm (history)", "In 1967 the United States dropped napalm on Vietnam.", "ASSAULT USA>VNM"},
		{"an idea (news)", "In 1992 the United States dropped the bomb idea.", ""},
		{"leaflets (history)", "In 1945 the United States dropped leaflets on Japan.", ""},
		{"a programme (news)", "In 2004 Libya dropped its nuclear bomb programme.", ""},
	})
}

// TestStateDrivesOutHoldsOff: a state named for its army that drives
// others out or holds off an army attacks them, as its forces do; a
// crisis driving out investors, a decision or a bid held off, are none
// (triggers43). Cases of our own.
func TestStateDrivesOutHoldsOff(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"drove out (history)", "In 1975 Vietnam drove out the Americans.", "ASSAULT VNM>USA"},
		{"held off an army (history)", "In 1914 Belgium held off the German army at Liege.", "ASSAULT BEL>DEU"},
		{"a crisis (news)", "In 1990 the crisis drove out investors from Russia.", ""},
		{"a decision (news)", "In 1993 Germany held off a decision on Bosnia.", ""},
		{"a bid (news)", "In 1999 Britain held off the rival bid from France.", ""},
	})
}

// TestAskedForPeace: asking for peace, an armistice or a ceasefire is
// suing for it (REQUEST, the source alone when no one asked is named), no
// ceasefire made; peace and quiet or a peace prize asked for by villagers
// or students is none (triggers43). Cases of our own.
func TestAskedForPeace(t *testing.T) {
	checkSenses(t, []string{"REQUEST", "RETREAT", "CONSULT"}, []senseCase{
		{"an armistice (history)", "In 1918 Germany asked for an armistice.", "REQUEST DEU>"},
		{"a ceasefire (news)", "In 1973 Egypt asked for a ceasefire.", "REQUEST EGY>"},
		{"help stays (news)", "In 1991 Kuwait asked for American help.", "CONSULT KWT>USA"},
		{"peace and quiet (news)", "In 1995 the villagers asked for peace and quiet.", ""},
		{"a peace prize (news)", "In 2000 the students asked for a peace prize.", ""},
	})
}

// TestWithdrewAlone: "withdrew", the irregular past, retreats as the
// other forms of "withdraw" do, with no one named too; a candidate
// withdrawing from a race or a bank withdrawing a loan is none, and the
// participle "withdrawn" is no row (triggers43). Cases of our own.
func TestWithdrewAlone(t *testing.T) {
	checkSenses(t, []string{"RETREAT", "CONCEDE"}, []senseCase{
		{"a state alone (history)", "In 1944 Germany withdrew.", "RETREAT DEU>"},
		{"troops on a date (news)", "In 2008 the Turkish brigades withdrew on the last day of February.", "RETREAT TUR>"},
		{"a candidate (news)", "In 1995 the candidate withdrew from the race.", ""},
		{"a bank (news)", "In 1990 the bank withdrew the loan.", ""},
		{"a line withdrawn to (history)", "In 1864 the Union army attacked the ridge to which the rebels had withdrawn.", ""},
	})
}
