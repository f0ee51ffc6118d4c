package actor

import "testing"

// TestSidesByDate42 checks the sides and places of colonial and civil
// wars by date (states.tsv): the Boers as the South African Republic in
// its years, Biafra as Nigeria's secessionist rebels in 1967-1970,
// Lagos as Nigeria's capital until 1991, Pretoria, Natal and the Cape
// Colony before the Union, Canada before Confederation, Vilnius as no
// state's capital while the Russian Empire, Poland or the Soviet Union
// held it.
func TestSidesByDate42(t *testing.T) {
	v := testVocab(t)
	checkDocCases(t, v, []docCase{
		// a history of the Boer War and one of Afrikaner nationalism
		{[]string{"In October 1899 Boer commandos invaded Natal."}, 0, "Boer", "TRANSVAAL/"},
		{[]string{"In December 1899 the Boers defeated three British columns."}, 0, "Boers", "TRANSVAAL/"},
		{[]string{"In October 1899 Boer commandos invaded Natal."}, 0, "Natal", "GBR/"},
		{[]string{"In June 1900 Roberts entered Pretoria."}, 0, "Pretoria", "TRANSVAAL/"},
		{[]string{"In 1938 Boer nationalists celebrated the centenary of the Great Trek."}, 0, "Boer", "/"},
		{[]string{"The Boers trekked north."}, 0, "Boers", "/"},
		{[]string{"In 1976 students in Soweto defied Pretoria."}, 0, "Pretoria", "ZAF/"},
		// histories of the Nigerian civil war and of the slave trade
		{[]string{"In 1968 France supplied arms to Biafra through Gabon."}, 0, "Biafra", "BIAFRA/REB"},
		{[]string{"The Biafrans recaptured Owerri in April 1969."}, 0, "Biafrans", "BIAFRA/REB"},
		{[]string{"In 1780 slavers sailed from the Bight of Biafra."}, 0, "Bight of Biafra", "/"},
		{[]string{"In 2017 separatists in Biafra demanded a referendum."}, 0, "Biafra", "/"},
		{[]string{"In 1975 Lagos protested to London."}, 0, "Lagos", "NGA/"},
		{[]string{"In 1966 Lagos broke relations with Accra."}, 0, "Lagos", "NGA/"},
		{[]string{"In 2005 Lagos hosted a film festival."}, 0, "Lagos", "/"},
		// histories of the American Revolution and of Quebec nationalism
		{[]string{"In 1775 American forces invaded Canada."}, 0, "Canada", "GBR/"},
		{[]string{"In 1759 Wolfe sailed to conquer Canada."}, 0, "Canada", "FRA/"},
		{[]string{"In 1980 Canada protested to France."}, 0, "Canada", "CAN/"},
		// histories of 1812 and of Lithuanian independence
		{[]string{"In June 1812 Napoleon entered Vilnius."}, 0, "Vilnius", "/"},
		{[]string{"In 1930 Vilnius was a Polish city."}, 0, "Vilnius", "/"},
		{[]string{"In 2014 Vilnius protested to Moscow."}, 0, "Vilnius", "LTU/"},
	})
}

// TestTitledState checks a state's name or demonym after a title: a
// person's surname, no state ("Admiral Togo", "General French"), unless
// the demonym modifies a noun ("General French opinion").
func TestTitledState(t *testing.T) {
	v := testVocab(t)
	checkDocCases(t, v, []docCase{
		// a history of the Russo-Japanese war and one of 1914
		{[]string{"Admiral Togo blockaded the Russian fleet."}, 0, "Togo", "(none)"},
		{[]string{"In 1914 General French ordered a retreat from Mons."}, 0, "French", "/"},
		{[]string{"In 1914 General French had no reserves."}, 0, "French", "/"},
		{[]string{"In 1999 Togo protested to Ghana."}, 0, "Togo", "TGO/"},
		{[]string{"In 1950 General French opinion opposed German rearmament."}, 0, "French", "FRA/"},
		{[]string{"In 1914 the French general Joffre attacked."}, 0, "French", "FRA/"},
		// a news report and a paper on the Middle East
		{[]string{"Mr. Jordan criticised the plan in 1999."}, 0, "Jordan", "/"},
		{[]string{"In 1999 Jordan criticised Israel."}, 0, "Jordan", "JOR/"},
	})
}

