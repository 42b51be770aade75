package webhook

import (
	"encoding/json"
	"time"
)

// StripeEvent is the part of a Stripe event a handler needs to route it and
// drop duplicates; Object holds the event's object for the handler to decode.
type StripeEvent struct {
	ID         string          // "evt_..."; the deduplication key
	Type       string          // "payment_intent.succeeded"
	Created    time.Time       // when Stripe created the event (zero if absent)
	Livemode   bool            // false for test mode
	APIVersion string          // the API version the object is rendered in
	ObjectID   string          // data.object.id: "pi_...", "ch_...", "re_..."
	Object     json.RawMessage // data.object, copied from the body
	Signed     time.Time       // the signature's timestamp (set by VerifyStripe)
}

// DedupKey is the key to drop a redelivered event: provider and event id.
func (e StripeEvent) DedupKey() string { return EventKey(ProviderStripe, e.ID) }

// VerifyStripe verifies the signature as VerifyStripeSignature does, then
// parses the body with ParseStripeEvent. The event is returned only when
// both succeed.
func VerifyStripe(h Header, body []byte, secrets [][]byte, now time.Time, tolerance time.Duration) (StripeEvent, error) {
	signed, err := VerifyStripeSignature(h, body, secrets, now, tolerance)
	if err != nil {
		return StripeEvent{}, err
	}
	ev, err := ParseStripeEvent(body)
	if err != nil {
		return StripeEvent{}, err
	}
	ev.Signed = signed
	return ev, nil
}

// ParseStripeEvent reads a Stripe event body. It checks nothing about the
// signature: call it on a body VerifyStripeSignature accepted, or use
// VerifyStripe. The body must be one JSON object with a non-empty id and
// type; "object", when present, must be "event"; data.object, when present,
// must be an object. Fields the event does not need are skipped, a field it
// reads given twice is an error. Errors: *BodyError.
func ParseStripeEvent(body []byte) (StripeEvent, error) {
	r := &reader{provider: ProviderStripe, data: body}
	var ev StripeEvent
	var got seen
	err := r.object(func(key []byte) error { return ev.field(r, &got, key) })
	if err == nil {
		err = r.finish()
	}
	if err != nil {
		return StripeEvent{}, err
	}
	if ev.ID == "" || ev.Type == "" {
		return StripeEvent{}, &BodyError{Provider: ProviderStripe, Reason: "event without id or type"}
	}
	return ev, nil
}

// Bits of the top-level fields ParseStripeEvent reads.
const (
	stripeID uint = iota
	stripeType
	stripeCreated
	stripeLivemode
	stripeAPIVersion
	stripeObject
	stripeData
)

// field reads one top-level field of the event.
func (ev *StripeEvent) field(r *reader, got *seen, key []byte) error {
	var err error
	switch string(key) {
	case "id":
		if err = got.once(r, stripeID, key); err == nil {
			ev.ID, err = r.str()
		}
	case "type":
		if err = got.once(r, stripeType, key); err == nil {
			ev.Type, err = r.str()
		}
	case "created":
		if err = got.once(r, stripeCreated, key); err == nil {
			ev.Created, err = unixField(r)
		}
	case "livemode":
		if err = got.once(r, stripeLivemode, key); err == nil {
			ev.Livemode, err = r.boolean()
		}
	case "api_version":
		if err = got.once(r, stripeAPIVersion, key); err == nil {
			ev.APIVersion, err = r.str()
		}
	case "object":
		if err = got.once(r, stripeObject, key); err == nil {
			err = expectString(r, "event")
		}
	case "data":
		if err = got.once(r, stripeData, key); err == nil {
			err = r.object(func(k []byte) error { return ev.dataField(r, k) })
		}
	default:
		err = r.skip()
	}
	return err
}

// dataField reads data.object, keeping its bytes and its id.
func (ev *StripeEvent) dataField(r *reader, key []byte) error {
	if string(key) != "object" {
		return r.skip()
	}
	if ev.Object != nil {
		return r.fail(`field "object" given twice`)
	}
	r.space()
	start := r.pos
	var got seen
	err := r.object(func(k []byte) error {
		if string(k) != "id" {
			return r.skip()
		}
		if err := got.once(r, 0, k); err != nil {
			return err
		}
		var err error
		ev.ObjectID, err = r.str()
		return err
	})
	if err != nil {
		return err
	}
	ev.Object = append(json.RawMessage(nil), r.data[start:r.pos]...)
	return nil
}

// unixField reads Unix seconds, or null as the zero time.
func unixField(r *reader) (time.Time, error) {
	if r.null() {
		return time.Time{}, nil
	}
	n, err := r.integer()
	if err != nil {
		return time.Time{}, err
	}
	return time.Unix(n, 0), nil
}

// expectString reads a string that must equal want.
func expectString(r *reader, want string) error {
	start := r.pos
	s, err := r.str()
	if err == nil && s != want {
		r.pos = start
		err = r.fail("expected " + `"` + want + `"`)
	}
	return err
}
