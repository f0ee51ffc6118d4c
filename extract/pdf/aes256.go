package pdf

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/sha256"
	"crypto/sha512"
	"errors"
	"hash"
	"regexp"
	"strconv"
)

// The library reads the standard security handler up to revision 4 (RC4
// and AES-128). Revisions 5 and 6 (AES-256, PDF 2.0 and Acrobat 9 on) are
// what Acrobat writes today to restrict printing or editing, mostly with an
// empty user password: anyone may open and read such a file. decryptAES256
// opens it with the empty password and decrypts every stream in place,
// keeping every byte offset, so that the file's own cross-reference table
// still holds and the library reads it as a file without encryption.

var (
	encryptRefRE = regexp.MustCompile(`/Encrypt\s+(\d+)\s+(\d+)\s+R`)
	metaFalseRE  = regexp.MustCompile(`/EncryptMetadata\s+false`)
	metadataRE   = regexp.MustCompile(`/Type\s*/Metadata\b`)
)

var errNotAES256 = errors.New("not AES-256 encryption")

// decryptAES256 returns a copy of data, encrypted with AES-256 (standard
// security handler, revision 5 or 6) and an empty user password, with its
// streams decrypted and its /Encrypt entries blanked. It returns
// errNotAES256 for any other file and ErrEncrypted when the user password
// is not empty.
func decryptAES256(data []byte) ([]byte, error) {
	ref := encryptRefRE.FindSubmatch(data)
	if ref == nil {
		return nil, errNotAES256
	}
	objStart := lastObject(data, string(ref[1]), string(ref[2]))
	if objStart < 0 {
		return nil, errNotAES256
	}
	end := bytes.Index(data[objStart:], []byte("endobj"))
	if end < 0 {
		return nil, errNotAES256
	}
	enc := data[objStart : objStart+end]
	r := dictInt(enc, "R")
	if dictInt(enc, "V") != 5 || r != 5 && r != 6 {
		return nil, errNotAES256
	}
	u, ue := dictString(enc, "U"), dictString(enc, "UE")
	if len(u) < 48 || len(ue) < 32 {
		return nil, errNotAES256
	}
	var check, inter []byte
	if r == 6 {
		check, inter = hash2B(nil, u[32:40]), hash2B(nil, u[40:48])
	} else {
		c, i := sha256.Sum256(u[32:40]), sha256.Sum256(u[40:48])
		check, inter = c[:], i[:]
	}
	if !bytes.Equal(check, u[:32]) {
		return nil, ErrEncrypted
	}
	block, err := aes.NewCipher(inter)
	if err != nil {
		return nil, errNotAES256
	}
	key := make([]byte, 32)
	cipher.NewCBCDecrypter(block, make([]byte, 16)).CryptBlocks(key, ue[:32])
	fileCipher, err := aes.NewCipher(key)
	if err != nil {
		return nil, errNotAES256
	}
	keepMetadata := metaFalseRE.Match(enc)

	out := append([]byte(nil), data...)
	done := 0 // decrypted up to here: an "obj" inside a stream is no object
	for _, loc := range objRE.FindAllIndex(out, -1) {
		start := loc[1]
		if start < done || start >= objStart && start < objStart+end {
			continue
		}
		stop := bytes.Index(out[start:], []byte("endobj"))
		if stop < 0 {
			stop = len(out) - start
		}
		s := streamRE.FindIndex(out[start : start+stop])
		if s == nil {
			continue
		}
		dict := out[start : start+s[0]]
		if xrefTypeRE.Match(dict) || keepMetadata && metadataRE.Match(dict) {
			continue // xref streams are never encrypted
		}
		payload := out[start+s[1]:]
		n := -1
		if m := lengthRE.FindSubmatch(dict); m != nil && m[2] == nil {
			n, _ = strconv.Atoi(string(m[1]))
		}
		if n < 0 || n > len(payload) {
			n = bytes.Index(payload, []byte("endstream"))
			if n < 0 {
				continue
			}
			for n > 0 && (payload[n-1] == '\n' || payload[n-1] == '\r') {
				n--
			}
		}
		decryptInPlace(fileCipher, payload[:n])
		done = start + s[1] + n
	}
	// the file now reads as unencrypted
	for _, loc := range encryptRefRE.FindAllIndex(out, -1) {
		for i := loc[0]; i < loc[1]; i++ {
			out[i] = ' '
		}
	}
	return out, nil
}

