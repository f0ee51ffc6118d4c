package pair_test

import "testing"

// TestDeployedTowardLandmark: a state after a phrase of position.txt is
// no landmark when a verb of deployment.txt in its clause deploys forces
// or arms (an actor subject of sector MIL, or a noun of forces.txt before
// the phrase): the forces stand toward that state, and the pair stays.
// The verb in another sense ("placed the ancient city", "gathered
// reports"), with no forces, or after the landmark keeps the landmark.
// Cases from histories of the Soviet war in Afghanistan, the Korean war,
// the Cuban missile crisis and the Gulf war, each way.
func TestDeployedTowardLandmark(t *testing.T) {
	checkPairs(t, []pairCase{
		{"divisions massed north of a state (an Afghan war history)",
			"In December 1979 Soviet divisions massed in Central Asia, north of Afghanistan.",
			"SUN-AFG mention pair:sentence"},
		{"armies gathered north of a state (a Korean war history)",
			"In 1950 Chinese armies gathered in Manchuria, north of Korea.",
			"CHN-KOR mention pair:sentence"},
		{"missiles placed south of a state (a Cuban crisis history)",
			"In 1962 the Soviet Union placed missiles in Cuba, ninety miles south of the United States.",
			"SUN-USA mention pair:sentence"},
		{"aircraft enforced a zone south of a capital (a Gulf war history)",
			"In 1991 American and British aircraft enforced a no-fly zone south of Baghdad.",
			"USA-IRQ mention pair:sentence; GBR-IRQ mention pair:sentence"},
		{"not: placed in another sense, no forces (an Afghan history)",
			"In 1975 Soviet archaeologists placed the ancient city north of Afghanistan.",
			""},
		{"not: gathered reports, no forces (an Afghan war history)",
			"In 1980 the Soviet press gathered reports from the region north of Afghanistan.",
			""},
		{"not: the verb after the landmark (a Korean war history)",
			"In 1951 the Chinese offensive was halted at a ridge north of Seoul after American troops massed.",
			"CHN-USA mention pair:sentence"},
		{"not: refugees gathered, no forces (an Afghan war history)",
			"In 1980 Afghan refugees gathered in camps south of the Soviet Union.",
			""},
	})
}

// TestStationedInStateGivesBearing: forces that a verb of stationing.txt
// has stand in a state named before the phrase of position ("stationed
// in Qatar, east of Saudi Arabia") stand in that state; the phrase gives
// its bearing, and the state after it stays a landmark with no pair.
// Forces massed in a state, forces stationed in a region no actor phrase
// holds, and a distance before the phrase keep the pair. Cases from
// histories of the Gulf war, of Cyprus and of the Soviet war in
// Afghanistan, each way.
func TestStationedInStateGivesBearing(t *testing.T) {
	checkPairs(t, []pairCase{
		{"troops stationed in a state, its bearing (a Gulf war history)",
			"In 2003 American troops were stationed in Qatar, east of Saudi Arabia.",
			""},
		{"troops stationed in an island state, its bearing (a history of Cyprus)",
			"In 1991 British troops were stationed in Cyprus, south of Turkey.",
			""},
		{"not: divisions massed in a state toward another (a Gulf war history)",
			"In 1990 American divisions massed in Saudi Arabia, south of Iraq.",
			"USA-IRQ mention pair:sentence"},
		{"not: troops stationed in a region (an Afghan war history)",
			"In 1979 Soviet troops were stationed in Central Asia, north of Afghanistan.",
			"SUN-AFG mention pair:sentence"},
		{"not: a distance before the phrase (a history of Cyprus)",
			"In 1974 Turkish troops were stationed in Cyprus, forty miles south of Turkey, facing Greece.",
			"TUR-GRC mention pair:sentence"},
	})
}
