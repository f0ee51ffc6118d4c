package event

import (
	"slices"
	"strings"

	"github.com/stratex/stratex/extract/english"
	"github.com/stratex/stratex/extract/event/lexicon"
	"github.com/stratex/stratex/extract/event/syntax"
)

// event reads the roles, date, money and assertion of the trigger at toks[i:i+n].
func (sv *Sentence) event(i, n int, tr *lexicon.Trigger, prior []Span) (Span, bool) {
	toks := sv.Toks
	ev := Span{Start: int(toks[i].Start), End: int(toks[i+n-1].End), Category: tr.Category, Subtype: tr.Subtype, Mutual: tr.Mutual, noun: tr.Noun}
	switch tr.Category {
	case "ASSAULT", "COERCE", "THREATEN":
		if sv.figurative(i, n) {
			return ev, false // "declared war on poverty", "defeated Brazil in the final"
		}
	}
	if !tr.Noun && actsOnAnother(tr) && sv.Count(i) {
		return ev, false // "95 US soldiers killed": a count, no act
	}
	rule := "event:verb"
	var src, tgt []string
	gerund := !tr.Noun && i > 0 && sv.Determiner(toks[i].Low) == false && sv.Determiner(toks[i-1].Low) && strings.HasSuffix(toks[i].Low, "ing")
	if tr.Noun || gerund {
		rule = "event:noun"
		if sv.patientOnly(i, n, tr) || tr.Noun && sv.nounCompound(i, n) {
			return ev, false
		}
		src, tgt = sv.nounRoles(i, n, tr)
		if sv.armedStrike(i, tr, src) {
			// "NATO began strikes", "the Soviet army began strikes": an
			// armed actor's strikes are attacks, no labour protest
			at := *tr
			at.Category, at.Subtype = "ASSAULT", "attack"
			tr = &at
			ev.Category, ev.Subtype = tr.Category, tr.Subtype
		}
		if tr.Patient && len(tgt) == 0 {
			// "the expulsion of the Jews by Spain": no party acted on is
			// named; the agent's own people are no target (X>X)
			return ev, false
		}
		if t := answerer(tr, src, tgt, prior); t != nil {
			tgt, rule = t, rule+"+answered"
		} else if tr.Category == "REQUEST" && len(tgt) == 0 && i+n < len(toks) && toks[i+n].Low == "that" {
			// "repeated its demand that Germany withdraw": the subject
			// of the clause the demand names is asked, as after the verb
			if vs := sv.VerbSlots(i, n, syntax.VerbWants{Object: true, ThatObject: true}); vs.ObjectCoord >= 0 {
				tgt = syntax.Remove(vs.Object, src)
			}
		}
		if len(src) == 0 && len(tgt) == 0 && tr.Mutual && sv.subjectPosition(i) {
			// "War broke out between Peru and Ecuador", "talks were held
			// between Egypt and Israel": the parties of a mutual act
			// follow the noun's own verb
			if btw := sv.predicateBetween(i + n); len(btw) >= 2 {
				src, rule = btw, rule+"+between"
			}
		}
		named, head := false, []string(nil)
		if len(src) == 0 && len(tgt) == 0 && tr.Mutual {
			named, head = sv.nounPhraseObject(i)
			// a capitalised event noun is a name ("going back to the War
			// of 1812", "fought the Battle of Jena"): its actors are its own
			named = named || english.IsUpperWord(toks[i].Text)
		}
		if len(head) > 0 && !sv.background(i) {
			// "France's entry into the war", "the Chinese intervention in
			// the war": the act of the head's actor
			src, rule = head, rule+"+head"
		}
		// (a noun with no side of its own in a frame's phrase, "for the
		// rest of the conflict", "the idea of a limited war", names no act
		// of the subject's; one with its target or a place it acts on right
		// after it, "an escalation of the bombing of Hanoi", still wants
		// its agent)
		// (a mutual noun that is neither the predicate nor a light verb's
		// object, "Ludendorff wrote on the fighting", "Westmoreland
		// outlined a plan to win the war", is a person's topic, no act of
		// his state's)
		if len(src) == 0 && !sv.background(i) && !sv.subjectPosition(i) && (len(tgt) > 0 || sv.placeAfter(i+n) || !sv.Framed(i)) && (len(tgt) == 0 && tr.Mutual && !named && !sv.SubjectCommanders(i) || sv.Predicate(i) || sv.afterLightVerb(i) || tr.Agent) {
			// "Israel and Lebanon renewed negotiations", "X declared a
			// ceasefire", "Israel launched an invasion of Lebanon",
			// "France became the main seller of weapons to Iraq"
			// (the object of a verb with a subject of its own that names
			// no actor, "and Grau recommended peace negotiations", "if
			// the rebel side violated the ceasefire", is not the act of a
			// subject further back)
			if subj, _ := sv.Subject(i, sv.Clause[i]); subj != nil && (!syntax.Overlap(subj, tgt) || sv.sameState(subj, tgt)) && !sv.nearerSubject(i, subj) && !sv.ownPredicate(i, n) {
				// "the opposition in Kenya held protests against the
				// government": people of a state acting on its own
				// government (X>X, made so below)
				src, rule = subj, rule+"+subject"
			}
		}
		if k := sv.resultOf(i); len(src) == 0 && k >= 0 {
			// "drove Canada to apply the statute, leading to a complete
			// embargo on naval equipment to Peru": a noun of the
			// result is the act of the main clause's agent
			if subj, skipped := sv.Subject(k, sv.Clause[k]); subj != nil && !syntax.Overlap(subj, tgt) {
				src, rule = subj, rule+"+result"
			} else if skipped != nil && !syntax.Overlap(skipped, tgt) {
				src, rule = skipped, rule+"+result"
			}
		}
		if len(src) == 0 && len(tgt) == 0 && len(prior) > 0 && sv.continuesPrior(i) {
			// "signing the pact in 1939, followed by an invasion in
			// 1941": the same parties go on.
			p := prior[len(prior)-1]
			src, tgt, rule = append([]string{}, p.Source...), append([]string{}, p.Target...), rule+"+followed"
		}
		if len(src) == 0 && len(tgt) < 2 {
			// An event noun with no agent: only the paragraph's topic can
			// say who acted ("credits to Peru arranged in 1974"); not
			// when its clause's subject is a leader's men the vocabulary
			// has no code for ("Denikin's cavalry ... went to the help
			// of Cossack units").
			if sv.possessorSubject(i) {
				if !sv.domesticSubject(i) {
					return ev, false
				}
			} else if s := sv.topicSource(tr, tgt); s != nil {
				src, rule = s, rule+"+topic"
			} else if s := sv.docSource(tr, tgt); s != nil && len(tgt) > 0 {
				src, rule = s, rule+"+topic"
			} else if !sv.domesticSubject(i) {
				return ev, false
			}
		}
		if strings.Contains(rule, "+subject") && sv.locative(i) {
			// "embarrassed France at a peace conference": a venue, not an act
			// of the subject's.
			return ev, false
		}
		if len(src) == 0 && len(tgt) >= 2 {
			src, tgt = tgt, nil // "the establishment of Sino-Pak relations": the pair acts together
		}
	} else {
		src, tgt = sv.verbRoles(i, n, tr)
		if len(tgt) == 0 && tr.Category == "REQUEST" {
			// "lent weight to Nasser's letters to Khrushchev, asking for
			// arms": a request that a participle makes goes to
			// the one the main clause sent to
			if t := sv.RecipientBefore(i); t != nil && !syntax.Overlap(t, src) {
				tgt = t
			} else if t != nil && syntax.Overlap(t, src) {
				// "Kuwait sent envoys to Washington requesting aid": the
				// participle right after the recipient is no act of the
				// recipient's; the one who sent asks
				if s := sv.senderOf(i); s != nil && !syntax.Overlap(s, t) {
					src, tgt = s, t
				} else {
					// "reported to the French garrison,
					// asking for water": the one who asks came to the
					// recipient; with no sender coded no one is named
					src = nil
				}
			}
		}
		bare, named := sv.bareSubject(i)
		// "the Allied forces had seized": a subject the vocabulary has no
		// code for is no one the paragraph named before; nor is the name
		// of a thing ("the Treaty of Paris was signed")
		named = named || len(src) == 0 && (sv.UncodedSubject(i) || sv.NamedSubject(i) || sv.uncodedAgent(i, n) || sv.possessorSubject(i))
		if len(src) == 0 && sv.frontPurpose(i) {
			// "In order to cut the rail line, the French
			// command sent its bombers over": the act of purpose is
			// the main clause's subject's, whom the paragraph's topic
			// does not tell; none when that subject has no code
			if s := sv.purposeSubject(); s != nil && !syntax.Overlap(s, tgt) {
				src, rule = s, rule+"+purpose"
			}
			named = true
		}
		// an infinitive or a present participle has the subject of the
		// verb that governs it, no event named before ("forced to
		// withdraw", "attacked from the hills, threatening to cut")
		nonFinite := sv.nonFinite(i)
		// a clause of its own after the event before it ("asked Moscow
		// for troops after the rebels attacked Herat") has a subject of
		// its own: no one, when it names no actor, and not that event's
		if len(prior) > 0 && sv.ownClauseAfter(i, prior[len(prior)-1]) {
			named = true
		}
		if len(src) == 0 && len(tgt) == 0 && len(prior) > 0 && !bare && !named && !nonFinite {
			// "all aid to Pakistan ... was cut off": the verb acts on the
			// event named before it.
			p := prior[len(prior)-1]
			src, tgt, rule = append([]string{}, p.Source...), append([]string{}, p.Target...), rule+"+subject-event"
		}
		if len(src) == 0 && len(tgt) == 0 && !bare && !named && !nonFinite {
			// "the detente was brought to an end": the relation an earlier
			// sentence reported.
			if p := sv.earlierEvent(i); p != nil {
				src, rule = syntax.AppendCodes(append([]string{}, p.Source...), p.Target...), rule+"+subject-event"
				if len(sv.seenNear(src)) < len(src) {
					// (a relation whose sides the section has not named
					// for sentences is another pair's)
					src, rule = nil, strings.TrimSuffix(rule, "+subject-event")
				}
			}
		}
		if len(src) == 0 && len(tgt) >= 2 && (tr.Mutual || tr.Category == "COOPERATE" || tr.Category == "SUPPORT" || tr.Category == "CONSULT") && !sv.Auxiliary(toks[max(i-1, 0)].Low) {
			// "begun by setting up the Franco-German Joint
			// Commission": the parties named act together.
			src, tgt, rule = tgt, nil, rule+"+parties"
		}
		if len(src) == 0 && len(tgt) > 0 && !named {
			// (a subject of its own that names someone the vocabulary
			// does not know, "and Savoy joined on the Spanish side",
			// is no one the paragraph named before; "the army" may be)
			if s := sv.topicSource(tr, tgt); s != nil {
				src, rule = s, rule+"+topic"
			} else if s := sv.docSource(tr, tgt); s != nil {
				src, rule = s, rule+"+topic"
			} else if s := sv.nearTaker(i, n, tr, tgt); s != nil {
				src, rule = s, rule+"+taker"
			}
		}
	}
	if len(tgt) == 0 && len(src) > 0 && !tr.Noun && !gerund && !tr.Mutual {
		if t := sv.actAnaphor(i, n, tr, src); t != nil {
			// "North Korea invaded South Korea. The invasion was condemned
			// by the United States": the act named again is the invader's
			tgt, rule = t, rule+"+anaphor"
		}
	}
	if len(tgt) == 0 && len(src) > 0 && tr.Category == "THREATEN" {
		// "threatened to strike unless Israel rescinded the annexation":
		// the threat is made to the subject of its condition
		if t := sv.conditionSubject(i + n); t != nil && !syntax.Overlap(t, src) {
			tgt, rule = t, rule+"+condition"
		}
	}
	if tr.Mediator {
		// "launched a mediation effort between the Emirates and Saudi
		// Arabia": the mediator acts on both parties.
		if btw := sv.BetweenAfter(i + n); len(btw) >= 2 {
			if subj, _ := sv.Subject(i, sv.Clause[i]); len(subj) > 0 && !syntax.Overlap(subj, btw) {
				src, tgt, rule = subj, btw, rule+"+mediator"
			}
		}
	}
	var motive []string // the actors a fronted phrase of motive names (motiveActors)
	if len(tgt) == 0 && len(src) > 0 && (tr.Category == "RETREAT" || tr.Category == "MOBILIZE") && !tr.Mutual {
		// "Fearing a clash with China, India withdrew its troops",
		// "France, fearing a war with Britain, withdrew from Fashoda": a
		// withdrawal or a deployment that names no other is done for
		// fear of, or to deter, the one its fronted phrase of motive
		// names; the sentence's own motive comes before a counterpart
		// carried from the text before it (topicTarget, docTarget)
		motive = syntax.Remove(sv.motiveActors(i), src)
	}
	owner, possessed := sv.possessedObject(i, n, tr, src)
	placeObj := false // the object is a place of another state, the act one on its ground (territory)
	if len(tgt) == 0 && len(src) > 0 && !tr.Mutual && sv.needsTarget(tr) && !aloneMobilized(tr) {
		if len(owner) > 0 {
			// "China protested after NATO bombed its embassy": a
			// thing's owner is the one an act of force on it acts on
			tgt, rule = owner, rule+"+owner"
		} else if t := sv.placeAgainst(i, n, tr, src); t != nil {
			// "launched a counteroffensive near Stalingrad against the
			// Germans": the side the act is against, past its place
			tgt, rule = t, rule+"+against"
		} else if t, at := sv.placeState(i, n, tr); t != "" && !slices.Contains(src, t) && (!possessed || sv.movedTo(at)) && !sv.titledObject(i+n, at) {
			// (past a possessed object only a place it is moved to:
			// "deployed its troops to Crimea", not "its embassy in
			// Belgrade")
			tgt, rule = []string{t}, rule+"+place"
			placeObj = sv.territory(tr) && sv.placeObject(i+n, at)
		} else if len(motive) > 0 {
			tgt, rule = motive, rule+"+motive"
		} else if t := sv.topicTarget(tr, src); t != nil {
			tgt, rule = t, rule+"+topic"
		} else if t := sv.docTarget(tr, src, !strings.HasPrefix(rule, "event:noun")); t != nil && (strings.HasPrefix(rule, "event:noun") || !conflict(tr.Category) || sv.namedNear(t)) {
			// (a verb of conflict whose object is a thing or a place,
			// "attacked transport hubs", said what it acted on; an old
			// counterpart the text has not named again is a guess)
			tgt, rule = t, rule+"+topic"
		} else if t, _ := sv.Place(i + n); t != "" && len(src) == 1 && src[0] == t && tr.Category != "AID" && tr.Category != "CONSULT" {
			// "Bosnian Serbs demanded a truce with Moslem forces in east
			// Bosnia": an act on others in the source's own state (the
			// rule says +domestic below)
			tgt, rule = []string{t}, rule+"+place"
		}
	}
	if len(tgt) == 0 && len(motive) > 0 {
		tgt, rule = motive, rule+"+motive" // (a withdrawal, which needs no target)
	}
	if len(src) == 0 && len(tgt) == 0 && sv.domesticSubject(i) {
		// "Islamic fundamentalists continued their hunger strike to
		// demand the resignation of Algerian President X": with no actor
		// of its own, the act is in the one state the sentence names
		if st := sv.onlyState(i); st != "" {
			tgt = []string{st}
		}
	}
	if _, acc := sv.alleged(i); acc != nil {
		// "accused the Russians of attacking Lithuania": the accused is
		// said to have acted, not the accuser
		if tr.Inverse {
			// "accused Iran of buying missiles (from Russia)": the accused
			// received; the source is only the seller named after "from"
			if len(src) == 0 {
				return ev, false
			}
			tgt, rule = acc, rule+"+accused"
		} else {
			src, tgt, rule = acc, syntax.Remove(tgt, acc), rule+"+accused"
		}
	}
	if len(src) == 0 && len(tgt) == 0 {
		return ev, false
	}
	if len(src) == 0 && len(tgt) == 1 && sv.actors.IsState(tgt[0]) && (sv.unknownLeader(i) && (sv.lex.Home[tr.Subtype] || sv.domesticActor(i, n)) || sv.domesticSubject(i)) && !sv.giverObject(i+n, tgt) {
		// "President Asante has banned Ghanaian opposition newspapers":
		// a head of state the vocabulary does not know, acting on his own
		// state's people (a domestic noun, domestic.txt) or doing an act
		// done at home (homeacts.txt); not on a state or a people itself
		// ("President Kruger attacked the British" is no act of the
		// British on themselves: with no source it is no event); "Islamic fundamentalists ... demand the
		// resignation of Algerian President X": people of a state (a
		// domestic noun with no state of its own) acting on it. Until
		// the actor stage gives such nouns their state and sector
		// (entity sector), the target's state is theirs.
		src, rule = append([]string{}, tgt...), rule+"+domestic"
	}
	if len(src) == 0 {
		// PLOVER codes no event without a source: "the leader was killed",
		// "visits in four districts of Malawi"
		return ev, false
	}
	// (a dictionary verb of force only: "the attack was halted by the
	// Greek army" is no ceasefire of the Greeks'; and a taking in the
	// passive with no agent whose taker the act before names, nearTaker)
	anaphor := rule == "event:verb+anaphor" && force(tr.Category) || rule == "event:verb+taker"
	if tr.Dict && (rule != "event:verb" && !anaphor && !placeObj || len(tgt) == 0 && !(tr.Mutual && len(src) >= 2) || sv.controls(i+n) ||
		!tr.Slotted() && len(tgt) > 0 && !anaphor && !placeObj && !sv.directObject(i+n) && !sv.phraseObject(i, n) && !((force(tr.Category) || backing(tr.Category) && sv.setOffPassive(i) && !sv.listAgent(i+n) || sv.AuxBefore(i) >= 0) && !syntax.Overlap(src, tgt) && sv.passiveAgent(i, n))) {
		// A dictionary verb names an event only between the actors its
		// own clause gives: its subject and its object ("Iraq shelled
		// Kuwait"), or partners acting together; one that takes an
		// infinitive ("decided to cooperate", "ordered the paper to
		// close") leaves the event to the verb after it; with no pattern
		// filled, its object actor must follow it directly ("issued a
		// declaration demanding that Turkey ..." is no act on Turkey),
		// or, in a passive, its agent: a force verb's in any form
		// ("Kuwait, invaded by Iraq"), a backing verb's set off
		// ("Greece, backed by Britain,"), another's only with an
		// auxiliary ("Canada was snubbed by Saudi Arabia"; "ships
		// provided by France" is a description); a place of another
		// state as the object of an act on territory is that state
		// ("Russia annexed Crimea", placeObject). An act its clause names
		// again stands for its agent ("The attack was repulsed by the
		// Greek army", actAnaphor), and so does the taker of a place an
		// attack just told was on ("Germany invaded the Soviet Union.
		// Kiev was captured in September", nearTaker).
		return ev, false
	}
	if len(tgt) > 0 && len(src) == 1 && (Cooperative(tr.Category) || tr.Category == "AID") && sv.opposedAfter(i+n, tgt) {
		// "assembled a coalition against Iraq", "formed an alliance to
		// coordinate their operations against the Soviet army": the one
		// it is against is no partner of a cooperative act; the act
		// readies force against it (PLOVER MOBILIZE). Partners who
		// form a pact together keep it ("Germany and Japan formed a
		// pact against the Comintern": SUPPORT, TestAllianceEnteredOrFormed)
		ev.Category, ev.Subtype, rule = "MOBILIZE", "mobilize", rule+"+against"
	}
	ev.Source, ev.Target, ev.Rule = nonNil(src), nonNil(syntax.Remove(tgt, src)), rule
	if len(tgt) > 0 && len(ev.Target) == 0 && tr.Abroad {
		// "Germany moved troops into the Rhineland": an act on another's
		// ground whose only target is the source's own ground is none.
		return ev, false
	}
	if len(tgt) > 0 && len(ev.Target) == 0 && len(src) == 1 && sv.actors.IsState(src[0]) && !tr.Mutual && !sv.ownForcesGiven(i, n, tr, src[0]) && !sv.ownActPassive(i) {
		// "Bosnian Serbs demanded a truce with Moslem forces in east
		// Bosnia": the object is named inside the source's own state.
		ev.Target, ev.Rule = []string{src[0]}, addRule(ev.Rule, "+domestic")
	}
	if len(ev.Target) == 0 && !possessed {
		// (an object that a possessive opens is the source's own, or its
		// owner's: no place nor the source's home is the target)
		switch tr.Category {
		case "CONCEDE", "PROTEST", "COERCE":
			// "reimposed blockades in the West Bank": the place names the
			// target; with no outside target these are domestic: a
			// government easing its own rule, people protesting at home,
			// police arresting
			if t := sv.PlaceTarget(i+n, ev.Source); t != "" {
				ev.Target, ev.Rule = []string{t}, ev.Rule+"+place"
			} else if !tr.Abroad && sv.lex.Home[tr.Subtype] && !(tr.Noun && sv.NounSlots(i, n).Possessed >= 0) {
				// an act on another's ground ("seized the peninsula")
				// with no other named is too little to code (below); so
				// is a noun's act on a possessor the sentence does not
				// name ("French raids on its ports", otherBefore);
				// only an act done at home (homeacts.txt: an arrest, a
				// protest) is one on the source itself: a blockade or
				// the lifting of an embargo acts on another the sentence
				// does not name ("Turkey blockaded the port")
				ev.Target = append([]string{}, ev.Source...)
			}
		case "REQUEST", "REJECT", "ACCUSE", "THREATEN", "ASSAULT", "SANCTION", "MOBILIZE":
			// "opposition parties in Malawi are demanding...": a group
			// inside a state that names no outside target acts at home
			if len(ev.Source) == 1 && sv.actors.IsState(ev.Source[0]) && sv.domesticActorOf(i, n, ev.Source[0]) {
				ev.Target = append([]string{}, ev.Source...)
				ev.Rule = addRule(ev.Rule, "+domestic")
			}
		}
	}
	if len(ev.Target) == 0 && len(ev.Source) == 1 && ownSideAct(ev.Category) && (sv.SubjectCommanders(i) || tr.Noun && tr.Category == "REQUEST" && sv.personPossessor(i)) {
		// "Rommel requested leave from Hitler", "Joffre took on
		// a guiding role", "Moltke and Roon agreed that
		// the siege would be long", "his request for more troops": a
		// commander's or a minister's request, agreement or cooperation
		// that names no other party is done within his own side
		return ev, false
	}
	ev.Via = syntax.Remove(syntax.Remove(sv.MeansAfter(i+n), ev.Source), ev.Target)
	if len(ev.Target) == 0 && len(ev.Source) < 2 && actsOnAnother(tr) && !tr.Alone {
		// an act on another with no other named ("an abrupt pause in the
		// naval orders"): too little to code; a pair acting together
		// ("the close of the Franco-Italian entente") needs none. Its
		// channel still pairs with its source (Via; see eventsOf).
		return ev, false
	}
	ev.Date, ev.DateAt = sv.dateFor(i, n, tr)
	ev.Money = sv.moneyFor(i)
	as := sv.assert(i, n)
	if as.ended {
		return ev, false
	}
	ev.Mode, ev.Intent, ev.Reported = as.mode, as.intent && as.mode == "", as.reported
	if as.until > 0 {
		// "did not withdraw from Sinai until 1982": done then
		x := sv.Timex[as.until-1]
		ev.Date, ev.DateAt = x.Value, [2]int{x.Start, x.End}
	}
	if ev.Mode == ModeNegated && sv.boundDate(ev.DateAt) {
		// "Brazil has not fought an interstate war since 1870": a
		// negation over a time a clause preposition bounds dates no act
		ev.Date, ev.DateAt = "", [2]int{}
	}
	ev.subord = sv.subordinate(i)
	ev.light = tr.Noun && sv.afterLightVerb(i)
	if ev.Intent {
		// PLOVER codes an announced act by its announcement: promised
		// cooperation or concession is agreement, announced force or
		// sanction is a threat.
		if tr.Pledge && !sv.hostileAfter(i+n) {
			// a row whose stated intent is an offer of aid ("said it
			// would send warships to Kuwait"), whatever its category;
			// sent against someone or to force a passage it is none
			ev.Category = "AGREE"
		} else if tr.Pledge && ev.Category == "MOBILIZE" {
			// a stated send of force against someone is a threat ("said
			// it would send the fleet to close the North Sea to Germany")
			ev.Category = "THREATEN"
		}
		switch ev.Category {
		case "CONSULT", "COOPERATE", "AID", "SUPPORT", "CONCEDE", "RETREAT":
			ev.Category = "AGREE"
		case "SANCTION", "COERCE", "ASSAULT":
			ev.Category = "THREATEN"
		}
	}
	ev.pair = sv.pairSide(ev.Source, ev.Target)
	return ev, true
}

