// Package payment owns the payments of an order: the provider port, the
// intent and its state machine, idempotent money-moving calls, failover
// and webhook events.
//
// A payment service provider (Mollie, Stripe, Adyen, Worldline) is a
// Provider: authorise (captured at once, or held for a manual capture),
// capture, void, refund and an authoritative status fetch, each
// money-moving call under an idempotency key, with capabilities (methods,
// manual, partial and multiple capture, partial refund). What the buyer
// must do next (a redirect, a 3-D Secure challenge, a QR code) is data:
// NextAction.
//
// The library owns the state machine; a provider only reports
// observations. An Intent is one payment of an order: its attempts (one
// per provider tried) and a ledger of every amount that moved (authorised,
// captured, released by a void or an expiry, refunded), from which its
// totals and its status (payments.md: requires_payment_method ...
// succeeded, canceled, failed, expired) are derived. Observe applies only
// legal moves: a late observation is Stale and ignored, a duplicate does
// nothing, a contradicting one is a *TransitionError. Captures never
// exceed what is authorised, refunds never what is captured; a capture
// beyond the intent's amount is reported by Overcharge with the refund
// that would put it right; a zero-amount intent succeeds without any
// provider.
//
// A Processor routes each method to an ordered list of providers: a
// technical failure (*Transient) moves to the next, a decline (*Declined)
// or an authentication request (*AuthenticationRequired) does not: a
// 3-D Secure payment is never silently retried elsewhere. Calls go through
// an IdempotencyStore (MemoryIdempotency in memory): a replayed key gets
// the first result, a key reused with other parameters is an error, a
// retry after a timeout reuses its key. Handle applies a verified webhook
// (package webhook verifies Stripe, Adyen and Mollie signatures): it drops
// duplicates, ignores stale events and, when an event cannot be applied,
// asks the provider for the authoritative status.
//
// Subpackages: method (the catalogue of payment methods and their
// availability), fee (fee schedules and monthly statements), fraud (rule
// screening), sca (the strong customer authentication exemption to
// request), webhook (signature verification), paymenttest (an in-memory
// provider).
package payment
