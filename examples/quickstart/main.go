// Command quickstart is comptoir's shop window: Claire, a consumer in
// Liège, fills a cart at Top Fourneau (a Belgian kitchen shop), enters a
// code, picks delivery to a pickup point and checks out. The program
// prints the cart, the promotions (and why one did not apply), the
// shipping options, the VAT breakdown and the order as JSON.
//
//	go run ./examples/quickstart
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"os"
	"time"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"

	"github.com/comptoir/comptoir/cart"
	"github.com/comptoir/comptoir/cart/carttest"
	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/order"
	"github.com/comptoir/comptoir/pricing"
	"github.com/comptoir/comptoir/pricing/promo"
	"github.com/comptoir/comptoir/pricing/vat"
	"github.com/comptoir/comptoir/shipping"
)

func main() {
	if err := run(); err != nil {
		log.Fatal(err)
	}
}

// The shop's data; the literals below are valid, so errors are fatal.
func eur(s string) money.Money {
	m, err := money.Parse(s, "EUR")
	if err != nil {
		log.Fatal(err)
	}
	return m
}

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func run() error {
	ctx := context.Background()
	brussels, err := time.LoadLocation("Europe/Brussels")
	if err != nil {
		return err
	}
	euro, err := money.ParseCurrency("EUR")
	if err != nil {
		return err
	}

	// 1. The shop: promotions, delivery offers, stock.
	promotions, err := promo.NewEngine(promo.DefaultPolicy(),
		promo.Promotion{ID: "knives-10", Name: "10 % off knives", Actions: []promo.Action{
			promo.PercentOff{Percent: dec("10"), Items: promo.Selector{Categories: []string{"knives"}}}}},
		promo.Promotion{ID: "WELCOME5", Name: "5 EUR off a first order from 50 EUR", Codes: []string{"WELCOME5"},
			Condition: promo.MinTotal{Amount: eur("50.00")}, Actions: []promo.Action{promo.OrderAmountOff{Amount: eur("5.00")}}},
		promo.Promotion{ID: "spend-150", Name: "5 % off from 150 EUR", Condition: promo.MinTotal{Amount: eur("150.00")},
			Actions: []promo.Action{promo.OrderPercentOff{Percent: dec("5")}}},
	)
	if err != nil {
		return err
	}
	schedule, err := shipping.NewSchedule(topFourneauDelivery(euro, brussels))
	if err != nil {
		return err
	}
	stock := carttest.NewInventory() // an in-memory stand-in for the shop's stock
	for sku, qty := range map[string]string{"KNIFE-20": "4", "BOOK-BXL": "10", "OIL-50": "24"} {
		stock.SetStock(sku, dec(qty))
	}
	checkout := &cart.Checkout{Promotions: promotions, Shipping: schedule, Inventory: stock,
		Policy: pricing.DefaultPolicy(), Seller: vat.Seller{Country: "BE"},
		ShipFrom: vat.Place{Country: "BE", PostalCode: "1000"}, Location: brussels}

	// 2. Claire fills her cart and enters a code.
	c, err := cart.New(cart.Config{ID: "cart-claire", Currency: euro, Entry: pricing.PricesIncludeVAT, Channel: order.ChannelWebshop})
	if err != nil {
		return err
	}
	for _, l := range []struct {
		item cart.Item
		qty  string
	}{
		{cart.Item{SKU: "KNIFE-20", Name: "Chef's knife 20 cm", Category: "knives", UnitPrice: dec("89.00"), TaxCategory: vat.Standard, WeightGrams: 350}, "1"},
		{cart.Item{SKU: "BOOK-BXL", Name: "Brussels cookbook", Category: "books", UnitPrice: dec("24.95"), TaxCategory: vat.Books, WeightGrams: 800}, "1"},
		{cart.Item{SKU: "OIL-50", Name: "Olive oil 50 cl", Category: "food", UnitPrice: dec("12.90"), TaxCategory: vat.Foodstuffs, WeightGrams: 600}, "2"},
	} {
		if _, err := c.Add(l.item, dec(l.qty)); err != nil {
			return err
		}
	}
	c.AddCode("welcome5")

	// 3. She checks out, to a pickup point.
	home := order.Address{Name: "Claire Dubois", Lines: []string{"Rue Saint-Gilles 12"}, PostalCode: "4000", City: "Liège", Country: "BE"}
	o, summary, err := checkout.Place(ctx, c, cart.Request{
		OrderID: uuid.MustParse("5f0c6a52-3f4e-4d8a-9c1b-7a2e5d9b0c11"), At: time.Date(2026, 12, 1, 15, 30, 0, 0, brussels),
		Customer: order.Customer{ID: "claire", Kind: order.Consumer, Country: "BE"}, FirstOrder: true,
		Billing: home, Shipping: home, Offer: "pickup",
	})
	if err != nil {
		return err
	}
	printSummary(summary)
	fmt.Println("\n== The order")
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(o)
}

