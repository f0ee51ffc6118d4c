package lexicon_test

import "testing"

// Rows whose object entries are phrases read as the verb's object (flag
// "phrase", events53): an entry's words follow one another right after the
// verb, past determiners, possessives and modifiers, and its last word
// heads its noun phrase. Cases of our own, from histories and news; only
// the categories named are shown.

// TestContingentOfObserversIsPhrase: a contingent of observers sent is no
// deployment, but troops and observers sent are troops sent.
func TestContingentOfObserversIsPhrase(t *testing.T) {
	checkSenses(t, []string{"AID", "MOBILIZE"}, []senseCase{
		{"troops and observers (history)", "In 1974 Pakistan sent a contingent of troops and observers to Saudi Arabia.", "AID PAK>SAU"},
		{"soldiers and monitors (news)", "In 2004 Canada sent a contingent of soldiers and monitors to Haiti.", "AID CAN>HTI"},
		{"UN monitors (news)", "Canada sent a contingent of UN monitors to Haiti in 2004.", ""},
		{"election observers (history)", "In 1964 Sweden sent a contingent of election observers to Cyprus.", ""},
	})
}

// TestTreatyLeftIsPhrase: leaving a treaty (the dictionary's "(FROM
// &TREATY)", 161) is a break of ties; troops withdrawn with a treaty
// later in the clause stay a retreat.
func TestTreatyLeftIsPhrase(t *testing.T) {
	checkSenses(t, []string{"SANCTION", "RETREAT"}, []senseCase{
		{"the ABM Treaty (history)", "In 2002 the United States withdrew from the ABM Treaty.", "SANCTION USA>"},
		{"a nuclear agreement (news)", "In 2018 the United States withdrew from the nuclear agreement with Iran.", "SANCTION USA>IRN"},
		{"forces under a treaty (history)", "In 1982 Israel withdrew its forces from Sinai under the treaty.", "RETREAT ISR>"},
		{"troops after an agreement (news)", "Iraq withdrew its troops from Kuwait after the agreement was signed.", "RETREAT IRQ>KWT"},
	})
}

// TestNoneObjectHeadsItsPhrase: a NONE row's object word that only
// modifies another noun is no object: a market town captured is a
// seizure, Warsaw Pact territory crossed into an invasion.
func TestNoneObjectHeadsItsPhrase(t *testing.T) {
	checkSenses(t, []string{"COERCE", "ASSAULT"}, []senseCase{
		{"a market town (history)", "In 1967 Israel captured the market town of Qalqilya from Jordan.", "COERCE ISR>JOR"},
		{"pact territory (history)", "In 1968 Hungarian troops crossed into Warsaw Pact territory.", "ASSAULT HUN>WARSAW_PACT"},
		{"a market (news)", "Apple captured the market from Nokia in 2007.", ""},
		{"the seats (news)", "Labour captured the seats in Scotland.", ""},
		{"a union (news)", "Austria crossed into the European Union in 1995.", ""},
	})
}

// TestComingToAidIsPhrase: the aid another comes to is the possessor's
// ("came to Syria's military aid"); aid later in the clause is none.
func TestComingToAidIsPhrase(t *testing.T) {
	checkSenses(t, []string{"AID", "CONSULT"}, []senseCase{
		{"military aid (history)", "Egypt came to Syria's military aid in 1973.", "AID EGY>SYR"},
		{"aid (history)", "Britain came to Belgium's aid in 1914.", "AID GBR>BEL"},
		{"demands for aid (news)", "Egypt came to terms with Israel's demands for aid.", ""},
		{"power with aid (history)", "Syria came to power with Moscow's aid.", ""},
	})
}

// TestEndedTreatyIsPhrase: a defence or friendship treaty or an alliance
// ended is an end of ties only as the verb's object.
func TestEndedTreatyIsPhrase(t *testing.T) {
	checkSenses(t, []string{"SANCTION"}, []senseCase{
		{"a defence treaty (history)", "The United States ended its defence treaty with Taiwan in 1979.", "SANCTION USA>TWN"},
		{"a friendship treaty (news)", "Egypt terminated its friendship treaty with the Soviet Union in 1976.", "SANCTION EGY>SUN"},
		{"neutrality by a pact (history)", "Italy ended its neutrality by signing a defence pact with Britain.", ""},
		{"a war with a treaty (history)", "France ended the war with a treaty of friendship with Spain.", ""},
		{"an alliance (history)", "Britain ended its alliance with Japan in 1923.", "SANCTION GBR>JPN"},
		{"a military alliance (news)", "Egypt ended its military alliance with the Soviet Union in 1972.", "SANCTION EGY>SUN"},
		{"isolation with an alliance (history)", "Britain ended its isolation with an alliance with Japan.", ""},
		{"a war without an alliance (history)", "Germany ended the war without an alliance with Britain.", ""},
	})
}

// TestSentFleetIsPhrase: a fleet of trucks sent is no deployment, a fleet
// of warships is, with trucks later in the clause.
func TestSentFleetIsPhrase(t *testing.T) {
	checkSenses(t, []string{"MOBILIZE", "AID"}, []senseCase{
		{"warships and trucks (history)", "In 1940 Britain sent a fleet of warships to escort the trucks to Norway.", "MOBILIZE GBR>NOR"},
		{"a fleet of trucks (news)", "In 2022 Poland sent a fleet of trucks to Ukraine.", ""},
		{"a report (news)", "Norway sent a report on Soviet submarines to Britain.", ""},
		{"a note (history)", "Britain sent a strongly worded note to Germany.", ""},
	})
}

// TestTaskForceToStudyIsNone: a task force sent to study, examine or
// report, or on a topic, is a body of officials, no force deployed; a
// task force sent to a place, with a purpose after it, stays deployed.
func TestTaskForceToStudyIsNone(t *testing.T) {
	checkSenses(t, []string{"MOBILIZE", "AID"}, []senseCase{
		{"to study (history)", "In 1961 Britain sent a task force to study the Cuban economy.", ""},
		{"to examine (news)", "In 1995 the United States sent a task force to examine Haiti's police.", ""},
		{"on a topic (news)", "Washington sent a task force on refugees to Kosovo in 1999.", ""},
		{"to a place to examine (history)", "In 1962 the United States sent a task force to the Caribbean to examine Soviet ships bound for Cuba.", "MOBILIZE USA>SUN"},
		{"to a place to study (history)", "In 1958 Britain sent a task force to Lebanon to study the crisis.", "MOBILIZE GBR>LBN"},
		{"to a place (history)", "In April 1982 Britain sent a task force to the Falklands.", "MOBILIZE GBR>FLK"},
	})
}
