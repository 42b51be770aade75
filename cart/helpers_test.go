package cart_test

import (
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/cart"
	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/order"
	"github.com/comptoir/comptoir/pricing"
	"github.com/comptoir/comptoir/pricing/promo"
	"github.com/comptoir/comptoir/pricing/vat"
	"github.com/comptoir/comptoir/shipping"
	"github.com/comptoir/comptoir/shipping/parcel"
)

func eur(t testing.TB, s string) money.Money {
	t.Helper()
	m, err := money.Parse(s, "EUR")
	require.NoError(t, err)
	return m
}

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func brussels(t testing.TB) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Europe/Brussels")
	require.NoError(t, err)
	return loc
}

// tuesday is Tuesday 2026-12-01 15:30 in Brussels, before the cut-off.
func tuesday(t testing.TB) time.Time { return time.Date(2026, 12, 1, 15, 30, 0, 0, brussels(t)) }

func currency(t testing.TB) money.Currency {
	t.Helper()
	c, err := money.ParseCurrency("EUR")
	require.NoError(t, err)
	return c
}

func newCart(t testing.TB, id string) *cart.Cart {
	t.Helper()
	c, err := cart.New(cart.Config{ID: id, Currency: currency(t), Entry: pricing.PricesIncludeVAT, Channel: order.ChannelWebshop})
	require.NoError(t, err)
	return c
}

var box = parcel.Dimensions{Length: 300, Width: 200, Height: 100}

// Top Fourneau's catalogue: kitchenware at 21 %, a cookbook at 6 %,
// olive oil (food) at 6 %.
func knife() cart.Item {
	return cart.Item{SKU: "KNIFE-20", Name: "Chef's knife 20 cm", Category: "knives", UnitPrice: dec("89.00"),
		TaxCategory: vat.Standard, WeightGrams: 350, Dimensions: box}
}

func pan() cart.Item {
	return cart.Item{SKU: "PAN-28", Name: "Frying pan 28 cm", Category: "pans", UnitPrice: dec("45.00"),
		TaxCategory: vat.Standard, WeightGrams: 1400, Dimensions: box}
}

func book() cart.Item {
	return cart.Item{SKU: "BOOK-BXL", Name: "Brussels cookbook", Category: "books", UnitPrice: dec("24.95"),
		TaxCategory: vat.Books, WeightGrams: 800, Dimensions: box}
}

func oil() cart.Item {
	return cart.Item{SKU: "OIL-50", Name: "Olive oil 50 cl", Category: "food", UnitPrice: dec("12.90"),
		TaxCategory: vat.Foodstuffs, WeightGrams: 600, Dimensions: box, Flags: order.Flags{Perishable: false}}
}

func add(t testing.TB, c *cart.Cart, it cart.Item, qty string) cart.Line {
	t.Helper()
	l, err := c.Add(it, dec(qty))
	require.NoError(t, err)
	return l
}

func schedule(t testing.TB) *shipping.Schedule {
	t.Helper()
	flat := func(s string) shipping.Flat { return shipping.Flat{Amount: eur(t, s)} }
	cutOff := shipping.Clock{Hour: 16}
	s, err := shipping.NewSchedule(shipping.Config{
		Currency: currency(t), ShipFrom: "BE", Location: brussels(t),
		Zones: []shipping.Zone{
			{Name: "Belgium", Regions: []shipping.Region{{Country: "BE"}}},
			{Name: "Europe", Regions: []shipping.Region{{Country: "FR"}, {Country: "NL"}, {Country: "LU"}, {Country: "DE"}}},
			{Name: "World", Regions: []shipping.Region{{Country: "CH"}, {Country: "ES"}, {Country: "US"}}},
		},
		Offers: []shipping.Offer{
			{ID: "home-be", Mode: shipping.ModeHome, Carrier: "bpost", Zones: []string{"Belgium"}, Fee: flat("4.50"),
				FreeFrom: shipping.Threshold{Amount: eur(t, "80.00")}, Transit: shipping.Transit{MinDays: 1, MaxDays: 1, CutOff: cutOff}},
			{ID: "home-eu", Mode: shipping.ModeHome, Carrier: "DPD", Zones: []string{"Europe"}, Fee: flat("8.50"),
				FreeFrom: shipping.Threshold{Amount: eur(t, "120.00")}, Transit: shipping.Transit{MinDays: 2, MaxDays: 4, CutOff: cutOff}},
			{ID: "express", Mode: shipping.ModeExpress, Carrier: "DHL Express", Zones: []string{"Belgium", "Europe", "World"}, Fee: flat("19.00"),
				Transit: shipping.Transit{MinDays: 1, MaxDays: 1, CutOff: shipping.Clock{Hour: 12}}},
			{ID: "pickup", Mode: shipping.ModePickupPoint, Carrier: "bpost", Zones: []string{"Belgium"}, Fee: flat("3.50"),
				FreeFrom: shipping.Threshold{Amount: eur(t, "60.00")}, Transit: shipping.Transit{MinDays: 1, MaxDays: 2, CutOff: cutOff}},
		},
	})
	require.NoError(t, err)
	return s
}

func promotions(t testing.TB) *promo.Engine {
	t.Helper()
	e, err := promo.NewEngine(promo.DefaultPolicy(),
		promo.Promotion{ID: "knives-10", Name: "10 % off knives", Actions: []promo.Action{
			promo.PercentOff{Percent: dec("10"), Items: promo.Selector{Categories: []string{"knives"}}}}},
		promo.Promotion{ID: "WELCOME5", Codes: []string{"WELCOME5"}, Condition: promo.MinTotal{Amount: eur(t, "50.00")},
			Actions: []promo.Action{promo.OrderAmountOff{Amount: eur(t, "5.00")}}},
		promo.Promotion{ID: "spend-150", Condition: promo.MinTotal{Amount: eur(t, "150.00")},
			Actions: []promo.Action{promo.OrderPercentOff{Percent: dec("5")}}},
	)
	require.NoError(t, err)
	return e
}

func checkout(t testing.TB, inv cart.Inventory) *cart.Checkout {
	return &cart.Checkout{Promotions: promotions(t), Shipping: schedule(t), Inventory: inv, Policy: pricing.DefaultPolicy(),
		Seller: vat.Seller{Country: "BE"}, ShipFrom: vat.Place{Country: "BE", PostalCode: "1000"}, Location: brussels(t)}
}

func liege() order.Address {
	return order.Address{Name: "Claire Dubois", Lines: []string{"Rue Saint-Gilles 12"}, PostalCode: "4000", City: "Liège", Country: "BE"}
}

func consumer(t testing.TB, offer string) cart.Request {
	return cart.Request{At: tuesday(t), Offer: offer, Billing: liege(), Shipping: liege(),
		Customer: order.Customer{ID: "c-42", Kind: order.Consumer, Country: "BE"}}
}
