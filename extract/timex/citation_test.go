package timex

import "testing"

// TestNameYearInBrackets: a year in brackets after a name is an
// author-year citation when the name is an author's; after the name of a
// battle, a treaty, an operation or another named event it dates the name;
// and in text that cites no author in any other form (a history, news) a
// name's year in brackets is a date, as a place's is ("In Gallipoli (1915)").
func TestNameYearInBrackets(t *testing.T) {
	narrative := Document{}
	scholarly := Document{Kind: Scholarly}
	news := Document{Kind: News, Ref: "2015-04-25"}
	tests := []struct {
		name  string
		paras []para
		doc   Document
		want  []string
	}{
		// A history that cites no one: a place's year is a date, and it sets the story's time.
		{"a place's year in a history", []para{p("In Gallipoli (1915), the landings failed.")}, narrative, []string{"1915=1915"}},
		{"a place's year before a noun in a history", []para{p("The Allies opened new fronts with the Gallipoli (1915) and Salonika campaigns.", "In August the troops landed at Suvla Bay.")},
			narrative, []string{"1915=1915", "August=1915-08@narrative"}},
		{"a place's year in news", []para{p("Veterans of Gallipoli (1915) marched on Saturday.")}, news, []string{"1915=1915", "Saturday=2015-04-25@dct"}},
		{"a name's year in a history that cites no one", []para{p("The Rif revolt spread after Annual (1921), where Silvestre's column was destroyed.")}, narrative, []string{"1921=1921"}},
		// The name of a thing dated: a date in any text.
		{"a battle's year (history)", []para{p("The Battle of Verdun (1916) bled the French army white.")}, scholarly, []string{"1916=1916"}},
		{"a battle's year (paper)", []para{p("Attrition strategies after the Battle of the Somme (1916) are discussed by Strachan (2001).")}, scholarly, []string{"1916=1916", "2001=2001!cite"}},
		{"a treaty's year (history)", []para{p("Germany and Soviet Russia broke their isolation with the Treaty of Rapallo (1922).")}, scholarly, []string{"1922=1922"}},
		{"a congress's year (paper)", []para{p("The balance struck at the Congress of Vienna (1815) is the model Kissinger (1957) admired.")}, scholarly, []string{"1815=1815", "1957=1957!cite"}},
		{"a siege's year (history)", []para{p("Food ran out during the Siege of Leningrad (1941) within weeks.")}, scholarly, []string{"1941=1941"}},
		{"an operation's year (history)", []para{p("Operation Barbarossa (1941) opened the eastern front.")}, scholarly, []string{"1941=1941"}},
		{"an operation's year with a longer name (paper)", []para{p("Coalition air power in Operation Desert Storm (1991) is the case Pape (1996) studies.")}, scholarly, []string{"1991=1991", "1996=1996!cite"}},
		{"a campaign's year (history)", []para{p("The Gallipoli Campaign (1915) cost both sides dearly.")}, scholarly, []string{"1915=1915"}},
		// Authors stay cited.
		{"an author in a paper", []para{p("As Keohane (1984) argued, regimes persist after hegemony.")}, scholarly, []string{"1984=1984!cite"}},
		{"an organisation as author, a cue word inside its name (paper)", []para{p("Results were checked against the Voting and Election Science Team (2022) files.")}, scholarly, []string{"2022=2022!cite"}},
		{"an author in a paper is cited even after in", []para{p("In Gallipoli (1915), the landings failed.")}, scholarly, []string{"1915=1915!cite"}},
		{"a text that cites in another form elsewhere keeps a name's year a citation", []para{p("Alliances form against threats (Walt, 1987).", "Snyder (1991) traced the myths of empire.")},
			narrative, []string{"1987=1987!cite", "1991=1991!cite"}},
		{"et al. marks a citation, and the text's other names stay cited", []para{p("Brecher et al. (1988) coded each crisis.", "Later, Jervis (1976) wrote on misperception.")},
			narrative, []string{"1988=1988!cite", "1976=1976!cite"}},
		{"several years mark a citation", []para{p("Mearsheimer (2001, 2014) expects rivalry.", "Ikenberry (2011) does not.")},
			narrative, []string{"2001=2001!cite", "2014=2014!cite", "2011=2011!cite"}},
		{"a second year of a citation (paper)", []para{p("Parallel corpora were aligned as in Och and Ney (2000, 2003) and Melamed (2001).")},
			scholarly, []string{"2000=2000!cite", "2003=2003!cite", "2001=2001!cite"}},
		// A title word first in the brackets or after ";" is an author's surname.
		{"a title word as an author's name (paper)", []para{p("Aggregate data hide individual choices (King 1997).")}, scholarly, []string{"1997=1997!cite"}},
		{"a title word as an author's name after ';' (paper)", []para{p("Such estimates improve on older methods (Imai and Khanna 2016; King 1997).")}, scholarly, []string{"2016=2016!cite", "1997=1997!cite"}},
		{"a title word as an author's name (another paper)", []para{p("Naval doctrine shaped the war at sea (Corbett 1911; Marshal 1998).")}, scholarly, []string{"1911=1911!cite", "1998=1998!cite"}},
		{"a title after another word is no author (paper)", []para{p("The new constitution was drafted for the King (1997) by his council.")}, scholarly, []string{"1997=1997"}},
		{"a title after another word is no author (history)", []para{p("The envoys met the Sultan (1876) at the palace.")}, scholarly, []string{"1876=1876"}},
		// A year right after a citation year and ";" is that author's too; one after other words is a date.
		{"a second year after ';' (paper)", []para{p("Memory declines with age (Norton et al., 2009; 2011; Park, 2004).")}, scholarly, []string{"2009=2009!cite", "2011=2011!cite", "2004=2004!cite"}},
		{"a second year after ';' (another paper)", []para{p("Deterrence rests on resolve (Schelling 1960; 1966).")}, scholarly, []string{"1960=1960!cite", "1966=1966!cite"}},
		{"a year after ';' and other words is a date (paper)", []para{p("Both crises ended in talks (Schelling 1960; the talks of 1963).")}, scholarly, []string{"1960=1960!cite", "1963=1963"}},
		{"a year after ';' outside the brackets is a date (paper)", []para{p("Deterrence held (Schelling 1960); 1962 tested it.")}, scholarly, []string{"1960=1960!cite", "1962=1962"}},
		{"a possessive marks a citation", []para{p("Waltz's (1979) theory has no room for leaders.", "Byman (2001) brings them back.")},
			narrative, []string{"1979=1979!cite", "2001=2001!cite"}},
	}
	for _, tt := range tests {
		wantDocTimex(t, tt.name, tt.paras, tt.doc, tt.want)
	}
}

