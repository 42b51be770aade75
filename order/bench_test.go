package order_test

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/comptoir/comptoir/internal/fixture"
	"github.com/comptoir/comptoir/order"
)

func BenchmarkValidate20Lines(b *testing.B) {
	o := fixture.ManyLines(b, 20)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if err := o.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}

// tenEvents is the history of a 20-line order: placed, paid, and four
// parcels of five lines each, shipped and delivered on different days.
func tenEvents(b *testing.B) order.History {
	o := fixture.ManyLines(b, 20)
	events := []order.Event{order.Placed(o.PlacedAt)}
	for p := range 4 {
		var lines []order.LineQuantity
		for _, l := range o.Lines[p*5 : p*5+5] {
			lines = append(lines, order.LineQuantity{LineID: l.ID, Quantity: l.Quantity})
		}
		parcel := fmt.Sprintf("P%d", p+1)
		shipped := o.PlacedAt.Add(time.Duration(p*24+4) * time.Hour)
		events = append(events,
			order.Shipped(shipped, parcel, lines...),
			order.Delivered(shipped.Add(40*time.Hour), parcel, "signature", lines...))
	}
	events = append(events, order.Paid(o.PlacedAt.Add(time.Minute), o.Totals.Gross, "tr_1"))
	h := order.NewHistory(o, events...)
	if h.Len() != 10 {
		b.Fatalf("%d events", h.Len())
	}
	if err := h.Validate(); err != nil {
		b.Fatal(err)
	}
	return h
}

func BenchmarkDeliveredAt10Events(b *testing.B) {
	h := tenEvents(b)
	b.Run("two lines", func(b *testing.B) {
		b.ReportAllocs()
		for range b.N {
			if _, ok := h.DeliveredAt("L1", "L20"); !ok {
				b.Fatal("not delivered")
			}
		}
	})
	b.Run("whole order of 20 lines", func(b *testing.B) {
		b.ReportAllocs()
		for range b.N {
			if _, ok := h.DeliveredAt(); !ok {
				b.Fatal("not delivered")
			}
		}
	})
}

func BenchmarkHistoryValidate10Events(b *testing.B) {
	h := tenEvents(b)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if err := h.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkOrderJSON20Lines(b *testing.B) {
	o := fixture.ManyLines(b, 20)
	data, err := json.Marshal(o)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("marshal", func(b *testing.B) {
		b.ReportAllocs()
		for range b.N {
			if _, err := json.Marshal(o); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("unmarshal", func(b *testing.B) {
		b.ReportAllocs()
		for range b.N {
			var back order.Order
			if err := json.Unmarshal(data, &back); err != nil {
				b.Fatal(err)
			}
		}
	})
}
