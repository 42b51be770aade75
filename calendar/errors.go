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

// ErrNegativePeriod is matched (with errors.Is) by the *PeriodError that
// PeriodEnd and PeriodEndMonths return for a negative number of days or
// months, which Regulation 1182/71 does not define.
var ErrNegativePeriod = errors.New("calendar: negative period")

// ErrPeriodOutOfRange is matched (with errors.Is) by the *PeriodError that
// PeriodEnd and PeriodEndMonths return when the period would end after
// 9999-12-31, the last valid Date.
var ErrPeriodOutOfRange = errors.New("calendar: period ends after 9999-12-31")

// ErrNilCalendar is matched (with errors.Is) by the error Union returns when
// one of its arguments is a nil *Calendar.
var ErrNilCalendar = errors.New("calendar: nil *Calendar")

// ParseError reports text that is not a date in the strict form YYYY-MM-DD.
type ParseError struct {
	Input  string // the text as given
	Reason string // what is wrong with it, e.g. "day 30 does not exist in February 2026"
}

// maxQuoted bounds how much of a bad input an error message repeats, so a
// megabyte of garbage does not end up in a log line. Input keeps all of it.
const maxQuoted = 40

// Error returns the message, quoting at most 40 bytes of Input.
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
// day between 0001-01-01 and 9999-12-31, from NewDate, Date.MarshalText,
// or the event date of PeriodEnd and PeriodEndMonths (where the zero Date,
// "no date", is an error too).
type InvalidDateError struct {
	Date   Date   // the fields as given
	Reason string // e.g. "month 13 is not between 1 and 12"
}

// Error returns the message, with the fields printed as YYYY-MM-DD.
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

// Error returns the message, listing the supported codes.
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

// PeriodError reports a period whose end PeriodEnd or PeriodEndMonths cannot
// give: a negative length (Err is ErrNegativePeriod) or an end after
// 9999-12-31 (Err is ErrPeriodOutOfRange). errors.Is matches Err.
type PeriodError struct {
	Event  Date   // the event the period is counted from
	Length int    // the number of days or months as given
	Unit   string // "day" or "month"
	Err    error  // ErrNegativePeriod or ErrPeriodOutOfRange
}

// Error returns the message, e.g. "calendar: period of -3 days from
// 2026-12-18: negative period".
func (e *PeriodError) Error() string {
	unit := e.Unit
	if e.Length != 1 && e.Length != -1 {
		unit += "s"
	}
	msg := fmt.Sprintf("calendar: period of %d %s from %s", e.Length, unit, e.Event)
	if e.Err != nil {
		msg += ": " + strings.TrimPrefix(e.Err.Error(), "calendar: ")
	}
	return msg
}

// Unwrap returns Err, so that errors.Is(err, ErrNegativePeriod) and
// errors.Is(err, ErrPeriodOutOfRange) work.
func (e *PeriodError) Unwrap() error { return e.Err }
