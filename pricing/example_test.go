package pricing_test

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/pricing"
	"github.com/comptoir/comptoir/pricing/vat"
)

// A Belgian basket with a welcome discount and shipping: the discount is
// allocated to the lines, the shipping split across the two rates (4.50
// over 18.56 at 6 % and 46.41 at 21 % gives 1.29 and 3.21), and the VAT
// taken out of each rate's gross total once.
func ExampleCalculate() {
	eur, _ := money.ParseCurrency("EUR")
	shipping, _ := money.Parse("4.50", "EUR")
	welcome, _ := money.Parse("5.00", "EUR")
	doc := pricing.Document{
		Currency:     eur,
		Date:         calendar.Date{Year: 2026, Month: 12, Day: 1},
		PriceCountry: "BE",
		Lines: []pricing.Line{
			{ID: "knife", Quantity: decimal.NewFromInt(2), UnitPrice: decimal.RequireFromString("24.99"), Category: vat.Standard},
			{ID: "book", Quantity: decimal.NewFromInt(1), UnitPrice: decimal.RequireFromString("19.99"), Category: vat.Books},
		},
		Shipping:  shipping,
		Discounts: []pricing.Discount{{ID: "WELCOME", Amount: welcome}},
		Treatment: vat.Decision{Treatment: vat.Domestic, Country: "BE"},
	}
	res, err := pricing.Calculate(doc, pricing.DefaultPolicy())
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, l := range res.Lines {
		fmt.Printf("%-5s %s - %s = %s (net %s, VAT %s)\n", l.ID, l.Amount, l.Discounts[0].Amount, l.Gross, l.Net, l.VAT)
	}
	for _, r := range res.VAT {
		fmt.Printf("VAT %s%%: base %s, VAT %s\n", r.Rate.Shift(2), r.Net, r.VAT)
	}
	fmt.Println("total", res.Totals.Gross, "of which VAT", res.Totals.VAT)
	// Output:
	// knife 49.98 EUR - 3.57 EUR = 46.41 EUR (net 38.36 EUR, VAT 8.05 EUR)
	// book  19.99 EUR - 1.43 EUR = 18.56 EUR (net 17.51 EUR, VAT 1.05 EUR)
	// VAT 6%: base 18.73 EUR, VAT 1.12 EUR
	// VAT 21%: base 41.01 EUR, VAT 8.61 EUR
	// total 69.47 EUR of which VAT 9.73 EUR
}

// Discounts a promotion engine already allocated to the lines (10.00 off
// the knives, and 5.00 off the order, which it spread as 3.33 and 1.67)
// come off each line first; a coupon handled as a document discount is
// then spread over what is left (36.65 and 18.32: 3.33 and 1.67), and the
// shipping split follows the values after both. Each line lists its own
// discounts, then its share of the coupon; Totals.Discount sums them all.
func ExampleCalculate_lineDiscounts() {
	eur, _ := money.ParseCurrency("EUR")
	amount := func(s string) money.Money { m, _ := money.Parse(s, "EUR"); return m }
	doc := pricing.Document{
		Currency:     eur,
		Date:         calendar.Date{Year: 2026, Month: 12, Day: 1},
		PriceCountry: "BE",
		Lines: []pricing.Line{
			{ID: "knife", Quantity: decimal.NewFromInt(2), UnitPrice: decimal.RequireFromString("24.99"), Category: vat.Standard,
				Discounts: []pricing.AllocatedDiscount{
					{ID: "KNIVES", Amount: amount("10.00")},
					{ID: "ORDER-5", Amount: amount("3.33")},
				}},
			{ID: "book", Quantity: decimal.NewFromInt(1), UnitPrice: decimal.RequireFromString("19.99"), Category: vat.Books,
				Discounts: []pricing.AllocatedDiscount{{ID: "ORDER-5", Amount: amount("1.67")}}},
		},
		Shipping:  amount("4.50"),
		Discounts: []pricing.Discount{{ID: "COUPON", Amount: amount("5.00")}},
		Treatment: vat.Decision{Treatment: vat.Domestic, Country: "BE"},
	}
	res, err := pricing.Calculate(doc, pricing.DefaultPolicy())
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, l := range res.Lines {
		fmt.Printf("%-5s %s", l.ID, l.Amount)
		for _, d := range l.Discounts {
			fmt.Printf(" - %s %s", d.ID, d.Amount)
		}
		fmt.Printf(" = %s (VAT %s)\n", l.Gross, l.VAT)
	}
	for _, s := range res.Shipping.Split {
		fmt.Printf("shipping at %s%%: %s\n", s.Rate.Shift(2), s.Gross)
	}
	fmt.Println("total", res.Totals.Gross, "of which VAT", res.Totals.VAT, "after discounts of", res.Totals.Discount)
	// Output:
	// knife 49.98 EUR - KNIVES 10.00 EUR - ORDER-5 3.33 EUR - COUPON 3.33 EUR = 33.32 EUR (VAT 5.78 EUR)
	// book  19.99 EUR - ORDER-5 1.67 EUR - COUPON 1.67 EUR = 16.65 EUR (VAT 0.94 EUR)
	// shipping at 6%: 1.50 EUR
	// shipping at 21%: 3.00 EUR
	// total 54.47 EUR of which VAT 7.33 EUR after discounts of 20.00 EUR
}
