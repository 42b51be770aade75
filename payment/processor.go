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
// RequiresAction (the current attempt's NextAction says what the buyer
// must do), Processing, RequiresCapture or Succeeded. A decline is a
// *Declined (the intent waits for another method); all providers failing
// technically is a *Transient. A zero-amount intent needs no provider.
// The whole call is idempotent under r.Key: a replay gets the first
// answer, the same key with another request is ErrIdempotencyConflict.
func (p *Processor) Pay(ctx context.Context, in *Intent, r PayRequest) error {
	if in != nil && in.Amount.IsZero() {
		return nil // nothing to pay: no provider, no store needed
	}
	if err := p.ready(in); err != nil {
		return err
	}
	if r.Key == "" || r.At.IsZero() {
		return fmt.Errorf("%w: a payment needs an idempotency key and a time", ErrInvalidRequest)
	}
	fp := fmt.Sprintf("pay|%s|%s|%s|%s|%s|%s", in.ID, in.Amount, r.Method, in.Capture, r.Exemption, r.ReturnURL)
	res, replayed, err := p.call(ctx, r.Key, fp, r.At, func() error { return p.canPay(in, r.Method) },
		func() (Result, error) { return p.failover(ctx, in, r) })
	if replayed && res.Provider != "" && res.Observation.PSPReference != "" {
		// The first answer, applied to an intent that may not have kept it.
		if _, aerr := in.attempt(res.Provider, res.Observation.PSPReference); aerr != nil {
			in.Attempts = append(in.Attempts, Attempt{Provider: res.Provider, Key: r.Key + ":" + res.Provider,
				PSPReference: res.Observation.PSPReference, Method: r.Method, Status: RequiresConfirmation, At: r.At})
		}
		if _, oerr := in.Observe(res.Observation); oerr != nil && err == nil {
			return oerr
		}
	}
	return err
}

// ready refuses a nil processor or intent.
func (p *Processor) ready(in *Intent) error {
	switch {
	case p == nil:
		return fmt.Errorf("%w: nil processor", ErrInvalidRequest)
	case in == nil:
		return fmt.Errorf("%w: nil intent", ErrInvalidRequest)
	case p.Idempotency == nil:
		return fmt.Errorf("%w: no idempotency store", ErrInvalidRequest)
	}
	return nil
}

// canPay checks that the intent waits for a payment and the method has
// providers.
func (p *Processor) canPay(in *Intent, method string) error {
	if st := in.Status(); st != RequiresPaymentMethod && st != RequiresConfirmation {
		return &TransitionError{From: st, To: RequiresConfirmation, Why: "the intent is not waiting for a payment"}
	}
	if len(p.Routes[method]) == 0 {
		return fmt.Errorf("%w: %q", ErrNoProvider, method)
	}
	return nil
}

// failover tries the method's providers in order until one answers with
// something other than a technical failure.
func (p *Processor) failover(ctx context.Context, in *Intent, r PayRequest) (Result, error) {
	var last error
	for _, prov := range p.Routes[r.Method] {
		if prov == nil {
			continue
		}
		res, err := p.tryPay(ctx, in, prov, r)
		if err == nil || !isTransient(err) {
			res.Provider = prov.Name()
			return res, err
		}
		last = err
	}
	if last == nil {
		last = fmt.Errorf("%w: %q", ErrNoProvider, r.Method)
	}
	return Result{}, &Transient{Err: fmt.Errorf("every provider for %q failed: %w", r.Method, last)}
}

