package lexicon_test

import "testing"

// Mends of session 11 (review18's findings 2, 7, 8 and 11) to rows of
// triggers.tsv, each with cases where the row names the event and cases
// where it must not. Cases of our own, from histories and news.

// TestCounterattackInWords: a counterattack against an army, its positions
// or a state at war is an attack (ASSAULT); one against criticism, charges
// or accusations, one of propaganda, and a legal or media counterattack
// answer words with words (the NONE rows and objects.tsv's blame). Only
// ASSAULT events are shown.
func TestCounterattackInWords(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"against positions (history)", "In 1944 the Germans launched a counterattack against the American positions in the Ardennes.", "ASSAULT DEU>USA"},
		{"against an army (history)", "In 1942 the Soviets mounted a counteroffensive against the German Sixth Army at Stalingrad.", "ASSAULT SUN>DEU"},
		{"against a state (news)", "In 1991 Iraqi forces launched a counterattack against Saudi Arabia at Khafji.", "ASSAULT IRQ>SAU"},
		{"on lines (history)", "In 1950 the Chinese launched a counterattack on the American lines near the Yalu.", "ASSAULT CHN>USA"},
		{"against criticism (news)", "In 2020 Chinese officials mounted a counterattack against American criticism of their policy in Hong Kong.", ""},
		{"against charges (history)", "In 1983 the Soviet government launched a counteroffensive against Western charges over the airliner.", ""},
		{"against accusations (news)", "In 1999 Serbia launched a counterattack against Western accusations of genocide.", ""},
		{"against accusations (news)", "In 2020 Chinese diplomats launched a counteroffensive against American accusations over the virus.", ""},
		{"of its own against an army (history)", "In 1943 the Red Army launched a counteroffensive of its own against the German Sixth Army.", "ASSAULT SUN>DEU"},
		{"of its own against charges (history)", "In 1986 Libya mounted a counterattack of its own against American charges of terrorism.", ""},
		{"of its own against critics (news)", "In 2005 China launched a counteroffensive of its own against Japanese critics of its history books.", ""},
		{"of propaganda (history)", "In 1991 Baghdad launched a counteroffensive of propaganda against Washington.", ""},
		{"legal (news)", "In 2008 Georgia mounted a legal counterattack against Russia at The Hague.", ""},
		{"media (news)", "In 2003 France launched a media counterattack against the United States.", ""},
	})
}

// TestConquestOfThings: the conquest of a state or a city is an invasion
// (ASSAULT); the conquest of space or of a disease is a feat, and the
// conquest of a place inside the conqueror's own state names no other
// (the abroad flag). Only ASSAULT events are shown.
func TestConquestOfThings(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"conquest of a state (history)", "The Spanish conquest of Mexico in 1521 destroyed the Aztec state.", "ASSAULT ESP>MEX; ASSAULT ESP>AZTEC_EMPIRE"},
		{"conquered a state (history)", "In 1940 Germany conquered France in six weeks.", "ASSAULT DEU>FRA"},
		{"conquest of a state (news)", "In 1991 the Iraqi conquest of Kuwait was reversed by the coalition.", "ASSAULT IRQ>KWT"},
		{"conquest of space (history)", "The conquest of space became a Cold War race between Moscow and Washington.", ""},
		{"a state's conquest of space (history)", "In 1960 the Soviet conquest of space alarmed the United States.", ""},
		{"conquest of a disease (news)", "In 1955 the conquest of polio was hailed in the United States and Britain.", ""},
		{"conquest of an own city (history)", "The Ottoman conquest of Constantinople in 1453 ended the Byzantine Empire.", ""},
		{"conquered an own city (history)", "In 1453 the Turks conquered Constantinople.", ""},
		{"conquest of an own region (history)", "The Ottoman conquest of Anatolia was complete by 1450.", ""},
		{"conquered from another (news)", "In 2017 Iraq conquered Mosul from the Islamic State.", "ASSAULT IRQ>ISIS"},
	})
}

// TestBroughtUnderOwnControl: bringing another state under control is an
// occupation (COERCE); a region of the source's own state brought under
// control names no other (the abroad flag, with roles.go's rule of
// triggers30-abroad-own.patch). Only COERCE events are shown.
func TestBroughtUnderOwnControl(t *testing.T) {
	checkSenses(t, []string{"COERCE"}, []senseCase{
		{"another state (history)", "In 1945 the Soviet Union brought Poland under its control.", "COERCE SUN>POL"},
		{"another state (news)", "In 1974 Turkey brought northern Cyprus under its control.", "COERCE TUR>CYP"},
		{"an own region (news)", "Russia brought Chechnya under control by 2009.", ""},
		{"an own region (history)", "In 1936 Germany brought the Rhineland under its control.", ""},
		{"an own region (news)", "In 2020 India brought Ladakh under control.", ""},
	})
}

// TestPacificationPrograms: the pacification of a country is a repression
// (ASSAULT); a pacification program or effort run in a place names no act
// on it unless "of" names whom it subdues. Only ASSAULT events are shown.
func TestPacificationPrograms(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"pacification of a country (history)", "In 1845 the French pacification of Algeria killed thousands of civilians.", "ASSAULT FRA>DZA"},
		{"pacification of a country (history)", "The pacification of Morocco by France lasted until 1934.", "ASSAULT FRA>MAR"},
		{"programs in a country (history)", "American pacification programs in South Vietnam in 1967 failed to win over villagers.", ""},
		{"effort in a country (news)", "In 2009 the American pacification effort in Afghanistan was run by McChrystal.", ""},
	})
}
