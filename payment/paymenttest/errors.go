package paymenttest

import (
	"errors"
	"fmt"
)

// Sentinel errors of the fake itself. A refused call is a *RequestError
// that also matches a sentinel of package payment when one fits
// (payment.ErrInvalidAmount, payment.ErrUnsupported,
// payment.ErrIdempotencyConflict, payment.ErrInvalidRequest,
// payment.ErrIllegalTransition).
var (
	// ErrNotFound: a payment or refund reference the provider does not
	// know.
	ErrNotFound = errors.New("paymenttest: no such payment or refund")
	// ErrScript: an outcome that the operation cannot have (Async for a
	// Capture), a nil outcome, a decline without a code, an unknown Op.
	ErrScript = errors.New("paymenttest: outcome not possible for the operation")
	// ErrConfig: a provider name that is not letters, digits and '_', an
	// unknown scheme, an Adyen key that is not hexadecimal, a negative
	// duration, a time before 1970.
	ErrConfig = errors.New("paymenttest: invalid configuration")
)

// RequestError is a call the provider refused, as a real PSP answers 400,
// 404 or 409: an unknown payment, an amount beyond what can be captured
// or refunded, a capability the provider lacks, a payment in the wrong
// state, an idempotency key reused with other parameters. The call changed
// nothing and nothing was kept under its idempotency key (a corrected
// request may reuse it), as Stripe does for requests that fail
// validation.
type RequestError struct {
	Op           Op
	Key          string // the idempotency key, if any
	PSPReference string // the payment the call was about, if any
	Reason       string
	// Err is what matches with errors.Is and errors.As: ErrNotFound, a
	// sentinel of package payment or money, or a *payment.TransitionError.
	Err error
}

// Error names the operation and the reason.
func (e *RequestError) Error() string {
	s := fmt.Sprintf("paymenttest: %s refused", e.Op)
	if e.PSPReference != "" {
		s += " for " + e.PSPReference
	}
	s += ": " + e.Reason
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

// Unwrap returns the cause.
func (e *RequestError) Unwrap() error { return e.Err }

// configError builds an ErrConfig error.
func configError(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{ErrConfig}, args...)...)
}
