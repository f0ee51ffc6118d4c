package event_test

import "testing"

// TestRequestAddressee checks that whom a request is made to stays its
// target when an infinitive of the asked one's act follows ("called on
// Iraq to withdraw from Kuwait" is the UN's request of Iraq, not of
// Kuwait), the passive's subject too ("was urged by Germany to invade
// Serbia"), while a request, threat or promise with no one asked takes
// its infinitive's target. Cases of our own, from histories and news.
func TestRequestAddressee(t *testing.T) {
	checkCases(t, []roleCase{
		{"called on X to withdraw from Y (Gulf war news)",
			"The UN called on Iraq to withdraw from Kuwait.",
			"REQUEST UN>IRQ"},
		{"urged X to invade Y (Suez history)",
			"In 1956 Britain urged France to invade Egypt.",
			"REQUEST GBR>FRA"},
		{"asked X to bomb Y (Vietnam war history)",
			"In 1965 Saigon asked Washington to bomb Hanoi.",
			"REQUEST RVN>USA"},
		{"asked X to send troops to the asker (Afghan war history)",
			"In 1979 Kabul asked Moscow to send troops to Afghanistan.",
			"REQUEST AFG>RUS"},
		{"was urged by X to invade Y: the passive's subject is asked (history)",
			"In 1914 Austria was urged by Germany to invade Serbia.",
			"REQUEST DEU>AUT"},
		{"was urged by X to attack Y: the passive's subject is asked (Vietnam war history)",
			"In 1965 Hanoi was urged by Moscow to attack Saigon.",
			"REQUEST RUS>VDR"},
		{"asked to attack X: no one asked, the asker acts (Afghan war history)",
			"In 1979 Kabul asked to attack Pakistan.",
			"REQUEST AFG>PAK"},
		{"requested to buy arms from X: no one asked (Middle East history)",
			"In 1972 Egypt requested to buy arms from the United States.",
			"REQUEST EGY>USA"},
		{"threatened to attack X: no one asked (Gulf war news)",
			"In 1990 Iraq threatened to attack Israel.",
			"THREATEN IRQ>ISR"},
	}, modedDyads)
}