func printSummary(s cart.Summary) {
	fmt.Println("== Cart")
	for _, l := range s.Lines {
		fmt.Printf("  %-20s %s × %-6s %10s -> %10s\n", l.Name, l.Quantity, l.UnitPrice.StringFixed(2), l.Amount, l.Gross)
	}
	fmt.Println("== Promotions")
	for _, o := range s.Promotions.Outcomes {
		if o.Applied {
			fmt.Printf("  %-10s applied: %s off\n", o.PromotionID, o.Discount)
			continue
		}
		why := o.Reason.String()
		if add, ok := o.AmountToQualify(); ok {
			why += fmt.Sprintf(": add %s to get it", add)
		}
		fmt.Printf("  %-10s not applied (%s)\n", o.PromotionID, why)
	}
	fmt.Println("== Delivery options")
	for _, o := range s.Options {
		if !o.Available() {
			fmt.Printf("  %-8s unavailable: %v\n", o.Offer, o.Unavailable)
			continue
		}
		fmt.Printf("  %-8s %-13s %s, delivered %s to %s\n", o.Offer, o.Mode, o.Fee, o.Window.Earliest, o.Window.Latest)
	}
	fmt.Println("  chosen:", s.Chosen.Offer)
	fmt.Println("== VAT")
	for _, v := range s.Tax.VAT {
		fmt.Printf("  %5s%%  net %s  VAT %s  gross %s\n", v.Rate.Shift(2), v.Net, v.VAT, v.Gross)
	}
	fmt.Println("  total", s.Tax.Totals.Gross)
}

// topFourneauDelivery is the shop's delivery: home in Belgium or Europe,
// express, pickup points (free from 60 EUR).
func topFourneauDelivery(euro money.Currency, loc *time.Location) shipping.Config {
	cutOff := shipping.Clock{Hour: 16}
	return shipping.Config{Currency: euro, ShipFrom: "BE", Location: loc,
		Zones: []shipping.Zone{
			{Name: "Belgium", Regions: []shipping.Region{{Country: "BE"}}},
			{Name: "Europe", Regions: []shipping.Region{{Country: "FR"}, {Country: "NL"}, {Country: "LU"}, {Country: "DE"}}},
		},
		Offers: []shipping.Offer{
			{ID: "home-be", Mode: shipping.ModeHome, Carrier: "bpost", Zones: []string{"Belgium"}, Fee: shipping.Flat{Amount: eur("4.50")},
				FreeFrom: shipping.Threshold{Amount: eur("150.00")}, Transit: shipping.Transit{MinDays: 1, MaxDays: 1, CutOff: cutOff}},
			{ID: "home-eu", Mode: shipping.ModeHome, Carrier: "DPD", Zones: []string{"Europe"}, Fee: shipping.Flat{Amount: eur("8.50")},
				Transit: shipping.Transit{MinDays: 2, MaxDays: 4, CutOff: cutOff}},
			{ID: "express", Mode: shipping.ModeExpress, Carrier: "DHL Express", Zones: []string{"Belgium", "Europe"},
				Fee: shipping.Flat{Amount: eur("19.00")}, Transit: shipping.Transit{MinDays: 1, MaxDays: 1, CutOff: shipping.Clock{Hour: 12}}},
			{ID: "pickup", Mode: shipping.ModePickupPoint, Carrier: "bpost", Zones: []string{"Belgium"}, Fee: shipping.Flat{Amount: eur("3.50")},
				FreeFrom: shipping.Threshold{Amount: eur("60.00")}, Transit: shipping.Transit{MinDays: 1, MaxDays: 2, CutOff: cutOff}},
		},
	}
}
