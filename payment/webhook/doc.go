// Package webhook verifies the signatures of payment providers' webhooks
// (Stripe, Adyen, Mollie), signs bodies the same way for fake providers,
// and drops duplicates.
//
// A webhook is a hint, not the truth: verify its signature, drop a
// duplicate, apply only a legal transition, and when in doubt ask the
// provider for the authoritative status. The verifiers are pure functions
// of the headers, the raw body (the bytes received, before any JSON
// decoding), the secrets and, for Stripe, the current time passed in. They
// compare signatures in constant time (hmac.Equal) and accept several
// secrets at once, so a secret can be rotated without losing webhooks.
//
// # Schemes
//
// Stripe (VerifyStripe, SignStripe): the Stripe-Signature header holds
// t=<unix> and one or more v1=<hex>, each hex(HMAC-SHA256(secret, t + "." +
// body)); the timestamp must be within a tolerance of now (five minutes by
// default) so a captured request cannot be replayed later.
//
// Adyen (VerifyAdyen, SignAdyen, EncodeAdyen): each item of the JSON batch
// carries in additionalData.hmacSignature the base64 HMAC-SHA256, keyed
// with the hex-decoded key, of eight of its fields joined by ':'. The body
// is not signed, only those fields. payments.md escapes ':' and '\' in each
// field, Adyen's own libraries do not; the two agree unless a field holds
// one of them, and the caller chooses with AdyenScheme.
//
// Mollie (VerifyMollie, SignMollie): a classic webhook posts only a
// resource id, unsigned, and the handler must fetch the resource; a
// next-gen webhook carries X-Mollie-Signature: sha256=<hex of HMAC-SHA256
// of the body>.
//
// # Deduplication
//
// Providers deliver at least once, and out of order. Deduplicator remembers
// keys for a time to live: the provider and event id (StripeEvent.DedupKey,
// MollieEvent.DedupKey), or a reference and status (AdyenItem.DedupKey,
// StatusKey).
//
// # Errors
//
// Every error matches a sentinel with errors.Is: ErrMissingSignature,
// ErrBadSignature, ErrTimestampOutOfTolerance (a *TimestampError with the
// skew), ErrMalformed (a *HeaderError or *BodyError), ErrInvalidConfig.
// Answer a webhook that fails verification with an error status so that
// the provider retries, and log it: a stream of them is an attack or a
// rotated secret.
//
// Every function is safe for concurrent use.
package webhook
