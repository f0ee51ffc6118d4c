package event_test

import "testing"

// Trigger words in another sense: the row's flags (thing, actagent,
// actsubject, by=STATE) and the rows for joining a war or challenging
// legitimacy.
func TestTriggerSensesByRow(t *testing.T) {
	checkCases(t, []roleCase{
		// actagent: a threat needs an actor for its agent
		{"threatened by a thing (history)",
			"Britain sent grain to provinces threatened by famine.",
			""},
		{"threatened by a thing (news)",
			"Japan pledged aid to islands threatened by rising seas.",
			"AGREE JPN>"},
		{"threatened by an actor (history)",
			"In 1938 Czechoslovakia, threatened by Germany, mobilized.",
			"THREATEN DEU>CSK"},
		// actsubject: a call for needs an actor or a pronoun for one
		{"a plan calls for (history)",
			"The Bulgarian plan called for an advance on Salonika.",
			""},
		{"a document calls for (news)",
			"The draft resolution calls for a ceasefire in Gaza.",
			""},
		{"it calls for, no actor before (essay)",
			"This is a long struggle and it calls for patience.",
			""},
		{"two states thus call for (news)",
			"Both Egypt and Jordan thus called for a ceasefire in Gaza.",
			"REQUEST EGY,JOR>PSE"},
		{"a state calls for (news)",
			"Egypt called for a ceasefire in Gaza.",
			"REQUEST EGY>PSE"},
		{"a pronoun for a state calls for (news)",
			"Egypt opened the Rafah crossing. It called for a ceasefire in Gaza.",
			"REQUEST EGY>PSE"},
		// by=STATE: a state's protest is ACCUSE
		{"a state lodged a protest (history)",
			"Sweden lodged a protest with Germany over the sinking.",
			"ACCUSE SWE>DEU"},
		{"a state protested (news)",
			"China protested the arms sale to Taiwan.",
			"ACCUSE CHN>TWN"},
		{"crowds protest (news)",
			"Thousands of students protested in Seoul.",
			"PROTEST KOR>KOR"},
		{"a country's crowds protest (news)",
			"The verdict sparked nationwide Thai protests.",
			"PROTEST THA>THA"},
		// challenge the legitimacy
		{"challenged the legitimacy (history)",
			"Moscow challenged the legitimacy of the Finnish government in 1939.",
			"ACCUSE RUS>FIN"},
		{"challenged the authority (news)",
			"Serbia challenged the authority of the Kosovo court.",
			"ACCUSE SRB>"},
		// join the war
		{"joined the war (history)",
			"In 1917 Greece joined the war against Bulgaria.",
			"ASSAULT GRC>BGR"},
		{"joined the fighting (news)",
			"Hezbollah joined the fighting against Israel in October.",
			"ASSAULT HEZBOLLAH>ISR"},
		// go to war: "go" is inflected ("went", "goes") as the first word
		{"went to war (news)",
			"Kenya went to war with Somalia in 2011.",
			"ASSAULT KEN>SOM"},
		{"went to war (history)",
			"In 1914 Britain went to war against Germany.",
			"ASSAULT GBR>DEU"},
		{"joined an alliance (history)",
			"In 1949 Norway joined NATO.",
			"COOPERATE NOR>NATO"},
		// thing: the war as what something is
		{"the war as the complement (history)",
			"For the new cabinet the only question was the war.",
			""},
		{"it is a war (essay)",
			"Russia says it is a limited war.",
			""},
		{"a war waged (history)",
			"In 1914 Germany declared war on France.",
			"ASSAULT DEU>FRA"},
	}, eventDyads)
}

// A war noun inside a compound that names a thing (NONE rows: "war
// effort", "war aims", "fighting force", "fighting men", "war memorials")
// names no fighting; the act beside it stays.
func TestWarCompoundsNameThings(t *testing.T) {
	checkCases(t, []roleCase{
		{"war effort (history)",
			"Canada sent wheat to the British war effort.",
			""},
		{"war effort (news)",
			"In 2022 Iran provided military aid to the Russian war effort.",
			"AID IRN>RUS"},
		{"war aims (history)",
			"The memorandum set out Japan's war aims in China.",
			""},
		{"war aims (essay)",
			"Washington never stated its war aims clearly.",
			""},
		{"fighting force (history)",
			"By 1943 the Polish army was again a fighting force.",
			""},
		{"fighting men (news)",
			"Ukraine lost many fighting men near Bakhmut.",
			""},
		{"war memorials (history)",
			"France built war memorials in every village.",
			""},
		{"a war declared (history)",
			"In 1939 Britain declared war on Germany.",
			"ASSAULT GBR>DEU"},
	}, eventDyads)
}

// "as opposed to" compares (a NONE row); "opposed to" right after a
// common noun describes it (flag stance); after a form of "be" it still
// rejects.
func TestAsOpposedToCompares(t *testing.T) {
	checkCases(t, []roleCase{
		{"as opposed to (history)",
			"\"The old code is harsh and subject to abuse; this is why it is feared more than that of Rome\" as opposed to Rome, upon which France relied.",
			""},
		{"as opposed to (essay)",
			"Its verdict was \"final\" as opposed to men, whom France had pardoned.",
			""},
		{"people opposed to (history)",
			"In 1917 Germany helped exiles opposed to the Tsar.",
			""},
		{"groups opposed to (news)",
			"In 2011 crowds of students opposed to Gaddafi filled the square.",
			""},
		{"opposed to (news)",
			"Greece was opposed to the Turkish plan.",
			"REJECT GRC>TUR"},
	}, eventDyads)
}
