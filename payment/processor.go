package payment

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/comptoir/comptoir/money"
)

// Processor moves intents through providers: pay with failover, capture,
// void, refund, sync and webhooks, each money-moving call under an
// idempotency key. It is safe for concurrent use on different intents.
type Processor struct {
	// Routes lists, per method ID, the providers to try in order: a
	// technical failure moves to the next, a decline or an
	// authentication request does not.
	Routes map[string][]Provider
	// Idempotency remembers the calls by key.
	Idempotency IdempotencyStore
}

// PayRequest is a buyer paying an intent with a method.
type PayRequest struct {
	Method string
	// Key is the idempotency key (a uuid, or "order-42:pay:1"); each
	// provider tried gets Key + ":" + its name.
	Key       string
	ReturnURL string
	Exemption string
	At        time.Time
}

// Pay authorises the intent with the method's providers, in order. It
// returns nil when a provider took the payment: the intent is then
// RequiresAction (the last attempt's NextAction says what the buyer must
// do), Processing, RequiresCapture or Succeeded. A decline is a *Declined
// (the intent waits for another method); all providers failing
// technically is a *Transient. A zero-amount intent needs no provider.
func (p *Processor) Pay(ctx context.Context, in *Intent, r PayRequest) error {
	if in.Amount.IsZero() {
		return nil
	}
	for _, a := range in.Attempts {
		if a.Key != "" && len(a.Key) > len(r.Key) && a.Key[:len(r.Key)+1] == r.Key+":" && a.Decline == nil && a.Failure == "" {
			return nil // a replay of a Pay that went through
		}
	}
	if st := in.Status(); st != RequiresPaymentMethod && st != RequiresConfirmation {
		return &TransitionError{From: st, To: RequiresConfirmation, Why: "the intent is not waiting for a payment"}
	}
	if r.Key == "" || r.At.IsZero() {
		return fmt.Errorf("%w: a payment needs an idempotency key and a time", ErrInvalidRequest)
	}
	providers := p.Routes[r.Method]
	if len(providers) == 0 {
		return fmt.Errorf("%w: %q", ErrNoProvider, r.Method)
	}
	var last error
	for _, prov := range providers {
		err := p.tryPay(ctx, in, prov, r)
		if err == nil || !isTransient(err) {
			return err
		}
		last = err
	}
	return &Transient{Err: fmt.Errorf("every provider for %q failed: %w", r.Method, last)}
}

// tryPay makes one attempt with one provider.
func (p *Processor) tryPay(ctx context.Context, in *Intent, prov Provider, r PayRequest) error {
	caps := prov.Capabilities()
	if !caps.Takes(r.Method) || (in.Capture == CaptureManual && !caps.ManualCapture) {
		return &Transient{Err: fmt.Errorf("%w: %s cannot take %s with %s capture", ErrUnsupported, prov.Name(), r.Method, in.Capture)}
	}
	req := AuthorizeRequest{IdempotencyKey: r.Key + ":" + prov.Name(), Reference: in.ID.String(), Amount: in.Amount,
		Method: r.Method, Capture: in.Capture, ReturnURL: r.ReturnURL, Exemption: r.Exemption}
	fp := fmt.Sprintf("authorize|%s|%s|%s|%s|%s", in.ID, in.Amount, r.Method, in.Capture, r.Exemption)
	res, err := p.call(ctx, req.IdempotencyKey, fp, r.At, func() (Result, error) {
		obs, err := prov.Authorize(ctx, req)
		var auth *AuthenticationRequired
		if errors.As(err, &auth) && obs.PSPReference != "" {
			// The buyer must act with this provider: a state, not a failure.
			obs.Status, obs.NextAction, err = RequiresAction, &auth.Action, nil
		}
		return Result{Observation: obs}, err
	})
	var declined *Declined
	switch {
	case errors.As(err, &declined):
		in.Attempts = append(in.Attempts, Attempt{Provider: prov.Name(), Key: req.IdempotencyKey, Method: r.Method, Status: Failed, Decline: declined, At: r.At})
		in.Phase = RequiresPaymentMethod
		return declined
	case err != nil:
		in.Attempts = append(in.Attempts, Attempt{Provider: prov.Name(), Key: req.IdempotencyKey, Method: r.Method, Status: Failed, Failure: err.Error(), At: r.At})
		return err
	}
	in.Attempts = append(in.Attempts, Attempt{Provider: prov.Name(), Key: req.IdempotencyKey, PSPReference: res.Observation.PSPReference,
		Method: r.Method, Status: RequiresConfirmation, At: r.At})
	_, err = in.Observe(res.Observation)
	return err
}

