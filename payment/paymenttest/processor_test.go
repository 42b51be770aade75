package paymenttest_test

import (
	"context"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/payment"
	"github.com/comptoir/comptoir/payment/paymenttest"
)

// These tests drive payment.Processor with the fake, one story each.

func TestProcessorAutomaticCapture(t *testing.T) {
	psp := newProvider(t, "stripe", paymenttest.Config{})
	proc := newProcessor(t, psp)
	in := newIntent(t, 4998, payment.CaptureAutomatic)

	require.NoError(t, pay(t, proc, in, "card", "order-42:pay:1"))

	assert.Equal(t, payment.Succeeded, in.Status())
	ref := lastRef(t, in)
	assert.Equal(t, "stripe_pay_1", ref)
	assert.Equal(t, eur(t, 4998), psp.Captured(ref))
	assert.Equal(t, eur(t, 4998), in.Totals().Captured)
	ws := psp.Drain()
	assert.Equal(t, []string{"payment_intent.succeeded"}, types(ws))
	// The webhook tells what the answer already said.
	assert.Equal(t, []payment.Outcome{payment.Duplicate}, handleAll(t, proc, in, newDedup(t), ws))
}

func TestProcessorManualCaptureTwoPartsAndVoid(t *testing.T) {
	psp := newProvider(t, "adyen", paymenttest.Config{Scheme: paymenttest.Adyen})
	proc := newProcessor(t, psp)
	in := newIntent(t, 10000, payment.CaptureManual)
	ctx := context.Background()

	require.NoError(t, pay(t, proc, in, "card", "order-42:pay:1"))
	assert.Equal(t, payment.RequiresCapture, in.Status())
	assert.Equal(t, t0.Add(paymenttest.DefaultAuthorizationTTL), in.ExpiresAt)

	require.NoError(t, proc.Capture(ctx, in, eur(t, 3000), "order-42:capture:1", t0))
	assert.Equal(t, payment.PartiallyCaptured, in.Status())
	require.NoError(t, proc.Capture(ctx, in, eur(t, 2000), "order-42:capture:2", t0))
	assert.Equal(t, payment.PartiallyCaptured, in.Status())
	require.NoError(t, proc.Void(ctx, in, "order-42:void", t0))

	ref := lastRef(t, in)
	assert.Equal(t, payment.Succeeded, in.Status())
	assert.Equal(t, payment.Totals{Authorized: eur(t, 10000), Captured: eur(t, 5000), Released: eur(t, 5000),
		Refunded: eur(t, 0), RefundPending: eur(t, 0)}, in.Totals())
	assert.Equal(t, eur(t, 5000), psp.Captured(ref))
	obs, ok := psp.Payment(ref)
	require.True(t, ok)
	assert.Equal(t, eur(t, 5000), obs.Released)
	assert.Equal(t, []string{"AUTHORISATION", "CAPTURE", "CAPTURE", "CANCELLATION"}, types(psp.Webhooks()))
	// Delivered late, every webhook is old news.
	for _, o := range handleAll(t, proc, in, newDedup(t), psp.Drain()) {
		assert.Contains(t, []payment.Outcome{payment.Duplicate, payment.Stale}, o)
	}
	assert.Equal(t, payment.Succeeded, in.Status())
}

func TestProcessorDeclineDoesNotFailOver(t *testing.T) {
	a := newProvider(t, "a", paymenttest.Config{})
	b := newProvider(t, "b", paymenttest.Config{})
	require.NoError(t, a.Script(paymenttest.OpAuthorize, paymenttest.Decline{Code: "insufficient_funds", Message: "Your card has insufficient funds.", Retryable: true}))
	proc := newProcessor(t, a, b)
	in := newIntent(t, 2500, payment.CaptureAutomatic)

	err := pay(t, proc, in, "card", "order-42:pay:1")

	var declined *payment.Declined
	require.ErrorAs(t, err, &declined)
	assert.Equal(t, "insufficient_funds", declined.Code)
	assert.True(t, declined.Retryable)
	assert.Equal(t, 0, b.Calls(paymenttest.OpAuthorize))
	assert.Equal(t, payment.RequiresPaymentMethod, in.Status())
	failed := a.Payments()
	require.Len(t, failed, 1)
	assert.Equal(t, "insufficient_funds", failed[0].Decline.Code)
	assert.Equal(t, []string{"payment_intent.payment_failed"}, types(a.Webhooks()))
}