// giverObject reports an object right after the verb ending at toks[from]
// (past a determiner) that is a people's word or a state's name, tgt,
// modifying a noun of giving or backing (a trigger noun of AID or
// SUPPORT) within three words: "requested American military assistance",
// "sought Soviet support". The people named are who would give, not a
// state whose own people ask it: no act at home (+domestic).
func (sv *Sentence) giverObject(from int, tgt []string) bool {
	toks := sv.Toks
	k := from
	if k < len(toks) && sv.Determiner(toks[k].Low) {
		k++
	}
	if k >= len(toks) || sv.ActorAt[k] < 0 || !slices.Equal(sv.Groups[sv.ActorAt[k]].Codes, tgt) {
		return false
	}
	g := sv.ActorAt[k]
	for k < len(toks) && sv.ActorAt[k] == g {
		k++
	}
	for j := k; j < len(toks) && j <= k+3 && toks[j].Kind == english.Alpha && sv.ActorAt[j] < 0; j++ {
		if tr, _ := sv.triggerAt(j); tr != nil {
			return backing(tr.Category)
		}
		if sv.Preposition(toks[j].Low) || sv.ClauseWord(toks[j].Low) {
			return false
		}
	}
	return false
}

// personPossessor reports a person's possessive pronoun right before the
// event noun at toks[i], past lower-case modifiers ("his request", "her
// urgent appeal"): one man's or woman's act.
func (sv *Sentence) personPossessor(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := sv.Toks[k].Low
		if sv.Pronoun(w) == "possessive" {
			return sv.PersonPronoun(w)
		}
		if sv.Toks[k].Kind != english.Alpha || english.IsUpperWord(sv.Toks[k].Text) || sv.Preposition(w) || sv.Determiner(w) || sv.ClauseWord(w) {
			return false
		}
	}
	return false
}

