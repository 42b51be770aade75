package webhook

import (
	"encoding/binary"
	"unicode/utf16"
	"unicode/utf8"
)

// stringBytes reads a string and returns its decoded bytes. Without
// escapes they alias data; with escapes they are a fresh slice.
func (r *reader) stringBytes() ([]byte, error) {
	raw, escaped, err := r.rawString()
	if err != nil || !escaped {
		return raw, err
	}
	return unescape(raw), nil
}

// rawString consumes a string and returns its content between the quotes,
// checking control characters, escapes, surrogates and UTF-8.
func (r *reader) rawString() (raw []byte, escaped bool, err error) {
	r.pos++ // the opening quote, checked by the caller
	start := r.pos
	for r.pos < len(r.data) {
		r.pos += plainRun(r.data[r.pos:])
		if r.pos >= len(r.data) {
			break
		}
		c := r.data[r.pos]
		switch {
		case c == '"':
			r.pos++
			return r.data[start : r.pos-1], escaped, nil
		case c == '\\':
			escaped = true
			if err := r.escape(); err != nil {
				return nil, false, err
			}
		case c < 0x20:
			return nil, false, r.fail("control character in a string")
		case c < utf8.RuneSelf:
			r.pos++
		default:
			ru, size := utf8.DecodeRune(r.data[r.pos:])
			if ru == utf8.RuneError && size <= 1 {
				return nil, false, r.fail("invalid UTF-8 in a string")
			}
			r.pos += size
		}
	}
	return nil, false, r.fail("unterminated string")
}

// escape checks one escape sequence at r.pos and consumes it. A \u escape
// of a high surrogate must be followed by one of a low surrogate.
func (r *reader) escape() error {
	if r.pos+1 >= len(r.data) {
		return r.fail("unterminated escape")
	}
	switch r.data[r.pos+1] {
	case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
		r.pos += 2
		return nil
	case 'u':
	default:
		return r.fail("invalid escape")
	}
	u, ok := hex4(r.data, r.pos+2)
	if !ok {
		return r.fail("invalid \\u escape")
	}
	switch {
	case u >= 0xDC00 && u <= 0xDFFF:
		return r.fail("lone low surrogate")
	case u >= 0xD800 && u <= 0xDBFF:
		if _, ok := lowSurrogate(r.data, r.pos+6); !ok {
			return r.fail("lone high surrogate")
		}
		r.pos += 12
	default:
		r.pos += 6
	}
	return nil
}

// lowSurrogate reads a \uDC00-\uDFFF escape at i.
func lowSurrogate(b []byte, i int) (rune, bool) {
	if i+1 >= len(b) || b[i] != '\\' || b[i+1] != 'u' {
		return 0, false
	}
	u, ok := hex4(b, i+2)
	return u, ok && u >= 0xDC00 && u <= 0xDFFF
}

// hex4 reads four hexadecimal digits at i.
func hex4(b []byte, i int) (rune, bool) {
	if i < 0 || i+4 > len(b) {
		return 0, false
	}
	var u rune
	for _, c := range b[i : i+4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		u = u<<4 | rune(c)
	}
	return u, true
}

// unescape decodes the content of a string that rawString has checked.
func unescape(raw []byte) []byte {
	out := make([]byte, 0, len(raw))
	for i := 0; i < len(raw); {
		c := raw[i]
		if c != '\\' {
			out = append(out, c)
			i++
			continue
		}
		switch raw[i+1] {
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			u, _ := hex4(raw, i+2)
			if u >= 0xD800 && u <= 0xDBFF {
				lo, _ := lowSurrogate(raw, i+6)
				out = utf8.AppendRune(out, utf16.DecodeRune(u, lo))
				i += 12
				continue
			}
			out = utf8.AppendRune(out, u)
			i += 6
			continue
		default: // '"', '\\', '/'
			out = append(out, raw[i+1])
		}
		i += 2
	}
	return out
}

// Word masks for plainRun: one bit or value repeated in each byte.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// plainRun returns the length of the longest prefix of b made of whole
// 8-byte words of plain string bytes: ASCII, not a control character, a
// quote or a backslash. It tests a word at a time, so a long string such as
// a description is skipped quickly; the caller checks the rest byte by
// byte. In each of the three subtractions a byte's high bit ends up set
// when the byte is below 0x20, or is a quote, or a backslash (or, through a
// borrow, just above such a byte, which is special anyway); or-ing x in
// adds the non-ASCII bytes. So the word has no special byte exactly when
// no high bit is set.
func plainRun(b []byte) int {
	n := 0
	for ; n+8 <= len(b); n += 8 {
		x := binary.LittleEndian.Uint64(b[n : n+8])
		special := (x - ones*0x20) | x | ((x ^ ones*'"') - ones) | ((x ^ ones*'\\') - ones)
		if special&highs != 0 {
			break
		}
	}
	return n
}
