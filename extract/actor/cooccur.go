package actor

import (
	"slices"
	"strings"

	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/text"
)

// companions drops, from each entity's match, the entries whose note asks
// for a companion the document lacks or whose neighbours show another
// sense: "with:CODE", a name that is CODE's foe or twin in one story only
// ("the Union" is the United States' only in a history that names the
// Confederacy: in 1863 "the Union" of Britain and Ireland, the Latin
// Monetary Union of 1865 are no one's), and "notbefore:w|w", words after
// which the name is another thing ("the Union of South Africa", "the
// Union with Ireland", "the Union Jack"). Such a name after a capitalised
// word that is not the sentence's first is part of a longer name ("the
// Customs Union", "the Latin Monetary Union"). An entity left with no
// entry keeps its span and loses its actor.
func companions(doc string, ents []Entity) {
	var named map[string]bool
	var left map[*Match]*Match // a match that lost entries -> what is left (nil: none)
	for i := range ents {
		e := &ents[i]
		if e.Match == nil || !slices.ContainsFunc(e.Match.Entries, func(en *Entry) bool {
			return en.with != "" || en.notBefore != nil
		}) {
			continue
		}
		if named == nil {
			named = map[string]bool{}
			for _, x := range ents {
				if x.Match != nil {
					for _, en := range x.Match.Entries {
						if en.with == "" {
							named[en.Code] = true
						}
					}
				}
			}
		}
		off := func(en *Entry) bool {
			if w := en.with; w != "" && !named[w] {
				return true
			}
			if en.notBefore == nil || e.End > len(doc) || e.Start > len(doc) {
				return false
			}
			if ws := english.Words(doc[e.End:min(len(doc), e.End+40)], e.End); len(ws) > 0 && onlySpace(doc[e.End:ws[0].Start]) &&
				slices.ContainsFunc(en.notBefore, func(w string) bool { return strings.EqualFold(w, ws[0].Key) }) {
				return true
			}
			before := strings.TrimRight(doc[max(0, e.Start-40):e.Start], " ")
			if len(before) == len(doc[max(0, e.Start-40):e.Start]) {
				return false // no space before: a dash or quote joins it
			}
			k := strings.LastIndexAny(before, " \n\t(\"") + 1
			prev := before[k:]
			return prev != "" && english.StartsUpper(prev) && english.IsNameWord(prev) && !strings.EqualFold(prev, "the") && !sentenceFirst(before[:k])
		}
		if !slices.ContainsFunc(e.Match.Entries, off) {
			continue
		}
		m := *e.Match
		m.Entries = slices.DeleteFunc(slices.Clone(m.Entries), off)
		if left == nil {
			left = map[*Match]*Match{}
		}
		old := e.Match
		left[old] = &m
		e.Match = &m
		if len(m.Entries) == 0 {
			e.Match, left[old] = nil, nil
		}
		e.Actor, e.Sector = "", ""
	}
	// An agent that took its actor from such a name loses it with the
	// name: "the army of the League" in 1620 is the Catholic League's, not
	// the League of Nations' in a document that never names it.
	for i := range ents {
		e := &ents[i]
		if !e.Agent || e.source == nil || e.Actor == "" {
			continue
		}
		if m, ok := left[e.source]; ok && (m == nil || !slices.ContainsFunc(m.Entries, func(en *Entry) bool { return en.Code == e.Actor })) {
			e.Actor, e.source = "", m
		}
	}
}

// sentenceFirst reports text before a word that ends a sentence or is
// empty: the word is its sentence's first, capitalised for that.
func sentenceFirst(before string) bool {
	b := strings.TrimRight(before, " \n\t(\"")
	return b == "" || strings.HasSuffix(b, ".") || strings.HasSuffix(b, "!") || strings.HasSuffix(b, "?") || strings.HasSuffix(b, "\n")
}

// parliamentLines returns the lines (paragraphs) that name an
// international body with a parliament of its own: one with a form of the
// vocabulary, kind igo, whose name says Parliament or Parliamentary ("the
// European Union", whose rows hold "European Parliament"). There "the
// parliament" may be that body's, not the paragraph's one state's
// (topicStates).
func (v *Vocabulary) parliamentLines(sents []text.Sentence, ents []Entity) map[int]bool {
	var lines map[int]bool
	for i := range ents {
		e := &ents[i]
		if e.Match == nil || e.Sent >= len(sents) || e.Actor == "" {
			continue
		}
		if en := e.Match.Entry(""); en.Kind == "igo" && v.parliaments[en.Code] {
			if lines == nil {
				lines = map[int]bool{}
			}
			lines[sents[e.Sent].Line] = true
		}
	}
	return lines
}

// parliaments indexes, once at load, the international bodies one of
// whose igo forms names a parliament ("European Parliament", "Central
// American Parliament", "Parliamentary Assembly"), by code.
func (g *Gazetteer) parliaments() map[string]bool {
	out := map[string]bool{}
	for name, f := range g.all {
		if !strings.Contains(name, "Parliament") {
			continue
		}
		for _, en := range f.entries {
			if en.Kind == "igo" {
				out[en.Code] = true
			}
		}
	}
	return out
}
