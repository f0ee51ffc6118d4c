package mention_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/stratex/stratex/extract/event"
	"github.com/stratex/stratex/extract/event/syntax"
	"github.com/stratex/stratex/extract/mention"
	"github.com/stratex/stratex/extract/text"
	"github.com/stratex/stratex/extract/vocab"
)

// rec is one coded record of a test text: the sentence, its trigger (the
// n-th occurrence of the word, from 0), and how the coder coded it.
type rec struct {
	sent       int
	trigger    string
	nth        int
	category   string
	src, tgt   []string
	rule, date string
	mode       string
	intent     bool
	kept       bool // what Drop must do with it
}

// build makes the document text of sentences and the event records of recs.
func build(t *testing.T, sentences []string, recs []rec) (string, []text.Sentence, []event.Span) {
	t.Helper()
	var b strings.Builder
	var sents []text.Sentence
	for _, s := range sentences {
		start := b.Len()
		b.WriteString(s)
		sents = append(sents, text.Sentence{Start: start, End: b.Len()})
		b.WriteString(" ")
	}
	src := b.String()
	var evs []event.Span
	for _, r := range recs {
		s := sents[r.sent]
		at, from := -1, s.Start
		for n := 0; n <= r.nth; n++ {
			i := strings.Index(src[from:s.End], r.trigger)
			if i < 0 {
				t.Fatalf("no %d-th %q in sentence %d", r.nth, r.trigger, r.sent)
			}
			at, from = from+i, from+i+len(r.trigger)
		}
		evs = append(evs, event.Span{Sent: r.sent, Start: at, End: at + len(r.trigger), Category: r.category,
			Source: r.src, Target: r.tgt, Rule: r.rule, Date: r.date, Mode: r.mode, Intent: r.intent})
	}
	return src, sents, evs
}

func check(t *testing.T, v *mention.Vocabulary, sentences []string, recs []rec) {
	t.Helper()
	src, sents, evs := build(t, sentences, recs)
	got, err := v.Drop(context.Background(), src, sents, slices.Clone(evs))
	if err != nil {
		t.Fatal(err)
	}
	kept := map[string]bool{}
	for _, e := range got {
		kept[fmt.Sprint(e.Sent, e.Start)] = true
	}
	for i, r := range recs {
		e := evs[i]
		if k := kept[fmt.Sprint(e.Sent, e.Start)]; k != r.kept {
			t.Errorf("record %d (%q in %q): kept %v, want %v", i, r.trigger, sentences[r.sent], k, r.kept)
		}
	}
}

