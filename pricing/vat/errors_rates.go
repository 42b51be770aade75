package vat

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/comptoir/comptoir/calendar"
)

// ErrUnknownCountry is matched (with errors.Is) by *UnknownCountryError.
var ErrUnknownCountry = errors.New("vat: unknown country")

// ErrUnknownCategory is matched (with errors.Is) by *UnknownCategoryError.
var ErrUnknownCategory = errors.New("vat: unknown category")

// ErrNoRate is matched (with errors.Is) by *NoRateError.
var ErrNoRate = errors.New("vat: no rate")

// maxQuotedInput bounds how many characters of a bad input an error
// message repeats, so that a megabyte of garbage does not end up in a log
// line; the error's fields keep the input whole.
const maxQuotedInput = 40

// quoteInput returns s quoted as %q does, for an error message: a Go
// string literal with quotes and escapes, so that spaces, control
// characters and invalid UTF-8 are visible. Input longer than
// maxQuotedInput characters (runes) is cut to that many and ends with "…"
// inside the quotes: "aaaa…".
func quoteInput(s string) string {
	n := 0
	for i := range s {
		if n == maxQuotedInput {
			return strconv.Quote(s[:i] + "…")
		}
		n++
	}
	return strconv.Quote(s)
}

// UnknownCountryError reports a country code the rate table does not hold.
type UnknownCountryError struct {
	Country string // the code as given
}

// Error says which code was given, lists the codes the table holds and,
// for the likely mistakes, names the right code: GR for the VAT prefix EL,
// GB for UK and XI, the upper-case form of a known code ("use NL" for
// "nl").
func (e *UnknownCountryError) Error() string {
	msg := "vat: no VAT rates for country " + quoteInput(e.Country) +
		" (want an upper-case ISO 3166-1 alpha-2 code: " + strings.Join(Countries(), ", ") + ")"
	// The likely mistakes get a precise hint instead of a silent fix.
	up := strings.ToUpper(strings.TrimSpace(e.Country))
	switch {
	case up == "EL":
		msg += "; EL is Greece's VAT prefix, its ISO 3166-1 code is GR"
	case up == "UK" || up == "XI":
		msg += "; " + up + " is a VAT prefix, the ISO 3166-1 code of the United Kingdom is GB"
	case up != e.Country:
		if _, ok := countryTable(up); ok {
			msg += "; use " + up
		}
	}
	return msg
}

// Is makes errors.Is(err, ErrUnknownCountry) true.
func (e *UnknownCountryError) Is(target error) bool { return target == ErrUnknownCountry }

// UnknownCategoryError reports a category name that is not one of the
// categories this package defines (see Categories).
type UnknownCategoryError struct {
	Category string // the name as given
}

// Error says which name was given and, when it differs from a category's
// name only in case, spaces, hyphens or underscores ("E-Books"), suggests
// that name; otherwise it points to vat.Categories.
func (e *UnknownCategoryError) Error() string {
	msg := "vat: unknown VAT category " + quoteInput(e.Category)
	if c := suggestCategory(e.Category); c != "" {
		return msg + "; did you mean " + quoteInput(string(c)) + "?"
	}
	return msg + " (see vat.Categories)"
}

// Is makes errors.Is(err, ErrUnknownCategory) true.
func (e *UnknownCategoryError) Is(target error) bool { return target == ErrUnknownCategory }

// NoRateError reports that the table has no rate for a known country and
// category on a date: the country defines no rate for the category, the
// date is before the table's data for it starts, or the table does not know
// the rate for that period. It is never papered over with the standard rate.
type NoRateError struct {
	Country  string
	Category Category
	On       calendar.Date
	Reason   string // e.g. "the table starts on 2020-01-01"
}

// Error names the country, the category and the day, followed by Reason:
// "vat: no HR VAT rate for "ebooks" on 2026-01-01: ...".
func (e *NoRateError) Error() string {
	return fmt.Sprintf("vat: no %s VAT rate for %s on %s: %s", e.Country, quoteInput(string(e.Category)), e.On, e.Reason)
}

// Is makes errors.Is(err, ErrNoRate) true.
func (e *NoRateError) Is(target error) bool { return target == ErrNoRate }
