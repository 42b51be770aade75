package order_test

import (
	"encoding/json"
	"testing"

	"github.com/comptoir/comptoir/internal/fixture"
	"github.com/comptoir/comptoir/order"
)

// FuzzOrderJSON decodes arbitrary documents: decoding and validation never
// panic; any order that decodes survives a second round trip equal (valid
// or not: everything the decoder accepts, the encoder writes); and an order
// that validates is still valid after it.
func FuzzOrderJSON(f *testing.F) {
	for _, o := range []order.Order{fixture.BelgianConsumerOrder(f), fixture.LuxembourgBusinessOrder(f), fixture.ManyLines(f, 4)} {
		data, err := json.Marshal(o)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{}`))
	f.Add([]byte(`null`))
	f.Add([]byte(`{"currency":"EUR","lines":[{"quantity":"1e9999","unit_price":"-1e-9999","vat_rate":"21"}]}`))
	f.Add([]byte(`{"channel":"fax"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var o order.Order
		if err := json.Unmarshal(data, &o); err != nil {
			return
		}
		if !o.Equal(o.Clone()) {
			t.Fatal("a clone differs")
		}
		valid := o.Validate() == nil
		again, err := json.Marshal(o)
		if err != nil {
			t.Fatalf("a decoded order does not encode: %v", err)
		}
		var back order.Order
		if err := json.Unmarshal(again, &back); err != nil {
			t.Fatalf("re-decoding: %v\n%s", err, again)
		}
		if !o.Equal(back) {
			t.Fatalf("round trip changed the order:\n%s", again)
		}
		if err := back.Validate(); valid && err != nil {
			t.Fatalf("round trip made the order invalid: %v", err)
		}
	})
}

// FuzzEventJSON decodes arbitrary events into a history of the fixture
// order: decoding, validation and the views never panic, and a decoded
// event re-encodes to an equal event.
func FuzzEventJSON(f *testing.F) {
	for _, e := range fixture.BelgianConsumerEvents() {
		data, err := json.Marshal(e)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"kind":"returned","at":"2026-06-15T10:00:00Z","lines":[{"line_id":"L1","quantity":"1e9999"}]}`))
	f.Add([]byte(`{"kind":"refunded","amount":{"amount":"-1","currency":"USD"}}`))
	o := fixture.BelgianConsumerOrder(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		var e order.Event
		if err := json.Unmarshal(data, &e); err != nil {
			return
		}
		h := order.NewHistory(o, e)
		if h.Validate() == nil {
			h.DeliveredAt()
			h.Quantities("L1")
			_, _ = h.TotalPaid()
			_, _ = h.TotalRefunded()
		}
		again, err := json.Marshal(e)
		if err != nil {
			t.Fatalf("a decoded event does not encode: %v", err)
		}
		var back order.Event
		if err := json.Unmarshal(again, &back); err != nil {
			t.Fatalf("re-decoding: %v\n%s", err, again)
		}
		if !e.Equal(back) {
			t.Fatalf("round trip changed the event:\n%s", again)
		}
	})
}
