package event_test

import (
	"testing"

	"github.com/stratex/stratex/extract/internal/stagetest"
)

// TestUnknownLeaderOnAnother: a head of state the vocabulary does not
// know takes his target's state as his own (+domestic) only for an act on
// that state's people (a domestic noun: "Zambian opposition parties") or
// an act done at home (homeacts.txt: an arrest, a ban); an act on a state
// or a people itself ("attacked the British", "invaded Norway") is no act
// of that state on itself and, with no source, no event. Sentences of our
// own, from a history of the Boer War, one of the Greco-Turkish war and
// news of southern Africa and the Baltic; a title of two words ("Prime
// Minister", headtitles.txt) acts as one of one word.
func TestUnknownLeaderOnAnother(t *testing.T) {
	checkDyads(t, []string{"ASSAULT", "COERCE", "ACCUSE"}, []stagetest.Case{
		{Name: "attacked the British (history)", Text: "In 1899, President Ndlovu attacked the British.", Want: ""},
		{Name: "attacked the Turks (history)", Text: "In 1920, Prime Minister Karvelas attacked the Turks.", Want: ""},
		{Name: "invaded Norway (history)", Text: "In 1931, King Ostrander invaded Norway.", Want: ""},
		{Name: "criticized the French (news)", Text: "In 1950, Chancellor Ostrander criticized the French.", Want: ""},
		{Name: "not: banned opposition parties (news)", Text: "In 1921, President Ndlovu banned Zambian opposition parties.", Want: "COERCE ZMB>ZMB"},
		{Name: "not: arrested communists, a home act (history)", Text: "In 1931, President Karvelas arrested Greek communists.", Want: "COERCE GRC>GRC"},
		{Name: "not: a two-word title, a home act (history)", Text: "In 1922, Prime Minister Karvelas arrested Greek communists.", Want: "COERCE GRC>GRC"},
		{Name: "not: a two-word title, opposition parties (news)", Text: "Prime Minister Tarvo has banned Estonian opposition parties.", Want: "COERCE EST>EST"},
		{Name: "not: banned candidates (news)", Text: "President Kwabena Asante has banned Ghanaian opposition candidates.", Want: "COERCE GHA>GHA"},
	})
}

// TestWithdrawnFrom: a withdrawal of a body a people's word names ("Soviet
// advisers") or of the subject's own ("Cuban troops", by Cuba) is made
// from the actor after "from", its target (withdrawnFrom), not from the
// body's people. Not a release or an expulsion (the people named are
// acted on), nor a withdrawal with no object. Sentences of our own, from a
// paper on the Sino-Soviet split, a history of the Angolan war and one of
// the Vietnam war.
func TestWithdrawnFrom(t *testing.T) {
	checkDyads(t, []string{"RETREAT", "SANCTION"}, []stagetest.Case{
		{Name: "Soviet advisers from China (paper)", Text: "In 1960, the Soviet Union withdrew Soviet advisers from China.", Want: "RETREAT SUN>CHN"},
		{Name: "Cuban troops from Angola (history)", Text: "In 1989, Cuba withdrew Cuban troops from Angola.", Want: "RETREAT CUB>AGO"},
		{Name: "American troops from Vietnam (history)", Text: "In 1973, the United States withdrew American troops from Vietnam.", Want: "RETREAT USA>VNM"},
		{Name: "not: released hostages (history)", Text: "In 1990, Iraq released British hostages from Kuwait.", Want: "RETREAT IRQ>GBR"},
		{Name: "not: expelled advisers (paper)", Text: "In 1972, Egypt expelled Soviet advisers from Egypt.", Want: "SANCTION EGY>SUN"},
		{Name: "not: withdrew from a state (history)", Text: "In 1956, Britain withdrew from Egypt.", Want: "RETREAT GBR>EGY"},
		{Name: "not: withdrew support (paper)", Text: "In 1990, the United States withdrew its support from Iraq.", Want: "SANCTION USA>IRQ"},
	})
}

