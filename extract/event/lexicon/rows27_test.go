package lexicon_test

import "testing"

// Rows of triggers.tsv added in session 10 whose every form had no case
// of its own: the plural nouns, the base and past forms, and each NONE
// row, each with a case where it names the event and one where it must
// not. Cases of our own, from histories and news.

// TestRisingNouns: a putsch, an insurrection, coups, revolts, rebellions
// and uprisings are armed risings (ASSAULT); a taxpayers', voters',
// shareholders', parliamentary or backbench revolt or rebellion, and a
// revolt by deputies, is a vote or a protest. Only ASSAULT events are shown.
func TestRisingNouns(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"a putsch (history)", "In 1923 the Nazi party staged a putsch against the Bavarian government.", "ASSAULT DEU>DEU"},
		{"a putsch (news)", "In 1991 Soviet hardliners staged a putsch against Gorbachev.", "ASSAULT SUN>RUS"},
		{"an insurrection (history)", "In 1863 Poles began an insurrection against Russia.", "ASSAULT POL>RUS"},
		{"an insurrection (history 2)", "In 1944 the Polish Home Army launched an insurrection against Germany.", "ASSAULT POL>DEU"},
		{"an insurrection (news)", "Kurdish rebels started an insurrection against Iraq in 1991.", "ASSAULT IRQ>IRQ"},
		{"coups (history)", "In the 1960s Syrian officers staged several coups against the Syrian government.", "ASSAULT SYR>SYR"},
		{"revolts (history)", "In 1916 Irish nationalists organised several revolts against Britain.", "ASSAULT IRL>GBR"},
		{"uprisings (history)", "In the 1830s Poles staged two uprisings against Russia.", "ASSAULT POL>RUS"},
		{"rebellions (history)", "In the 1830s Canadians began two rebellions against Britain.", "ASSAULT CAN>GBR"},
		{"a tax revolt (news)", "In 1978 American taxpayers began a tax revolt against the federal government.", ""},
		{"a taxpayer revolt (news)", "In 1978 American taxpayers staged a taxpayer revolt against Washington.", ""},
		{"a taxpayers' revolt (news)", "In 1978 Americans began a taxpayers' revolt against the federal government.", ""},
		{"a voter revolt (news)", "In 2016 a British voter revolt against the European Union ended Cameron's career.", ""},
		{"a shareholder revolt (news)", "In 2012 British investors began a shareholder revolt against the government.", ""},
		{"a backbench revolt (news)", "In 2003 a British backbench revolt against the government over Iraq failed.", ""},
		{"a parliamentary revolt (news)", "In 1993 Russian deputies began a parliamentary revolt against the Kremlin.", ""},
		{"a parliamentary rebellion (news)", "In 2019 British MPs began a parliamentary rebellion against the government.", ""},
		{"a backbench rebellion (news)", "In 2003 a British backbench rebellion against the government over Iraq failed.", ""},
		{"a revolt by deputies (news)", "Russian deputies staged a revolt by deputies against the Russian government in 1992.", ""},
	})
}

// TestInterventionsAndTheirOtherSenses: interventions in another's
// country are uses of force (ASSAULT); an economic, divine, verbal, state,
// market, medical or surgical intervention, or one in the market, is
// none. Only ASSAULT events are shown.
func TestInterventionsAndTheirOtherSenses(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"interventions (history)", "In the 1990s American interventions in Haiti restored Aristide.", "ASSAULT USA>HTI"},
		{"interventions (news)", "American interventions in Haiti restored Aristide in 1994.", "ASSAULT USA>HTI"},
		{"an economic intervention (news)", "In 1990 Japanese economic intervention in Iraq failed.", ""},
		{"a divine intervention (history)", "In 1588 Spanish divine intervention in England was hoped for.", ""},
		{"a verbal intervention (news)", "In 2012 Japanese verbal intervention in China weakened the yen.", ""},
		{"a state intervention (history)", "In 1980 British state intervention in Ireland ended.", ""},
		{"a market intervention (news)", "In 2011 Chinese market intervention in Hong Kong strengthened the yuan.", ""},
		{"a medical intervention (history)", "In 1945 American medical intervention in China saved the general.", ""},
		{"a surgical intervention (history)", "In 1945 American surgical intervention in China saved the general.", ""},
		{"an intervention in the market (news)", "In 1980 British intervention in the market against Germany failed.", ""},
	})
}

