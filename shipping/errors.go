package shipping

import (
	"errors"
	"fmt"
)

// Sentinel errors. Every error this package returns, and every reason an
// Option is unavailable, matches one of them with errors.Is; the typed
// errors below carry the details.
var (
	// ErrUnknownMode: a delivery mode that is not one of the Mode constants.
	ErrUnknownMode = errors.New("shipping: unknown delivery mode")
	// ErrInvalidSchedule: a Config that NewSchedule rejects (see ConfigError).
	ErrInvalidSchedule = errors.New("shipping: invalid schedule")
	// ErrInvalidBasket: a Basket that cannot be quoted (see BasketError).
	ErrInvalidBasket = errors.New("shipping: invalid basket")
	// ErrInvalidTransit: a Transit, time zone or calendar that cannot give a
	// delivery promise.
	ErrInvalidTransit = errors.New("shipping: invalid transit")

	// ErrNotServed: no zone of the offer covers the destination.
	ErrNotServed = errors.New("shipping: destination not served")
	// ErrExcluded: the destination is in a zone of the offer but in one of
	// its excluded postal-code prefixes.
	ErrExcluded = errors.New("shipping: destination excluded")
	// ErrTooHeavy: the weight is beyond the offer's last weight bracket.
	ErrTooHeavy = errors.New("shipping: too heavy")
	// ErrCarrierFailed: the carrier's rate source failed or gave an unusable
	// rate.
	ErrCarrierFailed = errors.New("shipping: carrier failed")
	// ErrParcelTooLarge: an item of the basket, one unit alone in its box,
	// breaks a limit of the offer's parcel Service (weight, longest side,
	// girth, sum of sides, box size).
	ErrParcelTooLarge = errors.New("shipping: parcel too large")
)

// UnknownModeError reports a delivery mode that ParseMode does not know.
type UnknownModeError struct {
	Mode string // the mode as given
}

// Error quotes the mode and lists the known ones.
func (e *UnknownModeError) Error() string {
	return fmt.Sprintf("shipping: unknown delivery mode %q (known: home, pickup_point, locker, click_and_collect, local_courier, express)", e.Mode)
}

// Is reports whether target is ErrUnknownMode.
func (e *UnknownModeError) Is(target error) bool { return target == ErrUnknownMode }

// ConfigError says what is wrong with a schedule's Config and where: Field
// is a path such as "offers[2].fee.brackets[1]" or "zones[0].regions[1]".
type ConfigError struct {
	Field  string
	Reason string
}

// Error names the field and the problem.
func (e *ConfigError) Error() string {
	return fmt.Sprintf("shipping: invalid schedule: %s: %s", e.Field, e.Reason)
}

// Is reports whether target is ErrInvalidSchedule.
func (e *ConfigError) Is(target error) bool { return target == ErrInvalidSchedule }

// BasketError says what is wrong with a Basket and where: Field is a path
// such as "weight_grams" or "perks[1].percent_off".
type BasketError struct {
	Field  string
	Reason string
}

// Error names the field and the problem.
func (e *BasketError) Error() string {
	return fmt.Sprintf("shipping: invalid basket: %s: %s", e.Field, e.Reason)
}

// Is reports whether target is ErrInvalidBasket.
func (e *BasketError) Is(target error) bool { return target == ErrInvalidBasket }

// TransitError says why a delivery promise cannot be computed.
type TransitError struct {
	Reason string
}

// Error states the reason.
func (e *TransitError) Error() string { return "shipping: invalid transit: " + e.Reason }

// Is reports whether target is ErrInvalidTransit.
func (e *TransitError) Is(target error) bool { return target == ErrInvalidTransit }

// Reason says why an offer is unavailable for a basket.
type Reason string

// The reasons an Option can be unavailable.
const (
	// ReasonNotServed: no zone of the offer covers the destination.
	ReasonNotServed Reason = "not_served"
	// ReasonExcluded: the destination falls in an excluded prefix of every
	// zone of the offer that covers it.
	ReasonExcluded Reason = "excluded"
	// ReasonTooHeavy: the weight is beyond the offer's last bracket.
	ReasonTooHeavy Reason = "too_heavy"
	// ReasonCarrierFailed: the carrier's rate source failed.
	ReasonCarrierFailed Reason = "carrier_failed"
	// ReasonParcelTooLarge: an item cannot ship with the offer's parcel
	// Service, whatever the limit it breaks (the weight included: the
	// split cannot help, unlike a basket beyond the last bracket).
	ReasonParcelTooLarge Reason = "parcel_too_large"
)

// sentinel returns the sentinel error of a reason.
func (r Reason) sentinel() error {
	switch r {
	case ReasonNotServed:
		return ErrNotServed
	case ReasonExcluded:
		return ErrExcluded
	case ReasonTooHeavy:
		return ErrTooHeavy
	case ReasonCarrierFailed:
		return ErrCarrierFailed
	case ReasonParcelTooLarge:
		return ErrParcelTooLarge
	}
	return nil
}

// UnavailableError explains why an offer cannot serve a basket. It is not
// returned by Quote (an unavailable offer does not fail the quote) but
// carried by the Option; errors.Is matches the Reason's sentinel
// (ErrNotServed, ErrExcluded, ErrTooHeavy, ErrCarrierFailed,
// ErrParcelTooLarge) and, through Unwrap, the carrier's own error or the
// parcel package's *parcel.ItemError (whose chain holds the
// *parcel.LimitsError and each *parcel.LimitError, and matches
// parcel.ErrExceedsLimit).
type UnavailableError struct {
	Offer  string // the offer's ID
	Reason Reason // the typed reason
	// Detail is what was checked against what, e.g. "32000 g, the last
	// bracket ends at 30000 g", or for ReasonParcelTooLarge the item and
	// every limit it breaks: `item 0 ("stockpot") cannot ship as "bpost
	// locker": does not fit box 580x420x310 mm: side 600 mm exceeds 580 mm`.
	Detail string
	// Err is the carrier's error for ReasonCarrierFailed, the
	// *parcel.ItemError for ReasonParcelTooLarge.
	Err error
}

// Error names the offer, the reason and the detail, then Err unless the
// detail already tells it (ReasonParcelTooLarge).
func (e *UnavailableError) Error() string {
	msg := fmt.Sprintf("shipping: offer %q unavailable: %s", e.Offer, e.Reason)
	if e.Detail != "" {
		msg += ": " + e.Detail
	}
	if e.Err != nil && !(e.Reason == ReasonParcelTooLarge && e.Detail != "") {
		msg += ": " + e.Err.Error()
	}
	return msg
}

// Is reports whether target is the sentinel of e.Reason.
func (e *UnavailableError) Is(target error) bool {
	s := e.Reason.sentinel()
	return s != nil && target == s
}

// Unwrap returns Err: the carrier's or the parcel package's error, if any.
func (e *UnavailableError) Unwrap() error { return e.Err }

func configErr(field, format string, args ...any) error {
	return &ConfigError{Field: field, Reason: fmt.Sprintf(format, args...)}
}

func basketErr(field, format string, args ...any) error {
	return &BasketError{Field: field, Reason: fmt.Sprintf(format, args...)}
}
