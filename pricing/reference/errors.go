package reference

import (
	"errors"
	"fmt"
	"time"

	"github.com/comptoir/comptoir/money"
)

// Sentinel errors. Every error of this package matches one of them or
// money.ErrCurrencyMismatch, unless it is the context's error or one a
// History returned; the typed errors below carry the details.
var (
	// ErrInvalidInput: an argument or option that is missing or out of
	// range (see InputError).
	ErrInvalidInput = errors.New("reference: invalid input")
	// ErrNoHistory: no price of the SKU on the channel was in force when it
	// was needed (see NoHistoryError).
	ErrNoHistory = errors.New("reference: no price history")
	// ErrConflict: a second, different price at an instant that already has
	// one (see ConflictError).
	ErrConflict = errors.New("reference: conflicting price change")
	// ErrCampaignInterrupted: the progressive-reduction rule was asked for
	// but the campaign was interrupted (see InterruptedError).
	ErrCampaignInterrupted = errors.New("reference: reduction campaign interrupted")
	// ErrWasPrice: an announced "was" price that is not the reference price
	// (see WasPriceError).
	ErrWasPrice = errors.New("reference: was price is not the reference price")
	// ErrNotReduced: a new price that is not below the reference price (see
	// NotReducedError).
	ErrNotReduced = errors.New("reference: new price is not below the reference price")
)

// InputError names an invalid argument or option and says what is wrong
// with it.
type InputError struct {
	Field  string // e.g. "SKU", "Options.Location"
	Reason string
}

// Error names the field and the problem.
func (e *InputError) Error() string {
	return fmt.Sprintf("reference: invalid %s: %s", e.Field, e.Reason)
}

// Is reports whether target is ErrInvalidInput.
func (e *InputError) Is(target error) bool { return target == ErrInvalidInput }

func inputErr(field, format string, args ...any) error {
	return &InputError{Field: field, Reason: fmt.Sprintf(format, args...)}
}

// NoHistoryError reports that no price of SKU on Channel was in force before
// Before; a zero Before means nothing at all is recorded for them.
type NoHistoryError struct {
	SKU, Channel string
	Before       time.Time
}

// Error names the SKU, the channel and the instant.
func (e *NoHistoryError) Error() string {
	if e.Before.IsZero() {
		return fmt.Sprintf("reference: no price recorded for %q on %q", e.SKU, e.Channel)
	}
	return fmt.Sprintf("reference: no price of %q on %q in force before %s",
		e.SKU, e.Channel, e.Before.Format(time.RFC3339))
}

// Is reports whether target is ErrNoHistory.
func (e *NoHistoryError) Is(target error) bool { return target == ErrNoHistory }

// ConflictError reports a change at an instant for which the history already
// holds another price. Recording the very same change twice is not a
// conflict, so retries are safe.
type ConflictError struct {
	Existing, New Change
}

// Error names both prices.
func (e *ConflictError) Error() string {
	return fmt.Sprintf("reference: %q on %q already costs %s at %s, not %s",
		e.New.SKU, e.New.Channel, e.Existing.Price, e.New.At.Format(time.RFC3339), e.New.Price)
}

// Is reports whether target is ErrConflict.
func (e *ConflictError) Is(target error) bool { return target == ErrConflict }

// CurrencyError reports a change whose currency differs from the one the
// SKU's history on the channel already uses: the prices of one history must
// be comparable.
type CurrencyError struct {
	SKU, Channel string
	Want, Got    money.Currency
}

// Error names both currencies.
func (e *CurrencyError) Error() string {
	return fmt.Sprintf("reference: history of %q on %q is in %s, not %s", e.SKU, e.Channel, e.Want, e.Got)
}

// Is reports whether target is money.ErrCurrencyMismatch.
func (e *CurrencyError) Is(target error) bool { return target == money.ErrCurrencyMismatch }

// InterruptedError reports that a reduction campaign was interrupted: at At
// the price went back to Price, not below the campaign's reference price, so
// a later reduction starts a new campaign with its own reference price.
type InterruptedError struct {
	SKU, Channel string
	At           time.Time
	Price        money.Money
	Reference    money.Money
}

// Error names the price that interrupted the campaign.
func (e *InterruptedError) Error() string {
	return fmt.Sprintf("reference: campaign on %q on %q interrupted at %s: price %s is not below the reference %s",
		e.SKU, e.Channel, e.At.Format(time.RFC3339), e.Price, e.Reference)
}

// Is reports whether target is ErrCampaignInterrupted.
func (e *InterruptedError) Is(target error) bool { return target == ErrCampaignInterrupted }

// WasPriceError reports an announced "was" price that is not the reference
// price the law requires (Directive 98/6/EC art. 6a(1)).
type WasPriceError struct {
	Was, Reference money.Money
}

// Error names both prices.
func (e *WasPriceError) Error() string {
	return fmt.Sprintf("reference: was price %s is not the reference price %s", e.Was, e.Reference)
}

// Is reports whether target is ErrWasPrice.
func (e *WasPriceError) Is(target error) bool { return target == ErrWasPrice }

// NotReducedError reports a new price that is not below the reference price:
// announcing it as a reduction would mislead.
type NotReducedError struct {
	Now, Reference money.Money
}

// Error names both prices.
func (e *NotReducedError) Error() string {
	return fmt.Sprintf("reference: new price %s is not below the reference price %s", e.Now, e.Reference)
}

// Is reports whether target is ErrNotReduced.
func (e *NotReducedError) Is(target error) bool { return target == ErrNotReduced }
