package paymenttest_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/payment"
	"github.com/comptoir/comptoir/payment/paymenttest"
)

var ctx = context.Background()

// authReq is a valid authorisation request for amount (minor units).
func authReq(t testing.TB, key string, minor int64, capture payment.CaptureMethod) payment.AuthorizeRequest {
	return payment.AuthorizeRequest{IdempotencyKey: key, Reference: "intent-1", Amount: eur(t, minor),
		Method: "card", Capture: capture, ReturnURL: "https://shop.example/return"}
}

// authorized returns the reference of a new manual authorisation.
func authorized(t *testing.T, p *paymenttest.Provider, key string, minor int64) string {
	t.Helper()
	obs, err := p.Authorize(ctx, authReq(t, key, minor, payment.CaptureManual))
	require.NoError(t, err)
	require.Equal(t, payment.RequiresCapture, obs.Status)
	return obs.PSPReference
}

func TestNewRefusesBadConfig(t *testing.T) {
	tests := []struct {
		name, provider string
		cfg            paymenttest.Config
	}{
		{"empty name", "", paymenttest.Config{}},
		{"dash in name", "my-psp", paymenttest.Config{}},
		{"space in name", "my psp", paymenttest.Config{}},
		{"name too long", strings.Repeat("a", 33), paymenttest.Config{}},
		{"unknown scheme", "x", paymenttest.Config{Scheme: "paypal"}},
		{"adyen key not hex", "x", paymenttest.Config{Scheme: paymenttest.Adyen, Secret: "not hex"}},
		{"unknown adyen scheme", "x", paymenttest.Config{Scheme: paymenttest.Adyen, AdyenScheme: 9}},
		{"negative TTL", "x", paymenttest.Config{AuthorizationTTL: -time.Hour}},
		{"start before 1970", "x", paymenttest.Config{Start: time.Date(1969, 12, 31, 0, 0, 0, 0, time.UTC)}},
		{"unknown refund mode", "x", paymenttest.Config{Refunds: 7}},
		{"negative refund mode", "x", paymenttest.Config{Refunds: -1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := paymenttest.New(tt.provider, allCaps(), tt.cfg)
			assert.ErrorIs(t, err, paymenttest.ErrConfig)
			assert.Nil(t, p)
		})
	}
}

func TestNewDefaults(t *testing.T) {
	caps := allCaps()
	p, err := paymenttest.New("psp_1", caps, paymenttest.Config{})
	require.NoError(t, err)
	caps.Methods[0] = "changed"

	assert.Equal(t, "psp_1", p.Name())
	assert.Equal(t, []string{"card", "sepa_direct_debit"}, p.Capabilities().Methods, "capabilities are copied")
	assert.Equal(t, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), p.Now())
	assert.Equal(t, paymenttest.Stripe, p.Scheme())
	assert.Equal(t, "whsec_paymenttest_psp_1", p.Secret())

	a, err := paymenttest.New("a", caps, paymenttest.Config{Scheme: paymenttest.Adyen})
	require.NoError(t, err)
	assert.Regexp(t, "^[0-9a-f]+$", a.Secret())
	assert.NotZero(t, a.AdyenScheme())
}

func TestAuthorizeOutcomes(t *testing.T) {
	p := newProvider(t, "psp", paymenttest.Config{})

	auto, err := p.Authorize(ctx, authReq(t, "k1", 1000, payment.CaptureAutomatic))
	require.NoError(t, err)
	assert.Equal(t, payment.Observation{PSPReference: "psp_pay_1", Reference: "intent-1", Status: payment.Succeeded,
		Authorized: eur(t, 1000), Captured: eur(t, 1000), Released: eur(t, 0), At: t0}, auto)

	manual, err := p.Authorize(ctx, authReq(t, "k2", 1000, payment.CaptureManual))
	require.NoError(t, err)
	assert.Equal(t, payment.RequiresCapture, manual.Status)
	assert.Equal(t, eur(t, 1000), manual.Authorized)
	assert.True(t, manual.Captured.IsZero())
	assert.Equal(t, t0.Add(7*24*time.Hour), manual.ExpiresAt)

	require.NoError(t, p.Script(paymenttest.OpAuthorize, paymenttest.Decline{Code: "card_declined", Message: "Your card was declined."},
		paymenttest.RequireThreeDS{}, paymenttest.Async{}))
	obs, err := p.Authorize(ctx, authReq(t, "k3", 1000, payment.CaptureAutomatic))
	var declined *payment.Declined
	require.ErrorAs(t, err, &declined)
	assert.Equal(t, payment.Declined{Code: "card_declined", Message: "Your card was declined."}, *declined)
	assert.Equal(t, payment.RequiresPaymentMethod, obs.Status)
	assert.Equal(t, "psp_pay_3", obs.PSPReference)

	obs, err = p.Authorize(ctx, authReq(t, "k4", 1000, payment.CaptureAutomatic))
	var auth *payment.AuthenticationRequired
	require.ErrorAs(t, err, &auth)
	assert.Equal(t, payment.RequiresAction, obs.Status)
	assert.Equal(t, auth.Action, *obs.NextAction)

	obs, err = p.Authorize(ctx, authReq(t, "k5", 1000, payment.CaptureAutomatic))
	require.NoError(t, err)
	assert.Equal(t, payment.Processing, obs.Status)
	assert.Equal(t, 0, p.Scripted(paymenttest.OpAuthorize))
}

