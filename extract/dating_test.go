package extract

import (
	"strings"
	"testing"

	"github.com/stratex/stratex/extract/actor"
	"github.com/stratex/stratex/extract/text"
)

// TestDateEvents holds every event's date and date_from on paragraphs of
// three kinds of text (news, war history, scholarly), each rule with cases
// from two texts. want lists "trigger=date/from" for every event, in order;
// an undated event is "trigger=-".
func TestDateEvents(t *testing.T) {
	v := testVocab(t)
	tg := actor.NewTagger()
	news := func(date string) Given { return Given{Date: date, Kind: "news"} }
	narrative := Given{Kind: "narrative"}
	scholarly := Given{Kind: "scholarly"}
	tests := []struct {
		name  string
		text  string
		given Given
		want  []string
	}{
		// An event dated in its own sentence keeps that date.
		{"news: the sentence's own date", "Pakistan and India agreed on Tuesday to resume talks.", news("2021-03-04"),
			[]string{"agreed=2021-03-02/sentence"}},
		{"history: the sentence's own date", "On 22 June 1941 Germany invaded the Soviet Union.", narrative,
			[]string{"invaded=1941-06-22/sentence"}},
		// News and narrative: the paragraph's reference time.
		{"news: the paragraph's date", "Pakistan and India agreed on Tuesday to resume talks. India then invited Pakistan to the talks.", news("2021-03-04"),
			[]string{"agreed=2021-03-02/sentence", "invited=2021-03-02/context", "talks=2021-03-02/context"}},
		{"history: the paragraph's date", "On 22 June 1941 Germany invaded the Soviet Union. Finland joined the attack on the Soviet Union.", narrative,
			[]string{"invaded=1941-06-22/sentence", "joined=1941-06-22/context"}},
		{"history: the paragraph's last date, a later sentence", "In March 1938 Germany annexed Austria. Britain protested to Germany.", narrative,
			[]string{"annexed=1938-03/sentence", "protested=1938-03/context"}},
		// Never across a paragraph break.
		{"history: no date across a paragraph break", "On 22 June 1941 Germany invaded the Soviet Union.\n\nBritain signed a pact with the Soviet Union.", narrative,
			[]string{"invaded=1941-06-22/sentence", "signed=-"}},
		{"history: a new paragraph with its own date", "In March 1938 Germany annexed Austria. Britain protested to Germany.\n\nIn September Britain and France met Germany at Munich.", narrative,
			[]string{"annexed=1938-03/sentence", "protested=1938-03/context", "met=1938-09/sentence"}},
		// A heading's single date covers the sentences under it; a span does not.
		{"history: a heading's year", "The Suez Crisis (1956)\n\nBritain and France attacked Egypt. Israel invaded Egypt.", narrative,
			[]string{"attacked=1956/context", "invaded=1956/context"}},
		{"history: a heading's month", "The Tashkent Talks (January 1966)\n\nIndia and Pakistan signed a declaration. The Soviet Union hosted the leaders of India and Pakistan.", narrative,
			[]string{"signed=1966-01/context", "hosted=1966-01/context"}},
		{"history: a heading's span of years dates nothing", "The Cold War 1947-1991\n\nThe United States aided Greece. The Soviet Union blockaded Berlin.", narrative,
			[]string{"aided=-", "blockaded=-"}},
		// A narrative's paragraph with no date of its own goes on from its section's last date within the heading's.
		{"history: the section's last date within the heading's", "1979: The invasion\n\nOn December 27, 1979, Soviet troops occupied Kabul.\n\nThat night Soviet commandos attacked Afghanistan's palace.", narrative,
			[]string{"occupied=1979-12-27/sentence", "attacked=1979-12-27/context"}},
		{"history: the section's last date within the heading's (another war)", "1941: Barbarossa\n\nOn 22 June 1941 Germany invaded the Soviet Union.\n\nFinland then attacked the Soviet Union.", narrative,
			[]string{"invaded=1941-06-22/sentence", "attacked=1941-06-22/context"}},
		{"history: a section's last date outside the heading's is no reference", "1941: Barbarossa\n\nIn 1939 Germany had invaded Poland.\n\nFinland then attacked the Soviet Union.", narrative,
			[]string{"invaded=1939/sentence", "attacked=1941/context"}},
		// ... from the paragraph just before only: one that moved on without a date ends the carry.
		{"history: no section's date across a paragraph that set none", "1972: The accords\n\nIn October 1972 North Vietnam signed an agreement with the United States.\n\nSaigon then demanded changes to the agreement.\n\nIn the end the United States bombed Hanoi.", narrative,
			[]string{"signed=1972-10/sentence", "demanded=1972-10/context", "bombed=1972/context"}},
		{"history: no section's date across a paragraph that set none (another war)", "1941: Barbarossa\n\nOn 22 June 1941 Germany invaded the Soviet Union.\n\nFinland then attacked the Soviet Union.\n\nLater Britain signed a pact with the Soviet Union.", narrative,
			[]string{"invaded=1941-06-22/sentence", "attacked=1941-06-22/context", "signed=1941/context"}},
		// An event told in the past perfect lies before the time set: no date from its context.
		{"history: the past perfect takes no context date", "In June 1955 South Vietnam rejected talks with North Vietnam. South Vietnam had already rejected the accord with North Vietnam.", narrative,
			[]string{"rejected=1955-06/sentence", "rejected=-"}},
		{"history: the past perfect takes no context date (another war)", "In March 1778 France signed a treaty with the United States. Spain had quietly supplied arms to the United States.", narrative,
			[]string{"signed=1778-03/sentence", "supplied=-"}},
		{"news: the past perfect takes no date of the document", "Iran had seized a British tanker.", news("2019-07-20"),
			[]string{"seized=-"}},
		{"history: a past perfect in -ing goes on up to the time set", "By late February 1919 the Soviet advance had halted. Polish forces had been fighting Ukrainian forces.", narrative,
			[]string{"fighting=1919-02/context"}},
		{"history: 'had' before a noun is no perfect", "On 22 June 1941 Germany invaded the Soviet Union. Germany had allies in Finland and attacked Leningrad.", narrative,
			[]string{"invaded=1941-06-22/sentence", "attacked=1941-06-22/context"}},
		{"history: an infinitive after the perfect is no earlier", "In March 2003 the United States invaded Iraq. Iraq had prepared to attack Kuwait.", narrative,
			[]string{"invaded=2003-03/sentence", "attack=2003-03/context"}},
		// The date of a past perfect is not that of an event outside it; "to" before a noun phrase or a name is no infinitive's.
		{"history: a past perfect's date is not the main clause's", "France declared war on Britain to recover Minorca, which it had lost to Britain in 1708.", narrative,
			[]string{"war=-"}},
		{"history: a past perfect's date is not the main clause's (another war)", "Bulgaria invaded Serbia to regain Macedonia, which it had lost to the Serbs in 1913.", narrative,
			[]string{"invaded=-"}},
		{"history: a past perfect's date is its own event's", "Italy attacked Ethiopia, which had defeated the Italian army in 1896.", narrative,
			[]string{"attacked=-", "defeated=1896/sentence"}},
		// A date that names a time apart from the story's sets no context.
		{"history: an aside ('since 1995') is no context", "On 21 February 2008 Turkey attacked Iraq. It was the largest attack since 1995. Iraq then protested to Turkey.", narrative,
			[]string{"attacked=2008-02-21/sentence", "protested=2008-02-21/context"}},
		{"history: an aside (a year before a noun) is no context", "In March 1961 Kennedy met Khrushchev in Vienna. Both leaders had the 1955 summit in mind. Kennedy then warned the Soviet Union.", narrative,
			[]string{"met=1961-03/sentence", "warned=1961-03/context"}},
		// A label date is the first of its section only when no aside came before it.
		{"history: a label after an aside in its section is no context", "The neutrals\n\nSpain had stayed out of every war since 1815. Madrid had a secret 1902 treaty with Paris. Spain then rejected the demands of France.", narrative,
			[]string{"rejected=-"}},
		{"history: a label after an aside in its section is no context (another war)", "The Balkan front\n\nBulgaria had been at peace since 1913. Sofia kept the old 1904 pact with Belgrade. Bulgaria then threatened Serbia.", narrative,
			[]string{"threatened=-"}},
		// The start of a comparison ("the largest ... since 1993") dates nothing: the event takes its context.
		{"history: a comparison's start is no date of its sentence", "On 12 May 2003 Russia attacked Georgia. It was the largest Russian attack on Georgia since 1993.", narrative,
			[]string{"attacked=2003-05-12/sentence", "attack=2003-05-12/context"}},
		{"news: a comparison's start is no date of its sentence", "Israel bombed Gaza. It was the heaviest Israeli bombing of Gaza since 2014.", news("2021-05-12"),
			[]string{"bombed=2021-05-12/dct", "bombing=2021-05-12/dct"}},
		// The time of the thing compared ("similar to", "compared to") dates nothing the sentence reports, nor what follows.
		{"history: a comparison's time is no date of its sentence", "In March 1965 the United States bombed North Vietnam. In a speech similar to one given two decades earlier, Hanoi warned the United States. Washington then threatened Hanoi.", narrative,
			[]string{"bombed=1965-03/sentence", "warned=1965-03/context", "threatened=1965-03/context"}},
		{"news: a comparison's time is no date of its sentence", "Unlike in 2014, Russia attacked Ukraine without warning. Ukraine then appealed to NATO.", news("2022-02-25"),
			[]string{"attacked=2022-02-25/dct", "appealed=2022-02-25/dct"}},
		{"history: the time of a thing compared after 'like the'", "In July 1953 China signed an armistice with the United States. China, like the Soviet Union in the crisis of 1948, then threatened Taiwan.", narrative,
			[]string{"signed=1953-07/sentence", "threatened=1953-07/context"}},
		{"news: the time of a thing compared after 'like the'", "Iran, like the Soviet Union in 1979, threatened Afghanistan.", news("2021-08-20"),
			[]string{"threatened=2021-08-20/dct"}},
		{"news: 'like' the verb compares nothing", "Pakistan would like to meet India in March.", news("2021-01-20"),
			[]string{"meet=2021-03/sentence"}},
		// A date inside a clause opened after a comma by a relative word (subclauses.txt) is that clause's.
		{"history: a relative clause's date is not the main clause's", "Poland, which was reborn in 1918, attacked Lithuania.", narrative,
			[]string{"attacked=-"}},
		{"news: a relative clause's date is not the main clause's", "Iraq asked the United Nations to extend the mandate, which expires at the end of 2008.", news("2007-05-10"),
			[]string{"asked=-"}},
		{"history: a date after ', but' is not the first clause's", "Austria attacked Serbia, but in May 1915 Italy joined the war.", narrative,
			[]string{"attacked=-", "joined the war=1915-05/sentence"}},
		{"history: a clause of time sets the main clause's date", "In 1916, when Romania joined the war, Russia attacked Austria-Hungary.", narrative,
			[]string{"joined the war=1916/sentence", "attacked=1916/sentence"}},
		{"history: a share of the act after ', out of which' takes its date", "Britain sold tanks to Jordan worth two billion dollars, out of which half was in 1967 itself.", narrative,
			[]string{"sold=1967/sentence"}},
		// An event inside a dated clause that opens the sentence with "Although" (subclauses.txt, start) takes no date from outside it.
		{"history: an act inside an opening concessive clause is not of the main clause's date", "Although a treaty was signed by Italy and Austria following talks between May 2-4, 1915 on the withdrawal of Austrian troops within a month, on May 23, 1915 Italy declared war on Austria.", narrative,
			[]string{"signed=1915-05-02/1915-05-04/sentence", "withdrawal=-", "war=1915-05-23/sentence"}},
		{"history: an act inside an opening concessive clause is not of the main clause's date (another war)", "Although a treaty was signed by Greece and Turkey following talks between June 2-4, 1897 on the withdrawal of Greek troops within a month, on June 20, 1897 Greece declared war on Turkey.", narrative,
			[]string{"signed=1897-06-02/1897-06-04/sentence", "withdrawal=-", "war=1897-06-20/sentence"}},
		{"history: an act inside an opening concessive clause keeps the clause's own date", "Though an armistice was agreed by Greece and Turkey following talks between October 3-11, 1922 on the withdrawal of Greek forces from Thrace within two weeks, on July 24, 1923 Greece signed a treaty with Turkey.", narrative,
			[]string{"agreed=1922-10-03/1922-10-11/sentence", "withdrawal=1922-10-03/1922-10-11/sentence", "signed=1923-07-24/sentence"}},
		{"history: the main clause after an opening concessive clause may share its date", "Although the collision started at the 1955 Bandung Conference, it also marked the end of the friendship between China and India.", narrative,
			[]string{"end=1955/sentence"}},
		{"history: an opening concessive clause without a date of its own keeps the sentence's", "Although Austria withdrew its troops from Serbia, Germany attacked Russia in August 1914.", narrative,
			[]string{"withdrew=1914-08/sentence", "attacked=1914-08/sentence"}},
		// A date an auxiliary puts ahead of the time told (timex's Context.Ahead) dates only what its clause says will come.
		{"history: a deadline in a would-clause does not date the announcement", "On 14 April 1988 the Soviet Union signed an accord with Pakistan. Moscow announced that Soviet advisers providing aid to Afghanistan would be pulled out of Afghanistan by the next month.", narrative,
			[]string{"signed=1988-04-14/sentence", "providing=1988-04-14/context"}},
		{"history: a pledge of the act to come is dated at its making", "In April 1988 the Soviet Union signed an accord with Pakistan. It establishes that Soviet forces will withdraw from Afghanistan by February 15, 1989.", narrative,
			[]string{"signed=1988-04/sentence", "withdraw=1988-04/context"}},
		{"history: a pledge of the act to come is dated at its making (another war)", "In March 1940 the Soviet Union signed a treaty with Finland. It establishes that Finnish forces will withdraw from Karelia by March 25, 1940.", narrative,
			[]string{"signed=1940-03/sentence", "withdraw=1940-03/context"}},
		{"history: an act before a modal and its deadline takes the paragraph's date", "On 12 May 1955 the United States signed a pact with South Vietnam. American advisers providing aid to South Vietnam may remain until the end of 1956, the ambassador added.", narrative,
			[]string{"signed=1955-05-12/sentence", "providing=1955-05-12/context"}},
		{"history: an act before a would-clause takes the paragraph's date, not the clause's", "On 13 March 1940 Britain signed a treaty with Finland. Britain praised Finland, but warned that Finland would have to remain vigilant even after the Soviet withdrawal in 1941.", narrative,
			[]string{"signed=1940-03-13/sentence", "praised=1940-03-13/context", "warned that=1940-03-13/context"}},
		{"history: an act the would-clause tells keeps its date", "In July 1914 Austria declared war on Serbia. Germany would invade Belgium on 4 August 1914.", narrative,
			[]string{"war=1914-07/sentence", "invade=1914-08-04/sentence"}},
		{"history: a would in a relative clause before a past leaves the act its date", "The alliance that would later contain the Soviet Union was founded in April 1949 when the United States signed the treaty with Britain.", narrative,
			[]string{"signed=1949-04/sentence"}},
		{"history: a date in a which-would clause leaves the main clause its own (review12 #3)", "The treaty, which would expire in 1996, was signed by the United States and the Soviet Union in 1972.", narrative,
			[]string{"signed=1972/sentence"}},
		{"history: a date in a who-would clause leaves the main clause its own", "Nasser, who would die in 1970, attacked Israel in 1967.", narrative,
			[]string{"attacked=1967/sentence"}},
		{"history: a which-would clause's date does not date the main clause's act", "In May 1948 Israel declared independence. The war, which would end in 1949, began when Egypt attacked Israel.", narrative,
			[]string{"attacked=1948-05/context"}},
		{"history: a would-clause that names the treaty leaves the next sentence the signing's time", "The treaty that would end the Korean War was signed at Panmunjom in July 1953. Two weeks later the United States and South Korea began talks on a defence pact.", narrative,
			[]string{"signed=1953-07/sentence", "talks=1953/sentence"}}, // "Two weeks later": of the year set, not its month (timex 1953-XX-XX)
		// A count of time or an adverb before the trigger that puts the act
		// after the time set (timex's Context.Sequels) cuts the date it
		// takes from its context: to its month after days, its year after
		// weeks, months or an adverb alone, none after years.
		// (dating33: the act the sentence before dated, "the capture" of
		// "captured": counted from its day, timex's setAct)
		{"history: two days after the act set, its day moved (a siege)", "On 12 March 1921 Polish troops captured Vilnius. Two days after the capture, Russia condemned Poland.", narrative,
			[]string{"captured=1921-03-12/sentence", "condemned=1921-03-14/context"}},
		{"history: two days after an act, the month set (an exile)", "On 4 May 1936 Ethiopia appealed to Britain. Two days after his arrival in Jerusalem, Ethiopia accused Italy of genocide.", narrative,
			[]string{"appealed=1936-05-04/sentence", "accused=1936-05/context"}},
		{"history: later, the year set (a border)", "On 12 March 1921 Polish troops captured Vilnius. Later, France recognized Poland's border.", narrative,
			[]string{"captured=1921-03-12/sentence", "recognized=1921/context"}},
		{"history: subsequently, the year set (an air war)", "On 2 October 1950 China warned the United States. China subsequently accused the United States of bombing Manchuria.", narrative,
			[]string{"warned=1950-10-02/sentence", "accused=1950/context"}},
		{"history: years after an act, the year moved (a rearmament)", "In March 1936 Germany threatened France. Two years after the threat, Germany annexed Austria.", narrative,
			[]string{"threatened=1936-03/sentence", "annexed=1938/context"}},
		// A short year needs a first-millennium text (review24 finding 1):
		// divisions and a count of a war's years keep the year set.
		{"history: divisions named with AD keep the year set (the Gulf)", "In February 1991, 1 AD and 3 AD attacked Iraqi positions. Iraq then fired missiles at Israel.", narrative,
			[]string{"fired=1991-02/context"}},
		{"history: the year of a war's count keeps the year set (Afghanistan)", "The Soviet Union invaded Afghanistan in 1979. By the year 5 of the war, Pakistan armed the mujahideen.", narrative,
			[]string{"invaded=1979/sentence", "armed=1979/context"}},
		{"history: AD after a first-millennium year dates the act (the Vandals)", "In AD 429 the Vandals crossed into Africa. In 455 AD the Vandals attacked Rome.", narrative,
			[]string{"attacked=0455/sentence"}},
		// "N years after <noun>" moves the date set only when the noun names
		// the act that set it (timex's setAct; review24 finding 5).
		{"history: years after the act that set the date, moved (an invasion)", "In 1956 the Soviet Union invaded Hungary. Twelve years after the invasion, the Soviet Union invaded Czechoslovakia.", narrative,
			[]string{"invaded=1956/sentence", "invaded=1968/context"}},
		{"history: years after a declaration, moved (Suez)", "In 1948 Israel declared independence. Eight years after the declaration, Israel attacked Egypt.", narrative,
			[]string{"attacked=1956/context"}},
		{"history: years after another act, no date (a death)", "In 1950 North Korea attacked South Korea. Two years after Stalin's death, the Soviet Union signed a pact with Poland.", narrative,
			[]string{"attacked=1950/sentence", "signed=-"}},
		{"history: years after a war, no date (its end)", "The war began in 1939. Five years after the war, China attacked Korea.", narrative,
			[]string{"attacked=-"}},
		{"history: years after a war ended, no date (the Himalayas)", "The Korean War began in 1950. Three years after the war ended, China attacked India.", narrative,
			[]string{"War=1950/sentence", "attacked=-"}},
		{"history: years after a war began, moved (an armistice)", "The Korean War began in 1950. Three years after the war began, China attacked India.", narrative,
			[]string{"War=1950/sentence", "attacked=1953/context"}},
		// The stem test of setAct (review25 finding 6): "be" before the stem,
		// an ending after it; not another word of the stem's letters, another
		// place's act, nor the set sentence's own reference.
		{"history: years after a siege, moved (Vienna)", "The Ottoman Empire besieged Vienna in 1683. Fifteen years after the siege, the Ottomans signed the treaty of Karlowitz.", narrative,
			[]string{"besieged=1683/sentence", "signed=1698/context"}},
		{"history: a year after a siege, moved (Paris)", "In 1870 Prussia besieged Paris. One year after the siege, Germany signed a treaty with France.", narrative,
			[]string{"besieged=1870/sentence", "signed=1871/context"}},
		{"history: years after the invasion of the place invaded, moved (Kuwait)", "Iraq invaded Kuwait in 1990. Thirteen years after the invasion of Kuwait, the United States invaded Iraq.", narrative,
			[]string{"invaded=1990/sentence", "invasion=2003/context", "invaded=2003/context"}},
		{"history: years after a withdrawal, moved (Afghanistan)", "In 1989 the Soviet Union withdrew from Afghanistan. Three years after the withdrawal, the mujahideen attacked Kabul.", narrative,
			[]string{"withdrew=1989/sentence", "attacked=1992/context"}},
		{"history: years after the crushing of the people's land, moved (Hungary)", "The Soviet army crushed the Hungarian revolt in 1956. Twelve years after the crushing of Hungary, the Soviet Union invaded Czechoslovakia.", narrative,
			[]string{"crushed=1956/sentence", "invaded=1968/context"}},
		{"history: years after a protest, no date (Egypt)", "Britain protected Egypt from 1882. Two years after the protest, France attacked Tunisia.", narrative,
			[]string{"protected=1882/sentence", "attacked=-"}},
		{"history: years after an interview, no date (Santo Domingo)", "In 1965 the United States intervened in the Dominican Republic. Two years after the interview, Cuba attacked Bolivia.", narrative,
			[]string{"intervened=1965/sentence", "attacked=-"}},
		{"history: years after another place's invasion, no date (Afghanistan)", "Iraq invaded Kuwait in 1990. Ten years after the invasion of Afghanistan, Russia attacked Chechnya.", narrative,
			[]string{"invaded=1990/sentence", "attacked=-"}},
		{"history: years after another place's invasion, no date (Russia)", "Germany invaded Poland in 1939. Two years after the invasion of Russia, Italy attacked Greece.", narrative,
			[]string{"invaded=1939/sentence", "attacked=-"}},
		{"history: years after the set sentence's own reference, no date (the Ruhr)", "In 1923 France occupied the Ruhr, five years after the armistice. Two years after the armistice, Poland attacked Russia.", narrative,
			[]string{"attacked=-"}},
		{"history: years after the set sentence's own reference, no date (Quemoy)", "In 1955 China shelled Quemoy, two years after the armistice. Three years after the armistice, China attacked India.", narrative,
			[]string{"attacked=-"}},
		// A three-figure "the year N" after a modern citation (review25 finding 2).
		{"history: the year 451 after a citation dates the act (the Huns)", "Historians writing in 1950 misdated the battle. In the year 451 the Huns attacked the Romans.", narrative,
			[]string{"attacked=0451/sentence"}},
		{"history: AD 410 after a citation dates the act (Rome)", "Gibbon wrote in 1776 about the fall of Rome. In AD 410 the Visigoths attacked Rome.", narrative,
			[]string{"attacked=0410/sentence"}},
		// Counts in tens and units and compound counts (review24 finding 11).
		{"history: years and months later (an armistice)", "In July 1914 Austria attacked Serbia. Four years and four months later, Germany signed the armistice with France.", narrative,
			[]string{"attacked=1914-07/sentence", "signed=1918-11/sentence"}},
		{"history: years and weeks later, no date (a revolution)", "In July 1914 Austria attacked Serbia. Three years and two weeks later, Russia signed an armistice with Germany.", narrative,
			[]string{"attacked=1914-07/sentence", "signed=-"}},
		{"history: twenty-five days after an act, the month it reaches (a conference)", "On 25 November 1918 Britain met France in London. Twenty-five days after the conference, Britain blockaded Germany.", narrative,
			[]string{"met=1918-11-25/sentence", "blockaded=1918-12/context"}},
		// A count with its number moves the date set (moved): at the
		// unit's granularity, or what the moved date still shares, or none.
		{"history: eighteen months after a year, no date (a peace treaty)", "In 1904 Japan attacked Russia at Port Arthur. Eighteen months later Russia signed a peace treaty with Japan.", narrative,
			[]string{"attacked=1904/sentence", "signed=-"}},
		{"history: within two years of a year, no date (a northern war)", "In 1700 Sweden attacked Denmark. Within two years, Russia invaded Sweden.", narrative,
			[]string{"attacked=1700/sentence", "invaded=-"}},
		{"history: within a count in tens and units of a year, no date (Iraq)", "In 1919 Britain occupied Iraq. Within twenty-five years, Iraq attacked Britain.", narrative,
			[]string{"occupied=1919/sentence", "attacked=-"}},
		{"history: within a count in tens and units of a year, no date (Alsace)", "In 1871 Germany defeated France. Within forty-three years, France attacked Germany.", narrative,
			[]string{"defeated=1871/sentence", "attacked=-"}},
		{"history: within a count in tens and units of days of a day, its month (an invasion)", "On 3 October 1935 Italy invaded Ethiopia. Within twenty-one days, Italy bombed Ethiopian villages.", narrative,
			[]string{"invaded=1935-10-03/sentence", "bombed=1935-10/context"}},
		{"history: within a distance, the year set (an invasion)", "In 1935 Italy invaded Ethiopia. Within twenty-five kilometres of the border, Italy bombed Ethiopian villages.", narrative,
			[]string{"invaded=1935/sentence", "bombed=1935/context"}},
		// A count after a decade the text set reads no date from the year before it.
		{"history: years after a counted decade, no date (Israel)", "In 1955 France attacked Algeria. A decade later, Egypt attacked Israel. Two years later, Israel attacked Syria.", narrative,
			[]string{"attacked=1955/sentence", "attacked=196X/sentence", "attacked=-"}},
		{"history: years after a decade named, no date (Egypt)", "In 1948 Israel attacked Egypt. In the 1950s Britain attacked Egypt. Two years later, Israel attacked Jordan.", narrative,
			[]string{"attacked=1948/sentence", "attacked=195X/sentence", "attacked=-"}},
		{"history: years after a year set after the decade (Egypt)", "In 1948 Israel attacked Egypt. In the 1950s Britain attacked Egypt. In 1967 Israel attacked Egypt. Two years later, Egypt attacked Israel.", narrative,
			[]string{"attacked=1948/sentence", "attacked=195X/sentence", "attacked=1967/sentence", "attacked=1969/sentence"}},
		{"history: later after a decade named keeps the decade (Egypt)", "In 1948 Israel attacked Egypt. In the 1950s Britain attacked Egypt. Later, Israel attacked Jordan.", narrative,
			[]string{"attacked=1948/sentence", "attacked=195X/sentence", "attacked=195X/context"}},
		{"history: within three weeks of a day, its month (an invasion)", "On 3 October 1935 Italy invaded Ethiopia. Within three weeks, Italy bombed Ethiopian villages.", narrative,
			[]string{"invaded=1935-10-03/sentence", "bombed=1935-10/context"}},
		{"history: ten days after an act, the month it reaches (a conference)", "On 25 November 1918 Britain met France in London. Ten days after the conference, Britain blockaded Germany.", narrative,
			[]string{"met=1918-11-25/sentence", "blockaded=1918-12/context"}},
		{"history: months afterwards, the month reached (a naval war)", "In June 1665 the English fleet defeated the Dutch off Lowestoft. Six months afterwards, Spain declared war on France.", narrative,
			[]string{"war=1665-12/sentence"}},
		// not: a short count from a coarser date keeps its year; no count keeps the cut
		{"history: ten days after a year keeps the year (a border war)", "In 1950 North Korea threatened South Korea. Ten days later, North Korea attacked South Korea.", narrative,
			[]string{"threatened=1950/sentence", "attacked=1950/context"}},
		{"history: three months after a year keeps the year (a peace treaty)", "In 1904 Japan attacked Russia at Port Arthur. Three months later Russia attacked Japan.", narrative,
			[]string{"attacked=1904/sentence", "attacked=1904/context"}},
		{"history: within a few weeks, the year set (an invasion)", "On 3 October 1935 Italy invaded Ethiopia. Within a few weeks, Italy bombed Ethiopian villages.", narrative,
			[]string{"invaded=1935-10-03/sentence", "bombed=1935-10-03/context"}},
		{"history: not a bare after (a siege)", "On 12 March 1921 Polish troops captured Vilnius. After the capture, Russia condemned Poland.", narrative,
			[]string{"captured=1921-03-12/sentence", "condemned=1921-03-12/context"}},
		{"history: not a later after the trigger (an air war)", "On 2 October 1950 China warned the United States. China accused the United States of a later raid.", narrative,
			[]string{"warned=1950-10-02/sentence", "accused=1950-10-02/context"}},
		// A past perfect's date is no time the story stands at: the
		// sentences after take the time set before it.
		{"history: a past perfect's date dates no act of the next sentence (a truce)", "In October 1916 Germany offered to negotiate. Russia had signed a truce with Germany in January. Britain rejected the offer.", narrative,
			[]string{"negotiate=1916-10/sentence", "signed=1916-01/sentence", "rejected=1916-10/context"}},
		{"history: a past perfect's date dates no act of the next sentence (a war of independence)", "In May 1948 Israel declared independence. Egypt had massed troops in Sinai in 1947. Egypt attacked Israel.", narrative,
			[]string{"massed=1947/sentence", "attacked=1948-05/context"}},
		{"history: not a simple past's date (a war of independence)", "In May 1948 Israel declared independence. Egypt massed troops in Sinai in June. Egypt attacked Israel.", narrative,
			[]string{"massed=1948-06/sentence", "attacked=1948-06/context"}},
		{"history: not a date before the auxiliary (a truce)", "In October 1916 Germany offered to negotiate. In January Russia had signed a truce with Germany. Britain rejected the offer.", narrative,
			[]string{"negotiate=1916-10/sentence", "signed=1916-01/sentence", "rejected=1916-01/context"}},
		{"history: not a later adjective (a defeat)", "On 28 May 1918 Armenia fought Turkey at Sardarapat. Turkey defeated Armenia in a later battle.", narrative,
			[]string{"fought=1918-05-28/sentence", "defeated=1918-05-28/context"}},
		{"history: the day after a history's would is the day after its date", "In July 1914 Austria declared war on Serbia. Germany would invade Belgium on 4 August 1914. The next day Britain declared war on Germany.", narrative,
			[]string{"war=1914-07/sentence", "invade=1914-08-04/sentence", "war=1914-08-04/context"}},
		{"history: a would-clause with a deadline still dates the act outside it by the telling", "Washington praised Seoul in 1953, but warned that Seoul would have to stay calm until the elections of 1956.", narrative,
			[]string{"praised=1953/sentence", "warned that=1953/sentence"}},
		{"history: a pledge dated outside the would-clause keeps that date", "In July 1920 Britain announced that it would send arms to Poland by September.", narrative,
			[]string{"send=1920-07/sentence"}},
		{"history: an act before a would-clause takes the sentence's one other date", "On 4 February 1989 Moscow announced that Soviet advisers providing aid to Afghanistan would be pulled out by the next month.", narrative,
			[]string{"providing=1989-02-04/sentence"}},
		{"history: an agreement to act by a deadline is not of the deadline", "In April 1988 the Soviet Union signed an accord with Pakistan. Moscow agreed to withdraw its troops from Afghanistan by 15 February 1989.", narrative,
			[]string{"signed=1988-04/sentence", "agreed=1988-04/context"}},
		{"history: an agreement to act by a deadline is not of the deadline (another war)", "On 6 November 1956 Britain accepted a ceasefire in Egypt. Britain and France agreed to withdraw their forces from Egypt by the end of 1956.", narrative,
			[]string{"ceasefire=1956-11-06/sentence", "agreed=1956-11-06/context"}},
		{"history: an agreement to act on a day, with no deadline, keeps the day", "Britain and France agreed to meet Egypt on 5 December 1956.", narrative,
			[]string{"agreed=1956-12-05/sentence"}},
		{"news: a deadline in a will-clause does not date the statement", "The minister said that French troops providing aid to Mali will leave Mali by March.", news("2021-03-04"),
			[]string{"providing=2021-03-04/dct"}},
		// A year before the common era dates an event as any year does.
		{"history: a year before the common era", "In 490 BC Persia invaded Greece. Greece then attacked Persia at Marathon.", narrative,
			[]string{"invaded=BC0490/sentence", "attacked=BC0490/context"}},
		{"history: the following year after a year before the common era is the year after it", "In 490 BC Persia invaded Greece. The following year Persia attacked Athens again.", narrative,
			[]string{"invaded=BC0490/sentence", "attacked=BC0489/sentence"}},
		{"history: years later after a year before the common era count down", "Persia attacked Egypt in 525 BC. Ten years later Persia invaded Greece.", narrative,
			[]string{"attacked=BC0525/sentence", "invaded=BC0515/sentence"}},
		// A date labelling a noun after the trigger is the thing's, not the event's.
		{"history: a label after the trigger is not the event's date", "German forces occupied Belgium, which contributed to the failure of the 1914 Schlieffen Plan.", narrative,
			[]string{"occupied=-"}},
		{"history: a label after the trigger is not the event's date (a possessive)", "Britain protested to Germany, recalling Hitler's 1930s aggressions.", narrative,
			[]string{"protested=-"}},
		{"history: a name's date after the trigger is not the event's", "Russia attacked Turkey, reviving the rivalry of the Crimean War of 1854.", narrative,
			[]string{"attacked=-"}},
		{"news: a name's date after the trigger is not the event's", "France condemned the attack on Ukraine, recalling the Congress of 1815.", news("2022-03-01"),
			[]string{"condemned=-"}},
		{"history: a label after a setting cue dates the event", "French troops attacked Germany during the 1918 Spring Offensive.", narrative,
			[]string{"attacked=1918/sentence"}},
		{"history: a label before the trigger dates the event", "The 1916 Battle of Jutland was the only clash of the British and German fleets.", narrative,
			[]string{"clash=1916/sentence"}},
		// A setting that names again a name the paragraph dated in brackets dates the sentence.
		{"history: a place dated in brackets, named again as the setting", "The war began in August 1914. Italy fought Austria at Caporetto (1917) and on the Piave. At Caporetto, Austrian forces attacked the Italian lines.", narrative,
			[]string{"fought=1917/sentence", "attacked=1917/context"}},
		{"history: another place's setting takes the paragraph's date, the bracket's year after 1914", "The war began in August 1914. Italy fought Austria at Caporetto (1917) and on the Piave. On the Piave, Austrian forces attacked the Italian lines.", narrative,
			[]string{"fought=1917/sentence", "attacked=1917/context"}},
		{"news: a place dated in brackets, named again as the setting", "Veterans of Gallipoli (1915) marched in Canberra on Saturday. In Gallipoli, Turkish forces repelled the British landings.", news("2015-04-26"),
			[]string{"repelled=1915/context"}},
		// Two dates joined by "and" date the event from the first to the second.
		{"history: two years joined by 'and' are the event's span", "In late 1919 and early 1920 Polish and Latvian forces attacked the Soviet garrisons.", narrative,
			[]string{"attacked=1919/1920/sentence"}},
		{"history: two days joined by 'and' are the event's span", "On 28 and 29 August 1918 the Canadians attacked the German lines.", narrative,
			[]string{"attacked=1918-08-28/1918-08-29/sentence"}},
		{"news: two months joined by 'and' are the event's span", "During May and June Russia shelled Ukrainian towns.", news("2022-07-01"),
			[]string{"shelled=2022-05/2022-06/sentence"}},
		{"history: dates of two acts are not joined", "In 1915 Italy attacked Austria and in 1916 Romania invaded Hungary.", narrative,
			[]string{"attacked=1915/sentence", "invaded=1916/sentence"}},
		// An event's date is a calendar date: a season's year, a time's day.
		{"history: a season dates an event by its year", "In the spring of 1979 the Afghan government requested Soviet troops.", narrative,
			[]string{"requested=1979/sentence"}},
		{"history: a season dates an event by its year (another war)", "In the summer of 1916 Romania invaded Hungary.", narrative,
			[]string{"invaded=1916/sentence"}},
		{"history: a time of day dates an event by its day", "On the morning of 28 December 1979 Soviet troops attacked Kabul.", narrative,
			[]string{"attacked=1979-12-28/sentence"}},
		{"news: a time of day dates an event by its day", "On the night of 14 April 1986 the United States bombed Libya.", news("1986-04-16"),
			[]string{"bombed=1986-04-14/sentence"}},
		// Never a citation year.
		{"history: a citation year is no context", "Historians disagree on the causes (Smith, 1999). Germany invaded Poland.", narrative,
			[]string{"invaded=-"}},
		// News: the document's date when the text gives none.
		{"news: the document's date", "China imposed sanctions on Lithuania.", news("2021-08-10"),
			[]string{"imposed=2021-08-10/dct"}},
		{"news: the document's date, two sentences", "Iran seized a British tanker. Britain protested to Iran.", news("2019-07-20"),
			[]string{"seized=2019-07-20/dct", "protested=2019-07-20/dct"}},
		// Scholarly: only the same pair in the next sentence, not after a new point.
		{"scholarly: the same pair continues", "In May 1998 the United States sanctioned India. The United States then suspended aid to India.", scholarly,
			[]string{"sanctioned=1998-05/sentence", "suspended=1998-05/context"}},
		{"scholarly: the same pair continues (a visit)", "In 1972 China hosted the American president. China and the United States thus signed a joint communique.", scholarly,
			[]string{"hosted=1972/sentence", "signed=1972/context"}},
		{"scholarly: a new point does not continue", "In May 1998 the United States sanctioned India. Further, the United States suspended aid to India.", scholarly,
			[]string{"sanctioned=1998-05/sentence", "suspended=-"}},
		{"scholarly: another pair does not continue", "In May 1998 the United States sanctioned India. The United States then suspended aid to India. Japan suspended aid to India.", scholarly,
			[]string{"sanctioned=1998-05/sentence", "suspended=1998-05/context", "suspended=-"}},
		// (dating33: an act told in the past right after a sentence that
		// dated an act of its own goes on with the story, whatever its pair:
		// TestScholarlyNarrates)
		{"scholarly: another pair continues a story told in the past (a recognition)", "In 1972 China hosted the American president. Japan recognised China.", scholarly,
			[]string{"hosted=1972/sentence", "recognised=1972/context"}},
		{"scholarly: a sentence that reports no event, naming the pair, continues", "In January 1980, Beijing commented on the Soviet move towards Pakistan. Both Pakistan and China thus called for a Soviet withdrawal from Afghanistan.", scholarly,
			[]string{"called for=1980-01/context"}},
		{"scholarly: a sentence that reports no event, naming the pair, continues (another pair)", "In May 1998 New Delhi surprised Washington with nuclear tests. The United States then sanctioned India.", scholarly,
			[]string{"sanctioned=1998-05/context"}},
		{"scholarly: a sentence that reports another pair's event does not continue by its names", "In 1965 India fought Pakistan while the Soviet Union stayed neutral. The Soviet Union has agreed to assist Pakistan.", scholarly,
			[]string{"fought=1965/sentence", "agreed=-"}},
		{"scholarly: another pair's act told in the past continues the story", "In 1965 India fought Pakistan while the Soviet Union stayed neutral. The Soviet Union agreed to assist Pakistan.", scholarly,
			[]string{"fought=1965/sentence", "agreed=1965/context"}},
		{"scholarly: never the document's date", "Iran seized a British tanker. Britain protested to Iran.", Given{Date: "2019-07-20", Kind: "scholarly"},
			[]string{"seized=-", "protested=-"}},
		// An event inside a clause with a date of its own takes that date, not the main clause's.
		{"history: a relative clause's own date", "Egypt, which would sign a peace treaty with Israel in 1979, attacked Israel in 1973.", narrative,
			[]string{"sign=1979/sentence", "attacked=1973/sentence"}},
		{"history: a relative clause's own date (a past perfect)", "Britain, whose troops had invaded Iraq in 1941, occupied Iran in 1942.", narrative,
			[]string{"invaded=1941/sentence", "occupied=1942/sentence"}},
		{"history: a clause's own date after the main clause", "Egypt attacked Israel in 1973, which led Israel to sign a treaty with Egypt in 1979.", narrative,
			[]string{"attacked=1973/sentence", "sign=1979/sentence"}},
		{"history: a main clause's event keeps its date beside a dated relative clause", "The Arab League, which was formed in 1945, attacked Israel in 1948.", narrative,
			[]string{"attacked=1948/sentence"}},
		// A dated noun phrase after a setting cue sets the time of what follows; a label elsewhere does not.
		{"history: a setting phrase's label sets the time", "In 1905 Mexico signed a treaty with Guatemala. In a 1908 interview, Mexico's president said he would retire. Mexico then attacked Guatemala.", narrative,
			[]string{"signed=1905/sentence", "attacked=1908/context"}},
		{"history: a setting phrase's label sets the time (another war)", "In 1914 Britain fought Germany. During the 1916 campaign, Britain fought Turkey. Britain then attacked Iraq.", narrative,
			[]string{"fought=1914/sentence", "fought=1916/sentence", "attacked=1916/context"}},
		{"history: a label after a verb sets no time", "In 1914 Britain fought Germany. Britain recalled the 1912 crisis. Britain then attacked Iraq.", narrative,
			[]string{"fought=1914/sentence", "attacked=1914/context"}},
		{"history: a label after 'since' sets no time", "In 1914 Britain fought Germany. Since the 1912 crisis, the British navy had grown. Britain then attacked Iraq.", narrative,
			[]string{"fought=1914/sentence", "attacked=1914/context"}},
		// A date that labels a time to come ("a June 1 deadline"; tense.tsv due) sets no time for what follows.
		{"news: a deadline's date sets no time", "The council has a June 1 deadline. Iran rejected the plan.", news("2010-05-27"),
			[]string{"rejected=2010-05-27/dct"}},
		{"news: a target's date sets no time", "Pakistan faces a July 15 target for the reforms. India rejected the reforms.", news("2010-05-27"),
			[]string{"rejected=2010-05-27/dct"}},
		{"news: a day that is no deadline's sets the time", "The council met on May 20. Iran rejected the plan.", news("2010-05-27"),
			[]string{"rejected=2010-05-20/context"}},
		{"news: a timetable's date sets no time", "The council agreed a June 1 timetable for the talks. Iran rejected the plan.", news("2010-05-27"),
			[]string{"rejected=2010-05-27/dct"}},
		{"history: a timetable's year sets no time", "In 1985 the Soviet Union announced its 1988 timetable for the withdrawal. The Soviet Union then attacked Pakistan.", narrative,
			[]string{"attacked=1985/context"}},
		{"news: a timeline's date sets no time", "Washington set a December 31 timeline for the pullout. Iraq rejected the plan.", news("2008-11-17"),
			[]string{"rejected=2008-11-17/dct"}},
		{"history: a timeline's year after 'for' sets no time", "In 1969 the United States set a timeline for 1972 in Vietnam. North Vietnam then attacked Laos.", narrative,
			[]string{"attacked=1969/context"}},
		{"news: an expiry's date sets no time", "The truce faces a March 5 expiry. Israel rejected the plan.", news("2009-02-20"),
			[]string{"rejected=2009-02-20/dct"}},
		{"history: an expiry's year sets no time", "In 1946 Britain recalled the treaty's 1956 expiry. Egypt then attacked Israel.", narrative,
			[]string{"attacked=1946/context"}},
		{"news: a day before a noun that names no time to come sets the time", "The council held a May 20 meeting with Iran. Iran rejected the plan.", news("2010-05-27"),
			[]string{"rejected=2010-05-20/context"}},
		// ... and so does one after the noun and "of" or "for" ("the deadline of June 1").
		{"news: a deadline's date after 'of' sets no time", "The council set the deadline of June 1 for the talks. Iran rejected the plan.", news("2010-05-27"),
			[]string{"rejected=2010-05-27/dct"}},
		{"history: a target's year after 'for' sets no time", "In 1985 the Soviet Union set a target for 1990 in Afghanistan. The Soviet Union then attacked Pakistan.", narrative,
			[]string{"attacked=1985/context"}},
		{"history: a date after the noun and another word sets the time", "In 1985 the deadline passed. On 3 June 1986 the Soviet Union attacked Pakistan. Pakistan then rejected the plan.", narrative,
			[]string{"attacked=1986-06-03/sentence", "rejected=1986-06-03/context"}},
		// ... and one after a participle of a plan and "for" ("the big push planned for 1976").
		{"history: a plan's year after 'planned for' sets no time", "In October 1974 North Vietnam planned an attack on South Vietnam. A larger offensive might interfere with the big push planned for 1976. Le Duan approved the attack on South Vietnam.", narrative,
			[]string{"planned=1974-10/sentence", "approved=1974-10/context"}},
		{"history: a vote's date after 'scheduled for' sets no time", "In November 2008 Iraq signed a pact with the United States. The pact requires a referendum scheduled for July 2009 in Iraq. Iran criticized the pact with the United States.", narrative,
			[]string{"signed=2008-11/sentence", "criticized=2008-11/context"}},
		// ... but where the paragraph has set no time, the plan's date is the
		// best the text gives (review16 finding 9).
		{"history: a plan's date sets the time of a paragraph that has none", "The summit, scheduled for June 12, 2018, took place in Singapore. Trump met Kim.", narrative,
			[]string{"met=2018-06-12/context"}},
		{"history: a plan's date sets the time of a paragraph that has none (another text)", "Operation Overlord, planned for June 1944, opened the second front. The Allies attacked German forces.", narrative,
			[]string{"attacked=1944-06/context"}},
		// ... but not a plan the sentence says was dropped or put off
		// (tense.tsv dropped; review17 finding 7), wherever the paragraph stands.
		{"history: a cancelled plan's date sets no time", "The invasion of Britain, planned for September 1940, was cancelled. Germany attacked the Soviet Union instead.", narrative,
			[]string{"attacked=-"}},
		{"history: a cancelled plan's date sets no time (another text)", "The conference, scheduled for March 1990, was called off. Iraq invaded Kuwait.", narrative,
			[]string{"invaded=-"}},
		{"history: a postponed plan's date sets no time after a dated sentence", "In 1989 Iraq threatened Kuwait. The talks, planned for 1990, were postponed. Iraq invaded Kuwait.", narrative,
			[]string{"threatened=1989/sentence", "invaded=1989/context"}},
		{"history: a plan held before another is cancelled sets the time", "The summit, scheduled for May 1960, took place in Paris, but the next one was cancelled. Khrushchev denounced Eisenhower.", narrative,
			[]string{"denounced=1960-05/context"}},
		{"history: a plan that was not postponed sets the time", "The vote, scheduled for July 2009, was not postponed. Iran arrested protesters.", narrative,
			[]string{"arrested=2009-07/context"}},
		// ... and so it does when the sentence says the thing took place (tense.tsv held), not when it denies it.
		{"history: a plan's date that took place sets the time", "In 2017 the United States threatened North Korea. The summit, scheduled for June 12, 2018, took place in Singapore. Trump met Kim.", narrative,
			[]string{"threatened=2017/sentence", "met=2018-06-12/context"}},
		{"history: a plan's date that took place sets the time (another text)", "In March 1944 the Allies bombed Germany. The conference, planned for May 1944, was held in London. The Allies attacked German forces.", narrative,
			[]string{"bombed=1944-03/sentence", "attacked=1944-05/context"}},
		{"history: a plan's date that never took place sets no time", "In November 2008 Iraq signed a pact with the United States. The referendum, scheduled for July 2009, never took place. Iran criticized the pact with the United States.", narrative,
			[]string{"signed=2008-11/sentence", "criticized=2008-11/context"}},
		{"history: a plan's date that was not held sets no time", "In October 1974 North Vietnam attacked South Vietnam. The talks were scheduled for March 1975 but were not held. China criticized North Vietnam.", narrative,
			[]string{"attacked=1974-10/sentence", "criticized=1974-10/context"}},
		{"history: 'planned' with no date right after 'for' is no plan's date", "In 1974 North Vietnam attacked Laos. The offensive was planned for months, and in March 1975 North Vietnam attacked Cambodia. China praised North Vietnam.", narrative,
			[]string{"attacked=1974/sentence", "attacked=1975-03/sentence", "praised=1975-03/context"}},
		{"news: 'of' after another noun is no deadline's", "The council set the meeting of June 1 for the talks. Iran rejected the plan.", news("2010-05-27"),
			[]string{"rejected=2010-06-01/context"}},
		// A number that can be a day right after a month name is the day, never a two-digit
		// year: "By May 20 targets had been met" does not move the story to 2020.
		{"history: a day after a month and a day cue, before a plural", "In 1999 Serbia attacked Albania. By May 20 targets had been met. On March 3 NATO bombed Serbia.", narrative,
			[]string{"attacked=1999/sentence", "bombed=1999-03-03/sentence"}},
		{"history: a day after a month, before a plural noun (another text)", "In 1950 North Korea invaded South Korea. On June 12 ministers met in Tokyo. In July China attacked Taiwan.", narrative,
			[]string{"invaded=1950/sentence", "attacked=1950-07/sentence"}},
		// A year alone in brackets after a name or a noun dates what follows, as any date does,
		// unless it lies before the story's time (a name recalled).
		{"history: a battle's year in brackets moves the story on", "In 1914 Germany attacked Russia. The Battle of Gallipoli (1915) saw Britain attack Turkey. Britain then invaded Iraq.", narrative,
			[]string{"attacked=1914/sentence", "attack=1915/sentence", "invaded=1915/context"}},
		{"history: a campaign's year in brackets moves the story on (another war)", "In 1939 Germany invaded Poland. The Battle of France (1940) ended when Germany defeated France. Germany then attacked Britain.", narrative,
			[]string{"invaded=1939/sentence", "defeated=1940/sentence", "attacked=1940/context"}},
		{"history: an earlier year in brackets after a noun sets no time", "In 1914 Germany attacked Russia. Britain recalled the treaty (1839) with Belgium. Britain then invaded Iraq.", narrative,
			[]string{"attacked=1914/sentence", "invaded=1914/context"}},
		{"history: an earlier year in brackets after a name sets no time", "In 1956 Egypt seized the canal. Egypt cited the Anglo-Egyptian Treaty (1936) in its defence. Britain then attacked Egypt.", narrative,
			[]string{"attacked=1956/context"}},
		// A date that labels another event after a count of time and "before"/"after" ("three months
		// before the October Chinese intervention") is that event's: another trigger takes the
		// sentence's last date before it, else none, and the date sets no time for what follows.
		{"history: a date counted from dates the event it labels, not the clause's verb", "On 27 June 1950, three months before the October Chinese intervention, the United States dispatched the 7th Fleet to Taiwan. China then attacked Korea.", narrative,
			[]string{"dispatched=1950-06-27/sentence", "attacked=1950-06-27/context"}},
		{"history: a date counted from, no other date in the sentence (another war)", "In 1990 Iraq threatened Kuwait. Two weeks after the March elections in Iraq, Iran attacked Iraq. Iraq then attacked Iran.", narrative,
			[]string{"threatened=1990/sentence", "attacked=-", "attacked=1990/context"}},
		{"history: the event a counted date labels keeps it", "In 1990 Iraq threatened Kuwait. Three weeks after the August Iraqi invasion of Kuwait, the United States condemned Iraq.", narrative,
			[]string{"threatened=1990/sentence", "invasion=1990-08/sentence", "condemned=-"}},
		{"history: a month in a name with no count dates the clause", "In 1990 Iraq invaded Kuwait. In the October offensive Russia attacked Iraq. Iraq then attacked Iran.", narrative,
			[]string{"invaded=1990/sentence", "attacked=1990-10/sentence", "attacked=1990-10/context"}},
		{"history: a count from a date with no noun after it dates the clause", "In August 1990 Iraq invaded Kuwait. In August, three days after the elections, Iraq attacked Iran.", narrative,
			[]string{"invaded=1990-08/sentence", "attacked=1990-08/sentence"}},
		// A date in a remark in brackets ("(as X did in 1781)", "(which Y had signed in 1912)") sets no time for what follows.
		{"history: a bracketed remark's date sets no time", "In 1778 Britain planned to attack the colonies (as Britain did to New York in 1781). Britain then attacked France.", narrative,
			[]string{"attacked=1778/context"}},
		{"history: a bracketed relative clause's date sets no time", "Morocco refused to recognize the treaty (which Spain had signed in 1912). France attacked Morocco.", narrative,
			[]string{"refused=-", "signed=1912/sentence", "attacked=-"}},
		{"history: a date given in brackets sets the time", "In 1914 Britain fought Germany. The offensive (in March 1916) failed. Britain then attacked Turkey.", narrative,
			[]string{"fought=1914/sentence", "attacked=1916-03/context"}},
		{"history: a date alone in brackets sets the time", "In 1914 Britain fought Germany. The offensive (March 1916) failed. Britain then attacked Turkey.", narrative,
			[]string{"fought=1914/sentence", "attacked=1916-03/context"}},
		// A year far after the story's time is a look ahead, but not within a span of years its heading names.
		{"history: a year within the heading's span is the story's", "The Cold War (1947-1991)\n\nIn 1947 the United States aided Greece. In 1983 the United States invaded Grenada. The following year the United States bombed Libya.", narrative,
			[]string{"aided=1947/sentence", "invaded=1983/sentence", "bombed=1984/sentence"}},
		{"history: a year within the heading's span is the story's (another text)", "The rule of Diaz (1876-1910)\n\nIn 1880 Mexico signed a treaty with Guatemala. In a 1908 interview, Mexico's president said he would retire. Mexico then attacked Guatemala.", narrative,
			[]string{"signed=1880/sentence", "attacked=1908/context"}},
		{"history: a year far after the heading's span is a look ahead", "The Vietnam War (1964-1973)\n\nIn 1964 the United States attacked Vietnam. A report declassified in 2005 showed the attack was staged. The following year, the United States bombed Vietnam.", narrative,
			[]string{"attacked=1964/sentence", "bombed=1965/sentence"}},
		{"history: a year far after the story's time is a look ahead", "In 1950 North Korea invaded South Korea. A report declassified in 1995 showed the invasion was planned. The following year, China attacked South Korea.", narrative,
			[]string{"invaded=1950/sentence", "attacked=1951/sentence"}},
		// A date that opens a clause joined by "and" before its subject is that clause's, not the events' told before it.
		{"history: a joined clause's date is not the first clause's", "On 14 September 1918 Austria sent a note to all belligerents suggesting a meeting for peace talks and on 15 September Germany made a peace offer to Belgium.", narrative,
			[]string{"meeting=1918-09-14/sentence", "peace offer=1918-09-15/sentence"}},
		{"history: a joined clause's date is not the first clause's (none before)", "The Soviet Union offered talks to the United States, and in October 1962 the United States blockaded Cuba.", narrative,
			[]string{"offered=-", "blockaded=1962-10/sentence"}},
		{"history: the clause before a joined clause's date keeps the time carried to it", "On 4 August 1914 Germany declared war on France. German troops crossed into Belgium, and on 5 August Britain declared war on Germany.", narrative,
			[]string{"war=1914-08-04/sentence", "crossed into=1914-08-04/context", "war=1914-08-05/sentence"}},
		{"history: the clause before a joined clause's date keeps the time carried to it (another text)", "In August 1916 the Entente courted Romania. The Entente promised Romania land, and on 27 August 1916 the Romanian army attacked Hungary.", narrative,
			[]string{"promised=1916-08/context", "attacked=1916-08-27/sentence"}},
		{"history: with a date before it in its sentence, the earlier clause keeps that", "In 1962 Cuba hosted Soviet missiles. On 14 October 1962 the Soviet Union offered talks, and on 22 October the United States blockaded Cuba.", narrative,
			[]string{"hosted=1962/sentence", "offered=1962-10-14/sentence", "blockaded=1962-10-22/sentence"}},
		{"history: each clause keeps its own date", "In March 1781 Britain attacked Virginia, and in April, a British force invaded Georgia.", narrative,
			[]string{"attacked=1781-03/sentence", "invaded=1781-04/sentence"}},
		{"history: a date after 'and' with no subject after it opens no clause", "Britain attacked France in May 1916 and on 5 June invaded Belgium.", narrative,
			[]string{"attacked=1916-05/sentence", "invaded=1916-06-05/sentence"}},
		// ... nor a year that opens its sentence after a setting cue: the story moves on.
		{"history: a far year that opens its sentence moves the story on", "In 1914 Russia attacked Germany.\n\nIn 1949, the Soviet Union tested a bomb. The following year, China attacked Korea.", narrative,
			[]string{"attacked=1914/sentence", "attacked=1950/sentence"}},
		{"history: a far year that opens its sentence moves the story on (another text)", "In 1914 Russia attacked Germany. By 1949 China had fought Japan.\n\nThe following year, Germany invaded Belgium.", narrative,
			[]string{"attacked=1914/sentence", "fought=1949/sentence", "invaded=1950/sentence"}},
		// ... unless its clause tells of a record or a finding (tense.tsv record): a look back from later.
		{"history: a far year that opens a sentence of a finding is a look back", "The Cuban Missile Crisis began in October 1962. In 2005, declassified files showed that the crisis had been close. The Soviet Union withdrew the missiles from Cuba.", narrative,
			[]string{"withdrew=1962-10/context"}},
		{"history: a far year that opens a sentence of a writing is a look back (another text)", "In 1950 North Korea invaded South Korea. In 1995 a Chinese general wrote that Mao had been cautious. The following year, China attacked South Korea.", narrative,
			[]string{"invaded=1950/sentence", "attacked=1951/sentence"}},
		{"history: a record verb with an object is an act of the story", "In 1914 Russia attacked Germany.\n\nIn 1949, the Soviet Union showed its new missiles to the world. The following year, China attacked Korea.", narrative,
			[]string{"attacked=1914/sentence", "attacked=1950/sentence"}},
		{"history: a record verb with an object is an act of the story (another text)", "In 1964 the United States attacked Vietnam. In 1980, the two states published a joint declaration. The following year, China attacked Vietnam.", narrative,
			[]string{"attacked=1964/sentence", "attacked=1981/sentence"}},
		{"history: a record verb after 'that' is not the opening clause's", "In 1914 Russia attacked Germany.\n\nIn 1949, the Soviet Union tested a bomb that revealed its strength. The following year, China attacked Korea.", narrative,
			[]string{"attacked=1914/sentence", "attacked=1950/sentence"}},
		{"history: a near year with a record verb moves the story on", "In 1914 Russia attacked Germany. In 1916, the Russian general wrote a plan. The following year, Germany invaded Belgium.", narrative,
			[]string{"attacked=1914/sentence", "invaded=1917/sentence"}},
		{"history: a far year inside its sentence is a look ahead", "In 1914 Russia attacked Germany. Historians in 1990 praised the attack. The following year, Germany invaded Belgium.", narrative,
			[]string{"attacked=1914/sentence", "invaded=1915/sentence"}},
		// A time the story names by its own course ("for the duration of the
		// war", "at the end of the conflict": storytimes.tsv) is not the one
		// the paragraph set: the clause that names it takes no date carried
		// to it, and a sentence that opens with it moves its paragraph to a
		// time the text does not name.
		{"history: a sentence naming the war's course takes no carried date", "On 22 June 1941 Germany invaded the Soviet Union. Finland attacked the Soviet Union for the rest of the war.\n\nThe war ended in 1945.", narrative,
			[]string{"invaded=1941-06-22/sentence", "attacked=-"}},
		{"history: a sentence naming the war's course takes no carried date (another war)", "In May 1965 North Vietnam attacked South Vietnam. The Soviet Union supplied North Vietnam with arms throughout the war.\n\nThe war ended in 1975.", narrative,
			[]string{"attacked=1965-05/sentence", "supplied=-", "war=-"}},
		{"history: a pledge before the war's course keeps the carried date", "On 22 June 1941 Germany invaded the Soviet Union. Britain promised to supply the Soviet Union until the end of the war.", narrative,
			[]string{"invaded=1941-06-22/sentence", "promised=1941-06-22/context"}},
		{"history: a pledge before the war's course keeps the carried date (another war)", "In May 1965 North Vietnam attacked South Vietnam. The Soviet Union pledged to arm North Vietnam for the duration of the war.", narrative,
			[]string{"attacked=1965-05/sentence", "pledged=1965-05/context"}},
		{"history: a clause before the war's course keeps the carried date", "On 22 June 1941 Germany invaded the Soviet Union. Britain aided the Soviet Union, which fought Germany for the rest of the war.\n\nThe war ended in 1945.", narrative,
			[]string{"invaded=1941-06-22/sentence", "aided=1941-06-22/context", "fought=-"}},
		{"history: a sentence that opens at the war's end moves its paragraph", "On 19 November 1916 Serbia attacked Bulgaria. Only at the end of the war did France attack Bulgaria. Days later Bulgaria attacked Britain.\n\nThe war ended in 1918.", narrative,
			[]string{"attacked=1916-11-19/sentence", "attack=-", "attacked=-"}},
		{"history: a sentence that opens at the war's end moves its paragraph (another war)", "In March 1780 France signed a treaty with the United States. Towards the end of the war, France attacked Britain. The United States thanked France.\n\nThe war ended in 1783.", narrative,
			[]string{"signed=1780-03/sentence", "attacked=-", "thanked=-"}},
		{"history: a date after the moved sentence sets the time again", "In March 1780 France signed a treaty with the United States. Towards the end of the war, France attacked Britain. In October 1781 France attacked Britain at Yorktown. The United States thanked France.", narrative,
			[]string{"signed=1780-03/sentence", "attacked=-", "attacked=1781-10/sentence", "thanked=1781-10/context"}},
		{"history: the moved story is no date for the next paragraph, the heading's is", "1780: The south\n\nIn March 1780 France signed a treaty with the United States. By the end of the campaign, France attacked Britain.\n\nBritain attacked France.\n\nThe war ended in 1783.", narrative,
			[]string{"signed=1780-03/sentence", "attacked=-", "attacked=1780/context"}},
		{"history: the war's course inside a sentence does not move its paragraph", "On 22 June 1941 Germany invaded the Soviet Union. The German navy stayed in port for the rest of the war. Finland attacked the Soviet Union.", narrative,
			[]string{"invaded=1941-06-22/sentence", "attacked=1941-06-22/context"}},
		{"history: the war's start, an episode's end, a sentence's own date are no such time", "In 1915 Italy attacked Austria. At the outbreak of the war, Italy had stayed neutral. After the siege, Austria attacked Italy. At the end of the war in 1918, Italy occupied Trieste.", narrative,
			[]string{"attacked=1915/sentence", "attacked=1915/context", "occupied=1918/sentence"}},
		// A story that already stands in the last year its text names has
		// reached the war's end when its paragraph told the end in that year
		// or its years span two years or more: "at the end of the war" is
		// the time it set (review16 finding 8, review17 finding 3; the cases
		// above name a later year).
		{"history: the war's end told in the story's last year keeps the paragraph's date", "In 1918 Germany signed the armistice. At the end of the war, France occupied the Rhineland.", narrative,
			[]string{"signed=1918/sentence", "occupied=1918/context"}},
		{"history: the war's end told in the story's last year keeps the paragraph's date (another war)", "In June 1945 the war in Europe ended. At the end of the war, the Soviet Union invaded Manchuria. Soviet troops also attacked Japan.", narrative,
			[]string{"invaded=1945-06/context", "attacked=1945-06/context"}},
		{"history: the war's end told in the last of the story's years keeps the paragraph's date", "In 1914 Germany attacked Belgium.\n\nIn 1918 Germany attacked France, and Germany then signed the armistice. At the end of the war, Britain seized German colonies in Africa.", narrative,
			[]string{"attacked=1914/sentence", "attacked=1918/sentence", "signed=1918/sentence", "seized=1918/context"}},
		{"history: the war's end told in the last of the story's years keeps the paragraph's date (another war)", "In May 1965 the United States bombed North Vietnam. China supplied North Vietnam with arms, and the Soviet Union sent advisers to Hanoi. North Vietnam attacked South Vietnam.\n\nIn April 1975 North Vietnam attacked Saigon, and South Vietnam surrendered. In the final days of the war, the United States evacuated South Vietnam. The United States then imposed an embargo on Vietnam.", narrative,
			[]string{"bombed=1965-05/sentence", "supplied=1965-05/context", "sent=1965-05/context", "attacked=1965-05/context", "attacked=1975-04/sentence", "evacuated=1975-04/context", "imposed=1975-04/context"}},
		// ... but years alone tell no end: a story whose last named year is mid-war
		{"history: the war's end after a span of mid-war years takes no date", "In 1939 Germany invaded Poland. In 1941 Germany attacked the Soviet Union. At the end of the war, the Soviet Union annexed eastern Poland.", narrative,
			[]string{"invaded=1939/sentence", "attacked=1941/sentence", "annexed=-"}},
		{"history: the war's end after a span of mid-war years takes no date (another war)", "In 1965 the United States sent marines to Vietnam. In 1968 the Viet Cong launched the Tet offensive. At the end of the war, North Vietnam took Saigon.", narrative,
			[]string{"sent=1965/sentence", "took=-"}},
		// ... not a text that names only the year its war began
		{"history: the war's end in a text of one year takes no date", "In September 1939 Germany invaded Poland. At the end of the war, the Soviet Union annexed eastern Poland.", narrative,
			[]string{"invaded=1939-09/sentence", "annexed=-"}},
		{"history: the war's end in a text of one year takes no date (another war)", "In 1914 Germany attacked Belgium. Britain declared war on Germany. At the end of the war, Britain seized German colonies in Africa.", narrative,
			[]string{"attacked=1914/sentence", "war=1914/context", "seized=-"}},
		{"history: the end of talks is no war's end", "In 1950 North Korea invaded South Korea. The talks ended. At the end of the war, China withdrew its troops from North Korea.", narrative,
			[]string{"invaded=1950/sentence", "withdrew=-"}},
		// "until the end of the war" is an end point, not the time of the act.
		{"history: an act until the war's end keeps the carried date", "In 1940 Germany attacked Norway. German troops occupied Norway until the end of the war.\n\nThe war ended in 1945.", narrative,
			[]string{"attacked=1940/sentence", "occupied=1940/context"}},
		{"history: an act until the war's end keeps the carried date (another war)", "In 1967 Israel attacked Egypt. Israel blockaded Egypt until the end of the conflict.\n\nThe conflict ended in 1973.", narrative,
			[]string{"attacked=1967/sentence", "blockaded=1967/context"}},
		// An inserted clause that names the war's course ends at its comma.
		{"history: the main clause after an inserted clause of the war's course keeps the carried date", "In August 1945 the United States bombed Japan. The Soviet Union, which had stayed neutral throughout the war, then declared war on Japan.\n\nThe war ended in 1946.", narrative,
			[]string{"bombed=1945-08/sentence", "war=-", "war=1945-08/context"}},
		{"history: the inserted clause's own act takes no carried date", "In April 1917 the United States declared war on Germany. Brazil, which attacked German ships throughout the war, then blockaded Germany.\n\nThe war ended in 1918.", narrative,
			[]string{"war=1917-04/sentence", "attacked=-", "blockaded=1917-04/context"}},
		{"news: a sentence naming the war's course keeps the document's date", "Russia attacked Ukraine until the end of the war.", news("2019-07-20"),
			[]string{"attacked=2019-07-20/dct"}},
		// A sentence's dates belong to its events: one the coder left undated stays so.
		{"an event its dated sentence leaves undated", "From 1983 to 1990 Pakistan received aid from the United States owing to the Soviet invasion of Afghanistan.", scholarly,
			[]string{"received=1983/1990/sentence", "invasion=-"}},
		{"an event its dated sentence leaves undated (news)", "From 1983 to 1990 Pakistan received aid from the United States owing to the Soviet invasion of Afghanistan.", news("1991-01-01"),
			[]string{"received=1983/1990/sentence", "invasion=-"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := eventDates(t, v, tg, tt.text, tt.given)
			if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
				t.Errorf("\n got  %q\n want %q", got, tt.want)
			}
		})
	}
}

// TestHeaderDate: a front matter's date is the document's only near its
// top; a date the header reader found deep in a text with no headings is
// one the text reports.
func TestHeaderDate(t *testing.T) {
	tests := []struct {
		name  string
		dates []text.HeaderDate
		want  string
	}{
		{"a paper's publication date beats its submission date",
			[]text.HeaderDate{{Label: "submission", Value: "2022-08-02", Start: 300}, {Label: "publication", Value: "2022-08-20", Start: 340}}, "2022-08-20"},
		{"an issue date at the top", []text.HeaderDate{{Label: "issue", Value: "2019-03", Start: 40}}, "2019-03"},
		{"an issue date deep in a history is no document date", []text.HeaderDate{{Label: "issue", Value: "1920-07", Start: 15381}}, ""},
		{"a date deep in, a date at the top", []text.HeaderDate{{Label: "publication", Value: "1944-06", Start: 9000}, {Label: "received", Value: "2001-05-01", Start: 120}}, "2001-05-01"},
	}
	for _, tt := range tests {
		if got := headerDate(text.Header{Dates: tt.dates}); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}