// TestCoupsOfAnotherKind: a propaganda, intelligence, publicity, public
// relations or political coup is a success, no seizure of power; a coup
// staged is one (ASSAULT). Only ASSAULT events are shown.
func TestCoupsOfAnotherKind(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"a propaganda coup (history)", "In 1972 China's propaganda coup against the Soviet Union surprised Moscow.", ""},
		{"an intelligence coup (history)", "In 1942 Britain's intelligence coup against Germany shortened the war.", ""},
		{"a publicity coup (news)", "In 1972 China's publicity coup against the Soviet Union surprised Moscow.", ""},
		{"a public relations coup (news)", "In 1985 the British public relations coup against Argentina surprised the world.", ""},
		{"a political coup (history)", "In 1956 Egypt's political coup against Britain surprised France.", ""},
		{"a coup staged (history)", "In 1973 the Chilean army staged a coup against Allende.", "ASSAULT CHL>CHL"},
	})
}

// TestJoiningUnnamedForces: joining the troops, forces, soldiers, army,
// units, garrison, fleet, main force or main body, or other units or
// troops, named as no one's, is a link-up or an enlistment, no military
// cooperation; the forces or other units of a state or a side named after
// "of" are another's (COOPERATE; the rows' unless=of). Only COOPERATE events are shown.
func TestJoiningUnnamedForces(t *testing.T) {
	checkSenses(t, []string{"COOPERATE"}, []senseCase{
		{"the troops (history)", "In 1950 American reinforcements joined the troops in Korea.", ""},
		{"the forces (history)", "In 1950 British marines joined the forces defending Pusan.", ""},
		{"the soldiers (history)", "In 1918 American volunteers joined the soldiers at the front.", ""},
		{"the army (history)", "In 1941 the Polish volunteers joined the army in Britain.", ""},
		{"the units (history)", "In 1944 the Polish brigade joined the units fighting near Arnhem.", ""},
		{"the garrison (history)", "In 1940 the British battalion joined the garrison in Malta.", ""},
		{"the fleet (history)", "In 1916 the Australian cruiser joined the fleet at Scapa Flow.", ""},
		{"the main force (history)", "In 1812 the Prussian corps joined the main force near Moscow.", ""},
		{"the main body (history)", "In 1950 British marines joined the main body near Pusan.", ""},
		{"other units (news)", "In 1950 British troops joined other units near Pusan.", ""},
		{"other troops (news)", "In 1950 Turkish troops joined other troops near the Chinese border.", ""},
		{"the forces of a state (news)", "In 1950 Turkish troops joined the forces of the United States in Korea.", "COOPERATE TUR>USA"},
		{"other units of a state (news)", "In 1950 Turkish troops joined other units of the United States in Korea.", "COOPERATE TUR>USA"},
		{"other troops of a side (history)", "In 1944 French troops joined other troops of the Allies in France.", "COOPERATE FRA>ALLIES"},
	})
}

// TestVetoHeld: veto powers, a veto right or veto
// rights held or claimed are no veto cast (REJECT). Only REJECT events
// are shown.
func TestVetoHeld(t *testing.T) {
	checkSenses(t, []string{"REJECT"}, []senseCase{
		{"veto powers (news)", "In 1946 the Soviet Union used its veto powers in the Security Council.", ""},
		{"a veto right (news)", "In 1950 the Soviet Union held a veto right in the Security Council.", ""},
		{"veto rights (news)", "In 1950 China held veto rights in the Security Council.", ""},
		{"a resolution vetoed (history)", "In 1950 the Soviet Union vetoed an American resolution on Korea.", "REJECT SUN>USA"},
	})
}

// TestSeizingAChance: seizing the chance or the moment, or capturing the
// initiative, takes nothing from another (no COERCE); capturing a city
// does. Only COERCE events are shown.
func TestSeizingAChance(t *testing.T) {
	checkSenses(t, []string{"COERCE"}, []senseCase{
		{"the chance (history)", "In 1973 Egypt seized the chance to attack Israel.", ""},
		{"the moment (news)", "In 1990 Iraq seized the moment to invade Kuwait.", ""},
		{"the initiative captured (history)", "In 1943 the Soviet army captured the initiative from Germany.", ""},
		{"a city captured (history)", "In 1943 the Soviet army captured Kharkov from Germany.", "COERCE SUN>DEU"},
	})
}

