// Package actor finds who a text names: the gazetteer of actor codes
// (states, capitals, demonyms, combining forms such as "Sino-",
// organisations, alliances, armed groups, office holders with the dates of
// their roles, places that are never actors), the agent nouns that a named
// actor claims ("the Peruvian government", "rebels in Mali": that state
// with a sector; rebels that none claims, "guerrilla forces", are those of
// the land the story is on; a ruler by title alone, "the king", "the
// Shah", the ruler of the polity of that title its sentence or its
// narrative names, no one's where two sides bore it; "the parliament",
// that of the one state its paragraph names, none beside a union with a
// parliament of its own; "the army", "the navy", that of the force of
// that noun its paragraph named before with a state ("the Persian army"
// ... "the army"), no one's where it named none or two, or where another
// state stands before it in its sentence; "the Union" the United States' only in a
// history that names the Confederacy (a row's note "with:CODE"); a force named after a commander the document places,
// "Graziani's forces", his state's; a force's proper name with no state
// in it, "the Sixth Army", the state the document introduced it with,
// "the German Sixth Army", where no other state's force bore the name
// (a numbered army group too, "the 21st Army Group"), or its coded
// commander's after "under", "led by" ("the Eighth Army under General
// Ridgway"), never the state its sentence names otherwise; a coalition
// named by its common noun, "the coalition", "coalition forces", the
// state its section introduced it as led by ("the US-led coalition", "a
// coalition led by Saudi Arabia"), no one's before that, after another
// coalition ("its own coalition") or two leaders, or as a party's
// ("the coalition government", "the ruling coalition");
// "the army" bare, the force of that noun its paragraph named before,
// else the one side its paragraph names (not a place's state), else its
// section heading's, and after that side's invasion of another the
// invader's where it advances ("Germany invaded Poland. The army reached
// Warsaw"); a body by one capitalised word, "Parliament", "the
// Cabinet", "the Assembly", a possessor state's ("Iraq's Cabinet") or that
// side's, and one only some states have ("Congress", "the Senate"; a
// user's row of "*" makes one any state's) the one of them its paragraph,
// else its section, names, no one's in a section that names a state
// where the word names a party ("India ... Congress"); a person the document introduces by a
// demonym and a title, "the French general Joffre", or by a title and "of
// the" a demonym's force, "Admiral Yamamoto of the Japanese navy", that
// state's, and so are his surname's later mentions (a commander of the
// field's wars has a row: "Rommel's army"; "Westmoreland", a county's
// name, is the general where the document names him in full); a body's short name,
// "the Convention", the state of the coded longer name the document gave
// it before, "the National Convention"), capitalized multi-word names with a known head word
// (or one a head opens: "Operation Barbarossa", no person's or state's;
// it ends before a connector of place, connectors.txt's column "place",
// that a place or an actor's name follows: "Operation Gibraltar in
// Kashmir"),
// author-year citations (an office holder's surname is a scholar's, no
// actor, among a citation's authors when the citation's form shows it:
// "&", "et al.", an open bracket, a scholar's verb after the year, in a
// paper a year that ends the clause; before a reference's initials; or
// before an academic affiliation that is the whole apposition; a
// history's "Sadat (1977) offered Israel peace" keeps the leader; the
// surname a document so cites is the author again before a scholar's
// verb: "Kennedy argued that"), and
// prose's statistical tagger for the rest, with
// the repairs that resolve them into entities (Entities). A person's form
// inside another person's name ("Henry Clinton", "Abdul Sattar Abu
// Risha") names that other person, and a document that names another
// person of a surname leaves the surname alone no one's. A dated actor
// resolves by a date (Match.Entry, Entity.At, Redate); a bounded row (note
// only:dated: "the Allies", any war's coalition; the leaders of 1900-1945;
// the rulers and war commanders of 1600-1945, rulers.tsv, whose regnal
// names carry their number and often their title, "Louis XIV", "Tsar
// Alexander I") holds only at a date near its years and names no one at
// another date or at none (a numbered ruler before "of" and a state's
// name is that state's at any date: "King Philip IV of France" in 1303,
// "King Ferdinand II of Portugal" in 1850), where a leader's or a body's name in an undated sentence takes
// the narrative's date, the nearest dated sentence's before it; a colony's row (the
// colonial power's) holds for its troops and its land, not for its people
// nor for the land taken (colonies.tsv); a person named in a
// text whose dates all lie long before any the vocabulary knows of them
// is someone else. A name two states bear with no dates to tell them
// apart ("Congo", "Congolese") is the one the document names otherwise
// (its full name, capital or people, a place in it the dictionaries know,
// "Goma", or an agent of it, "the Israeli navy"), else the first row
// of the form the document writes first, the field's dictionary's
// reading, for all its forms (one document, one Congo); a navy's ship prefix makes the ship's name
// that state's ("the USS Pueblo"; "INS" India's or Israel's so read); a
// state's name or demonym before a people of several states ("Bosnian
// Serb") is the first state's people of the group; "Operation" and one
// actor's name is a code name ("Operation Kuwait"); a capital before
// "Act" names the act ("the Brasília Act"); a surname of a name written
// family name first ("Park Chung-hee") stands for the person, and so do
// a particle and the surname of one named with it in lower case ("Jose
// Eduardo dos Santos" ... "Dos Santos") where no other person bears them; "the
// former" and "the latter" standing alone ("Argentina and Chile
// mobilised. The former threatened ...") are the first and the second of
// the two actors named in two mentions before them, and "the two
// governments", "both sides" (a noun of topical.tsv's kind pair) the two
// states so named, carried in Entity.Pair (never a citation's state);
// "federal troops" and "the federal government" (a word of a state's
// kind, topical.tsv's status rows; "imperial" for armed forces only) are
// the one state of that kind the document names as a side, and "the
// agency" or "the alliance" right after "the" (orgnoun rows) the one
// organisation the document named before them (statusAgents, orgNouns);
// a title after a word of the titlemod rows ("Deputy President", "acting
// Foreign Minister") is a title still, whose demonym claims the name after
// it (nationals). A numbered force's name the tagger leaves untagged after
// a state's name or demonym ("the French 4th Infantry Division") is that
// state's military (untaggedForces). A group's founding date (its row's
// from in orgs.tsv) dates its undated members of the dictionaries: before
// it they are no member of it (foundings).
//
// Its word lists are the files under data/ (kinds actors (historic.tsv among them: the polities before 1816), dictionary,
// agents, attach, home, abroad, bodies, ethnic, listwords, nonentities,
// named, connectors, venues, suffixes, currencywords, demonymheads,
// forcemods, newnames, unitnames, academies, citeverbs, colonies, diseases, statebodies, firms, companies, styles, presentday, senses), extendable with -vocab and -actors; data/phoenix
// holds the actors and agents generated from the field's dictionaries by
// cmd/vocabgen. It imports english, text (for sentences) and vocab; it
// must not import timex, money, event, pair nor extract.
package actor
