package shipping_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/shipping"
	"github.com/comptoir/comptoir/shipping/parcel"
)

// recorder is a rate source that keeps the last request per offer.
type recorder struct {
	mu   sync.Mutex
	reqs map[string]shipping.RateRequest
	fee  money.Money
}

func (r *recorder) Rate(_ context.Context, req shipping.RateRequest) (money.Money, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.reqs == nil {
		r.reqs = map[string]shipping.RateRequest{}
	}
	r.reqs[req.Offer] = req
	return r.fee, nil
}

// parcelConfig has a home offer with bpost's standard parcel, a locker
// offer with the bpost locker box, both priced by weight brackets, a
// pickup offer priced by a carrier with DPD Classic, and a click &
// collect offer without a service.
func parcelConfig(t *testing.T, rec *recorder) shipping.Config {
	t.Helper()
	fast := shipping.Transit{MinDays: 1, MaxDays: 2, CutOff: shipping.Clock{Hour: 15}}
	bpost, locker, dpd := parcel.Bpost(), parcel.BpostLocker(), parcel.DPDClassic()
	brackets := shipping.WeightBrackets{Brackets: []shipping.Bracket{
		{MinGrams: 0, MaxGrams: 2000, Fee: eur(t, "5.00")},
		{MinGrams: 2000, MaxGrams: 10000, Fee: eur(t, "8.00")},
		{MinGrams: 10000, MaxGrams: 100000, Fee: eur(t, "15.00")},
	}}
	return shipping.Config{
		Currency: euro(t), ShipFrom: "BE", Location: brussels(t),
		Zones: []shipping.Zone{
			{Name: "Belgium", Regions: []shipping.Region{{Country: "BE"}}},
			{Name: "France", Regions: []shipping.Region{{Country: "FR"}}},
		},
		Offers: []shipping.Offer{
			{ID: "home", Mode: shipping.ModeHome, Carrier: "bpost", Zones: []string{"Belgium"},
				Fee: brackets, Transit: fast, Service: &bpost, Packing: parcel.Packing{Tare: 200}},
			{ID: "locker", Mode: shipping.ModeLocker, Carrier: "bpost", Zones: []string{"Belgium"},
				Fee: brackets, Transit: fast, Service: &locker, Packing: parcel.Packing{Tare: 200}},
			{ID: "pickup", Mode: shipping.ModePickupPoint, Carrier: "DPD", Zones: []string{"Belgium"},
				Fee: shipping.CarrierRate{Source: rec}, Transit: fast, Service: &dpd},
			{ID: "collect", Mode: shipping.ModeClickAndCollect, Zones: []string{"Belgium"},
				Fee: shipping.Flat{}, Transit: fast},
			{ID: "france", Mode: shipping.ModeHome, Carrier: "bpost", Zones: []string{"France"},
				Fee: brackets, Transit: fast, Service: &locker},
		},
	}
}

func parcelBasket(s *shipping.Schedule, items ...parcel.Item) shipping.Basket {
	return shipping.Basket{
		Destination: shipping.Destination{Country: "BE", PostalCode: "1000"},
		At:          time.Date(2026, 6, 3, 10, 0, 0, 0, s.Location()),
		Items:       items,
	}
}

func TestQuoteItemTooLargeForLocker(t *testing.T) {
	rec := &recorder{fee: eur(t, "6.00")}
	s := schedule(t, parcelConfig(t, rec))
	b := parcelBasket(s,
		parcel.Item{Ref: "apron", Weight: 300, Dimensions: parcel.Dimensions{Length: 300, Width: 200, Height: 30}, Quantity: 2},
		parcel.Item{Ref: "stockpot", Weight: 4000, Dimensions: parcel.Dimensions{Length: 400, Width: 400, Height: 350}, Quantity: 1},
	)
	opts, err := s.Quote(context.Background(), b)
	require.NoError(t, err)
	checkInvariants(t, s, opts)
	m := byOffer(opts)

	home := m["home"]
	require.True(t, home.Available(), home.Unavailable)
	assert.Equal(t, 1, home.Parcels)
	assert.Equal(t, eur(t, "8.00"), home.Fee) // 4600 g of goods + 200 g tare: second bracket

	lk := m["locker"]
	require.False(t, lk.Available())
	u := lk.Unavailable
	assert.Equal(t, shipping.ReasonParcelTooLarge, u.Reason)
	assert.Equal(t, 0, lk.Parcels)
	assert.ErrorIs(t, u, shipping.ErrParcelTooLarge)
	assert.NotErrorIs(t, u, shipping.ErrTooHeavy)
	assert.ErrorIs(t, u, parcel.ErrExceedsLimit)
	assert.Contains(t, u.Detail, `item 1 ("stockpot")`)
	assert.Contains(t, u.Detail, `"bpost locker"`)
	assert.Contains(t, u.Detail, "box 580x420x310 mm")
	assert.Contains(t, u.Detail, "side 350 mm exceeds 310 mm")
	var ie *parcel.ItemError
	require.ErrorAs(t, u, &ie)
	assert.Equal(t, 1, ie.Index)
	assert.Equal(t, "stockpot", ie.Ref)
	var le *parcel.LimitError
	require.ErrorAs(t, u, &le)
	assert.Equal(t, parcel.BoxSize, le.Limit)
	assert.Equal(t, parcel.Dimensions{Length: 580, Width: 420, Height: 310}, le.Box)
	// The message says it once.
	assert.Equal(t, `shipping: offer "locker" unavailable: parcel_too_large: `+u.Detail, u.Error())

	// Not served comes first: the France offer does not split.
	fr := m["france"]
	require.False(t, fr.Available())
	assert.Equal(t, shipping.ReasonNotServed, fr.Unavailable.Reason)

	// Offers without a service keep the basket's parcel count.
	collect := m["collect"]
	assert.Equal(t, 1, collect.Parcels)
	assert.True(t, collect.Available())
}

