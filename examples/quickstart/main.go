// Command quickstart prices a small Belgian basket with comptoir and prints
// the end of the consumer's withdrawal period.
//
//	go run ./examples/quickstart
package main

import (
	"fmt"
	"log"
	"os"
	"text/tabwriter"
	"time"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/pricing"
	"github.com/comptoir/comptoir/pricing/vat"
)

func main() {
	if err := run(); err != nil {
		log.Fatal(err)
	}
}

func run() error {
	eur, err := money.ParseCurrency("EUR")
	if err != nil {
		return err
	}
	// Top Fourneau, kitchen accessories: home delivery in Belgium costs
	// 4.50, free from 80.00 (domain.md).
	shipping, err := money.Parse("4.50", "EUR")
	if err != nil {
		return err
	}
	doc := pricing.Document{
		Currency:     eur,
		Date:         calendar.Date{Year: 2026, Month: time.December, Day: 15},
		PriceCountry: "BE",
		Lines: []pricing.Line{ // prices VAT included, as Belgian consumers see them
			{ID: "Chef's knife", Quantity: decimal.NewFromInt(2), UnitPrice: decimal.RequireFromString("24.99"), Category: vat.Standard},
			{ID: "Cookbook", Quantity: decimal.NewFromInt(1), UnitPrice: decimal.RequireFromString("19.99"), Category: vat.Books},
		},
		Shipping:  shipping,
		Treatment: vat.Decision{Treatment: vat.Domestic, Country: "BE"},
	}
	res, err := pricing.Calculate(doc, pricing.DefaultPolicy())
	if err != nil {
		return err
	}

	fr := language.MustParse("fr-BE")
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	for i, l := range res.Lines { // in the document's order
		fmt.Fprintf(w, "%s × %s\t%s\n", doc.Lines[i].Quantity, l.ID, l.Gross.Format(fr))
	}
	fmt.Fprintf(w, "Shipping\t%s\n", res.Shipping.Gross.Format(fr))
	for _, r := range res.VAT {
		fmt.Fprintf(w, "  VAT %s%% on %s\t%s\n", r.Rate.Shift(2), r.Net.Format(fr), r.VAT.Format(fr))
	}
	fmt.Fprintf(w, "Total\t%s\n", res.Totals.Gross.Format(fr))
	if err := w.Flush(); err != nil {
		return err
	}

	// Delivered on Friday 18 December 2026 to a consumer in Belgium: the
	// 14-day withdrawal period ends on the first working day after the raw
	// end (1 January 2027 is a holiday, then comes a weekend).
	delivered, err := calendar.ParseDate("2026-12-18")
	if err != nil {
		return err
	}
	be, err := calendar.For("BE")
	if err != nil {
		return err
	}
	end, err := be.PeriodEnd(delivered, 14)
	if err != nil {
		return err
	}
	fmt.Printf("Delivered %s (%s): withdrawal possible until %s (%s)\n",
		delivered, delivered.Weekday(), end, end.Weekday())
	return nil
}
