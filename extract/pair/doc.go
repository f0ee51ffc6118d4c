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
// ("Canadian peacekeepers in Cyprus") only with a side the document has
// already related it to, and no two sides whose only link is a parallel
// count ("Chile lost 900 men while Peru lost 2,000").
//
// It reads the event lexicon (relations, stances, roles, pair nouns, the
// pair words around a list: "each other", "consisting of"; the scene
// prepositions: "in", "at"). It
// imports event, event/syntax, event/lexicon and english; it must not
// import extract.
package pair
