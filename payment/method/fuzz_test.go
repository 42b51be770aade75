package method_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/payment/method"
)

func FuzzParseFamily(f *testing.F) {
	for _, s := range []string{"card", "bank_redirect", "pay_later", "", "Card", "crypto"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fam, err := method.ParseFamily(s)
		if err != nil {
			if !errors.Is(err, method.ErrUnknownFamily) || fam != "" {
				t.Fatalf("%q: %v, %q", s, err, fam)
			}
			return
		}
		if string(fam) != s || !fam.Valid() {
			t.Fatalf("%q parsed as %q", s, fam)
		}
	})
}

func FuzzParseChannel(f *testing.F) {
	for _, s := range []string{"web", "mobile_app", "pos", "moto", "", "WEB"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ch, err := method.ParseChannel(s)
		if err != nil {
			if !errors.Is(err, method.ErrUnknownChannel) || ch != "" {
				t.Fatalf("%q: %v, %q", s, err, ch)
			}
			return
		}
		if string(ch) != s || !ch.Valid() {
			t.Fatalf("%q parsed as %q", s, ch)
		}
	})
}

func FuzzParseBrand(f *testing.F) {
	for _, s := range []string{"visa", "cartes_bancaires", "", "Visa", "wéro"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b, err := method.ParseBrand(s)
		if err != nil {
			if !errors.Is(err, method.ErrInvalidName) || method.ValidName(s) {
				t.Fatalf("%q: %v", s, err)
			}
			return
		}
		if string(b) != s || strings.ToLower(s) != s || len(s) == 0 || len(s) > method.MaxNameLen {
			t.Fatalf("%q accepted as %q", s, b)
		}
	})
}

// Lookup never panics, finds a method exactly when the lower-cased name
// is one of its names, and finds the same method whatever the case.
func FuzzLookup(f *testing.F) {
	for _, s := range []string{"payconiq", "WERO", "Bancontact_Mobile", "", "sofort", "ı", "K"} {
		f.Add(s)
	}
	c, err := method.DefaultCatalog()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := c.Lookup(s)
		if err != nil {
			if !errors.Is(err, method.ErrUnknownMethod) {
				t.Fatalf("%q: %v", s, err)
			}
			return
		}
		if !m.Is(s) {
			t.Fatalf("%q gave %s, which does not answer to it", s, m.ID)
		}
		again, err := c.Lookup(strings.ToUpper(m.ID))
		if err != nil || again.ID != m.ID {
			t.Fatalf("%q: upper-case ID %v", s, err)
		}
	})
}

// Any query is either answered or refused with a *QueryError; never a
// panic.
func FuzzAvailable(f *testing.F) {
	f.Add("BE", int64(2500), "EUR", "web", "card,payconiq")
	f.Add("be", int64(0), "EUR", "pos", "")
	f.Add("UK", int64(-1), "GBP", "kiosk", "card,card")
	f.Add("NL", int64(1<<62), "JPY", "moto", "ideal,klarna,sofort")
	c, err := method.DefaultCatalog()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, country string, minor int64, code, channel, preferred string) {
		q := method.Query{Country: country, Channel: method.Channel(channel), At: checkout}
		if preferred != "" {
			q.Preferred = strings.Split(preferred, ",")
		}
		if cur, err := money.ParseCurrency(code); err == nil {
			q.Amount, _ = money.FromMinor(minor, cur)
		}
		got, err := c.Available(q)
		if err != nil {
			var qe *method.QueryError
			if !errors.As(err, &qe) || !errors.Is(err, method.ErrInvalidQuery) || got != nil {
				t.Fatalf("%+v: %v", q, err)
			}
			return
		}
		if len(got) > len(q.Preferred) {
			t.Fatalf("%+v: %d methods for %d preferred", q, len(got), len(q.Preferred))
		}
	})
}
