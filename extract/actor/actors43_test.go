package actor

import "testing"

// TestNumberedRulerOfState checks a numbered ruler a bounded row names
// before "of" and a state's name (numberedRuler): the state the text
// names, in the row's term or out of it, not before a possessive, and
// the row's reading where no "of" and state follow.
func TestNumberedRulerOfState(t *testing.T) {
	v := testVocab(t)
	checkDocCases(t, v, []docCase{
		// a history of medieval France and England
		{[]string{"In 1303 King Philip IV of France quarrelled with the Pope."}, 0, "King Philip IV", "FRA/GOV"},
		{[]string{"In 1405 King Henry IV of England fought the Welsh."}, 0, "King Henry IV", "GBR/GOV"},
		{[]string{"In 1303 King Philip IV attacked Flanders."}, 0, "King Philip IV", "/"},
		{[]string{"In 1303 King Philip IV of France's army invaded Flanders."}, 0, "King Philip IV", "/"},
		// a history of the Northern Wars and of Iberia in the nineteenth century
		{[]string{"In 1655 King Charles X of Sweden invaded Poland."}, 0, "King Charles X", "SWE/GOV"},
		{[]string{"In 1700 King Charles XII attacked Denmark."}, 0, "King Charles XII", "SWE/GOV"},
		{[]string{"In 1850 King Ferdinand II of Portugal visited Spain."}, 0, "King Ferdinand II", "PRT/GOV"},
		{[]string{"In 1850 King Ferdinand II visited Portugal."}, 0, "King Ferdinand II", "TWO_SICILIES/GOV"},
		// a history of Greece in the fourth century BC
		{[]string{"In 338 BC King Philip II of Macedon defeated Athens."}, 0, "King Philip II", "MACEDON/GOV"},
	})
}

// TestStatusAgents checks a force or government after a word of its
// state's kind (topical.tsv status rows, statusAgents): the one federal
// state the document names, none where it names two or none, nor after a
// blocking word or in a longer name.
func TestStatusAgents(t *testing.T) {
	v := testVocab(t)
	checkDocCases(t, v, []docCase{
		// a history of the Nigerian civil war and one of the American Civil War
		{[]string{"In 1967 Nigeria blockaded Biafra.", "Federal troops invaded the north of Biafra."}, 1, "Federal troops", "NGA/MIL"},
		{[]string{"In 1967 Nigeria blockaded Biafra.", "Britain sold weapons to the federal government."}, 1, "government", "NGA/GOV"},
		{[]string{"In 1861 the Confederacy attacked the Union at Fort Sumter.", "In 1862 Federal troops occupied New Orleans."}, 1, "Federal troops", "USA/MIL"},
		{[]string{"In 1861 Britain and France watched the war.", "In 1862 Federal troops occupied New Orleans."}, 1, "Federal troops", "(none)"},
		// papers on Russia and India, and on Germany's reunification
		{[]string{"In 1999 Russia and India signed a treaty.", "Federal troops entered the region."}, 1, "Federal troops", "(none)"},
		{[]string{"In 1990 Germany reunified.", "In 1990 the Federal Republic absorbed the east."}, 1, "Federal Republic", "/"},
		{[]string{"In 1990 Germany reunified.", "In 1990 federal troops left Berlin."}, 1, "federal troops", "DEU/MIL"},
	})
}

// TestImperialAgents checks "imperial" before an armed force (a status
// row for armed forces only): the one empire the document names, none
// where it names two, and no government or court.
func TestImperialAgents(t *testing.T) {
	v := testVocab(t)
	checkDocCases(t, v, []docCase{
		// a history of the Thirty Years' War and one of the Boxer rising
		{[]string{"In 1631 the Holy Roman Empire besieged Magdeburg.", "Imperial troops sacked the city in May 1631."}, 1, "Imperial troops", "HOLY_ROMAN_EMPIRE/MIL"},
		{[]string{"In 1900 the Boxers rose in China.", "Imperial troops joined the Boxers in 1900."}, 1, "Imperial troops", "CHN/MIL"},
		{[]string{"In 1900 the Boxers rose in China.", "In 1900 Japan and Russia sent armies.", "Imperial troops joined the Boxers in 1900."}, 2, "Imperial troops", "(none)"},
		// histories of the First World War
		// (the paragraph's topic gives the authorities, not the status row)
		{[]string{"In 1918 Austria sued for peace.", "In 1918 the imperial authorities asked Italy for an armistice."}, 1, "authorities", "AUT/GOV"},
		{[]string{"In 1918 Germany and Austria sued for peace.", "In 1918 imperial troops left Italy."}, 1, "imperial troops", "(none)"},
	})
}

// TestOrgNouns checks a bare head noun after "the" that re-mentions the
// one organisation the document named before it (topical.tsv orgnoun
// rows, orgNouns), and none where the document named two, a state body
// too, or none yet, nor before "of".
func TestOrgNouns(t *testing.T) {
	v := testVocab(t)
	checkDocCases(t, v, []docCase{
		// a paper on Iran's nuclear programme and a history of the Kosovo war
		{[]string{"In 2003 the IAEA sent inspectors to Natanz.", "The agency demanded access to the site."}, 1, "agency", "IAEA/"},
		{[]string{"In 1999 NATO bombed Serbia.", "The alliance lost no aircraft."}, 1, "alliance", "NATO/"},
		{[]string{"In 1999 NATO bombed Serbia and the IAEA protested.", "The alliance lost no aircraft."}, 1, "alliance", "(none)"},
		{[]string{"In 2003 the CIA briefed the IAEA.", "The agency demanded access to the site."}, 1, "agency", "(none)"},
		{[]string{"The agency demanded access to the site.", "In 2003 the IAEA sent inspectors to Natanz."}, 0, "agency", "(none)"},
		{[]string{"In 1999 NATO bombed Serbia.", "The alliance of 1894 was older."}, 1, "alliance", "(none)"},
	})
}
