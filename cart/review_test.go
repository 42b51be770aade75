package cart_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/cart"
	"github.com/comptoir/comptoir/cart/carttest"
	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/order"
	"github.com/comptoir/comptoir/pricing"
	"github.com/comptoir/comptoir/pricing/promo"
	"github.com/comptoir/comptoir/pricing/vat"
)

func TestGuestHoldCarriesOverOnLogin(t *testing.T) {
	ctx := context.Background()
	inv := carttest.NewInventory()
	inv.SetStock("KNIFE-20", dec("1"))
	guest, saved := newCartWith(t, "guest", knife(), "1"), newCart(t, "saved")
	require.NoError(t, guest.Reserve(ctx, inv, tuesday(t), 15*time.Minute))
	r, err := cart.MergeOnLogin(ctx, saved, guest, catalog(t), inv, "", tuesday(t))
	require.NoError(t, err)
	assert.Empty(t, r.Shortages, "the guest's own hold is the merged cart's")
	_, _, err = checkout(t, inv).Place(ctx, saved, consumer(t, "home-be"))
	require.NoError(t, err)
}

func TestGrantedStockStaysCommittable(t *testing.T) {
	ctx := context.Background()
	inv := carttest.NewInventory()
	inv.SetStock("KNIFE-20", dec("2"))
	a, b := newCartWith(t, "a", knife(), "1"), newCartWith(t, "b", knife(), "1")
	require.NoError(t, a.Reserve(ctx, inv, tuesday(t), 15*time.Minute))
	require.NoError(t, b.Reserve(ctx, inv, tuesday(t), 15*time.Minute))
	inv.SetStock("KNIFE-20", dec("1")) // one broke in the warehouse
	_, _, errA := checkout(t, inv).Place(ctx, a, consumer(t, "home-be"))
	_, _, errB := checkout(t, inv).Place(ctx, b, consumer(t, "home-be"))
	assert.NoError(t, errA, "A's hold was granted")
	assert.NoError(t, errB, "so was B's: the inventory honours both")
	assert.Equal(t, "2", inv.Sold("KNIFE-20").String())
}

func TestPlacingTwiceSellsOnce(t *testing.T) {
	ctx := context.Background()
	inv := carttest.NewInventory()
	inv.SetStock("KNIFE-20", dec("5"))
	c := newCartWith(t, "c", knife(), "1")
	co := checkout(t, inv)
	_, _, err := co.Place(ctx, c, consumer(t, "home-be"))
	require.NoError(t, err)
	_, _, err = co.Place(ctx, c, consumer(t, "home-be"))
	assert.ErrorIs(t, err, cart.ErrEmptyCart)
	assert.Equal(t, "1", inv.Sold("KNIFE-20").String())
}

func TestRevalidateKeepsItsReportOnError(t *testing.T) {
	c := newCartWith(t, "c", knife(), "1")
	add(t, c, oil(), "1")
	cat := catalog(t)
	cat.SetPrice("KNIFE-20", dec("99.00"))
	cat.Remove("OIL-50")
	inv := carttest.NewInventory()
	inv.FailNext(carttest.OpAvailable, errors.New("stock service down"))
	r, err := c.Revalidate(context.Background(), cat, inv, "", tuesday(t))
	require.Error(t, err)
	assert.Len(t, r.PriceChanges, 1)
	assert.Len(t, r.Removed, 1)
}

type nilMap struct{ cart.Inventory }

func (nilMap) Available(context.Context, []string, string, time.Time) (map[string]decimal.Decimal, error) {
	return nil, nil
}

func TestAvailabilityWithANilMap(t *testing.T) {
	stock, err := newCartWith(t, "c", knife(), "1").Availability(context.Background(), nilMap{}, tuesday(t))
	require.NoError(t, err)
	assert.False(t, stock[0].Enough())
}

func TestRedeemOnlyWhatTheOrderUsed(t *testing.T) {
	ctx := context.Background()
	e, err := promo.NewEngine(promo.DefaultPolicy(),
		promo.Promotion{ID: "pickup-free", Codes: []string{"PICKUP"}, Limits: promo.Limits{SingleUseCodes: true},
			Actions: []promo.Action{promo.FreeShipping{Modes: []string{"pickup_point"}}}},
		promo.Promotion{ID: "ten", Actions: []promo.Action{promo.OrderPercentOff{Percent: dec("10")}}})
	require.NoError(t, err)
	co := checkout(t, nil)
	co.Promotions = e
	c := newCartWith(t, "c", pan(), "1")
	c.AddCode("PICKUP")
	o, s, err := co.Place(ctx, c, consumer(t, "home-be"))
	require.NoError(t, err)
	require.Len(t, o.Promotions, 1)
	assert.Equal(t, []string{"ten"}, useIDs(s.Uses), "the pickup code gave nothing to a home delivery")
	assert.Len(t, s.Redemption(o.ID.String(), "c-42").Uses, 1)
}

func useIDs(us []promo.Use) []string {
	var out []string
	for _, u := range us {
		out = append(out, u.PromotionID)
	}
	return out
}

