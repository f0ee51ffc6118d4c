package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
)

// KindError says that a file holds cases of another kind than the
// evaluation asked for: "stratex eval money" on a file of dates.
type KindError struct {
	Path      string
	Want, Got string // dates, money or events
}

func (e *KindError) Error() string {
	return fmt.Sprintf("%s holds %s cases, not %s: run stratex eval %s %s", e.Path, e.Got, e.Want, e.Got, e.Path)
}

// caseKind tells the kind of a development set by the fields of what its
// cases expect: a date's "value", a money figure's "amount" or "currency",
// an event's "event"; "" when no case expects anything.
func caseKind(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for line := 1; sc.Scan(); line++ {
		var c struct {
			Expected []map[string]json.RawMessage `json:"expected"`
		}
		if len(sc.Bytes()) == 0 {
			continue
		}
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			return "", fmt.Errorf("%s line %d: %w", path, line, err)
		}
		for _, e := range c.Expected {
			switch {
			case e["event"] != nil:
				return "events", nil
			case e["amount"] != nil || e["currency"] != nil:
				return "money", nil
			case e["value"] != nil:
				return "dates", nil
			}
		}
	}
	return "", sc.Err()
}

// checkKind returns a KindError when the file at path is a development set
// of another kind than want.
func checkKind(path, want string) error {
	got, err := caseKind(path)
	if err != nil {
		return err
	}
	if got != "" && got != want {
		return &KindError{Path: path, Want: want, Got: got}
	}
	return nil
}
