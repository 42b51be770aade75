// Command promotions runs Joli Bijou's Saint Valentine campaign (bracelets
// under 75 EUR at 15 % off from 1 to 14 February, the code VALENTIN for
// free shipping above 50 EUR) on three baskets, announces the reduction
// with its legal reference price, and prices a B2B order with a tiered
// spend discount.
//
//	go run ./examples/promotions
package main

import (
	"context"
	"fmt"
	"log"
	"time"

	"github.com/shopspring/decimal"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/pricing"
	"github.com/comptoir/comptoir/pricing/promo"
	"github.com/comptoir/comptoir/pricing/reference"
)

func main() {
	if err := run(); err != nil {
		log.Fatal(err)
	}
}

func run() error {
	loc, err := time.LoadLocation("Europe/Brussels")
	if err != nil {
		return err
	}
	if err := valentine(loc); err != nil {
		return err
	}
	if err := announce(loc); err != nil {
		return err
	}
	return b2b(loc)
}

func eur(s string) money.Money {
	m, err := money.Parse(s, "EUR")
	if err != nil {
		panic(err) // constants of this program
	}
	return m
}

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func valentineEngine(loc *time.Location) (*promo.Engine, error) {
	first, last := calendar.Date{Year: 2027, Month: 2, Day: 1}, calendar.Date{Year: 2027, Month: 2, Day: 14}
	window, err := promo.Days(first, last, loc)
	if err != nil {
		return nil, err
	}
	return promo.NewEngine(promo.DefaultPolicy(),
		promo.Promotion{ID: "valentine-bracelets", Name: "Saint Valentine: bracelets under 75 EUR -15 %", Window: window,
			Actions: []promo.Action{promo.PercentOff{Percent: dec("15"), Items: promo.Selector{
				Categories: []string{"bracelets"}, UnitPriceBelow: decimal.NewNullDecimal(dec("75"))}}}},
		promo.Promotion{ID: "valentin-shipping", Name: "VALENTIN: free shipping above 50 EUR", Window: window,
			Codes: []string{"VALENTIN"}, Condition: promo.MinTotal{Amount: eur("50.00")},
			Actions: []promo.Action{promo.FreeShipping{}}},
	)
}

func bracelet(id, sku, price string) promo.Line {
	return promo.Line{ID: id, SKU: sku, Product: sku, Categories: []string{"bracelets"}, Quantity: dec("1"), UnitPrice: dec(price)}
}

func valentine(loc *time.Location) error {
	engine, err := valentineEngine(loc)
	if err != nil {
		return err
	}
	cur, err := money.ParseCurrency("EUR")
	if err != nil {
		return err
	}
	baskets := []struct {
		name  string
		at    time.Time
		lines []promo.Line
	}{
		{"one rose-gold bracelet, 12 February", time.Date(2027, 2, 12, 20, 30, 0, 0, loc),
			[]promo.Line{bracelet("1", "BR-ROSE", "49.00")}},
		{"two bracelets and a gold one, 12 February", time.Date(2027, 2, 12, 20, 35, 0, 0, loc),
			[]promo.Line{bracelet("1", "BR-ROSE", "49.00"), bracelet("2", "BR-PEARL", "35.00"), bracelet("3", "BR-GOLD", "129.00")}},
		{"one rose-gold bracelet, 15 February", time.Date(2027, 2, 15, 9, 0, 0, 0, loc),
			[]promo.Line{bracelet("1", "BR-ROSE", "49.00")}},
	}
	fmt.Println("== Joli Bijou, Saint Valentine (code VALENTIN entered)")
	for _, b := range baskets {
		cart := promo.Cart{Currency: cur, Entry: pricing.PricesIncludeVAT, Lines: b.lines, Channel: "web",
			At: b.at, Codes: []string{"valentin"}, Customer: promo.Customer{ID: "c-42"}}
		r, err := engine.Apply(cart, promo.Counts{})
		if err != nil {
			return err
		}
		fmt.Printf("-- %s: %s - %s = %s\n", b.name, r.Subtotal, r.Discount, r.Total)
		for _, l := range r.Lines {
			fmt.Printf("   line %s  %s -> %s\n", l.ID, l.Amount, l.Total)
		}
		for _, o := range r.Outcomes {
			explain(o)
		}
	}
	return nil
}

func explain(o promo.Outcome) {
	switch {
	case o.Applied && o.FreeShipping:
		fmt.Printf("   %-20s applied: free shipping\n", o.PromotionID)
	case o.Applied:
		fmt.Printf("   %-20s applied: %s off\n", o.PromotionID, o.Discount)
	default:
		msg := o.Reason.String()
		if add, ok := o.AmountToQualify(); ok {
			msg += fmt.Sprintf(": add %s to get it", add)
		}
		fmt.Printf("   %-20s not applied: %s\n", o.PromotionID, msg)
	}
}

