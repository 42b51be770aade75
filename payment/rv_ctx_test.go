package payment_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/comptoir/comptoir/payment"
	"github.com/comptoir/comptoir/payment/paymenttest"
)

// slow is a provider whose Capture answer arrives after the caller's
// deadline: the PSP captured, the client timed out.
type slow struct {
	*paymenttest.Provider
	cancel context.CancelFunc
}

func (s slow) Capture(rvCtx context.Context, r payment.CaptureRequest) (payment.Observation, error) {
	obs, err := s.Provider.Capture(rvCtx, r)
	if s.cancel != nil {
		s.cancel()
		return payment.Observation{}, &payment.Transient{Err: rvCtx.Err()}
	}
	return obs, err
}

// F3: a call that times out on its context cannot abandon its claim
// (MemoryIdempotency.Abandon returns rvCtx.Err() first): every retry with the
// same key is ErrInProgress until the TTL (24 h) runs out.
func TestTimeoutRetryStuckInProgress2(t *testing.T) {
	inner := rvPSP(t, "a", paymenttest.Config{})
	cctx, cancel := context.WithCancel(rvCtx)
	s := &slow{Provider: inner}
	p := rvProc(t, s)
	in := rvIntent(t, 10000, payment.CaptureManual)
	must(t, p.Pay(rvCtx, in, rvPayReq("card", "o:pay:1")))
	s.cancel = cancel
	err := p.Capture(cctx, in, rvEUR(10000), "o:capture:1", rvT0)
	t.Logf("capture, deadline hit: %v (Is ErrTransient %v)", err, errors.Is(err, payment.ErrTransient))
	s.cancel = nil
	for _, d := range []time.Duration{time.Minute, 23 * time.Hour} {
		err = p.Capture(rvCtx, in, rvEUR(10000), "o:capture:1", rvT0.Add(d))
		if err != nil {
			t.Errorf("retry after %v with the same key: %v", d, err)
		}
	}
	t.Logf("PSP captured %v; intent captured %v, status %s", inner.Captured("a_pay_1"), in.Totals().Captured, in.Status())
}
