package event_test

import (
	"slices"
	"testing"

	"github.com/stratex/stratex/extract"
	"github.com/stratex/stratex/extract/event"
)

// categoryDyads renders the asserted events of the categories cats.
func categoryDyads(cats ...string) func(*testing.T, *extract.Vocabulary, string) string {
	return func(t *testing.T, v *extract.Vocabulary, s string) string {
		t.Helper()
		return renderEvents(t, v, s, "; ", func(e event.Span) (string, bool) {
			return dyad(e), e.Mode == "" && slices.Contains(cats, e.Category)
		})
	}
}

// TestNounPatientAndTheme: a noun row's flag "patient" (an act that
// moves or subdues the one it falls on) makes a possessor with no "of"
// after the noun the one acted on, named only with a "by" for the agent,
// and its "to" a destination; "oftheme" makes "of" the thing handed over,
// no party. Before, "Britain's expulsion by Egypt" gave EGY>EGY,
// "Yugoslavia's expulsion from the Cominform" YUG>YUG, "the deportation
// of the Chechens to Kazakhstan" a target KAZ, and "the cession of Hong
// Kong to Britain" HKG>GBR (review22, findings 3 and 6). Rows of a test
// vocabulary ("ouster", "retrocession": no row of the embedded one), so
// the rule is tested apart from which nouns carry the flags. Cases of our
// own, from histories and news; both ways.
func TestNounPatientAndTheme(t *testing.T) {
	v, err := extract.NewVocabulary(extract.Source{Kind: "triggers", Origin: "rows.tsv",
		Data: []byte("ouster\tCOERCE\tdeport\tnoun\tpatient\nretrocession\tCONCEDE\tyield\tnoun\toftheme\n")})
	if err != nil {
		t.Fatal(err)
	}
	render := categoryDyads("COERCE", "CONCEDE")
	for _, c := range []roleCase{
		{"possessor and by: the possessor is acted on (history)", "In 1956 Britain's ouster by Egypt ended its role at Suez.", "COERCE EGY>GBR"},
		{"possessor and by: the possessor is acted on (news)", "In 1981 Egypt's ouster by the Arab League isolated Cairo.", "COERCE ARAB_LEAGUE>EGY"},
		{"possessor and from, no agent (history)", "Yugoslavia's ouster from the Cominform in 1948 surprised the West.", ""},
		{"possessor and from, no agent (news)", "Russia's ouster from the G8 in 2014 followed the crisis in Crimea.", ""},
		{"possessor and of: the possessor acts (history)", "In 1972 Egypt's ouster of Soviet advisers surprised Moscow.", "COERCE EGY>SUN"},
		{"to a destination, no party acted on named (history)", "The ouster of the Chechens to Kazakhstan by the Soviet Union in 1944 killed thousands.", ""},
		{"of the thing handed over, no source (news)", "The retrocession of Hong Kong to China in 1997 ended British rule.", ""},
		{"possessor hands over to (news)", "In 1997 Britain's retrocession of Hong Kong to China ended its rule there.", "CONCEDE GBR>CHN"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := render(t, v, c.text); got != c.want {
				t.Errorf("%q\n got  %s\n want %s", c.text, got, c.want)
			}
		})
	}
}

// TestNounChainStopsAtVerb: an event noun's chain of phrases ends at an
// auxiliary: the "by" of a passive verb after it ("was condemned by the
// United Nations") is that verb's agent, not the noun's, and the noun
// keeps its possessor as the source; a participle of doerverbs.txt ("was
// led by", "was ordered by") names the act's doer and the chain goes on. Before, the chain read on through a
// phrase with no actor ("of Palestinian homes in the West Bank was
// condemned by") or through the two words it skips after an actor ("of
// Afghanistan was criticized by China"). Cases of our own, from histories
// and news; both ways (a "by" of the noun's own still counts).
func TestNounChainStopsAtVerb(t *testing.T) {
	checkCases(t, []roleCase{
		{"outer passive's by after a phrase (news)", "Israel's demolition of Palestinian homes in the West Bank was condemned by the United Nations in 2016.", "ASSAULT ISR>PSE"},
		{"outer passive's by after an actor (history)", "The Soviet Union's invasion of Afghanistan was criticized by China in 1980.", "ASSAULT SUN>AFG"},
		{"the noun's own by (history)", "The invasion of Kuwait by Iraq in 1990 was condemned by the United Nations.", "ASSAULT IRQ>KWT"},
		{"a possessor, no passive (history)", "In 1940 Germany's invasion of Norway surprised Britain.", "ASSAULT DEU>NOR"},
		{"a doer's passive: led by (history)", "In 1944 the invasion of France was led by the United States and Britain.", "ASSAULT USA,GBR>FRA"},
	}, categoryDyads("ASSAULT"))
}

