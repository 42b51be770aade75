package payment

import (
	"fmt"
	"time"

	"github.com/comptoir/comptoir/money"
)

// Outcome is what applying an observation did.
type Outcome string

// Outcomes.
const (
	// Applied: the observation moved the intent.
	Applied Outcome = "applied"
	// Duplicate: nothing new (a webhook delivered twice).
	Duplicate Outcome = "duplicate"
	// Stale: older than what is recorded (a webhook arriving late); the
	// intent is left as it is.
	Stale Outcome = "stale"
)

// Observe applies what a provider reports about one of the intent's
// attempts: its status, its cumulative amounts and its refunds. Only legal
// moves are applied: an observation older than what is recorded is Stale
// and ignored, one that contradicts it (succeeded after canceled) is a
// *TransitionError, and one about an attempt the intent does not know yet
// (a webhook that arrived before the call's answer was recorded) is
// ErrUnknownAttempt. In both cases ask the provider for the authoritative
// status (Processor.Sync).
func (in *Intent) Observe(obs Observation) (Outcome, error) {
	a, err := in.attempt(obs.PSPReference)
	if err != nil {
		return "", err
	}
	if err := in.checkObservation(obs); err != nil {
		return "", err
	}
	statusOut, err := in.moveAttempt(a, obs)
	if err != nil {
		return "", err
	}
	moneyOut, err := in.moveMoney(a, obs)
	if err != nil {
		return "", err
	}
	refundOut, err := in.observeRefunds(obs.Refunds)
	if err != nil {
		return "", err
	}
	if !obs.ExpiresAt.IsZero() {
		in.ExpiresAt = obs.ExpiresAt
	}
	return merge(statusOut, moneyOut, refundOut), nil
}

// merge reports Applied if anything applied, else Stale if anything was
// stale, else Duplicate.
func merge(outs ...Outcome) Outcome {
	best := Duplicate
	for _, o := range outs {
		switch {
		case o == Applied:
			return Applied
		case o == Stale:
			best = Stale
		}
	}
	return best
}

func (in *Intent) checkObservation(obs Observation) error {
	if !obs.Status.Valid() {
		return fmt.Errorf("%w: %q", ErrUnknownStatus, obs.Status)
	}
	cur := in.Amount.Currency()
	for _, m := range []money.Money{obs.Authorized, obs.Captured, obs.Released} {
		if !m.IsZero() && m.Currency() != cur {
			return fmt.Errorf("%w: %v on a %s intent", money.ErrCurrencyMismatch, m, cur.Code())
		}
		if m.Sign() < 0 {
			return fmt.Errorf("%w: negative %v", ErrInvalidAmount, m)
		}
	}
	return nil
}

// moveAttempt applies the observed status to the attempt, and to the
// intent's phase when no money moved yet.
func (in *Intent) moveAttempt(a *Attempt, obs Observation) (Outcome, error) {
	from, to := a.Status, obs.Status
	switch {
	case from == to:
		return Duplicate, nil
	case CanMove(from, to):
	case to.rank() < from.rank():
		// Behind what is recorded: a webhook overtaken by a later one.
		return Stale, nil
	default:
		return "", &TransitionError{From: from, To: to, Why: "observed for " + a.PSPReference}
	}
	a.Status, a.NextAction, a.Decline = to, obs.NextAction, obs.Decline
	if !obs.At.IsZero() {
		a.At = obs.At
	}
	if to == Expired || to == Canceled || to == Failed || to.rank() < RequiresCapture.rank() {
		in.Phase = to
	}
	return Applied, nil
}

// moveMoney records the increase of each cumulative amount as a ledger
// entry. A total below what is recorded is an older observation.
func (in *Intent) moveMoney(a *Attempt, obs Observation) (Outcome, error) {
	out := Duplicate
	for _, k := range []struct {
		kind EntryKind
		seen money.Money
	}{{EntryAuthorized, obs.Authorized}, {EntryCaptured, obs.Captured}, {EntryReleased, obs.Released}} {
		rec := in.attemptTotal(a.PSPReference, k.kind)
		if k.seen.IsZero() {
			continue
		}
		delta, err := k.seen.Sub(rec)
		if err != nil {
			return "", err
		}
		switch {
		case delta.Sign() < 0:
			out = merge(out, Stale)
		case delta.Sign() > 0:
			if err := in.record(Entry{Kind: k.kind, Amount: delta, PSPReference: a.PSPReference, At: obs.At}); err != nil {
				return "", err
			}
			out = Applied
		}
	}
	return out, nil
}

