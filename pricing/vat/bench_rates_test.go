package vat_test

import (
	"testing"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/pricing/vat"
	"github.com/shopspring/decimal"
)

// sinkRate keeps the compiler from dropping the measured calls.
var sinkRate decimal.Decimal

// BenchmarkRate looks up a mix of countries, categories and days, including
// one that resolves through the standard rate (DE medicines).
func BenchmarkRate(b *testing.B) {
	type query struct {
		country  string
		category vat.Category
		on       calendar.Date
	}
	var qs []query
	for i, day := range []string{"2020-07-01", "2023-05-14", "2026-03-01", "2026-11-23"} {
		on := ratesDate(b, day)
		qs = append(qs,
			query{"BE", vat.Foodstuffs, on},
			query{"FR", vat.Standard, on},
			query{"DE", vat.Medicines, on},
			query{"LU", []vat.Category{vat.Books, vat.Restaurant, vat.Water, vat.Accommodation}[i], on},
		)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		q := qs[i%len(qs)]
		r, err := vat.Rate(q.country, q.category, q.on)
		if err != nil {
			b.Fatal(err)
		}
		sinkRate = r
	}
}

// BenchmarkRateNoRate measures the error path (a category the country does
// not define), which allocates the error.
func BenchmarkRateNoRate(b *testing.B) {
	on := ratesDate(b, "2026-01-01")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_, err := vat.Rate("HR", vat.Foodstuffs, on)
		if err == nil {
			b.Fatal("want an error")
		}
	}
}
