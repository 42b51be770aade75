package payment

import (
	"fmt"
	"slices"
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
	// Stray marks a payment the intent did not make but its provider
	// reported for it (a lost answer that failed over): its money counts,
	// but statuses and calls follow the intent's own attempt.
	Stray bool
	At    time.Time
}

// EntryKind is a kind of amount movement.
type EntryKind string

// Entry kinds.
const (
	EntryAuthorized EntryKind = "authorized"
	EntryCaptured   EntryKind = "captured"
	EntryReleased   EntryKind = "released" // voided or expired
	EntryRefunded   EntryKind = "refunded"
	// EntryRefundReversed: a refund reported succeeded, then failed.
	EntryRefundReversed EntryKind = "refund_reversed"
	// EntryReleaseReversed: a release recorded here (a local expiry) that
	// the provider's authoritative status contradicts.
	EntryReleaseReversed EntryKind = "release_reversed"
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
	ID string
	// Payment is the PSP reference of the payment refunded.
	Payment      string
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
	if in == nil {
		return Totals{}
	}
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
		case EntryRefundReversed:
			t.Refunded = minus(t.Refunded, e.Amount)
		case EntryReleaseReversed:
			t.Released = minus(t.Released, e.Amount)
		}
	}
	for _, r := range in.Refunds {
		if r.Status == RefundPending {
			t.RefundPending = plus(t.RefundPending, r.Amount)
		}
	}
	return t
}

// minus subtracts amounts recorded in one currency and range.
func minus(a, b money.Money) money.Money {
	if s, err := a.Sub(b); err == nil {
		return s
	}
	return a
}

// plus adds amounts recorded in one currency and range (see record).
func plus(a, b money.Money) money.Money {
	if s, err := a.Add(b); err == nil {
		return s
	}
	return a
}

// Capturable is what is authorised and neither captured nor released,
// and never more than the intent's amount still uncaptured.
func (in *Intent) Capturable() money.Money {
	t := in.Totals()
	left := minus(minus(t.Authorized, t.Captured), t.Released)
	if upTo := minus(in.Amount, t.Captured); greater(left, upTo) {
		left = upTo
	}
	if left.Sign() < 0 {
		return money.Zero(in.Amount.Currency())
	}
	return left
}

func greater(a, b money.Money) bool {
	c, err := a.Cmp(b)
	return err == nil && c > 0
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
	if in == nil {
		return ""
	}
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

// Overcharge returns what was captured beyond the intent's amount and not
// refunded yet (two captures of one 100.00 order), with the refund that
// would put it right, on the payment captured last.
func (in *Intent) Overcharge() (excess money.Money, candidate *RefundRequest, ok bool) {
	t := in.Totals()
	over := minus(minus(minus(t.Captured, t.Refunded), t.RefundPending), in.Amount)
	if over.Sign() <= 0 {
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

// attempt returns the attempt with the PSP reference, made with provider
// ("" for any).
func (in *Intent) attempt(provider, pspReference string) (*Attempt, error) {
	for i := range in.Attempts {
		a := &in.Attempts[i]
		if pspReference != "" && a.PSPReference == pspReference && (provider == "" || a.Provider == provider) {
			return a, nil
		}
	}
	return nil, fmt.Errorf("%w: %q on intent %s", ErrUnknownAttempt, pspReference, in.ID)
}

// current is the intent's own last attempt with a payment at a provider.
func (in *Intent) current() (*Attempt, error) {
	for i := len(in.Attempts) - 1; i >= 0; i-- {
		if a := &in.Attempts[i]; a.PSPReference != "" && !a.Stray {
			return a, nil
		}
	}
	return nil, fmt.Errorf("%w: intent %s has no attempt with a provider", ErrUnknownAttempt, in.ID)
}

// capturing is the attempt holding authorised money not yet captured or
// released.
func (in *Intent) capturing() (*Attempt, error) {
	for i := len(in.Attempts) - 1; i >= 0; i-- {
		a := &in.Attempts[i]
		if a.PSPReference == "" {
			continue
		}
		left := minus(minus(in.attemptTotal(a.PSPReference, EntryAuthorized), in.attemptTotal(a.PSPReference, EntryCaptured)),
			in.attemptTotal(a.PSPReference, EntryReleased))
		if left.Sign() > 0 {
			return a, nil
		}
	}
	return in.current()
}

// refunding is the attempt to refund: the one with pspReference, or the
// intent's own latest payment with money left to refund, or any.
func (in *Intent) refunding(pspReference string) (*Attempt, error) {
	if pspReference != "" {
		return in.attempt("", pspReference)
	}
	var stray *Attempt
	for i := len(in.Attempts) - 1; i >= 0; i-- {
		a := &in.Attempts[i]
		if a.PSPReference == "" || in.refundableOn(a.PSPReference).Sign() <= 0 {
			continue
		}
		if !a.Stray {
			return a, nil
		}
		if stray == nil {
			stray = a
		}
	}
	if stray != nil {
		return stray, nil
	}
	return in.current()
}

// refundableOn is what the payment pspReference captured and has not
// refunded or is not refunding.
func (in *Intent) refundableOn(pspReference string) money.Money {
	left := minus(in.attemptTotal(pspReference, EntryCaptured), in.attemptTotal(pspReference, EntryRefunded))
	for _, r := range in.Refunds {
		if r.Payment == pspReference && r.Status == RefundPending {
			left = minus(left, r.Amount)
		}
	}
	if left.Sign() < 0 {
		return money.Zero(in.Amount.Currency())
	}
	return left
}

// clone copies the intent's slices, so that a failed change can be
// undone.
func (in *Intent) clone() Intent {
	c := *in
	c.Attempts, c.Ledger, c.Refunds = slices.Clone(in.Attempts), slices.Clone(in.Ledger), slices.Clone(in.Refunds)
	return c
}