// ownActPassive reports a passive verb at toks[i] whose subject is an
// actor's own act, the actor right before an event noun ("The Greek
// offensive was reinforced by Papagos's arrival", "the Finnish
// counterattack had been joined by Siilasvuo's division"): an agent of the
// same state acts on its own side's act, on no one at home.
func (sv *Sentence) ownActPassive(i int) bool {
	c := sv.SubjectCoord(i)
	if c < 0 || !sv.Passive(i) {
		return false
	}
	k := sv.Coords[c].Last + 1
	if k < len(sv.Toks) && sv.Toks[k].Text == "-" {
		k++ // "counter-offensive" is read from its first part on
	}
	if k >= i {
		return false
	}
	// (not an act against the state by its people, "the Syrian uprising
	// was crushed by Syrian troops", "Serbian protests")
	tr, _ := sv.triggerAt(sv.Coords[c].Last + 1)
	return tr != nil && tr.Noun && tr.Category != "PROTEST" && !sv.lex.SubtypeDoes(tr.Subtype, "uprising")
}

// ownSideAct reports the categories of an act that a person with no other
// party named does within his own side: a request, an agreement, a
// cooperation.
func ownSideAct(cat string) bool {
	return cat == "REQUEST" || cat == "AGREE" || cat == "COOPERATE"
}

// senderOf returns the subject of the verb that sent something to the
// recipient right before the participle at toks[i] ("Kuwait sent envoys
// to Washington requesting aid": Kuwait): back from the recipient's "to"
// over the thing sent (lower-case words and determiners, at most four) to
// a verb form, whose subject it is; nil for none.
func (sv *Sentence) senderOf(i int) []string {
	k := i - 1
	if k >= 0 && sv.Toks[k].Low == "," {
		k--
	}
	c := sv.CoordAt[k]
	if c < 0 {
		return nil
	}
	p := sv.Coords[c].First - 1
	for p >= 0 && sv.Determiner(sv.Toks[p].Low) {
		p--
	}
	if p < 1 || sv.Toks[p].Low != "to" {
		return nil
	}
	for v := p - 1; v >= 0 && v >= p-5; v-- {
		t := sv.Toks[v]
		if sv.Verb != nil && sv.Verb(v) || sv.PastTense(t.Low) || syntax.VerbLike(t.Low) {
			subj, _ := sv.Subject(v, sv.Clause[v])
			return subj
		}
		if t.Kind != english.Alpha || english.IsUpperWord(t.Text) || sv.Preposition(t.Low) || sv.ClauseWord(t.Low) || sv.ActorAt[v] >= 0 {
			return nil
		}
	}
	return nil
}

// answerer returns the one a request noun with a source and no target
// was made to: the source of the act right before it in the sentence, a
// refusal or a concession whose target is the noun's source ("Britain
// accepted Germany's demands", "Moscow rejected Kabul's request for
// troops": Britain, Moscow were asked); nil for none. (One who echoes or
// backs a demand, "Italy supported Germany's demands", is not asked.)
func answerer(tr *lexicon.Trigger, src, tgt []string, prior []Span) []string {
	if tr.Category != "REQUEST" || len(src) == 0 || len(tgt) > 0 || len(prior) == 0 {
		return nil
	}
	p := prior[len(prior)-1]
	if p.Category != "REJECT" && p.Category != "CONCEDE" || !slices.Equal(p.Target, src) || syntax.Overlap(p.Source, src) {
		return nil
	}
	return append([]string{}, p.Source...)
}

// hostileAfter reports a word of the hostile list (lexicon's Hostile:
// "against", "to blockade") in the words from toks[from] up to a comma,
// a semicolon or a new clause, within fifteen tokens, with no word of
// the help list (HelpSend: "to protect") before it: a stated send that
// goes against someone is no pledge of aid ("said it would send a fleet
// to the Dardanelles to force the straits against Turkey"); one to
// protect a place against another is ("would send warships to Kuwait to
// protect it against Iraq").
func (sv *Sentence) hostileAfter(from int) bool {
	toks := sv.Toks
	in := func(s lexicon.Set, k int) bool {
		return s[toks[k].Low] || (k > from && s[toks[k-1].Low+" "+toks[k].Low])
	}
	for k := from; k < len(toks) && k < from+15; k++ {
		if w := toks[k].Low; w == "," || w == ";" || sv.newClause(k) {
			return false
		}
		if in(sv.lex.HelpSend, k) {
			return false
		}
		if in(sv.lex.Hostile, k) {
			return true
		}
	}
	return false
}

// bareSubject reports a verb at toks[i] whose own subject is a noun
// phrase that names neither an actor nor an act ("and Savoy joined on
// the Spanish side", "the rebel columns, which were forced to retreat"):
// no actor or event of another clause is its source. A subject that names
// an act ("the aid was cut off") may be an earlier event's. named: the
// phrase has a name in it ("Prussia", "Criniti's force"), someone the
// vocabulary does not know rather than one the paragraph named before.
func (sv *Sentence) bareSubject(i int) (bare, named bool) {
	from, to, ok := sv.NoActorSubject(i)
	if !ok {
		return false, false
	}
	for k := from; k < to; k++ {
		if tr, _ := sv.triggerAt(k); tr != nil {
			return false, false
		}
		named = named || english.IsUpperWord(sv.Toks[k].Text) && !(k == 0 && sv.Determiner(sv.Toks[k].Low))
	}
	return true, named
}

// agentName reports a capitalised word at toks[k] inside a name that
// has no actor code and names no place and no thing: a person, a unit, a
// party the vocabulary does not know ("Denikin", "the Bolsheviks").
func (sv *Sentence) agentName(k int) bool {
	t := sv.Toks[k]
	return sv.InEnt[k] && sv.ActorAt[k] < 0 && sv.PlaceAt[k] == "" && !sv.Named[k] && t.Kind == english.Alpha && english.IsUpperWord(t.Text)
}

// uncodedAgent reports a passive verb trigger at toks[i:i+n] whose agent,
// the "by" phrase right after it (past at most one adverb), is a name
// with no actor code ("were attacked by the Bolsheviks", "defeated by
// Garibaldi's army"): someone acted whom the vocabulary does not know, not
// someone the paragraph named before.
func (sv *Sentence) uncodedAgent(i, n int) bool {
	toks := sv.Toks
	k := i + n
	if k < len(toks) && len(toks[k].Low) > 3 && strings.HasSuffix(toks[k].Low, "ly") {
		k++
	}
	if k >= len(toks) || toks[k].Low != "by" || sv.Clause[k] != sv.Clause[i] {
		return false
	}
	if vs := sv.VerbSlots(i, n, syntax.VerbWants{}); !vs.Passive || vs.By != nil {
		return false
	}
	k++
	for k < len(toks) && sv.Determiner(toks[k].Low) {
		k++
	}
	return k < len(toks) && sv.Clause[k] == sv.Clause[i] && sv.agentName(k)
}

// possessorSubject reports a subject of the trigger at toks[i], in its
// clause, that is the men of one the vocabulary has no code for: a name
// with no actor code and a possessive "'s" ("Garibaldi and Bixio's men
// landed and seized", "Denikin's cavalry ... tried to go to
// the help of"). The name opens the clause or follows only a date's
// comma; an actor nearer the trigger, a pronoun subject or a preposition
// before the name ("the help of Denikin's cavalry") make it no subject.
func (sv *Sentence) possessorSubject(i int) bool {
	toks := sv.Toks
	cl := sv.Clause[i]
	for k := i - 1; k >= 1 && sv.Clause[k] == cl; k-- {
		if sv.CoordAt[k] >= 0 || sv.Pronoun(toks[k].Low) == "subject" {
			return false
		}
		// (the tokenizer may split "'s" into "'" and "s")
		p := k - 1
		if toks[k].Low == "s" && toks[p].Low == "'" {
			p--
		} else if toks[k].Low != "'s" {
			continue
		}
		if p < 0 || !sv.agentName(p) {
			continue
		}
		j := p
		for j > 0 && sv.Clause[j-1] == cl && (sv.agentName(j-1) || sv.Determiner(toks[j-1].Low) || toks[j-1].Low == "and") {
			j--
		}
		return j == 0 || sv.Clause[j-1] != cl || toks[j-1].Low == ","
	}
	return false
}

// directObject reports an actor right after a verb that ends at token
// from, past at most two determiners, numbers or modifiers ("shelled the
// Saudi tankers", "attacked Kuwait", "released 30 UN peacekeepers").
func (sv *Sentence) directObject(from int) bool {
	toks := sv.Toks
	for k := from; k < len(toks) && k < from+3; k++ {
		if sv.CoordAt[k] >= 0 {
			return true
		}
		if !(sv.Determiner(toks[k].Low) || toks[k].Kind == english.Num || toks[k].Kind == english.Alpha && !english.IsUpperWord(toks[k].Text) && !sv.Preposition(toks[k].Low) && !sv.ClauseWord(toks[k].Low) && toks[k].Low != "that") {
			return false
		}
	}
	return false
}

// phraseObject reports a dictionary phrase that holds its own object
// ("wage war", "open fire") with its target right after one preposition:
// "waged war on Ukraine", "opened fire on the convoy of Kenya".
func (sv *Sentence) phraseObject(i, n int) bool {
	k := i + n
	return n > 1 && k+1 < len(sv.Toks) && sv.Preposition(sv.Toks[k].Low) && sv.directObject(k+1)
}

// conditionSubject returns the actors that open a conditional clause after
// token from ("unless Israel rescinded", "if Iraq does not withdraw"), nil
// for none.
func (sv *Sentence) conditionSubject(from int) []string {
	toks := sv.Toks
	for k := from; k+1 < len(toks) && k < from+20; k++ {
		if sv.lex.Modality(toks[k].Low) != "conditional" {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+3; j++ {
			if c := sv.CoordAt[j]; c >= 0 {
				return sv.Coords[c].Codes(sv.Groups)
			}
		}
		return nil
	}
	return nil
}

// resultOf returns the participle of result (result.txt: "resulting in",
// "leading to") whose phrase holds the event noun at i, -1 for none:
// "resulting in a total ban".
func (sv *Sentence) resultOf(i int) int {
	for k := i - 1; k > 0 && k >= i-5; k-- {
		w := sv.Toks[k].Low
		if (w == "in" || w == "to") && sv.lex.Result[sv.Toks[k-1].Low] {
			return k - 1
		}
		if w == "and" {
			// "leading to a pause in the orders and a complete embargo": the
			// event noun coordinated before it
			for j := k - 1; j >= 0 && j >= k-10; j-- {
				if sv.ActorAt[j] >= 0 || sv.Toks[j].Low == "," || syntax.VerbLike(sv.Toks[j].Low) {
					return -1
				}
				if tr, _ := sv.triggerAt(j); tr != nil && (tr.Noun || sv.nounUse(j)) {
					if r := sv.resultOf(j); r >= 0 {
						return r
					}
				}
			}
			return -1
		}
		if sv.ActorAt[k] >= 0 || sv.Toks[k].Kind != english.Alpha || sv.Preposition(w) || syntax.VerbLike(w) {
			return -1
		}
	}
	return -1
}

// controls reports an infinitive right after a verb that ends at token
// from, or after its object: "decided to cooperate", "ordered the
// newspaper to suspend publication".
func (sv *Sentence) controls(from int) bool {
	toks := sv.Toks
	for k := from; k < len(toks) && k < from+5; k++ {
		if toks[k].Low == "to" && k+1 < len(toks) && toks[k+1].Kind == english.Alpha && !sv.Determiner(toks[k+1].Low) && sv.ActorAt[k+1] < 0 {
			return true
		}
		if toks[k].Kind != english.Alpha || sv.Preposition(toks[k].Low) || sv.ClauseWord(toks[k].Low) {
			return false
		}
	}
	return false
}

// unknownLeader reports a head of state or government the vocabulary does
// not know as the subject of the trigger at i: "President Kwabena Asante
// has banned...".
func (sv *Sentence) unknownLeader(i int) bool {
	cl := sv.Clause[i]
	for k := i - 1; k >= 0 && sv.Clause[k] == cl; k-- {
		if sv.ActorAt[k] >= 0 || sv.Preposition(sv.Toks[k].Low) {
			return false
		}
		t := sv.Toks[k]
		if sv.lex.HeadTitleAt(sv.Toks, k) > 0 && english.IsUpperWord(t.Text) &&
			k+1 < len(sv.Toks) && english.IsUpperWord(sv.Toks[k+1].Text) {
			return true
		}
	}
	return false
}

// sameState reports a subject and a target that are one and the same
// state named by two phrases: "the opposition in Kenya" and "the
// government", an act inside that state.
func (sv *Sentence) sameState(subj, tgt []string) bool {
	return len(subj) == 1 && len(tgt) == 1 && subj[0] == tgt[0] && sv.actors.IsState(subj[0])
}

// venue reports a coordination that a locative preposition ("in", "at")
// governs: the place of an act, no party to it.
func (sv *Sentence) venue(c int) bool {
	if c < 0 {
		return false
	}
	for p := sv.Coords[c].First - 1; p >= 0; p-- {
		if w := sv.Toks[p].Low; !sv.Determiner(w) {
			return w == "in" || w == "at"
		}
	}
	return false
}

// Cooperative reports a PLOVER category of acts between partners, who act
// with each other rather than on each other: agreeing, meeting,
// supporting, cooperating. The pair stage reads it too.
func Cooperative(category string) bool {
	switch category {
	case "AGREE", "CONSULT", "SUPPORT", "COOPERATE":
		return true
	}
	return false
}

// addRule appends part to a rule unless it holds it already.
func addRule(rule, part string) string {
	if strings.Contains(rule, part) {
		return rule
	}
	return rule + part
}

// onlyState returns the one state the sentence's actors name, "" for
// none or several; not one in a clause before the trigger at toks[i]'s
// own, nor one a verb separates from it ("a French ministry study showed that rebel raids had reached
// 40 a month": the study's state is not the rebels').
func (sv *Sentence) onlyState(i int) string {
	st, near := "", false
	for _, g := range sv.Groups {
		far := g.Last < i && (sv.Clause[g.Last] != sv.Clause[i] || sv.verbBetween(g.Last+1, i))
		for _, c := range g.Codes {
			if !sv.actors.IsState(c) {
				continue
			}
			if st != "" && st != c {
				return ""
			}
			st, near = c, near || !far
		}
	}
	if !near {
		return ""
	}
	return st
}

// domesticSubject reports a domestic noun ("protesters", "rebels",
// "fundamentalists") before the trigger at i in its clause, with no actor
// between: the subject names people, not a state.
//
// A passive makes that noun the one acted on, no agent: "civilians were
// killed", "hundreds of police were killed by a series of bombings"
// (the trigger in the passive's "by" phrase) are nobody's act at home;
// "were killed by National Guardsmen", an agent named, or "by rebels", a
// domestic agent, still are.
func (sv *Sentence) domesticSubject(i int) bool {
	cl := sv.Clause[i]
	if sv.Passive(i) && !sv.domesticAgent(i) {
		return false
	}
	by, other := false, false
	for k := i - 1; k >= 0 && sv.Clause[k] == cl; k-- {
		if sv.ActorAt[k] >= 0 && sv.Groups[sv.ActorAt[k]].Label != "NORP" {
			return false
		}
		if sv.lex.Domestic[sv.Toks[k].Low] {
			return true
		}
		if w := sv.Toks[k].Low; w == "by" {
			by = !other
		} else if sv.Preposition(w) && w != "of" {
			other = true // "killed by Guardsmen during a protest"
		} else if by && sv.Passive(k) {
			return false
		}
	}
	return false
}

// ownForcesGiven reports aid (AID) at toks[i:i+n] whose first actor after
// it, in its clause, with the code c, is that state's own army: "sent
// General Gordon and 5,000 British troops" moves one's own forces, it
// gives no one aid, at home or abroad.
func (sv *Sentence) ownForcesGiven(i, n int, tr *lexicon.Trigger, c string) bool {
	if tr.Category != "AID" {
		return false
	}
	for k := i + n; k < len(sv.Toks) && sv.Clause[k] == sv.Clause[i]; k++ {
		if g := sv.ActorAt[k]; g >= 0 && syntax.Overlap(sv.Groups[g].Codes, []string{c}) {
			return sv.Groups[g].Sector == "MIL"
		}
	}
	return false
}

// commaBetween reports a comma among toks[from:to].
func (sv *Sentence) commaBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if sv.Toks[k].Low == "," {
			return true
		}
	}
	return false
}

