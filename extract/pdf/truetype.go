package pdf

import (
	"encoding/binary"
	"io"

	lpdf "github.com/ledongthuc/pdf"
	"golang.org/x/text/encoding/charmap"
)

// trueTypeUnicode reads the cmap table of an embedded TrueType font
// program and returns, for each glyph id, the character it draws: how a
// CID font with no ToUnicode map can still be read.
func trueTypeUnicode(fontFile lpdf.Value) map[uint16]rune {
	if fontFile.Kind() != lpdf.Stream {
		return nil
	}
	rd := fontFile.Reader()
	b, err := io.ReadAll(io.LimitReader(rd, 64<<20))
	rd.Close()
	if err != nil && len(b) == 0 || len(b) < 12 {
		return nil
	}
	defer func() { recover() }() // a truncated table ends the read
	u16 := func(o int) int { return int(binary.BigEndian.Uint16(b[o:])) }
	u32 := func(o int) int { return int(binary.BigEndian.Uint32(b[o:])) }
	n := u16(4)
	cmap := -1
	for i := 0; i < n; i++ {
		rec := 12 + 16*i
		if string(b[rec:rec+4]) == "cmap" {
			cmap = u32(rec + 8)
		}
	}
	if cmap < 0 || cmap+4 > len(b) {
		return nil
	}
	best, bestRank := -1, 0
	for i := 0; i < u16(cmap+2); i++ {
		rec := cmap + 4 + 8*i
		plat, enc, off := u16(rec), u16(rec+2), u32(rec+4)
		rank := 0
		switch {
		case plat == 3 && enc == 10, plat == 0 && enc >= 4:
			rank = 4
		case plat == 3 && enc == 1, plat == 0:
			rank = 3
		case plat == 1 && enc == 0:
			rank = 2
		case plat == 3 && enc == 0:
			rank = 1
		}
		if rank > bestRank {
			best, bestRank = cmap+off, rank
		}
	}
	if best < 0 {
		return nil
	}
	mac := bestRank == 2
	out := map[uint16]rune{}
	add := func(c rune, gid int) {
		if bestRank == 1 && c >= 0xF000 && c <= 0xF0FF {
			c -= 0xF000 // a symbol cmap puts codes at U+F0xx
		}
		if mac && c < 256 {
			c = charmap.Macintosh.DecodeByte(byte(c))
		}
		if gid > 0 && gid < 65536 {
			if _, ok := out[uint16(gid)]; !ok {
				out[uint16(gid)] = c
			}
		}
	}
	switch u16(best) {
	case 0:
		for c := 0; c < 256; c++ {
			add(rune(c), int(b[best+6+c]))
		}
	case 6:
		first, count := u16(best+6), u16(best+8)
		for i := 0; i < count; i++ {
			add(rune(first+i), u16(best+10+2*i))
		}
	case 4:
		segs := u16(best+6) / 2
		ends, starts := best+14, best+16+2*segs
		deltas, ranges := starts+2*segs, starts+4*segs
		for s := 0; s < segs; s++ {
			end, start := u16(ends+2*s), u16(starts+2*s)
			delta, ro := u16(deltas+2*s), u16(ranges+2*s)
			for c := start; c <= end && c != 0xFFFF; c++ {
				gid := 0
				if ro == 0 {
					gid = (c + delta) & 0xFFFF
				} else {
					at := ranges + 2*s + ro + 2*(c-start)
					if g := u16(at); g != 0 {
						gid = (g + delta) & 0xFFFF
					}
				}
				add(rune(c), gid)
			}
		}
	case 12:
		groups := u32(best + 12)
		for g := 0; g < groups && g < 1<<16; g++ {
			rec := best + 16 + 12*g
			lo, hi, gid := u32(rec), u32(rec+4), u32(rec+8)
			for c := lo; c <= hi && c-lo < 1<<16; c++ {
				add(rune(c), gid+c-lo)
			}
		}
	}
	return out
}

// cidToGID reads a CIDToGIDMap: nil for Identity.
func cidToGID(v lpdf.Value) []uint16 {
	if v.Kind() != lpdf.Stream {
		return nil
	}
	rd := v.Reader()
	b, _ := io.ReadAll(io.LimitReader(rd, 1<<20))
	rd.Close()
	out := make([]uint16, len(b)/2)
	for i := range out {
		out[i] = binary.BigEndian.Uint16(b[2*i:])
	}
	return out
}
