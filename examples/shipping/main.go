// Command shipping quotes a Top Fourneau basket to five destinations and
// prints every delivery option: its fee, what is left to reach free
// shipping, the promised dates, surcharges and customs papers.
//
//	go run ./examples/shipping
package main

import (
	"context"
	"fmt"
	"log"
	"os"
	"text/tabwriter"
	"time"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/shipping"
)

func main() {
	if err := run(); err != nil {
		log.Fatal(err)
	}
}

func run() error {
	loc, err := time.LoadLocation("Europe/Brussels")
	if err != nil {
		return err
	}
	cfg, err := topFourneau(loc)
	if err != nil {
		return err
	}
	schedule, err := shipping.NewSchedule(cfg)
	if err != nil {
		return err
	}
	goods, err := money.Parse("74.90", "EUR")
	if err != nil {
		return err
	}
	at := time.Date(2026, time.December, 1, 15, 30, 0, 0, loc) // a Tuesday, before the 16:00 cut-off
	destinations := []struct {
		name string
		dest shipping.Destination
	}{
		{"Liège (BE), home, pickup point or locker", shipping.Destination{Country: "BE", PostalCode: "4000"}},
		{"Lille (FR)", shipping.Destination{Country: "FR", PostalCode: "59000"}},
		{"Ajaccio, Corsica (FR)", shipping.Destination{Country: "FR", PostalCode: "20000"}},
		{"Santa Cruz de Tenerife (ES)", shipping.Destination{Country: "ES", PostalCode: "38001"}},
	}
	for _, d := range destinations {
		opts, err := schedule.Quote(context.Background(), shipping.Basket{
			GoodsAfterDiscountsGross: goods, WeightGrams: 2400, Destination: d.dest, At: at,
		})
		if err != nil {
			return err
		}
		fmt.Printf("== %s, basket %s ordered %s\n", d.name, goods, at.Format("Mon 2 Jan 15:04"))
		if len(opts) > 0 && opts[0].Customs != "" {
			fmt.Printf("   customs papers needed: %s\n", opts[0].Customs)
		}
		printOptions(opts)
	}
	return nil
}

func printOptions(opts []shipping.Option) {
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	for _, o := range opts {
		if !o.Available() {
			continue // not offered to this destination
		}
		left := "no threshold"
		if o.FreeShipping.Offered {
			left = "free: reached"
			if !o.FreeShipping.Reached() {
				left = fmt.Sprintf("free in %s", o.FreeShipping.Left)
			}
		}
		extra := ""
		if !o.Surcharges.IsZero() {
			extra = fmt.Sprintf("incl. %s surcharge", o.Surcharges)
		}
		fmt.Fprintf(w, "   %s\t%s\t%s\t%s\tdelivered %s to %s\t%s\n",
			o.Mode, o.Carrier, o.Fee, left, o.Window.Earliest, o.Window.Latest, extra)
	}
	w.Flush()
}

// topFourneau is the schedule of shipping.md: home delivery in Belgium
// 4.50 EUR, free from 80; Europe (at most 4 business days) 8.50 EUR, free
// from 120, with a Corsica surcharge; express 19 EUR; pickup point or
// locker 3.50 EUR, free from 60; collect in store free.
func topFourneau(loc *time.Location) (shipping.Config, error) {
	eurCurrency, err := money.ParseCurrency("EUR")
	if err != nil {
		return shipping.Config{}, err
	}
	eur := func(s string) money.Money { m, _ := money.Parse(s, "EUR"); return m } // literals below
	cutOff := shipping.Clock{Hour: 16}
	return shipping.Config{
		Currency: eurCurrency,
		ShipFrom: "BE",
		Location: loc,
		Zones: []shipping.Zone{
			{Name: "Belgium", Regions: []shipping.Region{{Country: "BE"}}},
			{Name: "Europe", Regions: []shipping.Region{{Country: "FR"}, {Country: "NL"}, {Country: "LU"}, {Country: "DE"}, {Country: "ES"}}},
		},
		Offers: []shipping.Offer{
			{ID: "home-be", Mode: shipping.ModeHome, Carrier: "bpost", Zones: []string{"Belgium"},
				Fee: shipping.Flat{Amount: eur("4.50")}, FreeFrom: shipping.Threshold{Amount: eur("80.00")},
				Transit: shipping.Transit{MinDays: 1, MaxDays: 1, CutOff: cutOff}},
			{ID: "home-eu", Mode: shipping.ModeHome, Carrier: "DPD", Zones: []string{"Europe"},
				Fee: shipping.Flat{Amount: eur("8.50")}, FreeFrom: shipping.Threshold{Amount: eur("120.00")},
				Surcharges: []shipping.Surcharge{{Name: "Corsica", Area: "Corsica", Fixed: eur("6.00"), KeepWhenFree: true}},
				Transit:    shipping.Transit{MinDays: 2, MaxDays: 4, CutOff: cutOff}},
			{ID: "express", Mode: shipping.ModeExpress, Carrier: "DHL Express", Zones: []string{"Belgium", "Europe"},
				Fee:     shipping.Flat{Amount: eur("19.00")},
				Transit: shipping.Transit{MinDays: 1, MaxDays: 1, CutOff: shipping.Clock{Hour: 12}}},
			{ID: "pickup", Mode: shipping.ModePickupPoint, Carrier: "bpost", Zones: []string{"Belgium"},
				Fee: shipping.Flat{Amount: eur("3.50")}, FreeFrom: shipping.Threshold{Amount: eur("60.00")},
				Transit: shipping.Transit{MinDays: 1, MaxDays: 2, CutOff: cutOff}},
			{ID: "locker", Mode: shipping.ModeLocker, Carrier: "bpost", Zones: []string{"Belgium"},
				Fee: shipping.Flat{Amount: eur("3.50")}, FreeFrom: shipping.Threshold{Amount: eur("60.00")},
				Transit: shipping.Transit{MinDays: 1, MaxDays: 2, CutOff: cutOff}},
			{ID: "collect", Mode: shipping.ModeClickAndCollect, Zones: []string{"Belgium"},
				Fee:     shipping.Flat{},
				Transit: shipping.Transit{MinDays: 0, MaxDays: 0, CutOff: shipping.Clock{Hour: 17}}},
		},
	}, nil
}