func TestProcessorTimeoutFailsOver(t *testing.T) {
	a := newProvider(t, "a", paymenttest.Config{})
	b := newProvider(t, "b", paymenttest.Config{})
	require.NoError(t, a.Script(paymenttest.OpAuthorize, paymenttest.Timeout{}))
	proc := newProcessor(t, a, b)
	in := newIntent(t, 2500, payment.CaptureAutomatic)

	require.NoError(t, pay(t, proc, in, "card", "order-42:pay:1"))

	assert.Equal(t, payment.Succeeded, in.Status())
	require.Len(t, in.Attempts, 2)
	assert.Equal(t, "a", in.Attempts[0].Provider)
	assert.Contains(t, in.Attempts[0].Failure, "deadline exceeded")
	assert.Equal(t, "b_pay_1", in.Attempts[1].PSPReference)
	assert.Equal(t, 1, a.Calls(paymenttest.OpAuthorize))
	assert.Empty(t, a.Payments(), "a lost request creates nothing")
	assert.Equal(t, eur(t, 2500), b.Captured("b_pay_1"))
}

func TestProcessorThreeDSDoesNotFailOver(t *testing.T) {
	a := newProvider(t, "a", paymenttest.Config{})
	b := newProvider(t, "b", paymenttest.Config{})
	require.NoError(t, a.Script(paymenttest.OpAuthorize, paymenttest.RequireThreeDS{}))
	proc := newProcessor(t, a, b)
	in := newIntent(t, 12000, payment.CaptureAutomatic)
	dedup := newDedup(t)

	require.NoError(t, pay(t, proc, in, "card", "order-42:pay:1"))

	assert.Equal(t, payment.RequiresAction, in.Status())
	att := in.Attempts[len(in.Attempts)-1]
	require.NotNil(t, att.NextAction)
	assert.Equal(t, payment.ActionThreeDS, att.NextAction.Kind)
	assert.Equal(t, "https://psp.example/a/3ds/a_pay_1", att.NextAction.URL)
	assert.Equal(t, 0, b.Calls(paymenttest.OpAuthorize))
	assert.Equal(t, []payment.Outcome{payment.Duplicate}, handleAll(t, proc, in, dedup, a.Drain()))

	require.NoError(t, a.CompleteThreeDS("a_pay_1", true, t0.Add(90e9)))

	ws := a.Drain()
	assert.Equal(t, []string{"payment_intent.succeeded"}, types(ws))
	assert.Equal(t, []payment.Outcome{payment.Applied}, handleAll(t, proc, in, dedup, ws))
	assert.Equal(t, payment.Succeeded, in.Status())
	assert.Equal(t, eur(t, 12000), in.Totals().Captured)
}

func TestProcessorThreeDSFailed(t *testing.T) {
	a := newProvider(t, "a", paymenttest.Config{})
	require.NoError(t, a.Script(paymenttest.OpAuthorize, paymenttest.RequireThreeDS{URL: "https://acs.example/challenge"}))
	proc := newProcessor(t, a)
	in := newIntent(t, 12000, payment.CaptureAutomatic)
	require.NoError(t, pay(t, proc, in, "card", "order-42:pay:1"))
	a.Drain()

	require.NoError(t, a.CompleteThreeDS("a_pay_1", false, t0.Add(90e9)))

	ws := a.Drain()
	assert.Equal(t, []string{"payment_intent.payment_failed"}, types(ws))
	assert.Equal(t, []payment.Outcome{payment.Applied}, handleAll(t, proc, in, newDedup(t), ws))
	assert.Equal(t, payment.RequiresPaymentMethod, in.Status(), "the buyer may try another method")
	assert.Equal(t, paymenttest.CodeAuthenticationFailed, in.Attempts[0].Decline.Code)
}

