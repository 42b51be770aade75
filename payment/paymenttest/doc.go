// Package paymenttest provides Provider, an in-memory payment.Provider
// that behaves like a real payment service provider, for tests (yours
// too): scripted outcomes, idempotency keys, amounts enforced, signed
// webhooks, and the amounts captured and refunded to assert on.
//
// # Payments
//
// Authorize creates a payment "<name>_pay_<n>" (refunds are
// "<name>_re_<n>", webhook events "<name>_evt_<n>": references are
// deterministic). By default it succeeds: a manual capture is authorised
// (requires_capture, expiring AuthorizationTTL later, 7 days by default),
// an automatic one captured at once (succeeded). Capture, Void and Refund
// enforce amounts as a PSP does: never more captured than authorised
// (unless AllowOvercapture simulates a buggy double capture), never more
// refunded than captured, partial and multiple captures and partial
// refunds only with the capabilities. Observations carry cumulative
// totals (Authorized, Captured, Released), and Status returns the
// authoritative one.
//
// # Scripted outcomes
//
// Script queues, per operation, how the next calls answer:
//
//   - Succeed, the default;
//   - Decline{Code}: a *payment.Declined; Authorize records the failed
//     payment (requires_payment_method, as Stripe), Capture and Refund
//     change nothing;
//   - RequireThreeDS: Authorize answers the payment in requires_action and
//     a *payment.AuthenticationRequired with the 3-D Secure URL;
//     CompleteThreeDS finishes it later;
//   - Async: Authorize answers processing until Settle; Refund answers
//     pending until SettleRefund;
//   - Timeout: a *payment.Transient wrapping context.DeadlineExceeded.
//     Either the request was lost (nothing happened) or, with
//     LostResponse, the PSP did the work and only the response was lost:
//     a retry with the same idempotency key then gets the kept answer and
//     nothing happens twice.
//
// Fail and FailNext inject any error before the call reaches the PSP.
//
// # Idempotency
//
// Every call that moves money needs an idempotency key. The same key with
// the same request returns the first answer (a decline included) and does
// nothing again; with another request, or for another operation, it is a
// *RequestError matching payment.ErrIdempotencyConflict. A request the PSP
// refuses (an unknown payment, an amount too large, a missing capability:
// a *RequestError) keeps nothing, so a corrected request may reuse its key.
//
// # Webhooks
//
// Every state change appends a Webhook to the outbox (Webhooks, Drain):
// the payment.Event the library handles, and the raw body and headers
// signed in the provider's Scheme with package webhook, so that
// webhook.VerifyStripe, VerifyAdyen and VerifyMollie accept them:
//
//   - Stripe: a "payment_intent.<...>" event with the PaymentIntent
//     (status, amount, amount_capturable, amount_received, currency,
//     metadata.reference), or "refund.created", "refund.updated",
//     "refund.failed" with the Refund;
//   - Adyen: one NotificationRequestItem: PENDING, AUTHORISATION (success
//     false for a failure), CAPTURE, CANCELLATION, EXPIRE, REFUND,
//     REFUND_FAILED; modifications carry their own pspReference and the
//     payment's as originalReference; a refund only pending sends nothing;
//   - Mollie: a next-gen event "payment.paid", "refund.refunded"... with
//     the entity's snapshot, signed in X-Mollie-Signature;
//   - MollieClassic: the unsigned form body "id=<payment>", for which the
//     receiver asks Status.
//
// Duplicate, Reverse and Shuffle (seeded, without global state) rearrange
// webhooks to simulate redeliveries and out-of-order delivery.
//
// # Time
//
// The provider never reads the real time. Its clock starts at
// Config.Start and moves with SetTime and Advance, or with the times given
// to CompleteThreeDS, Settle and SettleRefund; the clock passing an
// authorisation's expiry expires it, with a webhook.
//
// # Inspection
//
// Captured and Refunded give the totals per payment, Payment and Payments
// the provider's view without counting a call, Calls the number of calls
// per operation, Requests every call with its request, its error and
// whether it was a replay, Scripted the outcomes still queued.
//
// A Provider is safe for concurrent use: one mutex makes each call atomic.
package paymenttest
