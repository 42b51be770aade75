package webhook

import (
	"errors"
	"fmt"
	"time"
)

// Sentinel errors. Every error returned by this package matches one of them
// with errors.Is; the typed errors below carry the details. No error ever
// contains a secret.
var (
	// ErrMissingSignature: the request carries no signature (no
	// Stripe-Signature header, no hmacSignature on an Adyen item).
	ErrMissingSignature = errors.New("webhook: missing signature")
	// ErrBadSignature: a signature is present but none matches any secret.
	ErrBadSignature = errors.New("webhook: signature mismatch")
	// ErrTimestampOutOfTolerance: a genuine signature whose timestamp is
	// further from now than the tolerance (a replay, or a clock skew).
	ErrTimestampOutOfTolerance = errors.New("webhook: timestamp outside tolerance")
	// ErrMalformed: a header or body that does not follow the provider's
	// format.
	ErrMalformed = errors.New("webhook: malformed request")
	// ErrInvalidConfig: no secret, an empty secret, a key that is not
	// hexadecimal, a negative tolerance or TTL, an unknown Adyen scheme.
	ErrInvalidConfig = errors.New("webhook: invalid configuration")
)

// TimestampError reports a Stripe signature that matched but whose
// timestamp is outside the tolerance. It matches ErrTimestampOutOfTolerance.
type TimestampError struct {
	Signed    time.Time     // the time in the header (t=)
	Now       time.Time     // the time passed to the verifier
	Skew      time.Duration // Now - Signed: positive when the header is old, negative when it is in the future
	Tolerance time.Duration // the largest skew accepted either way
}

// Error gives the skew and the tolerance.
func (e *TimestampError) Error() string {
	return fmt.Sprintf("webhook: stripe: timestamp %d is %v from now, tolerance %v",
		e.Signed.Unix(), e.Skew, e.Tolerance)
}

// Is reports whether target is ErrTimestampOutOfTolerance.
func (e *TimestampError) Is(target error) bool { return target == ErrTimestampOutOfTolerance }

// HeaderError reports a signature header that cannot be parsed. It matches
// ErrMalformed. The header's value is not repeated: it is attacker input.
type HeaderError struct {
	Provider string // "stripe" or "mollie"
	Header   string // the header's name
	Reason   string // what is wrong with it
}

// Error names the header and what is wrong with it.
func (e *HeaderError) Error() string {
	return fmt.Sprintf("webhook: %s: malformed %s header: %s", e.Provider, e.Header, e.Reason)
}

// Is reports whether target is ErrMalformed.
func (e *HeaderError) Is(target error) bool { return target == ErrMalformed }

// BodyError reports a body that cannot be parsed: invalid JSON, a missing
// or mistyped field, a field given twice. It matches ErrMalformed.
type BodyError struct {
	Provider string // "stripe", "adyen" or "mollie"
	Offset   int    // the byte offset where the problem was found
	Reason   string // what is wrong
}

// Error names the provider, the offset and the problem.
func (e *BodyError) Error() string {
	return fmt.Sprintf("webhook: %s: malformed body at byte %d: %s", e.Provider, e.Offset, e.Reason)
}

// Is reports whether target is ErrMalformed.
func (e *BodyError) Is(target error) bool { return target == ErrMalformed }

// ItemError reports the Adyen notification item that failed verification.
// Err is ErrMissingSignature or ErrBadSignature.
type ItemError struct {
	Index        int    // the item's position in notificationItems
	PSPReference string // the item's pspReference, to find it in the Customer Area
	Err          error  // the sentinel saying what is wrong
}

// Error names the item and what is wrong with it.
func (e *ItemError) Error() string {
	return fmt.Sprintf("webhook: adyen: item %d (pspReference %q): %v", e.Index, e.PSPReference, e.Err)
}

// Unwrap returns the sentinel error.
func (e *ItemError) Unwrap() error { return e.Err }

// configError builds an ErrInvalidConfig error naming what is wrong.
func configError(provider, reason string) error {
	return fmt.Errorf("%w: %s: %s", ErrInvalidConfig, provider, reason)
}

// mismatch builds an ErrBadSignature error for a provider.
func mismatch(provider string) error {
	return fmt.Errorf("%w: %s: no signature matches any secret", ErrBadSignature, provider)
}

// missing builds an ErrMissingSignature error for a provider's header.
func missing(provider, header string) error {
	return fmt.Errorf("%w: %s: no %s header", ErrMissingSignature, provider, header)
}