// TestNounCompoundHead: an event noun right before a noun it modifies of
// compounds.txt names a body, a place or a plan, no act ("piracy
// patrols", "detention centres"). Before, "sent piracy patrols to
// Somalia" gave a seizure of the senders' own (GBR,FRA>GBR,FRA) in place
// of the patrol, and "Turkey's detention centres" TUR>TUR (review22,
// finding 4). Cases of our own, from news; both ways (the same nouns as
// acts).
func TestNounCompoundHead(t *testing.T) {
	checkCases(t, []roleCase{
		{"piracy patrols (news)", "In 2009 Britain and France sent piracy patrols to Somalia.", "MOBILIZE GBR,FRA>SOM"},
		{"detention centres (news)", "Turkey's detention centres held Syrian refugees in 2016.", ""},
		{"an act: the possessor's invasion (history)", "In 1940 Germany's invasion of Norway surprised Britain.", "ASSAULT DEU>NOR"},
		{"an act: the blockade of a land (history)", "In 1948 the Soviet blockade of Berlin began.", "COERCE SUN>DEU"},
	}, categoryDyads("ASSAULT", "COERCE", "MOBILIZE"))
}

// TestRelationParticipleAfterAgent: a participle set off by a comma right
// after another verb's by-agent acts on that agent only when it names a
// relation (relverbs.txt: "backed", "condemned") and is no member of
// a list of participles ("..., and divided"); else it acts on the clause's
// subject. Before, "Belgium was invaded by Germany, defended by France"
// gave FRA>DEU, and "Czechoslovakia was abandoned by Britain, occupied by
// Germany in 1939, and liberated" DEU>GBR (review22, finding 1). Cases of
// our own, from histories and news; both ways.
func TestRelationParticipleAfterAgent(t *testing.T) {
	checkCases(t, []roleCase{
		{"an act on the subject (history)", "In 1914 Belgium was invaded by Germany, defended by France and Britain.", "ASSAULT DEU>BEL; SUPPORT FRA,GBR>BEL"},
		{"a list on the subject (history)", "Czechoslovakia was abandoned by Britain, occupied by Germany in 1939, and liberated by the Soviet Union in 1945.", "COERCE DEU>CSK"},
		{"a list on the subject (history, 2)", "In 1939 Poland was attacked by Germany, invaded by the Soviet Union, and divided.", "ASSAULT DEU>POL; ASSAULT SUN>POL"},
		{"a relation on the agent (history)", "In 1967 Egypt was attacked by Israel, backed by the United States.", "ASSAULT ISR>EGY; SUPPORT USA>ISR"},
		{"a relation on the agent (news)", "In 1990 Kuwait was invaded by Iraq, condemned by the United Nations.", "ASSAULT IRQ>KWT; ACCUSE UN>IRQ"},
	}, categoryDyads("SUPPORT", "COERCE", "ACCUSE", "ASSAULT"))
}

// TestAndBySecondAgent: an "and by" (or ", and by") right after a
// passive's agent, with only a date, a number or a preposition of time or
// place between, names a second agent of the same verb. Since the first
// "by" became the agent (events39) the second was dropped: "Poland was
// invaded by Germany and by the Soviet Union" gave DEU>POL only
// (review22, finding 10). Not a "by" of time ("and by 1991 was
// liberated") nor another participle's ("and supplied by"). Cases of our
// own, from histories and news; both ways.
func TestAndBySecondAgent(t *testing.T) {
	checkCases(t, []roleCase{
		{"and by (history)", "Poland was invaded by Germany and by the Soviet Union in 1939.", "ASSAULT DEU,SUN>POL"},
		{"gapped, with dates (history)", "Vietnam was invaded by China in 1979 and by Cambodia in 1977.", "ASSAULT CHN,KHM>VNM"},
		{"comma and by (news)", "Taiwan was recognized by the United States until 1979, and by Japan until 1972.", "SUPPORT USA,JPN>TWN"},
		{"by a date (history)", "Kuwait was invaded by Iraq and by 1991 was liberated by the United States.", "ASSAULT IRQ>KWT"},
		{"another participle's by (history)", "In 1948 Berlin was blockaded by the Soviet Union and supplied by the United States.", "COERCE SUN>DEU"},
	}, categoryDyads("ASSAULT", "SUPPORT", "COERCE"))
}
