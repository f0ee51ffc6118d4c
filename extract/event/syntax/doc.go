// Package syntax is the shallow parser of the event stage: a View of a
// sentence over its tokens with the entities, dates and money figures of
// the earlier stages overlaid; actor phrases (groups) and their
// coordinations; clauses; a verb's subject and object and an event noun's
// prepositional slots; pronoun resolution, with the coder's memory of the
// text before given as a Discourse. It knows no event codes.
//
// Its function words are the files under data/ (kinds prepositions,
// determiners, pronouns, clausewords, titlewords, members, joiners,
// control, circumstance, auxiliaries, participles, linking, onset,
// ownbodies, grounds, frames, scenes, agentforms, agentheads, armedheads,
// armedverbs, relverbs, compounds, doerverbs, undergo, deadlines,
// subjectopeners, repeats, elision, pairopeners, attitudes), extendable with
// -vocab. It imports english, actor, timex and money (for their findings); it must not import event, lexicon, pair nor
// extract.
package syntax