func TestAuthorizeRefusals(t *testing.T) {
	full, noManual := allCaps(), payment.Capabilities{Methods: []string{"card"}}
	tests := []struct {
		name string
		caps payment.Capabilities
		edit func(*payment.AuthorizeRequest)
		want error
	}{
		{"zero amount", full, func(r *payment.AuthorizeRequest) { r.Amount = eur(t, 0) }, payment.ErrInvalidAmount},
		{"negative amount", full, func(r *payment.AuthorizeRequest) { r.Amount = eur(t, -1) }, payment.ErrInvalidAmount},
		{"no currency", full, func(r *payment.AuthorizeRequest) { r.Amount = money.Money{} }, payment.ErrInvalidAmount},
		{"no reference", full, func(r *payment.AuthorizeRequest) { r.Reference = "" }, payment.ErrInvalidRequest},
		{"reference not UTF-8", full, func(r *payment.AuthorizeRequest) { r.Reference = "\xff" }, payment.ErrInvalidRequest},
		{"unknown capture", full, func(r *payment.AuthorizeRequest) { r.Capture = "later" }, payment.ErrInvalidRequest},
		{"unknown method", full, func(r *payment.AuthorizeRequest) { r.Method = "ideal" }, payment.ErrUnsupported},
		{"empty method", full, func(r *payment.AuthorizeRequest) { r.Method = "" }, payment.ErrUnsupported},
		{"manual unsupported", noManual, func(r *payment.AuthorizeRequest) { r.Capture = payment.CaptureManual }, payment.ErrUnsupported},
		{"no key", full, func(r *payment.AuthorizeRequest) { r.IdempotencyKey = "" }, payment.ErrInvalidRequest},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := paymenttest.New("psp", tt.caps, paymenttest.Config{})
			require.NoError(t, err)
			require.NoError(t, p.Script(paymenttest.OpAuthorize, paymenttest.Decline{Code: "card_declined"}))
			p.FailNext(paymenttest.OpAuthorize, nil) // ignored
			r := authReq(t, "key", 1000, payment.CaptureAutomatic)
			tt.edit(&r)

			_, err = p.Authorize(ctx, r)

			var rerr *paymenttest.RequestError
			require.ErrorAs(t, err, &rerr)
			assert.ErrorIs(t, err, tt.want)
			assert.Equal(t, paymenttest.OpAuthorize, rerr.Op)
			assert.Contains(t, rerr.Error(), "Authorize refused")
			assert.Empty(t, p.Payments(), "nothing created")
			assert.Empty(t, p.Webhooks())
			assert.Equal(t, 1, p.Scripted(paymenttest.OpAuthorize), "the outcome stays queued")
			if r.IdempotencyKey != "" {
				_, err = p.Authorize(ctx, authReq(t, r.IdempotencyKey, 1000, payment.CaptureAutomatic))
				assert.ErrorIs(t, err, payment.ErrDeclined, "the key stayed free")
			}
		})
	}
}

func TestIdempotencyKeys(t *testing.T) {
	p := newProvider(t, "psp", paymenttest.Config{})
	first, err := p.Authorize(ctx, authReq(t, "order-1:pay", 1000, payment.CaptureManual))
	require.NoError(t, err)
	require.NoError(t, p.Script(paymenttest.OpAuthorize, paymenttest.Decline{Code: "do_not_honor"}))

	again, err := p.Authorize(ctx, authReq(t, "order-1:pay", 1000, payment.CaptureManual))

	require.NoError(t, err)
	assert.Equal(t, first, again)
	assert.Len(t, p.Payments(), 1)
	assert.Len(t, p.Webhooks(), 1)
	assert.Equal(t, 1, p.Scripted(paymenttest.OpAuthorize), "a replay takes no outcome")

	t.Run("other amount", func(t *testing.T) {
		_, err := p.Authorize(ctx, authReq(t, "order-1:pay", 1001, payment.CaptureManual))
		var rerr *paymenttest.RequestError
		require.ErrorAs(t, err, &rerr)
		assert.ErrorIs(t, err, payment.ErrIdempotencyConflict)
		assert.Equal(t, "order-1:pay", rerr.Key)
	})
	t.Run("other operation", func(t *testing.T) {
		_, err := p.Capture(ctx, payment.CaptureRequest{IdempotencyKey: "order-1:pay", PSPReference: first.PSPReference, Amount: eur(t, 1000)})
		assert.ErrorIs(t, err, payment.ErrIdempotencyConflict)
		assert.Equal(t, eur(t, 0), p.Captured(first.PSPReference))
	})
	t.Run("decline replayed", func(t *testing.T) {
		_, err := p.Authorize(ctx, authReq(t, "order-2:pay", 1000, payment.CaptureManual))
		require.ErrorIs(t, err, payment.ErrDeclined)
		_, err = p.Authorize(ctx, authReq(t, "order-2:pay", 1000, payment.CaptureManual))
		var declined *payment.Declined
		require.ErrorAs(t, err, &declined)
		assert.Equal(t, "do_not_honor", declined.Code)
		declined.Code = "changed"
		_, err = p.Authorize(ctx, authReq(t, "order-2:pay", 1000, payment.CaptureManual))
		require.ErrorAs(t, err, &declined)
		assert.Equal(t, "do_not_honor", declined.Code, "the kept answer is not shared")
		assert.Len(t, p.Payments(), 2)
	})
	t.Run("capture replayed", func(t *testing.T) {
		r := payment.CaptureRequest{IdempotencyKey: "order-1:capture:1", PSPReference: first.PSPReference, Amount: eur(t, 400)}
		a, err := p.Capture(ctx, r)
		require.NoError(t, err)
		b, err := p.Capture(ctx, r)
		require.NoError(t, err)
		assert.Equal(t, a, b)
		assert.Equal(t, eur(t, 400), p.Captured(first.PSPReference))
	})
}

