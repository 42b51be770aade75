package payment

import (
	"context"
	"slices"
	"time"

	"github.com/comptoir/comptoir/money"
)

// Provider is a payment service provider (PSP) connector: Mollie, Stripe,
// Adyen, Worldline... Every call that moves money carries an idempotency
// key the provider must honour: the same key returns the first result.
// Implementations must be safe for concurrent use; paymenttest.Provider is
// an in-memory one.
//
// Errors: *Declined for a business refusal, *AuthenticationRequired when
// the buyer must act, *Transient for a technical failure; anything else is
// treated as transient.
type Provider interface {
	// Name identifies the provider ("mollie").
	Name() string
	// Capabilities says what the provider can do.
	Capabilities() Capabilities
	// Authorize creates and confirms a payment: captured at once, or
	// authorised for a later capture (CaptureManual).
	Authorize(ctx context.Context, r AuthorizeRequest) (Observation, error)
	// Capture captures an amount of an authorisation.
	Capture(ctx context.Context, r CaptureRequest) (Observation, error)
	// Void releases what is authorised and not captured.
	Void(ctx context.Context, r VoidRequest) (Observation, error)
	// Refund refunds an amount of what was captured.
	Refund(ctx context.Context, r RefundRequest) (RefundObservation, error)
	// Status returns the provider's authoritative view of a payment.
	Status(ctx context.Context, pspReference string) (Observation, error)
}

// Capabilities are what a provider supports.
type Capabilities struct {
	// Methods are the method IDs it takes ("card", "bancontact_card").
	Methods []string
	// ManualCapture: authorise now, capture later.
	ManualCapture bool
	// PartialCapture: capture less than authorised; MultipleCapture:
	// capture in several parts.
	PartialCapture, MultipleCapture bool
	// PartialRefund: refund less than captured (several times).
	PartialRefund bool
}

// Takes reports whether the provider takes method.
func (c Capabilities) Takes(method string) bool { return slices.Contains(c.Methods, method) }

// CaptureMethod says when an authorised payment is captured.
type CaptureMethod string

// Capture methods.
const (
	// CaptureAutomatic captures at authorisation.
	CaptureAutomatic CaptureMethod = "automatic"
	// CaptureManual authorises now and captures later (on shipping).
	CaptureManual CaptureMethod = "manual"
)

// AuthorizeRequest asks a provider to take a payment.
type AuthorizeRequest struct {
	IdempotencyKey string
	// Reference is the intent's id, echoed in the provider's records and
	// webhooks.
	Reference string
	Amount    money.Money
	Method    string
	Capture   CaptureMethod
	// ReturnURL is where a redirect or 3-D Secure brings the buyer back.
	ReturnURL string
	// Exemption is the SCA exemption requested (see package sca), "" for
	// none.
	Exemption string
}

// CaptureRequest captures Amount of the payment PSPReference.
type CaptureRequest struct {
	IdempotencyKey string
	PSPReference   string
	Amount         money.Money
	// Final says no further capture follows: the provider releases the
	// rest.
	Final bool
}

// VoidRequest releases the uncaptured rest of PSPReference.
type VoidRequest struct {
	IdempotencyKey string
	PSPReference   string
}

// RefundRequest refunds Amount of the payment PSPReference.
type RefundRequest struct {
	IdempotencyKey string
	PSPReference   string
	// RefundID is the library's id of the refund, echoed back.
	RefundID string
	Amount   money.Money
}

// ActionKind is what the buyer must do.
type ActionKind string

// Action kinds.
const (
	ActionRedirect   ActionKind = "redirect"
	ActionThreeDS    ActionKind = "three_d_secure"
	ActionQRCode     ActionKind = "qr_code"
	ActionBankDetail ActionKind = "bank_transfer_details"
)

// NextAction is what the buyer must do next, as data: a URL to redirect
// to or to open in a 3-D Secure frame, a QR code's payload.
type NextAction struct {
	Kind ActionKind
	URL  string
	Data string
}

// Observation is what a provider reports about a payment, from a call's
// answer, a webhook or a status fetch. Amounts are cumulative totals.
type Observation struct {
	PSPReference string
	// Reference is the intent id the payment was created with.
	Reference string
	Status    Status
	// Authorized, Captured and Released are totals so far: what was
	// authorised, captured, and given back by a void or an expiry.
	Authorized, Captured, Released money.Money
	// ExpiresAt is when an authorisation lapses, when the provider says.
	ExpiresAt  time.Time
	NextAction *NextAction
	Decline    *Declined
	Refunds    []RefundObservation
	At         time.Time
}

// RefundStatus is a refund's status.
type RefundStatus string

// Refund statuses.
const (
	RefundPending   RefundStatus = "pending"
	RefundSucceeded RefundStatus = "succeeded"
	RefundFailed    RefundStatus = "failed"
	RefundCanceled  RefundStatus = "canceled"
)

// Valid reports whether s is a refund status.
func (s RefundStatus) Valid() bool {
	switch s {
	case RefundPending, RefundSucceeded, RefundFailed, RefundCanceled:
		return true
	}
	return false
}

// RefundObservation is what a provider reports about a refund.
type RefundObservation struct {
	RefundID     string
	PSPReference string
	Amount       money.Money
	Status       RefundStatus
	At           time.Time
}
