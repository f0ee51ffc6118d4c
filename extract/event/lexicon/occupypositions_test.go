package lexicon_test

import "testing"

// TestOccupyingPositionsIsNoOccupation: occupying positions, high ground,
// heights, defensive lines or trenches (triggers.tsv's NONE rows "occupy
// positions", "occupy defensive positions", "occupy the heights", ...) is
// taking them up on one's own front, no COERCE occupation of another's
// ground; the fighting keeps its own record. Each row fires in two texts.
// Ground of another actor or over a named place (the rows' unless= flag:
// "the heights above Beirut", "positions abandoned by the Syrian army",
// "the positions of the Israeli army"), a state and a port stay
// occupations. Only COERCE and ASSAULT events are shown. Cases of our own,
// from histories.
func TestOccupyingPositionsIsNoOccupation(t *testing.T) {
	checkSenses(t, []string{"COERCE", "ASSAULT"}, []senseCase{
		// occupy positions
		{"positions (Italian campaign)", "In 1943 the German army fought the Americans at Salerno, occupying positions along the river.", "ASSAULT DEU>USA"},
		{"positions (Korean War)", "In 1951 Chinese forces fought the Americans, occupying positions on the ridges north of Seoul.", "ASSAULT CHN>USA"},
		// occupy defensive positions
		{"defensive positions (Austro-Italian War)", "After crossing the Mincio in 1866, Italian infantry occupied defensive positions and fought the Austrians.", "ASSAULT ITA>AUT"},
		{"defensive positions (Korean War)", "In 1950 the American army fought the North Koreans, occupying defensive positions around Pusan.", "ASSAULT USA>PRK"},
		// occupy a defensive position
		{"a defensive position (Verdun)", "In 1916 the German army fought the French, occupying a defensive position on the ridge.", "ASSAULT DEU>FRA"},
		{"a defensive position (War of Attrition)", "In 1970 the Egyptian army fought the Israelis, occupying a defensive position west of the canal.", "ASSAULT EGY>ISR"},
		// occupy strong positions
		{"strong positions (Meuse-Argonne)", "In 1918 the German army fought the Americans, occupying strong positions in the Argonne forest.", "ASSAULT DEU>USA"},
		{"strong positions (Russo-Japanese War)", "In 1904 the Russian army fought the Japanese, occupying strong positions on the hills around Port Arthur.", "ASSAULT RUS>JPN"},
		// occupy new positions
		{"new positions (WW1)", "In 1917 the British army fought the Germans, occupying new positions beyond the canal.", "ASSAULT GBR>DEU"},
		{"new positions (Korean War)", "In 1953 Chinese forces fought the Americans, occupying new positions on the hills.", "ASSAULT CHN>USA"},
		// occupy forward positions
		{"forward positions (WW2)", "In 1944 the Soviet army fought the Germans, occupying forward positions on the Vistula.", "ASSAULT SUN>DEU"},
		{"forward positions (Korean War)", "In 1950 the British army fought the Chinese, occupying forward positions on the Imjin River.", "ASSAULT GBR>CHN"},
		// occupy prepared positions
		{"prepared positions (Gallipoli)", "In 1915 the Turks fought the Australians, occupying prepared positions above the beaches.", "ASSAULT TUR>AUS"},
		{"prepared positions (Yom Kippur War)", "In 1973 the Israeli army fought the Egyptians, occupying prepared positions along the canal.", "ASSAULT ISR>EGY"},
		// occupy high ground
		{"high ground (Abyssinia)", "In 1936 the Ethiopians fought the Italians, occupying high ground above the pass.", "ASSAULT ETH>ITA"},
		{"high ground (Six-Day War)", "In 1967 the Jordanian army fought the Israelis, occupying high ground around Jerusalem.", "ASSAULT JOR>ISR"},
		// occupy a defensive line
		{"a defensive line (Marne)", "In 1914 the French army fought the Germans, occupying a defensive line along the Marne.", "ASSAULT FRA>DEU"},
		{"a defensive line (Korean War)", "In 1951 the American army fought the Chinese, occupying a defensive line north of Seoul.", "ASSAULT USA>CHN"},
		// occupy defensive lines
		{"defensive lines (Eastern Front)", "In 1915 the Russian army fought the Germans, occupying defensive lines in Galicia.", "ASSAULT RUS>DEU"},
		{"defensive lines (Italian campaign)", "In 1944 the German army fought the British, occupying defensive lines south of Rome.", "ASSAULT DEU>GBR"},
		// occupy trenches
		{"trenches (Ypres)", "In 1915 the British army fought the Germans, occupying trenches near Ypres.", "ASSAULT GBR>DEU"},
		{"trenches (Romanian campaign)", "In 1916 the Romanian army fought the Bulgarians, occupying trenches along the Danube.", "ASSAULT ROU>BGR"},
		// occupy the positions
		{"the positions (Serbian campaign)", "Serbian infantry fought the Austrians in 1914, occupying the positions on the ridge.", "ASSAULT SRB>AUT"},
		{"the positions (Korean War)", "In 1951 the American army fought the Chinese, occupying the positions along the river.", "ASSAULT USA>CHN"},
		// occupy the heights
		{"the heights (Gallipoli)", "In 1915 the Turks fought the Australians, occupying the heights above the beaches.", "ASSAULT TUR>AUS"},
		{"the heights (Verdun)", "In 1916 the French army fought the Germans, occupying the heights above the city.", "ASSAULT FRA>DEU"},
		// another's ground (unless=): occupations
		{"positions abandoned by an army (Six-Day War)", "In 1967 Israeli troops occupied positions abandoned by the Syrian army on the Golan.", "COERCE ISR>SYR"},
		{"high ground overlooking a capital (Lebanon War)", "In 1982 Israeli troops occupied high ground overlooking Beirut.", "COERCE ISR>LBN"},
		{"the heights above a capital (Lebanon War)", "In 1982 the Israeli army occupied the heights above Beirut and shelled the city.", "COERCE ISR>LBN"},
		{"the positions abandoned by a state (Six-Day War)", "In 1967 Israel occupied the positions abandoned by Syria on the Golan.", "COERCE ISR>SYR"},
		{"the positions of an army (Yom Kippur War)", "In 1973 Syrian forces occupied the positions of the Israeli army on Mount Hermon.", "COERCE SYR>ISR"},
		{"the trenches abandoned by the enemy (WW1)", "In 1918 the Americans occupied the trenches abandoned by the Germans.", "COERCE USA>DEU"},
		{"a named height (Six-Day War)", "In 1967 Israeli forces fought the Syrians, occupying the Golan Heights.", "ASSAULT ISR>SYR; COERCE ISR>SYR"},
		// a demonym before a thing after "by" names no owner
		{"positions protected by missiles (Yom Kippur War)", "In 1973 Egyptian troops occupied defensive positions protected by Soviet missiles along the canal.", ""},
		{"positions watched by satellites (Cold War)", "In 1962 Cuban troops occupied positions photographed by American satellites near the coast.", ""},
		{"positions vacated by an army (Six-Day War)", "In 1967 Israeli troops occupied positions vacated by the Jordanian army near Jenin.", "COERCE ISR>JOR"},
		{"a state (WW2)", "In 1940 German troops occupied Norway.", "COERCE DEU>NOR"},
		{"a port (Anglo-Egyptian War)", "Landing from the fleet in 1882, British marines occupied Alexandria's harbour.", "COERCE GBR>EGY"},
	})
}
