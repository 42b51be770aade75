package promo_test

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/pricing"
	"github.com/comptoir/comptoir/pricing/promo"
)

func promotion(id string, actions ...promo.Action) promo.Promotion {
	return promo.Promotion{ID: id, Actions: actions}
}

func TestPercentOffStacksOnTheDiscountedBase(t *testing.T) {
	c := cart(t, item("a", "A", "1", "100.00"))
	r := apply(t, c,
		promo.Promotion{ID: "first", Priority: 2, Actions: []promo.Action{promo.PercentOff{Percent: dec("20")}}},
		promo.Promotion{ID: "second", Priority: 1, Actions: []promo.Action{promo.PercentOff{Percent: dec("10")}}},
	)
	// 100 - 20 % = 80, then 10 % of 80 = 8: 72, not 70.
	assert.Equal(t, map[string]string{"first": "20.00 EUR", "second": "8.00 EUR"}, discountsOn(r, "a"))
	assert.Equal(t, "72.00 EUR", r.Total.String())

	r = apply(t, c,
		promo.Promotion{ID: "first", Priority: 2, Actions: []promo.Action{promo.PercentOff{Percent: dec("20")}}},
		promo.Promotion{ID: "second", Priority: 1, Actions: []promo.Action{promo.PercentOff{Percent: dec("10"), OnOriginalPrice: true}}},
	)
	assert.Equal(t, "70.00 EUR", r.Total.String(), "on the original price")
}

func TestPercentOffRoundsOncePerLine(t *testing.T) {
	// 3 × 9.99 = 29.97; 15 % = 4.4955 -> 4.50 half up; per unit it would
	// have been 3 × 1.50 = 4.50 too, but 7 × 0.15 = 1.05 vs 7 × 0.0225...
	c := cart(t, item("a", "A", "3", "9.99"), item("b", "B", "7", "0.15"))
	r := apply(t, c, promotion("p", promo.PercentOff{Percent: dec("15")}))
	assert.Equal(t, map[string]string{"p": "4.50 EUR"}, discountsOn(r, "a"))
	// 1.05 × 15 % = 0.1575 -> 0.16, where rounding each unit (0.0225 ->
	// 0.02) would give 0.14.
	assert.Equal(t, map[string]string{"p": "0.16 EUR"}, discountsOn(r, "b"))
}

func TestSelectorsIncludeAndExclude(t *testing.T) {
	c := cart(t,
		promo.Line{ID: "1", SKU: "BR-1", Product: "bracelet", Categories: []string{"bracelets"}, Tags: []string{"gold"}, Quantity: dec("1"), UnitPrice: dec("60.00")},
		promo.Line{ID: "2", SKU: "BR-2", Product: "bracelet", Categories: []string{"bracelets"}, Tags: []string{"outlet"}, Quantity: dec("1"), UnitPrice: dec("40.00")},
		promo.Line{ID: "3", SKU: "RG-1", Product: "ring", Categories: []string{"rings"}, Quantity: dec("1"), UnitPrice: dec("80.00")},
	)
	r := apply(t, c, promotion("p", promo.PercentOff{Percent: dec("10"),
		Items: promo.Selector{Categories: []string{"bracelets"}, ExcludeTags: []string{"outlet"}}}))
	assert.Equal(t, map[string]string{"1": "54.00 EUR", "2": "40.00 EUR", "3": "80.00 EUR"}, totals(r))

	r = apply(t, c, promotion("p", promo.AmountOff{Amount: eur(t, "5.00"), Items: promo.Selector{SKUs: []string{"RG-1"}, Products: []string{"nothing"}}}))
	assert.Equal(t, map[string]string{"1": "60.00 EUR", "2": "40.00 EUR", "3": "75.00 EUR"}, totals(r))
}

