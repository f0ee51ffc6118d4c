package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWordnetNouns checks the derivation on a small WordNet of our own:
// a verb sense of the row's lexicographer file gives its act noun; a noun
// sense of another file (a state), a verb sense of a file the category
// does not list, a noun that is a form of a dictionary verb, a noun of
// the dropped list and a form triggers.tsv has give none; with no
// WordNet the committed file is kept (ok false).
func TestWordnetNouns(t *testing.T) {
	dir := t.TempDir()
	// data.verb: offset lex type words... pointers (symbol offset pos src/tgt)
	verbs := strings.Join([]string{
		"  1 licence line one  ",
		"  2 licence line two  ",
		"00000001 41 v 01 repress 0 002 + 00000011 n 0101 + 00000012 n 0101 | subdue",
		"00000002 40 v 01 cede 0 001 + 00000013 n 0101 | give up",
		"00000003 32 v 01 fire 0 001 + 00000014 n 0101 | dismiss",
		"00000004 35 v 01 capture 0 002 + 00000015 n 0101 + 00000016 n 0101 | take",
		"00000005 35 v 01 attack 0 001 + 00000017 n 0101 | hit",
		"",
	}, "\n")
	nouns := strings.Join([]string{
		"  1 This is the licence.  ",
		"  2   ",
		"  3 Second paragraph.  ",
		"00000011 04 n 01 repression 0 000 | the act of repressing",
		"00000012 26 n 01 repressiveness 0 000 | a state",
		"00000013 04 n 01 cession 0 000 | the act of ceding",
		"00000014 04 n 01 dismissal 0 000 | the act of dismissing",
		"00000015 04 n 01 capture 0 000 | the act of capturing",
		"00000016 04 n 01 seizure 0 000 | the act of seizing",
		"00000017 04 n 01 attack 0 000 | an attack",
		"",
	}, "\n")
	index := strings.Join([]string{
		"repression n 1 0 1 0 00000011",
		"repressiveness n 1 0 1 0 00000012",
		"cession n 1 0 1 0 00000013",
		"dismissal n 1 0 1 0 00000014",
		"capture n 1 0 1 0 00000015",
		"seizure n 4 0 4 0 00000090 00000091 00000092 00000016",
		"attack n 1 0 1 0 00000017",
		"",
	}, "\n")
	for name, s := range map[string]string{"data.verb": verbs, "data.noun": nouns, "index.noun": index} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	vrows := []verbRow{
		{form: "repress", category: "COERCE", subtype: "coerce", kind: "verb"},
		{form: "cede", category: "CONCEDE", subtype: "yield", kind: "verb"},
		{form: "fire", category: "ASSAULT", subtype: "attack", kind: "verb"},
		{form: "capture", category: "COERCE", subtype: "seize", kind: "verb"},
		{form: "attack", category: "ASSAULT", subtype: "attack", kind: "verb"},
	}
	proj := &project{triggers: [][]string{{"attack", "ASSAULT", "attack", "verb"}}}
	rows, licence, ok, err := wordnetNouns(dir, vrows, proj)
	if err != nil || !ok {
		t.Fatalf("wordnetNouns: ok %v, err %v", ok, err)
	}
	var got []string
	for _, r := range rows {
		got = append(got, r.noun+" "+r.category+" "+r.subtype+" "+strings.Join(r.verbs, ","))
	}
	// repressiveness: a state; dismissal: verb.communication is not ASSAULT's; capture:
	// a form of the verb; seizure: its act sense is its fourth; attack:
	// triggers.tsv has it.
	want := []string{"cession CONCEDE yield cede", "repression COERCE coerce repress"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("nouns: got %q, want %q", got, want)
	}
	if licence != "This is the licence.\n\nSecond paragraph.\n" {
		t.Errorf("licence: got %q", licence)
	}
	if _, _, ok, err := wordnetNouns(t.TempDir(), vrows, proj); ok || err != nil {
		t.Errorf("no WordNet: got ok %v, err %v, want the committed file kept", ok, err)
	}
}
