package vat_test

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/comptoir/comptoir/pricing/vat"
)

// FuzzParseNumber: ParseNumber never panics; what it accepts round-trips
// through String, text marshalling, and is in canonical form; what it
// rejects is a *NumberError with one of the four reasons.
func FuzzParseNumber(f *testing.F) {
	for _, numbers := range numValidNumbers() {
		for _, s := range numbers {
			f.Add(s)
		}
	}
	for _, s := range []string{
		"", "BE", "be 0403.019.261", "BE BE0403019261", "GR094259216", "IE+1234567X",
		"IE1*23456X", "XIGD8888", "FRFR40303265045", "BE\xff", "BE\u00a00403019261",
		"NL000000000B00", "CZ0000000000", "LV32000000000", "BG0000000000",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := vat.ParseNumber(s)
		if err != nil {
			if !n.IsZero() {
				t.Fatalf("ParseNumber(%q) returned %q with the error %v", s, n, err)
			}
			var ne *vat.NumberError
			if !errors.As(err, &ne) || !errors.Is(err, vat.ErrInvalidNumber) {
				t.Fatalf("ParseNumber(%q): error %v is not a *NumberError", s, err)
			}
			switch ne.Reason {
			case vat.ErrUnknownPrefix, vat.ErrBadFormat, vat.ErrBadCheckDigit, vat.ErrDuplicatedPrefix:
			default:
				t.Fatalf("ParseNumber(%q): reason %v", s, ne.Reason)
			}
			if ne.Input != s {
				t.Fatalf("ParseNumber(%q): Input %q", s, ne.Input)
			}
			_ = err.Error()
			return
		}
		c := n.String()
		if n.IsZero() || len(c) < 3 || !utf8.ValidString(c) {
			t.Fatalf("ParseNumber(%q) accepted %q", s, c)
		}
		for _, r := range c {
			if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '+' || r == '*') {
				t.Fatalf("ParseNumber(%q) = %q: not canonical", s, c)
			}
		}
		if n.Prefix()+n.Body() != c || !strings.Contains(strings.Join(vat.NumberPrefixes(), " "), n.Prefix()) {
			t.Fatalf("ParseNumber(%q) = %q: prefix %q body %q", s, c, n.Prefix(), n.Body())
		}
		again, err := vat.ParseNumber(c)
		if err != nil || again != n || again.String() != c {
			t.Fatalf("ParseNumber(%q) = %q, but ParseNumber(%q) = %q, %v", s, c, c, again, err)
		}
		text, err := n.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back vat.Number
		if err := back.UnmarshalText(text); err != nil || back != n {
			t.Fatalf("text round trip of %q: %q, %v", c, back, err)
		}
	})
}
