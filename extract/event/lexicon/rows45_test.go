package lexicon_test

import "testing"

// TestCapturedWon: a market, a share of one, the lead, attention, the
// imagination or hearts captured are won, no seizure (review27 finding
// 2); places and forces captured stay seizures (triggers45). Cases of our
// own, from papers on trade and from histories.
func TestCapturedWon(t *testing.T) {
	checkSenses(t, []string{"COERCE"}, []senseCase{
		{"a market (paper)", "In 1985 Japan captured the American market for small cars.", ""},
		{"a share of a market (paper)", "After 1990 China captured a large share of the Vietnamese market.", ""},
		{"attention, with a means (news)", "In 1990 Britain captured the attention of the Indian press with its reforms.", ""},
		{"the imagination (history)", "In 1979 India captured the imagination of the Afghan people.", ""},
		{"the lead in exports (paper)", "In 2008 Germany captured the lead in solar exports from the United States.", ""},
		{"hearts (news)", "In 1999 Russia captured the hearts of the Serbian people.", ""},
		{"a capital (history)", "In June 1940 Germany captured Paris.", "COERCE DEU>FRA"},
		{"a region from a state (history)", "In 1967 Israel captured the Sinai from Egypt.", "COERCE ISR>EGY"},
		{"the lead elements (history)", "In 1944 American troops captured the lead elements of the German division near Aachen.", "COERCE USA>DEU"},
		{"a garrison (history)", "In 1942 Japan captured the British garrison at Singapore.", "COERCE JPN>GBR"},
	})
}

// TestExpeditionSent: an expeditionary force, a task force or a contingent
// sent is deployed (MOBILIZE), no aid (review27 finding 5); arms, food and
// troops sent stay aid; a contingent of observers is neither
// (triggers45). Cases of our own.
func TestExpeditionSent(t *testing.T) {
	checkSenses(t, []string{"AID", "MOBILIZE"}, []senseCase{
		{"an expeditionary force (history)", "In 1956 France sent an expeditionary force to Egypt.", "MOBILIZE FRA>EGY"},
		{"a task force (history)", "In April 1982 Britain sent a task force to the Falklands.", "MOBILIZE GBR>FLK"},
		{"a contingent (news)", "In 1990 Egypt sent a contingent to Saudi Arabia.", "MOBILIZE EGY>SAU"},
		{"against a state (history)", "In 1915 Britain sent an expeditionary force to Gallipoli against Turkey.", "MOBILIZE GBR>TUR"},
		{"arms stay aid (news)", "In 1973 the United States sent arms to Israel.", "AID USA>ISR"},
		{"food stays aid (news)", "In 1984 the United States sent food to Ethiopia.", "AID USA>ETH"},
		{"a contingent of observers (news)", "In 1995 Sweden sent a contingent of election observers to Bosnia.", ""},
		{"a contingent of monitors (news)", "In 1994 Canada sent a contingent of monitors to Haiti.", ""},
	})
}

// TestRebelledAgainstPolicy: rebelling or revolting against a plan, a
// policy or a line is opposing it, no armed rising, though its maker is
// named (review27 finding 7); against a state or its rule it stays a
// rising (triggers45). Cases of our own.
func TestRebelledAgainstPolicy(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"a plan (news)", "In 1975 Israel rebelled against the American plan for a settlement freeze.", ""},
		{"a policy (history)", "In 1980 Poland rebelled against the Soviet policy on grain prices.", ""},
		{"a line (history)", "In 1968 Czechoslovakia rebelled against the Soviet line.", ""},
		{"rule (history)", "In 1920 Ireland rebelled against British rule.", "ASSAULT IRL>GBR"},
		{"a state (history)", "In 1568 the Netherlands revolted against Spain.", "ASSAULT NLD>ESP"},
		{"an occupation (news)", "In 1990 Kuwaiti rebels rose up against the Iraqi occupation.", "ASSAULT KWT>IRQ"},
	})
}

// TestCrossedIntoBody: a state that crosses into an organization or a
// union of states joins it, no invasion (review27 finding 9); into a
// state it invades (triggers45). Cases of our own.
func TestCrossedIntoBody(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"an organization (news)", "In 2001 China crossed into the World Trade Organization.", ""},
		{"a union of states (news)", "In 1995 Austria crossed into the European Union.", ""},
		{"an era (history)", "In 1990 Iraq crossed into a new era of conflict with Iran.", ""},
		{"the Soviet Union (history)", "In 1941 Germany crossed into the Soviet Union.", "ASSAULT DEU>SUN"},
		{"a state (news)", "In 2008 Russia crossed into Georgia.", "ASSAULT RUS>GEO"},
	})
}

// TestCameToAid: coming to another's aid, assistance or rescue, the one
// helped named in a possessive, is aid (AID, as "came to the aid of"), not
// the dictionary's CONSULT; aid that a state came to depend on, or
// coming to a place with an offer of help, is none (review26, triggers45).
// Cases of our own.
func TestCameToAid(t *testing.T) {
	checkSenses(t, []string{"AID", "CONSULT"}, []senseCase{
		{"a possessive (history)", "In 1914 Britain came to Belgium's aid.", "AID GBR>BEL"},
		{"a curly possessive (history)", "In 1914 Britain came to Belgium’s aid.", "AID GBR>BEL"},
		{"a plural possessive (history)", "In 1941 the United States came to the Allies' aid.", "AID USA>ALLIES"},
		{"assistance (history)", "In 1971 the Soviet Union came to India's assistance.", "AID SUN>IND"},
		{"rescue (news)", "In 1990 Britain came to Kuwait's rescue.", "AID GBR>KWT"},
		{"the aid of stays (history)", "In 1940 Britain came to the aid of Greece.", "AID GBR>GRC"},
		{"aid depended on (history)", "In 1985 Ethiopia came to depend on Soviet aid.", ""},
		{"power with aid (history)", "In 1917 the Bolsheviks came to power with Germany's aid.", ""},
		{"an offer of help (history)", "In 1962 the British envoy came to India with an offer of help.", "CONSULT GBR>IND"},
	})
}
