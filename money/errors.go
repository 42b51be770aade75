package money

import (
	"errors"
	"fmt"
)

// Sentinel errors. Every error returned by this package matches one of them
// with errors.Is; the typed errors below carry the details.
var (
	// ErrUnknownCurrency: a currency code that is not an ISO 4217 code.
	ErrUnknownCurrency = errors.New("money: unknown currency")
	// ErrCurrencyMismatch: an operation on two amounts in different currencies.
	ErrCurrencyMismatch = errors.New("money: currency mismatch")
	// ErrOverflow: a result outside -MaxInt64..MaxInt64 minor units.
	ErrOverflow = errors.New("money: amount out of range")
	// ErrSyntax: an amount string that is not a plain decimal number.
	ErrSyntax = errors.New("money: invalid amount syntax")
	// ErrTooPrecise: an amount with more decimals than its currency has.
	ErrTooPrecise = errors.New("money: more decimals than the currency allows")
	// ErrRoundingMode: a RoundingMode that is not one of the named modes.
	ErrRoundingMode = errors.New("money: invalid rounding mode")
	// ErrInvalidArgument: bad weights, part counts, increments or countries.
	ErrInvalidArgument = errors.New("money: invalid argument")
)

// UnknownCurrencyError reports a currency code that is not known.
type UnknownCurrencyError struct {
	Code string // the code as given
}

// Error says which code is unknown.
func (e *UnknownCurrencyError) Error() string {
	return fmt.Sprintf("money: unknown currency %q", e.Code)
}

// Is reports whether target is ErrUnknownCurrency.
func (e *UnknownCurrencyError) Is(target error) bool { return target == ErrUnknownCurrency }

// MismatchError reports an operation on two different currencies.
type MismatchError struct {
	Op   string   // the operation, such as "add"
	A, B Currency // the two currencies
}

// Error names the operation and both currencies.
func (e *MismatchError) Error() string {
	return fmt.Sprintf("money: %s: currency mismatch %s and %s", e.Op, e.A, e.B)
}

// Is reports whether target is ErrCurrencyMismatch.
func (e *MismatchError) Is(target error) bool { return target == ErrCurrencyMismatch }

// ParseError reports an amount string that could not be parsed, in the
// manner of strconv.NumError. Err is ErrSyntax, ErrTooPrecise, ErrOverflow
// or ErrUnknownCurrency.
type ParseError struct {
	Input    string // the amount as given
	Currency string // the currency code as given
	Err      error  // the sentinel saying what is wrong
}

// Error quotes the input and says what is wrong with it.
func (e *ParseError) Error() string {
	return fmt.Sprintf("money: parsing %q %s: %v", e.Input, e.Currency, e.Err)
}

// Unwrap returns the underlying sentinel error.
func (e *ParseError) Unwrap() error { return e.Err }

// opError builds the error of an arithmetic operation with its operands.
func opError(op string, err error, a, b any) error {
	return fmt.Errorf("%w: %s(%v, %v)", err, op, a, b)
}
