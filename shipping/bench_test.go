package shipping_test

import (
	"context"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/shipping"
	"github.com/comptoir/comptoir/shipping/parcel"
)

var sinkOptions []shipping.Option

// rateSheet is a carrier's in-memory rate sheet: weight brackets per
// destination country, as a carrier publishes them.
type rateSheet struct {
	maxGrams []int64
	fees     map[string][]money.Money
}

// Rate looks the weight up in the destination's row.
func (r *rateSheet) Rate(_ context.Context, req shipping.RateRequest) (money.Money, error) {
	row := r.fees[req.Destination.Country]
	for i, max := range r.maxGrams {
		if req.WeightGrams < max && i < len(row) {
			return row[i], nil
		}
	}
	return money.Money{}, shipping.ErrTooHeavy
}

func newSheet(b *testing.B, fees map[string][]string) *rateSheet {
	s := &rateSheet{maxGrams: []int64{1000, 2000, 5000, 10000, 20000, 31500}, fees: map[string][]money.Money{}}
	for country, row := range fees {
		for _, f := range row {
			s.fees[country] = append(s.fees[country], eur(b, f))
		}
	}
	return s
}

// BenchmarkQuote6Modes3Carriers is issue 5's figure: one basket quoted
// over six modes, three of them priced from three carriers' rate sheets
// with margins, with zones, surcharges, thresholds, a perk and the
// delivery promise. Target: under 5 µs/op.
func BenchmarkQuote6Modes3Carriers(b *testing.B) {
	benchQuote(b, benchConfig(b), nil)
}

// BenchmarkQuoteItems20Units3Services is the same schedule with parcel
// services on home (bpost), pickup (DPD Classic) and locker (bpost locker
// box), and a basket of 20 units over 6 lines (about 11 kg) split three
// times per quote.
func BenchmarkQuoteItems20Units3Services(b *testing.B) {
	c := benchConfig(b)
	bpost, dpd, locker := parcel.Bpost(), parcel.DPDClassic(), parcel.BpostLocker()
	c.Offers[0].Service, c.Offers[0].Packing = &bpost, parcel.Packing{Tare: 400}
	c.Offers[1].Service, c.Offers[1].Packing = &dpd, parcel.Packing{Tare: 300}
	c.Offers[2].Service, c.Offers[2].Packing = &locker, parcel.Packing{Tare: 300, MaxWeight: 5000}
	d := func(l, w, h parcel.Millimetres) parcel.Dimensions {
		return parcel.Dimensions{Length: l, Width: w, Height: h}
	}
	benchQuote(b, c, []parcel.Item{
		{Ref: "pan", Weight: 1000, Dimensions: d(450, 300, 80), Quantity: 4},
		{Ref: "casserole", Weight: 2000, Dimensions: d(300, 250, 150), Quantity: 2},
		{Ref: "apron", Weight: 300, Dimensions: d(300, 200, 30), Quantity: 6},
		{Ref: "knife", Weight: 200, Dimensions: d(350, 50, 20), Quantity: 5},
		{Ref: "spatula", Weight: 80, Dimensions: d(300, 70, 15), Quantity: 3},
	})
}

