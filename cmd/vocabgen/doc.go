// Command vocabgen converts the event-data field's dictionaries (the
// Phoenix/PETRARCH2 actor, agent and CAMEO verb dictionaries, and the CAMEO
// to PLOVER table; ../shared/vendor) into the project's vocabulary files.
//
//	go run ./cmd/vocabgen -vendor ../shared/vendor -out .    (make vocab)
//
// It reads the project's own vocabularies (extract/actor/data/actors/*.tsv,
// extract/event/lexicon/data/triggers.tsv, the English word list extract/pdf/data/
// words.txt.gz) from -repo (default: -out) and writes, under -out:
//
//	extract/actor/data/phoenix/countries.tsv      states' aliases, institutions, persons with dated roles
//	extract/actor/data/phoenix/international.tsv  IGOs, NGOs, companies and their officials
//	extract/actor/data/phoenix/nonstate.tsv       non-state armed groups and members
//	extract/actor/data/phoenix/agents.tsv         agent nouns with sectors
//	extract/actor/data/phoenix/NOTICE             source commit, MIT licence, changes
//	extract/event/lexicon/data/cameo/verbs.tsv    CAMEO verbs and patterns as PLOVER trigger rows
//	extract/event/lexicon/data/cameo/NOTICE       sources, MIT and CC BY-SA 4.0, changes
//	extract/event/lexicon/data/wordnet/nouns.tsv  event nouns WordNet 3.0 derives from the CAMEO
//	                                              verbs (only with -wordnet DIR holding WordNet,
//	                                              default /usr/share/wordnet; else kept as committed)
//	extract/event/lexicon/data/wordnet/NOTICE     source, the WordNet 3.0 licence
//	docs/vocab-overlap.md                         what the dictionaries add to leaders.tsv,
//	                                              people.tsv and triggers.tsv
//
// Each generated file's header gives its format and counts what was left
// out and why. The maps from CAMEO codes to the project's (countries,
// roles, organisations, periods, subtypes) and the word lists the
// converter needs (particles, organisation words) are its data/ files,
// embedded. Files are written atomically; two runs give the same bytes,
// and a test checks that the committed files equal a fresh generation.
// Progress goes to stderr; nothing to stdout. Exit status: 0 ok, 1
// failure, 2 usage.
package main
