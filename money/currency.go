package money

import (
	"fmt"
	"time"

	"golang.org/x/text/currency"

	countrycode "github.com/comptoir/comptoir/internal/country"
)

// Currency is an ISO 4217 currency. Its data (minor-unit digits, cash
// increments, symbols) comes from CLDR through golang.org/x/text/currency.
// The zero Currency means "no currency yet"; it is the currency of the zero
// Money.
type Currency struct {
	unit currency.Unit
}

// ParseCurrency returns the currency with the given three-letter ISO 4217
// code. Lower-case letters are accepted ("eur"). ISO 4217's code for "no
// currency" and codes CLDR does not know give an *UnknownCurrencyError. Withdrawn codes that CLDR
// keeps (BEF, DEM) are accepted, so old ledgers still read; a shop that takes
// a currency from its customers checks it against its own list.
func ParseCurrency(code string) (Currency, error) {
	u, err := currency.ParseISO(code)
	if err != nil || u == (currency.Unit{}) { // the zero Unit is the no-currency code
		return Currency{}, &UnknownCurrencyError{Code: code}
	}
	return Currency{unit: u}, nil
}

// Code returns the ISO 4217 code, or "" for the zero Currency.
func (c Currency) Code() string {
	if c.IsZero() {
		return ""
	}
	return c.unit.String()
}

// String returns the code, or "none" for the zero Currency.
func (c Currency) String() string {
	if c.IsZero() {
		return "none"
	}
	return c.unit.String()
}

// IsZero reports whether c is the zero Currency.
func (c Currency) IsZero() bool { return c.unit == currency.Unit{} }

// Digits returns the number of minor-unit digits ISO 4217 gives the
// currency: 2 for EUR, 0 for JPY, 3 for KWD. The zero Currency has 0 digits.
func (c Currency) Digits() int {
	if c.IsZero() {
		return 0
	}
	if d, ok := isoDigits(c.unit.String()); ok {
		return d
	}
	scale, _ := currency.Standard.Rounding(c.unit)
	return scale
}

// isoDigits corrects CLDR where it departs from ISO 4217. CLDR records the
// digits people use in practice, 0 for the Colombian peso or the Iraqi dinar,
// while ISO 4217, which payment providers and banks follow, keeps 2 or 3.
func isoDigits(code string) (int, bool) {
	switch code {
	case "AFN", "ALL", "AMD", "COP", "GYD", "IDR", "IRR", "KPW", "LAK", "LBP",
		"MGA", "MMK", "MNT", "MUR", "PKR", "RSD", "SOS", "SYP", "TZS", "UZS", "YER":
		return 2, true
	case "IQD":
		return 3, true
	}
	return 0, false
}

// CashIncrement returns the smallest step of cash payments in minor units as
// CLDR records it for the currency everywhere: 5 for CHF (0.05), 50 for DKK,
// 100 for CZK (whole crowns), 1 for EUR. Country-level rules, such as euro
// cash rounding in Belgium, are in CashIncrementIn.
func (c Currency) CashIncrement() int64 {
	if c.IsZero() {
		return 1
	}
	scale, inc := currency.Cash.Rounding(c.unit)
	// inc counts units of 10^-scale; convert to minor units of 10^-Digits.
	step := int64(inc)
	for range c.Digits() - scale {
		step *= 10
	}
	return step
}

// cashRule is a national cash-rounding rule with the instant it took effect.
type cashRule struct {
	country, currency string
	increment         int64
	from              time.Time
}

// cashRules lists national cash-rounding rules that depart from CLDR's
// currency-wide data. Belgium: law of 5 February 2019, in force 1 December
// 2019. Netherlands: rounding of cash totals to 0.05 since 1 September 2004.
func cashRules() [2]cashRule {
	return [...]cashRule{
		{"BE", "EUR", 5, time.Date(2019, time.December, 1, 0, 0, 0, 0, time.FixedZone("CET", 3600))},
		{"NL", "EUR", 5, time.Date(2004, time.September, 1, 0, 0, 0, 0, time.FixedZone("CEST", 7200))},
	}
}

// CashIncrementIn returns the cash increment in minor units for payments in
// currency c in the given country (ISO 3166-1 alpha-2, upper case) at the
// given time:
// 5 (0.05) for euro cash in Belgium from 2019-12-01 and in the Netherlands
// from 2004-09-01, otherwise c.CashIncrement(). An unknown country is an
// error wrapping ErrInvalidArgument.
func CashIncrementIn(c Currency, country string, at time.Time) (int64, error) {
	if !countrycode.Valid(country) {
		return 0, fmt.Errorf("%w: unknown country %q (ISO 3166-1 alpha-2, upper case)", ErrInvalidArgument, country)
	}
	for _, r := range cashRules() {
		if r.country != country || r.currency != c.Code() {
			continue
		}
		if !at.Before(r.from) {
			return r.increment, nil
		}
	}
	return c.CashIncrement(), nil
}

// MarshalText encodes c as its ISO 4217 code, and the zero Currency as "".
func (c Currency) MarshalText() ([]byte, error) { return []byte(c.Code()), nil }

// UnmarshalText decodes an ISO 4217 code as ParseCurrency does; "" decodes
// to the zero Currency.
func (c *Currency) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = Currency{}
		return nil
	}
	parsed, err := ParseCurrency(string(b))
	if err != nil {
		return err
	}
	*c = parsed
	return nil
}
