package paymenttest_test

import (
	"encoding/json"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/payment"
	"github.com/comptoir/comptoir/payment/paymenttest"
	"github.com/comptoir/comptoir/payment/webhook"
)

// story makes every kind of state change: an automatic capture, a manual
// one in two parts, a void, 3-D Secure, a failed debit, a decline,
// refunds settled at once and failed, an expiry.
func story(t *testing.T, p *paymenttest.Provider) {
	t.Helper()
	auto, err := p.Authorize(ctx, authReq(t, "pay-1", 4998, payment.CaptureAutomatic))
	require.NoError(t, err)
	manual := authorized(t, p, "pay-2", 10000)
	_, err = p.Capture(ctx, payment.CaptureRequest{IdempotencyKey: "cap-1", PSPReference: manual, Amount: eur(t, 3000)})
	require.NoError(t, err)
	_, err = p.Capture(ctx, payment.CaptureRequest{IdempotencyKey: "cap-2", PSPReference: manual, Amount: eur(t, 2000), Final: true})
	require.NoError(t, err)
	voided := authorized(t, p, "pay-3", 500)
	_, err = p.Void(ctx, payment.VoidRequest{IdempotencyKey: "void-1", PSPReference: voided})
	require.NoError(t, err)
	require.NoError(t, p.Script(paymenttest.OpAuthorize, paymenttest.RequireThreeDS{}, paymenttest.Async{}, paymenttest.Decline{Code: "card_declined"}))
	threeDS, err := p.Authorize(ctx, authReq(t, "pay-4", 12000, payment.CaptureAutomatic))
	require.ErrorIs(t, err, payment.ErrAuthentication)
	require.NoError(t, p.CompleteThreeDS(threeDS.PSPReference, true, t0.Add(time.Minute)))
	debit, err := p.Authorize(ctx, authReq(t, "pay-5", 8999, payment.CaptureAutomatic))
	require.NoError(t, err)
	require.NoError(t, p.Settle(debit.PSPReference, false, t0.Add(72*time.Hour)))
	_, err = p.Authorize(ctx, authReq(t, "pay-6", 100, payment.CaptureAutomatic))
	require.ErrorIs(t, err, payment.ErrDeclined)
	_, err = p.Refund(ctx, payment.RefundRequest{IdempotencyKey: "re-1", PSPReference: auto.PSPReference, RefundID: "re-1", Amount: eur(t, 1000)})
	require.NoError(t, err)
	require.NoError(t, p.Script(paymenttest.OpRefund, paymenttest.Async{}))
	_, err = p.Refund(ctx, payment.RefundRequest{IdempotencyKey: "re-2", PSPReference: auto.PSPReference, RefundID: "re-2", Amount: eur(t, 500)})
	require.NoError(t, err)
	require.NoError(t, p.SettleRefund("re-2", false, t0.Add(73*time.Hour)))
	authorized(t, p, "pay-7", 700)
	require.NoError(t, p.Advance(8*24*time.Hour))
}

