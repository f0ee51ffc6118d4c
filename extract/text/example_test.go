package text_test

import (
	"fmt"

	"github.com/stratex/stratex/extract/text"
)

// Clean normalises text from a PDF or a web page before any stage reads
// it: ligatures, soft hyphens, zero-width characters and whitespace runs.
func ExampleClean() {
	fmt.Println(text.Clean("The e\uFB00ect of the Sino-Pak d\u00E9\u00ADtente\u200B  on\tIndia"))
	// Output: The effect of the Sino-Pak détente on India
}
