package guarantee

import (
	"errors"
	"fmt"
	"strings"

	"github.com/comptoir/comptoir/calendar"
)

// Sentinel errors. Every error Assess and Rules return matches one of them,
// or one of the calendar package's, with errors.Is; the typed errors below
// carry the details.
var (
	// ErrInvalidCase: a Case that cannot be judged (see CaseError): a
	// missing or impossible date, a discovery before the delivery, an
	// agreed period out of bounds, suspensions backwards or overlapping.
	ErrInvalidCase = errors.New("guarantee: invalid case")
	// ErrUnknownCountry: a country code without a rules table (see
	// UnknownCountryError and Countries).
	ErrUnknownCountry = errors.New("guarantee: unknown country")
	// ErrNotInForce: a contract concluded before the rules this package
	// encodes applied to it (see NotInForceError). The older rules (in
	// Belgium a 6-month presumption) are not modelled.
	ErrNotInForce = errors.New("guarantee: contract predates the rules")
	// ErrNotModelled: the case needs a rule this package does not encode
	// for the country (see NotModelledError), rather than an answer that
	// could be wrong.
	ErrNotModelled = errors.New("guarantee: rule not modelled for the country")
)

// CaseError says which field of a Case is wrong and why.
type CaseError struct {
	Field  string // such as "Discovered" or "Suspensions[1]"
	Value  string // the value given, as text
	Reason string
}

// Error names the field, its value and the problem.
func (e *CaseError) Error() string {
	return fmt.Sprintf("guarantee: case %s %q: %s", e.Field, e.Value, e.Reason)
}

// Is reports whether target is ErrInvalidCase.
func (e *CaseError) Is(target error) bool { return target == ErrInvalidCase }

// UnknownCountryError reports a country code for which the package has no
// rules table. Codes are matched exactly: "be" or " BE" are unknown.
type UnknownCountryError struct {
	Country string // the code as given
}

// Error returns the message, listing the supported codes.
func (e *UnknownCountryError) Error() string {
	return fmt.Sprintf("guarantee: no legal guarantee rules for country %q (known: %s)",
		e.Country, strings.Join(Countries(), ", "))
}

// Is reports whether target is ErrUnknownCountry.
func (e *UnknownCountryError) Is(target error) bool { return target == ErrUnknownCountry }

// NotInForceError reports a contract concluded before the country's
// transposition of Directive 2019/771 applied to it.
type NotInForceError struct {
	Country      string
	ContractDate calendar.Date
	InForceFrom  calendar.Date // the first contract date the rules cover
	Source       string        // the transposing act
}

// Error names the dates and the act.
func (e *NotInForceError) Error() string {
	return fmt.Sprintf("guarantee: %s contract of %s predates the rules for contracts from %s (%s); the older rules are not modelled",
		e.Country, e.ContractDate, e.InForceFrom, e.Source)
}

// Is reports whether target is ErrNotInForce.
func (e *NotInForceError) Is(target error) bool { return target == ErrNotInForce }

// NotModelledError reports a case that needs a national rule the package
// does not encode, such as the effect of a repair on the period in a country
// whose rules on that point are not in the table.
type NotModelledError struct {
	Country string
	What    string // what is not modelled
}

// Error names the country and the missing rule.
func (e *NotModelledError) Error() string {
	return fmt.Sprintf("guarantee: %s: %s is not modelled", e.Country, e.What)
}

// Is reports whether target is ErrNotModelled.
func (e *NotModelledError) Is(target error) bool { return target == ErrNotModelled }

// outOfRange is the calendar package's error for a period ending after
// 9999-12-31, so callers match one sentinel whichever computation overflowed.
func outOfRange(event calendar.Date, months int) error {
	return &calendar.PeriodError{Event: event, Length: months, Unit: "month", Err: calendar.ErrPeriodOutOfRange}
}
