package lexicon_test

import "testing"

// TestConcludedArmisticeIsAgreement: an armistice, a truce or a peace
// concluded with another state is an agreement signed (triggers.tsv's
// "conclude", SUPPORT sign_agreement, as a treaty concluded); a finding
// concluded, a report or a match concluded, and a negated conclusion are
// none. Only SUPPORT events are shown. Cases of our own, from histories
// and news.
func TestConcludedArmisticeIsAgreement(t *testing.T) {
	checkSenses(t, []string{"SUPPORT"}, []senseCase{
		{"concluded an armistice (history)", "In 1917 Russia concluded an armistice with Germany.", "SUPPORT RUS>DEU"},
		{"concluded peace (history)", "In 1503 Venice concluded peace with the Ottoman Empire.", "SUPPORT VENICE>TUR"},
		{"concluded a truce (news)", "In 2014 Israel concluded a truce with Hamas.", "SUPPORT ISR>HAMAS"},
		{"concluded that peace was far (history)", "In 1918 Britain concluded that peace with Germany was still far away.", ""},
		{"a report on a truce (news)", "In 1950 the commission concluded its report on the truce without a vote.", ""},
		{"talks concluded without one (history)", "The talks concluded in 1954 without an armistice.", ""},
		{"did not conclude (history)", "In 1918 Germany did not conclude an armistice with Russia.", ""},
		{"a match concluded (sport)", "In 2010 Italy concluded the match with a draw against Spain.", ""},
	})
}

// TestBrokeredPeaceIsMediation: a state that brokers a peace, a truce or
// a deal between two others mediates between them (triggers.tsv's
// "broker", CONSULT mediate, mediator, with the parties after "between");
// a deal brokered by a state, a sale, a merger or a loan
// brokered, and a coach's peace between players, name no parties. Only
// CONSULT events are shown. Cases of our own, from histories and news.
func TestBrokeredPeaceIsMediation(t *testing.T) {
	checkSenses(t, []string{"CONSULT"}, []senseCase{
		{"brokered peace between (history)", "In 1905 the United States brokered peace between Russia and Japan.", "CONSULT USA>RUS,JPN"},
		{"brokered a truce between (news)", "In 2012 Egypt brokered a truce between Israel and Hamas.", "CONSULT EGY>ISR,HAMAS"},
		{"brokered a sale (prose)", "In 1960 the dealer brokered the sale of the painting.", ""},
		{"brokered a merger (news)", "In 1990 the bank brokered a merger between two firms.", ""},
		{"brokered a loan (news)", "In 2001 Britain brokered the loan.", ""},
		{"a deal brokered by a state (news)", "In 2020 Sudan agreed to a deal brokered by the United States.", ""},
		{"a coach's peace (sport)", "In 2005 the coach brokered peace between the two players.", ""},
	})
}

// TestSuedForPeaceIsRequest: a state that sues for peace, an armistice or
// terms asks the enemy for them (triggers.tsv's "sue for", REQUEST); a
// lawsuit for damages, a company suing a government, a refusal or a
// supposition are no request for peace. Only REQUEST events are shown.
// Cases of our own, from histories and news.
func TestSuedForPeaceIsRequest(t *testing.T) {
	checkSenses(t, []string{"REQUEST"}, []senseCase{
		{"sued for an armistice (history)", "In 1918 Germany sued for an armistice.", "REQUEST DEU>"},
		{"sued for peace with (history)", "In 202 BC Carthage sued for peace with Rome.", "REQUEST CARTHAGE>ROMAN_EMPIRE"},
		{"sued for peace (news)", "In 1918 Bulgaria sued for peace.", "REQUEST BGR>"},
		{"sued for damages (news)", "In 1990 the farmers sued for damages.", ""},
		{"sued a government (news)", "In 1995 the company sued the government for breach of contract.", ""},
		{"might have sued (history)", "In 1918 Germany might have sued for peace.", ""},
	})
}

// TestGrantedRecognitionIsRecognition: recognition granted, extended or
// accorded to another state is recognition (SUPPORT recognise, as
// "recognized"), no aid; a deadline extended, thanks extended, or an
// actor's or a scholar's recognition are none. Only SUPPORT and AID events
// are shown. Cases of our own, from histories and news.
func TestGrantedRecognitionIsRecognition(t *testing.T) {
	checkSenses(t, []string{"SUPPORT", "AID"}, []senseCase{
		{"granted recognition (history)", "In 1922 Britain granted recognition to Egypt.", "SUPPORT GBR>EGY"},
		{"granted formal recognition (history)", "In 1922 Britain granted formal recognition to Egypt.", "SUPPORT GBR>EGY"},
		{"extended recognition (history)", "In 1949 the United States extended recognition to Israel.", "SUPPORT USA>ISR"},
		{"extended diplomatic recognition (news)", "In 1949 the United States extended diplomatic recognition to Israel.", "SUPPORT USA>ISR"},
		{"accorded recognition (history)", "In 1862 France accorded recognition to the Confederacy.", "SUPPORT FRA>CONFEDERATE_STATES"},
		{"a deadline extended (news)", "In 1960 Britain extended the deadline for recognition.", ""},
		{"thanks extended (prose)", "In 1950 the Senate extended its thanks to the army.", ""},
		{"an actor's recognition (prose)", "The actor was granted recognition by the academy in 1950.", ""},
		{"recognition accorded a scholar (prose)", "The prize accorded him recognition in 1950.", ""},
	})
}

// TestSubsidisedStateIsAid: a state that subsidises another pays it to
// fight or to stay in the field (AID, as "finance"); a state's own farmers,
// its bread or its railways subsidised are no aid to another, nor is a
// subsidy denied. Only AID events are shown. Cases of our own, from
// histories and news.
func TestSubsidisedStateIsAid(t *testing.T) {
	checkSenses(t, []string{"AID"}, []senseCase{
		{"subsidised a state (history)", "In 1803 Britain subsidised Austria against France.", "AID GBR>AUT"},
		{"subsidized two states (history)", "In 1813 Britain subsidized Prussia and Russia.", "AID GBR>DEU,RUS"},
		{"subsidized a state (news)", "In 1975 the Soviet Union subsidized Cuba.", "AID SUN>CUB"},
		{"own farmers (news)", "In 1950 France subsidised its farmers.", ""},
		{"bread and fuel (news)", "In 1960 the state subsidized bread and fuel.", ""},
		{"the railways (prose)", "The government subsidizes the railways.", ""},
		{"did not subsidise (history)", "In 1970 Britain did not subsidise Malta.", ""},
	})
}

// TestSoughtArmisticeIsRequest: an armistice, a truce or a ceasefire
// sought is asked of the enemy (objects.tsv's "sought" class, REQUEST); a
// scientist's peace and an athlete's truce with his coach name no state.
// Only REQUEST events are shown. Cases of our own, from histories and
// news.
func TestSoughtArmisticeIsRequest(t *testing.T) {
	checkSenses(t, []string{"REQUEST"}, []senseCase{
		{"sought an armistice with (history)", "In 1940 France sought an armistice with Germany.", "REQUEST FRA>DEU"},
		{"sought a ceasefire (news)", "In 1973 Egypt sought a ceasefire.", "REQUEST EGY>"},
		{"peace and quiet (prose)", "In 1950 the scientist sought peace and quiet in the mountains.", ""},
		{"a truce with a coach (sport)", "The athlete sought a truce with his coach in 2010.", ""},
		{"never sought (news)", "In 1973 Egypt never sought a ceasefire.", ""},
	})
}
