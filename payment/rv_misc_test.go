package payment_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/comptoir/comptoir/payment"
	"github.com/comptoir/comptoir/payment/paymenttest"
)

// F15: Overcharge ignores refunds: it keeps reporting an excess already
// refunded, with the same candidate.
func TestOverchargeNeverClears(t *testing.T) {
	in := rvIntent(t, 10000, payment.CaptureAutomatic)
	rvWithAttempt(in, "pay_1")
	_, _ = in.Observe(payment.Observation{PSPReference: "pay_1", Status: payment.Succeeded, Authorized: rvEUR(20000), Captured: rvEUR(20000)})
	_, cand, _ := in.Overcharge()
	in.Refunds = append(in.Refunds, payment.Refund{ID: "fix", PSPReference: "re_1", Amount: cand.Amount, Status: payment.RefundPending})
	_, _ = in.Observe(payment.Observation{PSPReference: "pay_1", Status: payment.Succeeded, Refunds: []payment.RefundObservation{{RefundID: "fix", Amount: cand.Amount, Status: payment.RefundSucceeded}}})
	if ex, _, ok := in.Overcharge(); ok {
		t.Errorf("after refunding the 100.00 excess, Overcharge still reports %v (refunded %v)", ex, in.Totals().Refunded)
	}
}

// F16: Handle with an empty event id dedups every event of the provider
// under "provider:".
func TestHandleEmptyEventID(t *testing.T) {
	a := rvPSP(t, "mollie", paymenttest.Config{Scheme: paymenttest.MollieClassic})
	_ = a.Script(paymenttest.OpAuthorize, paymenttest.Async{})
	p := rvProc(t, a)
	in := rvIntent(t, 5000, payment.CaptureAutomatic)
	must(t, p.Pay(rvCtx, in, rvPayReq("sepa_direct_debit", "o:pay:1")))
	d := rvNewDedup()
	// A classic Mollie webhook has no event id: the handler fetches the payment.
	obs, _ := a.Payment("mollie_pay_1")
	out, err := p.Handle(rvCtx, in, payment.Event{Provider: "mollie", Observation: obs}, d, rvT0)
	t.Logf("first: %v %v", out, err)
	_ = a.Settle("mollie_pay_1", true, rvT0.Add(time.Hour))
	obs, _ = a.Payment("mollie_pay_1")
	out, err = p.Handle(rvCtx, in, payment.Event{Provider: "mollie", Observation: obs}, d, rvT0)
	if in.Status() != payment.Succeeded {
		t.Errorf("the payment.paid notification was dropped as %v (%v): status %s", out, err, in.Status())
	}
}

// F17: a refund that fails after succeeding (Stripe) is refused, Handle
// Syncs, the Sync swallows the same error, and Handle says Applied.
func TestRefundSucceededThenFailed(t *testing.T) {
	a := rvPSP(t, "stripe", paymenttest.Config{Refunds: paymenttest.RefundsSync})
	p := rvProc(t, a)
	in := rvIntent(t, 10000, payment.CaptureAutomatic)
	must(t, p.Pay(rvCtx, in, rvPayReq("card", "o:pay:1")))
	must(t, p.Refund(rvCtx, in, rvEUR(4000), "o:refund:1", rvT0))
	obs, _ := a.Payment("stripe_pay_1")
	obs.Refunds[0].Status = payment.RefundFailed // the bank returned the refund
	out, err := p.Handle(rvCtx, in, payment.Event{Provider: "stripe", ID: "evt_x", Observation: obs}, rvNewDedup(), rvT0)
	t.Logf("Handle: %v %v; refund %s; refundable %v", out, err, in.Refunds[0].Status, in.Refundable())
	if out == payment.Applied && in.Refunds[0].Status != payment.RefundFailed {
		t.Errorf("Handle reports Applied but applied nothing")
	}
}

// F19: panics on nil / zero inputs.
func TestPanics(t *testing.T) {
	try := func(name string, f func()) {
		defer func() {
			if r := recover(); r != nil {
				t.Errorf("%s panics: %v", name, r)
			}
		}()
		f()
	}
	p := rvProc(t, rvPSP(t, "a", paymenttest.Config{}))
	try("Pay(nil intent)", func() { _ = p.Pay(rvCtx, nil, rvPayReq("card", "k")) })
	try("Capture(nil intent)", func() { _ = p.Capture(rvCtx, nil, rvEUR(1), "k", rvT0) })
	try("Handle(nil intent)", func() { _, _ = p.Handle(rvCtx, nil, payment.Event{}, nil, rvT0) })
	try("(*Processor)(nil).Pay", func() {
		var np *payment.Processor
		_ = np.Pay(rvCtx, rvIntent(t, 100, payment.CaptureAutomatic), rvPayReq("card", "k"))
	})
	try("nil provider in Routes", func() {
		np := &payment.Processor{Routes: map[string][]payment.Provider{"card": {nil}}, Idempotency: p.Idempotency}
		_ = np.Pay(rvCtx, rvIntent(t, 100, payment.CaptureAutomatic), rvPayReq("card", "k2"))
	})
	try("(&Transient{}).Error()", func() { _ = (&payment.Transient{}).Error() })
	try("typed-nil *AuthenticationRequired from a provider", func() {
		np := &payment.Processor{Routes: map[string][]payment.Provider{"card": {nilAuth{p.Routes["card"][0]}}}, Idempotency: p.Idempotency}
		_ = np.Pay(rvCtx, rvIntent(t, 100, payment.CaptureAutomatic), rvPayReq("card", "k3"))
	})
	try("(*Intent)(nil).Status()", func() { var in *payment.Intent; _ = in.Status() })
}

type nilAuth struct{ payment.Provider }

func (nilAuth) Authorize(context.Context, payment.AuthorizeRequest) (payment.Observation, error) {
	var a *payment.AuthenticationRequired
	return payment.Observation{PSPReference: "x_1"}, a
}

// F20: a nil Idempotency store is a configuration error, reported as a
// transient provider failure after recording a failed attempt per provider.
func TestMemoryStoreSweepsExpiredKeys(t *testing.T) {
	m, _ := payment.NewMemoryIdempotency(time.Millisecond)
	at := rvT0
	for i := range 20000 {
		at = at.Add(time.Second) // every earlier key long expired
		k := fmt.Sprint("k", i)
		_, _ = m.Begin(rvCtx, k, "fp", at)
		_ = m.Complete(rvCtx, k, payment.Result{}, at)
	}
	if n := m.Len(); n > 1 {
		t.Errorf("%d keys kept with a 1 ms TTL; expired keys must be swept", n)
	}
}
