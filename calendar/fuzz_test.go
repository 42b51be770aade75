package calendar_test

import (
	"errors"
	"testing"

	"github.com/comptoir/comptoir/calendar"
)

func FuzzParseDate(f *testing.F) {
	for _, seed := range []string{
		"2026-12-18", "2024-02-29", "2100-02-29", "0000-01-01", "9999-12-31",
		"2026-2-3", "2026-02-30", "+026-12-18", "2026-12-18T00:00", "", "----------",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := calendar.ParseDate(s)
		if err != nil {
			if !errors.Is(err, calendar.ErrInvalidDate) || !d.IsZero() {
				t.Fatalf("ParseDate(%q) = %v, %v", s, d, err)
			}
			return
		}
		if !d.IsValid() || d.String() != s {
			t.Fatalf("ParseDate(%q) = %v, which prints as %q", s, d, d.String())
		}
		var back calendar.Date
		if err := back.UnmarshalText([]byte(s)); err != nil || back != d {
			t.Fatalf("UnmarshalText(%q) = %v, %v", s, back, err)
		}
	})
}