func TestCaptureRules(t *testing.T) {
	t.Run("more than authorised", func(t *testing.T) {
		p := newProvider(t, "psp", paymenttest.Config{})
		ref := authorized(t, p, "a", 1000)
		_, err := p.Capture(ctx, payment.CaptureRequest{IdempotencyKey: "c", PSPReference: ref, Amount: eur(t, 1001)})
		assert.ErrorIs(t, err, payment.ErrInvalidAmount)
		assert.Equal(t, eur(t, 0), p.Captured(ref))
	})
	t.Run("zero and negative", func(t *testing.T) {
		p := newProvider(t, "psp", paymenttest.Config{})
		ref := authorized(t, p, "a", 1000)
		for _, m := range []int64{0, -5} {
			_, err := p.Capture(ctx, payment.CaptureRequest{IdempotencyKey: "c", PSPReference: ref, Amount: eur(t, m)})
			assert.ErrorIs(t, err, payment.ErrInvalidAmount)
		}
	})
	t.Run("other currency", func(t *testing.T) {
		p := newProvider(t, "psp", paymenttest.Config{})
		ref := authorized(t, p, "a", 1000)
		usd, err := money.New(1000, "USD")
		require.NoError(t, err)
		_, err = p.Capture(ctx, payment.CaptureRequest{IdempotencyKey: "c", PSPReference: ref, Amount: usd})
		assert.ErrorIs(t, err, money.ErrCurrencyMismatch)
	})
	t.Run("unknown payment", func(t *testing.T) {
		p := newProvider(t, "psp", paymenttest.Config{})
		_, err := p.Capture(ctx, payment.CaptureRequest{IdempotencyKey: "c", PSPReference: "psp_pay_9", Amount: eur(t, 1)})
		assert.ErrorIs(t, err, paymenttest.ErrNotFound)
	})
	t.Run("already captured at once", func(t *testing.T) {
		p := newProvider(t, "psp", paymenttest.Config{})
		obs, err := p.Authorize(ctx, authReq(t, "a", 1000, payment.CaptureAutomatic))
		require.NoError(t, err)
		_, err = p.Capture(ctx, payment.CaptureRequest{IdempotencyKey: "c", PSPReference: obs.PSPReference, Amount: eur(t, 1)})
		var te *payment.TransitionError
		assert.ErrorAs(t, err, &te)
	})
	t.Run("partial without the capability", func(t *testing.T) {
		p, err := paymenttest.New("psp", payment.Capabilities{Methods: []string{"card"}, ManualCapture: true}, paymenttest.Config{})
		require.NoError(t, err)
		ref := authorized(t, p, "a", 1000)
		_, err = p.Capture(ctx, payment.CaptureRequest{IdempotencyKey: "c", PSPReference: ref, Amount: eur(t, 500)})
		assert.ErrorIs(t, err, payment.ErrUnsupported)
		obs, err := p.Capture(ctx, payment.CaptureRequest{IdempotencyKey: "c", PSPReference: ref, Amount: eur(t, 1000)})
		require.NoError(t, err)
		assert.Equal(t, payment.Succeeded, obs.Status)
	})
	t.Run("single partial capture releases the rest", func(t *testing.T) {
		p, err := paymenttest.New("psp", payment.Capabilities{Methods: []string{"card"}, ManualCapture: true, PartialCapture: true}, paymenttest.Config{})
		require.NoError(t, err)
		ref := authorized(t, p, "a", 1000)
		obs, err := p.Capture(ctx, payment.CaptureRequest{IdempotencyKey: "c1", PSPReference: ref, Amount: eur(t, 600)})
		require.NoError(t, err)
		assert.Equal(t, payment.Succeeded, obs.Status)
		assert.Equal(t, eur(t, 400), obs.Released)
		_, err = p.Capture(ctx, payment.CaptureRequest{IdempotencyKey: "c2", PSPReference: ref, Amount: eur(t, 100)})
		assert.ErrorIs(t, err, payment.ErrIllegalTransition)
	})
	t.Run("final capture releases the rest", func(t *testing.T) {
		p := newProvider(t, "psp", paymenttest.Config{})
		ref := authorized(t, p, "a", 1000)
		obs, err := p.Capture(ctx, payment.CaptureRequest{IdempotencyKey: "c1", PSPReference: ref, Amount: eur(t, 300)})
		require.NoError(t, err)
		assert.Equal(t, payment.PartiallyCaptured, obs.Status)
		obs, err = p.Capture(ctx, payment.CaptureRequest{IdempotencyKey: "c2", PSPReference: ref, Amount: eur(t, 300), Final: true})
		require.NoError(t, err)
		assert.Equal(t, payment.Succeeded, obs.Status)
		assert.Equal(t, eur(t, 600), obs.Captured)
		assert.Equal(t, eur(t, 400), obs.Released)
	})
	t.Run("declined capture changes nothing", func(t *testing.T) {
		p := newProvider(t, "psp", paymenttest.Config{})
		ref := authorized(t, p, "a", 1000)
		p.Drain()
		require.NoError(t, p.Script(paymenttest.OpCapture, paymenttest.Decline{Code: "authorization_expired"}))
		obs, err := p.Capture(ctx, payment.CaptureRequest{IdempotencyKey: "c", PSPReference: ref, Amount: eur(t, 1000)})
		assert.ErrorIs(t, err, payment.ErrDeclined)
		assert.Equal(t, payment.RequiresCapture, obs.Status)
		assert.Empty(t, p.Webhooks())
	})
	t.Run("overcapture allowed", func(t *testing.T) {
		p := newProvider(t, "psp", paymenttest.Config{AllowOvercapture: true})
		ref := authorized(t, p, "a", 1000)
		_, err := p.Capture(ctx, payment.CaptureRequest{IdempotencyKey: "c1", PSPReference: ref, Amount: eur(t, 1500)})
		require.NoError(t, err)
		obs, err := p.Capture(ctx, payment.CaptureRequest{IdempotencyKey: "c2", PSPReference: ref, Amount: eur(t, 1000)})
		require.NoError(t, err)
		assert.Equal(t, payment.Succeeded, obs.Status)
		assert.Equal(t, eur(t, 2500), p.Captured(ref))
	})
	t.Run("overcapture overflow", func(t *testing.T) {
		p := newProvider(t, "psp", paymenttest.Config{AllowOvercapture: true})
		ref := authorized(t, p, "a", money.MaxMinor)
		_, err := p.Capture(ctx, payment.CaptureRequest{IdempotencyKey: "c1", PSPReference: ref, Amount: eur(t, money.MaxMinor)})
		require.NoError(t, err)
		_, err = p.Capture(ctx, payment.CaptureRequest{IdempotencyKey: "c2", PSPReference: ref, Amount: eur(t, 1)})
		assert.ErrorIs(t, err, money.ErrOverflow)
	})
}

