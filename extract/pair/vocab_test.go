package pair

import (
	"slices"
	"testing"

	"github.com/stratex/stratex/extract/vocab"
)

// TestVocabulary: the embedded lists parse, a user's file adds to its
// kind, and a file of an unknown kind or a sector of two words is an
// error.
func TestVocabulary(t *testing.T) {
	v, err := New(vocab.Source{Kind: "partysectors", Origin: "user", Data: []byte("BUS\n")},
		vocab.Source{Kind: "transit", Origin: "user", Data: []byte("en route to\n")},
		vocab.Source{Kind: "complements", Origin: "user", Data: []byte("amid\n")},
		vocab.Source{Kind: "clausebreaks", Origin: "user", Data: []byte("whilst\n")})
	if err != nil {
		t.Fatal(err)
	}
	if !v.opposing["ASSAULT"] || v.opposing["AID"] || !slices.ContainsFunc(v.joint, func(p []string) bool { return slices.Equal(p, []string{"side", "by", "side"}) }) {
		t.Errorf("opposing = %v, joint = %v: want ASSAULT, not AID; side by side", v.opposing, v.joint)
	}
	if !v.sectors["MIL"] || !v.sectors["BUS"] || v.sectors["CVL"] {
		t.Errorf("sectors = %v, want MIL and BUS, not CVL", v.sectors)
	}
	if !slices.ContainsFunc(v.transit, func(p []string) bool { return slices.Equal(p, []string{"via"}) }) ||
		!slices.ContainsFunc(v.transit, func(p []string) bool { return slices.Equal(p, []string{"en", "route", "to"}) }) {
		t.Errorf("transit = %v, want via and en route to", v.transit)
	}
	if !slices.ContainsFunc(v.journey, func(p []string) bool { return slices.Equal(p, []string{"left", "for"}) }) ||
		slices.ContainsFunc(v.journey, func(p []string) bool { return slices.Equal(p, []string{"sailed", "to"}) }) {
		t.Errorf("journey = %v, want left for, not sailed to", v.journey)
	}
	if !slices.ContainsFunc(v.position, func(p []string) bool { return slices.Equal(p, []string{"north", "of"}) }) ||
		slices.ContainsFunc(v.position, func(p []string) bool { return slices.Equal(p, []string{"neighbouring"}) }) {
		t.Errorf("position = %v, want north of, not neighbouring", v.position)
	}
	if !slices.ContainsFunc(v.reciprocal, func(p []string) bool { return slices.Equal(p, []string{"each", "other"}) }) {
		t.Errorf("reciprocal = %v, want each other", v.reciprocal)
	}
	if words := slices.Collect(v.Words()); !slices.Contains(words, "via") || !slices.Contains(words, "another") || !slices.Contains(words, "route") {
		t.Errorf("Words() = %v, want via, another and route among them", words)
	}
	if !v.complement["against"] || !v.complement["amid"] || v.complement["of"] || !v.breaks["while"] || !v.breaks["whilst"] || v.breaks["which"] {
		t.Errorf("complement = %v, breaks = %v: want against and amid, not of; while and whilst, not which", v.complement, v.breaks)
	}
	if _, err := New(vocab.Source{Kind: "clausebreaks", Origin: "user", Data: []byte("even though\n")}); err == nil {
		t.Error("two words on a clausebreaks line: no error")
	}
	if !slices.ContainsFunc(v.comparison, func(c comparison) bool { return slices.Equal(c.words, []string{"just", "as"}) && c.clause }) ||
		!slices.ContainsFunc(v.comparison, func(c comparison) bool { return slices.Equal(c.words, []string{"unlike"}) && !c.clause }) {
		t.Errorf("comparison = %v, want the clause 'just as' and the phrase 'unlike'", v.comparison)
	}
	if _, err := New(vocab.Source{Kind: "comparedcases", Origin: "user", Data: []byte("as opposed to\tnoun\n")}); err == nil {
		t.Error("a comparison of an unknown kind: no error")
	}
	// the subtypes of an offer and the conjunctions of a clause of its
	// own, from data, a user's file adding to them
	w, err := New(vocab.Source{Kind: "offers", Origin: "user", Data: []byte("guarantee\n")},
		vocab.Source{Kind: "clausejoiners", Origin: "user", Data: []byte("yet\n")})
	if err != nil {
		t.Fatal(err)
	}
	if !w.offers["pledge"] || !w.offers["military_aid"] || !w.offers["guarantee"] || w.offers["agree"] || w.offers["talks"] {
		t.Errorf("offers = %v, want pledge, military_aid and guarantee, not agree or talks", w.offers)
	}
	if !w.joiners["and"] || !w.joiners["but"] || !w.joiners["yet"] || w.joiners["or"] || w.joiners["while"] {
		t.Errorf("joiners = %v, want and, but and yet, not or or while", w.joiners)
	}
	if !slices.ContainsFunc(w.alternatives, func(p []string) bool { return slices.Equal(p, []string{"rather", "than"}) }) ||
		!slices.ContainsFunc(w.figureContrasts, func(p []string) bool { return slices.Equal(p, []string{"compared", "with"}) }) {
		t.Errorf("alternatives = %v, figureContrasts = %v: want rather than, compared with", w.alternatives, w.figureContrasts)
	}
	if _, err := New(vocab.Source{Kind: "clausejoiners", Origin: "user", Data: []byte("and then\n")}); err == nil {
		t.Error("two words on a clausejoiners line: no error")
	}
	if _, err := New(vocab.Source{Kind: "agents", Origin: "user", Data: []byte("x\n")}); err == nil {
		t.Error("unknown kind: no error")
	}
	if _, err := New(vocab.Source{Kind: "partysectors", Origin: "user", Data: []byte("MIL GOV\n")}); err == nil {
		t.Error("two codes on a line: no error")
	}
}

