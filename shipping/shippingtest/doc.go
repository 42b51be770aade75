// Package shippingtest provides Carrier, an in-memory carrier implementing
// every capability of the shipping.Carrier port, for tests (yours too).
//
// It behaves like a real carrier, failures included:
//
//   - QuoteRates prices each parcel from a rate sheet (weight brackets
//     [min, max) in grams per service and destination country) and sums
//     them; a service that cannot carry every parcel is left out, and a
//     shipment no service can carry fails with shipping.ErrNoService.
//   - CreateShipment checks the addresses (country and postal code
//     required, postal codes listed in Config.RejectPostalCodes refused
//     with shipping.ErrAddressRejected) and the pickup point, then issues
//     a label with deterministic ids: shipment "SHP000001", tracking number
//     Config.TrackingPrefix + "000000001", in sequence.
//   - Track reveals the scripted history of a tracking number (Config.Script
//     dated from the label's creation, or one set with SetHistory, plus
//     AppendEvent) up to the carrier's clock, which Advance moves forward.
//     The events are raw, with codes of the carrier's tracking table
//     (tracking.GLS by default), so they normalise like a real carrier's.
//   - CancelShipment cancels a shipment whose revealed events are all
//     label_created, appending the table's cancel code; later it fails
//     with shipping.ErrNotCancellable.
//   - FindPickupPoints searches the configured points by country and postal
//     prefix, or by distance from coordinates; SetPickupPointAvailable
//     closes or reopens one.
//   - SchedulePickup books a collection with id "PU000001", in sequence.
//
// Failures are injected per operation or for all of them (Fail, FailNext),
// and latency with SetLatency, which, like a slow network, makes a call
// with a shorter context deadline fail with shipping.ErrTimeout and
// context.DeadlineExceeded. Timeout returns such an error to inject
// directly. Every call first honours its context, and is recorded (Calls).
// A Carrier is safe for concurrent use.
package shippingtest