func TestVoidRules(t *testing.T) {
	p := newProvider(t, "psp", paymenttest.Config{})
	ref := authorized(t, p, "a", 1000)
	obs, err := p.Void(ctx, payment.VoidRequest{IdempotencyKey: "v", PSPReference: ref})
	require.NoError(t, err)
	assert.Equal(t, payment.Canceled, obs.Status)
	assert.Equal(t, eur(t, 1000), obs.Released)

	_, err = p.Void(ctx, payment.VoidRequest{IdempotencyKey: "v2", PSPReference: ref})
	assert.ErrorIs(t, err, payment.ErrIllegalTransition)

	require.NoError(t, p.Script(paymenttest.OpAuthorize, paymenttest.RequireThreeDS{}))
	waiting, err := p.Authorize(ctx, authReq(t, "b", 1000, payment.CaptureManual))
	require.ErrorIs(t, err, payment.ErrAuthentication)
	obs, err = p.Void(ctx, payment.VoidRequest{IdempotencyKey: "v3", PSPReference: waiting.PSPReference})
	require.NoError(t, err)
	assert.Equal(t, payment.Canceled, obs.Status)
	assert.Nil(t, obs.NextAction)
	assert.ErrorIs(t, p.CompleteThreeDS(waiting.PSPReference, true, t0), payment.ErrIllegalTransition)

	_, err = p.Void(ctx, payment.VoidRequest{IdempotencyKey: "v4", PSPReference: "nope"})
	assert.ErrorIs(t, err, paymenttest.ErrNotFound)
}