// call runs a provider call under an idempotency key: a replay returns
// the first result (a decline included), a transient failure frees the
// key for a retry.
func (p *Processor) call(ctx context.Context, key, fingerprint string, at time.Time, do func() (Result, error)) (Result, error) {
	if p.Idempotency == nil {
		return Result{}, fmt.Errorf("%w: no idempotency store", ErrInvalidRequest)
	}
	stored, err := p.Idempotency.Begin(ctx, key, fingerprint, at)
	if err != nil {
		return Result{}, err
	}
	if stored != nil {
		if stored.Declined != nil {
			return *stored, stored.Declined
		}
		return *stored, nil
	}
	res, err := do()
	var declined *Declined
	switch {
	case errors.As(err, &declined):
		res.Declined = declined // a decline is the call's answer: replays get it
	case err != nil:
		// Nothing settled: a retry with the same key calls again.
		if aerr := p.Idempotency.Abandon(ctx, key); aerr != nil {
			return Result{}, errors.Join(err, aerr)
		}
		if errors.Is(err, ErrAuthentication) {
			return res, err // without a payment reference: not failed over
		}
		return res, asTransient(err)
	}
	if cerr := p.Idempotency.Complete(ctx, key, res, at); cerr != nil {
		return Result{}, cerr
	}
	return res, err
}

// isTransient reports whether err is a technical failure: a *Transient,
// or anything that is neither a decline nor an authentication request.
func isTransient(err error) bool {
	return err != nil && !errors.Is(err, ErrDeclined) && !errors.Is(err, ErrAuthentication) &&
		!errors.Is(err, ErrIdempotencyConflict) && !errors.Is(err, ErrInProgress)
}

func asTransient(err error) error {
	var t *Transient
	if errors.As(err, &t) {
		return err
	}
	return &Transient{Err: err}
}

// provider finds the provider an attempt was made with.
func (p *Processor) provider(a *Attempt) (Provider, error) {
	for _, ps := range p.Routes[a.Method] {
		if ps.Name() == a.Provider {
			return ps, nil
		}
	}
	return nil, fmt.Errorf("%w: %q for %q", ErrNoProvider, a.Provider, a.Method)
}

// Capture captures amount of the intent's authorisation under key: at
// most what is still capturable, in several parts when the provider
// allows partial and multiple captures.
func (p *Processor) Capture(ctx context.Context, in *Intent, amount money.Money, key string, at time.Time) error {
	st := in.Status()
	if st != RequiresCapture && st != PartiallyCaptured {
		return &TransitionError{From: st, To: PartiallyCaptured, Why: "nothing to capture"}
	}
	a, prov, err := p.moneyAttempt(in)
	if err != nil {
		return err
	}
	left := in.Capturable()
	if err := checkPart(amount, left, "capture"); err != nil {
		return err
	}
	caps := prov.Capabilities()
	partial := amount != left
	if (partial && !caps.PartialCapture) || (st == PartiallyCaptured && !caps.MultipleCapture) {
		return fmt.Errorf("%w: %s: partial or multiple capture", ErrUnsupported, prov.Name())
	}
	req := CaptureRequest{IdempotencyKey: key, PSPReference: a.PSPReference, Amount: amount, Final: !partial || !caps.MultipleCapture}
	res, err := p.call(ctx, key, fmt.Sprintf("capture|%s|%s", a.PSPReference, amount), at, func() (Result, error) {
		obs, err := prov.Capture(ctx, req)
		return Result{Observation: obs}, err
	})
	if err != nil {
		return err
	}
	return p.apply(ctx, in, res.Observation)
}

