package vat_test

import (
	"errors"
	"fmt"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/pricing/vat"
)

func ExampleRate() {
	on, _ := calendar.ParseDate("2026-03-01")
	for _, c := range []vat.Category{vat.Standard, vat.Foodstuffs, vat.Restaurant, vat.Accommodation} {
		rate, err := vat.Rate("BE", c, on)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("BE %-13s %s%%\n", c, rate.Shift(2))
	}
	// Output:
	// BE standard      21%
	// BE foodstuffs    6%
	// BE restaurant    12%
	// BE accommodation 12%
}

// The rate is the one in force on the day of the sale.
func ExampleRate_history() {
	for _, day := range []string{"2020-06-30", "2020-07-01", "2020-12-31", "2021-01-01"} {
		on, _ := calendar.ParseDate(day)
		rate, _ := vat.Rate("DE", vat.Standard, on)
		fmt.Println(day, rate)
	}
	// Output:
	// 2020-06-30 0.19
	// 2020-07-01 0.16
	// 2020-12-31 0.16
	// 2021-01-01 0.19
}

// A category the table does not hold for a country is an error, never the
// standard rate in disguise.
func ExampleRate_errors() {
	on, _ := calendar.ParseDate("2026-01-01")

	_, err := vat.Rate("EL", vat.Standard, on)
	fmt.Println(errors.Is(err, vat.ErrUnknownCountry))

	_, err = vat.Rate("IE", vat.Water, on)
	var noRate *vat.NoRateError
	if errors.As(err, &noRate) {
		fmt.Println(noRate.Country, noRate.Category, noRate.Reason)
	}

	rate, _ := vat.Rate("DK", vat.Foodstuffs, on) // Denmark taxes food at its standard rate
	fmt.Println(rate)
	// Output:
	// true
	// IE water the country has no rate for this category in the table
	// 0.25
}

func ExampleStandardRate() {
	on, _ := calendar.ParseDate("2025-07-01")
	for _, country := range []string{"EE", "FI", "LU", "CH"} {
		rate, _ := vat.StandardRate(country, on)
		fmt.Printf("%s %s%%\n", country, rate.Shift(2))
	}
	// Output:
	// EE 24%
	// FI 25.5%
	// LU 17%
	// CH 8.1%
}

// RateUnits gives the same rates as integers, in hundredths of a percent:
// a key to group amounts by rate without decimals.
func ExampleRateUnits() {
	on, _ := calendar.ParseDate("2026-01-01")
	for _, q := range []struct {
		country  string
		category vat.Category
	}{{"FR", vat.Foodstuffs}, {"FI", vat.Standard}, {"FI", vat.Foodstuffs}, {"BE", vat.Newspapers}} {
		units, err := vat.RateUnits(q.country, q.category, on)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s %-10s %4d = %d.%02d %%\n", q.country, q.category, units, units/100, units%100)
	}
	// Output:
	// FR foodstuffs  550 = 5.50 %
	// FI standard   2550 = 25.50 %
	// FI foodstuffs 1350 = 13.50 %
	// BE newspapers    0 = 0.00 %
}

func ExampleIsEU() {
	for _, day := range []string{"2020-01-31", "2020-02-01"} {
		on, _ := calendar.ParseDate(day)
		fmt.Println(day, vat.IsEU("GB", on), vat.IsEU("BE", on))
	}
	// Output:
	// 2020-01-31 true true
	// 2020-02-01 false true
}

func ExampleParseCategory() {
	c, err := vat.ParseCategory("ebooks")
	fmt.Println(c, err, c.Description())
	_, err = vat.ParseCategory("E-Books")
	fmt.Println(err)
	// Output:
	// ebooks <nil> electronically supplied books and audiobooks (downloads, streaming)
	// vat: unknown VAT category "E-Books"; did you mean "ebooks"?
}
