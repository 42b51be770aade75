package promo_test

import (
	"fmt"
	"testing"

	"github.com/comptoir/comptoir/pricing/promo"
)

// BenchmarkApply prices the cart: 10 lines, 5 candidate
// promotions (a percentage, a buy X get Y, a tiered spend, a coupon and
// free shipping).
func BenchmarkApply(b *testing.B) {
	e := engine(b,
		promo.Promotion{ID: "bracelets", Actions: []promo.Action{promo.PercentOff{Percent: dec("15"), Items: promo.Selector{Categories: []string{"bracelets"}}}}},
		promo.Promotion{ID: "b2g1", Actions: []promo.Action{promo.BuyXGetY{BuyQuantity: 2, GetQuantity: 1, Buy: promo.Selector{Categories: []string{"rings"}}}}},
		promo.Promotion{ID: "tiers", Actions: []promo.Action{promo.TieredSpend{Tiers: []promo.Tier{
			{From: eur(b, "50.00"), Amount: eur(b, "5.00")}, {From: eur(b, "100.00"), Amount: eur(b, "15.00")}}}}},
		promo.Promotion{ID: "coupon", Codes: []string{"WELCOME10"}, Limits: promo.Limits{PerCustomer: 1},
			Actions: []promo.Action{promo.OrderPercentOff{Percent: dec("10")}}},
		promo.Promotion{ID: "ship", Condition: promo.MinTotal{Amount: eur(b, "50.00")}, Actions: []promo.Action{promo.FreeShipping{}}},
	)
	var lines []promo.Line
	for i := range 10 {
		cat := []string{"bracelets", "rings", "necklaces"}[i%3]
		lines = append(lines, item(fmt.Sprint("l", i), fmt.Sprint("SKU-", i), fmt.Sprint(1+i%3), fmt.Sprintf("%d.99", 10+3*i), cat))
	}
	c := cart(b, lines...)
	c.Codes = []string{"welcome10"}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		r, err := e.Apply(c, promo.Counts{})
		if err != nil || len(r.Uses) != 5 {
			b.Fatal(err, r.Uses)
		}
	}
}
