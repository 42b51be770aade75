package payment_test

import (
	"testing"

	"github.com/comptoir/comptoir/payment"
	"github.com/comptoir/comptoir/payment/paymenttest"
)

// F1: a late webhook about a declined attempt is adopted: it resets the
// intent's Phase to requires_payment_method while a SEPA debit is in
// flight, so the shop can take a second payment; and the adopted (failed)
// payment becomes the one every later money call targets.
func TestLateDeclineWebhookReopensIntent(t *testing.T) {
	a := rvPSP(t, "stripe", paymenttest.Config{})
	_ = a.Script(paymenttest.OpAuthorize, paymenttest.Decline{Code: "card_declined"}, paymenttest.Async{})
	p := rvProc(t, a)
	in := rvIntent(t, 5000, payment.CaptureAutomatic)
	if err := p.Pay(rvCtx, in, rvPayReq("card", "o:pay:1")); err == nil {
		t.Fatal("want decline")
	}
	t.Logf("declined attempt PSPReference=%q (PSP created %q)", in.Attempts[0].PSPReference, a.Payments()[0].PSPReference)
	declineHooks := a.Drain() // delivered late
	if err := p.Pay(rvCtx, in, rvPayReq("sepa_direct_debit", "o:pay:2")); err != nil {
		t.Fatal(err)
	}
	if in.Status() != payment.Processing {
		t.Fatalf("status %s", in.Status())
	}
	a.Drain()
	for _, w := range declineHooks {
		out, err := p.Handle(rvCtx, in, w.Event, rvNewDedup(), w.At)
		t.Logf("late decline webhook: %v %v", out, err)
	}
	if st := in.Status(); st != payment.Processing {
		t.Errorf("after a late webhook about the old declined payment: status %s, want processing", st)
	}
	// The shop lets the buyer pay again: a second payment.
	err := p.Pay(rvCtx, in, rvPayReq("card", "o:pay:3"))
	t.Logf("third Pay: err=%v status=%s", err, in.Status())
	_ = a.Settle("stripe_pay_2", true, rvT0.Add(72*3600e9))
	for _, w := range a.Drain() {
		if _, err := p.Handle(rvCtx, in, w.Event, rvNewDedup(), w.At); err != nil {
			t.Log("handle:", err)
		}
	}
	var total int64
	for _, o := range a.Payments() {
		total += o.Captured.Minor()
	}
	if total > 5000 {
		t.Errorf("PSP captured %d cents for a 50.00 order", total)
	}
}

// F1b: after adopting a stray failed payment, Capture targets it.
func TestAdoptedFailedPaymentHijacksCapture(t *testing.T) {
	a := rvPSP(t, "a", paymenttest.Config{})
	b := rvPSP(t, "b", paymenttest.Config{})
	// a declines but the response is lost: failover to b, which authorises.
	_ = a.Script(paymenttest.OpAuthorize, paymenttest.Timeout{LostResponse: true, Recorded: paymenttest.Decline{Code: "do_not_honor"}})
	p := rvProc(t, a, b)
	in := rvIntent(t, 10000, payment.CaptureManual)
	if err := p.Pay(rvCtx, in, rvPayReq("card", "o:pay:1")); err != nil {
		t.Fatal(err)
	}
	for _, w := range a.Drain() { // a's payment_failed webhook
		out, err := p.Handle(rvCtx, in, w.Event, rvNewDedup(), w.At)
		t.Logf("a's webhook: %v %v; status %s", out, err, in.Status())
	}
	err := p.Capture(rvCtx, in, rvEUR(10000), "o:capture:1", rvT0)
	if err != nil {
		t.Errorf("capture of the authorised b payment: %v (b captured %v, a calls %d)", err, b.Captured("b_pay_1"), a.Calls(paymenttest.OpCapture))
	}
}
