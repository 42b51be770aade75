package webhook

// ValidJSON reports whether the package's JSON reader accepts b as one
// JSON document; the fuzz tests compare it with encoding/json.
func ValidJSON(b []byte) bool {
	r := &reader{provider: "test", data: b}
	return r.skip() == nil && r.finish() == nil
}

// JSONString decodes b, which must be one JSON string, with the package's
// reader.
func JSONString(b []byte) (string, error) {
	r := &reader{provider: "test", data: b}
	if r.peek() != '"' {
		return "", r.fail("expected a string")
	}
	s, err := r.str()
	if err == nil {
		err = r.finish()
	}
	return s, err
}