// TestNamingsAndRoutes: namings.txt parses into words of an era, of a
// maker, of an episode and of purchase, transit.txt's roles into routes and
// destinations; a user's file adds to them, and an unknown role is an
// error.
func TestNamingsAndRoutes(t *testing.T) {
	v, err := New(vocab.Source{Kind: "namings", Origin: "user", Data: []byte("assembled\tmaker\nscandal\tepisode\n")},
		vocab.Source{Kind: "transit", Origin: "user", Data: []byte("over\troute\ntowards\tdestination\n")})
	if err != nil {
		t.Fatal(err)
	}
	if maker, ok := v.hyphenNames["era"]; !ok || maker {
		t.Errorf("hyphenNames[era] = %v, %v: want an era", maker, ok)
	}
	if !v.hyphenNames["made"] || !v.hyphenNames["assembled"] || !v.episodes["crisis"] || !v.episodes["scandal"] || v.episodes["war"] {
		t.Errorf("hyphenNames = %v, episodes = %v: want made and assembled makers; crisis and scandal, not war", v.hyphenNames, v.episodes)
	}
	if !v.acquire["bought"] || !v.acquire["imported"] || v.acquire["sent"] {
		t.Errorf("acquire = %v, want bought and imported, not sent", v.acquire)
	}
	if _, backed := v.hyphenNames["backed"]; backed {
		t.Error("hyphenNames has backed, a word of a relation")
	}
	if !slices.ContainsFunc(v.routes, func(p []string) bool { return slices.Equal(p, []string{"through"}) }) ||
		!slices.ContainsFunc(v.routes, func(p []string) bool { return slices.Equal(p, []string{"over"}) }) ||
		slices.ContainsFunc(v.transit, func(p []string) bool { return slices.Equal(p, []string{"through"}) }) {
		t.Errorf("routes = %v, transit = %v: want through and over routes, through no transit", v.routes, v.transit)
	}
	if !v.destinations["to"] || !v.destinations["towards"] || v.destinations["through"] {
		t.Errorf("destinations = %v, want to and towards, not through", v.destinations)
	}
	for _, s := range []vocab.Source{
		{Kind: "namings", Origin: "user", Data: []byte("made\tbuilder\n")},
		{Kind: "namings", Origin: "user", Data: []byte("made in\tmaker\n")},
		{Kind: "transit", Origin: "user", Data: []byte("through\tpath\n")},
		{Kind: "transit", Origin: "user", Data: []byte("on to\tdestination\n")},
	} {
		if _, err := New(s); err == nil {
			t.Errorf("%s %q: no error", s.Kind, s.Data)
		}
	}
}

