package lexicon_test

import "testing"

// TestAskingIsARequest: "ask" (triggers.tsv) is a request, but a question
// is none (NONE rows): "asked" that ends its sentence ("... the president
// asked."), that a question word follows ("asked whether", "asked how"),
// and "when asked ..." (a question put to the subject). Only REQUEST
// events are shown. Cases of our own, from histories and news.
func TestAskingIsARequest(t *testing.T) {
	checkSenses(t, []string{"REQUEST"}, []senseCase{
		{"a question closed (history)", "In 1961 the South Vietnamese president wondered whether the Americans would stay. \"Would they fight for us?\" the president asked.", ""},
		{"a question closed (news)", "In 1990 Iraq asked.", ""},
		{"a question put (news)", "In 2006 the Iraqi prime minister, when asked how long American troops would stay, said two years.", ""},
		{"a question put (history)", "In 1999 Serbia, when asked whether NATO would attack, said nothing.", ""},
		{"asked whether (history)", "In 1965 the Indian premier asked whether Pakistan would attack.", ""},
		{"asked how (news)", "In 2003 France asked how long the Americans would stay in Iraq.", ""},
		{"an actor asked for (history)", "In 1962 Cuba asked the Soviet Union for missiles.", "REQUEST CUB>SUN"},
		{"an actor asked to (history)", "In 1918 Germany asked the United States to mediate.", "REQUEST DEU>USA"},
		{"asked that (news)", "In 2003 the Iraqi government asked that the UN withdraw.", "REQUEST IRQ>UN"},
	})
}