// tryPay makes one attempt with one provider.
func (p *Processor) tryPay(ctx context.Context, in *Intent, prov Provider, r PayRequest) (Result, error) {
	caps := prov.Capabilities()
	if !caps.Takes(r.Method) || (in.Capture == CaptureManual && !caps.ManualCapture) {
		return Result{}, &Transient{Err: fmt.Errorf("%w: %s cannot take %s with %s capture", ErrUnsupported, prov.Name(), r.Method, in.Capture)}
	}
	req := AuthorizeRequest{IdempotencyKey: r.Key + ":" + prov.Name(), Reference: in.ID.String(), Amount: in.Amount,
		Method: r.Method, Capture: in.Capture, ReturnURL: r.ReturnURL, Exemption: r.Exemption}
	fp := fmt.Sprintf("authorize|%s|%s|%s|%s|%s|%s", in.ID, in.Amount, r.Method, in.Capture, r.Exemption, r.ReturnURL)
	res, _, err := p.call(ctx, req.IdempotencyKey, fp, r.At, nil, func() (Result, error) {
		obs, err := prov.Authorize(ctx, req)
		var auth *AuthenticationRequired
		if errors.As(err, &auth) && auth != nil && obs.PSPReference != "" {
			// The buyer must act with this provider: a state, not a failure.
			obs.Status, obs.NextAction, err = RequiresAction, &auth.Action, nil
		}
		return Result{Observation: obs}, err
	})
	a := Attempt{Provider: prov.Name(), Key: req.IdempotencyKey, PSPReference: res.Observation.PSPReference, Method: r.Method, At: r.At}
	var declined *Declined
	switch {
	case errors.As(err, &declined):
		a.Status, a.Decline = Failed, declined
		in.Attempts = append(in.Attempts, a)
		in.Phase = RequiresPaymentMethod
		return res, declined
	case err != nil:
		a.Status, a.Failure, a.PSPReference = Failed, err.Error(), ""
		in.Attempts = append(in.Attempts, a)
		return res, err
	}
	a.Status = RequiresConfirmation
	in.Attempts = append(in.Attempts, a)
	_, err = in.Observe(res.Observation)
	return res, err
}

// call runs a provider call under an idempotency key. A replay returns
// the first result (a decline included) without validating or calling
// again; a new key is validated, then called; a transient failure frees
// the key for a retry. The store is told the outcome even when ctx ended
// meanwhile, so that a retry is not locked out.
func (p *Processor) call(ctx context.Context, key, fingerprint string, at time.Time, validate func() error, do func() (Result, error)) (Result, bool, error) {
	stored, err := p.Idempotency.Begin(ctx, key, fingerprint, at)
	if err != nil {
		return Result{}, false, err
	}
	if stored != nil {
		if stored.Declined != nil {
			return *stored, true, stored.Declined
		}
		return *stored, true, nil
	}
	settle := context.WithoutCancel(ctx)
	if validate != nil {
		if err := validate(); err != nil {
			return Result{}, false, errors.Join(err, p.Idempotency.Abandon(settle, key))
		}
	}
	res, err := do()
	var declined *Declined
	switch {
	case errors.As(err, &declined):
		res.Declined = declined // a decline is the call's answer: replays get it
	case err != nil:
		// Nothing settled: a retry with the same key calls again.
		if aerr := p.Idempotency.Abandon(settle, key); aerr != nil {
			return Result{}, false, errors.Join(err, aerr)
		}
		if errors.Is(err, ErrAuthentication) || errors.Is(err, ErrIllegalTransition) || errors.Is(err, ErrInvalidAmount) {
			return res, false, err
		}
		return res, false, asTransient(err)
	}
	if cerr := p.Idempotency.Complete(settle, key, res, at); cerr != nil {
		return Result{}, false, cerr
	}
	return res, false, err
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
		if ps != nil && ps.Name() == a.Provider {
			return ps, nil
		}
	}
	return nil, fmt.Errorf("%w: %q for %q", ErrNoProvider, a.Provider, a.Method)
}

// Capture captures amount of the intent's authorisation under key: at
// most what is still capturable (never beyond the intent's amount), in
// several parts when the provider allows partial and multiple captures.
func (p *Processor) Capture(ctx context.Context, in *Intent, amount money.Money, key string, at time.Time) error {
	if err := p.ready(in); err != nil {
		return err
	}
	a, prov, err := p.capturing(in)
	if err != nil {
		return err
	}
	caps := prov.Capabilities()
	left := in.Capturable()
	partial := amount != left
	req := CaptureRequest{IdempotencyKey: key, PSPReference: a.PSPReference, Amount: amount, Final: !partial || !caps.MultipleCapture}
	validate := func() error {
		st := in.Status()
		if st != RequiresCapture && st != PartiallyCaptured {
			return &TransitionError{From: st, To: PartiallyCaptured, Why: "nothing to capture"}
		}
		if err := checkPart(amount, left, "capture"); err != nil {
			return err
		}
		if (partial && !caps.PartialCapture) || (st == PartiallyCaptured && !caps.MultipleCapture) {
			return fmt.Errorf("%w: %s: partial or multiple capture", ErrUnsupported, prov.Name())
		}
		return nil
	}
	res, _, err := p.call(ctx, key, fmt.Sprintf("capture|%s|%s", a.PSPReference, amount), at, validate, func() (Result, error) {
		obs, err := prov.Capture(ctx, req)
		return Result{Observation: obs}, err
	})
	if err != nil {
		return err
	}
	return p.apply(ctx, in, prov.Name(), res.Observation)
}