// TestParallelCategories: opposing.txt's role parallel names the
// categories whose acts sides do each on its own (MOBILIZE), which are no
// opposing categories; a user's file adds one, and an unknown role is an
// error.
func TestParallelCategories(t *testing.T) {
	v, err := New(vocab.Source{Kind: "opposing", Origin: "user", Data: []byte("SIGNAL\tparallel\n")})
	if err != nil {
		t.Fatal(err)
	}
	if !v.parallel["MOBILIZE"] || v.opposing["MOBILIZE"] || !v.parallel["SIGNAL"] || v.parallel["ASSAULT"] {
		t.Errorf("parallel = %v: want MOBILIZE and SIGNAL, not ASSAULT; MOBILIZE no opposing", v.parallel)
	}
	if _, err := New(vocab.Source{Kind: "opposing", Origin: "user", Data: []byte("MOBILIZE\tapart\n")}); err == nil {
		t.Error("role apart: want an error")
	}
}

// TestTwoDegreeAndNegation: thetwo.txt parses into phrases (role list for
// "both", alone for "the two") and verb forms, degreeadverbs.txt into degree
// adverbs, negationscope.txt into the noun and additive roles; a user's file
// adds to each, and a bad role or a phrase where one word is wanted is an
// error.
func TestTwoDegreeAndNegation(t *testing.T) {
	v, err := New(vocab.Source{Kind: "thetwo", Origin: "user", Data: []byte("the pair\talone\nwere\tverb\n")},
		vocab.Source{Kind: "degreeadverbs", Origin: "user", Data: []byte("highly\n")},
		vocab.Source{Kind: "negationscope", Origin: "user", Data: []byte("nary\tnoun\n")})
	if err != nil {
		t.Fatal(err)
	}
	two := func(ws []string, list, alone bool) bool {
		return slices.ContainsFunc(v.twos, func(p twoPhrase) bool { return slices.Equal(p.words, ws) && p.list == list && p.alone == alone })
	}
	if !two([]string{"both"}, true, false) || !two([]string{"the", "two"}, false, true) || !two([]string{"the", "pair"}, false, true) {
		t.Errorf("twos = %v, want both (list), the two and the pair (alone)", v.twos)
	}
	if !v.twoVerbs["were"] || !v.twoVerbs["had"] || v.twoVerbs["was"] || v.twoVerbs["is"] {
		t.Errorf("twoVerbs = %v, want were and had, not was or is", v.twoVerbs)
	}
	if !v.degree["most"] || !v.degree["very"] || !v.degree["highly"] || v.degree["the"] {
		t.Errorf("degree = %v, want most, very and highly, not the", v.degree)
	}
	if !v.nounNegators["no"] || !v.nounNegators["nary"] || v.nounNegators["not"] || !v.additive["only"] || v.additive["no"] {
		t.Errorf("nounNegators = %v, additive = %v: want no and nary, not not; only, not no", v.nounNegators, v.additive)
	}
	if !v.clauseNegation["longer"] || v.clauseNegation["only"] || v.clauseNegation["no"] {
		t.Errorf("clauseNegation = %v: want longer, not only or no", v.clauseNegation)
	}
	for _, s := range []vocab.Source{
		{Kind: "thetwo", Origin: "user", Data: []byte("the two\tpair\n")},
		{Kind: "thetwo", Origin: "user", Data: []byte("have been\tverb\n")},
		{Kind: "degreeadverbs", Origin: "user", Data: []byte("ever so\n")},
		{Kind: "negationscope", Origin: "user", Data: []byte("no\tverb\n")},
		{Kind: "negationscope", Origin: "user", Data: []byte("not only\tadditive\n")},
	} {
		if _, err := New(s); err == nil {
			t.Errorf("%s %q: no error", s.Kind, s.Data)
		}
	}
}