// TestGenericSeason: in a paper, a season with no year, no article and no
// demonstrative ("warmer in spring") is any such season, no date; with
// "the" or "that", or in a history, it takes the year the text has set.
func TestGenericSeason(t *testing.T) {
	scholarly := Document{Kind: Scholarly}
	narrative := Document{}
	tests := []struct {
		name  string
		paras []para
		doc   Document
		want  []string
	}{
		{"a crop paper's spring", []para{p("In 2012 the trial began.", "Wheat suffers when it is warmer in spring and early summer.")}, scholarly, []string{"2012=2012"}},
		{"a climate paper's winter", []para{p("Data run from 1990 to 2010.", "Snow cover shrinks in winter across the basin.")}, scholarly, []string{"from 1990 to 2010=1990/2010"}},
		{"a paper's spring with the article is dated", []para{p("In 1979 Moscow sent advisers to Kabul.", "In the spring Soviet officers toured the army.")}, scholarly, []string{"1979=1979", "the spring=1979-SP@narrative"}},
		{"a paper's winter with a demonstrative is dated", []para{p("In 1941 Germany attacked the Soviet Union.", "That winter the offensive stalled before Moscow.")}, scholarly, []string{"1941=1941", "That winter=1941-WI@narrative"}},
		{"a history's spring is dated", []para{p("In 1916 the army regrouped.", "In spring it attacked again.")}, narrative, []string{"1916=1916", "spring=1916-SP@narrative"}},
	}
	for _, tt := range tests {
		wantDocTimex(t, tt.name, tt.paras, tt.doc, tt.want)
	}
}
