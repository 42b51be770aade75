package vat_test

import (
	"testing"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/pricing/vat"
	"github.com/shopspring/decimal"
)

// Sinks keep the compiler from dropping the measured calls.
var (
	sinkRate  decimal.Decimal
	sinkUnits int32
)

type rateQuery struct {
	country  string
	category vat.Category
	on       calendar.Date
}

// benchQueries is a mix of countries, categories and days, including one
// that resolves through the standard rate (DE medicines) and one with a
// long history (BE restaurant).
func benchQueries(b *testing.B) []rateQuery {
	var qs []rateQuery
	for i, day := range []string{"2020-07-01", "2023-05-14", "2026-03-01", "2026-11-23"} {
		on := ratesDate(b, day)
		qs = append(qs,
			rateQuery{"BE", vat.Foodstuffs, on},
			rateQuery{"FR", vat.Standard, on},
			rateQuery{"DE", vat.Medicines, on},
			rateQuery{"LU", []vat.Category{vat.Books, vat.Restaurant, vat.Water, vat.Accommodation}[i], on},
			rateQuery{"BE", vat.Restaurant, on},
		)
	}
	return qs
}

// BenchmarkRate measures the decimal lookup: the table search plus the
// returned decimal's allocation.
func BenchmarkRate(b *testing.B) {
	qs := benchQueries(b)
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

// BenchmarkRateUnits measures the same lookups as integers; it allocates
// nothing.
func BenchmarkRateUnits(b *testing.B) {
	qs := benchQueries(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		q := qs[i%len(qs)]
		u, err := vat.RateUnits(q.country, q.category, q.on)
		if err != nil {
			b.Fatal(err)
		}
		sinkUnits = u
	}
}

// BenchmarkRateNoRate measures the error path (a category the country does
// not define), which allocates the error.
func BenchmarkRateNoRate(b *testing.B) {
	on := ratesDate(b, "2026-01-01")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_, err := vat.Rate("NO", vat.MedicalAids, on)
		if err == nil {
			b.Fatal("want an error")
		}
	}
}

// BenchmarkCategoryDescription measures Description, a switch.
func BenchmarkCategoryDescription(b *testing.B) {
	all := vat.Categories()
	b.ReportAllocs()
	n := 0
	for i := 0; i < b.N; i++ {
		n += len(all[i%len(all)].Category.Description())
	}
	sinkUnits = int32(n)
}

// BenchmarkParseCategorySuggestion measures the error path of ParseCategory
// with the suggestion in the message.
func BenchmarkParseCategorySuggestion(b *testing.B) {
	b.ReportAllocs()
	n := 0
	for i := 0; i < b.N; i++ {
		_, err := vat.ParseCategory("Passenger Transport")
		n += len(err.Error())
	}
	sinkUnits = int32(n)
}
