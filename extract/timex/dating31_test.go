package timex

import (
	"context"
	"strings"
	"testing"
)

// TestCiteVerbYear: a name's year in brackets that a scholar's verb
// follows (Document.CiteVerb, the actor stage's citeverbs) is a citation
// in any document, also one that cites no author in another form; it
// makes no other bare year of the document a citation ("In Gallipoli
// (1915)", "Sadat (1977) offered Israel peace" stay dates), and with no
// CiteVerb the year stays a date as before (review26 finding 8).
func TestCiteVerbYear(t *testing.T) {
	verbs := map[string]bool{"argues": true, "find": true, "argued": true}
	cite := func(w string) bool { return verbs[w] }
	narrative := Document{Kind: Narrative, CiteVerb: cite}
	tests := []struct {
		name  string
		paras []para
		doc   Document
		want  []string
	}{
		{"an author a verb of argument follows (alliances)", []para{p("The allies signed a defence treaty in October 1953.", "Snyder (1984) argues that allies fear abandonment.")}, narrative,
			[]string{"October 1953=1953-10", "1984=1984!cite"}},
		{"three authors a verb of finding follows (sanctions)", []para{p("Sanctions rarely work, whereas Hufbauer, Schott and Elliott (1990) find success in a third of cases.")}, narrative,
			[]string{"1990=1990!cite"}},
		// must not: other bare years of the same document stay dates
		{"a place's year beside a cited author stays a date (history)", []para{p("Walt (1987) argues that states balance threats.", "In Gallipoli (1915) Britain attacked Turkey.")}, narrative,
			[]string{"1987=1987!cite", "1915=1915"}},
		{"a leader's year an act follows stays a date (history)", []para{p("Snyder (1984) argues that allies fear entrapment.", "Sadat (1977) offered Israel peace.")}, narrative,
			[]string{"1984=1984!cite", "1977=1977"}},
		{"a verb that is no scholar's keeps the year a date", []para{p("Nasser (1956) seized the canal.")}, narrative,
			[]string{"1956=1956"}},
		{"no CiteVerb: as before", []para{p("Snyder (1984) argues that allies fear abandonment.")}, Document{Kind: Narrative},
			[]string{"1984=1984"}},
	}
	for _, tt := range tests {
		wantDocTimex(t, tt.name, tt.paras, tt.doc, tt.want)
	}
}

// TestDaysFromMonth: a count of days or weeks from a month the text has
// set is a day of the month where three in four of that month's days, so
// moved, land (YYYY-MM-XX, APPROX; dates35: the one rule for days and
// weeks), else a day of the year every day of that month, so moved, falls
// in (YYYY-XX-XX); none when neither holds (ten days from December) or the
// reference is a year alone; a day reference or a count of years reads as
// before (review26 finding 12).
func TestDaysFromMonth(t *testing.T) {
	narrative := Document{Kind: Narrative}
	tests := []struct {
		name  string
		paras []para
		want  []string
	}{
		{"two days after a month (Korea)", []para{p("In January 1968, North Korean commandos attacked the Blue House.", "Two days later, North Korea seized the USS Pueblo.")},
			[]string{"January 1968=1968-01", "Two days later=1968-01-XX@narrative^APPROX"}},
		{"four days after a month (the Balkans)", []para{p("The attack began in October 1915, when the Central Powers invaded Serbia; four days later the Bulgarians joined the attack.")},
			[]string{"October 1915=1915-10", "four days later=1915-10-XX@narrative^APPROX"}},
		{"two weeks after a month (the Falklands)", []para{p("In March 1982 Argentina occupied South Georgia.", "Two weeks later Britain sent a fleet.")},
			[]string{"March 1982=1982-03", "Two weeks later=1982-XX-XX@narrative"}},
		{"two days after December: December (dates35)", []para{p("In December 1968 Israel raided Beirut airport.", "Two days later Lebanon protested.")},
			[]string{"December 1968=1968-12", "Two days later=1968-12-XX@narrative^APPROX"}},
		{"ten days after a month: a day of the year (dates35)", []para{p("In May 1992 Serbian forces shelled Sarajevo.", "Ten days later the Security Council imposed sanctions.")},
			[]string{"May 1992=1992-05", "Ten days later=1992-XX-XX@narrative"}},
		// must not
		{"ten days after December reach another year: none", []para{p("In December 1968 Israel raided Beirut airport.", "Ten days later Lebanon protested.")},
			[]string{"December 1968=1968-12"}},
		{"ten days before January reach another year: none", []para{p("In January 1991 the coalition attacked Iraq.", "Ten days earlier Iraq had fired missiles.")},
			[]string{"January 1991=1991-01"}},
		{"days after a year alone: none", []para{p("In 1968 Israel raided Beirut airport.", "Two days later Lebanon protested.")},
			[]string{"1968=1968"}},
		{"days after a day: the day", []para{p("On 5 June 1967 Israel attacked Egypt.", "Two days later Israel captured Jerusalem.")},
			[]string{"5 June 1967=1967-06-05", "Two days later=1967-06-07@narrative"}},
		{"years after a month: the year", []para{p("In March 1982 Argentina occupied South Georgia.", "Two years later Britain attacked Argentina.")},
			[]string{"March 1982=1982-03", "Two years later=1984@narrative"}},
		{"months after a month: the month", []para{p("In March 1982 Argentina occupied South Georgia.", "Two months later Britain retook the islands.")},
			[]string{"March 1982=1982-03", "Two months later=1982-05@narrative"}},
	}
	for _, tt := range tests {
		wantDocTimex(t, tt.name, tt.paras, narrative, tt.want)
	}
}

// TestSinceBounds: a date after "since" (datecues.tsv bound) that starts
// no comparison is a state's start (Context.Since), in papers, histories
// and news; not "the first incursion since 1995" (Apart), nor a date
// after a causal "since" clause's words (review26 finding 10).
func TestSinceBounds(t *testing.T) {
	v := testVocab(t)
	tests := []struct {
		name  string
		paras []para
		doc   Document
		want  string // the sentences' Since spans' text, "|" between sentences
	}{
		{"a negated state since a year (a paper)", []para{p("Brazil has not fought an interstate war since 1870.")}, Document{Kind: Narrative}, "1870"},
		{"aid since a year, at the sentence's start (a history)", []para{p("Since 1979, Washington has given Egypt military aid every year.")}, Document{Kind: Narrative}, "1979"},
		{"shelling since a day (news)", []para{p("Iran has shelled Kurdish positions in Iraq since August 16.")}, Document{Kind: News, Ref: "2007-09-01"}, "August 16"},
		// must not
		{"the start of a comparison", []para{p("The raid was the first incursion since 1995, and India protested in March 1999.")}, Document{Kind: Narrative}, ""},
		{"a causal since", []para{p("Egypt attacked Israel in October 1973, since Cairo sought to recover Sinai.")}, Document{Kind: Narrative}, ""},
		{"a year after other words", []para{p("In 1995 Iraq massed troops, and since the sanctions bit, Baghdad negotiated in 1996.")}, Document{Kind: Narrative}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			txt, sents := buildDoc(tt.paras)
			_, ctxs, err := v.ScanContext(context.Background(), txt, sents, tt.doc)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, c := range ctxs {
				for _, s := range c.Since {
					got = append(got, txt[s[0]:s[1]])
				}
			}
			if g := strings.Join(got, "|"); g != tt.want {
				t.Errorf("got %q, want %q", g, tt.want)
			}
		})
	}
}
