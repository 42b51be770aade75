package payment_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/comptoir/comptoir/payment"
	"github.com/comptoir/comptoir/payment/paymenttest"
)

// F3: a call that failed because its context expired cannot abandon its
// claim (Abandon checks rvCtx first): the key is "in progress" for the TTL.
func TestTimeoutRetryStuckInProgress(t *testing.T) {
	a := rvPSP(t, "a", paymenttest.Config{})
	p := rvProc(t, a)
	in := rvIntent(t, 10000, payment.CaptureManual)
	if err := p.Pay(rvCtx, in, rvPayReq("card", "o:pay:1")); err != nil {
		t.Fatal(err)
	}
	dead, cancel := context.WithTimeout(rvCtx, time.Nanosecond)
	defer cancel()
	time.Sleep(time.Millisecond)
	err := p.Capture(dead, in, rvEUR(10000), "o:capture:1", rvT0)
	t.Logf("capture with an expired rvCtx: %v (Is ErrTransient: %v)", err, errors.Is(err, payment.ErrTransient))
	err = p.Capture(rvCtx, in, rvEUR(10000), "o:capture:1", rvT0.Add(time.Minute))
	if err != nil {
		t.Errorf("retry with the same key after the timeout: %v", err)
	}
	err = p.Capture(rvCtx, in, rvEUR(10000), "o:capture:1", rvT0.Add(23*time.Hour))
	t.Logf("23h later: %v", err)

	// Pay: the same; and the stuck key stops failover too.
	in2 := rvIntent(t, 10000, payment.CaptureAutomatic)
	in2.ID[15]++
	err = p.Pay(dead, in2, rvPayReq("card", "o2:pay:1"))
	t.Logf("Pay with an expired rvCtx: %v", err)
	err = p.Pay(rvCtx, in2, rvPayReq("card", "o2:pay:1"))
	if err != nil {
		t.Errorf("Pay retry with the same key: %v", err)
	}
}

// F4: Capture/Void replays are checked against the current state before
// the idempotency store: a replay does not return the first result.
func TestCaptureVoidReplayAfterProgress(t *testing.T) {
	a := rvPSP(t, "a", paymenttest.Config{})
	p := rvProc(t, a)
	in := rvIntent(t, 10000, payment.CaptureManual)
	_ = p.Pay(rvCtx, in, rvPayReq("card", "o:pay:1"))
	must(t, p.Capture(rvCtx, in, rvEUR(6000), "o:capture:1", rvT0))
	must(t, p.Capture(rvCtx, in, rvEUR(3000), "o:capture:2", rvT0))
	if err := p.Capture(rvCtx, in, rvEUR(6000), "o:capture:1", rvT0); err != nil {
		t.Errorf("replay of capture:1: %v", err)
	}
	must(t, p.Void(rvCtx, in, "o:void", rvT0))
	if err := p.Void(rvCtx, in, "o:void", rvT0); err != nil {
		t.Errorf("replay of void: %v", err)
	}
	if err := p.Capture(rvCtx, in, rvEUR(3000), "o:capture:2", rvT0); err != nil {
		t.Errorf("replay of capture:2 after the void: %v", err)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// F5: Pay's replay detection looks at attempt keys by prefix and ignores the
// request's parameters.
func TestPayReplayByPrefix(t *testing.T) {
	a := rvPSP(t, "a", paymenttest.Config{})
	p := rvProc(t, a)
	in := rvIntent(t, 10000, payment.CaptureAutomatic)
	must(t, p.Pay(rvCtx, in, rvPayReq("card", "o:pay:1")))
	err := p.Pay(rvCtx, in, rvPayReq("sepa_direct_debit", "o:pay:1"))
	if !errors.Is(err, payment.ErrIdempotencyConflict) {
		t.Errorf("same key, other method: %v, want ErrIdempotencyConflict", err)
	}
	err = p.Pay(rvCtx, in, payment.PayRequest{Method: "card", Key: "o", At: rvT0})
	if err == nil {
		t.Errorf("a different key %q is taken as a replay of %q (nil, nothing done)", "o", in.Attempts[0].Key)
	}
}

// F6: replaying a declined Pay re-calls the providers that failed
// technically the first time: the "replay" can take the payment.
func TestPayReplayAfterDeclineMovesMoney(t *testing.T) {
	a := rvPSP(t, "a", paymenttest.Config{})
	b := rvPSP(t, "b", paymenttest.Config{})
	_ = a.Script(paymenttest.OpAuthorize, paymenttest.Timeout{})
	_ = b.Script(paymenttest.OpAuthorize, paymenttest.Decline{Code: "card_declined"})
	p := rvProc(t, a, b)
	in := rvIntent(t, 10000, payment.CaptureAutomatic)
	err := p.Pay(rvCtx, in, rvPayReq("card", "o:pay:1"))
	t.Logf("first: %v", err)
	err = p.Pay(rvCtx, in, rvPayReq("card", "o:pay:1")) // the client retries the same request
	t.Logf("replay: %v, status %s, a captured %v, attempts %d", err, in.Status(), a.Captured("a_pay_1"), len(in.Attempts))
	var d *payment.Declined
	if !errors.As(err, &d) {
		t.Errorf("replay of a declined Pay returned %v, want the first result (the decline)", err)
	}
}

// F7: a refund replayed with another amount is accepted silently.
func TestRefundKeyReuseOtherAmount(t *testing.T) {
	a := rvPSP(t, "a", paymenttest.Config{})
	p := rvProc(t, a)
	in := rvIntent(t, 10000, payment.CaptureAutomatic)
	must(t, p.Pay(rvCtx, in, rvPayReq("card", "o:pay:1")))
	must(t, p.Refund(rvCtx, in, rvEUR(5000), "o:refund:1", rvT0))
	err := p.Refund(rvCtx, in, rvEUR(2000), "o:refund:1", rvT0)
	if !errors.Is(err, payment.ErrIdempotencyConflict) {
		t.Errorf("same refund key, other amount: %v, want ErrIdempotencyConflict", err)
	}
}

// F8: ReturnURL is not part of Pay's fingerprint.
func TestPayFingerprintOmitsReturnURL(t *testing.T) {
	a := rvPSP(t, "a", paymenttest.Config{})
	_ = a.Script(paymenttest.OpAuthorize, paymenttest.Timeout{LostResponse: true, Recorded: paymenttest.RequireThreeDS{}})
	store, _ := payment.NewMemoryIdempotency(time.Hour)
	p := &payment.Processor{Routes: map[string][]payment.Provider{"card": {a}}, Idempotency: store}
	in := rvIntent(t, 10000, payment.CaptureAutomatic)
	r := rvPayReq("card", "o:pay:1")
	r.ReturnURL = "https://shop.example/a"
	_ = p.Pay(rvCtx, in, r)
	r.ReturnURL = "https://shop.example/b"
	err := p.Pay(rvCtx, in, r)
	if !errors.Is(err, payment.ErrIdempotencyConflict) {
		t.Errorf("the same key with another return URL: %v, want ErrIdempotencyConflict", err)
	}
}