// verbBetween reports a verb among toks[from:to].
func (sv *Sentence) verbBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if sv.Verb != nil && sv.Verb(k) {
			return true
		}
	}
	return false
}

// domesticAgent reports a passive's "by" phrase right after the verb at
// toks[i] (past at most one adverb) that names a domestic noun or a name
// with no actor code ("by rebels", "by National Guardsmen").
func (sv *Sentence) domesticAgent(i int) bool {
	toks := sv.Toks
	k := i + 1
	if k < len(toks) && len(toks[k].Low) > 3 && strings.HasSuffix(toks[k].Low, "ly") {
		k++
	}
	if k >= len(toks) || toks[k].Low != "by" || sv.Clause[k] != sv.Clause[i] {
		return false
	}
	for k++; k < len(toks) && k <= i+6 && sv.Clause[k] == sv.Clause[i]; k++ {
		if sv.lex.Domestic[toks[k].Low] || sv.agentName(k) {
			return true
		}
		if sv.ActorAt[k] >= 0 || toks[k].Kind != english.Alpha {
			return false
		}
	}
	return false
}

// domesticActor reports a noun naming actors inside a state (opposition,
// rebels, students, police...) as the subject or the object of the trigger
// at toks[i:i+n], in its clause.
func (sv *Sentence) domesticActor(i, n int) bool {
	cl := sv.Clause[i]
	for k := i - 1; k >= 0 && sv.Clause[k] == cl; k-- {
		if sv.lex.Domestic[sv.Toks[k].Low] && (!sv.Paren[k] || sv.Paren[i]) {
			// (not in an aside: "(mainly driven by Hearst Newspapers)")
			return true
		}
	}
	for k := i + n; k < len(sv.Toks) && k < i+n+6 && sv.Clause[k] == cl; k++ {
		if sv.lex.Domestic[sv.Toks[k].Low] && (!sv.Paren[k] || sv.Paren[i]) {
			return true
		}
		if sv.ActorAt[k] >= 0 && sv.Groups[sv.ActorAt[k]].Label != "NORP" {
			return false
		}
	}
	return false
}

// domesticActorOf reports a domestic noun (domesticActor) that is a
// group of the state c, in a clause that names no other state: one before
// the trigger at toks[i:i+n] ("opposition parties in Malawi are
// demanding"), or one after it that an actor of c's names ("arrested
// Iraqi students", "detained students in Iraq"). "Killed civilians"
// names no one's people; "dockers in Belgium and Holland declined
// ... to Spain" are not Spain's.
func (sv *Sentence) domesticActorOf(i, n int, c string) bool {
	if !sv.domesticActor(i, n) {
		return false
	}
	cl := sv.Clause[i]
	for _, g := range sv.Groups {
		if sv.Clause[g.First] != cl || g.Last < i && sv.commaBetween(g.Last+1, i) {
			// (not one in an aside before the trigger: "the Afghan
			// resistance movement, assisted by the United States,
			// fought on")
			continue
		}
		for _, x := range g.Codes {
			if x != c && sv.actors.IsState(x) {
				return false
			}
		}
	}
	for k := i - 1; k >= 0 && sv.Clause[k] == cl; k-- {
		if sv.lex.Domestic[sv.Toks[k].Low] && (!sv.Paren[k] || sv.Paren[i]) {
			return true
		}
	}
	for k := i + n; k < len(sv.Toks) && k < i+n+10 && sv.Clause[k] == cl; k++ {
		if g := sv.ActorAt[k]; g >= 0 && syntax.Overlap(sv.Groups[g].Codes, []string{c}) {
			return true
		}
	}
	for k := i - 1; k >= 0 && sv.Clause[k] == cl; k-- {
		if g := sv.ActorAt[k]; g >= 0 && syntax.Overlap(sv.Groups[g].Codes, []string{c}) {
			// "the Nigerian government executed nine activists": a
			// government, its police or courts act at home; an army
			// ("a U.S. Army platoon ... killed civilians") may be abroad
			return sv.Groups[g].Sector != "MIL"
		}
	}
	return false
}

// afterLightVerb reports a light verb at most four words before token i, in
// its clause, with only determiners, numbers and modifiers between. A
// light verb of two words is a verb and its particle ("put up a fierce
// resistance"), the particle the word before the modifiers, or a verb
// light only before the noun at i, listed with it ("offered resistance":
// "Greece offered stubborn resistance to the Italian army"; "offered aid"
// is an offer).
func (sv *Sentence) afterLightVerb(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5 && sv.Clause[k] == sv.Clause[i]; k-- {
		w := sv.Toks[k].Low
		if sv.lex.Light[w] || k > 0 && sv.lex.Light[sv.Toks[k-1].Low+" "+w] || sv.lex.Light[w+" "+sv.Toks[i].Low] {
			return true
		}
		if sv.Preposition(w) && w != "of" && !sv.quantifier(k, i) || sv.ActorAt[k] >= 0 || w == "," || w == "and" {
			return false
		}
	}
	return false
}

// quantifier reports a preposition at toks[k] before a number that counts
// the event noun at toks[i] ("carried out more than 200 airstrikes",
// "conducted over 100 air strikes", "about 50 raids"): part of the noun's
// phrase, no preposition of the clause; a date is no count.
func (sv *Sentence) quantifier(k, i int) bool {
	return k+1 < i && sv.Toks[k+1].Kind == english.Num && !sv.InTimex(k+1)
}

// nounPhraseObject reports an event noun, with only determiners and
// modifiers before it, that is the object of a preposition hanging on a
// noun phrase of its own, one opened by a determiner or a possessive: a
// thing named ("for the duration of the war", "a turning point in the
// war", "confront the president on the talks"), not the act of the
// clause's subject; or an actor's way out of it ("pulled Russia out of the
// war"). A preposition of purpose keeps it ("returned to Geneva this week
// for talks"), and so does one after a verb ("went to war") or after a
// bare noun ("despite hours of negotiations"). When an actor modifies
// that head ("France's entry into the war", "the Chinese intervention in
// the war"), head holds its codes: the act is that actor's.
func (sv *Sentence) nounPhraseObject(i int) (named bool, head []string) {
	toks := sv.Toks
	k := i - 1
	for ; k >= 0 && sv.Clause[k] == sv.Clause[i] && !sv.Preposition(toks[k].Low); k-- {
		if w := toks[k].Low; !sv.modifier(k) || k > 0 && toks[k-1].Low == "to" && !sv.Determiner(w) {
			return false, nil // "to win the war": an infinitive's object
		}
	}
	if k <= 0 || sv.Clause[k] != sv.Clause[i] || toks[k].Low == "for" {
		return false, nil
	}
	if toks[k-1].Low == "out" {
		return true, nil
	}
	// the head the preposition hangs on, back to its determiner
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		w := toks[j].Low
		if j < k-1 && sv.ActorAt[j] >= 0 {
			head = syntax.AppendCodes(head, sv.Groups[sv.ActorAt[j]].Codes...)
		}
		switch {
		case sv.Determiner(w) || w == "s" && j > 0 && toks[j-1].Low == "'":
			if j == k-1 {
				return false, nil
			}
			if w == "s" && j >= 2 && sv.ActorAt[j-2] >= 0 {
				head = syntax.AppendCodes(head, sv.Groups[sv.ActorAt[j-2]].Codes...) // "France's entry"
			}
			return true, head
		case sv.modifier(j) || toks[j].Text == "\"":
		case syntax.VerbLike(w) && j > 0 && !sv.IsTrigger(j) && sv.modifier(j-1) && (j < k-1 || strings.HasSuffix(w, "ed") && !sv.Determiner(toks[j-1].Low)):
			// a participle inside the head's phrase ("a turning point in
			// the war") or after its noun ("a key element linked
			// to the war")
		default:
			return false, nil
		}
	}
	return false, nil
}

// modifier reports a token that may stand inside a noun phrase before its
// head: a number, a hyphen, an apostrophe's part, or a word that is no
// conjunction, verb form, auxiliary, preposition, clause word or trigger.
func (sv *Sentence) modifier(k int) bool {
	t := sv.Toks[k]
	w := t.Low
	switch {
	case t.Kind == english.Num || w == "-" || w == "'" || w == "s" || sv.Determiner(w):
		return true
	case t.Kind != english.Alpha || w == "and" || w == "or" || syntax.VerbLike(w) || sv.Auxiliary(w) || sv.ClauseWord(w) || sv.Preposition(w) || sv.IsTrigger(k):
		return false
	}
	return true
}

// earlierEvent finds, for an event noun in the subject of the verb at i
// ("the detente was brought to an end"), the document's latest event of that
// subtype.
func (sv *Sentence) earlierEvent(i int) *Span {
	cl := sv.Clause[i]
	for k := i - 1; k >= 0 && sv.Clause[k] == cl; k-- {
		tr, _ := sv.triggerAt(k)
		if tr == nil || !tr.Noun {
			continue
		}
		if k == 0 || !sv.Determiner(sv.Toks[k-1].Low) {
			return nil
		}
		for j := len(sv.para.doc) - 1; j >= 0 && j >= len(sv.para.doc)-lookBack; j-- {
			if e := &sv.para.doc[j]; e.Subtype == tr.Subtype {
				return e
			}
		}
		return nil
	}
	return nil
}

// actAnaphor finds, for the verb at toks[i:i+n] with its agent src and no
// one it acts on, whom it acts on when its object, or its passive subject,
// is a bare definite event noun that names an act again ("North Korea
// invaded South Korea. The invasion was condemned by the United States",
// "Italy attacked Greece. The attack was repulsed by the Greek army",
// "Vietnam invaded Cambodia. China condemned the invasion."): the agent of
// the act, the source of the latest event of the noun's category and
// subtype, told as done, in this sentence or the one before (whatever its
// paragraph), not src. A
// noun with an actor or a phrase of its own ("the invasion of Kuwait",
// "the Iraqi invasion", "the invasion plan") names its own act, and a
// mutual one ("the war", "the talks") no one side.
func (sv *Sentence) actAnaphor(i, n int, verb *lexicon.Trigger, src []string) []string {
	h := sv.bareActNoun(i, n)
	if h < 0 {
		return nil
	}
	tr, _ := sv.triggerAt(h)
	if verb.Category == tr.Category && verb.HasObject(sv.Toks[h].Low) {
		// "Slovakia joined the invasion" takes part in it, "the army
		// resisted the attack" fights its agent: a verb whose row names
		// the act as its object may do either
		return nil
	}
	return latest(sv.lastSentence(), sv.prior, func(e *Span) []string {
		if e.Category == tr.Category && e.Subtype == tr.Subtype && e.Mode == "" && !e.Intent && len(e.Source) > 0 && !syntax.Overlap(e.Source, src) {
			return e.Source
		}
		return nil
	})
}