// decryptInPlace decrypts an AES-256-CBC stream (16 bytes of IV, then the
// ciphertext, PKCS#7 padded) into the same bytes: the plain text first,
// then spaces, which no stream reader looks past (a compressed stream ends
// where its data says, a content stream ignores white space).
func decryptInPlace(c cipher.Block, b []byte) {
	n := len(b) - len(b)%16
	if n < 32 {
		return
	}
	plain := make([]byte, n-16)
	cipher.NewCBCDecrypter(c, b[:16]).CryptBlocks(plain, b[16:n])
	if p := int(plain[len(plain)-1]); p >= 1 && p <= 16 && p <= len(plain) {
		plain = plain[:len(plain)-p]
	}
	copy(b, plain)
	for i := len(plain); i < len(b); i++ {
		b[i] = ' '
	}
}

// hash2B is algorithm 2.B of ISO 32000-2 (the revision 6 password hash)
// for a password and an 8-byte salt, with no user key.
func hash2B(password, salt []byte) []byte {
	h := sha256.Sum256(append(append([]byte(nil), password...), salt...))
	k := h[:]
	for i := 0; ; i++ {
		k1 := bytes.Repeat(append(append([]byte(nil), password...), k...), 64)
		block, _ := aes.NewCipher(k[:16])
		e := make([]byte, len(k1))
		cipher.NewCBCEncrypter(block, k[16:32]).CryptBlocks(e, k1)
		sum := 0
		for _, x := range e[:16] {
			sum += int(x)
		}
		var hf hash.Hash
		switch sum % 3 {
		case 0:
			hf = sha256.New()
		case 1:
			hf = sha512.New384()
		default:
			hf = sha512.New()
		}
		hf.Write(e)
		k = hf.Sum(nil)
		if i >= 63 && int(e[len(e)-1]) <= i-31 {
			break
		}
	}
	return k[:32]
}

// lastObject finds where the last definition of object "num gen" begins.
func lastObject(data []byte, num, gen string) int {
	re := regexp.MustCompile(`(?:^|[^0-9])` + num + `\s+` + gen + `\s+obj\b`)
	locs := re.FindAllIndex(data, -1)
	if len(locs) == 0 {
		return -1
	}
	return locs[len(locs)-1][0]
}

// dictInt reads "/Key 5" from a dictionary's bytes; -1 when absent.
func dictInt(d []byte, key string) int {
	m := regexp.MustCompile(`/` + key + `\s+(-?\d+)`).FindSubmatch(d)
	if m == nil {
		return -1
	}
	n, _ := strconv.Atoi(string(m[1]))
	return n
}

// dictString reads the string value of "/Key (...)" or "/Key <...>".
func dictString(d []byte, key string) []byte {
	loc := regexp.MustCompile(`/` + key + `\s*[(<]`).FindIndex(d)
	if loc == nil {
		return nil
	}
	i := loc[1] - 1
	if d[i] == '<' {
		j := bytes.IndexByte(d[i:], '>')
		if j < 0 {
			return nil
		}
		var hex []byte
		for _, c := range d[i+1 : i+j] {
			if isHex(c) {
				hex = append(hex, c)
			}
		}
		if len(hex)%2 == 1 {
			hex = append(hex, '0')
		}
		out := make([]byte, len(hex)/2)
		for k := range out {
			out[k] = unhex(hex[2*k])<<4 | unhex(hex[2*k+1])
		}
		return out
	}
	return literalString(d[i:])
}

// literalString reads a PDF literal string starting at its "(".
func literalString(d []byte) []byte {
	var out []byte
	depth := 0
	for i := 0; i < len(d); i++ {
		c := d[i]
		switch {
		case c == '(':
			if depth > 0 {
				out = append(out, c)
			}
			depth++
		case c == ')':
			depth--
			if depth == 0 {
				return out
			}
			out = append(out, c)
		case c == '\\' && i+1 < len(d):
			i++
			switch e := d[i]; e {
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 't':
				out = append(out, '\t')
			case 'b':
				out = append(out, '\b')
			case 'f':
				out = append(out, '\f')
			case '\r':
				if i+1 < len(d) && d[i+1] == '\n' {
					i++
				}
			case '\n':
			default:
				if e >= '0' && e <= '7' {
					v := 0
					k := 0
					for ; k < 3 && i+k < len(d) && d[i+k] >= '0' && d[i+k] <= '7'; k++ {
						v = v*8 + int(d[i+k]-'0')
					}
					i += k - 1
					out = append(out, byte(v))
				} else {
					out = append(out, e)
				}
			}
		default:
			out = append(out, c)
		}
	}
	return out
}
