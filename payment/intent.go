package payment

import (
	"fmt"
	"time"

	"github.com/google/uuid"

	"github.com/comptoir/comptoir/money"
)

// Intent is one payment of an order: what should be paid, the attempts
// made with providers, and the ledger of every amount that moved. The
// library owns its state machine; providers only report observations.
// Its amounts and status are derived from the ledger and the attempts.
// An Intent is a value to store with the order; change it only through
// its methods and a Processor. It is not safe for concurrent use: handle
// one intent at a time (as a row lock would).
type Intent struct {
	ID uuid.UUID
	// Reference is the order's reference.
	Reference string
	Amount    money.Money
	Capture   CaptureMethod
	CreatedAt time.Time
	// ExpiresAt is when an uncaptured authorisation lapses (zero: not
	// authorised, or unknown).
	ExpiresAt time.Time
	Attempts  []Attempt
	Ledger    []Entry
	Refunds   []Refund
	// Phase is the status before money moved (the last attempt's), or
	// how an authorisation ended (Expired, Canceled).
	Phase Status
}

// Attempt is one try with one provider.
type Attempt struct {
	Provider string
	// Key is the idempotency key the provider was called with.
	Key          string
	PSPReference string
	Method       string
	Status       Status
	NextAction   *NextAction
	Decline      *Declined
	// Failure is the technical error of a try that failed over.
	Failure string
	At      time.Time
}

// EntryKind is a kind of amount movement.
type EntryKind string

// Entry kinds.
const (
	EntryAuthorized EntryKind = "authorized"
	EntryCaptured   EntryKind = "captured"
	EntryReleased   EntryKind = "released" // voided or expired
	EntryRefunded   EntryKind = "refunded"
)

// Entry is one amount movement: what the intent's amounts are summed
// from.
type Entry struct {
	Kind         EntryKind
	Amount       money.Money
	PSPReference string
	RefundID     string
	At           time.Time
}

// Refund is a refund of captured money, with its own status.
type Refund struct {
	ID           string
	PSPReference string
	Amount       money.Money
	Status       RefundStatus
	At           time.Time
}

// NewIntent returns an intent for amount, waiting for a payment method.
// A zero amount (an order paid entirely by a voucher) succeeds at once,
// without any provider.
func NewIntent(id uuid.UUID, reference string, amount money.Money, capture CaptureMethod, at time.Time) (*Intent, error) {
	switch {
	case amount.Currency().IsZero():
		return nil, fmt.Errorf("%w: amount without a currency", ErrInvalidAmount)
	case amount.Sign() < 0:
		return nil, fmt.Errorf("%w: %v is negative", ErrInvalidAmount, amount)
	case capture != CaptureAutomatic && capture != CaptureManual:
		return nil, fmt.Errorf("%w: capture method %q", ErrInvalidRequest, capture)
	case at.IsZero():
		return nil, fmt.Errorf("%w: no time", ErrInvalidRequest)
	}
	in := &Intent{ID: id, Reference: reference, Amount: amount, Capture: capture, CreatedAt: at, Phase: RequiresPaymentMethod}
	if amount.IsZero() {
		in.Phase = Succeeded
	}
	return in, nil
}

// Totals are the intent's amounts, summed from its ledger.
type Totals struct {
	Authorized, Captured, Released, Refunded money.Money
	// RefundPending is what pending refunds will take.
	RefundPending money.Money
}

// Totals sums the ledger and the pending refunds. Entries are checked
// when recorded (one currency, sums within range), so the sums cannot
// fail.
func (in *Intent) Totals() Totals {
	z := money.Zero(in.Amount.Currency())
	t := Totals{z, z, z, z, z}
	for _, e := range in.Ledger {
		switch e.Kind {
		case EntryAuthorized:
			t.Authorized = plus(t.Authorized, e.Amount)
		case EntryCaptured:
			t.Captured = plus(t.Captured, e.Amount)
		case EntryReleased:
			t.Released = plus(t.Released, e.Amount)
		case EntryRefunded:
			t.Refunded = plus(t.Refunded, e.Amount)
		}
	}
	for _, r := range in.Refunds {
		if r.Status == RefundPending {
			t.RefundPending = plus(t.RefundPending, r.Amount)
		}
	}
	return t
}

// plus adds amounts recorded in one currency and range (see record).
func plus(a, b money.Money) money.Money {
	if s, err := a.Add(b); err == nil {
		return s
	}
	return a
}

// Capturable is what is authorised and neither captured nor released.
func (in *Intent) Capturable() money.Money {
	t := in.Totals()
	left, _ := t.Authorized.Sub(t.Captured)
	left, _ = left.Sub(t.Released)
	if left.Sign() < 0 {
		return money.Zero(in.Amount.Currency())
	}
	return left
}

// Refundable is what is captured and not refunded or being refunded.
func (in *Intent) Refundable() money.Money {
	t := in.Totals()
	left, _ := t.Captured.Sub(t.Refunded)
	left, _ = left.Sub(t.RefundPending)
	if left.Sign() < 0 {
		return money.Zero(in.Amount.Currency())
	}
	return left
}

// Status derives the intent's status: from the ledger once money moved
// (authorised, captured, released), from the last attempt before.
func (in *Intent) Status() Status {
	t := in.Totals()
	switch {
	case t.Authorized.IsZero() && t.Captured.IsZero():
		return in.Phase
	case t.Captured.IsZero() && !t.Released.IsZero():
		if in.Phase == Expired {
			return Expired
		}
		return Canceled
	case t.Captured.IsZero():
		return RequiresCapture
	case in.Capturable().IsZero():
		return Succeeded
	}
	return PartiallyCaptured
}

// Overcharge returns what was captured beyond the intent's amount (two
// captures of one 100.00 order), with the refund that would put it right.
func (in *Intent) Overcharge() (excess money.Money, candidate *RefundRequest, ok bool) {
	t := in.Totals()
	over, err := t.Captured.Sub(in.Amount)
	if err != nil || over.Sign() <= 0 {
		return money.Money{}, nil, false
	}
	ref := ""
	for i := len(in.Ledger) - 1; i >= 0; i-- {
		if in.Ledger[i].Kind == EntryCaptured {
			ref = in.Ledger[i].PSPReference
			break
		}
	}
	return over, &RefundRequest{PSPReference: ref, Amount: over,
		IdempotencyKey: in.ID.String() + ":overcharge:" + over.String()}, true
}

// attempt returns the attempt with the PSP reference.
func (in *Intent) attempt(pspReference string) (*Attempt, error) {
	for i := range in.Attempts {
		if in.Attempts[i].PSPReference == pspReference {
			return &in.Attempts[i], nil
		}
	}
	return nil, fmt.Errorf("%w: %q on intent %s", ErrUnknownAttempt, pspReference, in.ID)
}

// lastAttempt is the attempt money moves on: the last one with a PSP
// reference.
func (in *Intent) lastAttempt() (*Attempt, error) {
	for i := len(in.Attempts) - 1; i >= 0; i-- {
		if in.Attempts[i].PSPReference != "" {
			return &in.Attempts[i], nil
		}
	}
	return nil, fmt.Errorf("%w: intent %s has no attempt with a provider", ErrUnknownAttempt, in.ID)
}
