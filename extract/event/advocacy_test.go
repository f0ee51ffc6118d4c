package event_test

import "testing"

// An event noun or gerund that a word of advocacy takes as its object
// (modality.tsv's class advocacy: recommended, advocated, suggesting,
// advocates of) is urged, not done: hypothetical. Not across a comma, a
// clause word or another verb, not a "that" clause's verb, and not an
// event noun that a finite verb follows (the subject of the clause the
// word takes: "suggested the bombing ... was ordered"). Cases of our
// own, from histories and the news.
func TestAdvocatedActIsNoAct(t *testing.T) {
	checkCases(t, []roleCase{
		{"recommended the noun's head of the event (history)",
			"In 1986 American officials recommended a four-stage escalation of the raids on Libya.",
			"ASSAULT USA>LBY hypothetical"},
		{"advocated a noun (news)",
			"In 2011 several Democrats advocated a rapid withdrawal of U.S. forces from Iraq.",
			"RETREAT USA>IRQ hypothetical"},
		{"suggesting a meeting (history)",
			"In 1917 Austria sent a note to the belligerents suggesting a meeting for peace talks.",
			"CONSULT AUT> hypothetical"},
		{"advocates of a noun (news)",
			"Advocates of U.S. withdrawal from Vietnam were known as doves.",
			"RETREAT USA>VNM hypothetical"},
		{"another clause after a comma and 'and' (news)",
			"The French recommended peace talks, and in 1954 France and Vietnam met in Geneva.",
			"CONSULT FRA> hypothetical; CONSULT FRA,VNM>"},
		{"a 'that' clause's verb is no object of the advocacy (history)",
			"The envoy hinted that Metternich had lured him into signing the treaty with Spain.",
			"SUPPORT AUT>ESP"},
		{"the event noun as the subject of a clause 'suggested' takes (news)",
			"In 1983 the evidence suggested the bombing of the Marine barracks in Beirut was ordered by Iran.",
			"ASSAULT IRN>LBN"},
		{"the event noun as the subject of a clause 'suggested' takes (a Gulf war history)",
			"In 1990 the satellite images suggested the Iraqi invasion of Kuwait had started.",
			"ASSAULT IRQ>KWT"},
		{"not: the same noun with no verb after it is urged (history)",
			"In 1990 the satellite images suggested an Iraqi invasion of Kuwait.",
			"ASSAULT IRQ>KWT hypothetical"},
		{"the event as the subject of 'suggested' (news)",
			"Russia's invasion of Georgia in 2008 suggested a new doctrine.",
			"ASSAULT RUS>GEO"},
	}, modedDyads)
}
