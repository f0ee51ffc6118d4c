package actor

import "testing"

// checkCompany checks that every entity whose text is form in text is an
// ORG with no actor and the given rule, and that there is one.
func checkCompany(t *testing.T, text, form, rule string) {
	t.Helper()
	n := 0
	for _, e := range sentenceEntities(t, text, "body") {
		if text[e.Start:e.End] != form {
			continue
		}
		n++
		if e.Label != "ORG" || e.Actor != "" || e.Rule != rule {
			t.Errorf("%q in %q: %s %q (%s), want ORG, no actor, %s", form, text, e.Label, e.Actor, e.Rule, rule)
		}
	}
	if n == 0 {
		t.Errorf("%q in %q: no entity (all: %v)", form, text, entitiesIn(t, text, "body"))
	}
}

// A name after a noun that names a firm, before a company's suffix, or in
// apposition with "a" and such a noun is a company in the whole document;
// a state's name or a demonym inside an airline's name ("Air India",
// "Qatar Airways") names no state.
func TestFirmNames(t *testing.T) {
	for _, c := range []struct{ text, form, rule string }{
		// news lines of my own
		{"Kenya Airways will lease six jets built by Avantec, a Brazilian aircraft manufacturer. Avantec builds the AV20.", "Avantec", ruleCompany},
		{"Kenya Airways will lease six jets built by Avantec, a Brazilian aircraft manufacturer. Avantec builds the AV20.", "Kenya Airways", ruleFirm},
		{"The carmaker Skoda cut 3,000 jobs in 2009, and Skoda sold fewer cars.", "Skoda", ruleCompany},
		// a suffix, and a title's word opening the name (news lines of my
		// own)
		{"Chrysler LLC closed two plants in 2008. Chrysler cut 5,000 jobs.", "Chrysler", ruleCompany},
		{"General Motors Corporation (GM), an American automaker, filed for bankruptcy. General Motors said so.", "General Motors", ruleCompany},
		{"Shares of General Dynamics rose in 2003 after General Dynamics, a defence firm, won the contract.", "General Dynamics", ruleCompany},
		// airlines (MEANTIME 8983, the even half, studied; news lines of my
		// own)
		{"Air Canada has ordered new airliners, while Air India has signed a deal.", "Air India", ruleFirm},
		{"Singapore Airlines flew the first A380 in 2007.", "Singapore Airlines", ruleFirm},
		{"China Southern Airlines bought ten jets in 2012.", "China Southern Airlines", ruleFirm},
		{"American Airlines cut flights to Boston in 2020.", "American Airlines", ruleFirm},
	} {
		checkCompany(t, c.text, c.form, c.rule)
	}
	// the other way: a person after a firm's noun and a role; a comma that
	// sets off no name; "maker" alone; a state and its air force (MEANTIME
	// 190356, the even half; news lines of my own)
	for _, c := range []struct{ text, form string }{
		{"At the conference, company CEO Steve Jobs unveiled the iPhone 4.", "CEO Steve Jobs"},
		{"For the company, Tim Cook said in 2012 that sales rose.", "Tim Cook"},
		{"The policy maker Hillary Clinton spoke in 2009.", "Hillary Clinton"},
	} {
		for _, e := range sentenceEntities(t, c.text, "body") {
			if e.Rule == ruleCompany {
				t.Errorf("%q: %q read as a company", c.text, c.text[e.Start:e.End])
			}
		}
	}
	// a person's name that ends with a company's, a place's name before a
	// suffix (a history and a news line of my own)
	for _, c := range []struct{ text, form string }{
		{"Henry Ford built cars in Detroit in 1908, and Ford Inc. sold them.", "Henry Ford"},
		{"Shanghai Ltd. opened an office in 2001, when Shanghai grew fast.", "Shanghai"},
	} {
		for _, e := range sentenceEntities(t, c.text, "body") {
			if e.Rule == ruleCompany && e.Start < len(c.form) {
				t.Errorf("%q: %q read as a company", c.text, c.text[e.Start:e.End])
			}
		}
	}
	for _, c := range []struct{ sentence, form, want string }{
		{"India signed a deal with Canada in 2005.", "India", "India/GPE/IND"},
		{"The Indian Air Force flew over Kashmir in 1999.", "Indian Air Force", "Indian Air Force/ORG/IND"},
		{"Qatar signed the order for the airways in 2007.", "Qatar", "Qatar/GPE/QAT"},
	} {
		checkEntity(t, c.sentence, c.form, c.want)
	}
}