// Void releases what is authorised and not captured.
func (p *Processor) Void(ctx context.Context, in *Intent, key string, at time.Time) error {
	st := in.Status()
	if st != RequiresCapture && st != PartiallyCaptured {
		return &TransitionError{From: st, To: Canceled, Why: "nothing to void"}
	}
	a, prov, err := p.moneyAttempt(in)
	if err != nil {
		return err
	}
	res, err := p.call(ctx, key, "void|"+a.PSPReference, at, func() (Result, error) {
		obs, err := prov.Void(ctx, VoidRequest{IdempotencyKey: key, PSPReference: a.PSPReference})
		return Result{Observation: obs}, err
	})
	if err != nil {
		return err
	}
	return p.apply(ctx, in, res.Observation)
}

// Refund refunds amount of what was captured under key (which is also
// the refund's id): never more than is captured and not already refunded
// or being refunded, in several parts when the provider allows partial
// refunds. The refund is pending until the provider confirms it.
func (p *Processor) Refund(ctx context.Context, in *Intent, amount money.Money, key string, at time.Time) error {
	a, prov, err := p.moneyAttempt(in)
	if err != nil {
		return err
	}
	left := in.Refundable()
	if r := in.refund(key, ""); r != nil {
		return nil // replayed: the refund exists
	}
	if err := checkPart(amount, left, "refund"); err != nil {
		return err
	}
	t := in.Totals()
	if amount != t.Captured && !prov.Capabilities().PartialRefund {
		return fmt.Errorf("%w: %s: partial refund", ErrUnsupported, prov.Name())
	}
	req := RefundRequest{IdempotencyKey: key, PSPReference: a.PSPReference, RefundID: key, Amount: amount}
	res, err := p.call(ctx, key, fmt.Sprintf("refund|%s|%s", a.PSPReference, amount), at, func() (Result, error) {
		ro, err := prov.Refund(ctx, req)
		return Result{Refund: ro}, err
	})
	if err != nil {
		return err
	}
	in.Refunds = append(in.Refunds, Refund{ID: key, PSPReference: res.Refund.PSPReference, Amount: amount, Status: RefundPending, At: at})
	if res.Refund.Status != RefundPending && res.Refund.Status != "" {
		ro := res.Refund
		ro.RefundID = key
		_, err = in.observeRefund(ro)
	}
	return err
}

// checkPart checks an amount to capture or refund against what is left.
func checkPart(amount, left money.Money, what string) error {
	if amount.Sign() <= 0 {
		return fmt.Errorf("%w: %s of %v", ErrInvalidAmount, what, amount)
	}
	c, err := amount.Cmp(left)
	if err != nil {
		return err
	}
	if c > 0 {
		return fmt.Errorf("%w: %s of %v exceeds the %v left", ErrInvalidAmount, what, amount, left)
	}
	return nil
}

// moneyAttempt returns the attempt money moves on and its provider.
func (p *Processor) moneyAttempt(in *Intent) (*Attempt, Provider, error) {
	a, err := in.lastAttempt()
	if err != nil {
		return nil, nil, err
	}
	prov, err := p.provider(a)
	return a, prov, err
}

// apply observes a call's answer, falling back to the provider's
// authoritative status when it cannot be applied.
func (p *Processor) apply(ctx context.Context, in *Intent, obs Observation) error {
	_, err := in.Observe(obs)
	if errors.Is(err, ErrIllegalTransition) || errors.Is(err, ErrUnknownAttempt) {
		return p.Sync(ctx, in, obs.At)
	}
	return err
}