func TestRefundRules(t *testing.T) {
	t.Run("nothing captured", func(t *testing.T) {
		p := newProvider(t, "psp", paymenttest.Config{})
		ref := authorized(t, p, "a", 1000)
		_, err := p.Refund(ctx, payment.RefundRequest{IdempotencyKey: "r", PSPReference: ref, Amount: eur(t, 1)})
		assert.ErrorIs(t, err, payment.ErrIllegalTransition)
	})
	t.Run("full refunds only", func(t *testing.T) {
		p, err := paymenttest.New("psp", payment.Capabilities{Methods: []string{"card"}}, paymenttest.Config{})
		require.NoError(t, err)
		obs, err := p.Authorize(ctx, authReq(t, "a", 1000, payment.CaptureAutomatic))
		require.NoError(t, err)
		_, err = p.Refund(ctx, payment.RefundRequest{IdempotencyKey: "r1", PSPReference: obs.PSPReference, Amount: eur(t, 500)})
		assert.ErrorIs(t, err, payment.ErrUnsupported)
		ro, err := p.Refund(ctx, payment.RefundRequest{IdempotencyKey: "r2", PSPReference: obs.PSPReference, RefundID: "rf-1", Amount: eur(t, 1000)})
		require.NoError(t, err)
		assert.Equal(t, payment.RefundObservation{RefundID: "rf-1", PSPReference: "psp_re_1", Amount: eur(t, 1000), Status: payment.RefundPending, At: p.Now()}, ro)
		_, err = p.Refund(ctx, payment.RefundRequest{IdempotencyKey: "r3", PSPReference: obs.PSPReference, Amount: eur(t, 1000)})
		assert.ErrorIs(t, err, payment.ErrInvalidAmount)
	})
	t.Run("declined refund makes none", func(t *testing.T) {
		p := newProvider(t, "psp", paymenttest.Config{})
		obs, err := p.Authorize(ctx, authReq(t, "a", 1000, payment.CaptureAutomatic))
		require.NoError(t, err)
		require.NoError(t, p.Script(paymenttest.OpRefund, paymenttest.Decline{Code: "insufficient_balance"}))
		ro, err := p.Refund(ctx, payment.RefundRequest{IdempotencyKey: "r", PSPReference: obs.PSPReference, RefundID: "rf", Amount: eur(t, 1000)})
		assert.ErrorIs(t, err, payment.ErrDeclined)
		assert.Equal(t, payment.RefundFailed, ro.Status)
		now, _ := p.Payment(obs.PSPReference)
		assert.Empty(t, now.Refunds)
	})
	t.Run("async refund settles or fails", func(t *testing.T) {
		p := newProvider(t, "psp", paymenttest.Config{})
		obs, err := p.Authorize(ctx, authReq(t, "a", 1000, payment.CaptureAutomatic))
		require.NoError(t, err)
		p.Drain()
		require.NoError(t, p.Script(paymenttest.OpRefund, paymenttest.Async{}, paymenttest.Async{}))
		r1, err := p.Refund(ctx, payment.RefundRequest{IdempotencyKey: "r1", PSPReference: obs.PSPReference, RefundID: "rf-1", Amount: eur(t, 400)})
		require.NoError(t, err)
		r2, err := p.Refund(ctx, payment.RefundRequest{IdempotencyKey: "r2", PSPReference: obs.PSPReference, RefundID: "rf-2", Amount: eur(t, 600)})
		require.NoError(t, err)
		assert.Equal(t, payment.RefundPending, r2.Status)
		assert.Equal(t, eur(t, 0), p.Refunded(obs.PSPReference))

		require.NoError(t, p.SettleRefund(r1.PSPReference, true, t0.Add(time.Hour)))
		require.NoError(t, p.SettleRefund("rf-2", false, t0.Add(2*time.Hour)))

		assert.Equal(t, eur(t, 400), p.Refunded(obs.PSPReference))
		assert.Equal(t, []string{"refund.created", "refund.created", "refund.updated", "refund.failed"}, types(p.Webhooks()))
		assert.ErrorIs(t, p.SettleRefund("rf-2", true, t0.Add(3*time.Hour)), payment.ErrIllegalTransition)
		assert.ErrorIs(t, p.SettleRefund("psp_re_9", true, t0), paymenttest.ErrNotFound)
		assert.ErrorIs(t, p.SettleRefund("", true, t0), paymenttest.ErrNotFound)
		assert.ErrorIs(t, p.SettleRefund(r1.PSPReference, true, time.Time{}), paymenttest.ErrConfig)
		// The failed refund gave its amount back.
		_, err = p.Refund(ctx, payment.RefundRequest{IdempotencyKey: "r3", PSPReference: obs.PSPReference, Amount: eur(t, 600)})
		assert.NoError(t, err)
	})
	t.Run("unknown payment", func(t *testing.T) {
		p := newProvider(t, "psp", paymenttest.Config{})
		_, err := p.Refund(ctx, payment.RefundRequest{IdempotencyKey: "r", PSPReference: "x", Amount: eur(t, 1)})
		assert.ErrorIs(t, err, paymenttest.ErrNotFound)
	})
	t.Run("refund id not UTF-8", func(t *testing.T) {
		p := newProvider(t, "psp", paymenttest.Config{})
		obs, err := p.Authorize(ctx, authReq(t, "a", 1000, payment.CaptureAutomatic))
		require.NoError(t, err)
		_, err = p.Refund(ctx, payment.RefundRequest{IdempotencyKey: "r", PSPReference: obs.PSPReference, RefundID: "\xfe", Amount: eur(t, 1)})
		assert.ErrorIs(t, err, payment.ErrInvalidRequest)
	})
}