func TestProcessorAsyncDebitSettlesByWebhook(t *testing.T) {
	psp := newProvider(t, "mollie", paymenttest.Config{Scheme: paymenttest.Mollie})
	require.NoError(t, psp.Script(paymenttest.OpAuthorize, paymenttest.Async{}))
	proc := newProcessor(t, psp)
	in := newIntent(t, 8999, payment.CaptureAutomatic)
	dedup := newDedup(t)

	require.NoError(t, pay(t, proc, in, "sepa_direct_debit", "order-42:pay:1"))
	assert.Equal(t, payment.Processing, in.Status())
	assert.Equal(t, []payment.Outcome{payment.Duplicate}, handleAll(t, proc, in, dedup, psp.Drain()))

	settled := t0.Add(3 * 24 * 3600e9)
	require.NoError(t, psp.Settle("mollie_pay_1", true, settled))

	ws := psp.Drain()
	assert.Equal(t, []string{"payment.paid"}, types(ws))
	assert.Equal(t, []payment.Outcome{payment.Applied}, handleAll(t, proc, in, dedup, ws))
	assert.Equal(t, payment.Succeeded, in.Status())
	assert.Equal(t, settled, psp.Now())
}

func TestProcessorDuplicateWebhook(t *testing.T) {
	psp := newProvider(t, "stripe", paymenttest.Config{})
	require.NoError(t, psp.Script(paymenttest.OpAuthorize, paymenttest.Async{}))
	proc := newProcessor(t, psp)
	in := newIntent(t, 8999, payment.CaptureAutomatic)
	require.NoError(t, pay(t, proc, in, "sepa_direct_debit", "order-42:pay:1"))
	psp.Drain()
	require.NoError(t, psp.Settle("stripe_pay_1", true, t0.Add(3600e9)))
	ws := psp.Drain()
	require.Len(t, ws, 1)

	out := handleAll(t, proc, in, newDedup(t), paymenttest.Duplicate(ws[0]))

	assert.Equal(t, []payment.Outcome{payment.Applied, payment.Duplicate}, out)
	assert.Equal(t, payment.Succeeded, in.Status())
}

func TestProcessorOutOfOrderWebhooks(t *testing.T) {
	psp := newProvider(t, "stripe", paymenttest.Config{})
	require.NoError(t, psp.Script(paymenttest.OpAuthorize, paymenttest.Async{}))
	proc := newProcessor(t, psp)
	in := newIntent(t, 8999, payment.CaptureAutomatic)
	require.NoError(t, pay(t, proc, in, "sepa_direct_debit", "order-42:pay:1"))
	require.NoError(t, psp.Settle("stripe_pay_1", true, t0.Add(3600e9)))
	ws := psp.Drain()
	require.Equal(t, []string{"payment_intent.processing", "payment_intent.succeeded"}, types(ws))

	out := handleAll(t, proc, in, newDedup(t), paymenttest.Reverse(ws))

	assert.Equal(t, []payment.Outcome{payment.Applied, payment.Stale}, out, "the late processing event is stale")
	assert.Equal(t, payment.Succeeded, in.Status())
}

func TestProcessorContradictingWebhookSyncs(t *testing.T) {
	// Two copies of one authorised intent, as two shop instances load it:
	// one captures it all on day 6; the other, not having seen that yet,
	// lets the authorisation lapse on day 8 by its own clock. The capture's
	// webhook then contradicts it (expired -> succeeded is not a legal
	// move), so the Processor asks the PSP for the authoritative status.
	psp := newProvider(t, "stripe", paymenttest.Config{})
	proc := newProcessor(t, psp)
	in := newIntent(t, 10000, payment.CaptureManual)
	ctx := context.Background()
	require.NoError(t, pay(t, proc, in, "card", "order-42:pay:1"))
	psp.Drain()
	other := *in
	other.Attempts = append([]payment.Attempt(nil), in.Attempts...)
	other.Ledger = append([]payment.Entry(nil), in.Ledger...)
	require.NoError(t, proc.Capture(ctx, &other, eur(t, 10000), "order-42:capture:1", t0.Add(6*24*3600e9)))
	lapsed, err := in.Expire(t0.Add(8 * 24 * 3600e9))
	require.NoError(t, err)
	require.True(t, lapsed)
	require.Equal(t, payment.Expired, in.Status())
	ws := psp.Drain()
	require.Equal(t, []string{"payment_intent.succeeded"}, types(ws))

	out := handleAll(t, proc, in, newDedup(t), ws)

	assert.Equal(t, []payment.Outcome{payment.Applied}, out)
	assert.Equal(t, 1, psp.Calls(paymenttest.OpStatus))
	assert.Equal(t, eur(t, 10000), in.Totals().Captured)
	assert.Equal(t, payment.Succeeded, in.Attempts[0].Status)
}