func TestOneUnitVoucherTargetsTheCheapestUnitNotTheCheapestLine(t *testing.T) {
	// Line a: 3 units at 5.00 (15.00), line b: 1 unit at 8.00. The
	// cheapest line is b, the cheapest unit is one of a's.
	c := cart(t, item("a", "A", "3", "5.00"), item("b", "B", "1", "8.00"))
	r := apply(t, c, promotion("v", promo.PercentOff{Percent: dec("50"), MaxQuantity: 1}))
	assert.Equal(t, map[string]string{"v": "2.50 EUR"}, discountsOn(r, "a"))
	assert.Empty(t, discountsOn(r, "b"))

	r = apply(t, c, promotion("v", promo.AmountOff{Amount: eur(t, "20.00"), MaxQuantity: 1}))
	assert.Equal(t, map[string]string{"v": "5.00 EUR"}, discountsOn(r, "a"), "capped at the unit's price")

	r = apply(t, c, promotion("v", promo.AmountOff{Amount: eur(t, "1.00"), MaxQuantity: 4}))
	assert.Equal(t, map[string]string{"v": "3.00 EUR"}, discountsOn(r, "a"))
	assert.Equal(t, map[string]string{"v": "1.00 EUR"}, discountsOn(r, "b"))
}

func TestFixedPrice(t *testing.T) {
	c := cart(t, item("a", "A", "2", "30.00"), item("b", "B", "1", "12.00"), item("w", "W", "1.5", "20.00"))
	r := apply(t, c, promotion("p", promo.FixedPrice{UnitPrice: dec("15.00")}))
	// a: 2 × 15; b is already cheaper; w: 1.5 kg at 15.00/kg = 22.50.
	assert.Equal(t, map[string]string{"a": "30.00 EUR", "b": "12.00 EUR", "w": "22.50 EUR"}, totals(r))

	r = apply(t, c, promotion("p", promo.FixedPrice{UnitPrice: dec("15.00"), MaxQuantity: 1}))
	assert.Equal(t, map[string]string{"a": "45.00 EUR", "b": "12.00 EUR", "w": "30.00 EUR"}, totals(r),
		"one item: the cheapest unit with something to take off is b, already under the price; then a")
}

func TestOrderDiscountIsAllocatedExactly(t *testing.T) {
	// pricing.md: 10.00 off 3 × 5.00 -> 3.34, 3.33, 3.33.
	c := cart(t, item("a", "A", "1", "5.00"), item("b", "B", "1", "5.00"), item("c", "C", "1", "5.00"))
	r := apply(t, c, promotion("p", promo.OrderAmountOff{Amount: eur(t, "10.00")}))
	assert.Equal(t, map[string]string{"a": "1.66 EUR", "b": "1.67 EUR", "c": "1.67 EUR"}, totals(r))
	o, ok := r.Outcome("p")
	require.True(t, ok)
	assert.Equal(t, "3.34 EUR", o.Lines[0].Amount.String())
	assert.Equal(t, "a", o.Lines[0].LineID)

	// Within a line, the same rule spreads over units.
	one := cart(t, item("a", "A", "3", "5.00"))
	r = apply(t, one, promotion("p", promo.OrderAmountOff{Amount: eur(t, "10.00")}))
	units, err := r.Lines[0].UnitDiscounts()
	require.NoError(t, err)
	assert.Equal(t, []string{"3.34 EUR", "3.33 EUR", "3.33 EUR"}, strs(units))
}

func TestOrderPercentOffRoundsOnceOnTheTotal(t *testing.T) {
	// Three lines of 0.15: 10 % of each is 0.015 -> 0.02 × 3 = 0.06 per
	// line, but 10 % of 0.45 is 0.045 -> 0.05 once.
	c := cart(t, item("a", "A", "1", "0.15"), item("b", "B", "1", "0.15"), item("c", "C", "1", "0.15"))
	r := apply(t, c, promotion("p", promo.OrderPercentOff{Percent: dec("10")}))
	assert.Equal(t, "0.05 EUR", r.Discount.String())
	r = apply(t, c, promotion("p", promo.PercentOff{Percent: dec("10")}))
	assert.Equal(t, "0.06 EUR", r.Discount.String())
}

