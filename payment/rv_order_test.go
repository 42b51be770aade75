package payment_test

import (
	"testing"

	"github.com/comptoir/comptoir/payment"
	"github.com/comptoir/comptoir/payment/paymenttest"
)

// F2: requires_payment_method -> anything is "legal", so events of a
// failed attempt delivered out of order resurrect it.
func TestFailedThreeDSOutOfOrder(t *testing.T) {
	a := rvPSP(t, "stripe", paymenttest.Config{})
	_ = a.Script(paymenttest.OpAuthorize, paymenttest.RequireThreeDS{})
	p := rvProc(t, a)
	in := rvIntent(t, 5000, payment.CaptureAutomatic)
	if err := p.Pay(rvCtx, in, rvPayReq("card", "o:pay:1")); err != nil {
		t.Fatal(err)
	}
	_ = a.CompleteThreeDS("stripe_pay_1", false, rvT0.Add(60e9))
	ws := a.Drain()
	d := rvNewDedup()
	for _, w := range paymenttest.Reverse(ws) {
		out, err := p.Handle(rvCtx, in, w.Event, d, w.At)
		t.Logf("%s: %v %v -> %s", w.Type, out, err, in.Status())
	}
	prov, _ := a.Payment("stripe_pay_1")
	if in.Status() != payment.RequiresPaymentMethod {
		t.Errorf("status %s, PSP says %s: the buyer cannot retry (Pay refuses)", in.Status(), prov.Status)
	}
	err := p.Pay(rvCtx, in, rvPayReq("card", "o:pay:2"))
	t.Logf("retry Pay: %v", err)
}