func TestProcessorWebhookBeforeAuthorizeAnswer(t *testing.T) {
	// The intent as stored before Pay's answer was recorded knows no
	// attempt. Either the Processor finds the payment from the event
	// (asking the PSP for its status), or handling fails, the
	// deduplicator forgets the event, and the PSP's redelivery, once the
	// answer is recorded, is old news.
	psp := newProvider(t, "stripe", paymenttest.Config{})
	proc := newProcessor(t, psp)
	in := newIntent(t, 10000, payment.CaptureAutomatic)
	before := *in
	dedup := newDedup(t)
	require.NoError(t, pay(t, proc, in, "card", "order-42:pay:1"))
	ws := psp.Drain()
	require.Len(t, ws, 1)

	out, err := proc.Handle(context.Background(), &before, ws[0].Event, dedup, ws[0].At)

	if err == nil {
		assert.Equal(t, payment.Applied, out)
		assert.Equal(t, payment.Succeeded, before.Status())
		assert.Equal(t, eur(t, 10000), before.Totals().Captured)
		return
	}
	require.ErrorIs(t, err, payment.ErrUnknownAttempt)
	dedup.Forget(ws[0].Event.Provider + ":" + ws[0].Event.ID)
	assert.Equal(t, []payment.Outcome{payment.Duplicate}, handleAll(t, proc, in, dedup, ws))
	assert.Equal(t, payment.Succeeded, in.Status())
}

func TestLostResponseThenFailoverChargesTwice(t *testing.T) {
	// What a lost response followed by failover does: the first PSP took
	// the money too. The fake shows it; its webhook names a payment the
	// intent never recorded.
	a := newProvider(t, "a", paymenttest.Config{})
	b := newProvider(t, "b", paymenttest.Config{})
	require.NoError(t, a.Script(paymenttest.OpAuthorize, paymenttest.Timeout{LostResponse: true}))
	proc := newProcessor(t, a, b)
	in := newIntent(t, 2500, payment.CaptureAutomatic)

	require.NoError(t, pay(t, proc, in, "card", "order-42:pay:1"))

	assert.Equal(t, eur(t, 2500), a.Captured("a_pay_1"))
	assert.Equal(t, eur(t, 2500), b.Captured("b_pay_1"))
	assert.Equal(t, "b_pay_1", lastRef(t, in))
	ws := a.Drain()
	require.Len(t, ws, 1)
	assert.Equal(t, "a_pay_1", ws[0].Event.Observation.PSPReference)

	// A's webhook names this intent: the Processor checks it with A,
	// adopts the payment, and the double charge shows as an overcharge
	// with the refund that puts it right.
	out, err := proc.Handle(context.Background(), in, ws[0].Event, newDedup(t), ws[0].At)
	require.NoError(t, err)
	assert.Equal(t, payment.Applied, out)
	excess, candidate, over := in.Overcharge()
	require.True(t, over)
	assert.Equal(t, eur(t, 2500), excess)
	assert.NotEmpty(t, candidate.PSPReference)
}

func TestProcessorLostResponseRetryMakesOnePayment(t *testing.T) {
	psp := newProvider(t, "stripe", paymenttest.Config{})
	require.NoError(t, psp.Script(paymenttest.OpAuthorize, paymenttest.Timeout{LostResponse: true}))
	proc := newProcessor(t, psp)
	in := newIntent(t, 4998, payment.CaptureAutomatic)

	err := pay(t, proc, in, "card", "order-42:pay:1")
	require.ErrorIs(t, err, payment.ErrTransient)
	require.ErrorIs(t, err, context.DeadlineExceeded)
	// The PSP took the payment: its webhook is already out.
	assert.Equal(t, []string{"payment_intent.succeeded"}, types(psp.Webhooks()))

	require.NoError(t, pay(t, proc, in, "card", "order-42:pay:1"))

	assert.Equal(t, payment.Succeeded, in.Status())
	assert.Equal(t, 2, psp.Calls(paymenttest.OpAuthorize))
	assert.Len(t, psp.Payments(), 1)
	assert.Equal(t, eur(t, 4998), psp.Captured("stripe_pay_1"))
	reqs := psp.Requests()
	require.Len(t, reqs, 2)
	assert.False(t, reqs[0].Replay)
	assert.ErrorIs(t, reqs[0].Err, context.DeadlineExceeded)
	assert.True(t, reqs[1].Replay)
	assert.Equal(t, reqs[0].Key, reqs[1].Key)
}

