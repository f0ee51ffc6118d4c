package actor_test

import (
	"fmt"

	"github.com/stratex/stratex/extract/actor"
)

// Match finds every actor form of the vocabulary in a string, with its
// byte span; a compound such as "Sino-Pak" yields both actors.
func ExampleGazetteer_Match() {
	v, err := actor.Default()
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
