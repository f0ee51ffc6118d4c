package lexicon

import (
	"slices"
	"strings"
	"testing"

	"github.com/stratex/stratex/extract/vocab"
)

// words makes a token source for Match from a phrase.
func words(s string) func(k int) (string, bool) {
	ws := strings.Fields(s)
	return func(k int) (string, bool) {
		if k >= len(ws) {
			return "", false
		}
		return ws[k], true
	}
}

func TestMatchLongestFirst(t *testing.T) {
	v, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		want       []string // "base words CATEGORY" of the project's longest trigger there
	}{
		{"a phrasal verb and its first word", "called off the strike", []string{"call off CONCEDE"}},
		{"an inflected form of a phrase", "calls for a ceasefire", []string{"call for REQUEST"}},
		{"a noun and a longer phrase that names no event", "cold war rivalry", []string{"cold war NONE"}},
		{"no trigger", "the weather was fine", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, m := range v.Match(words(tt.text), nil) {
				if !m.Trigger.Dict {
					got = append(got, strings.Join(m.Trigger.Words, " ")+" "+m.Trigger.Category)
				}
			}
			if len(got) > 0 {
				got = got[:1] // the longest
			}
			if strings.Join(got, ";") != strings.Join(tt.want, ";") {
				t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestDictionaryVerbs(t *testing.T) {
	v, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	verbs, patterns := v.DictionaryCounts()
	if verbs < 1500 || patterns < 3000 {
		t.Errorf("dictionary: %d verbs, %d patterns; the CAMEO file has about 1,900 verbs with an event or a pattern and 3,800 patterns", verbs, patterns)
	}
	find := func(form string) *Trigger {
		for _, m := range v.Match(words(form), nil) {
			if m.Trigger.Dict && m.Len == len(strings.Fields(form)) {
				return m.Trigger
			}
		}
		return nil
	}
	tests := []struct {
		name, form, category string
		pattern              func(p *Trigger) bool // one of its patterns
	}{
		{"a verb with an event of its own, inflected", "besieged", "COERCE", nil},
		{"a verb with an event of its own", "rebuke", "ACCUSE", nil},
		{"a verb named only for its patterns: a pattern with an object phrase and the target's preposition", "signs", "",
			func(p *Trigger) bool { return p.Category == "SUPPORT" && p.Prep == "with" && p.HasObject("treaty") }},
		{"a pattern with an object of two words", "signed", "",
			func(p *Trigger) bool { return len(p.Objects()["peace"]) > 0 && p.Objects()["peace"][0][0] == "treaty" }},
		{"a pattern with subject words", "enters", "",
			func(p *Trigger) bool { return p.Subjects != nil && p.Category == "COERCE" }},
		{"a pattern with the null code", "imposes", "COERCE",
			func(p *Trigger) bool { return p.Category == "NONE" && p.HasObject("taxes") }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := find(tt.form)
			if tr == nil {
				t.Fatalf("%q: no dictionary verb", tt.form)
			}
			if tr.Category != tt.category {
				t.Errorf("%q: category %q, want %q", tt.form, tr.Category, tt.category)
			}
			if tt.pattern == nil {
				return
			}
			for _, p := range tr.Patterns {
				if tt.pattern(p) {
					return
				}
			}
			t.Errorf("%q: no such pattern among %d", tt.form, len(tr.Patterns))
		})
	}
}

func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}

// ownTrigger returns the first of the project's triggers (no dictionary
// row, no NONE phrase) that the words of text match, nil for none.
func ownTrigger(v *Vocabulary, text string) *Trigger {
	for _, m := range v.Match(words(text), nil) {
		if !m.Trigger.Dict && m.Trigger.Category != "NONE" {
			return m.Trigger
		}
	}
	return nil
}

// A row's words are read as the lexer cuts a sentence: a hyphenated form,
// an object with a hyphen and digits, and a subject compare token by token.
func TestRowWordsAreLexerTokens(t *testing.T) {
	row := "airdrop\tAID\tmilitary_aid\tverb\tobject=mig-21s|su-30mk fighters|cease-fire\n" +
		"go-slow\tPROTEST\tstrike\tnoun\tobject=sit-in|sit-ins\n"
	v, err := New(vocab.Source{Kind: "triggers", Origin: "rows.tsv", Data: []byte(row)})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, base, object string }{
		{"airdropped", "airdrop", "mig - 21 s|su - 30 mk fighters|cease - fire"},
		{"go - slow", "go - slow", "sit - in|sit - ins"},
	} {
		found := ownTrigger(v, c.text)
		if found == nil {
			t.Errorf("%q: no trigger", c.text)
			continue
		}
		var objs []string
		for w, rests := range found.Objects() {
			for _, r := range rests {
				objs = append(objs, strings.Join(append([]string{w}, r...), " "))
			}
		}
		slices.Sort(objs)
		want := strings.Split(c.object, "|")
		slices.Sort(want)
		if got := strings.Join(lexWords(found.Words), " "); got != c.base || !slices.Equal(objs, want) {
			t.Errorf("%q: trigger %q objects %q, want %q and %q", c.text, got, objs, c.base, want)
		}
	}
}

