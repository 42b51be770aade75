package cart_test

import (
	"context"
	"fmt"
	"time"

	"github.com/shopspring/decimal"

	"github.com/comptoir/comptoir/cart"
	"github.com/comptoir/comptoir/cart/carttest"
	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/order"
	"github.com/comptoir/comptoir/pricing"
	"github.com/comptoir/comptoir/pricing/vat"
	"github.com/comptoir/comptoir/shipping"
)

// A cart checked out into an order: one knife, delivered to a pickup
// point in Liège.
func Example() {
	loc, _ := time.LoadLocation("Europe/Brussels")
	eur, _ := money.ParseCurrency("EUR")
	fee, _ := money.Parse("3.50", "EUR")
	schedule, err := shipping.NewSchedule(shipping.Config{Currency: eur, ShipFrom: "BE", Location: loc,
		Zones: []shipping.Zone{{Name: "Belgium", Regions: []shipping.Region{{Country: "BE"}}}},
		Offers: []shipping.Offer{{ID: "pickup", Mode: shipping.ModePickupPoint, Carrier: "bpost", Zones: []string{"Belgium"},
			Fee: shipping.Flat{Amount: fee}, Transit: shipping.Transit{MinDays: 1, MaxDays: 2, CutOff: shipping.Clock{Hour: 16}}}},
	})
	if err != nil {
		panic(err)
	}
	c, _ := cart.New(cart.Config{ID: "cart-7", Currency: eur, Entry: pricing.PricesIncludeVAT, Channel: order.ChannelWebshop})
	knife := cart.Item{SKU: "KNIFE-20", Name: "Chef's knife 20 cm", UnitPrice: decimal.RequireFromString("89.00"),
		TaxCategory: vat.Standard, WeightGrams: 350}
	if _, err := c.Add(knife, decimal.NewFromInt(1)); err != nil {
		panic(err)
	}
	inv := carttest.NewInventory()
	inv.SetStock("KNIFE-20", decimal.NewFromInt(5))
	co := &cart.Checkout{Shipping: schedule, Inventory: inv, Policy: pricing.DefaultPolicy(),
		Seller: vat.Seller{Country: "BE"}, ShipFrom: vat.Place{Country: "BE", PostalCode: "1000"}, Location: loc}
	home := order.Address{Name: "Claire Dubois", PostalCode: "4000", City: "Liège", Country: "BE"}
	o, s, err := co.Place(context.Background(), c, cart.Request{
		At: time.Date(2026, 12, 1, 15, 30, 0, 0, loc), Offer: "pickup", Billing: home, Shipping: home,
		Customer: order.Customer{Kind: order.Consumer, Country: "BE"}})
	if err != nil {
		panic(err)
	}
	for _, v := range s.Tax.VAT {
		fmt.Println("VAT", v.Rate, "on", v.Net, "=", v.VAT)
	}
	fmt.Println("total", o.Totals.Gross, "delivery", o.Shipping.Gross, "by", o.Shipping.Promise.Latest.Format("Mon 2 Jan"))
	fmt.Println("sold", inv.Sold("KNIFE-20"), "valid:", o.Validate() == nil)
	// Output:
	// VAT 0.21 on 76.45 EUR = 16.05 EUR
	// total 92.50 EUR delivery 3.50 EUR by Thu 3 Dec
	// sold 1 valid: true
}

// A guest's cart merged into the saved cart on login, with the price
// change the shopper must see.
func ExampleMergeOnLogin() {
	eur, _ := money.ParseCurrency("EUR")
	newCart := func(id string) *cart.Cart {
		c, _ := cart.New(cart.Config{ID: id, Currency: eur, Entry: pricing.PricesIncludeVAT, Channel: order.ChannelWebshop})
		return c
	}
	item := func(sku, price string) cart.Item {
		return cart.Item{SKU: sku, Name: sku, UnitPrice: decimal.RequireFromString(price), TaxCategory: vat.Standard}
	}
	saved, guest := newCart("saved"), newCart("guest")
	saved.Add(item("A", "10.00"), decimal.NewFromInt(2))
	saved.Add(item("B", "5.00"), decimal.NewFromInt(1))
	guest.Add(item("A", "10.00"), decimal.NewFromInt(1))

	cat := carttest.NewCatalog()
	cat.SetPrice("A", decimal.RequireFromString("10.00"))
	cat.SetPrice("B", decimal.RequireFromString("4.50"))
	report, err := cart.MergeOnLogin(context.Background(), saved, guest, cat, nil, "", time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC))
	if err != nil {
		panic(err)
	}
	for _, l := range saved.Lines() {
		fmt.Println(l.SKU, "×", l.Quantity, "at", l.UnitPrice)
	}
	for _, ch := range report.PriceChanges {
		fmt.Println("price of", ch.SKU, "changed from", ch.Old, "to", ch.New)
	}
	// Output:
	// A × 3 at 10
	// B × 1 at 4.5
	// price of B changed from 5 to 4.5
}
