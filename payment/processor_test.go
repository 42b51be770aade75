package payment_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/payment"
)

// stub is a provider whose answers the test sets; it counts its calls.
type stub struct {
	name      string
	caps      payment.Capabilities
	authorize func(payment.AuthorizeRequest) (payment.Observation, error)
	status    payment.Observation
	calls     atomic.Int32
	captured  money.Money
	auth      money.Money // what Authorize authorised
}

func (s *stub) Name() string                       { return s.name }
func (s *stub) Capabilities() payment.Capabilities { return s.caps }

func (s *stub) Authorize(_ context.Context, r payment.AuthorizeRequest) (payment.Observation, error) {
	s.calls.Add(1)
	if s.authorize != nil {
		return s.authorize(r)
	}
	s.auth = r.Amount
	obs := payment.Observation{PSPReference: s.name + "_pay_1", Reference: r.Reference, Status: payment.RequiresCapture, Authorized: r.Amount}
	if r.Capture == payment.CaptureAutomatic {
		obs.Status, obs.Captured = payment.Succeeded, r.Amount
		s.captured = r.Amount
	}
	return obs, nil
}

func (s *stub) Capture(_ context.Context, r payment.CaptureRequest) (payment.Observation, error) {
	s.calls.Add(1)
	var err error
	if s.captured.IsZero() {
		s.captured = r.Amount
	} else if s.captured, err = s.captured.Add(r.Amount); err != nil {
		return payment.Observation{}, err
	}
	return payment.Observation{PSPReference: r.PSPReference, Status: payment.PartiallyCaptured, Authorized: s.auth, Captured: s.captured}, nil
}

func (s *stub) Void(_ context.Context, r payment.VoidRequest) (payment.Observation, error) {
	s.calls.Add(1)
	return s.status, nil
}

func (s *stub) Refund(_ context.Context, r payment.RefundRequest) (payment.RefundObservation, error) {
	s.calls.Add(1)
	return payment.RefundObservation{RefundID: r.RefundID, PSPReference: "re_" + r.RefundID, Amount: r.Amount, Status: payment.RefundPending}, nil
}

func (s *stub) Status(context.Context, string) (payment.Observation, error) {
	s.calls.Add(1)
	return s.status, nil
}

func cards(name string) *stub {
	return &stub{name: name, caps: payment.Capabilities{Methods: []string{"card"}, ManualCapture: true, PartialCapture: true, MultipleCapture: true, PartialRefund: true}}
}

func processor(t testing.TB, providers ...payment.Provider) *payment.Processor {
	t.Helper()
	store, err := payment.NewMemoryIdempotency(24 * time.Hour)
	require.NoError(t, err)
	return &payment.Processor{Routes: map[string][]payment.Provider{"card": providers}, Idempotency: store}
}

func pay(key string) payment.PayRequest {
	return payment.PayRequest{Method: "card", Key: key, At: t0}
}

func TestFailoverOnTechnicalFailureOnly(t *testing.T) {
	ctx := context.Background()
	down := cards("a")
	down.authorize = func(payment.AuthorizeRequest) (payment.Observation, error) {
		return payment.Observation{}, &payment.Transient{Err: context.DeadlineExceeded}
	}
	up := cards("b")
	in := intent(t, "80.00", payment.CaptureAutomatic)
	require.NoError(t, processor(t, down, up).Pay(ctx, in, pay("order-42:pay:1")))
	assert.Equal(t, payment.Succeeded, in.Status())
	require.Len(t, in.Attempts, 2)
	assert.Equal(t, "a", in.Attempts[0].Provider)
	assert.Contains(t, in.Attempts[0].Failure, "deadline")
	assert.Equal(t, "b", in.Attempts[1].Provider)

	// A decline is the buyer's answer: no other provider is tried.
	refusing, spare := cards("a"), cards("b")
	refusing.authorize = func(payment.AuthorizeRequest) (payment.Observation, error) {
		return payment.Observation{}, &payment.Declined{Code: "insufficient_funds", Retryable: true}
	}
	in = intent(t, "80.00", payment.CaptureAutomatic)
	err := processor(t, refusing, spare).Pay(ctx, in, pay("order-43:pay:1"))
	var d *payment.Declined
	require.ErrorAs(t, err, &d)
	assert.True(t, d.Retryable)
	assert.Equal(t, int32(0), spare.calls.Load())
	assert.Equal(t, payment.RequiresPaymentMethod, in.Status())

	// 3-D Secure is never retried elsewhere.
	asking, spare := cards("a"), cards("b")
	asking.authorize = func(r payment.AuthorizeRequest) (payment.Observation, error) {
		return payment.Observation{PSPReference: "a_pay_7", Status: payment.RequiresAction},
			&payment.AuthenticationRequired{Action: payment.NextAction{Kind: payment.ActionThreeDS, URL: "https://acs.example/3ds/7"}}
	}
	in = intent(t, "80.00", payment.CaptureAutomatic)
	require.NoError(t, processor(t, asking, spare).Pay(ctx, in, pay("order-44:pay:1")))
	assert.Equal(t, payment.RequiresAction, in.Status())
	assert.Equal(t, "https://acs.example/3ds/7", in.Attempts[0].NextAction.URL)
	assert.Equal(t, int32(0), spare.calls.Load())

	// Every provider down: a transient error, the intent still waiting.
	in = intent(t, "80.00", payment.CaptureAutomatic)
	err = processor(t, down, down).Pay(ctx, in, pay("order-45:pay:1"))
	assert.ErrorIs(t, err, payment.ErrTransient)
	assert.Equal(t, payment.RequiresPaymentMethod, in.Status())
	_, err = processor(t).Routes["iban"], processor(t).Pay(ctx, intent(t, "1.00", payment.CaptureAutomatic), payment.PayRequest{Method: "iban", Key: "k", At: t0})
	assert.ErrorIs(t, err, payment.ErrNoProvider)
}

