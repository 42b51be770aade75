package sca

import (
	"errors"
	"fmt"
)

// Sentinel errors. Every error Decide returns matches one of them with
// errors.Is; the typed errors below carry the details.
var (
	// ErrInvalidRequest: a request Decide cannot judge (see
	// RequestError): a missing or negative amount, an unknown instrument,
	// initiator or channel, negative counters, a fraud rate out of range.
	ErrInvalidRequest = errors.New("sca: invalid request")
	// ErrNotEUR: an amount in another currency than the euro. The
	// regulation's thresholds are in euros; convert first (see
	// CurrencyError).
	ErrNotEUR = errors.New("sca: amount not in euros")
)

// RequestError says which field of a Request is wrong and why.
type RequestError struct {
	Field  string // such as "SinceLastSCA.Count"
	Value  string // the value given, as text
	Reason string
}

// Error names the field, its value and the problem.
func (e *RequestError) Error() string {
	return fmt.Sprintf("sca: request %s %q: %s", e.Field, e.Value, e.Reason)
}

// Is reports whether target is ErrInvalidRequest.
func (e *RequestError) Is(target error) bool { return target == ErrInvalidRequest }

// CurrencyError reports an amount in another currency than the euro. It
// matches ErrNotEUR and ErrInvalidRequest.
type CurrencyError struct {
	Field    string // "Amount" or "SinceLastSCA.Total"
	Currency string // the ISO 4217 code given
}

// Error names the field and the currency.
func (e *CurrencyError) Error() string {
	return fmt.Sprintf("sca: request %s in %s: thresholds are in EUR, convert the amount first", e.Field, e.Currency)
}

// Is reports whether target is ErrNotEUR or ErrInvalidRequest.
func (e *CurrencyError) Is(target error) bool {
	return target == ErrNotEUR || target == ErrInvalidRequest
}
