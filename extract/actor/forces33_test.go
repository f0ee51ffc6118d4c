package actor

import (
	"context"
	"strings"
	"testing"

	textpkg "github.com/stratex/stratex/extract/text"
)

// TestForceNames checks a force's numbered name that no row codes ("the
// Sixth Army", "X Corps"): the state the document introduced it with, a
// demonym or a state's name right before it or a coded possessor, in that
// mention and the later ones; no one's before the introduction, where two
// states' forces bore the name, for a name of a coordination of states
// ("the Australian and New Zealand Army Corps"), for a name another
// phrase ends ("the New Zealand Division of the Third Army"), or for a
// name of its own with no number ("the Ukrainian Insurgent Army"). Famous named
// forces are rows of their own (agencies.tsv).
func TestForceNames(t *testing.T) {
	v := testVocab(t)
	checkDocCases(t, v, []docCase{
		// a history of Stalingrad and one of the Korean war
		{[]string{"In 1942 the German Sixth Army reached Stalingrad.", "In 1943 the Sixth Army surrendered."}, 0, "German Sixth Army", "DEU/MIL"},
		{[]string{"In 1942 the German Sixth Army reached Stalingrad.", "In 1943 the Sixth Army surrendered."}, 1, "Sixth Army", "DEU/MIL"},
		{[]string{"In 1950 the US Eighth Army retreated to Pusan.", "In 1951 the Eighth Army retook Seoul."}, 1, "Eighth Army", "USA/MIL"},
		{[]string{"In 1950 the US X Corps landed at Inchon.", "In 1950 X Corps took Seoul."}, 1, "X Corps", "USA/MIL"},
		{[]string{"In 1942 the Soviet 62nd Army held the city."}, 0, "Soviet 62nd Army", "SUN/MIL"},
		{[]string{"In 1916 the Royal Navy's Grand Fleet sailed.", "In 1916 the Grand Fleet met the Germans."}, 0, "Grand Fleet", "GBR/MIL"},
		{[]string{"In 1942 the Afrika Korps attacked Tobruk."}, 0, "Afrika Korps", "DEU/MIL"},
		{[]string{"In 1863 the Army of Northern Virginia invaded Pennsylvania."}, 0, "Army of Northern Virginia", "CONFEDERATE_STATES/MIL"},
		// must not: before its introduction, two states' First Armies,
		// a coordination, a longer phrase, another ordinal
		{[]string{"In 1950 the Eighth Army retreated to Pusan.", "In 1950 the US Eighth Army counterattacked."}, 0, "Eighth Army", "/"},
		{[]string{"In 1918 the British First Army attacked Arras.", "In 1918 the French First Army held Reims.", "In 1918 the First Army advanced."}, 2, "First Army", "/"},
		{[]string{"In 1915 the Australian and New Zealand Army Corps landed at Gallipoli."}, 0, "Army Corps", "/"},
		{[]string{"In 1918 the New Zealand Division of the Third Army took Bapaume."}, 0, "New Zealand", "NZL/"},
		{[]string{"In 1942 the Soviet 62nd Army held the city.", "In 1942 the 64th Army crossed the river."}, 1, "Army", "/"},
		// a name of its own with a demonym is no numbered force
		{[]string{"In 1944 the Ukrainian Insurgent Army fought the Germans."}, 0, "Insurgent Army", "/"},
		{[]string{"In 1940 the British Salvation Army ran shelters."}, 0, "Salvation Army", "/"},
	})
}

