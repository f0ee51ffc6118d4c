package lexicon_test

import "testing"

// TestInvitedForcesDeploy: armed forces entering, crossing or moving into
// another's country at its request or invitation, or as peacekeepers
// (triggers.tsv's MOBILIZE rows with objects.tsv's invited), deploy there;
// with no such words the invasion rows stay. Only ASSAULT and MOBILIZE
// events are shown. Cases of our own, from histories and news.
func TestInvitedForcesDeploy(t *testing.T) {
	checkSenses(t, []string{"ASSAULT", "MOBILIZE"}, []senseCase{
		{"at the request of a king (history)", "In August 1990 American troops entered Saudi Arabia at the request of King Fahd.", "MOBILIZE USA>SAU"},
		{"at the request of a government (news)", "In January 2013 French troops entered Mali at the request of its government.", "MOBILIZE FRA>MLI"},
		{"at the invitation of leaders (history)", "In 1976 Syrian troops crossed into Lebanon at the invitation of the Maronite leaders.", "MOBILIZE SYR>LBN"},
		{"as peacekeepers (history)", "In 1987 Indian troops moved into Sri Lanka as peacekeepers.", "MOBILIZE IND>LKA"},
		{"at a capital's request (news)", "In 2013 French troops entered Mali at Bamako's request.", "MOBILIZE FRA>MLI"},
		{"at a king's invitation (history)", "In 1958 British troops entered Jordan at King Hussein's invitation.", "MOBILIZE GBR>JOR"},
		{"upon the request of (history)", "In 1965 American troops entered the Dominican Republic upon the request of the junta.", "MOBILIZE USA>DOM"},
		{"on the invitation of (history)", "In 1976 Syrian troops entered Lebanon on the invitation of President Frangieh.", "MOBILIZE SYR>LBN"},
		{"invited by (history)", "In 1964 British troops entered Kenya, invited by President Kenyatta.", "MOBILIZE GBR>KEN"},
		{"as a peacekeeping force (history)", "In 1982 Italian troops entered Lebanon as a peacekeeping force.", "MOBILIZE ITA>LBN"},
		{"as peacekeepers (news)", "In 1982 French troops entered Lebanon as peacekeepers.", "MOBILIZE FRA>LBN"},
		{"upon orders, no request (history)", "In 1991 Iraqi troops entered Kuwait at dawn upon the orders of Saddam.", "ASSAULT IRQ>KWT"},
		{"no request (history)", "In 1990 Iraqi troops entered Kuwait.", "ASSAULT IRQ>KWT"},
		{"no invitation (history)", "In 1968 Soviet troops crossed into Czechoslovakia.", "ASSAULT SUN>CSK"},
		{"a place after the state (news)", "In 1991 Iraqi forces crossed into Saudi Arabia at Khafji.", "ASSAULT IRQ>SAU"},
		// a request in the next clause is not the entry's
		{"a request after \", and\" (history)", "Iraqi forces entered Kuwait in August 1990, and at the request of King Fahd American troops deployed to Saudi Arabia.", "ASSAULT IRQ>KWT"},
		{"a request after \";\" (news)", "Iraqi troops entered Kuwait in 1990; at the request of the emir, the United Nations imposed sanctions.", "ASSAULT IRQ>KWT"},
		{"an invitation after \", and\" (history)", "In 1979 Soviet troops entered Afghanistan, and at the invitation of Washington, Pakistan armed the mujahideen.", "ASSAULT SUN>AFG"},
		{"invited in a \"while\" clause (history)", "Vietnamese forces entered Cambodia in 1978 while Thai troops, invited by Bangkok, guarded the border.", "ASSAULT VNM>KHM"},
		// The limits: a liberation is told by no word of the sentence; a
		// pretext is taken at its word.
		{"a pretext (history)", "In 1979 Soviet troops entered Afghanistan at the invitation of the Afghan government.", "MOBILIZE SUN>AFG"},
		{"a capital liberated (history)", "In August 1944 American troops entered Paris.", "ASSAULT USA>FRA"},
	})
}

// TestAtTheRequestOf: "at the request of X" is X's request (inverse: the
// one after "of" asks), not the subject's of X; its target is left open.
// Only REQUEST events are shown. Cases of our own, from histories and news.
func TestAtTheRequestOf(t *testing.T) {
	checkSenses(t, []string{"REQUEST"}, []senseCase{
		{"a king's request (history)", "In August 1990 American troops entered Saudi Arabia at the request of King Fahd.", "REQUEST SAU>"},
		{"a president's request (history)", "In 1958 American troops entered Lebanon at the request of President Chamoun.", "REQUEST LBN>"},
		{"an invitation (history)", "In 1979 Soviet troops entered Afghanistan at the invitation of the Afghan government.", "REQUEST AFG>"},
		{"a request rejected (news)", "In 1990 Kuwait rejected the request of Iraq for compensation.", ""},
		{"one asks for troops (history)", "In 1990 King Fahd asked Washington for troops.", "REQUEST SAU>USA"},
	})
}
