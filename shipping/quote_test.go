package shipping_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/shipping"
)

var errTimeout = errors.New("carrier timeout")

// sheet is an in-memory rate sheet: a fee per started kilogram.
func sheet(perKg string, fail error) shipping.RateSource {
	return shipping.RateFunc(func(ctx context.Context, r shipping.RateRequest) (money.Money, error) {
		if fail != nil {
			return money.Money{}, fail
		}
		m, err := money.Parse(perKg, "EUR")
		if err != nil {
			return money.Money{}, err
		}
		return m.MulInt((r.WeightGrams + 999) / 1000)
	})
}

// richConfig exercises every fee rule, zone rule and surcharge.
func richConfig(t *testing.T) shipping.Config {
	fast := shipping.Transit{MinDays: 1, MaxDays: 2, CutOff: shipping.Clock{Hour: 15}}
	return shipping.Config{
		Currency: euro(t), ShipFrom: "BE", Location: brussels(t),
		Zones: []shipping.Zone{
			{Name: "Belgium", Regions: []shipping.Region{{Country: "BE"}}},
			{Name: "France", Regions: []shipping.Region{{Country: "FR"}},
				Excluded: []shipping.Region{{Country: "FR", PostalPrefixes: []string{"97"}}}},
			{Name: "Corsica", Regions: []shipping.Region{{Country: "FR", PostalPrefixes: []string{"20"}}}},
			{Name: "Brussels", Regions: []shipping.Region{{Country: "BE", PostalPrefixes: []string{"10", "11", "12"}}},
				Excluded: []shipping.Region{{Country: "BE", PostalPrefixes: []string{"1130"}}}},
		},
		Offers: []shipping.Offer{
			{ID: "home", Mode: shipping.ModeHome, Carrier: "bpost", Zones: []string{"Belgium", "France", "Corsica"},
				Fee: shipping.WeightBrackets{Brackets: []shipping.Bracket{
					{MinGrams: 0, MaxGrams: 2000, Fee: eur(t, "5.00")},
					{MinGrams: 2000, MaxGrams: 10000, Fee: eur(t, "8.00")},
					{MinGrams: 10000, MaxGrams: 30000, Fee: eur(t, "15.00")},
				}},
				Surcharges: []shipping.Surcharge{
					{Name: "Corsica", Zone: "Corsica", Fixed: eur(t, "6.00"), KeepWhenFree: true},
					{Name: "fuel", Percent: decimal.RequireFromString("12.5"), Rounding: money.HalfUp},
				},
				FreeFrom: shipping.Threshold{Amount: eur(t, "100.00"), Basis: shipping.GoodsBeforeDiscountsGross},
				Transit:  fast},
			{ID: "express", Mode: shipping.ModeExpress, Carrier: "DHL", Zones: []string{"Belgium", "France"},
				Fee:      shipping.CarrierRate{Source: sheet("2.00", nil), Margin: shipping.Margin{Fixed: eur(t, "1.00"), Percent: decimal.NewFromInt(10), Rounding: money.HalfUp}},
				FreeFrom: shipping.Threshold{Amount: eur(t, "100.00"), Basis: shipping.GoodsAfterDiscountsNet},
				Transit:  fast},
			{ID: "broken", Mode: shipping.ModeLocker, Carrier: "Acme", Zones: []string{"Belgium"},
				Fee: shipping.CarrierRate{Source: sheet("1.00", errTimeout)}, Transit: fast},
			{ID: "courier", Mode: shipping.ModeLocalCourier, Carrier: "Cargo bike", Zones: []string{"Brussels"},
				Fee: shipping.Flat{Amount: eur(t, "7.00")}, FreeFrom: shipping.Threshold{Amount: eur(t, "50.00")},
				Transit: shipping.Transit{CutOff: shipping.Clock{Hour: 11}}},
		},
	}
}

