package form

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// clean returns s fit to be written on one line of a form: invalid UTF-8
// becomes U+FFFD, control characters and line or paragraph separators
// become spaces (a newline in an address field must not start a line of its
// own that looks like part of the form), bidirectional formatting characters
// are dropped (they could make the text read differently from how it is
// stored), and leading and trailing spaces are trimmed. Ordinary text is
// returned as it is, without allocating.
func clean(s string) string {
	if isPlain(s) {
		return strings.TrimSpace(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune(utf8.RuneError)
		case unicode.IsControl(r) || r == '\u2028' || r == '\u2029':
			b.WriteByte(' ')
		case isBidiControl(r):
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return strings.TrimSpace(b.String())
}

// isPlain reports whether s is printable ASCII (the common case) or valid
// UTF-8 without any character clean changes.
func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			return isPlainUnicode(s[i:])
		}
	}
	return true
}

// isPlainUnicode is isPlain for text beyond ASCII.
func isPlainUnicode(s string) bool {
	for _, r := range s {
		if r == utf8.RuneError || unicode.IsControl(r) || r == '\u2028' || r == '\u2029' || isBidiControl(r) {
			return false
		}
	}
	return true
}

// isBidiControl reports the explicit bidirectional formatting characters:
// the embeddings and overrides U+202A-U+202E and the isolates U+2066-U+2069.
// The marks U+200E and U+200F are harmless and kept.
func isBidiControl(r rune) bool {
	return (r >= '\u202a' && r <= '\u202e') || (r >= '\u2066' && r <= '\u2069')
}
