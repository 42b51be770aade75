package promo_test

import (
	"fmt"
	"time"

	"github.com/shopspring/decimal"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/pricing"
	"github.com/comptoir/comptoir/pricing/promo"
)

// Joli Bijou's Saint Valentine campaign: bracelets under 75 EUR at 15 %
// off from 1 to 14 February, and the code VALENTIN for free shipping
// above 50 EUR.
func Example() {
	brussels, _ := time.LoadLocation("Europe/Brussels")
	first, _ := calendar.ParseDate("2027-02-01")
	last, _ := calendar.ParseDate("2027-02-14")
	valentine, _ := promo.Days(first, last, brussels)
	fifty, _ := money.Parse("50.00", "EUR")

	engine, err := promo.NewEngine(promo.DefaultPolicy(),
		promo.Promotion{ID: "valentine-bracelets", Window: valentine,
			Actions: []promo.Action{promo.PercentOff{Percent: decimal.NewFromInt(15), Items: promo.Selector{
				Categories: []string{"bracelets"}, UnitPriceBelow: decimal.NewNullDecimal(decimal.NewFromInt(75))}}}},
		promo.Promotion{ID: "valentin-shipping", Window: valentine, Codes: []string{"VALENTIN"},
			Condition: promo.MinTotal{Amount: fifty},
			Actions:   []promo.Action{promo.FreeShipping{}}},
	)
	if err != nil {
		panic(err)
	}
	eur, _ := money.ParseCurrency("EUR")
	cart := promo.Cart{Currency: eur, Entry: pricing.PricesIncludeVAT, Channel: "web",
		At:    time.Date(2027, 2, 12, 20, 30, 0, 0, brussels),
		Codes: []string{" valentin"},
		Lines: []promo.Line{
			{ID: "1", SKU: "BR-ROSE", Categories: []string{"bracelets"}, Quantity: decimal.NewFromInt(1), UnitPrice: decimal.RequireFromString("49.00")},
			{ID: "2", SKU: "BR-GOLD", Categories: []string{"bracelets"}, Quantity: decimal.NewFromInt(1), UnitPrice: decimal.RequireFromString("129.00")},
		}}
	r, err := engine.Apply(cart, promo.Counts{})
	if err != nil {
		panic(err)
	}
	for _, l := range r.Lines {
		fmt.Println(l.ID, l.Amount, "->", l.Total)
	}
	for _, o := range r.Outcomes {
		fmt.Println(o.PromotionID, o.Reason, o.Discount)
	}
	_, free := r.FreeShippingFor("home")
	fmt.Println("free shipping:", free, "total:", r.Total)
	// Output:
	// 1 49.00 EUR -> 41.65 EUR
	// 2 129.00 EUR -> 129.00 EUR
	// valentine-bracelets applied 7.35 EUR
	// valentin-shipping applied 0.00 EUR
	// free shipping: true total: 170.65 EUR
}

// A shop tells the shopper what is missing for a promotion.
func ExampleOutcome_AmountToQualify() {
	fifty, _ := money.Parse("50.00", "EUR")
	engine, _ := promo.NewEngine(promo.DefaultPolicy(), promo.Promotion{ID: "ten",
		Condition: promo.MinTotal{Amount: fifty},
		Actions:   []promo.Action{promo.OrderPercentOff{Percent: decimal.NewFromInt(10)}}})
	eur, _ := money.ParseCurrency("EUR")
	r, _ := engine.Apply(promo.Cart{Currency: eur, Entry: pricing.PricesIncludeVAT, At: time.Date(2027, 3, 1, 12, 0, 0, 0, time.UTC),
		Lines: []promo.Line{{ID: "1", SKU: "EARRINGS", Quantity: decimal.NewFromInt(1), UnitPrice: decimal.RequireFromString("37.50")}}},
		promo.Counts{})
	o, _ := r.Outcome("ten")
	if add, ok := o.AmountToQualify(); ok {
		fmt.Printf("Add %v to get 10 %% off (%s: %s, need %s)\n", add, o.Check.Condition, o.Check.Got, o.Check.Want)
	}
	// Output:
	// Add 12.50 EUR to get 10 % off (min_total: 37.50 EUR, need 50.00 EUR after discounts, VAT included)
}

// Buy two, get the cheapest free: the free units are the cheapest of the
// whole selection, whatever the order lines were added in.
func ExampleBuyXGetY() {
	engine, _ := promo.NewEngine(promo.DefaultPolicy(), promo.Promotion{ID: "3-for-2",
		Actions: []promo.Action{promo.BuyXGetY{BuyQuantity: 2, GetQuantity: 1, Buy: promo.Selector{Categories: []string{"rings"}}}}})
	eur, _ := money.ParseCurrency("EUR")
	line := func(id, qty, price string) promo.Line {
		return promo.Line{ID: id, SKU: id, Categories: []string{"rings"}, Quantity: decimal.RequireFromString(qty), UnitPrice: decimal.RequireFromString(price)}
	}
	r, _ := engine.Apply(promo.Cart{Currency: eur, Entry: pricing.PricesIncludeVAT, At: time.Date(2027, 3, 1, 12, 0, 0, 0, time.UTC),
		Lines: []promo.Line{line("silver", "2", "25.00"), line("gold", "3", "60.00"), line("steel", "1", "15.00")}}, promo.Counts{})
	for _, l := range r.Lines {
		d, _ := l.Discount()
		fmt.Println(l.ID, l.Amount, "-", d)
	}
	// Output:
	// silver 50.00 EUR - 25.00 EUR
	// gold 180.00 EUR - 0.00 EUR
	// steel 15.00 EUR - 15.00 EUR
}
