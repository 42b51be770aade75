package paymenttest_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/payment"
	"github.com/comptoir/comptoir/payment/paymenttest"
	"github.com/comptoir/comptoir/payment/webhook"
)

// FuzzProvider runs random sequences of calls and checks what a PSP must
// never do: capture more than authorised, refund more than captured,
// report amounts that contradict the status, or send a webhook its
// verifier rejects.
func FuzzProvider(f *testing.F) {
	f.Add([]byte{0xff, 0, 1, 10, 1, 0, 20, 3, 0, 5})
	f.Add([]byte{0x0f, 0, 0, 2, 0, 0, 0, 4, 0, 1, 3, 0, 9, 6, 0, 1})
	f.Add([]byte{0x3e, 0, 1, 3, 5, 0, 1, 0, 0, 4, 7, 200, 0, 1, 0, 0, 2, 0, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) == 0 {
			return
		}
		if len(data) > 301 {
			data = data[:301] // 100 steps: each checks every payment
		}
		p := fuzzProvider(t, data[0])
		var keys []string
		for i := 1; i+2 < len(data); i += 3 {
			key := fmt.Sprintf("k%d", i)
			if data[i+2]%7 == 0 && len(keys) > 0 {
				key = keys[len(keys)-1] // a retry, or a reuse with other parameters
			}
			keys = append(keys, key)
			fuzzStep(t, p, data[i], data[i+1], data[i+2], key)
			checkInvariants(t, p)
		}
		checkWebhooks(t, p)
	})
}

func fuzzProvider(t *testing.T, b byte) *paymenttest.Provider {
	caps := payment.Capabilities{Methods: []string{"card"}, ManualCapture: b&1 != 0, PartialCapture: b&2 != 0,
		MultipleCapture: b&4 != 0, PartialRefund: b&8 != 0}
	schemes := []paymenttest.Scheme{paymenttest.Stripe, paymenttest.Adyen, paymenttest.Mollie, paymenttest.MollieClassic}
	p, err := paymenttest.New("fz", caps, paymenttest.Config{Start: t0, Scheme: schemes[int(b>>4)%4], Refunds: paymenttest.RefundMode(int(b>>6) % 3)})
	require.NoError(t, err)
	return p
}

func fuzzStep(t *testing.T, p *paymenttest.Provider, op, a, b byte, key string) {
	ref := func() string {
		n := len(p.Payments())
		if n == 0 {
			return "fz_pay_1"
		}
		return fmt.Sprintf("fz_pay_%d", int(a)%n+1)
	}
	amount := func(unit int64) money.Money { return eur(t, int64(b)*unit+1) }
	at := p.Now().Add(time.Duration(a) * time.Hour)
	switch op % 8 {
	case 0:
		outcomes := []paymenttest.Outcome{paymenttest.Succeed{}, paymenttest.Decline{Code: "card_declined"},
			paymenttest.RequireThreeDS{}, paymenttest.Async{}, paymenttest.Timeout{LostResponse: b%2 == 0}}
		require.NoError(t, p.Script(paymenttest.OpAuthorize, outcomes[int(b)%len(outcomes)]))
		capture := payment.CaptureAutomatic
		if a%2 == 1 {
			capture = payment.CaptureManual
		}
		_, _ = p.Authorize(ctx, payment.AuthorizeRequest{IdempotencyKey: key, Reference: "r", Amount: eur(t, int64(a)*100+int64(b)+1), Method: "card", Capture: capture})
	case 1:
		_, _ = p.Capture(ctx, payment.CaptureRequest{IdempotencyKey: key, PSPReference: ref(), Amount: amount(50), Final: b%2 == 1})
	case 2:
		_, _ = p.Void(ctx, payment.VoidRequest{IdempotencyKey: key, PSPReference: ref()})
	case 3:
		if b%3 == 0 {
			require.NoError(t, p.Script(paymenttest.OpRefund, paymenttest.Async{}))
		}
		_, _ = p.Refund(ctx, payment.RefundRequest{IdempotencyKey: key, PSPReference: ref(), RefundID: key, Amount: amount(30)})
	case 4:
		_ = p.CompleteThreeDS(ref(), b%2 == 0, at)
	case 5:
		_ = p.Settle(ref(), b%2 == 0, at)
	case 6:
		_ = p.SettleRefund(fmt.Sprintf("fz_re_%d", int(a)%4+1), b%2 == 0, at)
	case 7:
		require.NoError(t, p.Advance(time.Duration(a)*time.Hour))
	}
}

func checkInvariants(t *testing.T, p *paymenttest.Provider) {
	for _, o := range p.Payments() {
		capRel, err := o.Captured.Add(o.Released)
		require.NoError(t, err)
		c, err := capRel.Cmp(o.Authorized)
		require.NoError(t, err)
		require.LessOrEqual(t, c, 0, "captured + released beyond authorised: %+v", o)
		refunds := money.Zero(o.Captured.Currency())
		for _, r := range o.Refunds {
			require.True(t, r.Status.Valid())
			if r.Status == payment.RefundSucceeded || r.Status == payment.RefundPending {
				refunds, err = refunds.Add(r.Amount)
				require.NoError(t, err)
			}
		}
		c, err = refunds.Cmp(o.Captured)
		require.NoError(t, err)
		require.LessOrEqual(t, c, 0, "refunds beyond captured: %+v", o)
		require.True(t, o.Status.Valid())
		switch o.Status {
		case payment.Succeeded:
			require.False(t, o.Captured.IsZero(), "%+v", o)
		case payment.RequiresCapture, payment.Canceled, payment.Expired, payment.RequiresAction, payment.Processing, payment.RequiresPaymentMethod:
			require.True(t, o.Captured.IsZero(), "%+v", o)
		case payment.PartiallyCaptured:
			require.False(t, o.Captured.IsZero(), "%+v", o)
		}
	}
}

func checkWebhooks(t *testing.T, p *paymenttest.Provider) {
	secret := p.Secret()
	for _, w := range p.Webhooks() {
		var err error
		switch w.Scheme {
		case paymenttest.Stripe:
			_, err = webhook.VerifyStripe(w.Header, w.Body, [][]byte{[]byte(secret)}, w.At, 0)
		case paymenttest.Adyen:
			_, err = webhook.VerifyAdyen(w.Body, []string{secret}, p.AdyenScheme())
		default:
			_, err = webhook.VerifyMollie(w.Header, w.Body, [][]byte{[]byte(secret)})
		}
		require.NoError(t, err, "%s %s", w.ID, w.Type)
	}
}
