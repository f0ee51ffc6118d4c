package actor

import "testing"

// TestCurlyPossessive checks review24's possessive tests with a typeset
// apostrophe ("’s", three bytes): a body word owned by a coded actor's
// possessive is another body, and the bare word after it no one's; a
// surname after another's possessive names no person. A surname's own
// possessive after it ("Patton’s army") is still the person.
func TestCurlyPossessive(t *testing.T) {
	v := testVocab(t)
	checkNoActorCases(t, v, []docCase{
		// a history of the Iraq war and of the Libyan intervention
		{[]string{"In 2008 the Iraqi Parliament approved the pact.", "In 2011 Britain’s Parliament debated Libya.", "In 2011 Parliament approved air strikes."}, 1, "Parliament", "GBR/LEG"}, // the possessor's (actors33's ownBodies)
		{[]string{"In 2008 the Iraqi Parliament approved the pact.", "In 2011 Britain’s Parliament debated Libya.", "In 2011 Parliament approved air strikes."}, 2, "Parliament", "-"},
		{[]string{"In 2008 the Iraqi Parliament approved the pact.", "In 2008 the cabinet’s ministers consulted Parliament."}, 1, "Parliament", "IRQ/LEG"},
		// a history of the Second World War and one of the Six-Day war
		{[]string{"In 1945 the American general Patton crossed the Rhine.", "In 1967 Jordan’s Patton tanks attacked Israel."}, 1, "Patton", "-"},
		{[]string{"In 1945 the American general Patton crossed the Rhine.", "In 1945 Patton’s army reached Austria."}, 1, "Patton", "USA/"},
		// a history of the Civil War and one of the Normandy landings
		{[]string{"In 1864 the American general Sherman took Atlanta.", "In 1944 Britain’s Sherman tanks landed in Normandy."}, 1, "Sherman", "-"},
		{[]string{"In 1864 the American general Sherman took Atlanta.", "In 1864 Sherman’s army marched to the sea."}, 1, "Sherman", "USA/"},
	})
}
