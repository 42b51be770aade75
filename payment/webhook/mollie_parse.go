package webhook

import (
	"encoding/json"
	"net/url"
	"time"
)

// maxMollieID bounds a classic webhook's id, which the handler will put in
// the URL of an API call.
const maxMollieID = 64

// parseMollieClassic reads the form body "id=tr_...". The id is checked
// strictly because it goes into the path of the fetch that follows.
func parseMollieClassic(body []byte) (MollieEvent, error) {
	form, err := url.ParseQuery(string(body))
	if err != nil {
		return MollieEvent{}, &BodyError{Provider: ProviderMollie, Reason: "not a form body"}
	}
	ids := form["id"]
	switch {
	case len(ids) != 1:
		return MollieEvent{}, &BodyError{Provider: ProviderMollie, Reason: "classic webhook without exactly one id"}
	case !mollieID(ids[0]):
		return MollieEvent{}, &BodyError{Provider: ProviderMollie, Reason: "id is not 1 to 64 letters, digits or '_'"}
	}
	return MollieEvent{Kind: MollieClassic, ResourceID: ids[0]}, nil
}

// mollieID reports whether id looks like a Mollie id ("tr_WDqYK6vllg").
func mollieID(id string) bool {
	if id == "" || len(id) > maxMollieID {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !(c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

// Bits of the event fields the parser reads.
const (
	mollieResource uint = iota
	mollieIDField
	mollieType
	mollieEntityID
	mollieCreatedAt
	mollieEmbedded
)

// parseMollieEvent reads a next-gen event body.
func parseMollieEvent(body []byte) (MollieEvent, error) {
	r := &reader{provider: ProviderMollie, data: body}
	ev := MollieEvent{Kind: MollieSigned}
	var got seen
	err := r.object(func(key []byte) error { return ev.field(r, &got, key) })
	if err == nil {
		err = r.finish()
	}
	if err != nil {
		return MollieEvent{}, err
	}
	if ev.EventID == "" || ev.Type == "" {
		return MollieEvent{}, &BodyError{Provider: ProviderMollie, Reason: "event without id or type"}
	}
	return ev, nil
}

// field reads one top-level field of a next-gen event.
func (ev *MollieEvent) field(r *reader, got *seen, key []byte) error {
	var err error
	switch string(key) {
	case "resource":
		if err = got.once(r, mollieResource, key); err == nil {
			err = expectString(r, "event")
		}
	case "id":
		if err = got.once(r, mollieIDField, key); err == nil {
			ev.EventID, err = r.str()
		}
	case "type":
		if err = got.once(r, mollieType, key); err == nil {
			ev.Type, err = r.str()
		}
	case "entityId":
		if err = got.once(r, mollieEntityID, key); err == nil {
			ev.ResourceID, err = r.str()
		}
	case "createdAt":
		if err = got.once(r, mollieCreatedAt, key); err == nil {
			ev.CreatedAt, err = rfc3339Field(r)
		}
	case "_embedded":
		if err = got.once(r, mollieEmbedded, key); err == nil {
			err = ev.embedded(r)
		}
	default:
		err = r.skip()
	}
	return err
}

// embedded reads _embedded, keeping the bytes of its entity.
func (ev *MollieEvent) embedded(r *reader) error {
	if r.null() {
		return nil
	}
	var got seen
	return r.object(func(key []byte) error {
		if string(key) != "entity" {
			return r.skip()
		}
		if err := got.once(r, 0, key); err != nil {
			return err
		}
		if r.null() {
			return nil
		}
		raw, err := r.raw()
		if err == nil {
			ev.Entity = append(json.RawMessage(nil), raw...)
		}
		return err
	})
}

// rfc3339Field reads an RFC 3339 time string, or null as the zero time.
func rfc3339Field(r *reader) (time.Time, error) {
	start := r.pos
	s, err := r.str()
	if err != nil || s == "" {
		return time.Time{}, err
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		r.pos = start
		return time.Time{}, r.fail("createdAt is not an RFC 3339 time")
	}
	return t, nil
}
