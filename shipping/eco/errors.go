package eco

import (
	"errors"
	"fmt"
)

// Sentinel errors. Every error this package returns matches one of them with
// errors.Is (money's own errors, such as money.ErrCurrencyMismatch, are
// wrapped and match too); the typed errors below carry the details.
var (
	// ErrInvalidAddress: an address that cannot give an AddressKey.
	ErrInvalidAddress = errors.New("eco: invalid address")
	// ErrInvalidPolicy: a grouping Policy with a negative window.
	ErrInvalidPolicy = errors.New("eco: invalid grouping policy")
	// ErrInvalidOrder: a Pending order with a missing field.
	ErrInvalidOrder = errors.New("eco: invalid pending order")
	// ErrDuplicateOrder: an order ID the Grouper already holds.
	ErrDuplicateOrder = errors.New("eco: order already held")
	// ErrUnknownOrder: an order ID the Grouper does not hold.
	ErrUnknownOrder = errors.New("eco: unknown order")
	// ErrOutOfOrder: an event earlier than one the Grouper has already seen.
	ErrOutOfOrder = errors.New("eco: event out of time order")
	// ErrWindowClosed: a cancellation or change of an order whose group is
	// already due for shipping.
	ErrWindowClosed = errors.New("eco: holding window closed")
	// ErrInvalidContribution: a contribution offer that does not validate,
	// or an amount the offer does not allow.
	ErrInvalidContribution = errors.New("eco: invalid contribution")
	// ErrInvalidFactors: emission factors that do not validate.
	ErrInvalidFactors = errors.New("eco: invalid emission factors")
	// ErrNoFactor: a delivery mode without a configured emission factor.
	ErrNoFactor = errors.New("eco: no emission factor for mode")
	// ErrInvalidEstimate: a weight or distance that cannot be estimated, or
	// an estimate out of the int64 range.
	ErrInvalidEstimate = errors.New("eco: invalid emission estimate")
)

// AddressError says why an address gives no AddressKey.
type AddressError struct {
	Field  string // "country", "postal_code" or "lines"
	Value  string // the value as given
	Reason string
}

// Error names the field, its value and the problem.
func (e *AddressError) Error() string {
	return fmt.Sprintf("eco: invalid address: %s %q: %s", e.Field, e.Value, e.Reason)
}

// Is reports whether target is ErrInvalidAddress.
func (e *AddressError) Is(target error) bool { return target == ErrInvalidAddress }

// GroupingError reports a Grouper operation that was refused. Err is the
// sentinel (ErrInvalidPolicy, ErrInvalidOrder, ErrDuplicateOrder,
// ErrUnknownOrder, ErrOutOfOrder or ErrWindowClosed).
type GroupingError struct {
	Op      string // "new", "add", "cancel", "change"
	OrderID string // the order concerned, if any
	Err     error  // the sentinel
	Detail  string // what was checked against what
}

// Error names the operation, the order, the sentinel and the detail.
func (e *GroupingError) Error() string {
	msg := "eco: " + e.Op
	if e.OrderID != "" {
		msg += fmt.Sprintf(" order %q", e.OrderID)
	}
	msg += ": " + trimPrefix(e.Err.Error())
	if e.Detail != "" {
		msg += ": " + e.Detail
	}
	return msg
}

// Unwrap returns the sentinel.
func (e *GroupingError) Unwrap() error { return e.Err }

// ContributionError says what is wrong with a contribution offer or with
// a chosen amount: Field is a path such as "options[1]", "max" or "amount".
type ContributionError struct {
	Field  string
	Reason string
}

// Error names the field and the problem.
func (e *ContributionError) Error() string {
	return fmt.Sprintf("eco: invalid contribution: %s: %s", e.Field, e.Reason)
}

// Is reports whether target is ErrInvalidContribution.
func (e *ContributionError) Is(target error) bool { return target == ErrInvalidContribution }

// FactorsError says what is wrong with emission factors: Field is a path
// such as `factors["home"].per_parcel_mg`.
type FactorsError struct {
	Field  string
	Reason string
}

// Error names the field and the problem.
func (e *FactorsError) Error() string {
	return fmt.Sprintf("eco: invalid emission factors: %s: %s", e.Field, e.Reason)
}

// Is reports whether target is ErrInvalidFactors.
func (e *FactorsError) Is(target error) bool { return target == ErrInvalidFactors }

// NoFactorError reports an estimate asked for a mode the merchant gave no
// factor for.
type NoFactorError struct {
	Mode string // the mode as given
}

// Error names the mode.
func (e *NoFactorError) Error() string {
	return fmt.Sprintf("eco: no emission factor configured for mode %q", e.Mode)
}

// Is reports whether target is ErrNoFactor.
func (e *NoFactorError) Is(target error) bool { return target == ErrNoFactor }

// EstimateError says why an estimate cannot be made: Field is
// "weight_grams", "distance_km" or "result".
type EstimateError struct {
	Field  string
	Value  int64
	Reason string
}

// Error names the field, its value and the problem.
func (e *EstimateError) Error() string {
	return fmt.Sprintf("eco: invalid emission estimate: %s %d: %s", e.Field, e.Value, e.Reason)
}

// Is reports whether target is ErrInvalidEstimate.
func (e *EstimateError) Is(target error) bool { return target == ErrInvalidEstimate }

// trimPrefix drops the "eco: " of a sentinel's message.
func trimPrefix(s string) string {
	const p = "eco: "
	if len(s) >= len(p) && s[:len(p)] == p {
		return s[len(p):]
	}
	return s
}