// TestMarchingAgainstAndDrivingOut: armed forces marching against
// another, or driving out or having driven out its army, use force
// (ASSAULT); students marching against a war do not. Only ASSAULT events
// are shown.
func TestMarchingAgainstAndDrivingOut(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"an army marching against a state (history)", "In 1914 the Austrian army marched against Serbia.", "ASSAULT AUT>SRB"},
		{"an army marching against a state (history 2)", "In 1920 the Red Army marched against Poland.", "ASSAULT SUN>POL"},
		{"students marching against a war (news)", "In 1968 students marched against the Vietnam War in Washington.", ""},
		{"drive out, base form (news)", "In 1991 American forces began to drive out the Iraqi army from Kuwait.", "ASSAULT USA>IRQ"},
		{"driven out, passive (news)", "In 1991 the Iraqi army was driven out of Kuwait by American forces.", "ASSAULT USA>IRQ"},
	})
}

// TestRalliedToAndEquipping: "rallied to" a ruler or a cause is no
// protest; rallying against a government is (PROTEST); equipping another
// is military aid (AID), equipping one's own troops none. Only PROTEST and
// AID events are shown.
func TestRalliedToAndEquipping(t *testing.T) {
	checkSenses(t, []string{"PROTEST", "AID"}, []senseCase{
		{"rallied to the king (history)", "In 1642 the northern nobles rallied to the King.", ""},
		{"rallied to a cause (news)", "In 1991 the Kurds rallied to the cause of independence.", ""},
		{"rallied against a government (news)", "In 1991 Serbs rallied against the government in Belgrade.", "PROTEST SRB>SRB"},
		{"equipping another (history)", "In 1980 the United States was equipping Pakistan with F-16 jets.", "AID USA>PAK"},
		{"equipping one's own troops (history)", "In 1980 the Soviet Union was equipping its troops with new rifles.", ""},
	})
}

// TestPushingForces: armed forces pushing another's forces out of a place
// or back attack them (ASSAULT, the row "push" with by=MIL and
// object=@forces), not the dictionary's deportation or demand; students
// pushing the police, a state pushing prices or another state are none of
// it. Only ASSAULT, COERCE and REQUEST events are shown.
func TestPushingForces(t *testing.T) {
	checkSenses(t, []string{"ASSAULT", "COERCE", "REQUEST"}, []senseCase{
		{"forces pushed out of a country (history)", "In 1897 the Ottoman army pushed the Greek forces out of Thessaly.", "ASSAULT TUR>GRC"},
		{"an army pushed out of a city (history)", "In 1950 American troops pushed the North Korean army out of Seoul.", "ASSAULT USA>PRK"},
		{"troops pushed back (history)", "In 1950 the Chinese army pushed the American troops back to the south.", "ASSAULT CHN>USA"},
		{"one's reserves pushed to the front (history)", "In 1916 the Russian army pushed its reserves to the front.", ""},
		{"the police pushed out (news)", "In 1980 students pushed the police out of the square.", ""},
		{"prices pushed up (news)", "In 1990 Iraq pushed oil prices up.", ""},
	})
}

// TestShipsSent: warships, a fleet, destroyers, submarines or a battleship
// group sent or dispatched to a place deploy there (MOBILIZE, the rows
// "send"/"sent" with object=@navy and "dispatch" with @navy), no aid; a
// report on submarines or a fleet's commander sent is none (the NONE rows
// with object=report|commander|...); troops and aid sent stay AID. Only
// MOBILIZE and AID events are shown.
func TestShipsSent(t *testing.T) {
	checkSenses(t, []string{"MOBILIZE", "AID"}, []senseCase{
		{"warships sent to a strait (history)", "In 1950 the United States sent warships to the Taiwan Strait.", "MOBILIZE USA>"},
		{"a battleship group sent (history)", "In 1986 the United States sent a battleship and its escorts to Libya.", "MOBILIZE USA>LBY"},
		{"destroyers sent (news)", "The United States sent two destroyers to the Persian Gulf on Monday.", "MOBILIZE USA>"},
		{"submarines dispatched (news)", "Russia dispatched submarines to Syria on Friday.", "MOBILIZE RUS>SYR"},
		{"a report on submarines sent (history)", "In 1962 Britain sent a report on Soviet submarines to Norway.", ""},
		{"a fleet's commander sent (news)", "In 1990 the United States sent the fleet's commander to Saudi Arabia.", ""},
		{"troops sent (history)", "In 1950 Britain sent troops to Korea.", "AID GBR>KOR"},
		{"aid sent (news)", "The United States sent aid to Pakistan on Monday.", "AID USA>PAK"},
	})
}
