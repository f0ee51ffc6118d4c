package pipeline_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/stratex/stratex/corpus"
	"github.com/stratex/stratex/extract"
	"github.com/stratex/stratex/pipeline"
)

// Process runs one document through every stage; each event carries the
// date stated in its own sentence, PLOVER type, actor codes and money.
func ExampleConfig_Process() {
	c, err := pipeline.NewConfig()
	if err != nil {
		panic(err)
	}
	text := "In February 1994, Washington lifted its embargo on Vietnam. " +
		"From the 1950s to 1960s, the US sold arms to Pakistan worth Dollar One Billion."
	res := c.Process(context.Background(), corpus.Input{Path: "note.txt", Format: corpus.Text}, []byte(text))
	for _, e := range res.Events {
		fmt.Println(*e.Date, e.Type, e.Subtype, e.Source, e.Target, e.Money)
	}
	for _, p := range res.Pairs {
		fmt.Println(p.A, p.B, p.Directed, p.Relation)
	}
	// Output:
	// 1994-02 CONCEDE lift_embargo [USA] [VNM] []
	// 1950/1969 COOPERATE arms_sale [USA] [PAK] [1e+09]
	// USA VNM true lift_embargo
	// USA PAK true arms_sale
}

// Actor codes come from the embedded vocabulary; an extra file in the same
// format (stratex --actors FILE) adds forms and actors.
func ExampleNewConfig() {
	extra := "XFD\tGPE\tstate\tFreedonia|Republic of Freedonia\n"
	c, err := pipeline.NewConfig(extract.Source{Kind: "actors", Origin: "freedonia.tsv", Data: []byte(extra)})
	if err != nil {
		panic(err)
	}
	res := c.Process(context.Background(), corpus.Input{Path: "n.txt", Format: corpus.Text},
		[]byte("In 1999 Freedonia signed a treaty with Sino-Pak negotiators."))
	var ents []string
	for _, e := range res.Entities {
		if e.Actor != nil {
			ents = append(ents, e.Text+"="+*e.Actor)
		}
	}
	fmt.Println(strings.Join(ents, " "))
	// Output: Freedonia=XFD Sino=CHN Pak=PAK
}
