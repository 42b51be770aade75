package cart_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/cart"
	"github.com/comptoir/comptoir/order"
	"github.com/comptoir/comptoir/pricing"
	"github.com/comptoir/comptoir/pricing/promo"
	"github.com/comptoir/comptoir/pricing/vat"
)

func TestCheckoutBelgianConsumer(t *testing.T) {
	ctx := context.Background()
	c := newCart(t, "cart-1")
	add(t, c, knife(), "1") // 89.00, 10 % off: 80.10
	add(t, c, book(), "1")  // 24.95
	add(t, c, oil(), "2")   // 25.80
	c.AddCode(" welcome5")
	co := checkout(t, nil)

	s, err := co.Quote(ctx, c, consumer(t, ""))
	require.NoError(t, err)
	assert.Equal(t, "home-be", s.Chosen.Offer, "the cheapest available option, the first of equals (both free here)")
	assert.Len(t, s.Options, 4)

	o, s, err := co.Place(ctx, c, consumer(t, "pickup"))
	require.NoError(t, err)
	require.NoError(t, o.Validate())
	// Goods: 80.10 + 24.95 + 25.80 = 130.85, less WELCOME5 5.00 = 125.85;
	// pickup is free from 60.00.
	assert.Equal(t, "125.85 EUR", o.Totals.Gross.String())
	assert.Equal(t, "13.90 EUR", o.Totals.Discount.String())
	assert.True(t, o.Shipping.Gross.IsZero())
	assert.Equal(t, "pickup_point", o.Shipping.Mode)
	require.Len(t, o.Promotions, 2)
	assert.Equal(t, "knives-10", o.Promotions[0].ID)
	assert.Equal(t, "WELCOME5", o.Promotions[1].ID)
	assert.Equal(t, "WELCOME5", o.Promotions[1].Code)
	require.Len(t, s.Almost, 1)
	assert.Equal(t, "spend-150", s.Almost[0].PromotionID)
	assert.Equal(t, "19.15 EUR", s.Almost[0].Add.String(), "measured before the coupon, which runs after order promotions")
	assert.Len(t, o.VATBreakdown, 2)
	out, _ := s.Promotions.Outcome("spend-150")
	assert.Equal(t, promo.ReasonConditions, out.Reason)
	assert.Equal(t, order.Consumer, o.Customer.Kind)
}

