package calendar

import (
	"errors"
	"fmt"
	"strings"
)

// ErrInvalidDate is matched (with errors.Is) by every error this package
// returns for a date that cannot be parsed or does not exist: *ParseError and
// *InvalidDateError.
var ErrInvalidDate = errors.New("calendar: invalid date")

// ErrUnknownCountry is matched (with errors.Is) by *UnknownCountryError.
var ErrUnknownCountry = errors.New("calendar: unknown country")

// ParseError reports text that is not a date in the strict form YYYY-MM-DD.
type ParseError struct {
	Input  string // the text as given
	Reason string // what is wrong with it, e.g. "day 30 does not exist in February 2026"
}

// maxQuoted bounds how much of a bad input an error message repeats, so a
// megabyte of garbage does not end up in a log line. Input keeps all of it.
const maxQuoted = 40

func (e *ParseError) Error() string {
	in := e.Input
	if len(in) > maxQuoted {
		in = in[:maxQuoted] + "..."
	}
	return fmt.Sprintf("calendar: cannot parse %q as a date (YYYY-MM-DD): %s", in, e.Reason)
}

// Is makes errors.Is(err, ErrInvalidDate) true.
func (e *ParseError) Is(target error) bool { return target == ErrInvalidDate }

// InvalidDateError reports year, month and day values that do not name a
// day between 0001-01-01 and 9999-12-31, from NewDate or Date.MarshalText.
type InvalidDateError struct {
	Date   Date   // the fields as given
	Reason string // e.g. "month 13 is not between 1 and 12"
}

func (e *InvalidDateError) Error() string {
	return fmt.Sprintf("calendar: invalid date %s: %s", e.Date, e.Reason)
}

// Is makes errors.Is(err, ErrInvalidDate) true.
func (e *InvalidDateError) Is(target error) bool { return target == ErrInvalidDate }

// UnknownCountryError reports a country code for which the package has no
// holiday table.
type UnknownCountryError struct {
	Country string // the code as given
}

func (e *UnknownCountryError) Error() string {
	msg := fmt.Sprintf("calendar: no public holiday table for country %q (supported: %s)",
		e.Country, strings.Join(Countries(), ", "))
	// The most likely mistake gets a precise hint instead of a silent fix.
	if up := strings.ToUpper(e.Country); up != e.Country {
		if _, ok := countryRules(up); ok {
			msg += "; country codes are upper-case ISO 3166-1 alpha-2, use " + up
		}
	}
	return msg
}

// Is makes errors.Is(err, ErrUnknownCountry) true.
func (e *UnknownCountryError) Is(target error) bool { return target == ErrUnknownCountry }