func TestScriptRefusesImpossibleOutcomes(t *testing.T) {
	tests := []struct {
		name string
		op   paymenttest.Op
		o    paymenttest.Outcome
	}{
		{"async capture", paymenttest.OpCapture, paymenttest.Async{}},
		{"3ds refund", paymenttest.OpRefund, paymenttest.RequireThreeDS{}},
		{"decline void", paymenttest.OpVoid, paymenttest.Decline{Code: "x"}},
		{"decline status", paymenttest.OpStatus, paymenttest.Decline{Code: "x"}},
		{"decline without code", paymenttest.OpAuthorize, paymenttest.Decline{}},
		{"nil", paymenttest.OpAuthorize, nil},
		{"unknown op", "Charge", paymenttest.Succeed{}},
		{"all", paymenttest.All, paymenttest.Succeed{}},
		{"timeout recording a timeout", paymenttest.OpAuthorize, paymenttest.Timeout{LostResponse: true, Recorded: paymenttest.Timeout{}}},
		{"timeout recording async capture", paymenttest.OpCapture, paymenttest.Timeout{LostResponse: true, Recorded: paymenttest.Async{}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newProvider(t, "psp", paymenttest.Config{})
			err := p.Script(tt.op, paymenttest.Succeed{}, tt.o)
			assert.ErrorIs(t, err, paymenttest.ErrScript)
			assert.Equal(t, 0, p.Scripted(tt.op), "nothing queued")
		})
	}
}

func TestScriptQueueInOrder(t *testing.T) {
	p := newProvider(t, "psp", paymenttest.Config{})
	require.NoError(t, p.Script(paymenttest.OpAuthorize, paymenttest.Decline{Code: "card_declined"}, paymenttest.Timeout{}))
	require.NoError(t, p.Script(paymenttest.OpAuthorize, paymenttest.Succeed{}))
	var errs []error
	for i := range 4 {
		_, err := p.Authorize(ctx, authReq(t, "k"+string(rune('a'+i)), 1000, payment.CaptureAutomatic))
		errs = append(errs, err)
	}
	assert.ErrorIs(t, errs[0], payment.ErrDeclined)
	assert.ErrorIs(t, errs[1], payment.ErrTransient)
	assert.ErrorIs(t, errs[1], context.DeadlineExceeded)
	assert.NoError(t, errs[2])
	assert.NoError(t, errs[3], "the default is Succeed")
	assert.Len(t, p.Payments(), 3, "the lost request made none")
}

func TestTimeoutLosingAnotherOutcome(t *testing.T) {
	p := newProvider(t, "psp", paymenttest.Config{})
	require.NoError(t, p.Script(paymenttest.OpAuthorize,
		paymenttest.Timeout{LostResponse: true, Recorded: paymenttest.RequireThreeDS{URL: "https://acs.example/1"}}))
	r := authReq(t, "k", 1000, payment.CaptureAutomatic)

	obs, err := p.Authorize(ctx, r)
	require.ErrorIs(t, err, payment.ErrTransient)
	assert.Empty(t, obs.PSPReference, "the response was lost")

	obs, err = p.Authorize(ctx, r)
	var auth *payment.AuthenticationRequired
	require.ErrorAs(t, err, &auth)
	assert.Equal(t, "https://acs.example/1", auth.Action.URL)
	assert.Equal(t, "psp_pay_1", obs.PSPReference)
	assert.Len(t, p.Payments(), 1)
}

func TestLostResponseOnCaptureAndRefund(t *testing.T) {
	p := newProvider(t, "psp", paymenttest.Config{})
	ref := authorized(t, p, "a", 1000)
	require.NoError(t, p.Script(paymenttest.OpCapture, paymenttest.Timeout{LostResponse: true}))
	require.NoError(t, p.Script(paymenttest.OpRefund, paymenttest.Timeout{LostResponse: true}))
	c := payment.CaptureRequest{IdempotencyKey: "c", PSPReference: ref, Amount: eur(t, 1000)}
	_, err := p.Capture(ctx, c)
	require.ErrorIs(t, err, context.DeadlineExceeded)
	obs, err := p.Capture(ctx, c)
	require.NoError(t, err)
	assert.Equal(t, eur(t, 1000), obs.Captured)

	r := payment.RefundRequest{IdempotencyKey: "r", PSPReference: ref, RefundID: "rf", Amount: eur(t, 250)}
	_, err = p.Refund(ctx, r)
	require.ErrorIs(t, err, context.DeadlineExceeded)
	assert.Contains(t, err.Error(), "after the provider recorded psp_re_1")
	ro, err := p.Refund(ctx, r)
	require.NoError(t, err)
	assert.Equal(t, "psp_re_1", ro.PSPReference)
	assert.Equal(t, eur(t, 1000), p.Captured(ref))
	assert.Equal(t, eur(t, 250), p.Refunded(ref))
	assert.Equal(t, 2, p.Calls(paymenttest.OpCapture))
	assert.Equal(t, 2, p.Calls(paymenttest.OpRefund))
}