func TestQuoteItemTooHeavyForService(t *testing.T) {
	s := schedule(t, parcelConfig(t, &recorder{fee: eur(t, "6.00")}))
	b := parcelBasket(s, parcel.Item{Ref: "anvil", Weight: 31_000, Dimensions: parcel.Dimensions{Length: 300, Width: 200, Height: 200}, Quantity: 1})
	opts, err := s.Quote(context.Background(), b)
	require.NoError(t, err)
	checkInvariants(t, s, opts)
	m := byOffer(opts)
	// bpost: 30 kg; the weight limit is a parcel limit, not the brackets.
	u := m["home"].Unavailable
	require.NotNil(t, u)
	assert.ErrorIs(t, u, shipping.ErrParcelTooLarge)
	assert.Contains(t, u.Detail, "weight 31200 g exceeds 30000 g")
	var lse *parcel.LimitsError
	require.ErrorAs(t, u, &lse)
	assert.True(t, lse.Has(parcel.MaxWeight))
	// DPD Classic takes 31.5 kg.
	pickup := m["pickup"]
	require.True(t, pickup.Available(), pickup.Unavailable)
	assert.Equal(t, 1, pickup.Parcels)
}

func TestQuoteSplitsHeavyItems(t *testing.T) {
	rec := &recorder{fee: eur(t, "6.00")}
	s := schedule(t, parcelConfig(t, rec))
	// 10 units of 8 kg: bpost takes 3 per parcel (24.2 kg with the tare,
	// a 4th would make 32.2 kg), so 4 parcels; DPD Classic (31.5 kg, no
	// tare) also 3 per parcel.
	b := parcelBasket(s, parcel.Item{Ref: "cast iron", Weight: 8000, Dimensions: parcel.Dimensions{Length: 300, Width: 300, Height: 100}, Quantity: 10})
	b.Parcels = 2 // for the offers without a service
	opts, err := s.Quote(context.Background(), b)
	require.NoError(t, err)
	checkInvariants(t, s, opts)
	m := byOffer(opts)
	for _, id := range []string{"home", "locker", "pickup"} {
		o := m[id]
		require.True(t, o.Available(), "%s: %v", id, o.Unavailable)
		assert.Equal(t, 4, o.Parcels, id)
	}
	assert.Equal(t, 2, m["collect"].Parcels)

	// The carrier gets the packed parcels and their weight (no tare).
	req := rec.reqs["pickup"]
	assert.Equal(t, 4, req.Parcels)
	require.Len(t, req.Packed, 4)
	assert.EqualValues(t, 80_000, req.WeightGrams)
	assert.EqualValues(t, 24_000, req.Packed[0].Parcel.Weight)
	assert.EqualValues(t, 8_000, req.Packed[3].Parcel.Weight)
}

func TestQuoteWeightFromItems(t *testing.T) {
	s := schedule(t, parcelConfig(t, &recorder{fee: eur(t, "6.00")}))
	// 1900 g of goods: 2100 g packed with bpost's 200 g tare.
	item := parcel.Item{Ref: "pan", Weight: 950, Dimensions: parcel.Dimensions{Length: 300, Width: 250, Height: 60}, Quantity: 2}
	b := parcelBasket(s, item)
	opts, err := s.Quote(context.Background(), b)
	require.NoError(t, err)
	checkInvariants(t, s, opts)
	assert.Equal(t, eur(t, "8.00"), byOffer(opts)["home"].Fee)

	// An explicit weight is used as given.
	b.WeightGrams = 1500
	opts, err = s.Quote(context.Background(), b)
	require.NoError(t, err)
	checkInvariants(t, s, opts)
	assert.Equal(t, eur(t, "5.00"), byOffer(opts)["home"].Fee)
	assert.Equal(t, 1, byOffer(opts)["home"].Parcels)
}