// nearTaker finds, for a verb of taking (COERCE: "captured", "taken",
// "annexed", "besieged"; or of invading, "was conquered") at toks[i:i+n] in a finite passive with no "by"
// after it, whose subject tgt names no one who acted, the source of an
// attack or a taking on tgt told as done in this sentence or the one
// before, whatever its paragraph: the agent stated nearby ("France
// invaded Russia. Smolensk was captured in August"). A place is taken only by its holder's enemy, so
// the attacker just named is the taker, with no count of the document's
// dyads (dominant) to back it; a place destroyed, bombed or burned
// ("Moscow was burned") may be so by its own side or by no one, and its
// verb is no taking.
func (sv *Sentence) nearTaker(i, n int, tr *lexicon.Trigger, tgt []string) []string {
	if tr.Category != "COERCE" && !sv.lex.SubtypeDoes(tr.Subtype, "taking") || len(tgt) == 0 || sv.AuxBefore(i) < 0 || sv.byAfter(i+n-1, sv.Clause[i]) >= 0 || !sv.VerbSlots(i, n, syntax.VerbWants{}).Passive {
		return nil
	}
	return latest(sv.lastSentence(), sv.prior, func(e *Span) []string {
		if force(e.Category) && e.Mode == "" && !e.Intent && len(e.Source) > 0 && syntax.Overlap(e.Target, tgt) && !syntax.Overlap(e.Source, tgt) {
			return e.Source
		}
		return nil
	})
}

// lastSentence returns the document's events of the sentence before this
// one (the tail of para.doc; whatever its paragraph): with sv.prior, this
// sentence's, all the events actAnaphor and nearTaker read.
func (sv *Sentence) lastSentence() []Span {
	k := len(sv.para.doc)
	for k > 0 && sv.para.doc[k-1].Sent >= sv.Index-1 {
		k--
	}
	return sv.para.doc[k:]
}

// bareActNoun returns the token of an event noun, no mutual one, right
// after a definite determiner, in the verb's own clause: the object
// right after the verb at toks[i:i+n] when no preposition of its own
// target, actor or noun follows it ("condemned the invasion."), or, for a
// passive, the subject right before its auxiliary with nothing before the
// determiner in its clause but words that name no actor ("The attack was
// repulsed by"). -1 for none.
func (sv *Sentence) bareActNoun(i, n int) int {
	toks := sv.Toks
	cl := sv.Clause[i]
	bare := func(h int) bool {
		if h < 1 || h >= len(toks) || sv.Clause[h] != cl || !sv.Determiner(toks[h-1].Low) || !sv.Definite(h) {
			return false
		}
		tr, m := sv.triggerAt(h)
		if tr == nil || tr.Mutual || tr.Category == "NONE" || !tr.Noun && !sv.nounUse(h) {
			return false
		}
		if e := h + m; e < len(toks) {
			w := toks[e].Low
			if sv.ActorAt[e] >= 0 || toks[e].Kind == english.Alpha && !sv.Preposition(w) && !sv.Auxiliary(w) && w != "and" || w == "of" || w == "by" || w == "'" || w == "'s" || syntax.VerbLike(w) && !sv.Auxiliary(w) {
				return false
			}
			if sv.Preposition(w) && sv.prepTarget(e, cl, w) != nil {
				return false // "the attack on Israel": a target of its own
			}
		}
		return true
	}
	if aux := sv.AuxBefore(i); aux >= 2 {
		h := aux - 1
		if !bare(h) {
			return -1
		}
		for k := h - 2; k >= 0 && sv.Clause[k] == cl; k-- {
			if sv.ActorAt[k] >= 0 {
				return -1
			}
		}
		return h
	}
	if bare(i + n + 1) {
		return i + n + 1
	}
	return -1
}

// nonFinite reports a verb at toks[i] that is an infinitive ("to
// withdraw", "to be fought", "to have left") or a present participle
// ("threatening"): a form with no subject of its own.
func (sv *Sentence) nonFinite(i int) bool {
	toks := sv.Toks
	if syntax.Gerund(toks[i]) {
		return true
	}
	k := i - 1
	if k >= 1 && sv.Auxiliary(toks[k].Low) {
		k--
	}
	return k >= 0 && toks[k].Low == "to"
}

// locative reports an event noun in an "at" phrase: "at a peace
// conference in Geneva".
func (sv *Sentence) locative(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		w := sv.Toks[k].Low
		if w == "at" {
			return true
		}
		if sv.Preposition(w) || sv.ActorAt[k] >= 0 || syntax.VerbLike(w) {
			return false
		}
	}
	return false
}

// placeAfter reports a place within three tokens after an event noun that
// ends at toks[from-1]: the place its act is on ("the bombing of Gaza").
func (sv *Sentence) placeAfter(from int) bool {
	w, k := sv.Place(from)
	return w != "" && k < from+3
}

// curbed reports an event noun that is the complement of a restriction
// noun: "an embargo on oil shipments to Japan".
func (sv *Sentence) curbed(i int) bool {
	for k := i - 1; k > 0 && k >= i-4; k-- {
		w := sv.Toks[k].Low
		if w == "on" || w == "of" || w == "in" || w == "to" {
			return sv.lex.Restrictions[sv.Toks[k-1].Low]
		}
		if sv.Preposition(w) || sv.ActorAt[k] >= 0 && sv.Groups[sv.ActorAt[k]].Label != "NORP" || syntax.VerbLike(w) || w == "," {
			return false
		}
	}
	return false
}

// continuesPrior reports an event noun at i that goes on with the parties of
// the event before it: after "followed by" (syntax's repeats.txt, marked
// noun) within four tokens before it.
func (sv *Sentence) continuesPrior(i int) bool {
	for k := i - 1; k > 0 && k >= i-4; k-- {
		if sv.SequelEnding(sv.Toks, k) >= 0 {
			return true
		}
	}
	return false
}

// actsOnAnother reports categories whose act needs another actor to be
// coded at all: giving, sanctioning, coercing, assaulting, consulting
// (unless the actors act together). A demand, a complaint, a threat, an
// agreement or a mobilization may name no other.
func actsOnAnother(tr *lexicon.Trigger) bool {
	switch tr.Category {
	case "AID", "SANCTION", "COERCE", "ASSAULT", "CONSULT":
		return !tr.Mutual
	}
	return false
}

// thingObject reports categories whose verbs may take a thing or a place
// as their object: attacking, seizing, rejecting, signing, agreeing to
// ("occupied it", "refused to sign it"); not those that act on people
// (accusing, threatening, meeting, asking, giving to).
func thingObject(tr *lexicon.Trigger) bool {
	switch tr.Category {
	case "ASSAULT", "COERCE", "REJECT", "SUPPORT", "AGREE":
		return true
	}
	return false
}

// fillFrom reports whether the earlier event e may supply the missing
// target of an act by the same source. An attack, a threat, a deployment
// or a sanction is on the enemy the text has been following ("the
// Bulgarians struck back in the hills above Doiran"). A
// promise or a request (AGREE, REQUEST) has no standing counterpart: only
// an act of the same kind a few sentences back names the one it goes to
// ("the Afghan government requested two divisions ... The following day,
// they requested an airborne division"), not a promise made chapters
// before. A seizure (COERCE) and aid (AID) still take any earlier event's
// target: held to the same rule they lost right fills (aid chained from a
// request for it, "had requested Soviet military assistance"), so "seize
// the initiative" keeps the paragraph's war as its target.
func (sv *Sentence) fillFrom(tr *lexicon.Trigger, e *Span) bool {
	switch tr.Category {
	case "AGREE", "REQUEST":
		return e.Category == tr.Category && e.Sent >= sv.Index-fillReach
	}
	return true
}

// fillReach is how many sentences back an act of the same kind may name
// the target of a promise or a request (fillFrom).
const fillReach = 5

// possessedObject reports a verb's object that a possessive pronoun opens
// ("bombed its embassy", "lifted its sanctions"), and for an act of force
// returns its owner: the actor the pronoun stands for, other than the
// source ("China protested after NATO bombed its embassy in Belgrade").
// Another act on a thing of one's own ("Washington lifted its sanctions")
// names no owner.
func (sv *Sentence) possessedObject(i, n int, tr *lexicon.Trigger, src []string) ([]string, bool) {
	k := i + n
	if tr.Noun || k >= len(sv.Toks) || sv.Pronoun(sv.Toks[k].Low) != "possessive" || sv.PersonPronoun(sv.Toks[k].Low) {
		// ("censors banned his book": a person's thing, no state's)
		return nil, false
	}
	if !force(tr.Category) || len(src) == 0 {
		return nil, true
	}
	return syntax.Remove(sv.Resolve(k, false, src), src), true
}

// movedTo reports a place at token at that a preposition of motion
// governs, past determiners: where something is sent ("its troops to
// Crimea", "into the Sinai"), not where it is ("its embassy in Belgrade").
func (sv *Sentence) movedTo(at int) bool {
	k := at - 1
	for k >= 0 && sv.Determiner(sv.Toks[k].Low) {
		k--
	}
	if k < 0 {
		return false
	}
	switch sv.Toks[k].Low {
	case "to", "into", "towards", "toward", "onto":
		return true
	}
	return false
}

// placeState is the state of the first place after the trigger at
// toks[i:i+n] (Place) and its token: a place whose rows are dated lies in
// the state of the row that holds at the act's date.
func (sv *Sentence) placeState(i, n int, tr *lexicon.Trigger) (string, int) {
	t, at := sv.Place(i + n)
	if at >= 0 && sv.PlaceAt[at] != "" && sv.PlaceDated(at) {
		d, _ := sv.dateFor(i, n, tr)
		t = sv.PlaceOn(at, d)
	}
	return t, at
}

// territory reports an act done to ground: an act of force or coercion
// (occupying, annexing, besieging, bombing, invading, blockading) that is
// not one done at home (homeacts.txt: an arrest, a curfew). Its object
// place names the state whose ground it is.
func (sv *Sentence) territory(tr *lexicon.Trigger) bool {
	return (tr.Category == "ASSAULT" || tr.Category == "COERCE") && !tr.Mutual && !sv.lex.Home[tr.Subtype]
}

// placeObject reports a verb's object that is the place at token at:
// right after the verb past determiners and lower-case modifiers ("annexed
// Crimea", "besieged the city"; not "bombed targets in Crimea", where the
// place follows a preposition).
func (sv *Sentence) placeObject(from, at int) bool {
	if at < from || at >= from+3 || sv.PlaceAt[at] == "" {
		return false
	}
	toks := sv.Toks
	for k := from; k < at; k++ {
		if !(sv.Determiner(toks[k].Low) || toks[k].Kind == english.Alpha && !english.IsUpperWord(toks[k].Text) && !sv.Preposition(toks[k].Low) && !sv.ClauseWord(toks[k].Low) && toks[k].Low != "that") {
			return false
		}
	}
	return true
}

// aloneMobilized reports a mobilisation that names its act alone (flag
// alone: "mustered an army", "gathering reinforcements"): forces gathered
// have no target unless the sentence names one, so none is carried from
// the paragraph, the document or a place ("Kutuzov clashed with Napoleon,
// ... gathering reinforcements" gathers against no one).
func aloneMobilized(tr *lexicon.Trigger) bool {
	return tr.Alone && tr.Category == "MOBILIZE"
}

// needsTarget reports a trigger whose act is coded only with a target
// named: a directed category's, and a COOPERATE subtype of subtypes.tsv's
// needstarget (an arms sale).
func (sv *Sentence) needsTarget(tr *lexicon.Trigger) bool {
	switch tr.Category {
	case "AID", "SANCTION", "COERCE", "ASSAULT", "CONSULT", "REQUEST", "ACCUSE", "THREATEN", "AGREE", "MOBILIZE":
		return !tr.Mutual
	case "COOPERATE":
		return sv.lex.SubtypeDoes(tr.Subtype, "needstarget")
	}
	return false
}

// topicSource finds who acted on tgt in the paragraph's latest event with
// that target, when the document's explicit dyads make it tgt's
// counterpart (dominant).
func (sv *Sentence) topicSource(tr *lexicon.Trigger, tgt []string) []string {
	return sv.seenNear(sv.dominant(tr, tgt, latest(sv.para.events, sv.prior, func(e *Span) []string {
		if len(e.Source) > 0 && syntax.Overlap(e.Target, tgt) && !syntax.Overlap(e.Source, tgt) {
			return e.Source
		}
		return nil
	}), true))
}

// docSource finds, for an event with no agent and no topic in its
// paragraph, the source of the document's latest event of the same
// subtype on the same target ("Greece received aid worth...": the
// aid an earlier section said the US gave).
//
// An act one of whose sides was read off a pair noun ("cooperate ...
// between the two nations") lends no source: the noun names the two as
// one, its split into doer and partner is already a reading of the
// actor stage's, and a later act with one of them that names no doer
// ("weapons were shipped to the rebels in cooperation with Syria", a
// section on) would stack a second guess on it.
func (sv *Sentence) docSource(tr *lexicon.Trigger, tgt []string) []string {
	return latest(sv.para.doc, nil, func(e *Span) []string {
		if e.Subtype == tr.Subtype && e.Category == tr.Category && len(e.Source) > 0 && !e.pair && syntax.Overlap(e.Target, tgt) && !syntax.Overlap(e.Source, tgt) {
			return e.Source
		}
		return nil
	})
}

// pairSide reports an event one of whose sides overlaps the codes of a
// pair noun of its sentence ("the two nations", "both governments": the
// two states the actor stage read the noun as, syntax Group.Pair).
func (sv *Sentence) pairSide(src, tgt []string) bool {
	for _, g := range sv.Groups {
		if g.Pair && (syntax.Overlap(g.Codes, src) || syntax.Overlap(g.Codes, tgt)) {
			return true
		}
	}
	return false
}

