package refund

import (
	"errors"
	"fmt"

	"github.com/comptoir/comptoir/money"
	"github.com/shopspring/decimal"
)

// Sentinel errors. Every error the package returns matches one of them with
// errors.Is; the typed errors below carry the details and match them too.
var (
	// ErrInvalidOrder: the order's amounts that a refund reads are
	// inconsistent (a line whose Net + VAT is not its Gross, a shipping
	// split that does not sum to the fee, an amount in another currency).
	// Orders that pass order.Validate never give it.
	ErrInvalidOrder = errors.New("refund: order unusable for a refund")
	// ErrInvalidRequest: a request naming an unknown line, a quantity that
	// is not a positive whole number of units (or not the whole of a line
	// sold by weight), a deduction without a reason, an offer without a
	// percentage or an amount, an amount in another currency, ...
	ErrInvalidRequest = errors.New("refund: invalid request")
	// ErrInvalidPrior: the record of earlier refunds of the order does not
	// fit the order (more units than ordered, delivery at a rate the
	// shipping does not use, more delivery than can be refunded).
	ErrInvalidPrior = errors.New("refund: invalid record of earlier refunds")
	// ErrExceedsPaid: the request asks for units already refunded, or the
	// refunds of the order would exceed what was paid.
	ErrExceedsPaid = errors.New("refund: more than was paid")
	// ErrInvalidPolicy: a policy value that is not one of the constants.
	ErrInvalidPolicy = errors.New("refund: invalid policy")
	// ErrInvalidDate: a date that names no day (the zero Date included)
	// given to Deadline or Late.
	ErrInvalidDate = errors.New("refund: invalid date")
	// ErrInvalidPayment: a payment given to Allocate without a reference,
	// with a duplicate reference, a non-positive amount, more refunded than
	// paid, or another currency.
	ErrInvalidPayment = errors.New("refund: invalid payment")
	// ErrUnknownMeans: a means of payment that is not one of the Means
	// constants.
	ErrUnknownMeans = errors.New("refund: unknown means of payment")
	// ErrUnplaced: Allocate cannot place the whole amount on the payments:
	// they hold less that is still refundable.
	ErrUnplaced = errors.New("refund: amount cannot be placed on the payments")
)

// InputError reports a bad value in what the caller passed, with the path
// of the field in Go terms ("req.lines[1].quantity", "prior[0].delivery[0]",
// "order.lines[2].gross"). Err is the sentinel (ErrInvalidOrder,
// ErrInvalidRequest, ErrInvalidPrior, ErrInvalidPolicy, ErrInvalidPayment
// or ErrInvalidDate), so errors.Is tells which input was wrong.
type InputError struct {
	Err     error  // the sentinel
	Field   string // where the bad value is
	Message string // what is wrong with it
}

// Error returns "sentinel: field: message".
func (e *InputError) Error() string {
	return fmt.Sprintf("%v: %s: %s", e.Err, e.Field, e.Message)
}

// Unwrap returns the sentinel.
func (e *InputError) Unwrap() error { return e.Err }

// inputErr builds an *InputError; the message is formatted only on the
// error path, so the hot path stays free of fmt.
func inputErr(sentinel error, field, format string, args ...any) error {
	return &InputError{Err: sentinel, Field: field, Message: fmt.Sprintf(format, args...)}
}

// ExceedsError reports a refund beyond what is left to refund. It matches
// ErrExceedsPaid. For units of a line, LineID names the line and Requested
// and Remaining count units; for an amount (the order's total across its
// requests), LineID is empty and Amount and Available are set.
type ExceedsError struct {
	LineID    string          // the line whose units are asked for; empty for an amount
	Requested decimal.Decimal // units asked for
	Remaining decimal.Decimal // units of the line not yet refunded
	Amount    money.Money     // amount the refunds would reach
	Available money.Money     // most that may be refunded (what was paid)
}

// Error says what was asked and what is left.
func (e *ExceedsError) Error() string {
	if e.LineID != "" {
		return fmt.Sprintf("%v: line %q: %s units asked, %s left to refund",
			ErrExceedsPaid, e.LineID, e.Requested, e.Remaining)
	}
	return fmt.Sprintf("%v: refunds would reach %v, paid %v", ErrExceedsPaid, e.Amount, e.Available)
}

// Unwrap returns ErrExceedsPaid.
func (e *ExceedsError) Unwrap() error { return ErrExceedsPaid }

// UnknownMeansError reports a means of payment that is not known. It
// matches ErrUnknownMeans.
type UnknownMeansError struct {
	Value string // the name as given
}

// Error quotes the name.
func (e *UnknownMeansError) Error() string {
	return fmt.Sprintf("%v %q", ErrUnknownMeans, e.Value)
}

// Unwrap returns ErrUnknownMeans.
func (e *UnknownMeansError) Unwrap() error { return ErrUnknownMeans }

// UnplacedError reports the part of an amount Allocate could not place on
// the payments. It matches ErrUnplaced.
type UnplacedError struct {
	Amount    money.Money // the amount to refund
	Remaining money.Money // what is left once every payment is used up
}

// Error says how much is left over.
func (e *UnplacedError) Error() string {
	return fmt.Sprintf("%v: %v of %v left over", ErrUnplaced, e.Remaining, e.Amount)
}

// Unwrap returns ErrUnplaced.
func (e *UnplacedError) Unwrap() error { return ErrUnplaced }
