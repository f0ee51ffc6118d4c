package output

import (
	"errors"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
)

// createTemp creates a new file "."+name+".<random>.tmp" in dir, open for
// reading and writing, with mode 0644 less the process's umask (0755 for
// folders): a dataset is read by colleagues, and os.CreateTemp would make
// every output file 0600.
func createTemp(dir, name string) (*os.File, error) {
	for try := 0; ; try++ {
		p := filepath.Join(dir, "."+name+"."+strconv.FormatUint(rand.Uint64()%1e10, 10)+".tmp")
		f, err := os.OpenFile(p, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644)
		if errors.Is(err, fs.ErrExist) && try < 100 {
			continue
		}
		return f, err
	}
}
