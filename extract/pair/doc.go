// Package pair finds the actor pairs (dyads) a coded sentence relates: the
// source and target of each event, with its mode (hypothetical for an
// act stated to come, Intent, which the event stage codes by its
// announcement: "announced it would send supplies to Poland", and for a
// threat that takes the subtype of the act threatened: "threatened to
// invade Czechoslovakia"; negated for a refusal that takes the subtype of
// the act refused: "refused to withdraw from Egypt"), and of each event the
// event stage reads inside another's phrase and does not report (Hidden),
// hypothetical when it is an act stated to come or demanded, refused,
// threatened, appealed for or mandated ("warned the United States that it
// would attack Turkey"; and where the event stage hid it as asked for,
// Span.Hid: appealed for, mandated ("obliged the United States to
// defend Taiwan") or demanded with no comma after the trigger before it
// ("requested permission from Washington to attack Japan"), an appeal's
// or a demand's act with no named doer ("to resist the Indian invasion"
// is told); not an act such a phrase only mentions after a
// preposition, "threatened retaliation for the NATO bombing of Serbia",
// nor one of a clause of its own after "and", "rejected the plan and
// fought Egypt": asserted), else with the mode of the act it completes;
// as allies ("joint_" of the event,
// undirected), the sources one coordination names for an event with a
// target that is not mutual ("French and British troops invaded
// Togoland"), the sources of a mutual, not cooperative event with a target
// ("France and Britain went to war with Germany"), and the sources that
// are the subject of an event with no target that is neither mutual nor
// cooperative (but for an offer, a pledge or a promise, which goes to a
// third: "Japan and South Korea pledged to fund the reactor") nor a
// mobilisation ("Kenya and Uganda sent troops", "Chilean and Argentine
// troops attacked at dawn") — the code takes two
// such subjects to have acted together without further evidence, so
// rivals that both attack or threaten with no target named are paired as
// allies too, unless a reciprocal pronoun follows the act, with a target
// or none ("threatened each other over Cuba", "attacked one another's
// posts": counterparts, with the event's relation), or the document has
// shown the two as opponents in two sentences or more (an asserted act of
// a category of opposing.txt, force, coercion, threat or sanction, of one
// on the other) and no joint word ("combined", "together") says they
// acted together: then they are only the event's parties (its relation,
// pair:event), in these three cases and after "both" alike; the subjects
// of a mobilisation with no target ("In 1914 Germany and Russia mobilized
// their armies"), which rivals do each on its own (opposing.txt's role
// parallel), are a plain mention (three or more of one list none:
// "Britain, France and Russia mobilised"; nor are three or more givers a
// preposition's list names for an act with no target that is no
// cooperation, "received aid from France, Gabon and Ivory Coast", while
// "signed by Britain, France and Russia" pairs them),
// and so are the sources of any act, with a target or none, that a word
// of jointwords.txt's role apart says each did on its own ("Burundi,
// Angola and Zimbabwe each justified their intervention in Congo": each
// still pairs with the target);
// actors joined in a compound
// ("Sino-Pak alliance"), after "between", in a membership list, in a
// relation or stance ("ties with", "policy towards"; in the infinitive
// after a verb's object, held by that object: "persuaded France to
// restore ties with Russia", and only asked for, hypothetical, after a
// verb of appeal: "urged France to ..."; negated or hypothetical, with no
// event there, after a word of modality, negation, plan, hope or intent
// of its clause: "would never accept an alliance with Chile", "hoped for
// better relations with Ethiopia", but not a paper's aim, "this paper
// seeks to trace the rivalry between", nor a negation right before a verb
// of undoers.txt, after which the relation went on: "did not end its
// rivalry with Iran"; "no" before a word of negationscope.txt's role
// clause, "Chile no longer has an alliance with Peru", and the object of
// a verb of denial (the event stage's deny: "India denies that it has an
// alliance with Russia", for a mention pair too), negate the relation;
// a negation before a subject that a verb follows,
// "Neither Kenya nor Uganda had relations with Israel", and a condition
// that opens the sentence, "If Kenya has a border dispute with Uganda,
// the talks will fail" ("if" only with a modal in the consequent; else
// the condition is granted: asserted), count as such words; and before
// the clause, the relation noun's own phrase: negated when a noun's
// negation of negationscope.txt opens it, "has no border dispute with
// Uganda", or a privative word and "of" or a negated word of evidence
// and "of" govern it, "free of conflict between", "no evidence of a
// rivalry between" ("never free of conflict" gives it back, asserted);
// hypothetical when its indefinite phrase opens its clause as the
// subject of a modal, "A treaty between Chile and Peru could end the
// dispute" (not a history's "would follow in 1894"); and a relation
// noun that is an event's trigger has that event's mode, "A war between
// India and China would be catastrophic"; a relation noun whose "of"
// phrase or scene after its sides a noun of the lexicon's figurative.txt
// heads names a figure or a game, no relation: "the war of words between",
// "the rivalry between Brazil and Argentina in the Olympic final"), a role ("an ally
// of"), "the two" for the parties of the act or relation the paragraph
// last stated (not two actors a sentence only names together, a mention,
// nor, where it stated none, the last two it named: "Gowon and Ojukwu met
// at Aburi in Ghana. The two leaders ..." gives no pair; "the two
// nations", a pair noun, after a pair one side of which its sentence
// named only in passing, in parentheses or a participle's phrase between
// commas: the two actors the paragraph last named outside such remarks; a
// side the sentence does not name at all, "Peru retaliated by seizing
// Puerto Bolivar, and the United Nations urged ...", is no such side),
// and, in a
// sentence of the body that states none of these, the actors it names in
// different phrases (relation "mention"; negated or hypothetical, as an
// event's pair is, when a word of modality, negation, plan, hope or
// intent in the later actor's clause stands before it: "Turkish generals
// hoped to strike before Russian reinforcements arrived"; in a
// past-perfect condition with a consequent of "would/might have", the
// opposite of the condition, asserted when it is negated and negated when
// it is not, and hypothetical with a side in the consequent: "If India had
// not secured Soviet backing, it would not have risked war with
// Pakistan"; an aside "as X V-ed" after the condition's comma belongs to
// neither part: "If Iraq had withdrawn from Kuwait, as the United Nations
// demanded, ..." asserts the demand; so for a relation there with no
// event), and in one
// whose only pair is an
// asserted act of one side on another, of those, only the act's source
// with an actor after a preposition of sides.txt in the act's clause
// ("Faced with Russia, Austria attacked Serbia", "trained Afghan rebels
// with Saudi money": the sentence keeps that pair whether or not the
// event stage reads its act), when the mention rule read in that clause
// pairs the act's two sides too; a place named there as a scene
// ("Riots in Bolivia worried Peruvian traders") only with a side the
// document has already related it to (never another scene: "the port lay
// in Peru but now lies in Chile"; the seat of a named body, "the Chilean
// 2nd Division in Peru", "the Allied Mission in Lisbon", only with the
// actor that opens the name), unless a lexical verb right before
// the preposition (in -ed, -ing or a known past form) makes it the place
// of an act ("nurses were wounded in Korea", "Exiled in Lima"; "rifles captured in Korea", a
// participle after a noun, keeps it), or with the actor whose phrase it
// follows after "in" ("Chinese investment in Pakistan", "Russian troops
// in Syria": a party of that actor, a scene to the others) — an agent
// noun that ends the actor's own phrase makes the place a party only when
// its sector acts for its side (partysectors.txt: troops, diplomats,
// rebels; "Turkish tourists in Greece" are only there), and one or two
// lower-case words after the actor or its "'s" that are no verb,
// preposition, determiner or clause word do so with no list of act nouns
// checked; an actor phrase that names only agents who study or report
// what the sides do (a sector of partysectors.txt with the role
// observer: scholars, the press: "far below what British historians
// predicted") is no side of a mention; a place after a preposition of transit ("via", "by way of":
// "British troops reached Greece via Egypt"; "through", "across" only
// after the act's destination: "flew weapons to Sudan through Libya") is no side of a mention
// and no channel of a journey, though one in an act of aid stays its
// channel ("sent weapons to the rebels via Turkey"); a state's word glued
// by a hyphen to a word of an era ("Soviet-era bases") or, when the
// clause's subject holds the thing, of a maker ("Ethiopia fielded
// Soviet-made tanks"), or one after "the" that names a crisis or an
// affair ("the Cuban missile crisis": namings.txt), is no side of a
// mention; a commander and the force he leads (namings.txt, roles lead
// and commander: the subject and object of a verb of leading, "A Dutch
// general commanded the Belgian brigade", not one that makes a cause, "led
// Japan to abandon"; the force before "led by" and its leader; a
// commander before "commander of" and the force after it; a person and
// the command an apposition after him names with a commander's noun,
// "General Ridgway, the UN commander,") are one side,
// no mention pair; two actors joined by a conjunction alone in a clause
// of a cost or burden (role burden: "Both the Dutch and the Belgians paid
// a high price") are said to bear one cost, no mention pair; the place a person
// goes to after a phrase of journey ("fled to", "moved to"), when the
// clause's subject names no actor or only persons ("the deposed emir",
// a leader the actor stage codes: "the exiled king fled to France"), is
// a refuge, no side of a mention, a prepositional phrase between the verb
// and its "to" ("fled with his family to") being allowed, and so is a
// lower-case agent noun after it that the actor stage codes with the
// refuge's code by reference ("fled to Libya, and Tanzania installed a
// new government in Uganda"); a state named
// as a town's address ("fled to Marseille, France", "via Cairo,
// Egypt") is placed as the town is; a place after a
// phrase of position ("north of", "bordering": "halted at a ridge north
// of Seoul") is a landmark, no side of a mention, though "the north of
// Italy" is the state's own ground, and a state toward which a verb of
// deployment sends forces or arms keeps its pairs ("Soviet divisions
// massed in Central Asia, north of Afghanistan"), but not when a verb of
// stationing has them stand in a state named before the phrase, whose
// bearing it then gives ("troops were stationed in Qatar, east of Saudi
// Arabia"); and
// a list after "both" that is no object and no preposition's makes its
// actors allies of the sentence's first event ("Both Chile and Peru
// called for a ceasefire") — and no part with its whole (a historic
// polity and the code the actor stage says it lies within, Finder.Parts:
// "the Athenians sailed back to Greece" names no two sides), no two
// sides whose only link is a parallel count of losses or holdings ("Chile
// lost 900 men while Peru lost 2,000"; a count an act verb governs, "India
// deployed 500,000 troops, and Pakistan deployed 300,000", is no tally)
// or a figure set against the figure of a clause whose only actor is the
// other (figurecontrasts.txt: "Indian military spending rose 10 per cent,
// against 5 per cent for Pakistan"), no two choices of an alternative
// (alternatives.txt: "Kenya turned to Ethiopia rather than Somalia" pairs
// Kenya with both, Ethiopia not with Somalia), no actor of a clause
// before "and"/"but" with the subject of a refusal with no target after
// it (an event's, or a verb of refusal of the lexicon that ends its
// clause and gives none: "..., and Canada declined"), unless that clause asks, seeks, tries or hopes for something the
// refusal answers ("Germany and Italy voted for the embargo, but Hungary
// refused" pairs Hungary with neither);
// in a sentence that names three actors or more, a mention only for two
// actors linked inside one clause: none across a clause set apart
// (clausebreaks.txt: "while", "whereas", a quotation) that names an actor
// as its subject ("Turkey relied on Germany, while Iraq relied on
// France"; "while it relied on Iraq" goes on about Turkey) but the two
// subjects a word of contrast sets against each other when one of their
// clauses names no other actor ("In 1973 Egyptian and Syrian officers
// planned in secret, while Israel relied on American intelligence" pairs
// Egypt and Syria with Israel, not with the United States), none across
// a clause that "and" or "but" opens after a verb, with an actor as its
// subject and a verb of its own, but for the two clauses' subjects
// ("Austria wrote to the neutrals, and in September Germany turned to
// Belgium" pairs Austria with Germany, not with Belgium; in a sentence
// with no event whose first clause names no other side, the first
// subject pairs with the actor after "with" right after the second
// subject's verb too, a partner of the side that answers: "Egypt
// nationalized the canal, and Britain and France plotted with Israel"),
// and none
// between two complements of the verb (complements.txt: "shipped copper
// to Japan and wheat to Korea"; an actor after "of", in the subject's
// phrase or after a participle in -ing is none); no side either is an
// actor of a case compared, in a comparison set off at the sentence's
// start or after a comma or a semicolon (comparedcases.txt: "Like Germany
// in 1938, Russia claimed", "Kenya, unlike Uganda, relied on Sudan",
// "just as Franco and Salazar had thirty years earlier"; not
// examples after a noun, "Small states, like Belgium in 1914,", nor a
// clause of time, "Just as Germany was rearming,"), nor the actor right
// after "than", the case the subject is measured against ("Peru
// suffered more casualties than Chile"; not an exception, "other than
// Germany", nor after an object right before the comparative, "feared
// Germany more than Russia", unless a verb follows it, "than Britain
// did"), nor an actor that
// names a war as a topic ("opposition to the Vietnam war grew"; a people's
// adjective only after a topic's noun, wartopics.txt: "Iran lost a
// generation in the Iraqi war" pairs Iran and Iraq).
//
// It reads the event lexicon (relations, stances, roles, pair nouns, the
// pair words around a list: "each other", "consisting of"; the scene
// prepositions: "in", "at"; the party preposition "in"), the syntax's
// joiners (a one-word joiner, "and", "or", belongs to no phrase) and clause
// words and its "pair" prepositions (PairPreposition: "between", "among":
// the list after one names a relation's parties; a verb between a
// relation noun's "between" list and an actor before it, "France saw the
// pact between Germany and Italy", makes that actor no third party of
// the relation), and word lists of its own (data/, kinds transit, journey, position,
// deployment, forces, stationing, reciprocal, partysectors, opposing,
// jointwords, complements, clausebreaks, comparedcases, wartopics
// ("veterans of", "opposition to"), sides ("against", "with", "for": a
// side of an act's source), undoers, offers, clausejoiners, alternatives,
// figurecontrasts, namings, thetwo ("both", "the two"), degreeadverbs
// and negationscope; New
// adds a user's files). It
// imports event, event/syntax, event/lexicon and english; it must not
// import extract.
package pair
