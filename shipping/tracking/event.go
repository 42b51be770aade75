package tracking

import (
	"strings"
	"time"

	"github.com/comptoir/comptoir/order"
)

// Event is a normalised tracking event: the lifecycle stage and the reason,
// with the carrier's raw code and text kept beside them.
type Event struct {
	// Carrier is the name of the carrier, as its Table was built with.
	Carrier string `json:"carrier"`
	// RawCode is the carrier's code, exactly as received.
	RawCode string `json:"raw_code"`
	// RawText is the carrier's own wording of the event, if any.
	RawText string `json:"raw_text,omitempty"`
	// Stage is the lifecycle stage; StageUnknown for a code the table does
	// not list.
	Stage Stage `json:"stage"`
	// Reason says why, when the carrier's code says it.
	Reason Reason `json:"reason"`
	// At is when the event happened, as the carrier says.
	At time.Time `json:"at"`
	// Location is where it happened, free text.
	Location string `json:"location,omitempty"`
	// Proof is the proof of delivery, for a delivered event.
	Proof *Proof `json:"proof,omitempty"`
}

// Proof is a proof of delivery: when the consumer took possession of the
// parcel (the withdrawal period counts from it) and what shows it.
type Proof struct {
	// At is when the consumer, or someone on their behalf, took possession.
	At time.Time `json:"at"`
	// Signature is the name or reference of the signature taken, if any.
	Signature string `json:"signature,omitempty"`
	// PhotoRef is the carrier's reference of a delivery photo, if any.
	PhotoRef string `json:"photo_ref,omitempty"`
	// PickupPointID is the carrier's id of the pickup point or locker where
	// the parcel was collected, if any.
	PickupPointID string `json:"pickup_point_id,omitempty"`
}

// String renders the proof's evidence as "signature=...; photo=...;
// pickup_point=...", leaving out what is empty, in that fixed order. This is
// the text the order's delivered event records.
func (p Proof) String() string {
	var b strings.Builder
	add := func(k, v string) {
		if v == "" {
			return
		}
		if b.Len() > 0 {
			b.WriteString("; ")
		}
		b.WriteString(k)
		b.WriteByte('=')
		b.WriteString(v)
	}
	add("signature", p.Signature)
	add("photo", p.PhotoRef)
	add("pickup_point", p.PickupPointID)
	return b.String()
}

// OrderEvent converts a delivered event into the order's delivered event for
// parcel and lines (order.Delivered), dated at the proof's time: the moment
// the consumer took possession, which the withdrawal period counts from. The
// proof's evidence becomes the event's proof text (Proof.String).
//
// It returns a *ConversionError matching ErrNotDelivered when the event's
// stage is not StageDelivered (a parcel available for pickup is not
// delivered yet), ErrNoProofTime when the event has no proof or its proof
// has no time, and ErrInvalidArgument when parcel is empty or no line is
// given (the order's history requires both).
func (e Event) OrderEvent(parcel string, lines ...order.LineQuantity) (order.Event, error) {
	fail := func(err error) (order.Event, error) {
		return order.Event{}, &ConversionError{Carrier: e.Carrier, RawCode: e.RawCode, Stage: e.Stage, Err: err}
	}
	switch {
	case e.Stage != StageDelivered:
		return fail(ErrNotDelivered)
	case e.Proof == nil || e.Proof.At.IsZero():
		return fail(ErrNoProofTime)
	case parcel == "" || len(lines) == 0:
		return fail(ErrInvalidArgument)
	}
	return order.Delivered(e.Proof.At, parcel, e.Proof.String(), lines...), nil
}
