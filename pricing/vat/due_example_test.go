package vat_test

import (
	"fmt"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/pricing/vat"
)

func ExampleDue() {
	thisYear, _ := money.Parse("9980.00", "EUR")
	amount, _ := money.Parse("41.31", "EUR")
	sale := vat.Sale{
		Seller:              vat.Seller{Country: "BE"},
		CrossBorderThisYear: thisYear,
		Amount:              amount,
		Customer:            vat.Consumer,
		ShipFrom:            vat.Place{Country: "BE", PostalCode: "5000"},
		ShipTo:              vat.Place{Country: "FR", PostalCode: "59000"},
		Supply:              vat.Goods,
		Date:                calendar.Date{Year: 2026, Month: 12, Day: 1},
	}
	d, _ := vat.Due(sale)
	fmt.Println(d.Treatment, d.Country, "-", d.Rule)

	sale.ShipTo = vat.Place{Country: "ES", PostalCode: "35001"} // Las Palmas
	d, _ = vat.Due(sale)
	fmt.Println(d.Treatment, "-", d.LegalMention)
	// Output:
	// OSS destination FR - Directive 2006/112/EC art. 33(a), 369a-369k (OSS)
	// export - Exempt export of goods, Article 146 Directive 2006/112/EC
}