func TestCheckoutErrors(t *testing.T) {
	ctx := context.Background()
	full := func() *cart.Cart { return newCartWith(t, "c", knife(), "1") }
	cases := []struct {
		name   string
		cart   func() *cart.Cart
		edit   func(*cart.Checkout, *cart.Request)
		target error
	}{
		{"empty cart", func() *cart.Cart { return newCart(t, "e") }, nil, cart.ErrEmptyCart},
		{"no country", full, func(_ *cart.Checkout, r *cart.Request) { r.Shipping.Country = "" }, cart.ErrInvalidAddress},
		{"UK is not a country code", full, func(_ *cart.Checkout, r *cart.Request) { r.Shipping.Country = "UK" }, cart.ErrInvalidAddress},
		{"no postal code", full, func(_ *cart.Checkout, r *cart.Request) { r.Shipping.PostalCode = "" }, cart.ErrInvalidAddress},
		{"bad billing country", full, func(_ *cart.Checkout, r *cart.Request) { r.Billing.Country = "be" }, cart.ErrInvalidAddress},
		{"not served", full, func(_ *cart.Checkout, r *cart.Request) { r.Shipping.Country, r.Shipping.PostalCode = "IT", "00100" }, cart.ErrNoShipping},
		{"offer not serving", full, func(_ *cart.Checkout, r *cart.Request) { r.Offer = "home-eu" }, cart.ErrNoShipping},
		{"no such offer", full, func(_ *cart.Checkout, r *cart.Request) { r.Offer = "drone" }, cart.ErrNoShipping},
		{"no offer chosen", full, func(_ *cart.Checkout, r *cart.Request) { r.Offer = "" }, cart.ErrNoShipping},
		{"unknown code", func() *cart.Cart { c := full(); c.AddCode("NOPE"); return c }, nil, cart.ErrInvalidCode},
		{"minimum", full, func(co *cart.Checkout, _ *cart.Request) { co.Minimum = eur(t, "100.00") }, cart.ErrBelowMinimum},
		{"no time", full, func(_ *cart.Checkout, r *cart.Request) { r.At = time.Time{} }, cart.ErrInvalidCart},
		{"no customer kind", full, func(_ *cart.Checkout, r *cart.Request) { r.Customer.Kind = "" }, cart.ErrInvalidCart},
		{"no time zone", full, func(co *cart.Checkout, _ *cart.Request) { co.Location = nil }, cart.ErrSetup},
		{"no schedule", full, func(co *cart.Checkout, _ *cart.Request) { co.Shipping = nil }, cart.ErrSetup},
		{"entry mismatch", full, func(co *cart.Checkout, _ *cart.Request) { co.Policy.Entry = pricing.PricesExcludeVAT }, cart.ErrSetup},
		{"bad VAT number", full, func(_ *cart.Checkout, r *cart.Request) { r.Customer.VATNumber = "BE0123" }, vat.ErrBadFormat},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			co, r := checkout(t, nil), consumer(t, "home-be")
			if tc.edit != nil {
				tc.edit(co, &r)
			}
			_, _, err := co.Place(ctx, tc.cart(), r)
			assert.ErrorIs(t, err, tc.target)
		})
	}

	var me *cart.MinimumError
	co := checkout(t, nil)
	co.Minimum = eur(t, "100.00")
	_, _, err := co.Place(ctx, full(), consumer(t, "home-be"))
	require.ErrorAs(t, err, &me)
	assert.Equal(t, "19.90 EUR", me.Short.String(), "89.00 less 10 % = 80.10")

	var ns *cart.NoShippingError
	r := consumer(t, "home-be")
	r.Shipping.Country, r.Shipping.PostalCode = "IT", "00100"
	_, _, err = checkout(t, nil).Place(ctx, full(), r)
	require.ErrorAs(t, err, &ns)
	assert.NotEmpty(t, ns.Reasons)
}

func TestExpiredAndUsedCodes(t *testing.T) {
	ctx := context.Background()
	loc := brussels(t)
	e, err := promo.NewEngine(promo.DefaultPolicy(),
		promo.Promotion{ID: "old", Codes: []string{"SUMMER"}, Window: promo.Window{Until: time.Date(2026, 9, 1, 0, 0, 0, 0, loc)},
			Actions: []promo.Action{promo.OrderAmountOff{Amount: eur(t, "5.00")}}},
		promo.Promotion{ID: "once", Codes: []string{"ONCE"}, Limits: promo.Limits{SingleUseCodes: true},
			Actions: []promo.Action{promo.OrderAmountOff{Amount: eur(t, "5.00")}}},
		promo.Promotion{ID: "big", Codes: []string{"BIG"}, Condition: promo.MinTotal{Amount: eur(t, "500.00")},
			Actions: []promo.Action{promo.OrderAmountOff{Amount: eur(t, "50.00")}}},
	)
	require.NoError(t, err)
	co := checkout(t, nil)
	co.Promotions = e
	for code, reason := range map[string]promo.Reason{"summer": promo.ReasonEnded, "ONCE": promo.ReasonCodeUsed} {
		c := newCartWith(t, "c", knife(), "1")
		c.AddCode(code)
		r := consumer(t, "home-be")
		r.Counts = promo.Counts{Code: map[string]int{"ONCE": 1}}
		_, _, err := co.Place(ctx, c, r)
		var ce *cart.CodeError
		require.ErrorAs(t, err, &ce, code)
		assert.Equal(t, reason, ce.Reason, code)
	}
	// A code whose conditions the cart does not meet yet is no error: the
	// summary says what is missing.
	c := newCartWith(t, "c", knife(), "1")
	c.AddCode("BIG")
	_, s, err := co.Place(ctx, c, consumer(t, "home-be"))
	require.NoError(t, err)
	require.Len(t, s.Almost, 1)
	assert.Equal(t, "411.00 EUR", s.Almost[0].Add.String())
}

