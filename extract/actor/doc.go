// Package actor finds who a text names: the gazetteer of actor codes
// (states, capitals, demonyms, combining forms such as "Sino-",
// organisations, alliances, armed groups, office holders, places that are
// never actors), capitalized multi-word names with a known head word,
// author-year citations, and prose's statistical tagger for the rest, with
// the repairs that resolve them into entities (Entities).
//
// Its word lists are the files under data/ (kinds actors, nonentities,
// named, connectors, venues, suffixes, currencywords), extendable with
// -vocab and -actors. It imports english, text (for sentences) and vocab;
// it must not import timex, money, event, pair nor extract.
package actor
