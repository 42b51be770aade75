package tracking_test

import (
	"testing"
	"time"

	"github.com/comptoir/comptoir/shipping/tracking"
)

// benchEvents returns n raw events cycling through the table's codes and one
// unknown code.
func benchEvents(tab *tracking.Table, n int) []tracking.RawEvent {
	rows := tab.Rows()
	at := time.Date(2025, 3, 4, 9, 0, 0, 0, time.UTC)
	out := make([]tracking.RawEvent, n)
	for i := range out {
		code := "NOT-A-CODE"
		if k := i % (len(rows) + 1); k < len(rows) {
			code = rows[k].Code
		}
		out[i] = tracking.RawEvent{Code: code, Text: "text", At: at.Add(time.Duration(i) * time.Minute), Location: "Liège"}
	}
	return out
}

// BenchmarkNormalise1000 normalises 1,000 GLS events into a caller's slice
// (target: under 200 µs/op).
func BenchmarkNormalise1000(b *testing.B) {
	tab := mustTable(b, tracking.GLS)
	raws := benchEvents(tab, 1000)
	out := make([]tracking.Event, len(raws))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for i, r := range raws {
			out[i] = tab.Normalise(r)
		}
	}
}

// BenchmarkNormaliseAll1000 normalises 1,000 DPD events into a new slice.
func BenchmarkNormaliseAll1000(b *testing.B) {
	tab := mustTable(b, tracking.DPD)
	raws := benchEvents(tab, 1000)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		_ = tab.NormaliseAll(raws)
	}
}

// BenchmarkNewTableGLS builds the GLS table.
func BenchmarkNewTableGLS(b *testing.B) {
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if _, err := tracking.GLS(); err != nil {
			b.Fatal(err)
		}
	}
}