// TestPersonsByDate42 checks persons by date: a season compared by its
// months (autumn 1991 lies before the Soviet Union's end), Primakov's
// Soviet offices before 1992, a bounded leader's surname carried through
// the document, and the state an apposition gives a person ("Nigeria's
// head of state, Yakubu Gowon,").
func TestPersonsByDate42(t *testing.T) {
	v := testVocab(t)
	checkDocCases(t, v, []docCase{
		// a paper on the Gulf crisis and one on Russia's foreign policy
		{[]string{"In 1990 Primakov visited Baghdad."}, 0, "Primakov", "SUN/GOV"},
		{[]string{"In 1997 Primakov visited Baghdad."}, 0, "Primakov", "RUS/GOV"},
		// a history of the Chaco War and one of Bolivia's politics
		{[]string{"In 1932 President Daniel Salamanca ordered an attack on Paraguay.", "In 1934 Salamanca was overthrown."}, 1, "Salamanca", "BOL/GOV"},
		{[]string{"In 1932 President Daniel Salamanca ordered an attack on Paraguay.", "In 1934 the army entered Salamanca, Spain."}, 1, "Salamanca", "/"},
		// a history of the Boer War: Kitchener's surname, and Kimberley the town
		{[]string{"In 1900 Lord Kitchener took command.", "In 1901 Kitchener burned the farms."}, 1, "Kitchener", "GBR/MIL"},
		// histories of the Nigerian civil war and of Egypt's diplomacy
		{[]string{"In 1967 Nigeria's head of state, Yakubu Gowon, declared a blockade of the east.", "In 1968 Gowon met the British envoy."}, 0, "Yakubu Gowon", "NGA/GOV"},
		{[]string{"In 1967 Nigeria's head of state, Yakubu Gowon, declared a blockade of the east.", "In 1968 Gowon met the British envoy."}, 1, "Gowon", "NGA/GOV"},
		{[]string{"In 1970 Egypt's foreign minister, Mahmoud Riad, met Rogers."}, 0, "Mahmoud Riad", "EGY/GOV"},
		{[]string{"In 1980 Egypt's former foreign minister, Ismail Fahmy, criticised the treaty."}, 0, "Ismail Fahmy", "/"},
		{[]string{"In 1967 Nigeria's army, Yakubu Gowon and the British met."}, 0, "Yakubu Gowon", "/"},
	})
}

// TestShortNames42 checks an organisation's short names: "the Tigers"
// is the LTTE only in a document that names the LTTE, the IPKF India's
// forces; "the army of the League" before 1920 is not the League of
// Nations' when the document never names it.
func TestShortNames42(t *testing.T) {
	v := testVocab(t)
	checkDocCases(t, v, []docCase{
		// papers on Sri Lanka's war and a sports report
		{[]string{"In 1987 the Liberation Tigers of Tamil Eelam refused to disarm.", "In 1991 the Tigers assassinated Rajiv Gandhi."}, 1, "Tigers", "LTTE/"},
		{[]string{"In October 1987 the IPKF attacked Jaffna."}, 0, "IPKF", "IND/MIL"},
		{[]string{"In 2018 the Tigers won the game in Detroit."}, 0, "Tigers", "/"},
		// histories of the Thirty Years' War and of the Abyssinian crisis
		{[]string{"In 1620 the army of the League routed the Bohemians."}, 0, "army", "/MIL"},
		{[]string{"In 1935 the League of Nations condemned Italy.", "In 1935 the Council of the League met."}, 1, "League", "LEAGUE_OF_NATIONS/"},
	})
}

// TestSeasonEntry checks a person's row picked at a season's date by the
// season's months: Gorbachev in the autumn of 1991 is the Soviet Union's
// (its row ends 1991-12-26), in the spring of 1992 Russia's. Cases: a
// history of the Soviet end, and invented press lines on a leader whose
// rows change state within a year (Lenin: Russia's until 1917-11-07, the
// Soviet Union's after; the whole of 1917 gives the Soviet row).
func TestSeasonEntry(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct{ sentence, form, date, want string }{
		{"In the autumn of 1991 Gorbachev met Bush.", "Gorbachev", "1991-FA", "SUN/GOV"},
		{"In the autumn of 1991 Gorbachev met Bush.", "Gorbachev", "1992-SP", "RUS/ELI"},
		{"In the summer of 1917 Lenin was said to be hiding in Finland, a Petrograd paper reported.", "Lenin", "1917-SU", "RUS/OPP"},
		{"In the spring of 1918 Lenin was said to be ill, a Petrograd paper reported.", "Lenin", "1918-SP", "SUN/GOV"},
	} {
		found := false
		for _, m := range v.Actors.Match(c.sentence, 0) {
			if m.Text != c.form {
				continue
			}
			found = true
			if e := m.Entry(c.date); e.Code+"/"+e.Sector != c.want {
				t.Errorf("%s in %s: %s/%s, want %s", c.form, c.date, e.Code, e.Sector, c.want)
			}
		}
		if !found {
			t.Errorf("no match for %s in %q", c.form, c.sentence)
		}
	}
}

// TestRoleOfStateApposition checks a name set off by an article, a role
// and "of" a state's name, then a clause's end: the state's person ("Mahmoud
// Halim, the foreign minister of Egypt,"); not where the "of" phrase goes on
// ("the foreign minister of Egypt and Syria").
func TestRoleOfStateApposition(t *testing.T) {
	v := testVocab(t)
	checkDocCases(t, v, []docCase{
		// a history of the War of Attrition and one of the Nigerian civil war
		{[]string{"In 1970 John Halim, the foreign minister of Egypt, met Rogers."}, 0, "John Halim", "EGY/GOV"},
		{[]string{"In 1968 Arthur Nwankwo, the ambassador of Nigeria, met the British envoy."}, 0, "Arthur Nwankwo", "NGA/GOV"},
		{[]string{"In 1970 John Halim, the foreign minister of Egypt and Syria, met Rogers."}, 0, "John Halim", "/"},
		{[]string{"In 1968 Arthur Nwankwo, a friend of Nigeria, met the British envoy."}, 0, "Arthur Nwankwo", "/"},
	})
}