// docTarget finds, for an act with no other named and none in its
// paragraph, the target of the document's latest act of the same kind by
// the same source ("the Afghan government requested that two divisions be
// sent": the one it requested troops of before). For a verb (section), one
// from an earlier section (a heading starts a new one) is another story's
// unless this section's last sentences name it again ("Russia brokered a
// ceasefire in Bishkek" under one heading is no counterpart of "Iran and
// Russia mediated the peace agreement" under the next); an event noun
// names an act told before, in any section ("the Italian invasion").
func (sv *Sentence) docTarget(tr *lexicon.Trigger, src []string, section bool) []string {
	pick := func(e *Span) []string {
		if e.Subtype == tr.Subtype && e.Category == tr.Category && len(e.Target) > 0 && syntax.Overlap(e.Source, src) && !syntax.Overlap(e.Target, src) && sv.fillFrom(tr, e) {
			return e.Target
		}
		return nil
	}
	sec := 0
	if section {
		sec = min(sv.para.section, len(sv.para.doc))
	}
	if t := latest(sv.para.doc[sec:], nil, pick); t != nil {
		return t
	}
	// (no further back than one search of the whole would look)
	t := latest(sv.para.doc[min(sec, max(0, len(sv.para.doc)-lookBack)):sec], nil, pick)
	if len(t) > 0 && len(sv.seenNear(t)) < len(t) {
		return nil
	}
	return t
}

// topicTarget finds the target of the paragraph's latest event by src,
// when the document's explicit dyads make it src's counterpart
// (dominant).
func (sv *Sentence) topicTarget(tr *lexicon.Trigger, src []string) []string {
	return sv.seenNear(sv.dominant(tr, src, latest(sv.para.events, sv.prior, func(e *Span) []string {
		if len(e.Target) > 0 && syntax.Overlap(e.Source, src) && !syntax.Overlap(e.Target, src) && sv.fillFrom(tr, e) {
			return e.Target
		}
		return nil
	}), false))
}

// lookBack is how many events back the topic of an event with no agent and
// the earlier event an event noun refers to are looked for: a bound on the
// work per event, so that a long document costs time in proportion to its
// length. The furthest any document of the development sets and the papers
// corpus looks back is 191 events (a war history of wikiwars).
const lookBack = 1000

// latest returns a copy of what pick finds in the latest event of before
// and then evs (the later ones) that has it, among the last lookBack.
func latest(before, evs []Span, pick func(*Span) []string) []string {
	n := 0
	for _, list := range [][]Span{evs, before} {
		for k := len(list) - 1; k >= 0 && n < lookBack; k-- {
			if codes := pick(&list[k]); codes != nil {
				return append([]string{}, codes...)
			}
			n++
		}
	}
	return nil
}

// passiveRecipient reports a preposition whose actor a passive with a
// thing for its subject acts on: "sold to", "imposed on", "launched
// against" (not "in", "near": where it was done).
func passiveRecipient(prep string) bool {
	return prep == "to" || prep == "on" || prep == "against"
}

// passiveAgent reports a passive verb at toks[i:i+n] whose agent its
// "by" phrase names: the subject of a dictionary verb of force (force)
// is what it acts on, as its direct object is in the active ("Kabul was
// captured by the Taliban", "Sarajevo, besieged by Serbian forces,
// ..."). (Not other dictionary verbs: "led by", "commanded by",
// "supported by" name no act on the subject; nor an agent of the
// subject's own side, "the town was taken by the Iraqi army", whose
// subject the vocabulary does not know.)
func (sv *Sentence) passiveAgent(i, n int) bool {
	b := sv.AgentBy(i + n)
	if b < 0 {
		return false // "was encircled and defeated by": the agent is the last participle's
	}
	// the agent's actor ends its noun phrase or heads an armed noun ("by
	// Iraqi troops"), not a thing ("hit by Chinese imports"); a verb of
	// sport and trade too needs an armed side ("was beaten by Senegal at
	// the World Cup")
	ends, armed := sv.ArmedAgent(b)
	if !ends && !armed || sv.ArmedVerb(sv.Toks[i+n-1].Low) && !armed && !sv.armedSubject(i) {
		return false
	}
	vs := sv.VerbSlots(i, n, syntax.VerbWants{})
	return vs.Passive && vs.By != nil
}

// armedSubject reports a noun of armed force right before the verb
// group of the participle at toks[i] ("the Iraqi army was crushed by",
// "Iranian troops, beaten by").
func (sv *Sentence) armedSubject(i int) bool {
	p := i - 1
	if aux := sv.AuxBefore(i); aux >= 0 {
		p = aux - 1
	}
	if p >= 0 && sv.Toks[p].Low == "," {
		p--
	}
	return p >= 0 && sv.ArmedHead(sv.Toks[p].Low)
}

// byAgent gives the actors after the first "by" after toks[k] in clause
// cl, within four tokens (byAfter), the "by" right before them.
func (sv *Sentence) byAgent(k, cl int) []string {
	if j := sv.byAfter(k, cl); j >= 0 {
		if c := sv.FirstCoordFrom(j + 1); c >= 0 && sv.Coords[c].First <= j+2 {
			return sv.Coords[c].Codes(sv.Groups)
		}
	}
	return nil
}

// backing reports a PLOVER category of backing given to the one acted on
// ("Greece, backed by Britain, invaded", "the government, supported by
// the Soviet Union"): a dictionary verb's passive with its agent names the
// act as force's does.
func backing(cat string) bool { return cat == "SUPPORT" || cat == "AID" }

// setOffPassive reports a participle at toks[i] after an auxiliary
// ("was backed by") or right after a comma ("Greece, backed by Britain,"):
// its subject is the clause's. One right after a noun modifies that noun
// ("attacked Hamas fighters backed by Iran"), which need not be the
// clause's subject.
func (sv *Sentence) setOffPassive(i int) bool {
	return sv.AuxBefore(i) >= 0 || i > 0 && sv.Toks[i-1].Low == ","
}

// listAgent reports an agent after "by" right after toks[from] whose list
// holds a comma ("backed by Britain, the Greek army,
// and the Cretan militias, signed"): in a phrase set off by commas the
// list may go on with the subject's own, who act with it.
func (sv *Sentence) listAgent(from int) bool {
	if from >= len(sv.Toks) || sv.Toks[from].Low != "by" {
		return false
	}
	c := sv.FirstCoordFrom(from + 1)
	if c < 0 {
		return false
	}
	for k := sv.Coords[c].First; k <= sv.Coords[c].Last; k++ {
		if sv.Toks[k].Low == "," {
			return true
		}
	}
	return false
}

// force reports a PLOVER category of force done to the one acted on.
func force(cat string) bool { return cat == "ASSAULT" || cat == "COERCE" }

// byAfter returns the first "by" after toks[k] in clause cl, within four
// tokens, -1 for none.
func (sv *Sentence) byAfter(k, cl int) int {
	for j := k + 1; j < len(sv.Toks) && j <= k+4 && sv.Clause[j] == cl; j++ {
		if sv.Toks[j].Low == "by" {
			return j
		}
	}
	return -1
}

// verbRoles: the subject before the verb is the source, the first actor
// after it the target; a passive's agent after "by" is the source; for
// "receive" the subject is the target.
func (sv *Sentence) verbRoles(i, n int, tr *lexicon.Trigger) ([]string, []string) {
	cl := sv.Clause[i]
	vs := sv.VerbSlots(i, n, syntax.VerbWants{Object: sv.needsTarget(tr), ThatObject: tr.Category == "REQUEST" || tr.Category == "ACCUSE", Mutual: tr.Mutual, Thing: thingObject(tr), Opposed: conflict(tr.Category)})
	subj, obj := vs.Subject, vs.Object
	if sv.actMet(i, n, tr) >= 0 {
		// "Iraq's advance met with Iran's counterattacks", "the German
		// offensive was met by Soviet resistance": an act met by another
		// is no meeting; the act it meets is the other's (metAct)
		return nil, nil
	}
	if tr.Category == "RETREAT" && vs.ObjectCoord >= 0 && sv.PrepBefore(vs.ObjectCoord) == "into" {
		// "retreated into Albania", "fell back into Sudan": where the
		// one withdrawing goes is no party to it (what it withdraws from
		// is)
		obj = nil
	}
	if tr.Category == "RETREAT" && sv.lex.SubtypeDoes(tr.Subtype, "ownbody") && !vs.Passive && vs.ObjectCoord >= 0 {
		// "Moscow withdrew 1,400 Soviet advisers from China", "Cuba
		// withdrew Cuban troops from Angola": a people's word on the
		// object's noun names whose body is withdrawn; the target is
		// the one it is withdrawn from
		if t := sv.withdrawnFrom(vs.ObjectCoord, cl, subj); t != nil {
			obj = t
		}
	}
	if tr.Prep != "" && !vs.Passive {
		// a dictionary pattern's "(WITH)": the target follows its preposition
		if t := sv.prepTarget(i+n, cl, tr.Prep); t != nil {
			obj = t
		}
	}
	switch {
	case vs.Passive && vs.By != nil && subj == nil && vs.ObjectCoord >= 0 && passiveRecipient(sv.PrepBefore(vs.ObjectCoord)) && sv.byAfter(sv.Coords[vs.ObjectCoord].Last, cl) >= 0:
		// "the weapons that were sold to Iran by Israel", "sanctions
		// were imposed on Iraq by the UN": a passive whose subject is a
		// thing acts on the actor of its "to", "on" or "against" before
		// the agent, as the active does ("Israel sold weapons to
		// Iran"); not an actor after the agent, which may be another
		// verb's ("the rebels attacked by Iraqi forces fled to Iran");
		// the agent is that "by"'s, not a later verb's ("the oil exported
		// to China by Iran was sanctioned by the US")
		by := vs.By
		if a := sv.byAgent(sv.Coords[vs.ObjectCoord].Last, cl); a != nil {
			by = a
		}
		return by, syntax.Remove(obj, by)
	case vs.Passive && vs.By != nil:
		return vs.By, subj
	case vs.Passive && sv.lex.SubtypeDoes(tr.Subtype, "partiesmade"):
		// "a Franco-German brigade was formed", "a bloc
		// consisting of ... was formed": the parties named made it.
		return subj, nil
	case vs.Passive && tr.Category == "MOBILIZE" && vs.By == nil && sv.OwnBodyAgent(i) != nil && len(syntax.Remove(obj, sv.OwnBodyAgent(i))) > 0:
		// "The United States protested, and its aircraft were deployed
		// to Saudi Arabia": a state's own body moved, with no agent
		// named, was moved by whose body it is (a possessive pronoun
		// whose actor the sentence names before it); the subject the
		// previous clause lends is that owner, not one acted on. Only
		// with a place of another's named ("its army was deployed to
		// the south" says too little)
		by := sv.OwnBodyAgent(i)
		return by, syntax.Remove(obj, by)
	case vs.Passive && tr.Mutual:
		// "Iran, Iraq and Syria are discussed in this chapter": the
		// parties are a topic, not actors.
		return nil, nil
	case vs.Passive:
		return nil, subj
	case tr.Inverse:
		return sv.FromAfter(i+n, cl), subj
	case vs.Between != nil && (tr.Category == "COOPERATE" || tr.Category == "CONSULT" || tr.Category == "SUPPORT"):
		return vs.Between, nil
	case tr.Mutual && len(subj) == 0 && !vs.Passive && sv.predicateBetween(i+n) != nil:
		// "clashes between Indian and Pakistani forces", "fighting
		// erupted between Chinese and Soviet troops": a mutual act with
		// no subject of its own is the parties' together; a verb whose
		// subject is an event word ("fighting erupted", "war broke out")
		// leaves the act to that word
		if sv.eventSubject(i) {
			return nil, nil
		}
		return sv.predicateBetween(i + n), nil
	case len(subj) >= 2 && sv.venue(vs.ObjectCoord) && (tr.Mutual || vs.EachOther || Cooperative(tr.Category)):
		// "Ecuador and Peru signed a peace treaty in Brasilia": where the
		// parties met is no party
		return subj, nil
	case (tr.Mutual || vs.EachOther) && len(subj) >= 2:
		// "Britain, France, and the Netherlands agreed to cooperate with Belgium"
		return subj, syntax.Remove(obj, subj)
	case tr.Mutual && len(obj) >= 2 && vs.ObjectCompound && (len(subj) == 0 || syntax.Overlap(subj, obj)):
		// "worsened Franco-Italian relations": the pair named; a
		// subject of its own that is no part of the pair fights or talks
		// with it ("the Serbian army fought the invading
		// Austro-Hungarians")
		return obj, nil
	}
	if c := vs.ObjectCoord; c >= 0 && !vs.Passive {
		if h := sv.ledAct(c); h >= 0 && sv.sameKind(h, tr) {
			// "Bulgaria joined the German-led invasion of Greece": the leader
			// of the act of the verb's own kind that its object names
			// shares it; the act's own target is the verb's (not so for
			// a verb of another kind: "backed the U.S.-led invasion"
			// backs the U.S.)
			obj = nil
			if t := sv.FirstCoordFrom(h + 1); t >= 0 && sv.Coords[t].First <= h+3 && sv.Clause[sv.Coords[t].First] == cl {
				switch sv.PrepBefore(t) {
				case "of", "on", "against", "into":
					obj = syntax.Remove(sv.Coords[t].Codes(sv.Groups), subj)
				}
			}
		}
	}
	if c := vs.ObjectCoord; c >= 0 {
		// (the institution noun may close the actor's phrase: the entity
		// stage makes "Serbian authorities" one actor)
		if l := sv.Coords[c].Last; l+1 < len(sv.Toks) && sv.lex.Institutions[sv.Toks[l+1].Low] || sv.lex.Institutions[sv.Toks[l].Low] {
			// "Albanians of southern Serbia demanding autonomy from Serbian
			// authorities": people acting on their own state's institutions
			return subj, obj
		}
	}
	if force(tr.Category) && sv.venue(vs.ObjectCoord) && !vs.Passive {
		// "attacked in Belgium against the French": the place of an
		// attack is no target when the clause names the side it is
		// against
		if t := sv.placeAgainst(i, n, tr, subj); t != nil {
			return subj, t
		}
	}
	if tr.Category == "PROTEST" && sv.venue(vs.ObjectCoord) {
		// "Thousands of Serbs rallied in Belgrade against NATO": the
		// place of a protest is no target; what it is against is
		if t := sv.prepTarget(i+n, cl, "against"); t != nil {
			return subj, syntax.Remove(t, subj)
		}
		return subj, nil
	}
	if tr.Category == "ACCUSE" || tr.Category == "PROTEST" {
		// "complained to the United Nations over two Israeli air raids":
		// the one complained of is the target, not the one complained to
		if about := sv.ComplainedOf(i+n, cl); about != nil {
			return subj, syntax.Remove(about, subj)
		}
	}
	// "held talks with X", "met X", "shared evidence with X": the subject
	// is the source and the other party the target, as PLOVER codes a
	// meeting that one side holds with another.
	return subj, syntax.Remove(obj, subj)
}