// The object entry ACTOR (upper case) is no word: it sets ObjectActor, the
// other entries stay objects, and a row with ACTOR alone is slotted with no
// words to match ("caution" and "alert" are rows of our own).
func TestObjectActor(t *testing.T) {
	rows := "caution\tTHREATEN\twarn\tverb\tobject=ACTOR|against\n" +
		"alert\tTHREATEN\twarn\tverb\tobject=ACTOR\n" +
		"actor\tCONSULT\tmeet\tverb\tobject=actor\n"
	v, err := New(vocab.Source{Kind: "triggers", Origin: "rows.tsv", Data: []byte(rows)})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text    string
		actor   bool
		objects string
	}{
		{"cautioned", true, "against"},
		{"alerted", true, ""},
		{"actor", false, "actor"}, // a lower-case entry is a word
	} {
		found := ownTrigger(v, c.text)
		if found == nil {
			t.Errorf("%q: no trigger", c.text)
			continue
		}
		var objs []string
		for w := range found.Objects() {
			objs = append(objs, w)
		}
		slices.Sort(objs)
		if got := strings.Join(objs, "|"); found.ObjectActor != c.actor || got != c.objects || !found.Slotted() {
			t.Errorf("%q: ObjectActor %v objects %q slotted %v, want %v and %q, slotted", c.text, found.ObjectActor, got, found.Slotted(), c.actor, c.objects)
		}
	}
}

// The flags thing, actagent and actsubject set their fields and leave a
// row unslotted (they test the sentence, not the words after the trigger);
// by=STATE is a sector entry like any other.
func TestSenseFlags(t *testing.T) {
	rows := "fracas\tASSAULT\tclash\tnoun\tmutual,thing\n" +
		"menace\tTHREATEN\tthreaten\tverb\tactagent\n" +
		"urge on\tREQUEST\tdemand\tverb\tactsubject\n" +
		"remonstrate\tACCUSE\tprotest\tverb\tby=STATE\n" +
		"harass\tCOERCE\tharass\tverb\tthing-ish\n"
	if _, err := New(vocab.Source{Kind: "triggers", Origin: "rows.tsv", Data: []byte(rows)}); err == nil {
		t.Fatal("an unknown flag (thing-ish) was accepted")
	}
	v, err := New(vocab.Source{Kind: "triggers", Origin: "rows.tsv", Data: []byte(rows[:strings.LastIndex(rows[:len(rows)-1], "\n")+1])})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text                           string
		thing, agent, subject, slotted bool
	}{
		{"fracas", true, false, false, false},
		{"menaced", false, true, false, false},
		{"urged on", false, false, true, false},
		{"remonstrated", false, false, false, true},
	} {
		found := ownTrigger(v, c.text)
		if found == nil {
			t.Errorf("%q: no trigger", c.text)
			continue
		}
		if found.Thing != c.thing || found.ActAgent != c.agent || found.ActSubject != c.subject || found.Slotted() != c.slotted {
			t.Errorf("%q: thing %v actagent %v actsubject %v slotted %v, want %v %v %v %v", c.text,
				found.Thing, found.ActAgent, found.ActSubject, found.Slotted(), c.thing, c.agent, c.subject, c.slotted)
		}
	}
	if found := ownTrigger(v, "remonstrated"); found != nil && !slices.Equal(found.By, []string{"STATE"}) {
		t.Errorf("remonstrated: by %v, want [STATE]", found.By)
	}
}

// An object flag's "@name" stands for the words of an object class of
// objects.tsv: the embedded rows that share the arms and forces lists have
// their words, a noun's own entry ("to") stays beside the class, a class
// given by -vocab after the rows that name it extends them, a user's row
// may name an embedded class, and a class no file gives is an error.
func TestObjectClasses(t *testing.T) {
	classes := "arms\thowitzers|attack boats\n"
	rows := "rent\tCOOPERATE\tarms_sale\tverb\tobject=@arms\n"
	v, err := New(vocab.Source{Kind: "triggers", Origin: "rows.tsv", Data: []byte(rows)},
		vocab.Source{Kind: "objects", Origin: "classes.tsv", Data: []byte(classes)})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []objectCase{
		{"sold", []string{"tanks", "missiles", "howitzers"}, []string{"to", "cars"}},
		{"sales", []string{"tanks", "to", "howitzers"}, []string{"cars"}},
		{"exported", []string{"fighters"}, []string{"copper"}},
		{"amassed", []string{"troops", "divisions"}, []string{"missiles", "delegates"}},
		{"rented", []string{"tanks", "howitzers"}, []string{"to"}},
	} {
		found := ownTrigger(v, c.text)
		if found == nil {
			t.Errorf("%q: no trigger", c.text)
			continue
		}
		checkObjects(t, c.text, found, c.has, c.not)
		if found.HasObject("@arms") || found.HasObject("arms") != (c.text != "amassed") {
			t.Errorf("%q: objects %v", c.text, found.Objects())
		}
	}
	if rests := ownTrigger(v, "sold").Objects()["attack"]; !slices.ContainsFunc(rests, func(r []string) bool { return slices.Equal(r, []string{"boats"}) }) {
		t.Errorf("sold: a class's phrase \"attack boats\" is not an object: %v", rests)
	}
	if _, err := New(vocab.Source{Kind: "triggers", Origin: "rows.tsv", Data: []byte("lease\tCOOPERATE\tarms_sale\tverb\tobject=@vehicles\n")}); err == nil || !strings.Contains(err.Error(), "vehicles") {
		t.Errorf("a class no file gives: err %v, want one naming it", err)
	}
}