// announce shows the reduction as the law wants it advertised: from the
// lowest price of the 30 days before the campaign.
func announce(loc *time.Location) error {
	ctx := context.Background()
	h := reference.NewMemoryHistory()
	for _, c := range []struct {
		at    time.Time
		price string
	}{
		{time.Date(2026, 9, 1, 9, 0, 0, 0, loc), "59.00"},
		{time.Date(2027, 1, 10, 9, 0, 0, 0, loc), "49.00"}, // January sales price
		{time.Date(2027, 1, 25, 9, 0, 0, 0, loc), "55.00"},
		{time.Date(2027, 2, 1, 0, 0, 0, 0, loc), "46.75"}, // the campaign: 55.00 - 15 %
	} {
		if err := h.Record(ctx, reference.Change{SKU: "BR-ROSE", Channel: "web", At: c.at, Price: eur(c.price)}); err != nil {
			return err
		}
	}
	ref, err := reference.PriceAt(ctx, h, "BR-ROSE", "web", time.Date(2027, 2, 1, 0, 0, 0, 0, loc), reference.Options{Location: loc})
	if err != nil {
		return err
	}
	fmt.Println("\n== Announcing the reduction on BR-ROSE from 1 February 2027")
	fmt.Println("reference price:", ref)
	if _, err := reference.Announce(ref, eur("55.00"), eur("46.75")); err != nil {
		fmt.Println("\"was 55.00\" refused:", err)
	}
	a, err := reference.Announce(ref, ref.Amount, eur("46.75"))
	if err != nil {
		return err
	}
	fmt.Printf("advertise: was %s, now %s, -%s %% (%s off)\n", a.Was(), a.Now, a.Percent, a.Amount)
	fmt.Println("(the campaign takes 15 % off 55.00, but the prior price the law allows is January's 49.00)")

	for _, o := range []reference.Offer{
		{Kind: reference.OfferReduction, Sector: reference.SectorOther, First: calendar.Date{Year: 2026, Month: 12, Day: 10}, Last: calendar.Date{Year: 2026, Month: 12, Day: 24}},
		{Kind: reference.OfferReduction, Sector: reference.SectorClothing, First: calendar.Date{Year: 2026, Month: 12, Day: 10}, Last: calendar.Date{Year: 2026, Month: 12, Day: 24}},
		{Kind: reference.OfferJoint, Sector: reference.SectorClothing, First: calendar.Date{Year: 2026, Month: 12, Day: 10}, Last: calendar.Date{Year: 2026, Month: 12, Day: 24}},
	} {
		v, err := reference.CheckOffer(o)
		if err != nil {
			return err
		}
		fmt.Printf("%s on %s, %s to %s: flagged %v (%s)\n", o.Kind, o.Sector, o.First, o.Last, v.Flagged, v.Reason)
	}
	return nil
}

// b2b prices a trade order, net prices, with a tiered spend on the net
// total: 3 % from 500 EUR, 5 % from 1,000 EUR.
func b2b(loc *time.Location) error {
	engine, err := promo.NewEngine(promo.DefaultPolicy(), promo.Promotion{
		ID: "trade-tiers", Channels: []string{"b2b-portal"}, Condition: promo.CustomerGroup{Groups: []string{"trade"}},
		Actions: []promo.Action{promo.TieredSpend{Basis: promo.Basis{ExcludeVAT: true}, Tiers: []promo.Tier{
			{From: eur("500.00"), Percent: dec("3")}, {From: eur("1000.00"), Percent: dec("5")}}}},
	})
	if err != nil {
		return err
	}
	cur, err := money.ParseCurrency("EUR")
	if err != nil {
		return err
	}
	cart := promo.Cart{Currency: cur, Entry: pricing.PricesExcludeVAT, Channel: "b2b-portal",
		At:       time.Date(2027, 3, 3, 10, 0, 0, 0, loc),
		Customer: promo.Customer{ID: "atelier-dupont", Groups: []string{"trade"}},
		Lines: []promo.Line{
			{ID: "1", SKU: "SCREW-4X30", Quantity: dec("20000"), UnitPrice: dec("0.0125")},
			{ID: "2", SKU: "HINGE-35", Quantity: dec("120"), UnitPrice: dec("2.85")},
			{ID: "3", SKU: "RAIL-2M", Quantity: dec("12"), UnitPrice: dec("18.40")},
		}}
	r, err := engine.Apply(cart, promo.Counts{})
	if err != nil {
		return err
	}
	fmt.Printf("\n== B2B order, net prices: %s - %s = %s\n", r.Subtotal, r.Discount, r.Total)
	for _, l := range r.Lines {
		fmt.Printf("   line %s  %s -> %s\n", l.ID, l.Amount, l.Total)
	}
	o, _ := r.Outcome("trade-tiers")
	explain(o)
	if add, ok := o.AmountToQualify(); ok {
		fmt.Printf("   next tier: add %s (net) for 5 %%\n", add)
	}
	return nil
}