// ledAct returns the event noun that coordination c leads as the X of an
// "X-led" modifier (agentforms.txt: "the U.S.-led invasion", "the
// Saudi-led air campaign"), with at most two lower-case words between
// the participle and the noun; -1 for none ("the Saudi-led coalition"
// names a body, no act).
func (sv *Sentence) ledAct(c int) int {
	toks := sv.Toks
	k := sv.Coords[c].Last + 1
	if k < len(toks) && toks[k].Text == "." {
		k++ // the tokenizer splits "U.S.-led" into "U.S" "." "-" "led"
	}
	if k+1 >= len(toks) || toks[k].Text != "-" || !sv.AgentForm(toks[k+1].Low) {
		return -1
	}
	for h := k + 2; h < len(toks) && h <= k+4; h++ {
		if tr, _ := sv.triggerAt(h); tr != nil && tr.Noun || sv.IsTrigger(h) && sv.nounUse(h) {
			return h
		}
		if t := toks[h]; t.Kind != english.Alpha || english.IsUpperWord(t.Text) || sv.ActorAt[h] >= 0 || sv.Preposition(t.Low) {
			return -1
		}
	}
	return -1
}

// sameKind reports a trigger at toks[h] of tr's category.
func (sv *Sentence) sameKind(h int, tr *lexicon.Trigger) bool {
	t, _ := sv.triggerAt(h)
	return t != nil && t.Category == tr.Category
}

// predicateBetween returns the parties of a "between A and B" phrase at
// token from, or right after the verb there: auxiliaries first, then a
// verb trigger or a light verb, then at most two particles or adverbs
// ("broke out", "were held", "erupted again"). A determiner, an actor or
// another trigger before "between" ends the search: the phrase is then an
// object's ("the war ended the talks between Egypt and Israel").
func (sv *Sentence) predicateBetween(from int) []string {
	toks := sv.Toks
	k := from
	for k < len(toks) && sv.Auxiliary(toks[k].Low) {
		k++
	}
	if k >= len(toks) || sv.Clause[k] != sv.Clause[from] {
		return nil
	}
	if toks[k].Low != "between" {
		if tr, n := sv.triggerAt(k); tr != nil && !tr.Noun {
			k += n - 1
		} else if !sv.lex.Light[toks[k].Low] {
			return nil
		}
		k++
	}
	for j := k; j < len(toks) && j <= k+2 && sv.Clause[j] == sv.Clause[from]; j++ {
		w := toks[j].Low
		if w == "between" {
			return sv.betweenParties(j + 1)
		}
		if toks[j].Kind != english.Alpha || sv.ActorAt[j] >= 0 || sv.Determiner(w) {
			return nil
		}
		if tr, _ := sv.triggerAt(j); tr != nil {
			return nil
		}
	}
	return nil
}

// betweenParties returns the two or more parties named from token k on,
// after "between": one coordination ("Indian and Pakistani forces"), or
// two joined by "and" ("the Dutch and the French fleets").
func (sv *Sentence) betweenParties(k int) []string {
	toks := sv.Toks
	for k < len(toks) && sv.Determiner(toks[k].Low) {
		k++
	}
	if k >= len(toks) || sv.CoordAt[k] < 0 {
		return nil
	}
	c := sv.Coords[sv.CoordAt[k]]
	codes := c.Codes(sv.Groups)
	if m := c.Last + 1; len(codes) < 2 && m+1 < len(toks) && toks[m].Low == "and" {
		for m++; m < len(toks) && sv.Determiner(toks[m].Low); m++ {
		}
		if m < len(toks) && sv.CoordAt[m] >= 0 {
			codes = syntax.AppendCodes(codes, sv.Coords[sv.CoordAt[m]].Codes(sv.Groups)...)
		}
	}
	if len(codes) < 2 {
		return nil
	}
	return codes
}

// eventSubject reports an event word right before the verb at toks[i]
// (auxiliaries skipped), in its clause: the verb's subject ("fighting
// erupted", "war had broken out").
func (sv *Sentence) eventSubject(i int) bool {
	k := i - 1
	for k >= 0 && sv.Auxiliary(sv.Toks[k].Low) {
		k--
	}
	if k < 0 || sv.Clause[k] != sv.Clause[i] {
		return false
	}
	tr, _ := sv.triggerAt(k)
	return tr != nil
}

// nounRoles: "the Iraqi invasion of Kuwait", "French tank sales",
// "Nasser's visit", "the 1969 Honduran-Salvadoran war", "a Syrian withdrawal from
// Lebanon", "Peru's defeat", "credits to Peru", "its war with Chile".
func (sv *Sentence) nounRoles(i, n int, tr *lexicon.Trigger) ([]string, []string) {
	ns := sv.NounSlots(i, n)
	pre, to := ns.Pre, ns.To
	if ns.WithMeans && !tr.Mutual {
		// "launched an offensive with Turkish drones": the means, no
		// target ("a war with Iraqi forces" is with the other side)
		to = nil
	}
	switch {
	case len(ns.Between) >= 2:
		return ns.Between, nil
	case tr.Mutual && ns.PreGroups > 1:
		return pre, syntax.Remove(to, pre)
	}
	if tr.OfTheme {
		ns.Of = nil // "the cession of Hong Kong to Britain": the thing ceded
	}
	if tr.Patient {
		// "the expulsion of the Chechens to Kazakhstan": a destination
		to = nil
		if pre != nil && !sv.ofAfter(i+n) {
			// "Britain's expulsion by Egypt", "Russia's expulsion from
			// the G8": the possessor is expelled; only "by" names who
			// expelled it
			return ns.By, syntax.Remove(pre, ns.By)
		}
	}
	src, tgt := pre, to
	if ns.By != nil {
		src = ns.By
	}
	if sv.lex.OfAgent[tr.Subtype] {
		if src == nil {
			src = ns.Of
		}
		if tgt == nil {
			tgt = ns.From
		}
	} else if ns.Of != nil {
		if tgt == nil {
			tgt = ns.Of
		} else if src == nil {
			src = ns.Of
		}
	}
	if sv.lex.SubtypeDoes(tr.Subtype, "possessorlost") && !tr.Mutual && pre != nil && ns.By == nil {
		src, tgt = nil, pre // "India's defeat": the possessor lost
	}
	if tgt == nil && (force(tr.Category) || tr.Category == "SANCTION" || tr.Category == "THREATEN") && !tr.Mutual {
		// "Israel suffered attacks by Hezbollah", "Britain faced German
		// air raids": the act falls on the subject of the verb of
		// undergoing whose object the noun is (undergo.txt)
		if agent := syntax.AppendCodes(syntax.AppendCodes(append([]string{}, ns.By...), ns.From...), pre...); len(agent) > 0 && len(ns.By)+len(ns.From)+len(pre) == len(agent) {
			if subj := sv.undergoneBy(i); subj != nil && !syntax.Overlap(subj, agent) {
				src, tgt = agent, subj
			}
		}
	}
	if tgt == nil && tr.Prep != "" {
		// a row's target=over: the actor after a preposition the noun's
		// own slots do not read ("Japan's victory over Russia")
		tgt = sv.prepTarget(i+n, sv.Clause[i], tr.Prep)
	}
	if tgt == nil && src != nil {
		tgt = sv.metAct(i)
	}
	if tgt == nil && src != nil && ns.Possessed >= 0 {
		tgt = sv.otherBefore(ns.Possessed, src)
	}
	return src, syntax.Remove(tgt, src)
}

// undergoneBy returns the subject of the verb of undergoing
// (undergo.txt) whose object the event noun at toks[i] heads, with at
// most three modifiers between ("suffered repeated air attacks by",
// "faced sanctions from"); nil when no such verb stands before it or its
// subject names no actor.
func (sv *Sentence) undergoneBy(i int) []string {
	for k := i - 1; k >= 0 && k >= i-4 && sv.Clause[k] == sv.Clause[i]; k-- {
		w := sv.Toks[k]
		if sv.Undergo(w.Low) {
			subj, _ := sv.Subject(k, sv.Clause[k])
			return subj
		}
		if w.Kind != english.Alpha || sv.Preposition(w.Low) || sv.ClauseWord(w.Low) || w.Low == "and" {
			return nil
		}
	}
	return nil
}

// nounCompound reports a one-word event noun at toks[i:i+n] that
// modifies the noun right after it, one of compounds.txt ("sent
// piracy patrols to Somalia", "Turkey's detention centres", "the
// destruction programme"): the phrase names a body, a place or a plan,
// no act.
func (sv *Sentence) nounCompound(i, n int) bool {
	k := i + n
	return n == 1 && k < len(sv.Toks) && sv.Toks[k].Kind == english.Alpha && !english.IsUpperWord(sv.Toks[k].Text) && sv.CompoundHead(sv.Toks[k].Low)
}

// ofAfter reports an "of" phrase at toks[k], right after an event noun,
// whether or not it names an actor ("Spain's expulsion of the Jews").
func (sv *Sentence) ofAfter(k int) bool {
	return k < len(sv.Toks) && sv.Toks[k].Low == "of"
}

// patientOnly reports a patient noun (lexicon.Trigger.Patient) at
// toks[i:i+n] whose possessor is the one acted on and whose agent no
// "by" names ("Yugoslavia's expulsion from the Cominform", "Japan's
// subversion"): the act's source is not said, and no topic or subject
// of the clause stands for it.
func (sv *Sentence) patientOnly(i, n int, tr *lexicon.Trigger) bool {
	if !tr.Patient || sv.ofAfter(i+n) {
		return false
	}
	ns := sv.NounSlots(i, n)
	return ns.Pre != nil && ns.By == nil
}

// otherBefore returns the nearest actor before the possessive pronoun at
// toks[k] that shares no code with src, in the sentence only: "Portugal was
// unable to answer French raids on its ports" (Portugal's ports). The
// act's own source is not whose ground it falls on, and a party the
// sentence does not name is too far a guess; nil for none.
func (sv *Sentence) otherBefore(k int, src []string) []string {
	for j := k - 1; j >= 0; j-- {
		if g := sv.ActorAt[j]; g >= 0 && !syntax.Overlap(sv.Groups[g].Codes, src) {
			return sv.Groups[g].Codes
		}
	}
	return nil
}

// actMet returns the act word that is the subject of the verb of
// meeting at toks[i:i+n] (a CONSULT verb with "with" or "by" after it,
// active or passive, no passive with its agent named), -1 if none: a
// word right before the verb and its auxiliaries that the lexicon has as
// a trigger in any sense ("Iraq's advance met with", "the German
// offensive was met by", "the proposal met with opposition"); not a
// party ("the Indian delegation met with").
func (sv *Sentence) actMet(i, n int, tr *lexicon.Trigger) int {
	toks := sv.Toks
	if tr.Category != "CONSULT" || tr.Noun || i < 1 {
		return -1
	}
	w := toks[i+n-1].Low
	if w != "with" && w != "by" {
		if i+n >= len(toks) || toks[i+n].Low != "with" && toks[i+n].Low != "by" {
			return -1
		}
	}
	k := i - 1
	for k >= 0 && sv.Auxiliary(toks[k].Low) {
		k--
	}
	if k < 0 || sv.Clause[k] != sv.Clause[i] || sv.ActorAt[k] >= 0 || toks[k].Kind != english.Alpha {
		return -1
	}
	if t, _ := sv.triggerAt(k); t != nil || len(sv.lex.Match(sv.lowFrom(k), nil)) > 0 {
		return k
	}
	return -1
}

// metAct returns the actors of the act word that is the subject of a
// verb of meeting (actMet) whose "with" or "by" phrase the event noun at
// toks[i] heads, with at most four words of its phrase between ("Iraq's
// advance met with Iran's counterattacks", "the German advance was met
// by fierce Soviet counterattacks"): the act met is the one acted on.
// Nil when the subject is no act word ("the delegation met with
// Pakistan's minister") or names no actor.
func (sv *Sentence) metAct(i int) []string {
	toks := sv.Toks
	for k := i - 1; k >= 1 && k >= i-5 && sv.Clause[k] == sv.Clause[i]; k-- {
		w := toks[k].Low
		if w != "with" && w != "by" {
			if toks[k].Kind != english.Alpha && w != "'" && w != "'s" || sv.ClauseWord(w) || sv.Preposition(w) || sv.Verb != nil && sv.Verb(k) {
				return nil
			}
			continue
		}
		v := k - 1
		tr, n := sv.triggerAt(v)
		if tr == nil && v >= 1 {
			v-- // "met with" as one trigger
			tr, n = sv.triggerAt(v)
		}
		if tr == nil || v+n != k && v+n != k+1 {
			return nil
		}
		if e := sv.actMet(v, n, tr); e >= 0 {
			return sv.NounSlots(e, 1).Pre
		}
		return nil
	}
	return nil
}