func TestWebhookTypesPerScheme(t *testing.T) {
	want := map[paymenttest.Scheme][]string{
		paymenttest.Stripe: {"payment_intent.succeeded", "payment_intent.amount_capturable_updated",
			"payment_intent.amount_capturable_updated", "payment_intent.succeeded",
			"payment_intent.amount_capturable_updated", "payment_intent.canceled",
			"payment_intent.requires_action", "payment_intent.succeeded",
			"payment_intent.processing", "payment_intent.payment_failed", "payment_intent.payment_failed",
			"refund.created", "refund.updated", "refund.created", "refund.failed",
			"payment_intent.amount_capturable_updated", "payment_intent.canceled"},
		paymenttest.Adyen: {"AUTHORISATION", "AUTHORISATION", "CAPTURE", "CAPTURE", "AUTHORISATION", "CANCELLATION",
			"PENDING", "AUTHORISATION", "PENDING", "AUTHORISATION", "AUTHORISATION",
			"REFUND", "REFUND_FAILED", "AUTHORISATION", "EXPIRE"},
		paymenttest.Mollie: {"payment.paid", "payment.authorized", "payment.authorized", "payment.paid",
			"payment.authorized", "payment.canceled", "payment.open", "payment.paid", "payment.pending",
			"payment.failed", "payment.failed", "refund.pending", "refund.refunded", "refund.pending", "refund.failed",
			"payment.authorized", "payment.expired"},
	}
	for scheme, types := range want {
		t.Run(string(scheme), func(t *testing.T) {
			p := newProvider(t, "psp", paymenttest.Config{Scheme: scheme})
			story(t, p)
			got := p.Webhooks()
			var names []string
			for i, w := range got {
				names = append(names, w.Type)
				assert.Equal(t, scheme, w.Scheme)
				assert.Equal(t, "psp", w.Event.Provider)
				assert.Equal(t, w.ID, w.Event.ID)
				if i > 0 {
					assert.NotEqual(t, got[i-1].ID, w.ID)
				}
			}
			assert.Equal(t, types, names)
		})
	}
}

func TestWebhooksVerifyStripe(t *testing.T) {
	p := newProvider(t, "psp", paymenttest.Config{})
	story(t, p)
	secrets := [][]byte{[]byte(p.Secret())}
	for _, w := range p.Webhooks() {
		ev, err := webhook.VerifyStripe(w.Header, w.Body, secrets, w.At, 0)
		require.NoError(t, err, w.Type)
		assert.Equal(t, w.ID, ev.ID)
		assert.Equal(t, w.Type, ev.Type)
		assert.Equal(t, w.At.Unix(), ev.Created.Unix())
		obs := w.Event.Observation
		if ev.Type[:7] == "refund." {
			assert.True(t, slices.ContainsFunc(obs.Refunds, func(r payment.RefundObservation) bool { return r.PSPReference == ev.ObjectID }))
			continue
		}
		assert.Equal(t, obs.PSPReference, ev.ObjectID)
		var pi struct {
			Status         string            `json:"status"`
			Amount         int64             `json:"amount"`
			AmountReceived int64             `json:"amount_received"`
			Currency       string            `json:"currency"`
			Metadata       map[string]string `json:"metadata"`
		}
		require.NoError(t, json.Unmarshal(ev.Object, &pi))
		assert.Equal(t, obs.Captured.Minor(), pi.AmountReceived)
		assert.Equal(t, "eur", pi.Currency)
		assert.Equal(t, obs.Reference, pi.Metadata["reference"])

		_, err = webhook.VerifyStripe(w.Header, append(w.Body, ' '), secrets, w.At, 0)
		assert.ErrorIs(t, err, webhook.ErrBadSignature, "a changed body")
		_, err = webhook.VerifyStripe(w.Header, w.Body, [][]byte{[]byte("whsec_other")}, w.At, 0)
		assert.ErrorIs(t, err, webhook.ErrBadSignature, "another secret")
		_, err = webhook.VerifyStripe(w.Header, w.Body, secrets, w.At.Add(time.Hour), 0)
		assert.ErrorIs(t, err, webhook.ErrTimestampOutOfTolerance, "replayed an hour later")
	}
}

