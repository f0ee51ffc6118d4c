package lexicon_test

import "testing"

// Rows of triggers50 (review31 finding 5, review32 finding 8: NONE rows
// that shut out a military sense, rows missing, objects missing). Cases of
// our own, from histories of other wars (the Russo-Japanese, Napoleonic,
// Gulf, Yugoslav and Boer wars, the First World War) and news; only the
// categories named are shown.

// TestFledOrFellBackIsRetreat: a state or its army that flees or falls
// back to, into or across a place retreats; refugees, a ruler's flight to a
// refuge, prices and a flight from the heat name none.
func TestFledOrFellBackIsRetreat(t *testing.T) {
	checkSenses(t, []string{"RETREAT"}, []senseCase{
		{"Mukden (Russo-Japanese war)", "In 1905 the Japanese army fell back to Mukden.", "RETREAT JPN>"},
		{"the Rhine (Napoleonic wars)", "In 1813 the French army fell back across the Rhine.", "RETREAT FRA>"},
		{"Basra (Gulf war)", "In February 1991 the Iraqi army fled to Basra.", "RETREAT IRQ>"},
		{"refugees (Gulf war)", "In 1991 thousands of refugees fled to Turkey.", ""},
		{"the heat (other sense)", "In August 1990 the Iraqi army fled the heat.", ""},
		{"prices (other sense)", "In 1995 prices fell back to their 1990 level.", ""},
		{"the pound (other sense)", "In 1992 the pound fell back against the dollar.", ""},
		{"no place (Gulf war)", "In February 1991 the Iraqi army fled.", ""},
		{"a ruler's refuge (1979)", "In 1979 the Shah fled to Egypt.", ""},
		{"a government's refuge (1939)", "In September 1939 the Polish government fled to Romania.", ""},
	})
}

// TestInitialledAgreement: an agreement or a treaty initialled is signed
// in draft; a memo initialled is none.
func TestInitialledAgreement(t *testing.T) {
	checkSenses(t, []string{"SUPPORT"}, []senseCase{
		{"Sinai II (news)", "In 1975 Israel and Egypt initialled the agreement.", "SUPPORT ISR,EGY>"},
		{"Dayton (Yugoslav wars)", "In November 1995 Serbia, Croatia and Bosnia initialled the Dayton Agreement in Ohio.", "SUPPORT SRB,HRV,BIH>"},
		{"a memo (other sense)", "In 1990 the minister initialled the memo.", ""},
	})
}

// TestDeclaredIndependenceFrom: independence declared from a state breaks
// ties with it; independence from a thing, or from no state, names none.
func TestDeclaredIndependenceFrom(t *testing.T) {
	checkSenses(t, []string{"SANCTION"}, []senseCase{
		{"Croatia (Yugoslav wars)", "On 25 June 1991 Croatia declared independence from Yugoslavia.", "SANCTION HRV>YUG"},
		{"Bangladesh (news)", "In 1971 Bangladesh declared its independence from Pakistan.", "SANCTION BGD>PAK"},
		{"oil (other sense)", "In 1990 Iran declared independence from foreign oil.", ""},
		{"no state (Yugoslav wars)", "On 25 June 1991 Slovenia and Croatia declared independence.", ""},
	})
}

// TestLeftTheLeague: a state that leaves a league or an organisation
// breaks ties with it; a meeting, a city or a coalition government left is
// none.
func TestLeftTheLeague(t *testing.T) {
	checkSenses(t, []string{"SANCTION"}, []senseCase{
		{"Manchuria (1933)", "In 1933 Japan left the League of Nations.", "SANCTION JPN>LEAGUE_OF_NATIONS"},
		{"the Chaco war", "In 1935 Paraguay left the League in protest.", "SANCTION PRY>"},
		{"a meeting (other sense)", "In 1990 Iran left the meeting.", ""},
		{"a city (other sense)", "In 1990 Germany left Berlin.", ""},
		{"a party (other sense)", "In 1990 the Liberal party left the coalition.", ""},
	})
}

// TestSoundedOut: sounding out another is consulting it; an alarm that
// sounds out is none.
func TestSoundedOut(t *testing.T) {
	checkSenses(t, []string{"CONSULT"}, []senseCase{
		{"the Ussuri crisis (1969)", "In August 1969 the Soviet Union sounded out the United States.", "CONSULT SUN>USA"},
		{"the Boer war", "In 1899 Germany sounded out Britain.", "CONSULT DEU>GBR"},
		{"an alarm (other sense)", "In 1990 the alarm sounded out across the city.", ""},
		{"a river (other sense)", "In 1990 the army sounded out the river.", ""},
	})
}

// TestCancelledAidProjects: aid projects or an aid programme cancelled is
// aid stopped; a convoy cancelled is none.
func TestCancelledAidProjects(t *testing.T) {
	checkSenses(t, []string{"SANCTION"}, []senseCase{
		{"the Sino-Soviet split", "In 1960 the Soviet Union cancelled aid projects in China.", "SANCTION SUN>CHN"},
		{"news", "In 1990 the United States cancelled its aid programme to Egypt.", "SANCTION USA>EGY"},
		{"a convoy (other sense)", "In 1990 Egypt cancelled the aid convoy.", ""},
	})
}