func TestDiscountsStopAtZero(t *testing.T) {
	c := cart(t, item("a", "A", "1", "4.00"), item("b", "B", "2", "3.00"))
	r := apply(t, c,
		promo.Promotion{ID: "line", Priority: 1, Actions: []promo.Action{promo.AmountOff{Amount: eur(t, "5.00")}}},
		promo.Promotion{ID: "order", Actions: []promo.Action{promo.OrderAmountOff{Amount: eur(t, "50.00")}}},
	)
	assert.Equal(t, map[string]string{"a": "0.00 EUR", "b": "0.00 EUR"}, totals(r))
	o, _ := r.Outcome("order")
	assert.False(t, o.Applied, "nothing was left for the order discount")
	assert.Equal(t, promo.ReasonNothingToDiscount, o.Reason)

	r = apply(t, c, promotion("order", promo.OrderAmountOff{Amount: eur(t, "50.00")}))
	assert.Equal(t, "10.00 EUR", r.Discount.String(), "an order discount larger than the order stops at its total")
	assert.True(t, r.Total.IsZero())
}

func TestTieredSpend(t *testing.T) {
	tiers := promo.TieredSpend{Tiers: []promo.Tier{
		{From: eur(t, "50.00"), Amount: eur(t, "5.00")},
		{From: eur(t, "100.00"), Amount: eur(t, "15.00")},
	}}
	cases := []struct {
		goods, discount, toNext string
	}{
		{"49.99", "0.00", "0.01"},
		{"50.00", "5.00", "50.00"},
		{"99.99", "5.00", "0.01"},
		{"100.00", "15.00", ""},
		{"250.00", "15.00", ""},
	}
	for _, tc := range cases {
		t.Run(tc.goods, func(t *testing.T) {
			r := apply(t, cart(t, item("a", "A", "1", tc.goods)), promotion("tier", tiers))
			assert.Equal(t, tc.discount+" EUR", r.Discount.String())
			o, _ := r.Outcome("tier")
			add, ok := o.AmountToQualify()
			if tc.toNext == "" {
				assert.False(t, ok)
				return
			}
			require.True(t, ok)
			assert.Equal(t, tc.toNext+" EUR", add.String())
		})
	}

	pct := promo.TieredSpend{Basis: promo.Basis{ExcludeVAT: true}, Tiers: []promo.Tier{
		{From: eur(t, "500.00"), Percent: dec("3")}, {From: eur(t, "1000.00"), Percent: dec("5")},
	}}
	b2b := cart(t, item("a", "A", "1000", "0.55"), item("b", "B", "10", "52.00"))
	b2b.Entry = pricing.PricesExcludeVAT
	r := apply(t, b2b, promotion("b2b", pct))
	// 550 + 520 = 1070 net: 5 % = 53.50.
	assert.Equal(t, "53.50 EUR", r.Discount.String())
}

func TestTieredSpendValidation(t *testing.T) {
	for name, ts := range map[string]promo.TieredSpend{
		"no tiers":     {},
		"both":         {Tiers: []promo.Tier{{From: eur(t, "1.00"), Amount: eur(t, "1.00"), Percent: dec("1")}}},
		"neither":      {Tiers: []promo.Tier{{From: eur(t, "1.00")}}},
		"not rising":   {Tiers: []promo.Tier{{From: eur(t, "10.00"), Amount: eur(t, "1.00")}, {From: eur(t, "10.00"), Amount: eur(t, "2.00")}}},
		"percent >100": {Tiers: []promo.Tier{{From: eur(t, "1.00"), Percent: dec("101")}}},
	} {
		_, err := promo.NewEngine(promo.DefaultPolicy(), promotion("p", ts))
		assert.ErrorIs(t, err, promo.ErrInvalidPromotion, name)
	}
}

func TestMaxDiscountCapsAPromotion(t *testing.T) {
	c := cart(t, item("a", "A", "1", "300.00"), item("b", "B", "1", "100.00"))
	p := promotion("p", promo.PercentOff{Percent: dec("20")})
	p.MaxDiscount = eur(t, "50.00")
	r := apply(t, c, p)
	assert.Equal(t, "50.00 EUR", r.Discount.String())
	assert.Equal(t, map[string]string{"p": "37.50 EUR"}, discountsOn(r, "a"), "the cap is shared as the discounts were")
	assert.Equal(t, map[string]string{"p": "12.50 EUR"}, discountsOn(r, "b"))
}

