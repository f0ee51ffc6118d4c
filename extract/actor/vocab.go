package actor

import (
	"cmp"
	"embed"
	"fmt"
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/vocab"
)

//go:embed data
var dataFS embed.FS

// Kinds are the vocabulary kinds this package reads, with their files.
// dictionary holds the actors generated from the field's dictionaries
// (cmd/vocabgen), in the actors format with a sector column, matched
// exactly as written; their companies (data/phoenix/companies.tsv) are
// no actors unless a user adds the file as a dictionary: kind companies
// reads only their names, which name no state ("Bank of America").
var Kinds = vocab.Kinds{
	"actors": {"data/actors/states.tsv", "data/actors/historic.tsv", "data/actors/orgs.tsv", "data/actors/people.tsv", "data/actors/leaders.tsv", "data/actors/rulers.tsv",
		"data/actors/places.tsv", "data/actors/peoples.tsv", "data/actors/subdivisions.tsv", "data/actors/agencies.tsv", "data/actors/companies.tsv",
		"data/actors/ships.tsv"},
	"dictionary":    {"data/phoenix/countries.tsv", "data/phoenix/international.tsv", "data/phoenix/nonstate.tsv"},
	"agents":        {"data/phoenix/agents.tsv", "data/agents.tsv"},
	"attach":        {"data/attach.tsv"},
	"abroad":        {"data/abroad.txt"},
	"disclaim":      {"data/disclaim.txt"},
	"unless":        {"data/unless.tsv"},
	"listwords":     {"data/listwords.txt"},
	"home":          {"data/home.txt"},
	"bodies":        {"data/bodies.txt"},
	"nonentities":   {"data/nonentities.txt"},
	"named":         {"data/named.tsv"},
	"connectors":    {"data/connectors.txt"},
	"venues":        {"data/venues.txt"},
	"suffixes":      {"data/suffixes.txt"},
	"currencywords": {"data/currencywords.txt"},
	"topical":       {"data/topical.tsv"},
	"demonymheads":  {"data/demonymheads.txt"},
	"forcemods":     {"data/forcemods.txt"},
	"newnames":      {"data/newnames.txt"},
	"unitnames":     {"data/unitnames.txt"},
	"academies":     {"data/academies.txt"},
	"citeverbs":     {"data/citeverbs.txt"},
	"presentday":    {"data/presentday.txt"},
	"styles":        {"data/styles.txt"},
	"colonies":      {"data/colonies.tsv"},
	"diseases":      {"data/diseases.txt"},
	"journeys":      {"data/journeys.tsv"},
	"formerly":      {"data/formerly.txt"},
	"senses":        {"data/senses.txt"},
	"statebodies":   {"data/statebodies.tsv"},
	"firms":         {"data/firms.tsv"},
	"companies":     {"data/phoenix/companies.tsv"},
}