// linedDoc is a document of paragraphs of dated sentences, as datedDoc
// makes one paragraph: each of lines is a paragraph, one sentence a
// heading where heads holds its index.
func linedDoc(t *testing.T, v *Vocabulary, lines [][]string, heads ...int) (string, []Entity) {
	t.Helper()
	var b strings.Builder
	var sents []textpkg.Sentence
	var zones, dates []string
	for li, line := range lines {
		if li > 0 {
			b.WriteString("\n\n")
		}
		for k, s := range line {
			if k > 0 {
				b.WriteString(" ")
			}
			sents = append(sents, textpkg.Sentence{Start: b.Len(), End: b.Len() + len(s), Line: li})
			b.WriteString(s)
			zone := "body"
			for _, h := range heads {
				if h == li {
					zone = "header"
				}
			}
			zones = append(zones, zone)
			d := ""
			for _, w := range strings.Fields(s) {
				if w = strings.Trim(w, ".,"); len(w) == 4 && digits(w) {
					d = w
				}
			}
			dates = append(dates, d)
		}
	}
	text := b.String()
	es, err := v.Entities(context.Background(), NewTagger(), testLexer(v), text, sents, zones, nil)
	if err != nil {
		t.Fatal(err)
	}
	Redate(es, func(i int) string { return dates[i] }, dates)
	return text, es
}

// TestHomeForces checks "the army" named bare where its paragraph named no
// force of its noun before it: the one actor its paragraph names (a
// state's name as a clause's subject, not as a place), else the one of its
// section's heading; no one's where the paragraph names two actors, a
// person it does not place or a state's rebels, before "in" and a place,
// where it names only places (a capital, a state after a verb or a
// preposition), where a paragraph between the heading names another side,
// and never a paragraph before's. "the army corps" is no bare army.
func TestHomeForces(t *testing.T) {
	v := testVocab(t)
	type homeCase struct {
		lines [][]string
		heads []int
		sent  int
		want  string
	}
	for _, c := range []homeCase{
		// a history of the First World War and one of the Porfiriato
		{[][]string{{"In 1918 Germany was falling apart at home.", "In 1918 morale in the army fell."}}, nil, 1, "DEU/MIL"},
		{[][]string{{"In 1910 Mexico held an election.", "In 1910 the army crushed the strikes."}}, nil, 1, "MEX/MIL"},
		{[][]string{{"Russian Revolution"}, {"In 1917 crowds filled the streets.", "In 1917 the army mutinied."}}, []int{0}, 2, "RUS/MIL"},
		// an earlier force of its noun decides, a bounded one too
		{[][]string{{"In 1776 the Continental Army was in retreat.", "In 1776 the British took New York.", "In 1776 the army dwindled."}}, nil, 2, "USA/MIL"},
		// must not: two sides, places only, another side between the
		// heading, a paragraph before, a unit's noun after it
		{[][]string{{"In 1812 France invaded Russia.", "In 1812 the army reached Moscow."}}, nil, 1, "FRA/MIL"}, // Russia, the object, a second side (TestHomeForcesTargetSide), but "reached" is the invader's advance (TestInvadersArmy)
		{[][]string{{"In 1812 France rearmed.", "In 1812 the army reached Moscow."}}, nil, 1, "FRA/MIL"},
		{[][]string{{"In 1812 Napoleon invaded Russia.", "In 1812 the army reached Moscow."}}, nil, 1, "FRA/MIL"}, // Napoleon is France's in his years (rulers.tsv): the invader's advance
		{[][]string{{"In 1956 the army held Algiers.", "In 1956 Algiers was calm."}}, nil, 0, "(none)"},
		{[][]string{{"In 1941 Italy and Germany signed a pact.", "In 1941 the army prepared for war."}}, nil, 1, "(none)"},
		{[][]string{{"In 2012 rebels in Mali took Gao.", "In 2012 the army fled."}}, nil, 1, "(none)"},
		{[][]string{{"In 1941 the Polish volunteers sailed.", "In 1941 they joined the army in Britain."}}, nil, 1, "(none)"},
		{[][]string{{"In 1979 the army entered Afghanistan."}}, nil, 0, "(none)"},
		{[][]string{{"In 480 BC Xerxes gathered his men at Sardis.", "In 480 BC the army marched to Abydos."}}, nil, 1, "(none)"},
		{[][]string{{"Russian Revolution"}, {"In 1917 Germany took Riga."}, {"In 1917 the army mutinied."}}, []int{0}, 2, "(none)"},
		{[][]string{{"In 1917 Germany took Riga."}, {"In 1917 the army mutinied."}}, nil, 1, "(none)"},
		{[][]string{{"In 1918 Germany was falling apart at home.", "In 1918 the army corps of Armenian volunteers held Erzurum."}}, nil, 1, "(none)"},
	} {
		text, es := linedDoc(t, v, c.lines, c.heads...)
		if got := sentActor(text, es, c.sent, "army"); got != c.want {
			t.Errorf("%q: army is %q, want %q", text, got, c.want)
		}
	}
}

