package actor

import "testing"

// TestOtherBodyOfTheWord checks a body word that names a body of its own
// (review24): followed by "of" and a capitalised word ("the Congress of
// Vienna") or owned by a coded actor's possessive ("Britain's
// Parliament"), it is not the longer name given before, and the bare word
// after it is no one's; a bare word with no other body between keeps the
// earlier name's state.
func TestOtherBodyOfTheWord(t *testing.T) {
	v := testVocab(t)
	checkNoActorCases(t, v, []docCase{
		// a history of the American revolution and the Napoleonic settlement
		{[]string{"In 1776 the Continental Congress declared independence.", "In 1815 the Congress of Vienna redrew Europe.", "In 1815 Britain dominated the Congress."}, 1, "Congress", "-"},
		{[]string{"In 1776 the Continental Congress declared independence.", "In 1815 the Congress of Vienna redrew Europe.", "In 1815 Britain dominated the Congress."}, 2, "Congress", "-"},
		// a history of the Iraq war and of the Libyan intervention
		{[]string{"In 2008 the Iraqi Parliament approved the pact.", "In 2011 Britain's Parliament debated Libya; Parliament approved air strikes."}, 1, "Parliament", "GBR/LEG"}, // the possessor's (actors33's ownBodies); the bare word after it: TestCurlyPossessive
		// the earlier name still holds with no other body between
		{[]string{"In 1776 the Continental Congress declared independence.", "In 1777 Congress fled to York."}, 1, "Congress", "USA/GOV"},
		{[]string{"In 2008 the Iraqi Parliament approved the pact.", "In 2008 the cabinet consulted Parliament."}, 1, "Parliament", "IRQ/LEG"},
		// a word that opens sentences is no longer name's (reread-ap14):
		// a history of the Iraq war and one of the American revolution
		{[]string{"In 2003 the Iraqi Parliament debated the request.", "But Parliament rejected the Turkish request."}, 1, "Parliament", "IRQ/LEG"},
		{[]string{"In 1776 the Continental Congress declared independence.", "When Congress fled to York, the army wintered at Valley Forge."}, 1, "Congress", "USA/GOV"},
	})
}

// TestBareForceAfterAnotherState checks "the army"/"the navy" with a
// state other than its paragraph's named force earlier in its own
// sentence (review24): no one's, not the earlier force's state; with none
// there, the paragraph's force as before.
func TestBareForceAfterAnotherState(t *testing.T) {
	v := testVocab(t)
	checkNoActorCases(t, v, []docCase{
		// a history of the Gulf war and one of the First World War at sea
		{[]string{"In 1990 the Iraqi army invaded Kuwait.", "In 1991 the United States attacked Iraq, and the army liberated Kuwait."}, 1, "army", "-"},
		{[]string{"In 1914 the British navy blockaded Germany.", "In 1917 Germany built U-boats, and the navy attacked British shipping."}, 1, "navy", "-"},
		// a history of the Yom Kippur war: the other side acts first
		{[]string{"In 1973 the Egyptian army crossed the canal.", "In 1973 Israel counterattacked, and the army attacked the Third Army."}, 1, "army", "-"},
		// the force's own state before it, or none: the force's
		{[]string{"In 1979 the Soviet army entered Afghanistan.", "In 1980 the army fought the mujahideen."}, 1, "army", "SUN/MIL"},
		{[]string{"In 1905 the Russian navy sailed east.", "In 1905 Russia hoped, and the navy sailed to Tsushima."}, 1, "navy", "RUS/MIL"},
		// a place in the force's own clause is where it acts (reread-ap14):
		// a history of the Soviet war and one of the Gulf war
		{[]string{"In 1979 the Soviet army entered Afghanistan.", "In Afghanistan the army fought the mujahideen."}, 1, "army", "SUN/MIL"},
		{[]string{"In 1990 the Iraqi army invaded Kuwait.", "In Kuwait City the army attacked Kuwaiti forces."}, 1, "army", "IRQ/MIL"},
	})
}

// TestSurnameNotAPerson checks a surname the document gave a side that
// names no person (review24): owned by another's possessive ("Jordan's
// Patton tanks") or a town before a comma and its state ("Montgomery,
// Alabama"); the surname alone elsewhere is still the person.
func TestSurnameNotAPerson(t *testing.T) {
	v := testVocab(t)
	checkNoActorCases(t, v, []docCase{
		// a history of the Second World War and one of the Six-Day war
		{[]string{"In 1945 the American general Patton crossed the Rhine.", "In 1967 Jordan's Patton tanks attacked Israel."}, 1, "Patton", "-"},
		{[]string{"In 1945 the American general Patton crossed the Rhine.", "In 1945 Patton reached Austria."}, 1, "Patton", "USA/"},
		// a history of the desert war and one of the civil rights era
		{[]string{"In 1942 the British general Montgomery defeated Rommel.", "In 1944 Montgomery, Alabama hosted troops."}, 1, "Montgomery", "-"},
		{[]string{"In 1942 the British general Montgomery defeated Rommel.", "In 1944 Montgomery landed in Normandy."}, 1, "Montgomery", "GBR/"},
	})
}

// checkNoActorCases is checkDocCases where a want of "-" is an entity with
// no actor or no entity at all: either way the form names no one.
func checkNoActorCases(t *testing.T, v *Vocabulary, cases []docCase) {
	t.Helper()
	for _, c := range cases {
		text, es := datedDoc(t, v, c.sentences)
		got := sentActor(text, es, c.sent, c.form)
		if c.want == "-" && (got == "/" || got == "(none)") {
			continue
		}
		if got != c.want {
			t.Errorf("%q: %s is %q, want %q", text, c.form, got, c.want)
		}
	}
}
