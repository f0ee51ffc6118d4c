package lexicon_test

import (
	"os"
	"strings"
	"testing"
)

// TestApprovingASaleOfArms: approving a sale (triggers.tsv's "approve"
// with objects.tsv's armssale) is an arms sale only when the sale names
// arms, before "sale" or after it, with a sum or an adjective between;
// approving the sale of a company, a port or a shipyard is none (the
// general "approve" row stays). Only COOPERATE events are shown. Cases of
// our own, from news and histories.
func TestApprovingASaleOfArms(t *testing.T) {
	checkSenses(t, []string{"COOPERATE"}, []senseCase{
		{"missiles (news)", "In 2010 Russia approved the sale of S-300 missiles to Iran.", "COOPERATE RUS>IRN"},
		{"fighters (history)", "In 1981 the United States approved the sale of F-15 fighters to Saudi Arabia.", "COOPERATE USA>SAU"},
		{"a company (news)", "In 2005 Britain approved the sale of the company to China.", ""},
		{"a port (news)", "In 2016 Australia approved the sale of the port to a Chinese firm.", ""},
		{"a sum before arms sale (news)", "In 2017 the State Department approved a $1.4 billion arms sale to Taiwan.", "COOPERATE USA>TWN"},
		{"plural arms sales (news)", "In 2008 Washington approved arms sales to Taiwan.", "COOPERATE USA>TWN"},
		{"a sum before the sale (history)", "In 2006 Washington approved the $5 billion sale of F-16 fighters to Pakistan.", "COOPERATE USA>PAK"},
		{"an adjective and aircraft (history)", "In 1981 the United States approved the proposed sale of AWACS aircraft to Saudi Arabia.", "COOPERATE USA>SAU"},
		{"a sum before a shipyard (news)", "In 1995 Britain approved the $2 billion sale of the shipyard to Korea.", ""},
		{"a sum before a steel company (news)", "In 2012 Germany approved the $3 billion sale of the steel company to India.", ""},
		// a sale in the next clause is not the approval's object
		{"arms sales after \"and\" (news)", "In 2019 the United States approved a trade deal with India and halted arms sales to Pakistan.", ""},
		{"a sale after \"but\" (history)", "In 2012 the United States approved a loan to Egypt but delayed the sale of tanks.", ""},
	})
}

// TestArmsSaleClassCoversArms: objects.tsv's armssale is written out, one
// entry per arms word and order ("sale tanks", "tanks sale", and the
// plurals); every word of @arms has its four entries, so that a word added
// to @arms and not to armssale is told here.
func TestArmsSaleClassCoversArms(t *testing.T) {
	b, err := os.ReadFile("data/objects.tsv")
	if err != nil {
		t.Fatal(err)
	}
	classes := map[string]map[string]bool{}
	for _, l := range strings.Split(string(b), "\n") {
		name, words, ok := strings.Cut(l, "\t")
		if !ok || strings.HasPrefix(name, "#") {
			continue
		}
		if classes[name] == nil {
			classes[name] = map[string]bool{}
		}
		for _, w := range strings.Split(words, "|") {
			classes[name][w] = true
		}
	}
	if len(classes["arms"]) < 10 {
		t.Fatalf("objects.tsv: arms has %d words", len(classes["arms"]))
	}
	for w := range classes["arms"] {
		for _, e := range []string{"sale " + w, "sales " + w, w + " sale", w + " sales"} {
			if !classes["armssale"][e] {
				t.Errorf("objects.tsv: armssale lacks %q (arms has %q)", e, w)
			}
		}
	}
}