// ownPredicate reports an event noun at toks[i:i+n] that heads the
// subject of a verb right after it, past adverbs: a modal or an auxiliary
// ("expected war would bring it the nitrate fields"), or a past tense
// when only modifiers stand between the noun and the start of its clause,
// a clause word, "and" or a comma ("and protracted peace negotiations
// began", "while the war dragged on"). Its act is the noun's own, not
// that of a subject further back; a noun after a preposition ("Italian
// entry into the conflict had altered ...") or a participle after the noun
// ("launched an offensive aimed at Kiev") is no such subject.
func (sv *Sentence) ownPredicate(i, n int) bool {
	toks := sv.Toks
	j := i + n
	for j < len(toks) && sv.adverb(j) {
		j++
	}
	if j >= len(toks) || toks[j].Kind != english.Alpha || english.IsUpperWord(toks[j].Text) || sv.ActorAt[j] >= 0 {
		return false
	}
	w := toks[j].Low
	aux := sv.Auxiliary(w) || sv.modal(w)
	if !aux && !sv.Past(w) {
		return false
	}
	k := i - 1
	for k >= 0 && sv.Clause[k] == sv.Clause[i] && sv.ActorAt[k] < 0 {
		t := toks[k]
		if !(sv.Determiner(t.Low) || t.Kind == english.Num || t.Kind == english.Alpha && !english.IsUpperWord(t.Text) &&
			(!syntax.VerbLike(t.Low) || sv.adjectiveAt(k)) && !sv.Preposition(t.Low) && !sv.Auxiliary(t.Low) && !sv.ClauseWord(t.Low) && t.Low != "and" && !sv.lex.Light[t.Low]) {
			break
		}
		k--
	}
	if k < 0 || sv.Clause[k] != sv.Clause[i] {
		return true
	}
	if sv.ActorAt[k] >= 0 || sv.Preposition(toks[k].Low) {
		return false
	}
	switch b := toks[k].Low; {
	case sv.ClauseWord(b) || b == "and" || b == "," || b == ";":
		return true
	case aux && (syntax.VerbLike(b) || sv.Verb(k)):
		// "expected war would bring": the subject of a clause with
		// no "that"
		return true
	}
	return false
}

// adjectiveAt reports a form in -ed at toks[k] that modifies a noun: one
// right after a determiner, "and", a clause word or a comma ("the
// protracted war", "and protracted negotiations"), not a verb after its
// subject ("Poland launched").
func (sv *Sentence) adjectiveAt(k int) bool {
	if k == 0 || !strings.HasSuffix(sv.Toks[k].Low, "ed") {
		return false
	}
	b := sv.Toks[k-1].Low
	return sv.Determiner(b) || b == "and" || b == "," || sv.ClauseWord(b)
}

// nearerSubject reports an event noun at toks[i] that is the object of a
// verb whose own subject, right before the verb and its modals or
// auxiliaries, is a noun phrase or a name that no actor code covers ("and
// Grau recommended immediate peace negotiations", "realizing the
// neutrals would soon enter the war"), or an actor other than subj that
// Subject passed as another verb's object ("realizing the Americans would
// enter the war"): the act is that phrase's, not subj's further back.
func (sv *Sentence) nearerSubject(i int, subj []string) bool {
	toks := sv.Toks
	start := sv.ClauseStart(i)
	for v := i - 1; v > start; v-- {
		t := toks[v]
		w := t.Low
		if t.Kind == english.Num || w == "-" || w == "'" || sv.Determiner(w) {
			continue
		}
		if sv.Auxiliary(w) || sv.modal(w) {
			// "would soon enter the war", "had violated the ceasefire"
			m := v
			for m-1 > start && (sv.Auxiliary(toks[m-1].Low) || sv.modal(toks[m-1].Low) || sv.adverb(m-1)) {
				m--
			}
			return sv.subjectAt(m-1, start, true, subj)
		}
		if t.Kind != english.Alpha || sv.ActorAt[v] >= 0 || w == "and" || w == "or" || w == "to" || sv.ClauseWord(w) || sv.Preposition(w) || strings.HasSuffix(w, "ing") {
			return false
		}
		if !(syntax.VerbLike(w) && strings.HasSuffix(w, "ed")) && !sv.Verb(v) {
			continue // a modifier of the noun ("immediate peace negotiations")
		}
		k := v - 1
		for k > start && sv.adverb(k) {
			k--
		}
		if sv.Determiner(toks[k].Low) || sv.Auxiliary(toks[k].Low) || sv.modal(toks[k].Low) {
			continue // "the protracted war"; "had long planned the war": the auxiliary comes next
		}
		return sv.subjectAt(k, start, false, subj)
	}
	return false
}

// subjectAt reports a subject of a verb that ends at toks[k]: an actor
// other than subj, or a noun phrase that names no actor
// (syntax.ClauseSubject).
func (sv *Sentence) subjectAt(k, start int, finite bool, subj []string) bool {
	if k < start {
		return false
	}
	if c := sv.CoordAt[k]; c >= 0 {
		return !syntax.Overlap(sv.Coords[c].Codes(sv.Groups), subj)
	}
	return sv.ClauseSubject(k, start, finite)
}

// adverb reports a word inside a verb group at toks[k]: an adverb in -ly
// ("eventually"), not a name ("Italy"), or a word of auxiliaries.tsv's
// class "inside" ("not", "yet").
func (sv *Sentence) adverb(k int) bool {
	t := sv.Toks[k]
	return t.Kind == english.Alpha && sv.ActorAt[k] < 0 && !english.IsUpperWord(t.Text) && len(t.Low) > 3 && strings.HasSuffix(t.Low, "ly") || sv.Inside(t.Low)
}

// modal reports a modal of the verb group (modality.tsv's classes
// hypothetical, future and would: "may", "will", "would").
func (sv *Sentence) modal(w string) bool {
	switch sv.lex.Modality(w) {
	case "hypothetical", "future", "would":
		return true
	}
	return false
}

// ownClauseAfter reports a verb at toks[i] that heads a clause of its own
// (OwnClause) after the trigger of p, an event of this sentence.
func (sv *Sentence) ownClauseAfter(i int, p Span) bool {
	for k := 0; k < i; k++ {
		if int(sv.Toks[k].Start) == p.Start {
			return sv.OwnClause(k, i)
		}
	}
	return false
}

// placeAgainst returns the actors of an "against" phrase after the force
// trigger at toks[i:i+n] in its clause, past a place ("an offensive in
// the Ardennes against the British", "attacked near Kiev against Soviet
// forces"), none of them the source's; nil for none, or for a trigger of
// another kind.
func (sv *Sentence) placeAgainst(i, n int, tr *lexicon.Trigger, src []string) []string {
	if !force(tr.Category) {
		return nil
	}
	toks := sv.Toks
	cl := sv.Clause[i]
	for k := i + n; k < len(toks) && k < i+n+8 && sv.Clause[k] == cl; k++ {
		if sv.newClause(k) || toks[k].Low == "," || toks[k].Low == ";" {
			return nil
		}
		if toks[k].Low != "against" {
			continue
		}
		j := k + 1
		for ; j < len(toks) && j <= k+2 && sv.Determiner(toks[j].Low); j++ {
		}
		if j >= len(toks) || sv.CoordAt[j] < 0 {
			return nil
		}
		// the actor heads its phrase: a demonym before a thing is no
		// side ("against British advice"); before a force it is
		c := sv.Coords[sv.CoordAt[j]]
		if e := c.Last + 1; len(c.Groups) > 0 && e < len(toks) && toks[e].Kind == english.Alpha && !english.IsUpperWord(toks[e].Text) {
			g := sv.Groups[c.Groups[len(c.Groups)-1]]
			w := toks[e].Low
			if g.Label == "NORP" && g.Sector == "" && !sv.ArmedHead(w) && !sv.Preposition(w) && !sv.ClauseWord(w) && w != "and" && w != "or" {
				return nil
			}
		}
		t := c.Codes(sv.Groups)
		if len(t) == 0 || syntax.Overlap(t, src) {
			return nil
		}
		return t
	}
	return nil
}

// armedStrike reports a noun of a labour strike (PROTEST strike) at
// toks[i] whose source is an armed actor named before it in its clause:
// an army, an air force ("the Soviet army", "the Israeli air force":
// sector MIL) or a military alliance ("NATO"). Workers, unions and a
// state's own name keep the strike a protest.
func (sv *Sentence) armedStrike(i int, tr *lexicon.Trigger, src []string) bool {
	if !tr.Noun || tr.Category != "PROTEST" || !sv.lex.SubtypeDoes(tr.Subtype, "labourstrike") || len(src) == 0 {
		return false
	}
	for k := i - 1; k >= 0 && sv.Clause[k] == sv.Clause[i]; k-- {
		if g := sv.ActorAt[k]; g >= 0 && syntax.Overlap(sv.Groups[g].Codes, src) {
			return sv.Groups[g].Sector == "MIL" || sv.Groups[g].Alliance
		}
	}
	return false
}

// motiveActors returns the actors of a phrase of motive before the
// trigger at toks[i] (modality.tsv's class motive): one that opens the
// sentence ("Fearing a clash with China,", "To deter China,") or follows a
// comma ("India, fearing a clash with China,") and that a comma closes
// before the trigger; nil for none.
func (sv *Sentence) motiveActors(i int) []string {
	toks := sv.Toks
	for k := 0; k < i && k < 40; k++ {
		if sv.lex.Cue(toks[k].Low) != "motive" || !(k == 0 || k == 1 && toks[0].Low == "to" || toks[k-1].Low == "," || k >= 2 && toks[k-1].Low == "to" && toks[k-2].Low == ",") {
			continue
		}
		var codes []string
		for e := k + 1; e < i; e++ {
			if toks[e].Low == "," {
				return codes
			}
			if c := sv.CoordAt[e]; c >= 0 {
				codes = syntax.AppendCodes(codes, sv.Coords[c].Codes(sv.Groups)...)
			}
		}
		return nil
	}
	return nil
}

// titledObject reports an object that a capitalised title of
// titlewords.txt opens right after the verb, past a determiner, before
// the place at token at ("killed General Qassem Soleimani in Baghdad"):
// the place is where the act was done, not whose ground it was.
func (sv *Sentence) titledObject(from, at int) bool {
	toks := sv.Toks
	k := from
	if k < len(toks) && sv.Determiner(toks[k].Low) {
		k++
	}
	return k < at && k+1 < len(toks) && english.IsUpperWord(toks[k].Text) && sv.TitleWord(toks[k].Low) && english.IsUpperWord(toks[k+1].Text)
}

// opposedAfter reports targets every one of which the verb's clause
// names after "against" (past a determiner) that follows the verb's
// object, within six words of the verb: "assembled a coalition against
// Iraq", "leading Mujahideen forces against the Red Army". Not "against"
// right after the verb, its own complement ("defend against mujahideen
// raids"), nor a possessive ("credit against Iraq's oil revenues").
func (sv *Sentence) opposedAfter(from int, tgt []string) bool {
	toks := sv.Toks
	seen := 0
	for k := from; k < len(toks) && k < from+7; k++ {
		w := toks[k].Low
		if w == ";" || sv.ClauseWord(w) {
			break
		}
		g := sv.ActorAt[k]
		if g < 0 || k != sv.Groups[g].First {
			continue // (a group's first token only)
		}
		if !syntax.Overlap(sv.Groups[g].Codes, tgt) {
			continue
		}
		p := k - 1
		if p >= 0 && sv.Determiner(toks[p].Low) {
			p--
		}
		last := sv.Groups[g].Last
		if p <= from || toks[p].Low != "against" || last+1 < len(toks) && (toks[last+1].Low == "'s" || toks[last+1].Low == "'") {
			return false
		}
		seen++
	}
	return seen > 0
}

// withdrawnFrom returns the actor after "from" right after the object
// coordination c when c is a people's word modifying a common noun
// ("Soviet advisers from China") or a body of the subject's own ("Cuban
// troops from Angola", subj CUB), nil otherwise.
func (sv *Sentence) withdrawnFrom(c, cl int, subj []string) []string {
	co := sv.Coords[c]
	if sv.Preposition(sv.PrepBefore(c)) {
		return nil
	}
	k := co.Last + 1
	if syntax.Overlap(co.Codes(sv.Groups), subj) {
		// (the subject's own body: "from" may follow at once)
	} else {
		for _, g := range co.Groups {
			if sv.Groups[g].Label != "NORP" {
				return nil
			}
		}
		if k >= len(sv.Toks) || sv.Toks[k].Kind != english.Alpha || english.IsUpperWord(sv.Toks[k].Text) || sv.Preposition(sv.Toks[k].Low) {
			return nil
		}
		k++
	}
	for j := k; j < len(sv.Toks) && j <= k+1 && sv.Clause[j] == cl; j++ {
		if sv.Toks[j].Low == "from" {
			if t := sv.FromAfter(j, cl); t != nil && !syntax.Overlap(t, co.Codes(sv.Groups)) {
				return t
			}
			return nil
		}
	}
	return nil
}
