package method_test

import (
	"testing"

	"github.com/comptoir/comptoir/payment/method"
)

// A Belgian web checkout over the whole default catalogue: the hot path
// of every checkout page.
func BenchmarkAvailable(b *testing.B) {
	c := defaults(b)
	q := query(c, "BE", eur(b, "25.00"), method.Web)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		got, err := c.Available(q)
		if err != nil || len(got) != 7 {
			b.Fatal(len(got), err)
		}
	}
}

// A shop offering five methods, named partly by alias.
func BenchmarkAvailableFive(b *testing.B) {
	c := defaults(b)
	q := query(c, "NL", eur(b, "2500.00"), method.Web)
	q.Preferred = []string{"ideal", "Klarna", "card", "paypal", "payconiq"}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := c.Available(q); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkExplain(b *testing.B) {
	c := defaults(b)
	q := query(c, "BE", eur(b, "2500.00"), method.Web)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := c.Explain(q); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLookup(b *testing.B) {
	c := defaults(b)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := c.Lookup("Payconiq"); err != nil {
			b.Fatal(err)
		}
	}
}
