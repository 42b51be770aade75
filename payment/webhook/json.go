package webhook

import "strconv"

// The bodies are read by a small strict JSON reader rather than
// encoding/json, for two reasons. Security: encoding/json matches keys
// case-insensitively, lets the last of two equal keys win and turns invalid
// UTF-8 into U+FFFD, so the values it reads are not always the bytes the
// provider signed; this reader matches keys exactly, refuses a field we read
// given twice, invalid UTF-8 and lone surrogates. Speed: it reads only the
// few fields a verifier needs, without reflection, which keeps a
// verification within a few microseconds (see the benchmarks).

// maxDepth bounds nesting, so a hostile body cannot exhaust the stack.
const maxDepth = 64

// reader reads one JSON document from data. It never panics: every method
// checks its bounds and reports a *BodyError.
type reader struct {
	provider string
	data     []byte
	pos      int
	depth    int
}

// fail reports a problem at the current position.
func (r *reader) fail(reason string) error {
	return &BodyError{Provider: r.provider, Offset: r.pos, Reason: reason}
}

// space skips JSON whitespace.
func (r *reader) space() {
	for r.pos < len(r.data) {
		switch r.data[r.pos] {
		case ' ', '\t', '\n', '\r':
			r.pos++
		default:
			return
		}
	}
}

// peek returns the next significant byte, or 0 at the end (a NUL byte
// is never valid where peek is used, so the two need not be told apart).
func (r *reader) peek() byte {
	r.space()
	if r.pos >= len(r.data) {
		return 0
	}
	return r.data[r.pos]
}

// finish checks that only whitespace follows the document.
func (r *reader) finish() error {
	if r.space(); r.pos < len(r.data) { // a NUL byte is data too
		return r.fail("data after the JSON document")
	}
	return nil
}

// null consumes a null literal if one is next.
func (r *reader) null() bool {
	if r.peek() == 'n' && r.literal("null") {
		r.pos += 4
		return true
	}
	return false
}

// literal reports whether lit is next.
func (r *reader) literal(lit string) bool {
	return len(r.data)-r.pos >= len(lit) && string(r.data[r.pos:r.pos+len(lit)]) == lit
}

// object reads an object, calling field for each key; field must consume
// the value. Keys are compared exactly.
func (r *reader) object(field func(key []byte) error) error {
	if r.peek() != '{' {
		return r.fail("expected an object")
	}
	if r.depth++; r.depth > maxDepth {
		return r.fail("nested too deeply")
	}
	r.pos++
	if r.peek() == '}' {
		r.pos++
		r.depth--
		return nil
	}
	for {
		if r.peek() != '"' {
			return r.fail("expected a key")
		}
		key, err := r.stringBytes()
		if err != nil {
			return err
		}
		if r.peek() != ':' {
			return r.fail("expected ':' after a key")
		}
		r.pos++
		if err := field(key); err != nil {
			return err
		}
		switch r.peek() {
		case ',':
			r.pos++
		case '}':
			r.pos++
			r.depth--
			return nil
		default:
			return r.fail("expected ',' or '}' in an object")
		}
	}
}

// array reads an array, calling elem for each element; elem must consume it.
func (r *reader) array(elem func(i int) error) error {
	if r.peek() != '[' {
		return r.fail("expected an array")
	}
	if r.depth++; r.depth > maxDepth {
		return r.fail("nested too deeply")
	}
	r.pos++
	if r.peek() == ']' {
		r.pos++
		r.depth--
		return nil
	}
	for i := 0; ; i++ {
		if err := elem(i); err != nil {
			return err
		}
		switch r.peek() {
		case ',':
			r.pos++
		case ']':
			r.pos++
			r.depth--
			return nil
		default:
			return r.fail("expected ',' or ']' in an array")
		}
	}
}

// skip consumes any value, checking its syntax.
func (r *reader) skip() error {
	switch c := r.peek(); {
	case c == '{':
		return r.object(func([]byte) error { return r.skip() })
	case c == '[':
		return r.array(func(int) error { return r.skip() })
	case c == '"':
		_, _, err := r.rawString()
		return err
	case c == '-' || (c >= '0' && c <= '9'):
		_, err := r.number()
		return err
	case r.literal("true"):
		r.pos += 4
	case r.literal("false"):
		r.pos += 5
	case r.literal("null"):
		r.pos += 4
	default:
		return r.fail("expected a value")
	}
	return nil
}

// raw consumes any value and returns its bytes, which alias data.
func (r *reader) raw() ([]byte, error) {
	r.space()
	start := r.pos
	if err := r.skip(); err != nil {
		return nil, err
	}
	return r.data[start:r.pos], nil
}

// str reads a string, or null as "".
func (r *reader) str() (string, error) {
	if r.null() {
		return "", nil
	}
	if r.peek() != '"' {
		return "", r.fail("expected a string")
	}
	b, err := r.stringBytes()
	return string(b), err
}

// boolean reads true or false.
func (r *reader) boolean() (bool, error) {
	switch {
	case r.peek() == 't' && r.literal("true"):
		r.pos += 4
		return true, nil
	case r.peek() == 'f' && r.literal("false"):
		r.pos += 5
		return false, nil
	}
	return false, r.fail("expected true or false")
}

// integer reads a number that must be a whole int64, without fraction or
// exponent: amounts are minor units and times are Unix seconds.
func (r *reader) integer() (int64, error) {
	r.space()
	start := r.pos
	isInt, err := r.number()
	if err != nil {
		return 0, err
	}
	if !isInt {
		r.pos = start
		return 0, r.fail("expected a whole number")
	}
	n, err := strconv.ParseInt(string(r.data[start:r.pos]), 10, 64)
	if err != nil {
		r.pos = start
		return 0, r.fail("number out of range")
	}
	return n, nil
}

// number consumes a number (RFC 8259 grammar) and says whether it has
// neither fraction nor exponent.
func (r *reader) number() (isInt bool, err error) {
	r.space()
	if r.pos < len(r.data) && r.data[r.pos] == '-' {
		r.pos++
	}
	switch {
	case r.pos < len(r.data) && r.data[r.pos] == '0':
		r.pos++
	case r.digits() == 0:
		return false, r.fail("invalid number")
	}
	isInt = true
	if r.pos < len(r.data) && r.data[r.pos] == '.' {
		r.pos++
		if r.digits() == 0 {
			return false, r.fail("invalid number fraction")
		}
		isInt = false
	}
	if r.pos < len(r.data) && (r.data[r.pos] == 'e' || r.data[r.pos] == 'E') {
		r.pos++
		if r.pos < len(r.data) && (r.data[r.pos] == '+' || r.data[r.pos] == '-') {
			r.pos++
		}
		if r.digits() == 0 {
			return false, r.fail("invalid number exponent")
		}
		isInt = false
	}
	return isInt, nil
}

// digits consumes ASCII digits and returns how many.
func (r *reader) digits() int {
	start := r.pos
	for r.pos < len(r.data) && r.data[r.pos] >= '0' && r.data[r.pos] <= '9' {
		r.pos++
	}
	return r.pos - start
}

// seen records which known fields of an object were given, so that a field
// given twice is refused: two JSON readers could otherwise disagree on its
// value, and the one that checked the signature must be the one believed.
type seen uint32

// once marks field bit as given, failing if it already was.
func (s *seen) once(r *reader, bit uint, key []byte) error {
	if *s&(1<<bit) != 0 {
		return r.fail("field " + strconv.Quote(string(key)) + " given twice")
	}
	*s |= 1 << bit
	return nil
}

// has reports whether field bit was given.
func (s seen) has(bit uint) bool { return s&(1<<bit) != 0 }
