package cart_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/google/uuid"

	"github.com/comptoir/comptoir/cart"
	"github.com/comptoir/comptoir/pricing/vat"
)

// BenchmarkCheckout places the cart: 10 lines at two VAT rates,
// 3 promotions, 4 shipping options.
func BenchmarkCheckout(b *testing.B) {
	co := checkout(b, nil)
	c := newCart(b, "bench")
	for i := range 10 {
		it := knife()
		if i%2 == 1 {
			it = book()
		}
		it.SKU = fmt.Sprint(it.SKU, "-", i)
		it.UnitPrice = dec(fmt.Sprintf("%d.95", 5+i*3))
		add(b, c, it, fmt.Sprint(1+i%3))
	}
	c.AddCode("WELCOME5")
	r := consumer(b, "pickup")
	r.OrderID = uuid.MustParse("00000000-0000-4000-8000-000000000001")
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		placed := *c // Place empties the cart it places; the copy keeps c's lines
		o, _, err := co.Place(ctx, &placed, r)
		if err != nil || len(o.VATBreakdown) != 2 || len(o.Promotions) != 3 {
			b.Fatal(err, o.VATBreakdown, o.Promotions)
		}
	}
}

// BenchmarkMerge merges two 20-line carts, half their SKUs shared.
func BenchmarkMerge(b *testing.B) {
	fill := func(id string, offset int) *cart.Cart {
		c := newCart(b, id)
		for i := range 20 {
			add(b, c, cart.Item{SKU: fmt.Sprint("SKU-", offset+i), Name: "Item", UnitPrice: dec("9.99"), TaxCategory: vat.Standard}, "1")
		}
		return c
	}
	saved, guest := fill("saved", 0), fill("guest", 10)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		s := *saved // a fresh copy of the saved cart each time; Merge copies its lines
		if err := cart.Merge(&s, guest); err != nil || s.Len() != 30 {
			b.Fatal(err, s.Len())
		}
	}
}