func vocabulary(t *testing.T, extra ...vocab.Source) *mention.Vocabulary {
	t.Helper()
	syn, err := syntax.Default()
	if err != nil {
		t.Fatal(err)
	}
	v, err := mention.New(syn, extra...)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

var (
	deu = []string{"DEU"}
	fra = []string{"FRA"}
)

// A war narrative of my own writing: a bombing reported once with its
// date, then named again with a definite determiner, a possessor and a
// possessive pronoun (these go), and again as a new bombing, a dated one, a
// verb, against another target, and after a break word (these stay); a
// possessor in the plural and "the U.S." before the noun are definite.
func TestDropWarNarrative(t *testing.T) {
	sentences := []string{
		"On 3 May 1916 German aircraft began a bombing of Calais.",               // 0
		"The bombing of Calais lasted a week and emptied the harbour.",           // 1
		"Germany's bombing of the port angered the French government.",           // 2
		"Paris protested, but their relentless night bombing went on.",           // 3
		"In June German aircraft carried out a new bombing of Calais.",           // 4
		"The bombing of Calais in July 1916 was the heaviest.",                   // 5
		"German aircraft bombed Calais again.",                                   // 6
		"The bombing of Dover followed.",                                         // 7
		"The German crews began bombing at night.",                               // 8
		"Another offensive by German troops opened near Verdun.",                 // 9
		"The U.S. bombing of the harbour was only a rumour.",                     // 10
		"A French raid answered, and the cross-border raid ended the month.",     // 11
		"The French raid on the airfield at Metz in September was a new attack.", // 12
		"The U.S. bombing of the harbour was denied.",                            // 13
		"The Germans' bombing of Calais ended in a truce.",                       // 14
	}
	recs := []rec{
		{0, "bombing", 0, "ASSAULT", deu, fra, "event:noun", "1916-05-03", "", false, true},
		{1, "bombing", 0, "ASSAULT", deu, fra, "event:noun+topic", "", "", false, false},
		{2, "bombing", 0, "ASSAULT", deu, fra, "event:noun", "", "", false, false},
		{3, "bombing", 0, "ASSAULT", deu, fra, "event:noun+topic", "", "", false, false},
		{4, "bombing", 0, "ASSAULT", deu, fra, "event:noun", "", "", false, true},              // a new one
		{5, "bombing", 0, "ASSAULT", deu, fra, "event:noun", "1916-07", "", false, true},       // dated
		{6, "bombed", 0, "ASSAULT", deu, fra, "event:verb", "", "", false, true},               // a verb
		{7, "bombing", 0, "ASSAULT", deu, []string{"GBR"}, "event:noun", "", "", false, true},  // another target
		{8, "bombing", 0, "ASSAULT", deu, fra, "event:noun", "", "", false, true},              // "began" ends the phrase
		{9, "offensive", 0, "ASSAULT", deu, fra, "event:noun", "", "", false, true},            // a first offensive
		{10, "bombing", 0, "ASSAULT", []string{"USA"}, fra, "event:noun", "", "", false, true}, // another source
		{11, "raid", 0, "ASSAULT", fra, deu, "event:noun", "", "", false, true},
		{11, "raid", 1, "ASSAULT", fra, deu, "event:noun", "", "", false, false},                // "the cross-border raid"
		{12, "raid", 0, "ASSAULT", fra, deu, "event:noun", "1916-09", "", false, true},          // dated
		{13, "bombing", 0, "ASSAULT", []string{"USA"}, fra, "event:noun", "", "", false, false}, // "the U.S." before it
		{14, "bombing", 0, "ASSAULT", deu, fra, "event:noun", "", "", false, false},             // a plural possessor
	}
	check(t, vocabulary(t), sentences, recs)
}

// A paper of my own writing on summit diplomacy: a meeting reported with
// its date, then analysed as "the meeting", "this meeting", "the
// president's meeting", "their meeting" (these go), and "another meeting",
// "a meeting", a meeting with another state, meetings coordinated after
// "and" or after "both", and a re-mention of a hypothetical one (these
// stay).
func TestDropPaper(t *testing.T) {
	ind, chn, jpn := []string{"IND"}, []string{"CHN"}, []string{"JPN"}
	sentences := []string{
		"If Delhi had cancelled the meeting, trade would have suffered.",                                        // 0
		"In April 2018 the Indian prime minister held an informal meeting with the Chinese president in Wuhan.", // 1
		"Survey responses in the weeks after the meeting shifted towards approval.",                             // 2
		"This meeting is the first of our three cases.",                                                         // 3
		"The word cloud of the prime minister's meeting (Figure 2) shows trade terms.",                          // 4
		"Their second informal meeting drew less attention.",                                                    // 5
		"Another meeting with the Chinese president took place in Chennai.",                                     // 6
		"Observers expected a meeting with Beijing every year.",                                                 // 7
		"The prime minister's meeting with Tokyo came later.",                                                   // 8
		"Both meetings with Beijing were informal.",                                                             // 9
		"Talks and meetings with Beijing went on.",                                                              // 10
	}
	recs := []rec{
		{0, "meeting", 0, "CONSULT", ind, chn, "event:noun", "", "hypothetical", false, true},
		{1, "meeting", 0, "CONSULT", ind, chn, "event:noun", "2018-04", "", false, true},
		{2, "meeting", 0, "CONSULT", ind, chn, "event:noun", "", "", false, false},
		{3, "meeting", 0, "CONSULT", ind, chn, "event:noun+subject", "", "", false, false},
		{4, "meeting", 0, "CONSULT", ind, chn, "event:noun", "", "", false, false},
		{5, "meeting", 0, "CONSULT", ind, chn, "event:noun", "", "", false, false},
		{6, "meeting", 0, "CONSULT", ind, chn, "event:noun", "", "", false, true},
		{7, "meeting", 0, "CONSULT", ind, chn, "event:noun", "", "", false, true},
		{8, "meeting", 0, "CONSULT", ind, jpn, "event:noun", "", "", false, true},
		{9, "meetings", 0, "CONSULT", ind, chn, "event:noun", "", "", false, true},
		{10, "meetings", 0, "CONSULT", ind, chn, "event:noun", "", "", false, true},
	}
	check(t, vocabulary(t), sentences, recs)
}

// An earlier record that reports no act, negated or an intent, leaves a
// definite mention after it: the war narrative's "the bombing" after a
// negated one, and the paper's "the summit" after a planned one.
func TestDropNeedsAnEarlierReport(t *testing.T) {
	sentences := []string{
		"German aircraft did not begin the bombing of Calais in May.",
		"The bombing of Calais began in June.",
		"The bombing of Calais lasted a week.",
		"In 2019 Delhi planned a summit with Beijing for the spring.",
		"The summit opened with a dinner.",
		"The summit closed without a statement.",
	}
	recs := []rec{
		{0, "bombing", 0, "ASSAULT", deu, fra, "event:noun", "", "negated", false, true},
		{1, "bombing", 0, "ASSAULT", deu, fra, "event:noun", "", "", false, true},
		{2, "bombing", 0, "ASSAULT", deu, fra, "event:noun", "", "", false, false},
		{3, "summit", 0, "CONSULT", []string{"IND"}, []string{"CHN"}, "event:noun", "2019", "", true, true},
		{4, "summit", 0, "CONSULT", []string{"IND"}, []string{"CHN"}, "event:noun+subject", "", "", false, true},
		{5, "summit", 0, "CONSULT", []string{"IND"}, []string{"CHN"}, "event:noun+subject", "", "", false, false},
	}
	check(t, vocabulary(t), sentences, recs)
}

// The word lists take the user's entries: "yonder" made definite drops a
// mention the embedded lists keep, and "sundry" made indefinite keeps one
// they drop (a possessor before it).
func TestDropUserVocabulary(t *testing.T) {
	sentences := []string{
		"In March 1950 the army launched an offensive against the rebels.",
		"Yonder offensive failed.",
		"The army's sundry offensives wore the rebels down.",
	}
	recs := func(yonder, sundry bool) []rec {
		return []rec{
			{0, "offensive", 0, "ASSAULT", []string{"MIL"}, []string{"REB"}, "event:noun", "1950-03", "", false, true},
			{1, "offensive", 0, "ASSAULT", []string{"MIL"}, []string{"REB"}, "event:noun", "", "", false, yonder},
			{2, "offensives", 0, "ASSAULT", []string{"MIL"}, []string{"REB"}, "event:noun", "", "", false, sundry},
		}
	}
	check(t, vocabulary(t), sentences, recs(true, false))
	user := vocabulary(t, vocab.Source{Kind: "definite", Origin: "user-definite.txt", Data: []byte("yonder\n")},
		vocab.Source{Kind: "indefinite", Origin: "user-indefinite.txt", Data: []byte("sundry\n")})
	check(t, user, sentences, recs(false, true))
}

// Drop stops when its context ends.
func TestDropHonoursContext(t *testing.T) {
	src, sents, evs := build(t, []string{"The war went on."}, []rec{{0, "war", 0, "ASSAULT", deu, fra, "event:noun", "", "", false, true}})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := vocabulary(t).Drop(ctx, src, sents, evs); err == nil {
		t.Fatal("Drop on an ended context: no error")
	}
}

// Each word of the embedded lists, in a sentence of each of the two texts
// (the war narrative's bombing of Calais, the paper's meeting of 2018),
// after the sentence that reports the event: a definite word drops the
// mention, an indefinite or a break word keeps it.
func TestDropEveryListWord(t *testing.T) {
	war := struct {
		first, trigger string
		src, tgt       []string
	}{"On 3 May 1916 German aircraft began a bombing of Calais.", "bombing", deu, fra}
	paper := war
	paper.first, paper.trigger, paper.src, paper.tgt = "In April 2018 the Indian prime minister held a meeting with the Chinese president.", "meeting", []string{"IND"}, []string{"CHN"}
	cases := []struct {
		word         string
		warS, paperS string
		dropped      bool
	}{
		{"the", "The bombing of Calais went on for a week.", "Approval rose after the meeting.", true},
		{"this", "This bombing emptied the harbour.", "This meeting is our first case.", true},
		{"that", "That bombing emptied the harbour.", "Coverage of that meeting was thin.", true},
		{"these", "These bombings emptied the harbour.", "These meetings shaped the vote.", true},
		{"those", "Those bombings emptied the harbour.", "Those meetings shaped the vote.", true},
		{"his", "The Kaiser praised his bombing of the port.", "The premier defended his meeting with the president.", true},
		{"her", "Germany celebrated her bombing of the port.", "The minister defended her meeting with the president.", true},
		{"its", "Germany ended its bombing of Calais.", "Delhi praised its meeting with Beijing.", true},
		{"their", "The crews ended their bombing of the port.", "Their meeting drew less attention.", true},
		{"our", "Our bombing of Calais, the pilots wrote, was accurate.", "Our meeting with the president, the minister wrote, went well.", true},
		{"a", "A bombing of Calais followed.", "A meeting with the president followed.", false},
		{"an", "An aerial bombing of Calais followed.", "An informal meeting with the president followed.", false},
		{"another", "Another bombing of Calais followed.", "Another meeting followed in Chennai.", false},
		{"any", "The crews denied any bombing of Calais.", "Delhi ruled out any meeting with Beijing.", false},
		{"some", "Some bombing of Calais went on at night.", "Some meetings with Beijing were informal.", false},
		{"each", "Each bombing of Calais cost the crews dearly.", "Each meeting with Beijing was informal.", false},
		{"several", "Several bombings of Calais followed.", "Several meetings with Beijing followed.", false},
		{"and", "The crews refuelled and bombing went on.", "Talks and meetings with Beijing went on.", false},
		{"or", "The shelling or bombing of the port went on.", "The calls or meetings with Beijing went on.", false},
		{"began", "The crews began bombing at night.", "The two delegations began meeting in secret.", false},
		{"continued", "The crews continued bombing at night.", "The two delegations continued meeting in secret.", false},
		{"resumed", "The crews resumed bombing at dawn.", "The two delegations resumed meeting after the vote.", false},
		{"stopped", "The crews stopped bombing at dawn.", "The two delegations stopped meeting after the vote.", false},
		{"start", "The crews start bombing at dawn.", "The two delegations start meeting after the vote.", false},
		{"starts", "The squadron starts bombing at dawn.", "The delegation starts meeting after the vote.", false},
		{"begin", "The crews begin bombing at dawn.", "The two delegations begin meeting after the vote.", false},
		{"begins", "The squadron begins bombing at dawn.", "The delegation begins meeting after the vote.", false},
		{"begun", "The crews had begun bombing at dawn.", "The two delegations had begun meeting after the vote.", false},
		{"keep", "The crews keep bombing at night.", "The two delegations keep meeting in secret.", false},
		{"keeps", "The squadron keeps bombing at night.", "The delegation keeps meeting in secret.", false},
		{"kept", "The crews kept bombing at night.", "The two delegations kept meeting in secret.", false},
		{"no", "The crews denied that there was no bombing of Calais.", "Delhi said there was no meeting with Beijing.", false},
		{"every", "Every bombing of Calais cost the crews dearly.", "Every meeting with Beijing was informal.", false},
		{"many", "Many bombings of Calais followed.", "Many meetings with Beijing followed.", false},
		{"such", "Such bombing of Calais went on at night.", "Such meetings with Beijing were informal.", false},
		{"one", "One bombing of Calais went on at night.", "One meeting with Beijing was informal.", false},
		{"few", "Few bombings of Calais missed.", "Few meetings with Beijing were formal.", false},
		// a word in -ed or -ing is the verb the noun follows, not a modifier,
		// unless a definite word stands right before it
		{"", "The crews started bombing at night.", "The two delegations started meeting in secret.", false},
		{"", "The renewed bombing emptied the harbour.", "The delayed meeting drew less attention.", true},
		{"", "Germany's renewed bombing emptied the harbour.", "India's delayed meeting drew less attention.", true},
		{"", "The German-led bombing emptied the harbour.", "The Indian-hosted meeting drew less attention.", true},
	}
	v := vocabulary(t)
	listed := map[string]bool{}
	for _, kind := range []string{"definite", "indefinite", "npbreaks"} {
		for _, f := range mention.Kinds[kind] {
			b, err := mention.DataFS.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if err := vocab.Read(vocab.Source{Kind: kind, Origin: f, Data: b}, func(l vocab.Line) error {
				listed[l.Word()] = true
				return nil
			}); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, c := range cases {
		delete(listed, c.word)
		for _, text := range []struct {
			first, trigger, s string
			src, tgt          []string
		}{{war.first, war.trigger, c.warS, war.src, war.tgt}, {paper.first, paper.trigger, c.paperS, paper.src, paper.tgt}} {
			check(t, v, []string{text.first, text.s}, []rec{
				{0, text.trigger, 0, "X", text.src, text.tgt, "event:noun", "1916", "", false, true},
				{1, text.trigger, 0, "X", text.src, text.tgt, "event:noun", "", "", false, !c.dropped},
			})
		}
	}
	for w := range listed {
		t.Errorf("list word %q has no test case", w)
	}
}
