package lexicon_test

import "testing"

// TestInflictOnASide: a defeat, losses, casualties or damage inflicted on
// another side is fighting it (ASSAULT by the one who inflicts, the side
// after "on" or "to" its target; triggers.tsv's "inflict" rows, and
// lightverbs.txt's "inflict defeat" for the defeat noun); harm done
// by a storm or a crisis, or to a side named by no actor, is no act.
// Only ASSAULT events are shown. Cases of our own, from histories, news
// and a scholarly text.
func TestInflictOnASide(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"casualties inflicted (news)", "On Sunday Turkish troops inflicted heavy casualties on Syrian government forces near Idlib, a spokesman said.", "ASSAULT TUR>SYR"},
		{"damage inflicted to a side (scholarly)", "Naval historians agree that in 1805 Britain inflicted heavy damage to France off Cape Trafalgar.", "ASSAULT GBR>FRA"},
		{"a defeat inflicted (history)", "In 1905 Japan inflicted a defeat on Russia at Tsushima.", "ASSAULT JPN>RUS"},
		{"a decisive defeat inflicted (scholarly)", "As Wawro shows, Prussia inflicted a decisive defeat on Austria in 1866.", "ASSAULT DEU>AUT"},
		{"losses inflicted by an army (history)", "In 1916 the German army inflicted heavy losses on the French at Verdun.", "ASSAULT DEU>FRA"},
		{"losses inflicted by a drought (news)", "In 1992 the drought inflicted heavy losses on Kenya.", ""},
		{"damage inflicted by a storm (news)", "In 2004 the storm inflicted heavy damage on the town.", ""},
		{"losses inflicted by banks on clients (news)", "In 1994 Russian banks inflicted losses on their clients.", ""},
	})
}

// TestImposedBlockade: a blockade imposed on another is the blockade
// noun's event (COERCE by the imposer on the actor after "on";
// lightverbs.txt's "impose blockade"); sanctions imposed stay SANCTION
// (triggers.tsv's impose row), and a blockade by weather is no act.
// Only COERCE and SANCTION events are shown. Cases of our own, from
// histories, news and a scholarly text.
func TestImposedBlockade(t *testing.T) {
	checkSenses(t, []string{"COERCE", "SANCTION"}, []senseCase{
		{"a blockade imposed (history)", "In 1948 the Soviet Union imposed a blockade on West Germany.", "COERCE SUN>DEU"},
		{"a naval blockade imposed (history)", "In 1971 India imposed a naval blockade on East Pakistan.", "COERCE IND>PAK"},
		{"an economic blockade imposed (news)", "The UN imposed an economic blockade on Iraq on Monday, diplomats said.", "COERCE UN>IRQ"},
		{"a blockade imposed, as a scholar tells it (scholarly)", "As Gaddis notes, in 1962 the United States imposed a naval blockade on Cuba.", "COERCE USA>CUB"},
		{"sanctions imposed (news)", "In 1990 the UN imposed sanctions on Iraq.", "SANCTION UN>IRQ"},
		{"a blockade by snow (news)", "In January heavy snow imposed a blockade on the mountain villages.", ""},
	})
}

// TestVictoryAgainst: a victory won against another side is that battle
// or war, as a victory over it is (triggers.tsv's "win" rows with
// target=against: ASSAULT by the winner on the loser); a victory against
// inflation or against the odds names no side. Only ASSAULT events are
// shown. Cases of our own, from histories, news and a scholarly text.
func TestVictoryAgainst(t *testing.T) {
	checkSenses(t, []string{"ASSAULT"}, []senseCase{
		{"a decisive victory against (history)", "In 1866 Prussia won a decisive victory against Austria at Sadowa.", "ASSAULT DEU>AUT"},
		{"victories against (news)", "Ukrainian forces have won several victories against Russia in recent weeks, officials said.", "ASSAULT UKR>RUS"},
		{"a victory against, as a scholar tells it (scholarly)", "As Oren shows, in 1967 Israel won a swift victory against Egypt.", "ASSAULT ISR>EGY"},
		{"a victory against inflation (news)", "In 1985 the Israeli government won a victory against inflation.", ""},
		{"a victory against the odds (history)", "In 1940 the Royal Air Force won a victory against the odds.", ""},
	})
}
