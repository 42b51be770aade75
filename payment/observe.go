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
// and ignored, one that contradicts it (succeeded after canceled,
// captured beyond what was authorised) is an error (a *TransitionError,
// or ErrInvalidAmount), and one about an attempt the intent does not know
// yet (a webhook that arrived before the call's answer was recorded) is
// ErrUnknownAttempt. In those cases ask the provider for the
// authoritative status (Processor.Handle and Processor.Sync do). An
// observation is applied whole or not at all.
func (in *Intent) Observe(obs Observation) (Outcome, error) { return in.observe("", obs) }

// observe applies an observation from provider ("" for any).
func (in *Intent) observe(provider string, obs Observation) (Outcome, error) {
	if in == nil {
		return "", fmt.Errorf("%w: nil intent", ErrInvalidRequest)
	}
	before := in.clone()
	out, err := in.apply(provider, obs)
	if err != nil {
		*in = before
	}
	return out, err
}

func (in *Intent) apply(provider string, obs Observation) (Outcome, error) {
	a, err := in.attempt(provider, obs.PSPReference)
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
	moneyOut, err := in.moveMoney(a, obs, statusOut == Applied)
	if err != nil {
		return "", err
	}
	refundOut, err := in.observeRefunds(a.PSPReference, obs.Refunds)
	if err != nil {
		return "", err
	}
	if !obs.ExpiresAt.IsZero() && !in.ExpiresAt.Equal(obs.ExpiresAt) {
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
// intent's phase when the attempt is the intent's own current one.
func (in *Intent) moveAttempt(a *Attempt, obs Observation) (Outcome, error) {
	from, to := a.Status, obs.Status
	if to == RequiresPaymentMethod && from != RequiresPaymentMethod && from != RequiresConfirmation {
		// The provider gave up this try (a failed 3-D Secure, a declined
		// debit): for the attempt it is over, the intent may try again.
		to = Failed
	}
	switch {
	case from == to:
		if obs.NextAction != nil && (a.NextAction == nil || *a.NextAction != *obs.NextAction) {
			a.NextAction = obs.NextAction // a refreshed QR code or redirect
			return Applied, nil
		}
		return Duplicate, nil
	case from == Failed && !to.Terminal():
		return Stale, nil // nothing follows a finished try but late news
	case CanMove(from, to):
	case to.rank() < from.rank():
		// Behind what is recorded: a webhook overtaken by a later one.
		return Stale, nil
	default:
		return "", &TransitionError{From: from, To: to, Why: "observed for " + a.PSPReference}
	}
	a.Status, a.NextAction = to, obs.NextAction
	if obs.Decline != nil {
		a.Decline = obs.Decline
	}
	if !obs.At.IsZero() {
		a.At = obs.At
	}
	if cur, err := in.current(); err == nil && cur == a {
		switch {
		case to == Failed && obs.Status == RequiresPaymentMethod:
			in.Phase = RequiresPaymentMethod
		case to == Expired || to == Canceled || to == Failed || to.rank() < RequiresCapture.rank():
			in.Phase = to
		}
	}
	return Applied, nil
}

// moveMoney records the increase of each cumulative amount as a ledger
// entry; a total below what is recorded is an older observation. It
// refuses totals that contradict each other (captured and released
// beyond what was authorised), and records the release a final status
// implies when the provider leaves the totals out.
func (in *Intent) moveMoney(a *Attempt, obs Observation, moved bool) (Outcome, error) {
	auth := maxMoney(obs.Authorized, in.attemptTotal(a.PSPReference, EntryAuthorized))
	capt := maxMoney(obs.Captured, in.attemptTotal(a.PSPReference, EntryCaptured))
	rel := maxMoney(obs.Released, in.attemptTotal(a.PSPReference, EntryReleased))
	if rest := minus(minus(auth, capt), rel); moved && rest.Sign() > 0 {
		// A final status with the rest left out of the totals: succeeded
		// means captured, canceled or expired means released.
		switch {
		case a.Status == Succeeded && obs.Captured.IsZero() && obs.Released.IsZero():
			capt = plus(capt, rest)
		case (a.Status == Canceled || a.Status == Expired || a.Status == Succeeded) && obs.Released.IsZero():
			rel = plus(rel, rest)
		}
	}
	if greater(capt, auth) {
		// Captured at once, or captured twice by a faulty provider: the
		// money moved, so it was authorised; Overcharge reports any excess.
		auth = capt
	}
	if greater(plus(capt, rel), auth) {
		return "", fmt.Errorf("%w: %s captured %v and released %v of %v authorised", ErrInvalidAmount, a.PSPReference, capt, rel, auth)
	}
	out := Duplicate
	for _, k := range []struct {
		kind EntryKind
		seen money.Money
	}{{EntryAuthorized, auth}, {EntryCaptured, capt}, {EntryReleased, rel}} {
		rec := in.attemptTotal(a.PSPReference, k.kind)
		if obsTotal := k.seen; obsTotal.IsZero() {
			continue
		}
		delta, err := k.seen.Sub(rec)
		if err != nil {
			return "", err
		}
		if delta.Sign() > 0 {
			if err := in.record(Entry{Kind: k.kind, Amount: delta, PSPReference: a.PSPReference, At: obs.At}); err != nil {
				return "", err
			}
			out = Applied
		}
	}
	if out == Duplicate && (lower(obs.Authorized, auth) || lower(obs.Captured, capt) || lower(obs.Released, rel)) {
		out = Stale
	}
	return out, nil
}

// maxMoney is the larger of an observed total (zero Money when not
// reported) and the recorded one.
func maxMoney(seen, recorded money.Money) money.Money {
	if seen.IsZero() || greater(recorded, seen) {
		return recorded
	}
	return seen
}

// lower reports whether an observed, reported total is below the
// recorded one.
func lower(seen, recorded money.Money) bool { return !seen.IsZero() && greater(recorded, seen) }

// attemptTotal sums the ledger entries of one kind for one attempt, net
// of their reversals.
func (in *Intent) attemptTotal(pspReference string, kind EntryKind) money.Money {
	sum := money.Zero(in.Amount.Currency())
	for _, e := range in.Ledger {
		if e.PSPReference != pspReference {
			continue
		}
		switch {
		case e.Kind == kind:
			sum = plus(sum, e.Amount)
		case kind == EntryRefunded && e.Kind == EntryRefundReversed, kind == EntryReleased && e.Kind == EntryReleaseReversed:
			sum = minus(sum, e.Amount)
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

// observeRefunds applies refund observations about the payment
// pspReference: a refund moves from pending to succeeded, failed or
// canceled once, and a succeeded one may still fail later (its money
// comes back to the refundable). Succeeded refunds add ledger entries, of
// the amount the provider reports.
func (in *Intent) observeRefunds(pspReference string, obs []RefundObservation) (Outcome, error) {
	out := Duplicate
	for _, ro := range obs {
		o, err := in.observeRefund(pspReference, ro)
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

func (in *Intent) observeRefund(pspReference string, ro RefundObservation) (Outcome, error) {
	if !ro.Status.Valid() {
		return "", fmt.Errorf("%w: refund status %q", ErrUnknownStatus, ro.Status)
	}
	if !ro.Amount.IsZero() && (ro.Amount.Currency() != in.Amount.Currency() || ro.Amount.Sign() < 0) {
		return "", fmt.Errorf("%w: refund %q of %v", ErrInvalidAmount, ro.PSPReference, ro.Amount)
	}
	r := in.refund(ro.RefundID, ro.PSPReference)
	if r == nil && ro.RefundID == "" {
		r = in.unmatchedRefund(pspReference, ro.Amount)
	}
	if r == nil {
		// A refund the provider made that the intent never recorded (its
		// answer was lost): the provider's record is the truth, adopt it
		// if the payment can carry it.
		if ro.Amount.Sign() <= 0 || greater(ro.Amount, in.refundableOn(pspReference)) {
			return "", fmt.Errorf("%w: unknown refund %q of %v on %s", ErrInvalidAmount, ro.PSPReference, ro.Amount, pspReference)
		}
		id := ro.RefundID
		if id == "" {
			id = ro.PSPReference
		}
		in.Refunds = append(in.Refunds, Refund{ID: id, Payment: pspReference, PSPReference: ro.PSPReference, Amount: ro.Amount, Status: RefundPending, At: ro.At})
		r = &in.Refunds[len(in.Refunds)-1]
	}
	if ro.PSPReference != "" {
		r.PSPReference = ro.PSPReference
	}
	switch {
	case r.Status == ro.Status:
		return Duplicate, nil
	case r.Status == RefundSucceeded && ro.Status == RefundFailed:
		// Stripe reports refunds that fail after succeeding: the money
		// comes back.
		if err := in.record(Entry{Kind: EntryRefundReversed, Amount: r.Amount, PSPReference: r.Payment, RefundID: r.ID, At: ro.At}); err != nil {
			return "", err
		}
		r.Status = RefundFailed
		return Applied, nil
	case r.Status != RefundPending:
		if ro.Status == RefundPending {
			return Stale, nil
		}
		return "", &TransitionError{From: Status("refund_" + r.Status), To: Status("refund_" + ro.Status), Why: "refund " + r.ID}
	}
	if ro.Status == RefundSucceeded {
		if !ro.Amount.IsZero() {
			r.Amount = ro.Amount // the provider's amount is what moved
		}
		if err := in.record(Entry{Kind: EntryRefunded, Amount: r.Amount, PSPReference: r.Payment, RefundID: r.ID, At: ro.At}); err != nil {
			return "", err
		}
	}
	r.Status = ro.Status
	return Applied, nil
}

// unmatchedRefund finds a pending refund of the payment whose provider
// reference was never recorded (its answer was lost) and whose amount is
// the one reported: the provider is reporting that refund, not another.
func (in *Intent) unmatchedRefund(payment string, amount money.Money) *Refund {
	for i := range in.Refunds {
		r := &in.Refunds[i]
		if r.Status == RefundPending && r.PSPReference == "" && (r.Payment == payment || r.Payment == "") && r.Amount == amount {
			return r
		}
	}
	return nil
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
	a, err := in.capturing()
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

// force records the provider's authoritative view of an attempt where it
// contradicts what was recorded: its status, and the amounts it reports
// beyond the recorded ones.
func (in *Intent) force(a *Attempt, obs Observation) error {
	// A release recorded here that the provider does not report (a local
	// expiry overtaken by a capture) did not happen.
	if rec := in.attemptTotal(a.PSPReference, EntryReleased); rec.Sign() > 0 && (obs.Released.IsZero() || greater(rec, obs.Released)) {
		undo := rec
		if !obs.Released.IsZero() {
			undo = minus(rec, obs.Released)
		}
		if err := in.record(Entry{Kind: EntryReleaseReversed, Amount: undo, PSPReference: a.PSPReference, At: obs.At}); err != nil {
			return err
		}
	}
	a.Status = obs.Status
	if cur, err := in.current(); err == nil && cur == a && (obs.Status.Terminal() || obs.Status.rank() < RequiresCapture.rank()) {
		in.Phase = obs.Status
	}
	if _, err := in.moveMoney(a, Observation{PSPReference: obs.PSPReference, Status: obs.Status,
		Authorized: obs.Authorized, Captured: obs.Captured, Released: obs.Released, At: obs.At}, false); err != nil {
		return err
	}
	_, err := in.observeRefunds(a.PSPReference, obs.Refunds)
	return err
}
