package payment_test

import (
	"testing"

	"github.com/comptoir/comptoir/payment"
	"github.com/comptoir/comptoir/payment/paymenttest"
)

// F22: Sync's forced path keeps a local release that never happened.
func TestSyncKeepsPhantomRelease(t *testing.T) {
	a := rvPSP(t, "stripe", paymenttest.Config{})
	p := rvProc(t, a)
	in := rvIntent(t, 10000, payment.CaptureManual)
	must(t, p.Pay(rvCtx, in, rvPayReq("card", "o:pay:1")))
	a.Drain()
	other := *in
	other.Attempts = append([]payment.Attempt(nil), in.Attempts...)
	other.Ledger = append([]payment.Entry(nil), in.Ledger...)
	must(t, p.Capture(rvCtx, &other, rvEUR(10000), "o:capture:1", rvT0.Add(6*24*3600e9)))
	_, _ = in.Expire(rvT0.Add(8 * 24 * 3600e9))
	for _, w := range a.Drain() {
		_, _ = p.Handle(rvCtx, in, w.Event, rvNewDedup(), w.At)
	}
	tot := in.Totals()
	prov, _ := a.Payment("stripe_pay_1")
	if tot.Released != prov.Released {
		t.Errorf("after Sync: intent %s auth %v captured %v released %v; PSP released %v", in.Status(), tot.Authorized, tot.Captured, tot.Released, prov.Released)
	}
}

// F23: the decline answer's payment reference is dropped.
func TestDeclineDropsReference(t *testing.T) {
	a := rvPSP(t, "a", paymenttest.Config{})
	_ = a.Script(paymenttest.OpAuthorize, paymenttest.Decline{Code: "x"})
	p := rvProc(t, a)
	in := rvIntent(t, 100, payment.CaptureAutomatic)
	_ = p.Pay(rvCtx, in, rvPayReq("card", "k"))
	if in.Attempts[0].PSPReference == "" {
		t.Errorf("declined attempt has no PSP reference; PSP made %s", a.Payments()[0].PSPReference)
	}
}

// F24: an intent waiting for 3-D Secure cannot be canceled.
func TestCannotCancelRequiresAction(t *testing.T) {
	a := rvPSP(t, "a", paymenttest.Config{})
	_ = a.Script(paymenttest.OpAuthorize, paymenttest.RequireThreeDS{})
	p := rvProc(t, a)
	in := rvIntent(t, 100, payment.CaptureAutomatic)
	must(t, p.Pay(rvCtx, in, rvPayReq("card", "k")))
	if err := p.Void(rvCtx, in, "k:void", rvT0); err != nil {
		t.Errorf("Void of a requires_action intent (the PSP supports it): %v", err)
	}
}