func TestProcessorOvercaptureReportsExcess(t *testing.T) {
	psp := newProvider(t, "stripe", paymenttest.Config{AllowOvercapture: true})
	proc := newProcessor(t, psp)
	in := newIntent(t, 10000, payment.CaptureManual)
	ctx := context.Background()
	dedup := newDedup(t)
	require.NoError(t, pay(t, proc, in, "card", "order-42:pay:1"))
	require.NoError(t, proc.Capture(ctx, in, eur(t, 10000), "order-42:capture:1", t0))
	handleAll(t, proc, in, dedup, psp.Drain())
	ref := lastRef(t, in)

	// A buggy back office captures the order a second time.
	_, err := psp.Capture(ctx, payment.CaptureRequest{IdempotencyKey: "backoffice-7", PSPReference: ref, Amount: eur(t, 10000)})
	require.NoError(t, err)
	assert.Equal(t, eur(t, 20000), psp.Captured(ref))
	assert.Equal(t, []payment.Outcome{payment.Applied}, handleAll(t, proc, in, dedup, psp.Drain()))

	excess, candidate, ok := in.Overcharge()
	require.True(t, ok)
	assert.Equal(t, eur(t, 10000), excess)
	require.NotNil(t, candidate)
	assert.Equal(t, ref, candidate.PSPReference)
	assert.Equal(t, eur(t, 10000), candidate.Amount)

	require.NoError(t, proc.Refund(ctx, in, candidate.Amount, candidate.IdempotencyKey, t0))
	handleAll(t, proc, in, dedup, psp.Drain())
	assert.Equal(t, eur(t, 10000), psp.Refunded(ref))
	assert.Equal(t, eur(t, 10000), in.Totals().Refunded)
}

func TestProcessorPartialRefunds(t *testing.T) {
	psp := newProvider(t, "stripe", paymenttest.Config{Refunds: paymenttest.RefundsManual})
	proc := newProcessor(t, psp)
	in := newIntent(t, 10000, payment.CaptureAutomatic)
	ctx := context.Background()
	dedup := newDedup(t)
	require.NoError(t, pay(t, proc, in, "card", "order-42:pay:1"))
	ref := lastRef(t, in)
	psp.Drain()

	require.NoError(t, proc.Refund(ctx, in, eur(t, 3000), "order-42:refund:1", t0))
	assert.Equal(t, payment.RefundPending, in.Refunds[0].Status)
	assert.Equal(t, "stripe_re_1", in.Refunds[0].PSPReference)
	assert.True(t, in.Totals().Refunded.IsZero())

	// Beyond what is left: the library refuses, and so does the PSP.
	require.ErrorIs(t, proc.Refund(ctx, in, eur(t, 8000), "order-42:refund:2", t0), payment.ErrInvalidAmount)
	_, err := psp.Refund(ctx, payment.RefundRequest{IdempotencyKey: "direct", PSPReference: ref, Amount: eur(t, 7001)})
	var rerr *paymenttest.RequestError
	require.ErrorAs(t, err, &rerr)
	assert.ErrorIs(t, err, payment.ErrInvalidAmount)
	assert.Equal(t, paymenttest.OpRefund, rerr.Op)

	require.NoError(t, psp.SettleRefund("order-42:refund:1", true, t0.Add(3600e9)))
	ws := psp.Drain()
	assert.Equal(t, []string{"refund.created", "refund.updated"}, types(ws))
	assert.Equal(t, []payment.Outcome{payment.Duplicate, payment.Applied}, handleAll(t, proc, in, dedup, ws))
	assert.Equal(t, payment.RefundSucceeded, in.Refunds[0].Status)
	assert.Equal(t, eur(t, 3000), in.Totals().Refunded)
	assert.Equal(t, eur(t, 3000), psp.Refunded(ref))

	require.NoError(t, proc.Refund(ctx, in, eur(t, 7000), "order-42:refund:3", t0))
	_, err = psp.Refund(ctx, payment.RefundRequest{IdempotencyKey: "direct", PSPReference: ref, Amount: eur(t, 1)})
	assert.ErrorIs(t, err, payment.ErrInvalidAmount, "pending refunds count")
}