func TestCheckoutAcrossBordersAndB2B(t *testing.T) {
	ctx := context.Background()
	// A French consumer, seller above the EUR 10,000 threshold: French
	// VAT on a gross price kept as shown.
	c := newCartWith(t, "fr", pan(), "2")
	r := consumer(t, "home-eu")
	r.Shipping = order.Address{Name: "Léa", PostalCode: "59000", City: "Lille", Country: "FR"}
	r.Billing, r.Customer.Country = r.Shipping, "FR"
	r.CrossBorderThisYear = eur(t, "25000.00")
	o, s, err := checkout(t, nil).Place(ctx, c, r)
	require.NoError(t, err)
	assert.Equal(t, vat.OSSDestination, s.Treatment.Treatment)
	assert.Equal(t, "0.2", o.Lines[0].VATRate.String())
	assert.Equal(t, "98.50 EUR", o.Totals.Gross.String(), "90.00 + 8.50 delivery")

	// A Dutch business with a checked VAT number: exempt, net prices.
	b2b, err := cart.New(cart.Config{ID: "b2b", Currency: currency(t), Entry: pricing.PricesExcludeVAT, Channel: order.ChannelB2BPortal})
	require.NoError(t, err)
	add(t, b2b, cart.Item{SKU: "SCREW-4X30", Name: "Screw 4x30", UnitPrice: dec("0.0125"), TaxCategory: vat.Standard, WeightGrams: 3}, "1000")
	add(t, b2b, pan(), "10")
	co := checkout(t, nil)
	co.Promotions = nil
	co.Policy.Entry = pricing.PricesExcludeVAT
	co.Minimum = eur(t, "250.00")
	br := consumer(t, "home-eu")
	br.Shipping = order.Address{Company: "Keuken BV", PostalCode: "1012", City: "Amsterdam", Country: "NL"}
	br.Billing = br.Shipping
	br.Customer = order.Customer{ID: "keuken", Kind: order.Business, Country: "NL", VATNumber: "NL004495445B01"}
	num, err := vat.ParseNumber("NL004495445B01")
	require.NoError(t, err)
	br.BuyerCheck = &vat.Registration{Number: num, Valid: true, CheckedAt: tuesday(t)}
	o, s, err = co.Place(ctx, b2b, br)
	require.NoError(t, err)
	assert.Equal(t, vat.IntraCommunityExempt, s.Treatment.Treatment)
	assert.True(t, o.Totals.VAT.IsZero())
	assert.Equal(t, "12.50 EUR", o.Lines[0].Net.String(), "1,000 screws at 0.0125")
	assert.False(t, o.Lines[0].UnitPriceIncludesVAT)
	assert.Equal(t, "462.50 EUR", o.Totals.Gross.String(), "12.50 + 450.00, free delivery from 120.00")
}

func TestDigitalOnlyCartNeedsNoShipping(t *testing.T) {
	ebook := cart.Item{SKU: "EBOOK-BXL", Name: "Brussels cookbook (EPUB)", UnitPrice: dec("9.99"), TaxCategory: vat.EBooks, Flags: order.Flags{Digital: true}}
	c := newCartWith(t, "d", ebook, "1")
	co := checkout(t, nil)
	co.Shipping = nil
	r := consumer(t, "")
	r.Shipping = order.Address{}
	o, s, err := co.Place(context.Background(), c, r)
	require.NoError(t, err)
	assert.Nil(t, s.Chosen)
	assert.Equal(t, "9.99 EUR", o.Totals.Gross.String())
	assert.True(t, o.ShippingAddress.IsZero())
}

func TestPlaceReportsPriceChanges(t *testing.T) {
	ctx := context.Background()
	c := newCartWith(t, "c", knife(), "1")
	cat := catalog(t)
	cat.SetPrice("KNIFE-20", dec("95.00"))
	co := checkout(t, nil)
	co.Catalog = cat
	_, _, err := co.Place(ctx, c, consumer(t, "home-be"))
	var ce *cart.ChangedError
	require.ErrorAs(t, err, &ce)
	require.Len(t, ce.Report.PriceChanges, 1)
	assert.Equal(t, "95", ce.Report.PriceChanges[0].New.String())
	// The shopper has seen it: placing again goes through at the new price.
	o, _, err := co.Place(ctx, c, consumer(t, "home-be"))
	require.NoError(t, err)
	assert.Equal(t, "95", o.Lines[0].UnitPrice.String())
}