// Vocabulary holds the actor gazetteer and the word lists of entity
// resolution.
type Vocabulary struct {
	Actors *Gazetteer

	agents          *agents
	disclaim        map[string]bool // lower case
	joiners         map[string]bool // lower case
	en              *english.Vocabulary
	nonEntities     map[string]bool
	named           map[string]string   // head word -> label
	opens           []string            // as written: heads of named.tsv that open a name too ("Operation Barbarossa": openedNames)
	connectors      map[string]bool     // lower case
	groupJoiners    map[string]bool     // connectors that continue a group's name past its form (groupNameEnd)
	listJoiners     map[string]bool     // connectors that also join a list's names ("and"): a group's name ends there before a lower-case word
	placeJoiners    map[string]bool     // connectors of place ("in"): an opened name ends there before a place or an actor (placeCut)
	venues          map[string]venueUse // lower case, or as written where written capitalized
	suffixes        []string
	topical         map[string]bool            // lower case: agent heads that name the paragraph's state's government
	ownTopical      map[string]bool            // lower case: those of them that name only the one state their paragraph names ("the cabinet", "the army")
	orgNounWords    map[string]bool            // as written (lower case): bare head nouns that re-mention the document's one organisation ("the agency"; topical.tsv orgnoun rows)
	statusWords     map[string]status          // lower case: a word of a state's kind before an agent ("federal"), the states of that kind (topical.tsv status rows)
	forceTopical    map[string]bool            // lower case: own forces ("the army", "the navy"), the state of the force of that noun their paragraph named before
	unitHeads       map[string]bool            // lower case: last words of a force's proper name ("the Sixth Army", "the Grand Fleet": forceNames)
	bareBodies      map[string]string          // as written: a state's body named by one capitalised word ("Parliament") -> its sector (ownBodies)
	invadeVerbs     map[string]bool            // lower case: past tenses whose object state an invader acts on ("invaded"): its subject's the advancing army (topicStates)
	advanceVerbs    map[string]bool            // lower case: past tenses of an invader's army advancing ("the army reached")
	pointers        map[string]int             // lower case: "former" 1, "latter" 2 (formerLatter)
	pointerAlone    map[string]bool            // lower case: words after which "the former" stands alone
	pointerObject   map[string]bool            // lower case: words that open a verb's object after "the former signed"
	titleMods       map[string]bool            // lower case: words that make a title another office of its kind ("Deputy President")
	pairNouns       map[string]bool            // lower case: nouns "the two" or "both" count to stand for a pair of states ("governments")
	pairOpeners     [][]string                 // lower case, word by word: what counts a pair noun two ("both", "the two")
	ledBy           []string                   // lower case: words between a force's name and its commander's ("the Eighth Army under Ridgway")
	coalitionNouns  []string                   // lower case: a coalition's common noun ("the coalition": coalitions)
	coalitionForces map[string]bool            // lower case: the words after it that make it a force of the coalition ("coalition forces")
	bodyHolders     map[string]map[string]bool // as written: such a body that only some states have ("Congress") -> their codes (ownBodies)
	notTopical      map[string]bool            // lower case: words before such an agent that name another government
	newGovernment   map[string]bool            // lower case: words before such an agent that make it a revolution's government ("new": topicStates)
	rulers          map[string][]titleCode     // lower case: a ruler's title -> the polities whose rulers bore it (rulerStates)
	revolutions     map[string]bool            // lower case: words that name a revolution after or before its state ("French Revolution")
	demonymHeads    map[string]bool            // as written: words closing an institution's name a demonym opens (demonymNameEnd)
	forceMods       map[string]bool            // lower case: military modifiers between an actor and a force noun ("Soviet airborne forces")
	newNames        map[string]bool            // as written: words before a state's name that make another place's ("New Guinea")
	unitNames       []string                   // as written: words before a state's name that make a force's ("Task Force Tripoli")
	academies       map[string]bool            // as written: an academic institution's head word after a person's name and a comma ("Roger Clarke, Australian National University")
	citeVerbs       map[string]bool            // lower case: verbs after a citation's bracketed year ("Powell (2006) argues")
	presentDay      []string                   // lower case: phrases that set a sentence in the writer's day ("today"), which takes no narrative date
	styles          map[string]bool            // as written: words before a surname that are no given name ("Herr", "Nazi"): otherPerson
	colonyTroops    map[string]bool            // lower case: troops a colony's demonym opens, besides MIL agents ("the Eritrean Corps")
	colonyTaken     map[string]bool            // lower case: words before a colony's name that make it the land taken ("annexed Libya")
	diseases        map[string]bool            // lower case: disease nouns a demonym names ("Spanish flu")
	journeyVerbs    []string                   // lower case: verbs after which a bare demonym is a place ("reached Cheyenne": journeyEnd)
	journeyNext     map[string]bool            // lower case: words that may follow that place's name
	formerly        []string                   // lower case: words before a demonym that make it a person's past state ("former Soviet": nationals)
	senses          map[string]bool            // lower case: nouns after which a demonym names a language or craft ("Persian carpets")
	stateBodies     map[string]string          // as written: an institution's name before "of" and a state's -> sector ("Bank")
	bodyNames       []string                   // the keys of stateBodies, longest first ("Central Bank" before "Bank")
	companies       map[string]bool            // as written: companies' names, which name no state
	firms           map[string]firmUse         // firms.tsv: words that make a name a company's
	firmWords       []string                   // the words of firms.tsv that firmCues reads, as a sentence writes them
	companyFirst    map[string][]string        // as written: a company's name of several words by its first word
	plurals         map[string][]*Entry        // as written: a name whose plural the gazetteer knows only as a body's or group's -> its meanings (pluralGroup)
	parliaments     map[string]bool            // codes of international bodies one of whose igo forms names a parliament (parliamentLines)
}