func TestProcessorRefundSettledAtOnceByWebhook(t *testing.T) {
	psp := newProvider(t, "stripe", paymenttest.Config{})
	proc := newProcessor(t, psp)
	in := newIntent(t, 10000, payment.CaptureAutomatic)
	ctx := context.Background()
	require.NoError(t, pay(t, proc, in, "card", "order-42:pay:1"))
	psp.Drain()

	require.NoError(t, proc.Refund(ctx, in, eur(t, 2500), "order-42:refund:1", t0))
	assert.Equal(t, payment.RefundPending, in.Refunds[0].Status, "the answer says pending")
	assert.Equal(t, eur(t, 2500), psp.Refunded(lastRef(t, in)), "the PSP settled it at once")

	out := handleAll(t, proc, in, newDedup(t), psp.Drain())
	assert.Equal(t, []payment.Outcome{payment.Duplicate, payment.Applied}, out)
	assert.Equal(t, eur(t, 2500), in.Totals().Refunded)
}

func TestProcessorRefundSyncAnswer(t *testing.T) {
	psp := newProvider(t, "stripe", paymenttest.Config{Refunds: paymenttest.RefundsSync})
	proc := newProcessor(t, psp)
	in := newIntent(t, 10000, payment.CaptureAutomatic)
	require.NoError(t, pay(t, proc, in, "card", "order-42:pay:1"))

	require.NoError(t, proc.Refund(context.Background(), in, eur(t, 10000), "order-42:refund:1", t0))

	assert.Equal(t, payment.RefundSucceeded, in.Refunds[0].Status)
	assert.Equal(t, eur(t, 10000), in.Totals().Refunded)
}

func TestProcessorAuthorizationExpires(t *testing.T) {
	psp := newProvider(t, "stripe", paymenttest.Config{AuthorizationTTL: 48 * 3600e9})
	proc := newProcessor(t, psp)
	in := newIntent(t, 10000, payment.CaptureManual)
	require.NoError(t, pay(t, proc, in, "card", "order-42:pay:1"))
	psp.Drain()

	require.NoError(t, psp.Advance(72*3600e9))

	ws := psp.Drain()
	require.Equal(t, []string{"payment_intent.canceled"}, types(ws))
	assert.Equal(t, t0.Add(48*3600e9), ws[0].At)
	assert.Equal(t, []payment.Outcome{payment.Applied}, handleAll(t, proc, in, newDedup(t), ws))
	assert.Equal(t, payment.Expired, in.Status())
	err := proc.Capture(context.Background(), in, eur(t, 10000), "order-42:capture:1", t0)
	assert.ErrorIs(t, err, payment.ErrIllegalTransition)
}

func TestProcessorIdempotencyConflictIsNotFailedOver(t *testing.T) {
	a := newProvider(t, "a", paymenttest.Config{})
	_, err := a.Authorize(context.Background(), payment.AuthorizeRequest{IdempotencyKey: "order-42:pay:1:a", Reference: "other",
		Amount: eur(t, 100), Method: "card", Capture: payment.CaptureAutomatic})
	require.NoError(t, err)
	b := newProvider(t, "b", paymenttest.Config{})
	proc := newProcessor(t, a, b)
	in := newIntent(t, 2500, payment.CaptureAutomatic)

	err = pay(t, proc, in, "card", "order-42:pay:1")

	assert.True(t, errors.Is(err, payment.ErrIdempotencyConflict), "%v", err)
	assert.Equal(t, 0, b.Calls(paymenttest.OpAuthorize))
}
