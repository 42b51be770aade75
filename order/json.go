package order

import (
	"bytes"
	"encoding/json"
	"time"
)

// consentJSON is the wire shape of a Consent: a zero time is left out.
type consentJSON struct {
	Given bool       `json:"given"`
	At    *time.Time `json:"at,omitempty"`
}

// MarshalJSON encodes {"given":true,"at":"2026-05-29T12:30:00Z"}, leaving
// out a zero At.
func (c Consent) MarshalJSON() ([]byte, error) {
	w := consentJSON{Given: c.Given}
	if !c.At.IsZero() {
		w.At = &c.At
	}
	return json.Marshal(w)
}

// UnmarshalJSON decodes what MarshalJSON encodes.
func (c *Consent) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		*c = Consent{}
		return nil
	}
	var w consentJSON
	if err := json.Unmarshal(data, &w); err != nil {
		return err
	}
	*c = Consent{Given: w.Given}
	if w.At != nil {
		c.At = *w.At
	}
	return nil
}

// windowJSON is the wire shape of a non-zero Window.
type windowJSON struct {
	Earliest time.Time `json:"earliest"`
	Latest   time.Time `json:"latest"`
}

// MarshalJSON encodes {"earliest":...,"latest":...}, or null for the zero
// Window.
func (w Window) MarshalJSON() ([]byte, error) {
	if w.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(windowJSON(w))
}

// UnmarshalJSON decodes what MarshalJSON encodes; null is the zero Window.
func (w *Window) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		*w = Window{}
		return nil
	}
	var v windowJSON
	if err := json.Unmarshal(data, &v); err != nil {
		return err
	}
	*w = Window(v)
	return nil
}

func isNull(data []byte) bool { return string(bytes.TrimSpace(data)) == "null" }