func TestFreeShippingAndGifts(t *testing.T) {
	c := cart(t, item("a", "A", "1", "60.00"))
	r := apply(t, c,
		promo.Promotion{ID: "ship", Condition: promo.MinTotal{Amount: eur(t, "50.00")}, Actions: []promo.Action{promo.FreeShipping{Modes: []string{"pickup_point"}}}},
		promotion("gift", promo.GiftItem{SKU: "POUCH", Quantity: 1}),
	)
	id, ok := r.FreeShippingFor("pickup_point")
	assert.True(t, ok)
	assert.Equal(t, "ship", id)
	_, ok = r.FreeShippingFor("home")
	assert.False(t, ok)
	assert.Equal(t, []promo.Gift{{PromotionID: "gift", SKU: "POUCH", Quantity: 1}}, r.Gifts)
	assert.True(t, r.Discount.IsZero())
	assert.Len(t, r.Uses, 2)
}

func TestLinesSoldByWeight(t *testing.T) {
	// 1.234 kg at 3.99/kg = 4.92; 10 % = 0.49.
	c := cart(t, item("cheese", "C", "1.234", "3.99"))
	r := apply(t, c, promotion("p", promo.PercentOff{Percent: dec("10")}))
	assert.Equal(t, "4.43 EUR", r.Total.String())
	_, err := r.Lines[0].UnitDiscounts()
	assert.ErrorIs(t, err, promo.ErrInvalidCart)
}

func TestInvalidActionsAreRefusedUpFront(t *testing.T) {
	for name, a := range map[string]promo.Action{
		"percent 0":       promo.PercentOff{},
		"percent 150":     promo.PercentOff{Percent: dec("150")},
		"negative max":    promo.PercentOff{Percent: dec("1"), MaxQuantity: -1},
		"amount 0":        promo.AmountOff{},
		"fixed negative":  promo.FixedPrice{UnitPrice: dec("-1")},
		"order percent":   promo.OrderPercentOff{Percent: decimal.Zero},
		"order amount":    promo.OrderAmountOff{Amount: eur(t, "-1.00")},
		"gift":            promo.GiftItem{SKU: "X"},
		"bxgy buy 0":      promo.BuyXGetY{GetQuantity: 1},
		"bxgy percent":    promo.BuyXGetY{BuyQuantity: 1, GetQuantity: 1, Percent: dec("101")},
		"bxgy negative n": promo.BuyXGetY{BuyQuantity: 1, GetQuantity: 1, MaxApplications: -1},
	} {
		_, err := promo.NewEngine(promo.DefaultPolicy(), promotion("p", a))
		assert.ErrorIs(t, err, promo.ErrInvalidPromotion, name)
		var pe *promo.PromotionError
		assert.ErrorAs(t, err, &pe, name)
	}
}

func TestSelectorPriceRange(t *testing.T) {
	c := cart(t, item("a", "A", "1", "74.99", "bracelets"), item("b", "B", "1", "75.00", "bracelets"), item("c", "C", "1", "19.99", "bracelets"))
	under75 := promo.Selector{Categories: []string{"bracelets"}, UnitPriceFrom: decimal.NewNullDecimal(dec("20")), UnitPriceBelow: decimal.NewNullDecimal(dec("75"))}
	r := apply(t, c, promotion("p", promo.PercentOff{Percent: dec("10"), Items: under75}))
	assert.Equal(t, map[string]string{"a": "67.49 EUR", "b": "75.00 EUR", "c": "19.99 EUR"}, totals(r))
}

func TestUnitDiscountsFollowEachDiscount(t *testing.T) {
	// Two discounts of 0.10 over 3 units: each gives 0.04, 0.03, 0.03,
	// so the first unit carries 0.08; the line's 0.20 spread at the end
	// would have given 0.07, 0.07, 0.06.
	c := cart(t, item("a", "A", "3", "10.00"))
	r := apply(t, c,
		promo.Promotion{ID: "one", Priority: 2, Actions: []promo.Action{promo.OrderAmountOff{Amount: eur(t, "0.10")}}},
		promo.Promotion{ID: "two", Priority: 1, Actions: []promo.Action{promo.OrderAmountOff{Amount: eur(t, "0.10")}}})
	units, err := r.Lines[0].UnitDiscounts()
	require.NoError(t, err)
	assert.Equal(t, []string{"0.08 EUR", "0.06 EUR", "0.06 EUR"}, strs(units))
}
