package payment_test

import (
	"testing"

	"github.com/comptoir/comptoir/payment"
)

func authorised(t *testing.T) *payment.Intent {
	in := rvIntent(t, 10000, payment.CaptureManual)
	rvWithAttempt(in, "pay_1")
	if _, err := in.Observe(payment.Observation{PSPReference: "pay_1", Status: payment.RequiresCapture, Authorized: rvEUR(10000)}); err != nil {
		t.Fatal(err)
	}
	return in
}

// F9: contradictory observations are refused. A capture beyond what was
// authorised is not among them: the money moved (a faulty double
// capture), so it is recorded and Overcharge reports it (see
// TestOverchargeReported).
func TestObserveContradictions(t *testing.T) {
	cases := map[string]payment.Observation{
		"released after full capture": {PSPReference: "pay_1", Status: payment.Succeeded, Authorized: rvEUR(10000), Captured: rvEUR(10000), Released: rvEUR(3000)},
		"refund beyond captured":      {PSPReference: "pay_1", Status: payment.Succeeded, Authorized: rvEUR(10000), Captured: rvEUR(10000), Refunds: []payment.RefundObservation{{PSPReference: "re_9", Amount: rvEUR(40000), Status: payment.RefundSucceeded}}},
	}
	for name, obs := range cases {
		in := authorised(t)
		out, err := in.Observe(obs)
		tot := in.Totals()
		if err == nil {
			t.Errorf("%s: accepted (%v): auth %v captured %v released %v refunded %v capturable %v status %s",
				name, out, tot.Authorized, tot.Captured, tot.Released, tot.Refunded, in.Capturable(), in.Status())
		}
	}
}

// F10: the status after a void / expiry / success without the matching
// amount: the derived status ignores the observed terminal status.
func TestDerivedStatusIgnoresTerminalObservation(t *testing.T) {
	for _, st := range []payment.Status{payment.Canceled, payment.Expired, payment.Succeeded} {
		in := authorised(t)
		_, err := in.Observe(payment.Observation{PSPReference: "pay_1", Status: st, Authorized: rvEUR(10000)})
		if err != nil {
			t.Fatal(err)
		}
		if in.Status() != st {
			t.Errorf("observed %s (no Released/Captured total): attempt %s, intent %s, capturable %v", st, in.Attempts[0].Status, in.Status(), in.Capturable())
		}
	}
}

// F11: a known refund's reported amount is ignored: the ledger records the
// amount requested.
func TestKnownRefundAmountIgnored(t *testing.T) {
	in := rvIntent(t, 10000, payment.CaptureAutomatic)
	rvWithAttempt(in, "pay_1")
	_, _ = in.Observe(payment.Observation{PSPReference: "pay_1", Status: payment.Succeeded, Authorized: rvEUR(10000), Captured: rvEUR(10000)})
	in.Refunds = append(in.Refunds, payment.Refund{ID: "r1", PSPReference: "re_1", Amount: rvEUR(5000), Status: payment.RefundPending})
	_, err := in.Observe(payment.Observation{PSPReference: "pay_1", Status: payment.Succeeded, Authorized: rvEUR(10000), Captured: rvEUR(10000),
		Refunds: []payment.RefundObservation{{RefundID: "r1", PSPReference: "re_1", Amount: rvEUR(3000), Status: payment.RefundSucceeded}}})
	if err != nil || in.Totals().Refunded != rvEUR(3000) {
		t.Errorf("PSP says 30.00 refunded, ledger records %v (%v)", in.Totals().Refunded, err)
	}
}

// A capture beyond the authorisation is recorded, and capturing more is
// capped at the intent's amount.
func TestOverchargeReported(t *testing.T) {
	in := authorised(t)
	if _, err := in.Observe(payment.Observation{PSPReference: "pay_1", Status: payment.Succeeded, Authorized: rvEUR(10000), Captured: rvEUR(15000)}); err != nil {
		t.Fatal(err)
	}
	if excess, _, ok := in.Overcharge(); !ok || excess != rvEUR(5000) {
		t.Errorf("overcharge %v %v", excess, ok)
	}
	in = authorised(t)
	if _, err := in.Observe(payment.Observation{PSPReference: "pay_1", Status: payment.RequiresCapture, Authorized: rvEUR(25000)}); err != nil {
		t.Fatal(err)
	}
	if in.Capturable() != rvEUR(10000) {
		t.Errorf("capturable %v beyond the intent's amount", in.Capturable())
	}
}

// F12: a refund the PSP reports without the library's RefundID (and whose
// reference the library did not get in the answer) is adopted as a second
// refund: refunded + pending double counts.
func TestRefundAdoptedTwice(t *testing.T) {
	in := rvIntent(t, 10000, payment.CaptureAutomatic)
	rvWithAttempt(in, "pay_1")
	_, _ = in.Observe(payment.Observation{PSPReference: "pay_1", Status: payment.Succeeded, Authorized: rvEUR(10000), Captured: rvEUR(10000)})
	in.Refunds = append(in.Refunds, payment.Refund{ID: "r1", Amount: rvEUR(5000), Status: payment.RefundPending})
	_, err := in.Observe(payment.Observation{PSPReference: "pay_1", Status: payment.Succeeded, Authorized: rvEUR(10000), Captured: rvEUR(10000),
		Refunds: []payment.RefundObservation{{PSPReference: "re_1", Amount: rvEUR(5000), Status: payment.RefundSucceeded}}})
	tot := in.Totals()
	if err != nil || len(in.Refunds) != 1 || tot.Refunded != rvEUR(5000) || !tot.RefundPending.IsZero() {
		t.Errorf("one refund of 50.00 counted twice: err %v refunds %d refunded %v pending %v", err, len(in.Refunds), tot.Refunded, tot.RefundPending)
	}
}

// F13: Observe mutates the intent and then fails.
func TestObserveNotAtomic(t *testing.T) {
	in := authorised(t)
	_, err := in.Observe(payment.Observation{PSPReference: "pay_1", Status: payment.Succeeded, Authorized: rvEUR(10000), Captured: rvEUR(10000),
		Refunds: []payment.RefundObservation{{PSPReference: "re_1", Amount: rvEUR(100), Status: "bogus"}}})
	if err == nil || in.Status() != payment.RequiresCapture || !in.Totals().Captured.IsZero() {
		t.Errorf("a bad refund status must refuse the whole observation: err %v, status %s, captured %v", err, in.Status(), in.Totals().Captured)
	}
}

// F14: an observation with an empty PSP reference matches an attempt that
// never reached a provider.
func TestEmptyReferenceMatchesFailedAttempt(t *testing.T) {
	in := rvIntent(t, 10000, payment.CaptureAutomatic)
	in.Attempts = append(in.Attempts, payment.Attempt{Provider: "a", Key: "k:a", Method: "card", Status: payment.Failed, Failure: "timeout"})
	out, err := in.Observe(payment.Observation{Status: payment.Failed})
	if err == nil {
		t.Errorf("observation without a PSP reference applied to the timed-out attempt: %v", out)
	}
}