func TestIdempotentCalls(t *testing.T) {
	ctx := context.Background()
	psp := cards("psp")
	p := processor(t, psp)
	in := intent(t, "100.00", payment.CaptureManual)
	require.NoError(t, p.Pay(ctx, in, pay("order-42:pay:1")))
	require.NoError(t, p.Pay(ctx, in, pay("order-42:pay:1")), "a replay")
	assert.Equal(t, int32(1), psp.calls.Load())

	require.NoError(t, p.Capture(ctx, in, eur(t, "40.00"), "order-42:capture:1", t0))
	// A retry after a timeout reuses its key: the first result, no second capture.
	require.NoError(t, p.Capture(ctx, in, eur(t, "40.00"), "order-42:capture:1", t0))
	assert.Equal(t, "40.00 EUR", psp.captured.String())
	assert.Equal(t, "40.00 EUR", in.Totals().Captured.String())
	// The same key with other parameters is an error.
	err := p.Capture(ctx, in, eur(t, "50.00"), "order-42:capture:1", t0)
	assert.ErrorIs(t, err, payment.ErrIdempotencyConflict)

	require.NoError(t, p.Capture(ctx, in, eur(t, "60.00"), "order-42:capture:2", t0))
	assert.Equal(t, payment.Succeeded, in.Status())
	err = p.Capture(ctx, in, eur(t, "0.01"), "order-42:capture:3", t0)
	assert.ErrorIs(t, err, payment.ErrIllegalTransition, "nothing left to capture")
}

func TestCaptureAndRefundLimits(t *testing.T) {
	ctx := context.Background()
	psp := cards("psp")
	p := processor(t, psp)
	in := intent(t, "100.00", payment.CaptureManual)
	require.NoError(t, p.Pay(ctx, in, pay("o:pay")))
	assert.ErrorIs(t, p.Capture(ctx, in, eur(t, "100.01"), "o:cap:x", t0), payment.ErrInvalidAmount)
	assert.ErrorIs(t, p.Capture(ctx, in, eur(t, "-1.00"), "o:cap:y", t0), payment.ErrInvalidAmount)
	require.NoError(t, p.Capture(ctx, in, eur(t, "70.00"), "o:cap:1", t0))

	assert.ErrorIs(t, p.Refund(ctx, in, eur(t, "70.01"), "o:refund:x", t0), payment.ErrInvalidAmount)
	require.NoError(t, p.Refund(ctx, in, eur(t, "50.00"), "o:refund:1", t0))
	assert.Equal(t, "20.00 EUR", in.Refundable().String(), "a pending refund counts")
	assert.ErrorIs(t, p.Refund(ctx, in, eur(t, "20.01"), "o:refund:2", t0), payment.ErrInvalidAmount)
	require.NoError(t, p.Refund(ctx, in, eur(t, "50.00"), "o:refund:1", t0), "a replayed refund")
	assert.Len(t, in.Refunds, 1)

	// The refund succeeds through a webhook.
	out, err := p.Handle(ctx, in, payment.Event{Provider: "psp", ID: "evt_1", Observation: payment.Observation{
		PSPReference: in.Attempts[0].PSPReference, Status: payment.PartiallyCaptured, Authorized: eur(t, "100.00"), Captured: eur(t, "70.00"),
		Refunds: []payment.RefundObservation{{RefundID: "o:refund:1", Amount: eur(t, "50.00"), Status: payment.RefundSucceeded}}}}, nil, t0)
	require.NoError(t, err)
	assert.Equal(t, payment.Applied, out)
	assert.Equal(t, "50.00 EUR", in.Totals().Refunded.String())
	assert.Equal(t, payment.RefundSucceeded, in.Refunds[0].Status)

	// Capabilities are honoured.
	strict := &stub{name: "strict", caps: payment.Capabilities{Methods: []string{"card"}, ManualCapture: true}}
	in = intent(t, "100.00", payment.CaptureManual)
	p = processor(t, strict)
	require.NoError(t, p.Pay(ctx, in, pay("s:pay")))
	assert.ErrorIs(t, p.Capture(ctx, in, eur(t, "10.00"), "s:cap", t0), payment.ErrUnsupported)
	noManual := &stub{name: "auto", caps: payment.Capabilities{Methods: []string{"card"}}}
	err = processor(t, noManual).Pay(ctx, intent(t, "5.00", payment.CaptureManual), pay("m:pay"))
	assert.ErrorIs(t, err, payment.ErrUnsupported)
}

