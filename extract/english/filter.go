package english

// Filter is a bloom filter of one hash over words: a scanner asks it of
// every token before a look-up in a large map of words, and most tokens
// are no word of the map. A clear bit answers no without the look-up; a
// set bit leaves the answer to the map. The lexer keeps one of the words
// the stages know (about one name in thirty finds its bit set), money one
// of the words that may open a figure (1,900 words: one token in 140 that
// opens none finds its bit set). Its zero value is an empty filter.
type Filter [filterBits / 64]uint64

// filterBits is the number of bits of a Filter.
const filterBits = 1 << 18

// filterBit is a word's bit in a Filter: an FNV-1a hash of its bytes.
func filterBit(w string) uint32 {
	h := fnvBasis
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * fnvPrime
	}
	return h % filterBits
}

// filterBitBytes is filterBit of a word in a byte slice (not generic:
// a generic one costs the lexer's look-up its inlining).
func filterBitBytes(w []byte) uint32 {
	h := fnvBasis
	for _, c := range w {
		h = (h ^ uint32(c)) * fnvPrime
	}
	return h % filterBits
}

// FNV-1a's offset basis and prime.
const (
	fnvBasis = uint32(2166136261)
	fnvPrime = 16777619
)

// Add adds the word w.
func (f *Filter) Add(w string) {
	b := filterBit(w)
	f[b/64] |= 1 << (b % 64)
}

// May reports whether w may have been added: false means it was not.
func (f *Filter) May(w string) bool {
	b := filterBit(w)
	return f[b/64]&(1<<(b%64)) != 0
}

// MayBytes is May for a word in a byte slice.
func (f *Filter) MayBytes(w []byte) bool {
	b := filterBitBytes(w)
	return f[b/64]&(1<<(b%64)) != 0
}
