package eco_test

import (
	"fmt"
	"time"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/shipping"
	"github.com/comptoir/comptoir/shipping/eco"
)

func ExampleGrouper() {
	home, _ := eco.NewAddressKey("BE", "4000", "Rue de la Station 12")
	office, _ := eco.NewAddressKey("BE", "4020", "Quai de la Batte 1")
	at := func(h int) time.Time { return time.Date(2025, time.May, 12, h, 0, 0, 0, time.UTC) }

	g, _ := eco.NewGrouper(eco.Policy{}) // DefaultWindow: 24 h
	g, _ = g.Add(eco.Pending{OrderID: "A-1", Customer: "ann", Address: home, PlacedAt: at(9)})
	g, _ = g.Add(eco.Pending{OrderID: "A-2", Customer: "ann", Address: home, PlacedAt: at(15)})
	g, _ = g.Add(eco.Pending{OrderID: "A-3", Customer: "ann", Address: home, PlacedAt: at(18)})
	g, _ = g.Cancel("A-1", at(19))         // A-2 and A-3 still ship together, due at 9:00
	g, _ = g.Change("A-3", office, at(20)) // A-3 goes to the office: a new window
	due, g := g.Due(at(9).Add(24 * time.Hour))
	for _, gr := range due {
		fmt.Println("ship", gr.Orders, "to", gr.Address)
	}
	for _, gr := range g.Groups() {
		fmt.Println("hold", gr.Orders, "until", gr.Due.Format(time.RFC3339))
	}
	// Output:
	// ship [A-2] to BE 4000 rue de la station 12
	// hold [A-3] until 2025-05-13T20:00:00Z
}

func ExampleContributionOffer_Choose() {
	eur, _ := money.ParseCurrency("EUR")
	opt := func(minor int64) money.Money { m, _ := money.FromMinor(minor, eur); return m }
	offer, _ := eco.NewContributionOffer(eco.ContributionConfig{
		Currency: eur,
		Options:  []money.Money{opt(50), opt(100), opt(200)},
		Min:      opt(10), Max: opt(2000),
	})
	fee := opt(490)
	for _, chosen := range []money.Money{opt(100), opt(275), {}, opt(5000)} {
		c, err := offer.Choose(chosen)
		if err != nil {
			fmt.Println("refused:", err)
			continue
		}
		total, _ := c.AddTo(fee)
		fmt.Printf("contribution %v: shipping %v\n", c, total)
	}
	// Output:
	// contribution 1.00 EUR: shipping 5.90 EUR
	// contribution 2.75 EUR: shipping 7.65 EUR
	// contribution none: shipping 4.90 EUR
	// refused: eco: invalid contribution: amount: 50.00 EUR is not one of the options [0.50 EUR 1.00 EUR 2.00 EUR] nor within [0.10 EUR, 20.00 EUR]
}

// The figures are placeholders for the example: a merchant configures the
// ones its carriers publish, and names the source.
func ExampleFactors_Estimate() {
	f, err := eco.NewFactors(map[shipping.Mode]eco.Factor{
		shipping.ModeHome:        {PerParcelMg: 120_000, PerTonneKmMg: 450_000, Source: "carrier X emissions report (example)"},
		shipping.ModePickupPoint: {PerParcelMg: 60_000, PerTonneKmMg: 450_000, Source: "carrier X emissions report (example)"},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, m := range []shipping.Mode{shipping.ModeHome, shipping.ModePickupPoint, shipping.ModeLocker} {
		g, err := f.Estimate(m, 2500, 180) // 2.5 kg over 180 km
		if err != nil {
			fmt.Println(m, err)
			continue
		}
		fmt.Printf("%s: %d g CO2e\n", m, g)
	}
	// Output:
	// home: 323 g CO2e
	// pickup_point: 263 g CO2e
	// locker eco: no emission factor configured for mode "locker"
}
