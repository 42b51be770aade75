package payment_test

import (
	"testing"

	"github.com/comptoir/comptoir/payment"
	"github.com/comptoir/comptoir/payment/paymenttest"
)

// F25: a new NextAction (refreshed QR code, new challenge) in the same
// status is dropped as a duplicate.
func TestNextActionRefreshDropped(t *testing.T) {
	in := rvIntent(t, 100, payment.CaptureAutomatic)
	rvWithAttempt(in, "pay_1")
	_, _ = in.Observe(payment.Observation{PSPReference: "pay_1", Status: payment.RequiresAction, NextAction: &payment.NextAction{Kind: payment.ActionQRCode, Data: "qr-1"}})
	out, _ := in.Observe(payment.Observation{PSPReference: "pay_1", Status: payment.RequiresAction, NextAction: &payment.NextAction{Kind: payment.ActionQRCode, Data: "qr-2"}})
	if in.Attempts[0].NextAction.Data != "qr-2" {
		t.Errorf("refreshed QR code: %v, attempt keeps %q", out, in.Attempts[0].NextAction.Data)
	}
}

// F26: an event from provider b is applied to provider a's attempt.
func TestEventProviderNotChecked(t *testing.T) {
	a := rvPSP(t, "a", paymenttest.Config{})
	_ = a.Script(paymenttest.OpAuthorize, paymenttest.Async{})
	p := rvProc(t, a)
	in := rvIntent(t, 10000, payment.CaptureAutomatic)
	must(t, p.Pay(rvCtx, in, rvPayReq("sepa_direct_debit", "k")))
	ev := payment.Event{Provider: "b", ID: "evt_1", Observation: payment.Observation{PSPReference: "a_pay_1", Status: payment.Succeeded, Authorized: rvEUR(10000), Captured: rvEUR(10000)}}
	out, err := p.Handle(rvCtx, in, ev, rvNewDedup(), rvT0)
	if err == nil {
		t.Errorf("event from provider %q about %s's payment: %v, status %s", ev.Provider, in.Attempts[0].Provider, out, in.Status())
	}
}