type seen struct {
	mu   sync.Mutex
	keys map[string]bool
}

func (s *seen) Seen(key string, _ time.Time) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	dup := s.keys[key]
	s.keys[key] = true
	return dup
}

func (s *seen) Forget(key string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.keys, key)
}

func TestWebhooks(t *testing.T) {
	ctx := context.Background()
	psp := cards("psp")
	psp.authorize = func(r payment.AuthorizeRequest) (payment.Observation, error) {
		return payment.Observation{PSPReference: "psp_pay_1", Status: payment.Processing}, nil // a bank debit
	}
	p := processor(t, psp)
	in := intent(t, "30.00", payment.CaptureAutomatic)
	require.NoError(t, p.Pay(ctx, in, pay("d:pay")))
	assert.Equal(t, payment.Processing, in.Status())
	dedup := &seen{keys: map[string]bool{}}
	done := payment.Event{Provider: "psp", ID: "evt_2", Observation: payment.Observation{PSPReference: "psp_pay_1", Status: payment.Succeeded, Authorized: eur(t, "30.00"), Captured: eur(t, "30.00")}}
	out, err := p.Handle(ctx, in, done, dedup, t0)
	require.NoError(t, err)
	assert.Equal(t, payment.Applied, out)
	out, err = p.Handle(ctx, in, done, dedup, t0)
	require.NoError(t, err)
	assert.Equal(t, payment.Duplicate, out)
	late := payment.Event{Provider: "psp", ID: "evt_1", Observation: payment.Observation{PSPReference: "psp_pay_1", Status: payment.Processing}}
	out, err = p.Handle(ctx, in, late, dedup, t0)
	require.NoError(t, err)
	assert.Equal(t, payment.Stale, out)
	assert.Equal(t, payment.Succeeded, in.Status())

	// An event that contradicts the record: the provider's status wins.
	psp.status = payment.Observation{PSPReference: "psp_pay_1", Status: payment.Succeeded, Authorized: eur(t, "30.00"), Captured: eur(t, "30.00")}
	odd := payment.Event{Provider: "psp", ID: "evt_3", Observation: payment.Observation{PSPReference: "psp_pay_1", Status: payment.Canceled}}
	before := psp.calls.Load()
	out, err = p.Handle(ctx, in, odd, dedup, t0)
	require.NoError(t, err)
	assert.Equal(t, payment.Applied, out)
	assert.Equal(t, before+1, psp.calls.Load(), "the status was fetched")
	assert.Equal(t, payment.Succeeded, in.Status())
}

func TestMemoryIdempotency(t *testing.T) {
	ctx := context.Background()
	_, err := payment.NewMemoryIdempotency(0)
	assert.ErrorIs(t, err, payment.ErrInvalidRequest)
	m, err := payment.NewMemoryIdempotency(time.Hour)
	require.NoError(t, err)
	r, err := m.Begin(ctx, "k", "fp", t0)
	require.NoError(t, err)
	assert.Nil(t, r)
	_, err = m.Begin(ctx, "k", "fp", t0)
	assert.ErrorIs(t, err, payment.ErrInProgress)
	require.NoError(t, m.Complete(ctx, "k", payment.Result{Observation: payment.Observation{PSPReference: "x"}}, t0))
	r, err = m.Begin(ctx, "k", "fp", t0.Add(time.Minute))
	require.NoError(t, err)
	assert.Equal(t, "x", r.Observation.PSPReference)
	_, err = m.Begin(ctx, "k", "other", t0)
	assert.ErrorIs(t, err, payment.ErrIdempotencyConflict)
	r, err = m.Begin(ctx, "k", "other", t0.Add(time.Hour))
	require.NoError(t, err)
	assert.Nil(t, r, "expired keys are new again")
	require.NoError(t, m.Abandon(ctx, "k"))
	_, err = m.Begin(ctx, "", "fp", t0)
	assert.ErrorIs(t, err, payment.ErrInvalidRequest)
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	_, err = m.Begin(cancelled, "z", "fp", t0)
	assert.ErrorIs(t, err, context.Canceled)

	// Of many concurrent claims of one key, exactly one wins.
	var claimed atomic.Int32
	var wg sync.WaitGroup
	for i := range 64 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r, err := m.Begin(ctx, "race", "fp", t0)
			if err == nil && r == nil {
				claimed.Add(1)
			} else if err != nil && !errors.Is(err, payment.ErrInProgress) {
				t.Error(fmt.Sprint(i, err))
			}
		}()
	}
	wg.Wait()
	assert.Equal(t, int32(1), claimed.Load())
}