// Void releases what is authorised and not captured, or cancels a
// payment the buyer has not finished (waiting for 3-D Secure).
func (p *Processor) Void(ctx context.Context, in *Intent, key string, at time.Time) error {
	if err := p.ready(in); err != nil {
		return err
	}
	a, prov, err := p.capturing(in)
	if err != nil {
		return err
	}
	validate := func() error {
		switch st := in.Status(); st {
		case RequiresCapture, PartiallyCaptured, RequiresAction, RequiresConfirmation, Processing:
			return nil // an authorisation to release, or a payment not finished to cancel
		default:
			return &TransitionError{From: st, To: Canceled, Why: "nothing to void"}
		}
	}
	res, _, err := p.call(ctx, key, "void|"+a.PSPReference, at, validate, func() (Result, error) {
		obs, err := prov.Void(ctx, VoidRequest{IdempotencyKey: key, PSPReference: a.PSPReference})
		return Result{Observation: obs}, err
	})
	if err != nil {
		return err
	}
	return p.apply(ctx, in, prov.Name(), res.Observation)
}

// Refund refunds amount of what the intent's payment captured, under key
// (which is also the refund's id): never more than is captured and not
// already refunded or being refunded, in several parts when the provider
// allows partial refunds. The refund is pending until the provider
// confirms it. Like every Processor call on one intent, refunds of one
// intent must not run concurrently: serialise them as the intent's
// storage does.
func (p *Processor) Refund(ctx context.Context, in *Intent, amount money.Money, key string, at time.Time) error {
	if err := p.ready(in); err != nil {
		return err
	}
	a, err := in.refunding("")
	if err != nil {
		return err
	}
	return p.refund(ctx, in, a, amount, key, at)
}

// RefundOvercharge refunds what Overcharge reports, on the payment it
// names (a double charge is often on another attempt than the intent's
// current one).
func (p *Processor) RefundOvercharge(ctx context.Context, in *Intent, key string, at time.Time) error {
	if err := p.ready(in); err != nil {
		return err
	}
	excess, candidate, ok := in.Overcharge()
	if !ok {
		return fmt.Errorf("%w: no overcharge to refund", ErrInvalidAmount)
	}
	a, err := in.refunding(candidate.PSPReference)
	if err != nil {
		return err
	}
	return p.refund(ctx, in, a, excess, key, at)
}