// attemptTotal sums the ledger entries of one kind for one attempt.
func (in *Intent) attemptTotal(pspReference string, kind EntryKind) money.Money {
	sum := money.Zero(in.Amount.Currency())
	for _, e := range in.Ledger {
		if e.Kind == kind && e.PSPReference == pspReference {
			sum = plus(sum, e.Amount)
		}
	}
	return sum
}

// record appends a ledger entry after checking that the totals stay
// computable: one currency, within range.
func (in *Intent) record(e Entry) error {
	if e.Amount.Currency() != in.Amount.Currency() {
		return fmt.Errorf("%w: %v on a %s intent", money.ErrCurrencyMismatch, e.Amount, in.Amount.Currency().Code())
	}
	t := in.Totals()
	for _, m := range []money.Money{t.Authorized, t.Captured, t.Released, t.Refunded} {
		if _, err := m.Add(e.Amount); err != nil {
			return err
		}
	}
	in.Ledger = append(in.Ledger, e)
	return nil
}

// observeRefunds applies refund observations: a refund moves from
// pending to succeeded, failed or canceled once; a succeeded refund adds
// a ledger entry.
func (in *Intent) observeRefunds(obs []RefundObservation) (Outcome, error) {
	out := Duplicate
	for _, ro := range obs {
		o, err := in.observeRefund(ro)
		if err != nil {
			return "", err
		}
		out = merge(out, o)
		if o == Applied {
			out = Applied
		}
	}
	return out, nil
}

func (in *Intent) observeRefund(ro RefundObservation) (Outcome, error) {
	if !ro.Status.Valid() {
		return "", fmt.Errorf("%w: refund status %q", ErrUnknownStatus, ro.Status)
	}
	r := in.refund(ro.RefundID, ro.PSPReference)
	if r == nil {
		// A refund the provider made that the intent never recorded (its
		// answer was lost): the provider's record is the truth, adopt it.
		if ro.Amount.Currency() != in.Amount.Currency() || ro.Amount.Sign() <= 0 {
			return "", fmt.Errorf("%w: unknown refund %q of %v", ErrInvalidAmount, ro.PSPReference, ro.Amount)
		}
		id := ro.RefundID
		if id == "" {
			id = ro.PSPReference
		}
		in.Refunds = append(in.Refunds, Refund{ID: id, PSPReference: ro.PSPReference, Amount: ro.Amount, Status: RefundPending, At: ro.At})
		r = &in.Refunds[len(in.Refunds)-1]
	}
	switch {
	case r.Status == ro.Status:
		return Duplicate, nil
	case r.Status != RefundPending:
		if ro.Status == RefundPending {
			return Stale, nil
		}
		return "", &TransitionError{From: Status("refund_" + r.Status), To: Status("refund_" + ro.Status), Why: "refund " + r.ID}
	}
	if ro.Status == RefundSucceeded {
		if err := in.record(Entry{Kind: EntryRefunded, Amount: r.Amount, PSPReference: r.PSPReference, RefundID: r.ID, At: ro.At}); err != nil {
			return "", err
		}
	}
	r.Status = ro.Status
	if ro.PSPReference != "" {
		r.PSPReference = ro.PSPReference
	}
	return Applied, nil
}

// refund finds a refund by the library's id or the provider's reference.
func (in *Intent) refund(id, pspReference string) *Refund {
	for i := range in.Refunds {
		r := &in.Refunds[i]
		if (id != "" && r.ID == id) || (pspReference != "" && r.PSPReference == pspReference) {
			return r
		}
	}
	return nil
}

// Expire lapses an uncaptured authorisation at at, when its ExpiresAt has
// passed: the uncaptured rest is released. An intent with nothing
// captured becomes Expired; a partly captured one Succeeded with what was
// captured. It reports whether anything lapsed.
func (in *Intent) Expire(at time.Time) (bool, error) {
	st := in.Status()
	if (st != RequiresCapture && st != PartiallyCaptured) || in.ExpiresAt.IsZero() || at.Before(in.ExpiresAt) {
		return false, nil
	}
	a, err := in.lastAttempt()
	if err != nil {
		return false, err
	}
	if err := in.record(Entry{Kind: EntryReleased, Amount: in.Capturable(), PSPReference: a.PSPReference, At: at}); err != nil {
		return false, err
	}
	if st == RequiresCapture {
		in.Phase, a.Status = Expired, Expired
	} else {
		a.Status = Succeeded
	}
	return true, nil
}
