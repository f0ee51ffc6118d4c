package lexicon_test

import "testing"

// TestTroopsMovedToHelp: troops moved into another's country "to help"
// deploy there (MOBILIZE) only when they help defend it; helping a side
// crush, suppress or overthrow, or helping a group that is not the state,
// is an occupation (COERCE), as a move in with no reason is.
func TestTroopsMovedToHelp(t *testing.T) {
	checkSenses(t, []string{"COERCE", "MOBILIZE"}, []senseCase{
		{"to help defend it (history)", "In 1914 Britain moved troops into Belgium to help defend it against Germany.", "MOBILIZE GBR>BEL"},
		{"to help in its defence (history)", "In 1941 Britain moved forces into Greece to help in its defence.", "MOBILIZE GBR>GRC"},
		{"to help defend the country (news)", "In 2022 Britain moved troops into Estonia to help defend the country against Russia.", "MOBILIZE GBR>EST"},
		{"to help crush (history)", "In 1968 the Soviet Union moved troops into Czechoslovakia to help crush the Prague Spring.", "COERCE SUN>CSK"},
		{"to help rebels overthrow (history)", "In 1978 Vietnam moved troops into Cambodia to help the rebels overthrow Pol Pot.", "COERCE VNM>KHM"},
		{"to help a party crush (history)", "In 1956 the Soviet Union moved forces into Hungary to help the Hungarian communists crush the uprising.", "COERCE SUN>HUN"},
		{"to help its government suppress (news)", "In 1979 the Soviet Union moved troops into Afghanistan to help its government suppress the rebels.", "COERCE SUN>AFG"},
		{"to help a revolution (news)", "In 1990 Iraq moved troops into Kuwait to help the revolution.", "COERCE IRQ>KWT"},
	})
}
