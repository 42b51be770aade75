package pricing_test

import (
	"fmt"
	"testing"

	"github.com/comptoir/comptoir/pricing"
	"github.com/comptoir/comptoir/pricing/vat"
)

var (
	sinkResult pricing.Result
	sinkErr    error
)

// BenchmarkCalculate10Lines2Rates is issue 3's figure: a 10-line, 2-rate
// document with shipping and one document discount.
func BenchmarkCalculate10Lines2Rates(b *testing.B) {
	var lines []pricing.Line
	for i := range 10 {
		cat := vat.Standard
		if i%3 == 0 {
			cat = vat.Books
		}
		lines = append(lines, line(fmt.Sprint("L", i), fmt.Sprint(1+i%3), fmt.Sprintf("%d.99", 5+i), cat))
	}
	d := doc(b, lines...)
	d.Shipping = eur(b, "4.50")
	d.Discounts = []pricing.Discount{{ID: "WELCOME", Amount: eur(b, "10.00")}}
	p := pricing.DefaultPolicy()
	b.ReportAllocs()
	for range b.N {
		sinkResult, sinkErr = pricing.Calculate(d, p)
	}
	if sinkErr != nil {
		b.Fatal(sinkErr)
	}
}

// BenchmarkCalculate10Lines2RatesLineDiscounts is the same document with
// the discount already allocated to the lines, as a promotion engine
// leaves it, besides a document discount: one line discount per line.
func BenchmarkCalculate10Lines2RatesLineDiscounts(b *testing.B) {
	var lines []pricing.Line
	for i := range 10 {
		cat := vat.Standard
		if i%3 == 0 {
			cat = vat.Books
		}
		l := line(fmt.Sprint("L", i), fmt.Sprint(1+i%3), fmt.Sprintf("%d.99", 5+i), cat)
		l.Discounts = []pricing.AllocatedDiscount{{ID: "PROMO", Amount: eur(b, "1.00")}}
		lines = append(lines, l)
	}
	d := doc(b, lines...)
	d.Shipping = eur(b, "4.50")
	d.Discounts = []pricing.Discount{{ID: "WELCOME", Amount: eur(b, "10.00")}}
	p := pricing.DefaultPolicy()
	b.ReportAllocs()
	for range b.N {
		sinkResult, sinkErr = pricing.Calculate(d, p)
	}
	if sinkErr != nil {
		b.Fatal(sinkErr)
	}
}
