package shipping_test

import (
	"context"
	"fmt"
	"time"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/shipping"
)

// topFourneauConfig is the schedule of shipping.md's Top Fourneau shop:
// home delivery in Belgium 4.50 EUR, free from 80 EUR; Europe (at most 4
// business days) 8.50 EUR, free from 120 EUR; express 19 EUR; pickup
// point or locker 3.50 EUR, free from 60 EUR; collect in store free.
// Carriers and transit times other than Europe's are illustrative.
func topFourneauConfig(loc *time.Location) shipping.Config {
	eur := func(s string) money.Money { m, _ := money.Parse(s, "EUR"); return m }
	currency, _ := money.ParseCurrency("EUR")
	afternoon := shipping.Clock{Hour: 16}
	return shipping.Config{
		Currency: currency,
		ShipFrom: "BE",
		Location: loc,
		Zones: []shipping.Zone{
			{Name: "Belgium", Regions: []shipping.Region{{Country: "BE"}}},
			{Name: "Europe", Regions: []shipping.Region{{Country: "FR"}, {Country: "NL"}, {Country: "LU"}, {Country: "DE"}}},
		},
		Offers: []shipping.Offer{
			{ID: "home-be", Mode: shipping.ModeHome, Carrier: "bpost", Zones: []string{"Belgium"},
				Fee: shipping.Flat{Amount: eur("4.50")}, FreeFrom: shipping.Threshold{Amount: eur("80.00")},
				Transit: shipping.Transit{MinDays: 1, MaxDays: 1, CutOff: afternoon}},
			{ID: "home-eu", Mode: shipping.ModeHome, Carrier: "DPD", Zones: []string{"Europe"},
				Fee: shipping.Flat{Amount: eur("8.50")}, FreeFrom: shipping.Threshold{Amount: eur("120.00")},
				Transit: shipping.Transit{MinDays: 2, MaxDays: 4, CutOff: afternoon}},
			{ID: "express", Mode: shipping.ModeExpress, Carrier: "DHL Express", Zones: []string{"Belgium", "Europe"},
				Fee:     shipping.Flat{Amount: eur("19.00")},
				Transit: shipping.Transit{MinDays: 1, MaxDays: 1, CutOff: shipping.Clock{Hour: 12}}},
			{ID: "pickup", Mode: shipping.ModePickupPoint, Carrier: "bpost", Zones: []string{"Belgium"},
				Fee: shipping.Flat{Amount: eur("3.50")}, FreeFrom: shipping.Threshold{Amount: eur("60.00")},
				Transit: shipping.Transit{MinDays: 1, MaxDays: 2, CutOff: afternoon}},
			{ID: "locker", Mode: shipping.ModeLocker, Carrier: "bpost", Zones: []string{"Belgium"},
				Fee: shipping.Flat{Amount: eur("3.50")}, FreeFrom: shipping.Threshold{Amount: eur("60.00")},
				Transit: shipping.Transit{MinDays: 1, MaxDays: 2, CutOff: afternoon}},
			{ID: "collect", Mode: shipping.ModeClickAndCollect, Zones: []string{"Belgium"},
				Fee:     shipping.Flat{},
				Transit: shipping.Transit{MinDays: 0, MaxDays: 0, CutOff: shipping.Clock{Hour: 17}}},
		},
	}
}

// Top Fourneau quotes a 79.99 EUR basket to Liège, ordered on Christmas
// Eve after the cut-off: everything ships on Monday 28 December, after the
// Christmas holiday and the weekend. Home delivery is 0.01 EUR short of
// free shipping; pickup points and lockers are free; express has no
// threshold.
func ExampleSchedule_Quote() {
	loc, err := time.LoadLocation("Europe/Brussels")
	if err != nil {
		fmt.Println(err)
		return
	}
	s, err := shipping.NewSchedule(topFourneauConfig(loc))
	if err != nil {
		fmt.Println(err)
		return
	}
	goods, _ := money.Parse("79.99", "EUR")
	opts, err := s.Quote(context.Background(), shipping.Basket{
		GoodsAfterDiscountsGross: goods,
		WeightGrams:              2400,
		Destination:              shipping.Destination{Country: "BE", PostalCode: "4000"},
		At:                       time.Date(2026, 12, 24, 17, 30, 0, 0, loc),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, o := range opts {
		if !o.Available() {
			fmt.Printf("%-8s unavailable: %s\n", o.Offer, o.Unavailable.Reason)
			continue
		}
		left := "no threshold"
		if o.FreeShipping.Offered {
			left = o.FreeShipping.Left.String() + " left"
		}
		fmt.Printf("%-8s %-17s %-9s %-13s ships %s, delivered %s to %s\n",
			o.Offer, o.Mode, o.Fee, left, o.Window.Ships, o.Window.Earliest, o.Window.Latest)
	}
	// Output:
	// home-be  home              4.50 EUR  0.01 EUR left ships 2026-12-28, delivered 2026-12-29 to 2026-12-29
	// home-eu  unavailable: not_served
	// express  express           19.00 EUR no threshold  ships 2026-12-28, delivered 2026-12-29 to 2026-12-29
	// pickup   pickup_point      0.00 EUR  0.00 EUR left ships 2026-12-28, delivered 2026-12-29 to 2026-12-30
	// locker   locker            0.00 EUR  0.00 EUR left ships 2026-12-28, delivered 2026-12-29 to 2026-12-30
	// collect  click_and_collect 0.00 EUR  no threshold  ships 2026-12-28, delivered 2026-12-28 to 2026-12-28
}