// TestHomeForcesLinearInDocument: a long document of paragraphs that name
// no side, each with a bare "the army" and "the Cabinet", and a heading
// only at its start,
// resolves in time that grows with the document (sectionSides is one pass
// over the sentences, once per document), and every army and cabinet takes
// the heading's side, as no paragraph between names another.
func TestHomeForcesLinearInDocument(t *testing.T) {
	v := testVocab(t)
	var text string
	var es []Entity
	linearIn(t, "paragraphs of home forces", 150, func(n int) {
		lines := [][]string{{"Russian Revolution"}}
		for i := 0; i < n; i++ {
			lines = append(lines, []string{"In 1917 crowds filled the streets, and the army mutinied.", "In 1917 the Cabinet resigned."})
		}
		text, es = linedDoc(t, v, lines, 0)
	})
	n, m := 0, 0
	for _, e := range es {
		switch {
		case text[e.Start:e.End] == "army" && e.Actor == "RUS":
			n++
		case text[e.Start:e.End] == "Cabinet" && e.Actor == "RUS":
			m++
		}
	}
	if n != 600 || m != 600 {
		t.Fatalf("got %d armies and %d cabinets of Russia in 600 paragraphs, want 600 each", n, m)
	}
}

// TestBareBodies checks a state's body named by one capitalised word
// (topical.tsv's body rows): a state's before "'s", else the side its
// paragraph names, else its section heading's, with the row's sector; no
// one's before "of" or after it, where the paragraph names two sides or a
// person it does not place.
func TestBareBodies(t *testing.T) {
	v := testVocab(t)
	type bodyCase struct {
		lines      [][]string
		heads      []int
		sent       int
		form, want string
	}
	for _, c := range []bodyCase{
		// a history of the Iraq war, one of British politics, one of the
		// French Revolution
		{[][]string{{"In 2008 Iraq's Cabinet approved the agreement."}}, nil, 0, "Cabinet", "IRQ/GOV"},
		{[][]string{{"In 1990 Britain faced a crisis over taxes.", "In 1990 Parliament debated the poll tax."}}, nil, 1, "Parliament", "GBR/LEG"},
		{[][]string{{"France at war"}, {"In 1792 crowds stormed the Tuileries.", "In 1792 the Assembly suspended the King."}}, []int{0}, 2, "Assembly", "FRA/LEG"},
		// must not: two sides, a person it does not place, "of" before or
		// after it
		{[][]string{{"In 1990 Britain and France met.", "In 1990 Parliament debated the treaty."}}, nil, 1, "Parliament", "/"},
		{[][]string{{"In 1789 Mirabeau spoke for France.", "In 1789 the Assembly met at Versailles."}}, nil, 1, "Assembly", "/"},
		{[][]string{{"In 1936 Ethiopia appealed to the League.", "In 1936 the President of the Assembly introduced the Emperor."}}, nil, 1, "Assembly", "/"},
		{[][]string{{"In 1707 Britain was united.", "In 1707 the Assembly of Virginia met."}}, nil, 1, "Assembly", "/"},
	} {
		text, es := linedDoc(t, v, c.lines, c.heads...)
		if got := sentActor(text, es, c.sent, c.form); got != c.want {
			t.Errorf("%q: %s is %q, want %q", text, c.form, got, c.want)
		}
	}
}
