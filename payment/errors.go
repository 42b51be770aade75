package payment

import (
	"errors"
	"fmt"
)

// Sentinel errors; every error of the package matches one of them or an
// error of package money.
var (
	// ErrUnknownStatus: a status name that is not one of the Statuses.
	ErrUnknownStatus = errors.New("payment: unknown status")
	// ErrIllegalTransition: a move the state machine forbids (see
	// TransitionError).
	ErrIllegalTransition = errors.New("payment: illegal transition")
	// ErrInvalidAmount: a negative amount, or one beyond what can be
	// captured or refunded.
	ErrInvalidAmount = errors.New("payment: invalid amount")
	// ErrUnsupported: the provider lacks the capability (manual, partial
	// or multiple capture, partial refund, the method).
	ErrUnsupported = errors.New("payment: not supported by the provider")
	// ErrNoProvider: no provider is routed for the method.
	ErrNoProvider = errors.New("payment: no provider for the method")
	// ErrUnknownAttempt: an observation about a payment the intent does
	// not know (yet).
	ErrUnknownAttempt = errors.New("payment: unknown attempt")
	// ErrIdempotencyConflict: an idempotency key reused with other
	// parameters.
	ErrIdempotencyConflict = errors.New("payment: idempotency key reused with other parameters")
	// ErrInProgress: a call under this idempotency key has not finished.
	ErrInProgress = errors.New("payment: a call with this idempotency key is in progress")
	// ErrDeclined: a business refusal (see Declined).
	ErrDeclined = errors.New("payment: declined")
	// ErrAuthentication: the buyer must authenticate (see
	// AuthenticationRequired).
	ErrAuthentication = errors.New("payment: authentication required")
	// ErrTransient: a technical failure (see Transient).
	ErrTransient = errors.New("payment: transient failure")
	// ErrInvalidRequest: a request missing what it needs.
	ErrInvalidRequest = errors.New("payment: invalid request")
)

// Declined is a business refusal by the issuer or the provider: the
// buyer's card was declined, not the system failing. Failover does not
// try another provider with it. Retryable says whether the same payment
// may succeed later (insufficient funds) or never (stolen card).
type Declined struct {
	Code, Message string
	Retryable     bool
}

// Error names the code.
func (e *Declined) Error() string {
	return fmt.Sprintf("payment: declined (%s): %s", e.Code, e.Message)
}

// Is reports whether target is ErrDeclined.
func (e *Declined) Is(target error) bool { return target == ErrDeclined }

// AuthenticationRequired is a payment that needs the buyer: 3-D Secure,
// a redirect to the bank, a QR code. It is never retried on another
// provider: the buyer completes the Action with the one that asked.
type AuthenticationRequired struct {
	Action NextAction
}

// Error names the action.
func (e *AuthenticationRequired) Error() string {
	if e == nil {
		return "payment: authentication required"
	}
	return "payment: authentication required: " + string(e.Action.Kind)
}

// Is reports whether target is ErrAuthentication.
func (e *AuthenticationRequired) Is(target error) bool { return target == ErrAuthentication }

// Transient is a technical failure: a timeout, a 5xx, a connection
// reset. Failover tries the next provider; a retry reuses the idempotency
// key.
type Transient struct {
	Err error
}

// Error wraps the cause.
func (e *Transient) Error() string {
	if e == nil || e.Err == nil {
		return "payment: transient failure"
	}
	return "payment: transient failure: " + e.Err.Error()
}

// Unwrap returns the cause.
func (e *Transient) Unwrap() error {
	if e == nil {
		return nil
	}
	return e.Err
}

// Is reports whether target is ErrTransient.
func (e *Transient) Is(target error) bool { return target == ErrTransient }