// A class no file gives is reported against the file of the row that names
// it: a user's trigger row, a user's class row (which an embedded trigger
// reads through its class), never the embedded objects.tsv alone.
func TestMissingObjectClassNamesItsFile(t *testing.T) {
	for _, c := range []struct {
		name string
		src  vocab.Source
		want string
	}{
		{"a user's trigger row", vocab.Source{Kind: "triggers", Origin: "rows.tsv", Data: []byte("lease\tCOOPERATE\tarms_sale\tverb\tobject=@vehicles\n")},
			`vocabulary rows.tsv: trigger "lease": no object class "vehicles"`},
		{"a user's class row", vocab.Source{Kind: "objects", Origin: "classes.tsv", Data: []byte("troops\t@auxiliaries|legionnaires\n")},
			`vocabulary classes.tsv: object class "troops": no object class "auxiliaries"`},
	} {
		_, err := New(c.src)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err %v, want %q", c.name, err, c.want)
		}
	}
}

// A class's "@name" stands for the words of that class: the embedded
// troops class is the core of forces, deployed and airlift's object flag,
// so a user's troops row extends all three, and a class that names itself
// through another is an error, not a loop.
func TestObjectClassInClass(t *testing.T) {
	v, err := New(vocab.Source{Kind: "objects", Origin: "classes.tsv", Data: []byte("troops\tlegionnaires\n")})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []objectCase{
		{"massed", []string{"legionnaires", "divisions", "men", "fleet", "paratroopers"}, []string{"missiles", "helicopters", "@troops"}},
		{"deployment", []string{"legionnaires", "regiments", "missiles"}, []string{"men", "@troops"}},
		{"airlifted", []string{"legionnaires", "army", "men", "paratroopers"}, []string{"tanks", "fleet", "@troops"}},
	} {
		var found *Trigger
		for _, m := range v.Match(words(c.text), nil) {
			if !m.Trigger.Dict && m.Trigger.Category == "MOBILIZE" {
				found = m.Trigger
			}
		}
		if found == nil {
			t.Errorf("%q: no MOBILIZE trigger", c.text)
			continue
		}
		checkObjects(t, c.text, found, c.has, c.not)
	}
	_, err = New(vocab.Source{Kind: "objects", Origin: "classes.tsv", Data: []byte("boats\t@ships|rafts\nships\t@boats|frigates\n")},
		vocab.Source{Kind: "triggers", Origin: "rows.tsv", Data: []byte("ferry\tMOBILIZE\tdeploy\tverb\tobject=@boats\n")})
	if err == nil || !strings.Contains(err.Error(), `vocabulary classes.tsv: object class "ships": object class "boats" names itself (boats > ships > boats)`) {
		t.Errorf("a class that names itself: err %v, want one saying so", err)
	}
}

// objectCase is a trigger's word and the one-word objects it must have
// and must not.
type objectCase struct {
	text     string
	has, not []string
}

// checkObjects checks that the trigger found for text has each one-word
// object of has and none of not.
func checkObjects(t *testing.T, text string, found *Trigger, has, not []string) {
	t.Helper()
	for _, w := range has {
		if !found.HasObject(w) {
			t.Errorf("%q: no object %q", text, w)
		}
	}
	for _, w := range not {
		if found.HasObject(w) {
			t.Errorf("%q: object %q, want none", text, w)
		}
	}
}

// No row of the project's word lists is written twice (a merge of two
// branches that add the same row leaves a repeat: the airlift rows once,
// "expel" another time): a repeated row changes nothing but hides which copy
// a later edit must change.
func TestNoRepeatedRows(t *testing.T) {
	for _, kind := range Kinds.Names() {
		if kind == "cameo" {
			continue // generated by cmd/vocabgen, with its own checks
		}
		for _, name := range Kinds[kind] {
			b, err := dataFS.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			seen := map[string]int{}
			for n, l := range strings.Split(string(b), "\n") {
				if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
					continue
				}
				if first, ok := seen[l]; ok {
					t.Errorf("%s line %d repeats line %d: %q", name, n+1, first, l)
				}
				seen[l] = n + 1
			}
		}
	}
}