// The noun "firm" names a company before a name ("the firm Deloitte"),
// but the adjective after "held" or "stood" and a weekday or a month
// (nonentities.txt) makes none: a word that is no entity alone is no
// company's name.
func TestFirmNoWeekday(t *testing.T) {
	// review8's sentences and one of my own: no company
	for _, text := range []string{
		"In 1916 the line held firm Tuesday. On Tuesday the French counterattacked.",
		"Britain stood firm Monday. On Monday the talks resumed.",
		"Prices remained firm January, and in January the firm said little.",
	} {
		for _, e := range sentenceEntities(t, text, "body") {
			if e.Rule == ruleCompany {
				t.Errorf("%q: %q read as a company", text, text[e.Start:e.End])
			}
		}
	}
	// the other way: the noun and a name (news lines of my own)
	checkCompany(t, "In 2003 the firm Deloitte audited the ministry. Deloitte said the accounts were sound.", "Deloitte", ruleCompany)
	checkCompany(t, "In 2005 the law firm Baker McKenzie advised Qatar. Baker McKenzie declined to comment.", "Baker McKenzie", ruleCompany)
}

// A company's name is found beside curly quotes and apostrophes, not inside
// a longer word.
func TestFirmNameQuotes(t *testing.T) {
	// review8's text and a news line of my own
	for _, c := range []struct{ text, form string }{
		{"The carmaker Skoda cut 3,000 jobs in 2009. Skoda’s sales fell, and “Skoda” became a byword in Prague.", "Skoda"},
		{"In 2011 the automaker Saab went bankrupt. ‘Saab’ was a name Sweden’s buyers trusted, and Saab’s plant closed.", "Saab"},
	} {
		n := 0
		for _, e := range sentenceEntities(t, c.text, "body") {
			if e.Rule == ruleCompany && c.text[e.Start:e.End] == c.form {
				n++
			}
		}
		if n != 3 {
			t.Errorf("%q: %d companies %q, want 3", c.text, n, c.form)
		}
	}
	// the other way: the name inside a longer word (a news line of my own)
	for _, e := range sentenceEntities(t, "The carmaker Skoda grew in 2009. Škodaæ and Skodaé are no words.", "body") {
		if e.Rule == ruleCompany && e.Start > 20 {
			t.Errorf("company %d-%d inside a longer word", e.Start, e.End)
		}
	}
}

// A name, its acronym in brackets, a comma and "a" or "an" and a firm's
// noun: the name before the brackets is a company.
func TestFirmNameBeforeBracket(t *testing.T) {
	// news lines of my own
	checkCompany(t, "Proton Holdings (PHB), a Malaysian carmaker, cut jobs in 2009. Proton Holdings said so.", "Proton Holdings", ruleCompany)
	checkCompany(t, "Ashok Leyland (AL), an Indian automaker, cut jobs in 2009. Ashok Leyland said so.", "Ashok Leyland", ruleCompany)
	// the other way: no name before the brackets
	text := "Sales at the plant (PHB), a Malaysian carmaker, fell in 2009."
	for _, e := range sentenceEntities(t, text, "body") {
		if e.Rule == ruleCompany {
			t.Errorf("%q: %q read as a company", text, text[e.Start:e.End])
		}
	}
}