func TestQuote(t *testing.T) {
	s := schedule(t, richConfig(t))
	at := time.Date(2026, 6, 3, 10, 0, 0, 0, s.Location())
	base := shipping.Basket{
		GoodsAfterDiscountsGross:  eur(t, "90.00"),
		GoodsBeforeDiscountsGross: eur(t, "95.00"),
		GoodsAfterDiscountsNet:    eur(t, "74.38"),
		WeightGrams:               1999,
		Destination:               shipping.Destination{Country: "BE", PostalCode: "1000"},
		At:                        at,
	}
	type want struct {
		fee, full, left string // left "" for no threshold
		zone, perk      string
		reason          shipping.Reason
	}
	tests := []struct {
		name   string
		edit   func(*shipping.Basket)
		offers map[string]want
	}{
		{"bracket min inclusive, max exclusive", func(b *shipping.Basket) {}, map[string]want{
			"home":    {fee: "5.63", full: "5.63", left: "5.00", zone: "Belgium"},  // 5.00 + 12.5 % = 5.625 -> 5.63
			"express": {fee: "5.40", full: "5.40", left: "25.62", zone: "Belgium"}, // 2.00 × 2 kg + 10 % + 1.00
			"broken":  {reason: shipping.ReasonCarrierFailed},
			"courier": {fee: "0.00", full: "7.00", left: "0.00", zone: "Brussels"},
		}},
		{"next bracket at its min", func(b *shipping.Basket) { b.WeightGrams = 2000 }, map[string]want{
			"home": {fee: "9.00", full: "9.00", left: "5.00", zone: "Belgium"},
		}},
		{"last gram of the last bracket", func(b *shipping.Basket) { b.WeightGrams = 29999 }, map[string]want{
			"home": {fee: "16.88", full: "16.88", left: "5.00", zone: "Belgium"},
		}},
		{"too heavy at the last max", func(b *shipping.Basket) { b.WeightGrams = 30000 }, map[string]want{
			"home":    {reason: shipping.ReasonTooHeavy},
			"express": {fee: "67.00", full: "67.00", left: "25.62", zone: "Belgium"},
		}},
		{"threshold on its basis", func(b *shipping.Basket) { b.GoodsBeforeDiscountsGross = eur(t, "100.00") }, map[string]want{
			"home": {fee: "0.00", full: "5.63", left: "0.00", zone: "Belgium"},
		}},
		{"Corsica: longest prefix wins, surcharge kept when free", func(b *shipping.Basket) {
			b.Destination = shipping.Destination{Country: "fr", PostalCode: "20 000"}
			b.GoodsBeforeDiscountsGross = eur(t, "150.00")
		}, map[string]want{
			"home":    {fee: "6.00", full: "11.63", left: "0.00", zone: "Corsica"},
			"express": {fee: "5.40", full: "5.40", left: "25.62", zone: "France"},
			"broken":  {reason: shipping.ReasonNotServed},
			"courier": {reason: shipping.ReasonNotServed},
		}},
		{"Corsica below the threshold", func(b *shipping.Basket) { b.Destination = shipping.Destination{Country: "FR", PostalCode: "20090"} }, map[string]want{
			"home": {fee: "11.63", full: "11.63", left: "5.00", zone: "Corsica"},
		}},
		{"excluded prefix", func(b *shipping.Basket) { b.Destination = shipping.Destination{Country: "FR", PostalCode: "97-100"} }, map[string]want{
			"home":    {reason: shipping.ReasonExcluded},
			"express": {reason: shipping.ReasonExcluded},
		}},
		{"excluded from the narrower zone only", func(b *shipping.Basket) { b.Destination.PostalCode = "1130" }, map[string]want{
			"home":    {fee: "5.63", full: "5.63", left: "5.00", zone: "Belgium"},
			"courier": {reason: shipping.ReasonExcluded},
		}},
		{"outside every zone", func(b *shipping.Basket) { b.Destination = shipping.Destination{Country: "ES", PostalCode: "28001"} }, map[string]want{
			"home": {reason: shipping.ReasonNotServed}, "express": {reason: shipping.ReasonNotServed},
		}},
		{"best perk wins and is named", func(b *shipping.Basket) {
			b.Perks = []shipping.Perk{
				{Name: "silver", AmountOff: eur(t, "1.00")},
				{Name: "gold", PercentOff: decimal.NewFromInt(50), Rounding: money.HalfUp},
				{Name: "premium", Free: true, Modes: []shipping.Mode{shipping.ModeExpress}},
			}
		}, map[string]want{
			"home":    {fee: "2.81", full: "5.63", left: "5.00", zone: "Belgium", perk: "gold"}, // 5.63 - 2.815 rounded up to 2.82
			"express": {fee: "0.00", full: "5.40", left: "25.62", zone: "Belgium", perk: "premium"},
			"courier": {fee: "0.00", full: "7.00", left: "0.00", zone: "Brussels"}, // already free: no perk
		}},
		{"amount off never below zero, tie keeps the first", func(b *shipping.Basket) {
			b.Perks = []shipping.Perk{{Name: "big", AmountOff: eur(t, "50.00")}, {Name: "free", Free: true}}
		}, map[string]want{
			"home": {fee: "0.00", full: "5.63", left: "5.00", zone: "Belgium", perk: "big"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := base
			tt.edit(&b)
			opts, err := s.Quote(context.Background(), b)
			require.NoError(t, err)
			checkInvariants(t, s, opts)
			got := byOffer(opts)
			for id, w := range tt.offers {
				o := got[id]
				if w.reason != "" {
					require.False(t, o.Available(), id)
					assert.Equal(t, w.reason, o.Unavailable.Reason, id)
					continue
				}
				require.True(t, o.Available(), "%s: %v", id, o.Unavailable)
				assert.Equal(t, eur(t, w.fee), o.Fee, "%s fee", id)
				assert.Equal(t, eur(t, w.full), o.FullFee, "%s full fee", id)
				assert.Equal(t, w.zone, o.Zone, id)
				assert.Equal(t, w.perk, o.Perk, id)
				if w.left == "" {
					assert.False(t, o.FreeShipping.Offered, id)
				} else {
					assert.Equal(t, eur(t, w.left), o.FreeShipping.Left, "%s left", id)
				}
			}
		})
	}
}

// TestQuoteOrderAndDetails checks the schedule's order, the parcel
// count, the carrier error and the sentinels of unavailable options.
func TestQuoteOrderAndDetails(t *testing.T) {
	s := schedule(t, richConfig(t))
	opts, err := s.Quote(context.Background(), shipping.Basket{
		GoodsAfterDiscountsGross: eur(t, "10.00"), WeightGrams: 500, Parcels: 3,
		Destination: shipping.Destination{Country: "BE", PostalCode: "1000"},
		At:          time.Date(2026, 6, 3, 10, 0, 0, 0, s.Location()),
	})
	require.NoError(t, err)
	var ids []string
	for _, o := range opts {
		ids = append(ids, o.Offer)
		assert.Equal(t, 3, o.Parcels)
	}
	assert.Equal(t, []string{"home", "express", "broken", "courier"}, ids)
	broken := opts[2]
	assert.ErrorIs(t, broken.Unavailable, shipping.ErrCarrierFailed)
	assert.ErrorIs(t, broken.Unavailable, errTimeout)
	assert.NotErrorIs(t, broken.Unavailable, shipping.ErrTooHeavy)
	assert.Contains(t, broken.Unavailable.Error(), `"broken" unavailable: carrier_failed: carrier timeout`)
	assert.Equal(t, shipping.Window{Ships: date(t, "2026-06-03"), Earliest: date(t, "2026-06-03"), Latest: date(t, "2026-06-03")}, opts[3].Window)

	opts, err = s.Quote(context.Background(), shipping.Basket{Destination: shipping.Destination{Country: "BE", PostalCode: "4000"}, At: time.Date(2026, 6, 3, 10, 0, 0, 0, time.UTC)})
	require.NoError(t, err)
	assert.Equal(t, 1, opts[0].Parcels, "parcels default to 1")
}

// TestQuoteCarrierRates checks that bad carrier answers make the option
// unavailable and that the carrier sees the normalised request.
func TestQuoteCarrierRates(t *testing.T) {
	usd, err := money.New(500, "USD")
	require.NoError(t, err)
	neg := eur(t, "-1.00")
	var seen shipping.RateRequest
	for name, tt := range map[string]struct {
		rate   money.Money
		fee    string
		detail string
	}{
		"other currency":         {rate: usd, detail: "not in EUR"},
		"negative rate":          {rate: neg, detail: "negative rate"},
		"zero without currency":  {rate: money.Money{}, fee: "0.00"},
		"rate with half up cent": {rate: eur(t, "3.35"), fee: "3.69"}, // 3.35 × 10 % = 0.335 -> 0.34
	} {
		c := richConfig(t)
		c.Offers = []shipping.Offer{{ID: "x", Mode: shipping.ModeExpress, Carrier: "C", Zones: []string{"Belgium"},
			Fee: shipping.CarrierRate{Source: shipping.RateFunc(func(_ context.Context, r shipping.RateRequest) (money.Money, error) {
				seen = r
				return tt.rate, nil
			}), Margin: shipping.Margin{Percent: decimal.NewFromInt(10), Rounding: money.HalfUp}}}}
		s := schedule(t, c)
		opts, err := s.Quote(context.Background(), shipping.Basket{WeightGrams: 10,
			Destination: shipping.Destination{Country: "be", PostalCode: "b-1000"}, At: time.Unix(0, 0)})
		require.NoError(t, err, name)
		assert.Equal(t, shipping.RateRequest{Offer: "x", Carrier: "C", Mode: shipping.ModeExpress, From: "BE",
			Destination: shipping.Destination{Country: "BE", PostalCode: "B1000"}, WeightGrams: 10, Parcels: 1}, seen)
		if tt.fee != "" {
			assert.Equal(t, eur(t, tt.fee), opts[0].Fee, name)
			continue
		}
		require.False(t, opts[0].Available(), name)
		assert.ErrorIs(t, opts[0].Unavailable, shipping.ErrCarrierFailed, name)
		assert.Contains(t, opts[0].Unavailable.Detail, tt.detail, name)
	}
}

func TestQuoteErrors(t *testing.T) {
	s := schedule(t, richConfig(t))
	usd, err := money.New(100, "USD")
	require.NoError(t, err)
	ok := shipping.Basket{Destination: shipping.Destination{Country: "BE", PostalCode: "4000"}, At: time.Unix(0, 0)}
	tests := []struct {
		name  string
		edit  func(*shipping.Basket)
		field string
	}{
		{"negative weight", func(b *shipping.Basket) { b.WeightGrams = -1 }, "weight_grams"},
		{"negative parcels", func(b *shipping.Basket) { b.Parcels = -1 }, "parcels"},
		{"no time", func(b *shipping.Basket) { b.At = time.Time{} }, "at"},
		{"bad country", func(b *shipping.Basket) { b.Destination.Country = "BEL" }, "destination.country"},
		{"no postal code where zones need one", func(b *shipping.Basket) { b.Destination.PostalCode = " " }, "destination.postal_code"},
		{"goods in USD", func(b *shipping.Basket) { b.GoodsAfterDiscountsGross = usd }, "goods_after_discounts_gross"},
		{"negative goods", func(b *shipping.Basket) { b.GoodsAfterDiscountsNet = eur(t, "-1.00") }, "goods_after_discounts_net"},
		{"perk with two advantages", func(b *shipping.Basket) { b.Perks = []shipping.Perk{{Free: true, AmountOff: eur(t, "1.00")}} }, "perks[0]"},
		{"perk with none", func(b *shipping.Basket) { b.Perks = []shipping.Perk{{Name: "empty"}} }, "perks[0]"},
		{"perk amount in USD", func(b *shipping.Basket) { b.Perks = []shipping.Perk{{AmountOff: usd}} }, "perks[0].amount_off"},
		{"perk percent above 100", func(b *shipping.Basket) {
			b.Perks = []shipping.Perk{{PercentOff: decimal.NewFromInt(101), Rounding: money.HalfUp}}
		}, "perks[0].percent_off"},
		{"perk percent without rounding", func(b *shipping.Basket) { b.Perks = []shipping.Perk{{PercentOff: decimal.NewFromInt(10)}} }, "perks[0].percent_off"},
		{"perk on an unknown mode", func(b *shipping.Basket) { b.Perks = []shipping.Perk{{Free: true, Modes: []shipping.Mode{"drone"}}} }, "perks[0].modes[0]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := ok
			tt.edit(&b)
			_, err := s.Quote(context.Background(), b)
			require.ErrorIs(t, err, shipping.ErrInvalidBasket)
			var be *shipping.BasketError
			require.ErrorAs(t, err, &be)
			assert.Equal(t, tt.field, be.Field)
		})
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = s.Quote(ctx, ok)
	assert.ErrorIs(t, err, context.Canceled)
	_, err = s.Quote(context.Background(), ok)
	assert.NoError(t, err)
}
