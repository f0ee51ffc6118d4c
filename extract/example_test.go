package extract_test

import (
	"fmt"

	"github.com/stratex/stratex/extract"
)

// Clean normalises text from a PDF or a web page before any stage reads
// it: ligatures, soft hyphens, zero-width characters and whitespace runs.
func ExampleClean() {
	fmt.Println(extract.Clean("The e\uFB00ect of the Sino-Pak d\u00E9\u00ADtente\u200B  on\tIndia"))
	// Output: The effect of the Sino-Pak détente on India
}

// Match finds every actor form of the vocabulary in a string, with its
// byte span; a compound such as "Sino-Pak" yields both actors.
func ExampleGazetteer_Match() {
	v, err := extract.DefaultVocabulary()
	if err != nil {
		panic(err)
	}
	for _, m := range v.Actors.Match("Islamabad and the Soviets forged a Sino-Pak axis.", 0) {
		e := m.Entry("")
		fmt.Println(m.Text, e.Code, e.Kind, m.Start, m.End, m.Compound)
	}
	// Output:
	// Islamabad PAK capital 0 9 false
	// Soviets SUN state 18 25 false
	// Sino CHN combining 35 39 true
	// Pak PAK combining 40 43 true
}
