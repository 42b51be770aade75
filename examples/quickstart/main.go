// Command quickstart prices a small Belgian basket with comptoir's money
// package and prints the end of the consumer's withdrawal period.
//
//	go run ./examples/quickstart
package main

import (
	"fmt"
	"log"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/money"
)

// item is a basket line with a VAT-included (TVAC) unit price.
type item struct {
	name     string
	quantity int64
	unit     string // gross unit price in EUR
	vatRate  string
}

func main() {
	if err := run(); err != nil {
		log.Fatal(err)
	}
}

func run() error {
	// Top Fourneau, kitchen accessories: a Belgian consumer's basket.
	basket := []item{
		{"Chef's knife", 2, "24.99", "0.21"},
		{"Cookbook", 1, "19.99", "0.06"}, // books: 6 % in Belgium
	}
	fr := language.MustParse("fr-BE")

	// Goods: each line's gross, summed per VAT rate.
	grossByRate := map[string]money.Money{}
	var goods money.Money
	for _, it := range basket {
		unit, err := money.Parse(it.unit, "EUR")
		if err != nil {
			return err
		}
		gross, err := unit.MulInt(it.quantity)
		if err != nil {
			return err
		}
		fmt.Printf("%d × %-13s %12s\n", it.quantity, it.name, gross.Format(fr))
		if grossByRate[it.vatRate], err = grossByRate[it.vatRate].Add(gross); err != nil {
			return err
		}
		if goods, err = goods.Add(gross); err != nil {
			return err
		}
	}

	// Home delivery in Belgium: 4.50, free from 80.00.
	shipping, err := money.Parse("4.50", "EUR")
	if err != nil {
		return err
	}
	threshold, err := money.Parse("80.00", "EUR")
	if err != nil {
		return err
	}
	if c, err := goods.Cmp(threshold); err != nil {
		return err
	} else if c >= 0 {
		shipping = money.Zero(shipping.Currency())
	}
	fmt.Printf("%-17s %12s\n", "Shipping", shipping.Format(fr))

	// Shipping follows the goods' VAT: split it across rates in proportion
	// to the goods' values, then compute the VAT per rate on the total.
	rates := []string{"0.06", "0.21"} // a fixed order keeps the output stable
	weights := make([]int64, len(rates))
	for i, r := range rates {
		weights[i] = grossByRate[r].Minor()
	}
	shippingParts, err := shipping.Allocate(weights...)
	if err != nil {
		return err
	}
	var total, totalVAT money.Money
	for i, r := range rates {
		gross, err := grossByRate[r].Add(shippingParts[i])
		if err != nil {
			return err
		}
		rate := decimal.RequireFromString(r)
		vat, err := gross.MulDiv(rate, rate.Add(decimal.NewFromInt(1)), money.HalfUp)
		if err != nil {
			return err
		}
		net, err := gross.Sub(vat)
		if err != nil {
			return err
		}
		fmt.Printf("  VAT %4s%%: net %s + VAT %s = %s\n", rate.Shift(2), net, vat, gross)
		if total, err = total.Add(gross); err != nil {
			return err
		}
		if totalVAT, err = totalVAT.Add(vat); err != nil {
			return err
		}
	}
	fmt.Printf("%-17s %12s (VAT included: %s)\n", "Total", total.Format(fr), totalVAT.Format(fr))

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