// Sync asks the provider of the intent's last attempt for the
// authoritative status and records it, even where it contradicts what was
// recorded: the provider is the source of truth for what happened to the
// money.
func (p *Processor) Sync(ctx context.Context, in *Intent, at time.Time) error {
	a, prov, err := p.moneyAttempt(in)
	if err != nil {
		return err
	}
	obs, err := prov.Status(ctx, a.PSPReference)
	if err != nil {
		return asTransient(err)
	}
	if _, err := in.Observe(obs); !errors.Is(err, ErrIllegalTransition) {
		return err
	}
	a.Status = obs.Status // authoritative
	if obs.Status == Canceled || obs.Status == Expired || obs.Status == Failed {
		in.Phase = obs.Status
	}
	_, err = in.moveMoney(a, obs)
	return err
}

// Event is a webhook's content once verified (package webhook): which
// provider sent it, its id for deduplication, and what it reports.
type Event struct {
	Provider    string
	ID          string
	Observation Observation
}

// Deduplicator remembers the events seen; webhook.Deduplicator is one.
type Deduplicator interface {
	// Seen reports whether key was seen before at, and records it.
	Seen(key string, at time.Time) bool
	// Forget drops key, so that a redelivery is handled again.
	Forget(key string)
}

// Handle applies a verified webhook event to its intent: a duplicate is
// dropped, a stale event ignored, a legal one applied. An event about a
// payment the intent does not know yet (it arrived before the call's
// answer was recorded, or the answer was lost in a timeout and the
// payment failed over) is checked with its provider and adopted when the
// provider says it belongs to this intent: a payment taken twice then
// shows in Overcharge. An event that contradicts the record makes the
// Processor ask the provider for the authoritative status. When handling
// fails, the event is forgotten, so the provider's redelivery is tried
// again.
func (p *Processor) Handle(ctx context.Context, in *Intent, ev Event, seen Deduplicator, at time.Time) (Outcome, error) {
	key := ev.Provider + ":" + ev.ID
	if seen != nil && seen.Seen(key, at) {
		return Duplicate, nil
	}
	out, err := p.handle(ctx, in, ev, at)
	if err != nil && seen != nil {
		seen.Forget(key)
	}
	return out, err
}

func (p *Processor) handle(ctx context.Context, in *Intent, ev Event, at time.Time) (Outcome, error) {
	out, err := in.Observe(ev.Observation)
	switch {
	case errors.Is(err, ErrUnknownAttempt):
		if err := p.adopt(ctx, in, ev.Provider, ev.Observation.PSPReference, at); err != nil {
			return "", err
		}
		// The provider's status is newer than or equal to the event's.
		if _, err := in.Observe(ev.Observation); err != nil && !errors.Is(err, ErrIllegalTransition) {
			return "", err
		}
		return Applied, nil
	case errors.Is(err, ErrIllegalTransition):
		if err := p.Sync(ctx, in, at); err != nil {
			return "", err
		}
		return Applied, nil
	}
	return out, err
}

// adopt records a payment the intent does not know, after its provider
// confirms it was made for this intent.
func (p *Processor) adopt(ctx context.Context, in *Intent, provider, pspReference string, at time.Time) error {
	prov, method := p.byName(provider)
	if prov == nil {
		return fmt.Errorf("%w: %q", ErrNoProvider, provider)
	}
	obs, err := prov.Status(ctx, pspReference)
	if err != nil {
		return asTransient(err)
	}
	if obs.Reference != in.ID.String() {
		return fmt.Errorf("%w: %s payment %q is for %q, not intent %s", ErrUnknownAttempt, provider, pspReference, obs.Reference, in.ID)
	}
	for _, a := range in.Attempts {
		if a.Provider == provider && a.Method != "" {
			method = a.Method
		}
	}
	in.Attempts = append(in.Attempts, Attempt{Provider: provider, PSPReference: pspReference, Method: method, Status: RequiresConfirmation, At: at})
	_, err = in.Observe(obs)
	return err
}

// byName finds a routed provider by name, with a method it is routed for.
func (p *Processor) byName(name string) (Provider, string) {
	for method, ps := range p.Routes {
		for _, prov := range ps {
			if prov.Name() == name {
				return prov, method
			}
		}
	}
	return nil, ""
}