var defaultVocab = english.Once(New)

// Default returns the embedded vocabulary on english's, parsed once.
func Default() (*Vocabulary, error) { return defaultVocab() }

// New parses the embedded word lists, then the extra sources (of this
// package's kinds) in order; for actors a form given again replaces the
// earlier meaning of that form.
func New(en *english.Vocabulary, extra ...vocab.Source) (*Vocabulary, error) {
	v := &Vocabulary{Actors: newGazetteer(), agents: newAgents(), disclaim: map[string]bool{}, joiners: map[string]bool{}, en: en, nonEntities: map[string]bool{}, named: map[string]string{},
		connectors: map[string]bool{}, groupJoiners: map[string]bool{}, listJoiners: map[string]bool{}, placeJoiners: map[string]bool{}, venues: map[string]venueUse{}, topical: map[string]bool{}, ownTopical: map[string]bool{}, forceTopical: map[string]bool{}, statusWords: map[string]status{}, orgNounWords: map[string]bool{}, unitHeads: map[string]bool{}, bareBodies: map[string]string{}, bodyHolders: map[string]map[string]bool{}, invadeVerbs: map[string]bool{}, advanceVerbs: map[string]bool{}, pointers: map[string]int{}, pointerAlone: map[string]bool{}, pointerObject: map[string]bool{}, titleMods: map[string]bool{}, pairNouns: map[string]bool{}, coalitionForces: map[string]bool{}, notTopical: map[string]bool{}, newGovernment: map[string]bool{}, revolutions: map[string]bool{}, rulers: map[string][]titleCode{},
		demonymHeads: map[string]bool{}, forceMods: map[string]bool{}, newNames: map[string]bool{}, academies: map[string]bool{}, citeVerbs: map[string]bool{}, styles: map[string]bool{}, colonyTroops: map[string]bool{}, colonyTaken: map[string]bool{}, diseases: map[string]bool{}, journeyNext: map[string]bool{}, senses: map[string]bool{}, stateBodies: map[string]string{}, companies: map[string]bool{}, companyFirst: map[string][]string{}, firms: map[string]firmUse{}}
	// The embedded files are sources 0 (the project's) and 1 (the
	// dictionaries'); the user's files follow, each a source of its own, so
	// that a user's row can override the meanings of a form.
	source := 0
	add := func(kind string, l vocab.Line) error {
		switch kind {
		case "actors":
			return v.Actors.addRow(l.Fields, false, source)
		case "dictionary":
			return v.Actors.addRow(l.Fields, true, max(source, 1))
		case "agents":
			return v.agents.addRow(l)
		case "attach":
			return v.agents.addAttach(l)
		case "abroad":
			v.agents.abroad[strings.ToLower(l.Word())] = true
		case "home":
			v.agents.home[l.Word()] = true
		case "bodies":
			v.agents.bodies[l.Word()] = true
		case "listwords":
			v.joiners[strings.ToLower(l.Word())] = true
		case "disclaim":
			v.disclaim[strings.ToLower(l.Word())] = true
		case "unless":
			if len(l.Fields) < 2 {
				return fmt.Errorf("want agent<TAB>words")
			}
			for _, w := range vocab.Split(l.Field(1), "|") {
				v.agents.unless[strings.ToLower(l.Field(0))+"\x00"+strings.ToLower(w)] = true
			}
		case "nonentities":
			v.nonEntities[l.Word()] = true
		case "named":
			if len(l.Fields) < 2 {
				return fmt.Errorf("want head<TAB>label")
			}
			v.named[l.Field(0)] = l.Field(1)
			switch l.Field(2) {
			case "":
			case "opens":
				v.opens = append(v.opens, l.Field(0))
			default:
				return fmt.Errorf("want head<TAB>label[<TAB>opens]")
			}
		case "connectors":
			w := strings.ToLower(l.Field(0))
			v.connectors[w] = true
			switch l.Field(1) {
			case "":
			case "group":
				v.groupJoiners[w] = true
			case "list":
				v.listJoiners[w] = true
			case "place":
				v.placeJoiners[w] = true
			default:
				return fmt.Errorf("want word[<TAB>group|list|place]")
			}
		case "venues":
			use := venueNext
			switch l.Field(1) {
			case "":
			case "of":
				use = venueOf
			case "both":
				use = venueNext | venueOf
			case "mod":
				use = venueMod
			case "of+mod":
				use = venueOf | venueMod
			default:
				return fmt.Errorf("want word[<TAB>of|both|mod|of+mod]")
			}
			v.venues[l.Field(0)] = use // a word written capitalized matches only so written ("Act", not "act")
		case "suffixes":
			v.suffixes = append(v.suffixes, l.Word())
		case "topical":
			switch l.Field(1) {
			case "head":
				v.topical[strings.ToLower(l.Field(0))] = true
			case "own":
				v.topical[strings.ToLower(l.Field(0))] = true
				v.ownTopical[strings.ToLower(l.Field(0))] = true
			case "force":
				v.topical[strings.ToLower(l.Field(0))] = true
				v.ownTopical[strings.ToLower(l.Field(0))] = true
				v.forceTopical[strings.ToLower(l.Field(0))] = true
			case "unit":
				v.unitHeads[strings.ToLower(l.Field(0))] = true
			case "body":
				if l.Field(2) == "" {
					return fmt.Errorf("want Name<TAB>body<TAB>sector[<TAB>codes]")
				}
				v.bareBodies[l.Field(0)] = l.Field(2)
				if cs := vocab.Split(l.Field(3), ","); len(cs) > 0 {
					hs := v.bodyHolders[l.Field(0)]
					if hs == nil {
						hs = map[string]bool{}
						v.bodyHolders[l.Field(0)] = hs
					}
					for _, c := range cs {
						hs[c] = true
					}
				}
			case "block":
				v.notTopical[strings.ToLower(l.Field(0))] = true
			case "new":
				v.newGovernment[strings.ToLower(l.Field(0))] = true
			case "revolution":
				v.revolutions[strings.ToLower(l.Field(0))] = true
			case "ruler":
				if l.Field(2) == "" {
					return fmt.Errorf("want title<TAB>ruler<TAB>codes or *")
				}
				var codes []titleCode
				for _, c := range vocab.Split(l.Field(2), ",") {
					tc, ok := parseTitleCode(c)
					if !ok {
						return fmt.Errorf("want CODE or CODE:YYYY-YYYY, not %q", c)
					}
					codes = append(codes, tc)
				}
				v.rulers[strings.ToLower(l.Field(0))] = codes
			case "invade":
				v.invadeVerbs[strings.ToLower(l.Field(0))] = true
			case "advance":
				v.advanceVerbs[strings.ToLower(l.Field(0))] = true
			case "ledby":
				v.ledBy = append(v.ledBy, strings.ToLower(l.Field(0)))
			case "pointer":
				n := map[string]int{"first": 1, "second": 2}[l.Field(2)]
				if n == 0 {
					return fmt.Errorf("want word<TAB>pointer<TAB>first|second")
				}
				v.pointers[strings.ToLower(l.Field(0))] = n
			case "pair":
				v.pairNouns[strings.ToLower(l.Field(0))] = true
			case "pairopener":
				v.pairOpeners = append(v.pairOpeners, strings.Fields(strings.ToLower(l.Field(0))))
			case "coalition":
				// once each: coalitions adds an entity for every noun's match
				if w := strings.ToLower(l.Field(0)); !slices.Contains(v.coalitionNouns, w) {
					v.coalitionNouns = append(v.coalitionNouns, w)
				}
			case "status":
				cs := vocab.Split(l.Field(2), ",")
				if len(cs) == 0 {
					return fmt.Errorf("want word<TAB>status<TAB>codes[<TAB>armed]")
				}
				if l.Field(3) != "" && l.Field(3) != "armed" {
					return fmt.Errorf("want word<TAB>status<TAB>codes[<TAB>armed]")
				}
				v.statusWords[strings.ToLower(l.Field(0))] = status{codes: cs, armedOnly: l.Field(3) == "armed"}
			case "orgnoun":
				v.orgNounWords[l.Field(0)] = true
			case "titlemod":
				v.titleMods[strings.ToLower(l.Field(0))] = true
			case "coalitionforce":
				v.coalitionForces[strings.ToLower(l.Field(0))] = true
			case "alone":
				v.pointerAlone[strings.ToLower(l.Field(0))] = true
			case "object":
				v.pointerObject[strings.ToLower(l.Field(0))] = true
			default:
				return fmt.Errorf("want word<TAB>head|own|force|unit|body|block|new|revolution|ruler|invade|advance|ledby|pointer|alone|object|pair|coalition|coalitionforce|status|orgnoun|titlemod")
			}
		case "demonymheads":
			v.demonymHeads[l.Word()] = true
		case "forcemods":
			v.forceMods[strings.ToLower(l.Word())] = true
		case "newnames":
			v.newNames[l.Word()] = true
		case "unitnames":
			v.unitNames = append(v.unitNames, l.Word())
		case "academies":
			v.academies[l.Word()] = true
		case "citeverbs":
			v.citeVerbs[strings.ToLower(l.Word())] = true
		case "styles":
			v.styles[l.Word()] = true
		case "presentday":
			v.presentDay = append(v.presentDay, strings.ToLower(l.Word()))
		case "colonies":
			switch l.Field(1) {
			case "troops":
				v.colonyTroops[strings.ToLower(l.Field(0))] = true
			case "taken":
				v.colonyTaken[strings.ToLower(l.Field(0))] = true
			default:
				return fmt.Errorf("want word<TAB>troops|taken")
			}
		case "statebodies":
			if len(l.Fields) < 2 {
				return fmt.Errorf("want name<TAB>sector")
			}
			v.stateBodies[l.Field(0)] = l.Field(1)
		case "companies":
			if len(l.Fields) < 4 {
				return fmt.Errorf("want the actors format")
			}
			for _, f := range vocab.Split(l.Field(3), "|") {
				v.companies[f] = true
				if first, _, ok := strings.Cut(f, " "); ok {
					v.companyFirst[first] = append(v.companyFirst[first], f)
				}
			}
		case "firms":
			var use firmUse
			switch l.Field(1) {
			case "noun":
				use = firmNoun
			case "suffix":
				use = firmSuffix
			case "before":
				use = firmBefore
			case "head":
				use = firmHead
			default:
				return fmt.Errorf("want word<TAB>noun|suffix|before|head")
			}
			v.firms[l.Field(0)] |= use
		case "diseases":
			v.diseases[strings.ToLower(l.Word())] = true
		case "journeys":
			switch l.Field(1) {
			case "verb":
				v.journeyVerbs = append(v.journeyVerbs, strings.ToLower(l.Field(0)))
			case "next":
				v.journeyNext[strings.ToLower(l.Field(0))] = true
			default:
				return fmt.Errorf("want words<TAB>verb|next")
			}
		case "formerly":
			v.formerly = append(v.formerly, strings.ToLower(l.Word()))
		case "senses":
			v.senses[strings.ToLower(l.Word())] = true
		case "currencywords":
			w := strings.ToLower(l.Word())
			r, n := utf8.DecodeRuneInString(w)
			v.Actors.currency = append(v.Actors.currency, w, string(unicode.ToUpper(r))+w[n:], strings.ToUpper(w))
		default:
			return fmt.Errorf("kind %q has no reader", kind)
		}
		return nil
	}
	for _, s := range extra {
		if _, ok := Kinds[s.Kind]; !ok {
			return nil, fmt.Errorf("vocabulary %s: unknown kind %q (want one of %s)", s.Origin, s.Kind, strings.Join(Kinds.Names(), ", "))
		}
	}
	if err := vocab.Load(dataFS, Kinds, nil, add); err != nil {
		return nil, err
	}
	v.Actors.user = 2
	for i, s := range extra {
		source = 2 + i
		if err := vocab.Read(s, func(l vocab.Line) error { return add(s.Kind, l) }); err != nil {
			return nil, err
		}
	}
	v.Actors.build()
	v.plurals = v.Actors.groupPlurals()
	v.parliaments = v.Actors.parliaments()
	for w, use := range v.firms {
		if use&(firmNoun|firmSuffix) != 0 {
			v.firmWords = append(v.firmWords, w)
		}
	}
	slices.Sort(v.firmWords)
	for b := range v.stateBodies {
		v.bodyNames = append(v.bodyNames, b)
	}
	slices.SortFunc(v.bodyNames, func(a, b string) int { return cmp.Or(len(b)-len(a), strings.Compare(a, b)) })
	return v, nil
}