func TestInjectedFailures(t *testing.T) {
	p := newProvider(t, "psp", paymenttest.Config{})
	boom := &payment.Transient{Err: errors.New("502 bad gateway")}
	p.FailNext(paymenttest.OpAuthorize, boom)
	r := authReq(t, "k", 1000, payment.CaptureAutomatic)

	_, err := p.Authorize(ctx, r)
	assert.Same(t, boom, err)
	assert.Empty(t, p.Payments())
	_, err = p.Authorize(ctx, r)
	require.NoError(t, err, "the key stayed free")

	down := errors.New("connection refused")
	p.Fail(paymenttest.All, down)
	_, err = p.Status(ctx, "psp_pay_1")
	assert.Same(t, down, err)
	_, err = p.Void(ctx, payment.VoidRequest{IdempotencyKey: "v", PSPReference: "psp_pay_1"})
	assert.Same(t, down, err)
	p.Fail(paymenttest.OpStatus, boom)
	_, err = p.Status(ctx, "psp_pay_1")
	assert.Same(t, boom, err, "an operation's own failure comes before All's")
	p.Fail(paymenttest.All, nil)
	p.Fail(paymenttest.OpStatus, nil)
	obs, err := p.Status(ctx, "psp_pay_1")
	require.NoError(t, err)
	assert.Equal(t, payment.Succeeded, obs.Status)

	p.FailNext(paymenttest.All, boom)
	_, err = p.Status(ctx, "psp_pay_1")
	assert.Same(t, boom, err)
	assert.Equal(t, 2, p.Calls(paymenttest.OpAuthorize))
	assert.Equal(t, 4, p.Calls(paymenttest.OpStatus))
	assert.Equal(t, 7, p.Calls(paymenttest.All))
}

func TestLostDeclinedRefund(t *testing.T) {
	p := newProvider(t, "psp", paymenttest.Config{})
	obs, err := p.Authorize(ctx, authReq(t, "a", 1000, payment.CaptureAutomatic))
	require.NoError(t, err)
	require.NoError(t, p.Script(paymenttest.OpRefund, paymenttest.Timeout{LostResponse: true, Recorded: paymenttest.Decline{Code: "refund_refused"}}))
	r := payment.RefundRequest{IdempotencyKey: "r", PSPReference: obs.PSPReference, Amount: eur(t, 1000)}

	_, err = p.Refund(ctx, r)
	assert.ErrorContains(t, err, "after the provider answered")
	_, err = p.Refund(ctx, r)
	var declined *payment.Declined
	require.ErrorAs(t, err, &declined)
	assert.Equal(t, "refund_refused", declined.Code)
}

func TestRequestErrorText(t *testing.T) {
	e := &paymenttest.RequestError{Op: paymenttest.OpVoid, PSPReference: "psp_pay_1", Reason: "nothing to void"}
	assert.Equal(t, "paymenttest: Void refused for psp_pay_1: nothing to void", e.Error())
	assert.NoError(t, e.Unwrap())
}

func TestContextDone(t *testing.T) {
	p := newProvider(t, "psp", paymenttest.Config{})
	c, cancel := context.WithCancel(ctx)
	cancel()
	_, err := p.Authorize(c, authReq(t, "k", 1000, payment.CaptureAutomatic))
	assert.ErrorIs(t, err, payment.ErrTransient)
	assert.ErrorIs(t, err, context.Canceled)
	assert.Empty(t, p.Payments())
	assert.Equal(t, 1, p.Calls(paymenttest.OpAuthorize))
}

func TestStatus(t *testing.T) {
	p := newProvider(t, "psp", paymenttest.Config{})
	_, err := p.Status(ctx, "psp_pay_1")
	assert.ErrorIs(t, err, paymenttest.ErrNotFound)
	ref := authorized(t, p, "a", 1000)
	require.NoError(t, p.Script(paymenttest.OpStatus, paymenttest.Timeout{}))
	_, err = p.Status(ctx, ref)
	assert.ErrorIs(t, err, context.DeadlineExceeded)

	obs, err := p.Status(ctx, ref)
	require.NoError(t, err)
	assert.Equal(t, payment.RequiresCapture, obs.Status)
	reqs := p.Requests()
	assert.Equal(t, paymenttest.Request{Op: paymenttest.OpStatus, PSPReference: ref, Request: ref, At: t0}, reqs[len(reqs)-1])
}

func TestObservationsAreCopies(t *testing.T) {
	p := newProvider(t, "psp", paymenttest.Config{})
	require.NoError(t, p.Script(paymenttest.OpAuthorize, paymenttest.RequireThreeDS{}))
	obs, err := p.Authorize(ctx, authReq(t, "k", 1000, payment.CaptureAutomatic))
	require.ErrorIs(t, err, payment.ErrAuthentication)
	obs.NextAction.URL = "https://evil.example"
	ws := p.Webhooks()
	ws[0].Body[0] = 'X'
	ws[0].Header.Set("Stripe-Signature", "x")
	ws[0].Event.Observation.NextAction.URL = "x"

	again, ok := p.Payment(obs.PSPReference)
	require.True(t, ok)
	assert.Equal(t, "https://psp.example/psp/3ds/psp_pay_1", again.NextAction.URL)
	w := p.Webhooks()[0]
	assert.Equal(t, byte('{'), w.Body[0])
	assert.NotEqual(t, "x", w.Header.Get("Stripe-Signature"))
	assert.Equal(t, again.NextAction.URL, w.Event.Observation.NextAction.URL)
	_, ok = p.Payment("psp_pay_2")
	assert.False(t, ok)
	assert.True(t, p.Captured("nope").IsZero())
	assert.True(t, p.Refunded("nope").IsZero())
}

