// Package pair finds the actor pairs (dyads) a coded sentence relates: the
// source and target of each event, the sources one coordination names
// for one event ("French and British troops invaded") and the sources that
// did together what an event says of one side to another ("Kenya and
// Uganda sent troops", "France and Britain went to war with Germany"), as
// allies ("joint_" of the event), actors joined in a compound
// ("Sino-Pak alliance"), after "between", in a membership list, in a
// relation or stance ("ties with", "policy towards"), a role ("an ally
// of"), "the two" for the pair the paragraph last named, and, in a
// sentence of the body that states none of these, the actors it names in
// different phrases (relation "mention"); a place named there as a scene
// ("Riots in Bolivia worried Peruvian traders") only with a side the
// document has already related it to, or with the actor whose agent or
// act noun it follows ("Chinese investment in Pakistan", "Russian troops
// in Syria": a party of that actor, a scene to the others), and no two
// sides whose only link is a parallel count of losses or holdings ("Chile
// lost 900 men while Peru lost 2,000"; a count an act verb governs, "India
// deployed 500,000 troops, and Pakistan deployed 300,000", is no tally).
//
// It reads the event lexicon (relations, stances, roles, pair nouns, the
// pair words around a list: "each other", "consisting of"; the scene
// prepositions: "in", "at"; the party preposition "in") and the syntax's
// joiners and clause words. It
// imports event, event/syntax, event/lexicon and english; it must not
// import extract.
package pair
