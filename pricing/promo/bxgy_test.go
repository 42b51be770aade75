package promo_test

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/comptoir/comptoir/pricing/promo"
)

func TestBuyXGetYGivesTheCheapestUnits(t *testing.T) {
	b2g1 := promo.BuyXGetY{BuyQuantity: 2, GetQuantity: 1}
	cases := []struct {
		name  string
		lines []promo.Line
		offer promo.BuyXGetY
		want  map[string]string // line totals
	}{
		{"three equal units", []promo.Line{item("a", "A", "3", "10.00")}, b2g1,
			map[string]string{"a": "20.00 EUR"}},
		{"two units only", []promo.Line{item("a", "A", "2", "10.00")}, b2g1,
			map[string]string{"a": "20.00 EUR"}},
		// 10, 10, 8, 8, 5, 5: the two 5.00 are free.
		{"six units over three lines", []promo.Line{
			item("a", "A", "2", "10.00"), item("b", "B", "2", "8.00"), item("c", "C", "2", "5.00")}, b2g1,
			map[string]string{"a": "20.00 EUR", "b": "16.00 EUR", "c": "0.00 EUR"}},
		{"capped at one application", []promo.Line{
			item("a", "A", "2", "10.00"), item("b", "B", "2", "8.00"), item("c", "C", "2", "5.00")},
			promo.BuyXGetY{BuyQuantity: 2, GetQuantity: 1, MaxApplications: 1},
			map[string]string{"a": "20.00 EUR", "b": "16.00 EUR", "c": "5.00 EUR"}},
		{"half price second", []promo.Line{item("a", "A", "1", "30.00"), item("b", "B", "1", "20.00")},
			promo.BuyXGetY{BuyQuantity: 1, GetQuantity: 1, Percent: dec("50")},
			map[string]string{"a": "30.00 EUR", "b": "10.00 EUR"}},
		// Buy a shirt (A), get a cheaper item of any kind: the 12.00 B
		// is the only item to give when A must be paid for.
		{"given item dearer than the bought one", []promo.Line{item("a", "A", "1", "10.00", "shirts"), item("b", "B", "1", "12.00", "belts")},
			promo.BuyXGetY{Buy: promo.Selector{Categories: []string{"shirts"}}, Get: &promo.Selector{}, BuyQuantity: 1, GetQuantity: 1},
			map[string]string{"a": "10.00 EUR", "b": "0.00 EUR"}},
		// Buy anything, get a shirt: the shirt is given, the belt paid.
		{"paid item cheaper than the given one", []promo.Line{item("a", "A", "1", "10.00", "shirts"), item("b", "B", "1", "3.00", "belts")},
			promo.BuyXGetY{Buy: promo.Selector{}, Get: &promo.Selector{Categories: []string{"shirts"}}, BuyQuantity: 1, GetQuantity: 1},
			map[string]string{"a": "0.00 EUR", "b": "3.00 EUR"}},
		{"weighed goods take no part", []promo.Line{item("a", "A", "2.5", "10.00"), item("b", "B", "1", "4.00")}, b2g1,
			map[string]string{"a": "25.00 EUR", "b": "4.00 EUR"}},
		{"buy 3 get 2 over many units", []promo.Line{item("a", "A", "1000", "0.10")},
			promo.BuyXGetY{BuyQuantity: 3, GetQuantity: 2},
			map[string]string{"a": "60.00 EUR"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := apply(t, cart(t, tc.lines...), promotion("bxgy", tc.offer))
			assert.Equal(t, tc.want, totals(r))
		})
	}
}

func TestBuyXGetYHugeQuantitiesAreCheap(t *testing.T) {
	// A billion units pair up in one run of identical applications.
	r := apply(t, cart(t, item("a", "A", "1000000000", "0.01"), item("b", "B", "999999999", "0.02")),
		promotion("bxgy", promo.BuyXGetY{BuyQuantity: 1, GetQuantity: 1}))
	// 1,999,999,999 units make 999,999,999 pairs; the units given are the
	// cheapest: all the A but one, each paired with a dearer B.
	assert.Equal(t, "9999999.99 EUR", r.Discount.String())
}

// TestBuyXGetYIgnoresLineOrder is the property of pricing.md: the result
// does not depend on the order lines were added in.
func TestBuyXGetYIgnoresLineOrder(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	offers := []promo.Promotion{
		promotion("b2g1", promo.BuyXGetY{BuyQuantity: 2, GetQuantity: 1}),
		promotion("b1g1half", promo.BuyXGetY{BuyQuantity: 1, GetQuantity: 1, Percent: dec("50"), Get: &promo.Selector{Categories: []string{"x"}}}),
		promotion("voucher", promo.PercentOff{Percent: dec("30"), MaxQuantity: 2}),
	}
	for n := 0; n < 300; n++ {
		var lines []promo.Line
		for i := range 1 + rng.IntN(6) {
			cat := []string{"x", "y"}[rng.IntN(2)]
			price := []string{"5.00", "7.50", "9.99", "10.00", "12.00"}[rng.IntN(5)]
			lines = append(lines, item(string(rune('a'+i)), string(rune('A'+rng.IntN(3))), []string{"1", "2", "3"}[rng.IntN(3)], price, cat))
		}
		for _, p := range offers {
			c := cart(t, lines...)
			want := apply(t, c, p)
			shuffled := append([]promo.Line(nil), lines...)
			rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
			for i := range shuffled { // IDs follow the order of adding
				shuffled[i].ID = string(rune('a' + i))
			}
			got := apply(t, cart(t, shuffled...), p)
			assert.Equal(t, want.Discount, got.Discount, "%s on %v", p.ID, lines)
			assert.Equal(t, totalsBySKU(c, want), totalsBySKU(cart(t, shuffled...), got), "%s on %v", p.ID, lines)
		}
	}
}

// totalsBySKU sums the line totals per SKU, what a shopper sees whatever
// line carries a given unit.
func totalsBySKU(c promo.Cart, r promo.Result) map[string]int64 {
	out := map[string]int64{}
	for i, l := range r.Lines {
		out[c.Lines[i].SKU] += l.Total.Minor()
	}
	return out
}
