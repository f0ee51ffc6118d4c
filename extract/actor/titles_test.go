package actor

import "testing"

// TestLocalTitles checks Bulgaria's bare "the Tsar" (leaders.tsv,
// title:local): Bulgaria's only where its sentence or passage names
// Bulgaria, never by the document's count; Russia's emperor otherwise,
// and after 1917 the deposed one where the passage names Russia or the
// Soviet state, else no one. Russian places count for Russia.
func TestLocalTitles(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct {
		sentences []string
		sent      int
		want      string
	}{
		// Russia's: a history of the civil war, one of the revolution, and
		// histories of the First World War that name Bulgaria elsewhere
		{[]string{"In 1918 the Bolsheviks shot the Tsar at Yekaterinburg."}, 0, "RUS/GOV"},
		{[]string{"In 1919 the White armies fought to restore the Tsar."}, 0, "RUS/GOV"},
		{[]string{"In 1917 the Tsar abdicated."}, 0, "RUS/GOV"},
		{[]string{"In 1925 Russian exiles in Paris toasted the Tsar."}, 0, "RUS/GOV"},
		// after 1917 a passage on neither state: no one's
		{[]string{"In 1923 Britain watched the Ruhr.", "In 1923 the Tsar backed the coup."}, 1, "/"},
		{[]string{"In 1915 Bulgaria joined the Central Powers.", "Bulgaria attacked Serbia.", "Bulgaria took Nis.", "Serbia fell.", "Romania waited.", "Greece waited.", "In 1915 the Tsar took command of the army."}, 6, "RUS/GOV"},
		{[]string{"In 1916 Bulgaria fought Romania.", "Bulgarian troops took Dobruja.", "In 1916 the Tsar dismissed his war minister in Petrograd."}, 2, "RUS/GOV"},
		// Bulgaria's: its passage or sentence names Bulgaria or Sofia
		{[]string{"In 1916 Bulgarian troops invaded Romania.", "The Tsar thanked Germany for its help."}, 1, "BGR/GOV"},
		{[]string{"In 1938 Bulgaria signed a pact with Yugoslavia.", "In 1938 the Tsar dissolved parliament."}, 1, "BGR/GOV"},
		{[]string{"In 1918 the Tsar left Sofia for exile."}, 0, "BGR/GOV"},
		{[]string{"In 1915 Bulgaria joined the Central Powers.", "Bulgaria attacked Serbia.", "In 1915 the Tsar signed the treaty in Sofia."}, 2, "BGR/GOV"},
	} {
		text, es := datedDoc(t, v, c.sentences)
		if got := sentActor(text, es, c.sent, "Tsar"); got != c.want {
			t.Errorf("%q: Tsar is %q, want %q", text, got, c.want)
		}
	}
}

// TestIndiansElsewhere checks "Indian(s)" before 1947 (states.tsv's
// others rule): the peoples of the Americas only where the document's
// most-named state is of the Americas (before 1858 one of its two
// most-named) and names no person of India, and from 1858 never as armed
// or opposition agents.
func TestIndiansElsewhere(t *testing.T) {
	v := testVocab(t)
	checkDocCases(t, v, []docCase{
		// India's: histories of the two world wars and of India's freedom movement
		{[]string{"In 1915 Indian troops fought at Neuve Chapelle.", "The United States stayed neutral until 1917, when the United States declared war on Germany.", "Germany then sank American ships."}, 0, "Indian troops", "IND/MIL"},
		{[]string{"In 1919 British troops fired on Indian protesters at Amritsar.", "The United States refused to join the League."}, 0, "Indian protesters", "IND/OPP"},
		{[]string{"In 1930 Gandhi led Indians to the sea.", "American newspapers praised the march.", "The United States watched."}, 0, "Indians", "IND/"},
		{[]string{"In 1944 Japan attacked the Indians at Kohima.", "American aircraft supplied them.", "Japan lost the battle."}, 0, "Indians", "IND/"},
		// the Americas' peoples: histories of the United States and of Mexico
		{[]string{"In 1876 the United States Army fought the Indians for years."}, 0, "Indians", "/"},
		{[]string{"In 1911 Zapata led the Indians of Morelos against the government of Mexico.", "Mexico sent troops."}, 0, "Indians", "/"},
		{[]string{"In 1790 the Indians of Ohio defeated the United States.", "The United States sent another army.", "Britain watched from Canada."}, 0, "Indians", "/"},
		{[]string{"In 1811 the Indian army of Tecumseh fought the United States at Tippecanoe.", "The United States won."}, 0, "Indian army", "/"},
	})
}

// TestDemonymSenses checks a demonym before a noun of senses.txt (a
// language, its letters, a craft): no actor, at a date when the
// demonym is a state's too, while the state's people and troops keep it.
func TestDemonymSenses(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct {
		sentence string
		form     string
		want     string
	}{
		{"In 1925 the Persian-speaking Tajiks of Bukhara rebelled.", "Persian", "/"},
		{"In 1908 Britain bought Persian carpets.", "Persian", "/"},
		{"In 1920 the Persian poet Bahar criticized Britain.", "Persian", "IRN/"},
		{"In 1930 the Persian poets of Shiraz praised the Shah.", "Persian", "IRN/"},
		{"In 1938 the German-speaking Swiss stayed neutral.", "German", "/"},
		{"In 1829 a Persian mob killed the Russian envoy in Tehran.", "Persian", "IRN/"},
		{"In 1900 Persian merchants traded with India.", "Persian", "IRN/"},
		{"In 1938 German troops entered Austria.", "German troops", "DEU/MIL"},
	} {
		text, es := datedDoc(t, v, []string{c.sentence})
		if got := sentActor(text, es, 0, c.form); got != c.want {
			t.Errorf("%q: %s is %q, want %q", text, c.form, got, c.want)
		}
	}
}

// TestNamesAfterStates checks a dated state's name that opens a
// facility's or a place's name (named.tsv's FAC and LOC heads): no actor,
// while the bare name keeps its state; and Hussein before his kingdom.
func TestNamesAfterStates(t *testing.T) {
	v := testVocab(t)
	for _, c := range []struct {
		sentence string
		form     string
		want     string
	}{
		{"In 1917 Lawrence attacked the Hejaz Railway.", "Hejaz Railway", "/"},
		{"In 1918 Arab raiders cut the Hejaz Railway at Maan.", "Hejaz Railway", "/"},
		{"In 1924 Ibn Saud attacked the Hejaz.", "Hejaz", "HEJAZ/"},
		{"In 1920 Britain recognized the Hejaz.", "Hejaz", "HEJAZ/"},
		// Hussein: the Ottomans' Sharif of Mecca before the revolt of June 1916
		{"In 1915 Sharif Hussein wrote to McMahon.", "Sharif Hussein", "/"},
		{"In 1912 the Sharif of Mecca feared the Young Turks.", "Sharif of Mecca", "/"},
		{"In 1916 Sharif Hussein revolted against the Turks.", "Sharif Hussein", "HEJAZ/GOV"},
		{"In 1920 Sharif Hussein refused the treaty.", "Sharif Hussein", "HEJAZ/GOV"},
	} {
		text, es := datedDoc(t, v, []string{c.sentence})
		if got := sentActor(text, es, 0, c.form); got != c.want {
			t.Errorf("%q: %s is %q, want %q", text, c.form, got, c.want)
		}
	}
}
