// Command vat prices one basket for five customers of a Belgian webshop and
// prints, for each, where VAT is due, why, and the resulting invoice:
//
//	go run ./examples/vat
package main

import (
	"context"
	"fmt"
	"log"
	"os"
	"text/tabwriter"
	"time"

	"github.com/shopspring/decimal"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/pricing"
	"github.com/comptoir/comptoir/pricing/vat"
	"github.com/comptoir/comptoir/pricing/vat/vattest"
)

func main() {
	if err := run(); err != nil {
		log.Fatal(err)
	}
}

// customer is one buyer of the basket.
type customer struct {
	title    string
	thisYear string // the seller's EU cross-border consumer sales so far this year
	kind     vat.CustomerKind
	number   string // VAT number given, if any
	shipTo   vat.Place
}

func run() error {
	day := calendar.Date{Year: 2026, Month: time.December, Day: 1}
	eur, err := money.ParseCurrency("EUR")
	if err != nil {
		return err
	}
	shipping, err := money.Parse("8.50", "EUR")
	if err != nil {
		return err
	}
	// Top Fourneau's basket, prices VAT included as shown to Belgian consumers.
	basket := []pricing.Line{
		{ID: "chef's knife", Quantity: decimal.NewFromInt(2), UnitPrice: decimal.RequireFromString("24.99"), Category: vat.Standard},
		{ID: "cookbook", Quantity: decimal.NewFromInt(1), UnitPrice: decimal.RequireFromString("19.99"), Category: vat.Books},
		{ID: "spices 250 g", Quantity: decimal.NewFromInt(3), UnitPrice: decimal.RequireFromString("4.20"), Category: vat.Foodstuffs},
	}

	// The VIES stand-in: the Dutch customer's number is registered.
	registry := vattest.NewRegistry(nil)
	dutch, err := vat.ParseNumber("NL 0013.09.675 B01")
	if err != nil {
		return err
	}
	registry.Register(dutch, "Keukenhuis BV", "Damrak 1, 1012 LG Amsterdam")

	customers := []customer{
		{title: "Belgian consumer, Namur", thisYear: "4200.00", kind: vat.Consumer, shipTo: vat.Place{Country: "BE", PostalCode: "5000"}},
		{title: "French consumer, Lille, below the EUR 10,000 threshold", thisYear: "4200.00", kind: vat.Consumer, shipTo: vat.Place{Country: "FR", PostalCode: "59000"}},
		{title: "French consumer, Lille, above the threshold", thisYear: "10250.00", kind: vat.Consumer, shipTo: vat.Place{Country: "FR", PostalCode: "59000"}},
		{title: "Dutch company with a valid VAT number", thisYear: "10250.00", kind: vat.Business, number: dutch.String(), shipTo: vat.Place{Country: "NL", PostalCode: "1012"}},
		{title: "Swiss consumer, Geneva", thisYear: "10250.00", kind: vat.Consumer, shipTo: vat.Place{Country: "CH", PostalCode: "1201"}},
	}
	// The sale's amount for the EUR 10,000 threshold is its value VAT
	// excluded, as priced at home.
	doc := pricing.Document{Currency: eur, Date: day, PriceCountry: "BE", Lines: basket, Shipping: shipping,
		Treatment: vat.Decision{Treatment: vat.Domestic, Country: "BE"}}
	home, err := pricing.Calculate(doc, pricing.DefaultPolicy())
	if err != nil {
		return err
	}
	for _, c := range customers {
		decision, err := decide(c, home.Totals.Net, registry, day)
		if err != nil {
			return err
		}
		doc.Treatment = decision
		res, err := pricing.Calculate(doc, pricing.DefaultPolicy())
		if err != nil {
			return err
		}
		printInvoice(c.title, res)
	}
	return nil
}

// decide checks the buyer's VAT number, if any, and asks vat.Due.
func decide(c customer, amount money.Money, registry vat.Registry, day calendar.Date) (vat.Decision, error) {
	thisYear, err := money.Parse(c.thisYear, "EUR")
	if err != nil {
		return vat.Decision{}, err
	}
	lastYear, err := money.Parse("8000.00", "EUR")
	if err != nil {
		return vat.Decision{}, err
	}
	sale := vat.Sale{
		Seller:              vat.Seller{Country: "BE"},
		CrossBorderThisYear: thisYear, CrossBorderLastYear: lastYear, Amount: amount,
		Customer: c.kind, ShipFrom: vat.Place{Country: "BE", PostalCode: "4000"}, ShipTo: c.shipTo,
		Supply: vat.Goods, Date: day,
	}
	if c.number != "" {
		if sale.BuyerNumber, err = vat.ParseNumber(c.number); err != nil {
			return vat.Decision{}, err
		}
		check, err := registry.Check(context.Background(), sale.BuyerNumber)
		if err != nil {
			return vat.Decision{}, err
		}
		sale.BuyerCheck = &check
	}
	return vat.Due(sale)
}

func printInvoice(title string, res pricing.Result) {
	fmt.Printf("== %s\n", title)
	fmt.Printf("   %s", res.Treatment.Treatment)
	if res.Treatment.Country != "" {
		fmt.Printf(", %s VAT", res.Treatment.Country)
	}
	fmt.Printf(" (%s)\n   %s\n", res.Treatment.Rule, res.Treatment.Reason)
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "   \tline\trate\tnet\tVAT\tgross\t")
	for _, l := range res.Lines {
		fmt.Fprintf(w, "   \t%s\t%s%%\t%s\t%s\t%s\t\n", l.ID, l.Rate.Shift(2), l.Net, l.VAT, l.Gross)
	}
	for _, s := range res.Shipping.Split {
		fmt.Fprintf(w, "   \tshipping\t%s%%\t%s\t%s\t%s\t\n", s.Rate.Shift(2), s.Net, s.VAT, s.Gross)
	}
	for _, r := range res.VAT {
		fmt.Fprintf(w, "   \tVAT %s%%\t\t%s\t%s\t%s\t\n", r.Rate.Shift(2), r.Net, r.VAT, r.Gross)
	}
	fmt.Fprintf(w, "   \ttotal\t\t%s\t%s\t%s\t\n", res.Totals.Net, res.Totals.VAT, res.Totals.Gross)
	w.Flush()
	if res.Treatment.LegalMention != "" {
		fmt.Printf("   %s\n", res.Treatment.LegalMention)
	}
	fmt.Println()
}