// Words are the lower-case words of these lists the stages compare tokens
// with: none (names are compared as written).
func (v *Vocabulary) Words() iter.Seq[string] { return func(func(string) bool) {} }

// nonEntity reports a capitalized word that is no entity on its own: one of
// nonentities.txt or a discourse connective.
func (v *Vocabulary) nonEntity(w string) bool { return v.nonEntities[w] || v.en.Connective(w) }

// Kind returns the kind of an actor code's first vocabulary entry (state,
// igo, alliance, group, ...) and its note: "home:CODE" for an organisation
// based in a state, "in:CODE" for a place, "within:CODE" for a historic
// polity that lies within another code (Within), else the note as written.
func (v *Vocabulary) Kind(code string) (kind, note string) {
	if e, ok := v.Actors.byCode[code]; ok {
		switch {
		case e.Home() != "":
			return e.Kind, "home:" + e.Home()
		case e.In() != "":
			return e.Kind, "in:" + e.In()
		case v.Within(code) != "":
			return e.Kind, "within:" + v.Within(code)
		}
		return e.Kind, e.Note
	}
	return "", ""
}

// CiteVerb reports a verb of citeverbs.txt, a scholar's after a citation's
// bracketed year ("Powell (2006) argues"), in any case: the dates stage
// reads such a year as a citation in any document.
func (v *Vocabulary) CiteVerb(w string) bool { return v.citeVerbs[strings.ToLower(w)] }

// Within returns the code a historic polity lies within, as a row of
// its code says in its note ("within:GRC": Athens, Sparta and the Delian
// League are parts of the Greek world the demonym "Greeks" names, which
// is GRC at any date, as the Persians are IRN), or "".
func (v *Vocabulary) Within(code string) string { return v.Actors.within[code] }

// Nested reports two codes of which one lies within the other (Within,
// followed up to maxNesting steps): "Athens" and "the Greeks" in one
// sentence are a part and its whole, no pair of actors.
func (v *Vocabulary) Nested(a, b string) bool {
	return a != b && (v.inside(a, b) || v.inside(b, a))
}

// maxNesting bounds the steps Nested follows (a polity within a league
// within a state), so that a cycle a user's file writes ends.
const maxNesting = 4

// inside reports a code that lies within outer, in up to maxNesting steps.
func (v *Vocabulary) inside(code, outer string) bool {
	for range maxNesting {
		code = v.Actors.within[code]
		switch code {
		case "":
			return false
		case outer:
			return true
		}
	}
	return false
}

// IsState reports an actor code whose first entry is a state.
func (v *Vocabulary) IsState(code string) bool {
	k, _ := v.Kind(code)
	return k == "state"
}