// benchConfig is six modes, three of them priced from three carriers'
// rate sheets.
func benchConfig(b *testing.B) shipping.Config {
	row := []string{"4.10", "4.90", "6.20", "8.40", "12.00", "16.50"}
	bpost := newSheet(b, map[string][]string{"BE": row, "FR": row, "NL": row})
	dpd := newSheet(b, map[string][]string{"BE": row, "FR": row, "DE": row})
	dhl := newSheet(b, map[string][]string{"BE": row, "FR": row, "NL": row, "DE": row})
	fast := shipping.Transit{MinDays: 1, MaxDays: 2, CutOff: shipping.Clock{Hour: 16}}
	return shipping.Config{
		Currency: euro(b), ShipFrom: "BE", Location: brussels(b),
		Zones: []shipping.Zone{
			{Name: "Belgium", Regions: []shipping.Region{{Country: "BE"}}},
			{Name: "Brussels", Regions: []shipping.Region{{Country: "BE", PostalPrefixes: []string{"10", "11", "12"}}}},
			{Name: "Europe", Regions: []shipping.Region{{Country: "FR"}, {Country: "NL"}, {Country: "DE"}, {Country: "LU"}},
				Excluded: []shipping.Region{{Country: "FR", PostalPrefixes: []string{"971", "972", "973", "974", "976"}}}},
			{Name: "Corsica", Regions: []shipping.Region{{Country: "FR", PostalPrefixes: []string{"20"}}}},
		},
		Offers: []shipping.Offer{
			{ID: "home", Mode: shipping.ModeHome, Carrier: "bpost", Zones: []string{"Belgium", "Europe", "Corsica"},
				Fee: shipping.CarrierRate{Source: bpost, Margin: shipping.Margin{Fixed: eur(b, "0.50")}},
				Surcharges: []shipping.Surcharge{{Name: "Corsica", Zone: "Corsica", Fixed: eur(b, "6.00")},
					{Name: "fuel", Percent: decimal.RequireFromString("7.5"), Rounding: money.HalfUp}},
				FreeFrom: shipping.Threshold{Amount: eur(b, "80.00")}, Transit: fast},
			{ID: "pickup", Mode: shipping.ModePickupPoint, Carrier: "DPD", Zones: []string{"Belgium", "Europe"},
				Fee:      shipping.CarrierRate{Source: dpd, Margin: shipping.Margin{Percent: decimal.NewFromInt(15), Rounding: money.HalfUp}},
				FreeFrom: shipping.Threshold{Amount: eur(b, "60.00")}, Transit: fast},
			{ID: "locker", Mode: shipping.ModeLocker, Carrier: "bpost", Zones: []string{"Belgium"},
				Fee: shipping.WeightBrackets{Brackets: []shipping.Bracket{
					{MinGrams: 0, MaxGrams: 2000, Fee: eur(b, "3.50")}, {MinGrams: 2000, MaxGrams: 10000, Fee: eur(b, "5.50")},
					{MinGrams: 10000, MaxGrams: 20000, Fee: eur(b, "8.50")}}},
				FreeFrom: shipping.Threshold{Amount: eur(b, "60.00")}, Transit: fast},
			{ID: "collect", Mode: shipping.ModeClickAndCollect, Zones: []string{"Belgium"}, Fee: shipping.Flat{},
				Transit: shipping.Transit{CutOff: shipping.Clock{Hour: 17}}},
			{ID: "courier", Mode: shipping.ModeLocalCourier, Carrier: "cargo bike", Zones: []string{"Brussels"},
				Fee: shipping.Flat{Amount: eur(b, "6.90")}, Transit: shipping.Transit{CutOff: shipping.Clock{Hour: 11}}},
			{ID: "express", Mode: shipping.ModeExpress, Carrier: "DHL Express", Zones: []string{"Belgium", "Europe"},
				Fee:     shipping.CarrierRate{Source: dhl, Margin: shipping.Margin{Fixed: eur(b, "2.00"), Percent: decimal.NewFromInt(10), Rounding: money.HalfUp}},
				Transit: shipping.Transit{MinDays: 1, MaxDays: 1, CutOff: shipping.Clock{Hour: 12}}},
		},
	}
}

// benchQuote measures Quote of one basket over c: the weight is 2350 g,
// or from items when given.
func benchQuote(b *testing.B, c shipping.Config, items []parcel.Item) {
	s := schedule(b, c)
	basket := shipping.Basket{
		GoodsAfterDiscountsGross: eur(b, "54.90"),
		Items:                    items,
		Destination:              shipping.Destination{Country: "BE", PostalCode: "1050"},
		Perks:                    []shipping.Perk{{Name: "Gold tier", AmountOff: eur(b, "2.00"), Modes: []shipping.Mode{shipping.ModeHome, shipping.ModeExpress}}},
		At:                       time.Date(2026, 12, 24, 15, 0, 0, 0, s.Location()),
	}
	if items == nil {
		basket.WeightGrams = 2350
	}
	ctx := context.Background()
	if opts, err := s.Quote(ctx, basket); err != nil || len(opts) != 6 {
		b.Fatal(opts, err)
	} else {
		for _, o := range opts {
			if !o.Available() {
				b.Fatal(o.Unavailable)
			}
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		sinkOptions, _ = s.Quote(ctx, basket)
	}
}
