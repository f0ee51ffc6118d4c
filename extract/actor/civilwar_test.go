package actor

import "testing"

// TestCivilWarSides checks the American Civil War's sides (historic.tsv,
// only:dated): the Confederacy and its people, and "the Union" for the
// United States, at the war's dates; at other dates, or inside a longer
// name ("Soviet Union", "Iroquois Confederacy"), no one or that name's.
func TestCivilWarSides(t *testing.T) {
	v := testVocab(t)
	checkDocCases(t, v, []docCase{
		// a history of Gettysburg
		{[]string{"In 1863 the Confederates attacked the Union lines at Gettysburg."}, 0, "Confederates", "CONFEDERATE_STATES/"},
		{[]string{"In 1863 the Confederates attacked the Union lines at Gettysburg."}, 0, "Union", "USA/"},
		// a history of the Vicksburg campaign and the blockade; the people's
		// name takes the narrative's date, a state's name only its own
		// sentence's (narrates), as "the Allies" does
		{[]string{"In 1863 Grant besieged Vicksburg, and the Confederacy lost the Mississippi."}, 0, "Confederacy", "CONFEDERATE_STATES/"},
		{[]string{"In 1864 the Union blockade starved Charleston.", "The Confederates ran it at night."}, 0, "Union", "USA/"},
		{[]string{"In 1864 the Union blockade starved Charleston.", "The Confederates ran it at night."}, 1, "Confederates", "CONFEDERATE_STATES/"},
		// other dates and longer names
		{[]string{"In 2015 South Carolina removed the Confederate flag."}, 0, "Confederate", "/"},
		{[]string{"In 1922 the Union of South Africa voted."}, 0, "Union", "/"},
		{[]string{"In 1950 the Soviet Union tested a bomb."}, 0, "Soviet Union", "SUN/"},
		{[]string{"In 1754 the Iroquois Confederacy met the British at Albany."}, 0, "Iroquois Confederacy", "IROQUOIS/"},
	})
}

// TestUnionNeedsConfederacy checks "the Union" as the United States only
// in a document that names the Confederacy (historic.tsv's
// with:CONFEDERATE_STATES, cooccur.go), and never before "of", "with",
// "Jack" or after a capitalised word.
func TestUnionNeedsConfederacy(t *testing.T) {
	v := testVocab(t)
	checkDocCases(t, v, []docCase{
		// Ireland's union with Britain, the Latin Monetary Union
		{[]string{"In 1863 Irish nationalists demanded repeal of the Union, and Britain refused."}, 0, "Union", "/"},
		{[]string{"In 1865 France, Belgium, Italy and Switzerland formed the Union.", "Britain declined to join the Union in 1865."}, 1, "Union", "/"},
		// in a Civil War history, still not before "with" or "Jack"
		{[]string{"In 1862 the Confederacy sought British aid.", "In 1862 Britain debated the Union with Ireland."}, 1, "Union", "/"},
		{[]string{"In 1862 the Confederacy sought British aid.", "In 1862 the Union Jack flew over Lagos."}, 1, "Union", "/"},
		// a Civil War history: the Union is the United States
		{[]string{"In 1862 the Confederacy sought British aid.", "In 1862 the Union protested to Britain."}, 1, "Union", "USA/"},
	})
}