// TestFollowedSuit: "followed suit", "did the same" or "followed" with no
// object after an act: the new subject does the sentence's last act, on
// its target, with the date after the verb (followedSuit); a sentence
// that opens with the subject repeats the act of the sentence before in
// its paragraph. Not "followed"
// with an object ("followed the river", "followed the talks"), nor a
// "followed" whose subject is no actor. Sentences of our own, from a
// history of the Nigerian civil war, one of the Yugoslav wars and one of
// the Gulf war, and news of expulsions of diplomats. The phrases come from
// syntax's repeats.txt.
func TestFollowedSuit(t *testing.T) {
	checkModes(t, []string{"SUPPORT", "SANCTION", "ASSAULT"}, []stagetest.Case{
		{Name: "followed the next month (history)", Text: "Tanzania recognised Biafra in April 1968, and Gabon and Zambia followed the next month.", Want: "SUPPORT TZA>BIAFRA 1968-04; SUPPORT GAB,ZMB>BIAFRA 1968-05"},
		{Name: "followed on a date (history)", Text: "Germany recognised Croatia in December 1991, and Italy followed on 15 January 1992.", Want: "SUPPORT DEU>HRV 1991-12; SUPPORT ITA>HRV 1992-01-15"},
		{Name: "did the same (history)", Text: "In 1991, France broke off relations with Iraq, and Italy did the same.", Want: "SANCTION FRA>IRQ 1991; SANCTION ITA>IRQ 1991"},
		{Name: "followed suit (history)", Text: "In 1950, France attacked Germany, and Britain followed suit in March.", Want: "ASSAULT FRA>DEU 1950; ASSAULT GBR>DEU 1950-03"},
		{Name: "followed suit (news)", Text: "Lithuania expelled two Russian diplomats on 2 March 2022, and Latvia followed suit on 4 March 2022.", Want: "SANCTION LTU>RUS 2022-03-02; SANCTION LVA>RUS 2022-03-04"},
		{Name: "did the same (news)", Text: "Poland expelled the Belarusian ambassador on 5 May 2021, and Lithuania did the same.", Want: "SANCTION POL>BLR 2021-05-05; SANCTION LTU>BLR 2021-05-05"},
		{Name: "not: followed the river (history)", Text: "In 1812, Russia attacked Sweden, and Napoleon followed the river.", Want: "ASSAULT RUS>SWE 1812"},
		{Name: "not: followed the talks (paper)", Text: "In 1972, Egypt expelled Soviet advisers, and Syria followed the talks closely.", Want: "SANCTION EGY>SUN 1972"},
		{Name: "the sentence before (paper)", Text: "Egypt expelled Soviet advisers in 1972. Syria followed in 1973.", Want: "SANCTION EGY>SUN 1972; SANCTION SYR>SUN 1973"},
		{Name: "not: a thing followed, the sentence before (paper)", Text: "France broke off relations with Iraq in 1991. The crisis followed.", Want: "SANCTION FRA>IRQ 1991"},
		{Name: "not: another paragraph (paper)", Text: "France broke off relations with Iraq in 1991.\n\nItaly did the same in 1992.", Want: "SANCTION FRA>IRQ 1991"},
		{Name: "not: the crisis that followed (paper)", Text: "In 1991, France broke off relations with Iraq, and the crisis that followed lasted a year.", Want: "SANCTION FRA>IRQ 1991"},
	})
}

// TestFollowedByNoun: an event noun with no party of its own a few words
// after "followed by" (syntax's repeats.txt, marked noun) goes on with
// the parties of the event before it (continuesPrior). Not without
// "followed by". Sentences of our own, a history of the 1930s and news of
// the Russian invasion of Ukraine.
func TestFollowedByNoun(t *testing.T) {
	checkModes(t, []string{"SUPPORT", "ASSAULT"}, []stagetest.Case{
		{Name: "followed by an invasion (history)", Text: "Germany signed a pact with Poland in 1934, followed by an invasion in 1939.", Want: "SUPPORT DEU>POL 1934; ASSAULT DEU>POL 1939"},
		{Name: "followed by an invasion (news)", Text: "Russia signed a treaty with Ukraine in 1997, followed by an invasion in 2022.", Want: "SUPPORT RUS>UKR 1997; ASSAULT RUS>UKR 2022"},
		{Name: "not: no 'followed by' (news)", Text: "Russia signed a treaty with Ukraine in 1997, and an invasion came in 2022.", Want: "SUPPORT RUS>UKR 1997"},
	})
}