func TestSetupChecks(t *testing.T) {
	ctx := context.Background()
	halfEven := checkout(t, nil)
	halfEven.Policy.Mode = money.HalfEven
	_, err := halfEven.Quote(ctx, newCartWith(t, "c", knife(), "1"), consumer(t, ""))
	assert.ErrorIs(t, err, cart.ErrSetup, "promotions and tax must round alike")

	noShipFrom := checkout(t, nil)
	noShipFrom.ShipFrom = vat.Place{}
	_, err = noShipFrom.Quote(ctx, newCartWith(t, "c", knife(), "1"), consumer(t, ""))
	assert.ErrorIs(t, err, cart.ErrSetup)

	r := consumer(t, "")
	r.Customer.Country = ""
	_, err = checkout(t, nil).Quote(ctx, newCartWith(t, "c", knife(), "1"), r)
	assert.ErrorIs(t, err, cart.ErrInvalidCart)

	var nilCheckout *cart.Checkout
	_, err = nilCheckout.Quote(ctx, newCartWith(t, "c", knife(), "1"), consumer(t, ""))
	assert.ErrorIs(t, err, cart.ErrSetup)
	_, err = newCart(t, "c").Availability(ctx, nil, tuesday(t))
	assert.ErrorIs(t, err, cart.ErrSetup)
	_, err = newCartWith(t, "c", knife(), "1").Revalidate(ctx, nil, nil, "", tuesday(t))
	assert.ErrorIs(t, err, cart.ErrSetup)
}

func TestThresholdCountsBusinessesWithoutNumberAndShipping(t *testing.T) {
	ctx := context.Background()
	// A French business whose number was not checked is taxed as a
	// consumer, so its sale counts toward the EUR 10,000.
	c := newCartWith(t, "c", pan(), "200") // 9,000.00 gross, 7,438.02 net
	r := consumer(t, "home-eu")
	r.Shipping = order.Address{PostalCode: "75002", City: "Paris", Country: "FR"}
	r.Billing, r.Customer = r.Shipping, order.Customer{Kind: order.Business, Country: "FR"}
	r.CrossBorderThisYear = eur(t, "5000.00")
	s, err := checkout(t, nil).Quote(ctx, c, r)
	require.NoError(t, err)
	assert.Equal(t, vat.OSSDestination, s.Treatment.Treatment)

	// 9,995.00 sold; 4.13 net of goods stays under, the delivery (7.02
	// net) takes the sale over.
	small := newCartWith(t, "s", cart.Item{SKU: "SPOON", Name: "Spoon", UnitPrice: dec("5.00"), TaxCategory: vat.Standard, WeightGrams: 50}, "1")
	r = consumer(t, "home-eu")
	r.Shipping = order.Address{PostalCode: "59000", City: "Lille", Country: "FR"}
	r.Billing, r.Customer.Country = r.Shipping, "FR"
	r.CrossBorderThisYear = eur(t, "9995.00")
	s, err = checkout(t, nil).Quote(ctx, small, r)
	require.NoError(t, err)
	assert.Equal(t, vat.OSSDestination, s.Treatment.Treatment)
	r.CrossBorderThisYear = eur(t, "9980.00")
	s, err = checkout(t, nil).Quote(ctx, small, r)
	require.NoError(t, err)
	assert.Equal(t, vat.MicroSellerOrigin, s.Treatment.Treatment)
}

func TestOrderAgainUnitWeightAndListPrices(t *testing.T) {
	o, _, err := checkout(t, nil).Place(context.Background(), newCartWith(t, "c", knife(), "10"), consumer(t, "home-be"))
	require.NoError(t, err)
	require.Equal(t, int64(3500), o.Lines[0].WeightGrams)
	list, err := cart.OrderAgain(o)
	require.NoError(t, err)
	assert.Equal(t, int64(350), list.Entries[0].Item.WeightGrams)
	assert.Equal(t, pricing.PricesIncludeVAT, list.Entry)

	// An entry already in the cart reports the change against the line's
	// price, the one the shopper saw.
	c := newCartWith(t, "c2", knife(), "1")
	cat := catalog(t)
	cat.SetPrice("KNIFE-20", dec("120.00"))
	r, err := c.AddList(context.Background(), list, cat, "", tuesday(t))
	require.NoError(t, err)
	require.Len(t, r.PriceChanges, 1)
	assert.Equal(t, "89", r.PriceChanges[0].Old.String())
	l, _ := c.Line("L1")
	assert.Equal(t, "11", l.Quantity.String())
	assert.Equal(t, "120", l.UnitPrice.String())

	// A list on another price entry reports no false change.
	b2b, err := cart.New(cart.Config{ID: "b", Currency: currency(t), Entry: pricing.PricesExcludeVAT, Channel: order.ChannelWebshop})
	require.NoError(t, err)
	r, err = b2b.AddList(context.Background(), list, catalog(t), "", tuesday(t))
	require.NoError(t, err)
	assert.Empty(t, r.PriceChanges)
}

func TestMergeEdgeCases(t *testing.T) {
	c := newCartWith(t, "c", knife(), "1")
	assert.ErrorIs(t, cart.Merge(c, c), cart.ErrInvalidCart)
	assert.ErrorIs(t, cart.Merge(c, nil), cart.ErrInvalidCart)
	shop, err := cart.New(cart.Config{ID: "s", Currency: currency(t), Entry: pricing.PricesIncludeVAT, Channel: order.ChannelClickAndCollect})
	require.NoError(t, err)
	assert.ErrorIs(t, cart.Merge(c, shop), cart.ErrInvalidCart)
}

func TestQuoteShowsWhatIsLeft(t *testing.T) {
	co := checkout(t, nil)
	co.Minimum = eur(t, "100.00")
	s, err := co.Quote(context.Background(), newCartWith(t, "c", pan(), "1"), consumer(t, "express"))
	require.NoError(t, err)
	assert.Equal(t, "55.00 EUR", s.MinimumLeft.String())
	assert.Equal(t, "0.00 EUR", s.FreeShippingLeft.String(), "express has no threshold")
	s, err = co.Quote(context.Background(), newCartWith(t, "c", pan(), "1"), consumer(t, "home-be"))
	require.NoError(t, err)
	assert.Equal(t, "35.00 EUR", s.FreeShippingLeft.String())
}
