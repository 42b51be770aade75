// Package tracking normalises carriers' tracking events to one lifecycle.
//
// Every carrier reports a parcel's progress with its own codes. A Table maps
// one carrier's raw codes to a Stage (label_created, handed_to_carrier,
// in_transit, out_for_delivery, available_for_pickup, delivered,
// delivery_attempt_failed, exception, returned_to_sender, cancelled,
// unknown) and a separate Reason (address_invalid, customs, damaged, ...,
// or none). Normalise turns a RawEvent into an Event that keeps the raw code
// and text beside the stage and reason.
//
// # Tables are data
//
// A table is a list of Rows built with NewTable, which rejects an empty
// code, a code mapped twice, and an invalid stage or reason. A code the
// table does not list normalises to StageUnknown, never to a guess. A Table
// is immutable once built and safe for concurrent use.
//
// The package ships the tables of GLS (GLS, GLSRows) and DPD (DPD, DPDRows).
// Each holds only the codes its source lists; the source is cited at the top
// of its file, and the choice of stage for each code is explained there.
//
// # Delivery
//
// A delivered event carries a Proof: when the consumer took possession of
// the parcel, and the signature, photo reference or pickup point that shows
// it. Event.OrderEvent converts it into the order's delivered event
// (order.Delivered), dated at the proof's time, from which the withdrawal
// period counts. A parcel available at a pickup point is not delivered.
package tracking
