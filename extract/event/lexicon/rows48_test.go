package lexicon_test

import "testing"

// Rows of triggers48 (review30 findings 9 and 11, and held-out classes):
// senses and frames the rows did not read. Cases of our own, from
// histories and news; only the categories named are shown.

// TestSabotageOfThingIsAttack: sabotage of a thing that stands (objects.tsv
// class sabotaged) is an attack on its owner; sabotage of talks or of a
// plan stays the dictionary's reduction of relations.
func TestSabotageOfThingIsAttack(t *testing.T) {
	checkSenses(t, []string{"ASSAULT", "SANCTION"}, []senseCase{
		{"centrifuges (news)", "In 2010 the United States and Israel sabotaged Iranian centrifuges at Natanz.", "ASSAULT USA,ISR>IRN"},
		{"a reactor (history)", "In 1979 Israeli agents sabotaged Iraq's nuclear reactor.", "ASSAULT ISR>IRQ"},
		{"a railway line (news)", "Russian saboteurs sabotaged a railway line in Poland in 2024.", "ASSAULT RUS>POL"},
		{"a peace plan (history)", "In 1999 Hungary sabotaged Serbia's peace plan.", "SANCTION HUN>SRB"},
		{"a network of alliances (history)", "The United States sabotaged the network of alliances around France.", ""},
	})
}

// TestStoppedCooperationIsSanction: cooperation, ties or talks paused,
// frozen or ended are relations reduced, not the noun's cooperation.
func TestStoppedCooperationIsSanction(t *testing.T) {
	checkSenses(t, []string{"SANCTION", "COOPERATE"}, []senseCase{
		{"paused (news)", "Norway paused its cooperation with Russia in the Arctic Council in 2022.", "SANCTION NOR>RUS"},
		{"froze (news)", "Finland froze its cooperation with Russia in March 2022.", "SANCTION FIN>RUS"},
		{"ended (history)", "Egypt ended its cooperation with the Soviet Union in 1972.", "SANCTION EGY>SUN"},
		{"talks paused (news)", "Denmark paused talks with Iran in 2019.", "SANCTION DNK>IRN"},
		{"resumed (history)", "Germany resumed its cooperation with Russia in 2009.", "COOPERATE DEU>RUS"},
		{"a tour paused (news)", "The band paused its tour in 2020.", ""},
	})
}

// TestHostedAlone: talks, a summit or a meeting hosted with no parties
// named is the host alone; refugees or games hosted name no meeting.
func TestHostedAlone(t *testing.T) {
	checkSenses(t, []string{"CONSULT"}, []senseCase{
		{"talks between the two sides (news)", "Saudi Arabia hosted talks between the two sides in Jeddah in May 2023.", "CONSULT SAU>"},
		{"peace talks (news)", "Kenya hosted peace talks in 2004.", "CONSULT KEN>"},
		{"talks on trade (news)", "In 1990 Britain hosted talks on trade.", ""},
		{"a summit (news)", "Egypt hosted a summit of Arab leaders in 2015.", "CONSULT EGY>"},
		{"parties named (news)", "Qatar hosted talks between the United States and the Taliban in 2020.", "CONSULT USA,TALIBAN>"},
		{"refugees (news)", "Turkey hosts about three million refugees.", ""},
		{"games (news)", "France hosted the Olympic Games in 2024.", ""},
	})
}

// TestOfferedToMediate: an offer to mediate is an intent to mediate, the
// offering state alone when no parties are named.
func TestOfferedToMediate(t *testing.T) {
	checkSenses(t, []string{"AGREE"}, []senseCase{
		{"no parties (news)", "Ethiopia offered to mediate in 2021.", "AGREE ETH>"},
		{"between parties (news)", "Turkey offered to mediate between Russia and Ukraine in 2022.", "AGREE TUR>RUS,UKR"},
		{"refused (history)", "Norway refused to mediate between Israel and Syria.", ""},
	})
}

// TestSecededFrom: a state that secedes or separates from another breaks
// with it; a thing separated from another names no act.
func TestSecededFrom(t *testing.T) {
	checkSenses(t, []string{"SANCTION"}, []senseCase{
		{"seceded (history)", "Bangladesh seceded from Pakistan in 1971.", "SANCTION BGD>PAK"},
		{"separated (history)", "Singapore separated from Malaysia in 1965.", "SANCTION SGP>MYS"},
		{"an object between (history)", "The Channel separates Britain from France.", ""},
		{"no actor (news)", "The chemist separated the salt from the water.", ""},
	})
}

// TestRecapturedFrom: a place recaptured or retaken from a side is taken
// from it, though the place is the taker's own.
func TestRecapturedFrom(t *testing.T) {
	checkSenses(t, []string{"COERCE"}, []senseCase{
		{"recaptured (news)", "The Syrian army recaptured Palmyra from the Islamic State in March 2016.", "COERCE SYR>ISIS"},
		{"recaptured from an army (history)", "In 1944 the Red Army recaptured Kiev from the Germans.", "COERCE SUN>DEU"},
		{"a seat (news)", "The Labour Party recaptured the seat from the Conservatives in 1997.", ""},
		{"no actor (news)", "The rebels recaptured the town from government forces in 2015.", ""},
	})
}

// TestWithheldRecognition: recognition withheld from a state is relations
// reduced; information withheld from a court is none.
func TestWithheldRecognition(t *testing.T) {
	checkSenses(t, []string{"SANCTION"}, []senseCase{
		{"a government (history)", "Britain withheld recognition from the Soviet government in 1918.", "SANCTION GBR>SUN"},
		{"a republic (history)", "Pakistan withheld recognition from the People's Republic of Bangladesh until 1974.", "SANCTION PAK>BGD"},
		{"information (news)", "The witness withheld information from the court.", ""},
		{"no state named (history)", "Britain withheld recognition from the new regime in 1917.", ""},
	})
}

// TestAttackAttributed: an attack attributed to a state or its agency is an
// accusation; a defeat attributed to a weakness is none.
func TestAttackAttributed(t *testing.T) {
	checkSenses(t, []string{"ACCUSE"}, []senseCase{
		{"an attack (news)", "Britain attributed the attack to Russia's GRU in 2018.", "ACCUSE GBR>RUS"},
		{"an intrusion (news)", "The United States attributed the intrusion to Russia's SVR in 2021.", "ACCUSE USA>RUS"},
		{"a weakness (history)", "Historians attributed the attack to Germany's weakness in 1914.", ""},
		{"a defeat (history)", "The report attributed the defeat to Russia's poor roads.", ""},
	})
}

// TestPriceCapImposed: a price cap imposed on another's exports is a
// sanction; a cap on bread at home names no state.
func TestPriceCapImposed(t *testing.T) {
	checkSenses(t, []string{"SANCTION"}, []senseCase{
		{"Russian oil (news)", "The G7 imposed a price cap on Russian oil in December 2022.", "SANCTION G7>RUS"},
		{"a cap of $60 (news)", "The European Union imposed a price cap of $60 on Russian oil in 2022.", "SANCTION EU>RUS"},
		{"bread (news)", "The government imposed a price cap on bread in 2010.", ""},
	})
}
