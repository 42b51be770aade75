package payment

import (
	"fmt"
	"slices"
)

// Status is an intent's status, in the vocabulary of Stripe and
// hyperswitch (payments.md).
type Status string

// The statuses.
const (
	// RequiresPaymentMethod: nothing tried yet, or the last try was
	// declined and the buyer may pick another method.
	RequiresPaymentMethod Status = "requires_payment_method"
	// RequiresConfirmation: a method is set; the buyer has not confirmed.
	RequiresConfirmation Status = "requires_confirmation"
	// RequiresAction: the buyer must act: 3-D Secure, a redirect, a QR
	// code (see Attempt.NextAction).
	RequiresAction Status = "requires_action"
	// Processing: the provider is working on it (bank debits stay here
	// for days).
	Processing Status = "processing"
	// RequiresCapture: authorised, nothing captured yet.
	RequiresCapture Status = "requires_capture"
	// PartiallyCaptured: part of the authorisation captured, the rest
	// still capturable.
	PartiallyCaptured Status = "partially_captured"
	// Succeeded: the money is captured (all of it, or part with the rest
	// released).
	Succeeded Status = "succeeded"
	// Canceled: voided before any capture.
	Canceled Status = "canceled"
	// Failed: given up.
	Failed Status = "failed"
	// Expired: the authorisation lapsed before any capture.
	Expired Status = "expired"
)

// Statuses returns every status, in lifecycle order.
func Statuses() []Status {
	return []Status{RequiresPaymentMethod, RequiresConfirmation, RequiresAction, Processing,
		RequiresCapture, PartiallyCaptured, Succeeded, Canceled, Failed, Expired}
}

// ParseStatus returns the status named s; an unknown name is an error
// matching ErrUnknownStatus.
func ParseStatus(s string) (Status, error) {
	if st := Status(s); slices.Contains(Statuses(), st) {
		return st, nil
	}
	return "", fmt.Errorf("%w: %q", ErrUnknownStatus, s)
}

// Valid reports whether s is one of the statuses.
func (s Status) Valid() bool { return slices.Contains(Statuses(), s) }

// Terminal reports whether nothing can follow s.
func (s Status) Terminal() bool {
	switch s {
	case Succeeded, Canceled, Failed, Expired:
		return true
	}
	return false
}

// rank orders statuses along the lifecycle, so that an observation older
// than what is recorded (a webhook arriving late) can be told from an
// illegal one.
func (s Status) rank() int {
	switch s {
	case RequiresPaymentMethod:
		return 0
	case RequiresConfirmation:
		return 1
	case RequiresAction:
		return 2
	case Processing:
		return 3
	case RequiresCapture:
		return 4
	case PartiallyCaptured:
		return 5
	}
	return 6
}

// legal lists, for each status, the statuses that may follow it. Before
// authorisation an intent may jump ahead (an observation whose
// predecessors were lost or are still in flight): what counts is the
// direction.
func legal(from Status) []Status {
	afterAuth := []Status{RequiresCapture, PartiallyCaptured, Succeeded, Canceled, Failed, Expired}
	switch from {
	case RequiresPaymentMethod, RequiresConfirmation:
		return append([]Status{RequiresPaymentMethod, RequiresConfirmation, RequiresAction, Processing}, afterAuth...)
	case RequiresAction:
		return append([]Status{RequiresPaymentMethod, Processing}, afterAuth...)
	case Processing:
		return append([]Status{RequiresPaymentMethod}, afterAuth...)
	case RequiresCapture:
		return []Status{PartiallyCaptured, Succeeded, Canceled, Expired}
	case PartiallyCaptured:
		return []Status{PartiallyCaptured, Succeeded}
	}
	return nil
}

// CanMove reports whether an intent may go from one status to another.
func CanMove(from, to Status) bool { return slices.Contains(legal(from), to) }

// TransitionError is a move the state machine forbids.
type TransitionError struct {
	From, To Status
	Why      string
}

// Error names the move.
func (e *TransitionError) Error() string {
	s := fmt.Sprintf("payment: cannot go from %s to %s", e.From, e.To)
	if e.Why != "" {
		s += ": " + e.Why
	}
	return s
}

// Is reports whether target is ErrIllegalTransition.
func (e *TransitionError) Is(target error) bool { return target == ErrIllegalTransition }