func TestWebhooksVerifyAdyen(t *testing.T) {
	for _, scheme := range []webhook.AdyenScheme{webhook.AdyenEscaped, webhook.AdyenPlain} {
		p := newProvider(t, "psp", paymenttest.Config{Scheme: paymenttest.Adyen, AdyenScheme: scheme, MerchantAccount: "TopFourneauECOM"})
		story(t, p)
		for _, w := range p.Webhooks() {
			n, err := webhook.VerifyAdyen(w.Body, []string{p.Secret()}, p.AdyenScheme())
			require.NoError(t, err, w.Type)
			require.Len(t, n.Items, 1)
			it := n.Items[0]
			obs := w.Event.Observation
			assert.False(t, n.Live)
			assert.Equal(t, w.Type, it.EventCode)
			assert.Equal(t, "TopFourneauECOM", it.MerchantAccountCode)
			assert.Equal(t, obs.Reference, it.MerchantReference)
			assert.Equal(t, "card", it.PaymentMethod)
			if it.OriginalReference != "" {
				assert.Equal(t, obs.PSPReference, it.OriginalReference)
				assert.NotEqual(t, obs.PSPReference, it.PSPReference)
			} else {
				assert.Equal(t, obs.PSPReference, it.PSPReference)
			}
			assert.Equal(t, obs.Decline == nil, it.Succeeded(), "%s %+v", w.Type, it)

			_, err = webhook.VerifyAdyen(w.Body, []string{"00112233"}, p.AdyenScheme())
			assert.ErrorIs(t, err, webhook.ErrBadSignature)
		}
	}
}

func TestWebhookAdyenAmounts(t *testing.T) {
	p := newProvider(t, "psp", paymenttest.Config{Scheme: paymenttest.Adyen})
	ref := authorized(t, p, "a", 10000)
	_, err := p.Capture(ctx, payment.CaptureRequest{IdempotencyKey: "c", PSPReference: ref, Amount: eur(t, 3000)})
	require.NoError(t, err)
	_, err = p.Void(ctx, payment.VoidRequest{IdempotencyKey: "v", PSPReference: ref})
	require.NoError(t, err)
	var values []int64
	for _, w := range p.Webhooks() {
		n, err := webhook.VerifyAdyen(w.Body, []string{p.Secret()}, p.AdyenScheme())
		require.NoError(t, err)
		values = append(values, n.Items[0].Amount.Value)
		assert.Equal(t, "EUR", n.Items[0].Amount.Currency)
	}
	assert.Equal(t, []int64{10000, 3000, 7000}, values, "authorised, captured, released")
}

func TestWebhooksVerifyMollie(t *testing.T) {
	p := newProvider(t, "psp", paymenttest.Config{Scheme: paymenttest.Mollie})
	story(t, p)
	secrets := [][]byte{[]byte(p.Secret())}
	for _, w := range p.Webhooks() {
		ev, err := webhook.VerifyMollie(w.Header, w.Body, secrets)
		require.NoError(t, err, w.Type)
		assert.Equal(t, webhook.MollieSigned, ev.Kind)
		assert.Equal(t, w.ID, ev.EventID)
		assert.Equal(t, w.Type, ev.Type)
		assert.Equal(t, w.At.Unix(), ev.CreatedAt.Unix())
		assert.False(t, ev.MustFetch())
		var entity struct {
			ID     string `json:"id"`
			Status string `json:"status"`
			Amount struct {
				Value    string `json:"value"`
				Currency string `json:"currency"`
			} `json:"amount"`
		}
		require.NoError(t, json.Unmarshal(ev.Entity, &entity))
		assert.Equal(t, ev.ResourceID, entity.ID)
		assert.Equal(t, "EUR", entity.Amount.Currency)
		assert.Regexp(t, `^\d+\.\d\d$`, entity.Amount.Value)

		_, err = webhook.VerifyMollie(w.Header, w.Body, [][]byte{[]byte("other")})
		assert.ErrorIs(t, err, webhook.ErrBadSignature)
	}
}

func TestWebhooksMollieClassic(t *testing.T) {
	p := newProvider(t, "psp", paymenttest.Config{Scheme: paymenttest.MollieClassic})
	story(t, p)
	for _, w := range p.Webhooks() {
		ev, err := webhook.VerifyMollie(w.Header, w.Body, nil)
		require.NoError(t, err, w.Type)
		assert.Equal(t, webhook.MollieClassic, ev.Kind)
		assert.Equal(t, w.Event.Observation.PSPReference, ev.ResourceID)
		assert.True(t, ev.MustFetch())
		assert.Equal(t, "id="+ev.ResourceID, string(w.Body))
		obs, err := p.Status(ctx, ev.ResourceID)
		require.NoError(t, err)
		assert.Equal(t, ev.ResourceID, obs.PSPReference)
	}
}