// TestMoneyPaidTo: money a state pays or contributes to another is aid;
// a sum paid for a thing, to settle, by a firm, or tribute is none.
func TestMoneyPaidTo(t *testing.T) {
	checkSenses(t, []string{"AID"}, []senseCase{
		{"the Gulf war", "In 1991 Japan contributed $13 billion to the United States.", "AID JPN>USA"},
		{"reparations (1921)", "In 1921 Germany paid 132 billion marks to France.", "AID DEU>FRA"},
		{"ships (other sense)", "In 1990 Britain paid 5 million pounds for the ships.", ""},
		{"a claim (other sense)", "In 1999 Germany paid $2 million to settle the claim.", ""},
		{"a firm (news)", "In 2005 General Motors paid $2 billion to Fiat.", ""},
		{"tribute (other sense)", "In 1990 Britain paid tribute to France.", ""},
	})
}

// TestPersuadedNotTo: persuading another not to act asks it to hold back;
// persuading it to act is not this row.
func TestPersuadedNotTo(t *testing.T) {
	checkSenses(t, []string{"REQUEST"}, []senseCase{
		{"the Gulf war", "In January 1991 the United States persuaded Israel not to retaliate.", "REQUEST USA>ISR"},
		{"Spain (1936)", "In 1936 Britain persuaded France not to intervene.", "REQUEST GBR>FRA"},
		{"to act (1936)", "In 1936 Britain persuaded France to intervene.", ""},
	})
}

// TestAllNecessaryMeans: a body that authorises all necessary means
// against another threatens it with force.
func TestAllNecessaryMeans(t *testing.T) {
	checkSenses(t, []string{"THREATEN"}, []senseCase{
		{"Resolution 678", "In November 1990 the Security Council authorised member states to use all necessary means to expel Iraq from Kuwait.", "THREATEN UN>IRQ"},
		{"US spelling", "In November 1990 the Security Council authorized all necessary means against Iraq.", "THREATEN UN>IRQ"},
		{"other means (other sense)", "In 1990 the Security Council authorized new funds for Iraq.", ""},
	})
}

// TestLeasedFrom: territory a state leases from another is an agreement
// with it; a firm leasing ships is none.
func TestLeasedFrom(t *testing.T) {
	checkSenses(t, []string{"COOPERATE"}, []senseCase{
		{"Port Arthur (1898)", "In 1898 Russia leased Port Arthur from China.", "COOPERATE RUS>CHN"},
		{"Hong Kong (1898)", "In 1898 Britain leased the New Territories from China.", "COOPERATE GBR>CHN"},
		{"a firm (other sense)", "In 1990 the firm leased the ships from Germany.", ""},
	})
}

// TestAcceptedResolutionOrInspections: a resolution or a boundary ruling
// accepted is a proposal accepted; inspections by another accepted are a
// yielding to it, not an inspection.
func TestAcceptedResolutionOrInspections(t *testing.T) {
	checkSenses(t, []string{"AGREE", "CONCEDE", "ACCUSE"}, []senseCase{
		{"Resolution 242 (1967)", "In November 1967 Egypt accepted the resolution.", "AGREE EGY>"},
		{"Badme (2002)", "In April 2002 Eritrea accepted the boundary ruling.", "AGREE ERI>"},
		{"Resolution 598 (1988)", "In July 1988 Iran accepted Resolution 598.", "AGREE IRN>"},
		{"a court's ruling (other sense)", "In 1990 Egypt accepted the ruling of the court on its own law.", ""},
		{"no inspector (1998)", "In 1998 Iraq accepted the new rules.", ""},
		{"JCPOA (2015)", "In 2015 Iran accepted inspections by the International Atomic Energy Agency.", "CONCEDE IRN>IAEA"},
	})
}

// TestWithdrewFromDeal: a deal left is a break of ties, as a treaty left;
// forces withdrawn after a deal stay a retreat, a firm's deal is none.
func TestWithdrewFromDeal(t *testing.T) {
	checkSenses(t, []string{"SANCTION", "RETREAT"}, []senseCase{
		{"the JCPOA (2018)", "In May 2018 the United States withdrew from the nuclear deal with Iran.", "SANCTION USA>IRN"},
		{"news", "In 2019 Iran withdrew from the deal.", "SANCTION IRN>"},
		{"forces (Gulf war)", "In 1990 Iraq withdrew its forces from Kuwait after the deal.", "RETREAT IRQ>KWT"},
		{"a firm (other sense)", "In 2019 the firm withdrew from the deal with Iran.", ""},
	})
}

// TestAbandonedCity: a state's army that abandons a city, a fort or its
// positions withdraws; a plan, a claim to a city, or residents leaving are
// none.
func TestAbandonedCity(t *testing.T) {
	checkSenses(t, []string{"RETREAT"}, []senseCase{
		{"Mukden (Russo-Japanese war)", "In March 1905 the Russian army abandoned the city.", "RETREAT RUS>"},
		{"the Chaco war", "In 1934 the Bolivian army abandoned the fort.", "RETREAT BOL>"},
		{"a claim (other sense)", "In 1990 Iraq abandoned its claim to the city.", ""},
		{"a plan (other sense)", "In 1990 Iraq abandoned the plan.", ""},
		{"residents (other sense)", "In 1990 the residents abandoned the town.", ""},
	})
}
