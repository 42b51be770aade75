package shipping

import (
	"errors"
	"fmt"
)

// Sentinel errors of carriers. A carrier's error matches one of them with
// errors.Is, usually through a *CarrierError that also keeps the
// underlying cause (an HTTP error, a context error, ...).
var (
	// ErrAddressRejected: the carrier refuses an address (unknown postal
	// code, street not found, destination it does not serve).
	ErrAddressRejected = errors.New("shipping: carrier rejected the address")
	// ErrTimeout: the carrier did not answer in time. A carrier's timeout
	// also matches context.DeadlineExceeded when the context's deadline
	// caused it.
	ErrTimeout = errors.New("shipping: carrier timeout")
	// ErrUnavailable: the carrier's service is down or refuses requests
	// (maintenance, rate limiting); retrying later may succeed.
	ErrUnavailable = errors.New("shipping: carrier unavailable")
	// ErrNotFound: an unknown shipment id, tracking number or pickup point.
	ErrNotFound = errors.New("shipping: not found at carrier")
	// ErrNotCancellable: the shipment can no longer be cancelled (already
	// handed to the carrier).
	ErrNotCancellable = errors.New("shipping: shipment cannot be cancelled")
	// ErrNoService: no service of the carrier can carry the shipment (too
	// heavy, destination not served, unknown service code).
	ErrNoService = errors.New("shipping: no carrier service for the shipment")
	// ErrPickupPointUnavailable: the pickup point is closed or full.
	ErrPickupPointUnavailable = errors.New("shipping: pickup point unavailable")
	// ErrInvalidRequest: a request the carrier cannot process (no parcel,
	// negative weight, a pickup window that ends before it starts).
	ErrInvalidRequest = errors.New("shipping: invalid carrier request")
)

// Op names a carrier operation, in a CarrierError.
type Op string

// The operations of the capability interfaces.
const (
	OpQuoteRates       Op = "quote_rates"
	OpCreateShipment   Op = "create_shipment"
	OpCancelShipment   Op = "cancel_shipment"
	OpTrack            Op = "track"
	OpFindPickupPoints Op = "find_pickup_points"
	OpPickupPoint      Op = "pickup_point"
	OpSchedulePickup   Op = "schedule_pickup"
)

// CarrierError is a failed carrier operation. Err is one of the carrier
// sentinels (ErrAddressRejected, ErrTimeout, ...) or, for a request
// abandoned by its context, context.Canceled; Cause is what the carrier or
// the transport said, if anything. errors.Is matches both.
type CarrierError struct {
	Carrier string // the carrier's name
	Op      Op     // the operation
	Err     error  // the sentinel
	Cause   error  // the underlying error, may be nil
	Detail  string // what was refused, e.g. `postal code "0000"`
}

// Error names the carrier, the operation, the sentinel, the detail and the
// cause.
func (e *CarrierError) Error() string {
	msg := "shipping: carrier"
	if e.Carrier != "" {
		msg += fmt.Sprintf(" %q", e.Carrier)
	}
	msg += fmt.Sprintf(": %s: %v", e.Op, e.Err)
	if e.Detail != "" {
		msg += ": " + e.Detail
	}
	if e.Cause != nil {
		msg += ": " + e.Cause.Error()
	}
	return msg
}

// Unwrap returns the sentinel and the cause.
func (e *CarrierError) Unwrap() []error {
	var errs []error
	for _, err := range [...]error{e.Err, e.Cause} {
		if err != nil {
			errs = append(errs, err)
		}
	}
	return errs
}
