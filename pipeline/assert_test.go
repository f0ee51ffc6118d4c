package pipeline

import (
	"strings"
	"testing"
)

// TestNotAsserted runs negated, hypothetical and figurative sentences of
// several kinds of text (news, scholarly prose, history, speeches, policy
// briefs, treaties, opinion) and their positive twins: a sentence that does
// not assert an act gives no asserted event (none at all, or only ones
// with a mode), and its twin gives the act with its source and target.
func TestNotAsserted(t *testing.T) {
	tests := []struct {
		kind, not, twin string
		want            string // the twin's events, "CATEGORY SRC>TGT" joined by "; "
	}{
		// news
		{"news: did not", "Russia did not send troops to Syria in 2014.",
			"Russia sent troops to Syria in 2015.", "AID RUS>SYR"},
		{"news: never", "Iran never attacked the Saudi tankers, officials said.",
			"Iran attacked the Saudi tankers, officials said.", "ASSAULT IRN>SAU"},
		{"news: no plans to", "Turkey has no plans to join the Shanghai Cooperation Organisation.",
			"Turkey joined the Shanghai Cooperation Organisation in 2012.", "COOPERATE TUR>SCO"},
		{"news: refrained from", "Egypt refrained from criticising Israel during the talks.",
			"Egypt criticised Israel during the talks.", "ACCUSE EGY>ISR"},
		{"news: failed to", "Japan failed to sign the treaty with China.",
			"Japan signed the treaty with China.", "SUPPORT JPN>CHN"},
		{"news: neither nor", "Ghana neither condemned nor praised Nigeria.",
			"Ghana condemned Nigeria.", "ACCUSE GHA>NGA"},
		{"news: may", "Washington may expel Cuban diplomats next year.",
			"Washington expelled Cuban diplomats in 1982.", "SANCTION USA>CUB"},
		{"news: might", "Argentina might impose sanctions on Britain.",
			"Argentina imposed sanctions on Britain.", "SANCTION ARG>GBR"},
		{"news: a question", "Could Moscow invade Estonia?",
			"Moscow invaded Estonia in 1940.", "ASSAULT RUS>EST"},
		{"news: a negated subject", "Neither India nor Pakistan attacked Bangladesh.",
			"India attacked Bangladesh.", "ASSAULT IND>BGD"},
		{"news: no before the object", "Japan has sent no troops to Iraq since 2006.",
			"Japan sent troops to Iraq in 2004.", "AID JPN>IRQ"},
		// scholarly prose
		{"scholarly: whether", "This article asks whether Brazil would ever sanction Venezuela.",
			"Brazil sanctioned Venezuela in 2017.", "SANCTION BRA>VEN"},
		{"scholarly: no evidence that", "We find no evidence that China supplied arms to Sudan.",
			"China supplied arms to Sudan in 2005.", "AID CHN>SDN"},
		{"scholarly: an inverted condition", "Had Germany recognised Croatia earlier, the war might have ended sooner.",
			"Germany recognised Croatia in 1991.", "SUPPORT DEU>HRV"},
		{"scholarly: a hedge", "A Russian invasion of Finland is unlikely.",
			"The Soviet invasion of Finland in 1939 failed.", "ASSAULT SUN>FIN"},
		{"scholarly: could", "Qatar could mediate between Iran and Saudi Arabia.",
			"In 2021 Iraq mediated between Iran and Saudi Arabia.", "CONSULT IRQ>IRN,SAU"},
		// history
		{"history: no before the object", "In 1956 the United States gave no military aid to Britain at Suez.",
			"In 1941 the United States gave military aid to Britain.", "AID USA>GBR"},
		{"history: never visited", "Stalin never visited Washington.",
			"Khrushchev visited Washington in 1959.", "CONSULT SUN>USA"},
		{"history: refrained from", "In 1962 the Soviet Union refrained from invading Turkey.",
			"In 1968 the Soviet Union invaded Czechoslovakia.", "ASSAULT SUN>CSK"},
		{"history: without", "Britain acted without consulting France.",
			"Britain consulted France before the landing.", "CONSULT GBR>FRA"},
		{"history: would have ... if", "Saudi Arabia would have attacked Yemen if the talks had failed.",
			"Saudi Arabia attacked Yemen after the talks failed.", "ASSAULT SAU>YEM"},
		{"history: if", "If Hanoi invaded Cambodia, Beijing threatened to punish it.",
			"Vietnam invaded Cambodia in 1978.", "ASSAULT VNM>KHM"},
		// speeches and statements
		{"speech: will not", "France will not sell warships to Russia, the minister said.",
			"France sold warships to Russia in 2011.", "COOPERATE FRA>RUS"},
		{"speech: would not", "Israel would not attack Iran, the prime minister said.",
			"Israel attacked Iran in 2024.", "ASSAULT ISR>IRN"},
		{"speech: never", "We will never recognise the annexation, Lithuania's president told Belarus.",
			"Lithuania recognised Belarus in 1991.", "SUPPORT LTU>BLR"},
		{"statement: cannot", "In 2003 Iran cannot supply arms to Syria under the embargo.",
			"In 2003 Iran supplied arms to Syria.", "AID IRN>SYR"},
		{"report: cannot", "In 2004 Japan cannot lend money to North Korea under the sanctions.",
			"In 2004 Japan lent money to North Korea.", "AID JPN>PRK"},
		// policy briefs
		{"policy brief: should as a condition", "Should Beijing blockade Taiwan, Tokyo would face hard choices.",
			"In 1958 Beijing shelled Taiwan.", "ASSAULT CHN>TWN"},
		{"policy brief: may after fears", "Poland fears that Russia may invade Lithuania.",
			"Russia invaded Georgia in 2008.", "ASSAULT RUS>GEO"},
		{"policy brief: unless", "Unless Kenya withdraws, Somalia will not sign the accord with Kenya.",
			"Somalia signed the accord with Kenya.", "SUPPORT SOM>KEN"},
		// treaties and law
		{"treaty: shall not", "Armenia shall not deploy troops in Azerbaijan.",
			"Armenia deployed troops in Azerbaijan in 1993.", "MOBILIZE ARM>AZE"},
		{"treaty: undertakes not to", "Iraq undertakes not to attack Kuwait.",
			"Iraq attacked Kuwait in 1990.", "ASSAULT IRQ>KWT"},
		// opinion
		{"opinion: to think that ... would", "It is absurd to think that Canada would invade the United States.",
			"The United States invaded Canada in 1812.", "ASSAULT USA>GBR"},
		{"opinion: imagine if", "Imagine if Norway bombed Sweden.",
			"Germany bombed Norway in 1940.", "ASSAULT DEU>NOR"},
		// figurative
		{"figurative: war on an abstraction", "The Indian government declared war on poverty in 1971.",
			"The Indian government declared war on Pakistan in 1971.", "ASSAULT IND>PAK"},
		{"figurative: fight against an abstraction", "Mexico's fight against corruption intensified in 2019.",
			"Peru's war against Ecuador in 1995 was short.", "ASSAULT PER>ECU"},
		{"figurative: a war of words", "Nigeria and Ghana fought a war of words over trade in 2019.",
			"In 1941 Peru and Ecuador fought a war over the Amazon.", "ASSAULT PER,ECU>"},
		{"figurative: a sports final", "Brazil defeated Argentina in the final.",
			"Paraguay was defeated by Brazil in 1870.", "ASSAULT BRA>PRY"},
		{"figurative: a future free of war", "Voters in Chile hope for a future free of war with Bolivia.",
			"Chile waged war with Bolivia in 1879.", "ASSAULT CHL>BOL"},
		{"figurative: an invasion of privacy", "Germany called the program a Danish invasion of privacy.",
			"The German invasion of Denmark in 1940 was swift.", "ASSAULT DEU>DNK"},
	}
	for _, tt := range tests {
		t.Run(tt.kind, func(t *testing.T) {
			var asserted []string
			for _, e := range analyzeText(t, tt.not).Events {
				if e.Modality == "" {
					asserted = append(asserted, e.Type+" "+strings.Join(e.Source, ",")+">"+strings.Join(e.Target, ","))
				}
			}
			if len(asserted) > 0 {
				t.Errorf("%q asserts %q", tt.not, asserted)
			}
			var got []string
			for _, e := range analyzeText(t, tt.twin).Events {
				got = append(got, e.Type+" "+strings.Join(e.Source, ",")+">"+strings.Join(e.Target, ",")+modeSuffix(e.Modality))
			}
			if g := strings.Join(got, "; "); g != tt.want {
				t.Errorf("twin %q\n got  %q\n want %q", tt.twin, g, tt.want)
			}
		})
	}
	if len(tests) < 30 {
		t.Errorf("%d cases: the table wants at least 30", len(tests))
	}
}

func modeSuffix(m string) string {
	if m == "" {
		return ""
	}
	return " " + m
}
