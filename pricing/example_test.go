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
