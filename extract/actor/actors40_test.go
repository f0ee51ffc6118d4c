package actor

import "testing"

// TestFormerLatter checks that "the former" and "the latter" standing
// alone are the first and the second of the two actors named in two
// mentions before them, in their own sentence or the nearest before it
// that names any; and that one before a noun, one after a sentence of one
// actor or of more than two mentions, or one after a citation's state
// names no one. A paper on the Beagle Channel dispute, one on the
// Egyptian-Israeli disengagement, one on the Cenepa war, a history of the
// Polish-Soviet war.
func TestFormerLatter(t *testing.T) {
	for _, c := range []struct {
		doc       string
		want, not []string
	}{
		{"Argentina and Chile disputed three islands (Garrett 1985). The former threatened to invade the islands, while the latter reinforced its garrisons.",
			[]string{"The former/ARG", "the latter/CHL"}, nil},
		{"Israel and Egypt fought a war in October 1973. After the war the latter signed a disengagement agreement with the former in January 1974.",
			[]string{"the latter/EGY", "the former/ISR"}, nil},
		{"Peru and Ecuador fought a border war in 1995. The latter accused the former of aggression. The former, however, denied it.",
			[]string{"The latter/ECU", "the former/PER", "The former/PER"}, nil},
		{"Sporadic battles erupted between Polish forces and the Red Army, but the latter was preoccupied with the Whites.",
			[]string{"the latter/SUN"}, nil},
		// must not: before a noun, before a participle that modifies one,
		// after one actor, after four mentions, after three actors, a
		// citation's state
		{"France and Britain fought Germany. The former Soviet Union left weapons in Ukraine.",
			nil, []string{"The former/FRA"}},
		{"Germany and Austria negotiated a customs union in 1931. The former occupied territories were returned. The latter proposal was rejected.",
			nil, []string{"The former/DEU", "The latter/AUT"}},
		{"Japan and Russia fought in 1904. The former president of Russia visited Tokyo.",
			nil, []string{"The former/JPN"}},
		{"Kabul accused Amin of treason, and Moscow suspected that he was a CIA agent. The latter, however, is still disputed.",
			nil, []string{"The latter/USA", "The latter/AFG", "The latter/RUS", "The latter/SUN"}},
		{"In June 1913 Bulgaria attacked Serbia and Greece. The former was defeated within a month.",
			nil, []string{"The former/BGR", "The former/SRB"}},
		{"China attacked positions in the Himalayas (Maxwell 1970, on India). The latter was a short conflict.",
			nil, []string{"The latter/IND", "The latter/CHN"}},
	} {
		checkDoc(t, c.doc, c.want, c.not)
	}
}
