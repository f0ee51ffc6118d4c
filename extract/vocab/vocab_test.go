package vocab

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestLoadReadsEmbeddedThenExtraAndNamesBadLines(t *testing.T) {
	fsys := fstest.MapFS{"data/a.tsv": {Data: []byte("# a comment\n\nx\t1\r\ny\t2\n")}, "data/b.txt": {Data: []byte("w\n")}}
	kinds := Kinds{"a": {"data/a.tsv"}, "b": {"data/b.txt"}}
	var got []string
	add := func(kind string, l Line) error {
		if kind == "a" && l.Field(1) == "" {
			return errWant
		}
		got = append(got, kind+":"+l.Field(0)+"="+l.Field(1))
		return nil
	}
	if err := Load(fsys, kinds, []Source{{Kind: "b", Origin: "user.txt", Data: []byte("v\n")}}, add); err != nil {
		t.Fatal(err)
	}
	if s := strings.Join(got, " "); s != "a:x=1 a:y=2 b:w= b:v=" {
		t.Errorf("lines %q", s)
	}
	err := Load(fsys, kinds, []Source{{Kind: "a", Origin: "my.tsv", Data: []byte("ok\t1\nbad\n")}}, add)
	if err == nil || err.Error() != `vocabulary my.tsv line 2: want form<TAB>value: "bad"` {
		t.Errorf("bad line: %v", err)
	}
	if err := Load(fsys, kinds, []Source{{Kind: "c", Origin: "c.txt"}}, add); err == nil || !strings.Contains(err.Error(), `unknown kind "c" (want one of a, b)`) {
		t.Errorf("unknown kind: %v", err)
	}
}

var errWant = wantErr("want form<TAB>value")

type wantErr string

func (e wantErr) Error() string { return string(e) }

func TestSplit(t *testing.T) {
	if got := strings.Join(Split(" a | b ||c ", "|"), ","); got != "a,b,c" {
		t.Errorf("Split = %q", got)
	}
}