func TestQuoteInvalidItems(t *testing.T) {
	s := schedule(t, parcelConfig(t, &recorder{fee: eur(t, "6.00")}))
	ok := parcel.Item{Ref: "ok", Weight: 100, Dimensions: parcel.Dimensions{Length: 10, Width: 10, Height: 10}, Quantity: 1}
	for _, tc := range []struct {
		name  string
		item  parcel.Item
		field string
	}{
		{"zero quantity", parcel.Item{Weight: 1, Dimensions: ok.Dimensions}, "items[1].quantity"},
		{"negative weight", parcel.Item{Weight: -1, Dimensions: ok.Dimensions, Quantity: 1}, "items[1].weight"},
		{"no dimensions", parcel.Item{Weight: 1, Quantity: 1}, "items[1].dimensions"},
		{"too many units", parcel.Item{Weight: 1, Dimensions: ok.Dimensions, Quantity: parcel.MaxUnits}, "items[1].quantity"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := s.Quote(context.Background(), parcelBasket(s, ok, tc.item))
			require.ErrorIs(t, err, shipping.ErrInvalidBasket)
			var be *shipping.BasketError
			require.ErrorAs(t, err, &be)
			assert.Equal(t, tc.field, be.Field)
		})
	}
	_, err := s.Quote(context.Background(), parcelBasket(s, parcel.Item{Weight: 1 << 62, Dimensions: ok.Dimensions, Quantity: 4}))
	require.ErrorIs(t, err, parcel.ErrOverflow)
}

func TestScheduleValidatesService(t *testing.T) {
	rec := &recorder{fee: eur(t, "6.00")}
	for _, tc := range []struct {
		name   string
		modify func(o *shipping.Offer)
		field  string
	}{
		{"negative divisor", func(o *shipping.Offer) { sv := parcel.Bpost(); sv.VolumetricDivisor = -1; o.Service = &sv }, "offers[0].service"},
		{"bad box", func(o *shipping.Offer) {
			sv := parcel.BpostLocker()
			sv.Limits.Boxes = []parcel.Dimensions{{Length: 0, Width: 1, Height: 1}}
			o.Service = &sv
		}, "offers[0].service"},
		{"negative tare", func(o *shipping.Offer) { o.Packing.Tare = -1 }, "offers[0].packing.tare"},
		{"negative packing max", func(o *shipping.Offer) { o.Packing.MaxWeight = -1 }, "offers[0].packing.max_weight"},
		{"packing without service", func(o *shipping.Offer) { o.Service = nil }, "offers[0].packing"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := parcelConfig(t, rec)
			tc.modify(&c.Offers[0])
			_, err := shipping.NewSchedule(c)
			require.ErrorIs(t, err, shipping.ErrInvalidSchedule)
			var ce *shipping.ConfigError
			require.ErrorAs(t, err, &ce)
			assert.Equal(t, tc.field, ce.Field, ce.Reason)
		})
	}
}

func TestScheduleCopiesService(t *testing.T) {
	c := parcelConfig(t, &recorder{fee: eur(t, "6.00")})
	s := schedule(t, c)
	// Growing the caller's locker box afterwards changes nothing.
	c.Offers[1].Service.Limits.Boxes[0] = parcel.Dimensions{Length: 1000, Width: 1000, Height: 1000}
	opts, err := s.Quote(context.Background(), parcelBasket(s,
		parcel.Item{Ref: "stockpot", Weight: 4000, Dimensions: parcel.Dimensions{Length: 400, Width: 400, Height: 350}, Quantity: 1}))
	require.NoError(t, err)
	checkInvariants(t, s, opts)
	assert.True(t, errors.Is(byOffer(opts)["locker"].Unavailable, shipping.ErrParcelTooLarge))
}

func TestQuoterRatesSendsPackedParcels(t *testing.T) {
	var got shipping.ShipmentRequest
	q := quoterOnly{rates: []shipping.ServiceRate{{Service: "a", Amount: eur(t, "4.00")}}, got: &got}
	packed := []parcel.Packed{
		{Parcel: parcel.Parcel{Weight: 24_000, Dimensions: parcel.Dimensions{Length: 300, Width: 300, Height: 300}}},
		{Parcel: parcel.Parcel{Weight: 8_000, Dimensions: parcel.Dimensions{Length: 300, Width: 300, Height: 100}}},
	}
	_, err := shipping.QuoterRates(q, "").Rate(context.Background(), shipping.RateRequest{
		From: "BE", Destination: shipping.Destination{Country: "BE"}, WeightGrams: 32_000, Parcels: 2, Packed: packed,
	})
	require.NoError(t, err)
	assert.Equal(t, []parcel.Parcel{packed[0].Parcel, packed[1].Parcel}, got.Parcels)
}