func TestStripeBodyShape(t *testing.T) {
	p := newProvider(t, "shop", paymenttest.Config{})
	_, err := p.Authorize(ctx, authReq(t, "k", 4998, payment.CaptureAutomatic))
	require.NoError(t, err)
	w := p.Webhooks()[0]
	assert.JSONEq(t, `{"id":"shop_evt_1","object":"event","type":"payment_intent.succeeded","created":1772445600,"livemode":false,
		"data":{"object":{"id":"shop_pay_1","object":"payment_intent","status":"succeeded","amount":4998,"amount_capturable":0,
		"amount_received":4998,"currency":"eur","capture_method":"automatic","last_payment_error":null,
		"metadata":{"reference":"intent-1"}}}}`, string(w.Body))
	assert.Equal(t, "application/json", w.Header.Get("Content-Type"))
	assert.Regexp(t, `^t=1772445600,v1=[0-9a-f]{64}$`, w.Header.Get(webhook.StripeSignatureHeader))
}

func TestMollieBodyShape(t *testing.T) {
	p := newProvider(t, "shop", paymenttest.Config{Scheme: paymenttest.Mollie})
	_, err := p.Authorize(ctx, authReq(t, "k", 4998, payment.CaptureManual))
	require.NoError(t, err)
	w := p.Webhooks()[0]
	assert.JSONEq(t, `{"resource":"event","id":"shop_evt_1","type":"payment.authorized","entityId":"shop_pay_1",
		"createdAt":"2026-03-02T10:00:00Z","_embedded":{"entity":{"resource":"payment","id":"shop_pay_1","mode":"test",
		"status":"authorized","amount":{"value":"49.98","currency":"EUR"},"amountCaptured":{"value":"0.00","currency":"EUR"},
		"amountRefunded":{"value":"0.00","currency":"EUR"},"method":"card","metadata":{"reference":"intent-1"}}}}`, string(w.Body))
	assert.Regexp(t, `^sha256=[0-9a-f]{64}$`, w.Header.Get(webhook.MollieSignatureHeader))
}

func TestDuplicateReverseShuffle(t *testing.T) {
	p := newProvider(t, "psp", paymenttest.Config{})
	story(t, p)
	ws := p.Webhooks()

	dup := paymenttest.Duplicate(ws[0])
	require.Len(t, dup, 2)
	assert.Equal(t, dup[0].ID, dup[1].ID)
	dup[0].Body[0] = 'X'
	assert.Equal(t, byte('{'), dup[1].Body[0], "independent copies")
	assert.Equal(t, byte('{'), ws[0].Body[0])

	rev := paymenttest.Reverse(ws)
	for i := range ws {
		assert.Equal(t, ws[i].ID, rev[len(ws)-1-i].ID)
	}

	a, b := paymenttest.Shuffle(ws, 42), paymenttest.Shuffle(ws, 42)
	c := paymenttest.Shuffle(ws, 43)
	ids := func(ws []paymenttest.Webhook) []string {
		out := make([]string, len(ws))
		for i, w := range ws {
			out[i] = w.ID
		}
		return out
	}
	assert.Equal(t, ids(a), ids(b), "same seed, same order")
	assert.NotEqual(t, ids(a), ids(c))
	assert.NotEqual(t, ids(ws), ids(a))
	assert.ElementsMatch(t, ids(ws), ids(a))
	assert.Empty(t, paymenttest.Shuffle(nil, 1))
	assert.Empty(t, paymenttest.Reverse(nil))
}

func TestDrain(t *testing.T) {
	p := newProvider(t, "psp", paymenttest.Config{})
	authorized(t, p, "a", 100)
	assert.Len(t, p.Webhooks(), 1)
	assert.Len(t, p.Webhooks(), 1, "Webhooks leaves them")
	assert.Len(t, p.Drain(), 1)
	assert.Empty(t, p.Drain())
	assert.Empty(t, p.Webhooks())
}
