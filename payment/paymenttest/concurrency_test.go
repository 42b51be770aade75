package paymenttest_test

import (
	"fmt"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/payment"
	"github.com/comptoir/comptoir/payment/paymenttest"
)

func TestConcurrentSameKeyMakesOnePayment(t *testing.T) {
	p := newProvider(t, "psp", paymenttest.Config{})
	const n = 64
	refs := make([]string, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			obs, err := p.Authorize(ctx, authReq(t, "order-42:pay:1", 1000, payment.CaptureAutomatic))
			assert.NoError(t, err)
			refs[i] = obs.PSPReference
			_ = p.Webhooks()
			_, _ = p.Status(ctx, obs.PSPReference)
		}()
	}
	wg.Wait()
	assert.Len(t, p.Payments(), 1)
	for _, r := range refs {
		assert.Equal(t, "psp_pay_1", r)
	}
	assert.Equal(t, n, p.Calls(paymenttest.OpAuthorize))
}

func TestConcurrentCapturesNeverExceedTheAuthorisation(t *testing.T) {
	p := newProvider(t, "psp", paymenttest.Config{})
	ref := authorized(t, p, "a", 5000)
	const n = 100
	var (
		wg sync.WaitGroup
		mu sync.Mutex
		ok int
	)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := p.Capture(ctx, payment.CaptureRequest{IdempotencyKey: fmt.Sprintf("cap-%d", i), PSPReference: ref, Amount: eur(t, 100)})
			if err == nil {
				mu.Lock()
				ok++
				mu.Unlock()
				return
			}
			var rerr *paymenttest.RequestError
			assert.ErrorAs(t, err, &rerr)
			_ = p.Drain()
		}()
	}
	wg.Wait()
	assert.Equal(t, 50, ok)
	assert.Equal(t, eur(t, 5000), p.Captured(ref))
	obs, _ := p.Payment(ref)
	assert.Equal(t, payment.Succeeded, obs.Status)
}

func TestConcurrentScriptsAndRefunds(t *testing.T) {
	p := newProvider(t, "psp", paymenttest.Config{Refunds: paymenttest.RefundsManual})
	obs, err := p.Authorize(ctx, authReq(t, "a", 1000, payment.CaptureAutomatic))
	require.NoError(t, err)
	var wg sync.WaitGroup
	for i := range 40 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i%2 == 0 {
				assert.NoError(t, p.Script(paymenttest.OpRefund, paymenttest.Succeed{}))
			}
			ro, err := p.Refund(ctx, payment.RefundRequest{IdempotencyKey: fmt.Sprintf("r-%d", i), PSPReference: obs.PSPReference, Amount: eur(t, 50)})
			if err == nil {
				assert.NoError(t, p.SettleRefund(ro.PSPReference, true, t0))
			}
			_ = p.Requests()
		}()
	}
	wg.Wait()
	assert.Equal(t, eur(t, 1000), p.Refunded(obs.PSPReference), "20 refunds of 0.50 fit, no more")
}