func (p *Processor) refund(ctx context.Context, in *Intent, a *Attempt, amount money.Money, key string, at time.Time) error {
	prov, err := p.provider(a)
	if err != nil {
		return err
	}
	left := in.refundableOn(a.PSPReference)
	captured := in.attemptTotal(a.PSPReference, EntryCaptured)
	validate := func() error {
		if err := checkPart(amount, left, "refund"); err != nil {
			return err
		}
		if amount != captured && !prov.Capabilities().PartialRefund {
			return fmt.Errorf("%w: %s: partial refund", ErrUnsupported, prov.Name())
		}
		return nil
	}
	req := RefundRequest{IdempotencyKey: key, PSPReference: a.PSPReference, RefundID: key, Amount: amount}
	res, _, err := p.call(ctx, key, fmt.Sprintf("refund|%s|%s", a.PSPReference, amount), at, validate, func() (Result, error) {
		ro, err := prov.Refund(ctx, req)
		return Result{Refund: ro}, err
	})
	if err != nil {
		return err
	}
	if in.refund(key, "") == nil {
		in.Refunds = append(in.Refunds, Refund{ID: key, Payment: a.PSPReference, PSPReference: res.Refund.PSPReference, Amount: amount, Status: RefundPending, At: at})
	}
	if st := res.Refund.Status; st != RefundPending && st != "" {
		ro := res.Refund
		ro.RefundID = key
		_, err = in.observeRefund(a.PSPReference, ro)
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

// capturing returns the attempt holding the capturable authorisation and
// its provider.
func (p *Processor) capturing(in *Intent) (*Attempt, Provider, error) {
	a, err := in.capturing()
	if err != nil {
		return nil, nil, err
	}
	prov, err := p.provider(a)
	return a, prov, err
}

// apply observes a call's answer, falling back to the provider's
// authoritative status when it cannot be applied.
func (p *Processor) apply(ctx context.Context, in *Intent, provider string, obs Observation) error {
	_, err := in.observe(provider, obs)
	if errors.Is(err, ErrIllegalTransition) || errors.Is(err, ErrUnknownAttempt) {
		return p.sync(ctx, in, provider, obs.PSPReference, obs.At)
	}
	return err
}

// Sync asks the provider of the intent's current attempt for the
// authoritative status and records it, even where it contradicts what was
// recorded: the provider is the source of truth for what happened to the
// money.
func (p *Processor) Sync(ctx context.Context, in *Intent, at time.Time) error {
	if err := p.ready(in); err != nil {
		return err
	}
	a, err := in.current()
	if err != nil {
		return err
	}
	return p.sync(ctx, in, a.Provider, a.PSPReference, at)
}

func (p *Processor) sync(ctx context.Context, in *Intent, provider, pspReference string, at time.Time) error {
	a, err := in.attempt(provider, pspReference)
	if err != nil {
		return err
	}
	prov, err := p.provider(a)
	if err != nil {
		return err
	}
	obs, err := prov.Status(ctx, pspReference)
	if err != nil {
		return asTransient(err)
	}
	if _, err := in.observe(provider, obs); !errors.Is(err, ErrIllegalTransition) && !errors.Is(err, ErrInvalidAmount) {
		return err
	}
	// The failed observe restored the intent's slices: find the attempt
	// again before forcing the provider's view on it.
	if a, err = in.attempt(provider, pspReference); err != nil {
		return err
	}
	before := in.clone()
	if err := in.force(a, obs); err != nil {
		*in = before
		return err
	}
	return nil
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
	if err := p.ready(in); err != nil {
		return "", err
	}
	key := ev.Provider + ":" + ev.ID
	if ev.ID == "" {
		// No event id (Mollie's classic webhooks): what it reports is the key.
		o := ev.Observation
		key = fmt.Sprintf("%s:%s:%s:%s:%s:%d", ev.Provider, o.PSPReference, o.Status, o.Captured, o.Released, len(o.Refunds))
	}
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
	out, err := in.observe(ev.Provider, ev.Observation)
	switch {
	case errors.Is(err, ErrUnknownAttempt):
		if err := p.adopt(ctx, in, ev.Provider, ev.Observation.PSPReference, at); err != nil {
			return "", err
		}
		// The provider's status is newer than or equal to the event's.
		if _, err := in.observe(ev.Provider, ev.Observation); err != nil && !errors.Is(err, ErrIllegalTransition) {
			return "", err
		}
		return Applied, nil
	case errors.Is(err, ErrIllegalTransition):
		if err := p.sync(ctx, in, ev.Provider, ev.Observation.PSPReference, at); err != nil {
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
	// Adopted, not current: the intent's own attempt stays the one
	// statuses and calls follow; the stray payment's money still counts.
	in.Attempts = append(in.Attempts, Attempt{Provider: provider, PSPReference: pspReference, Method: method, Status: RequiresConfirmation, Stray: true, At: at})
	_, err = in.observe(provider, obs)
	return err
}

// byName finds a routed provider by name, with a method it is routed for.
func (p *Processor) byName(name string) (Provider, string) {
	for method, ps := range p.Routes {
		for _, prov := range ps {
			if prov != nil && prov.Name() == name {
				return prov, method
			}
		}
	}
	return nil, ""
}