func TestCompleteAndSettleErrors(t *testing.T) {
	p := newProvider(t, "psp", paymenttest.Config{})
	ref := authorized(t, p, "a", 1000)
	assert.ErrorIs(t, p.CompleteThreeDS(ref, true, t0), payment.ErrIllegalTransition)
	assert.ErrorIs(t, p.Settle(ref, true, t0), payment.ErrIllegalTransition)
	assert.ErrorIs(t, p.Settle("nope", true, t0), paymenttest.ErrNotFound)
	assert.ErrorIs(t, p.CompleteThreeDS(ref, true, time.Time{}), paymenttest.ErrConfig)
	assert.ErrorIs(t, p.Settle(ref, true, time.Unix(-1, 0)), paymenttest.ErrConfig)
}

func TestAsyncManualCaptureSettles(t *testing.T) {
	p := newProvider(t, "psp", paymenttest.Config{})
	require.NoError(t, p.Script(paymenttest.OpAuthorize, paymenttest.Async{}, paymenttest.Async{}))
	ok, err := p.Authorize(ctx, authReq(t, "a", 1000, payment.CaptureManual))
	require.NoError(t, err)
	ko, err := p.Authorize(ctx, authReq(t, "b", 1000, payment.CaptureAutomatic))
	require.NoError(t, err)
	at := t0.Add(48 * time.Hour)

	require.NoError(t, p.Settle(ok.PSPReference, true, at))
	require.NoError(t, p.Settle(ko.PSPReference, false, at))

	obs, _ := p.Payment(ok.PSPReference)
	assert.Equal(t, payment.RequiresCapture, obs.Status)
	assert.Equal(t, at.Add(paymenttest.DefaultAuthorizationTTL), obs.ExpiresAt)
	obs, _ = p.Payment(ko.PSPReference)
	assert.Equal(t, payment.RequiresPaymentMethod, obs.Status)
	assert.Equal(t, paymenttest.CodePaymentFailed, obs.Decline.Code)
	assert.Equal(t, at, obs.At)
}

func TestClockAndExpiry(t *testing.T) {
	p := newProvider(t, "psp", paymenttest.Config{Scheme: paymenttest.Adyen, AuthorizationTTL: 24 * time.Hour})
	whole := authorized(t, p, "a", 1000)
	require.NoError(t, p.Advance(time.Hour))
	part := authorized(t, p, "b", 1000)
	_, err := p.Capture(ctx, payment.CaptureRequest{IdempotencyKey: "c", PSPReference: part, Amount: eur(t, 300)})
	require.NoError(t, err)
	p.Drain()

	require.NoError(t, p.SetTime(t0.Add(24*time.Hour)), "exactly at expiry")
	obs, _ := p.Payment(whole)
	assert.Equal(t, payment.Expired, obs.Status)
	assert.Equal(t, eur(t, 1000), obs.Released)
	obs, _ = p.Payment(part)
	assert.Equal(t, payment.PartiallyCaptured, obs.Status, "not due yet")

	require.NoError(t, p.Advance(30*24*time.Hour))
	obs, _ = p.Payment(part)
	assert.Equal(t, payment.Succeeded, obs.Status, "what was captured stays")
	assert.Equal(t, eur(t, 700), obs.Released)
	ws := p.Drain()
	assert.Equal(t, []string{"EXPIRE", "EXPIRE"}, types(ws))
	assert.Equal(t, t0.Add(25*time.Hour), ws[1].At)

	require.NoError(t, p.SetTime(t0), "back in time is allowed")
	assert.Equal(t, t0, p.Now())
	assert.ErrorIs(t, p.Advance(-time.Second), paymenttest.ErrConfig)
	assert.ErrorIs(t, p.SetTime(time.Time{}), paymenttest.ErrConfig)
	_, err = p.Capture(ctx, payment.CaptureRequest{IdempotencyKey: "late", PSPReference: whole, Amount: eur(t, 1000)})
	assert.ErrorIs(t, err, payment.ErrIllegalTransition)
}

func TestDeterministic(t *testing.T) {
	run := func() []paymenttest.Webhook {
		p := newProvider(t, "psp", paymenttest.Config{Scheme: paymenttest.Mollie})
		story(t, p)
		return p.Drain()
	}
	a, b := run(), run()
	require.Equal(t, len(a), len(b))
	for i := range a {
		assert.Equal(t, a[i].Body, b[i].Body)
		assert.Equal(t, a[i].Header, b[i].Header)
	}
}
