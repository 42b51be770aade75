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
	"github.com/comptoir/comptoir/shipping/parcel"
	"github.com/comptoir/comptoir/shipping/shippingtest"
)

// fakeCarrier quotes standard (per parcel: 5.00 below 2 kg, 9.00 below 20
// kg) and express (12.00 below 5 kg) to Belgium.
func fakeCarrier(t *testing.T) *shippingtest.Carrier {
	t.Helper()
	c, err := shippingtest.New(shippingtest.Config{Name: "acme", Rates: []shippingtest.Rate{
		{Service: "standard", Country: "BE", MaxGrams: 2000, Price: eur(t, "5.00")},
		{Service: "standard", Country: "BE", MinGrams: 2000, MaxGrams: 20000, Price: eur(t, "9.00")},
		{Service: "express", Country: "BE", MaxGrams: 5000, Price: eur(t, "12.00")},
		{Service: "cheap", Country: "BE", MaxGrams: 1000, Price: eur(t, "3.00")},
	}})
	require.NoError(t, err)
	return c
}

func carrierSchedule(t *testing.T, src shipping.RateSource) *shipping.Schedule {
	t.Helper()
	return schedule(t, shipping.Config{
		Currency: euro(t), ShipFrom: "BE", Location: brussels(t),
		Zones: []shipping.Zone{{Name: "Belgium", Regions: []shipping.Region{{Country: "BE"}}}},
		Offers: []shipping.Offer{{
			ID: "live", Mode: shipping.ModeHome, Carrier: "acme", Zones: []string{"Belgium"},
			Fee: shipping.CarrierRate{Source: src, Margin: shipping.Margin{
				Fixed: eur(t, "0.50"), Percent: decimal.NewFromInt(10), Rounding: money.HalfUp}},
			FreeFrom: shipping.Threshold{Amount: eur(t, "100.00")},
			Transit:  shipping.Transit{MinDays: 1, MaxDays: 2, CutOff: shipping.Clock{Hour: 15}},
		}},
	})
}

func liveBasket(t *testing.T, grams int64, parcels int) shipping.Basket {
	return shipping.Basket{
		GoodsAfterDiscountsGross: eur(t, "40.00"), WeightGrams: grams, Parcels: parcels,
		Destination: shipping.Destination{Country: "BE", PostalCode: "4000"},
		At:          time.Date(2026, 6, 3, 10, 0, 0, 0, brussels(t)),
	}
}

func TestQuoteWithCarrierRate(t *testing.T) {
	c := fakeCarrier(t)
	ctx := context.Background()
	for name, tc := range map[string]struct {
		service string
		grams   int64
		parcels int
		fee     string
	}{
		// 9.00 + 10 % + 0.50
		"standard one parcel": {"standard", 3000, 1, "10.40"},
		// two parcels of 1500 g: 2 × 5.00 = 10.00, + 1.00 + 0.50
		"standard two parcels": {"standard", 3000, 2, "11.50"},
		// 3001 g over two parcels: 1501 + 1500
		"remainder grams": {"standard", 3001, 2, "11.50"},
		// 4001 g over two: 2001 + 2000 → 18.00 + 1.80 + 0.50
		"both above bracket": {"standard", 4001, 2, "20.30"},
		"express":            {"express", 3000, 1, "13.70"},
		// cheapest of standard 5.00, express 12.00, cheap 3.00
		"cheapest": {"", 800, 1, "3.80"},
		// cheap cannot carry 1500 g: standard 5.00
		"cheapest that carries": {"", 1500, 1, "6.00"},
	} {
		s := carrierSchedule(t, shipping.QuoterRates(c, tc.service))
		opts, err := s.Quote(ctx, liveBasket(t, tc.grams, tc.parcels))
		require.NoError(t, err, name)
		checkInvariants(t, s, opts)
		require.True(t, opts[0].Available(), "%s: %v", name, opts[0].Unavailable)
		assert.Equal(t, eur(t, tc.fee), opts[0].Fee, name)
		assert.Equal(t, tc.parcels, opts[0].Parcels, name)
	}
	// The quoter was asked from BE to BE 4000 each time.
	calls := c.Calls()
	require.Len(t, calls, 7)
	for _, call := range calls {
		assert.Equal(t, shipping.OpQuoteRates, call.Op)
		assert.Equal(t, "BE", call.Arg)
		assert.NoError(t, call.Err)
	}
}

func TestQuoteWithFailingCarrier(t *testing.T) {
	ctx := context.Background()
	for name, tc := range map[string]struct {
		service string
		grams   int64
		inject  error
		want    []error
	}{
		"timeout":          {"standard", 1000, shippingtest.Timeout(), []error{shipping.ErrTimeout, context.DeadlineExceeded}},
		"address rejected": {"standard", 1000, shipping.ErrAddressRejected, []error{shipping.ErrAddressRejected}},
		"unavailable":      {"standard", 1000, shipping.ErrUnavailable, []error{shipping.ErrUnavailable}},
		"too heavy":        {"standard", 25000, nil, []error{shipping.ErrNoService}},
		"service missing":  {"express", 6000, nil, []error{shipping.ErrNoService}},
	} {
		c := fakeCarrier(t)
		if tc.inject != nil {
			c.Fail(shippingtest.All, tc.inject)
		}
		s := carrierSchedule(t, shipping.QuoterRates(c, tc.service))
		opts, err := s.Quote(ctx, liveBasket(t, tc.grams, 1))
		require.NoError(t, err, "a failing carrier never fails the quote")
		checkInvariants(t, s, opts)
		o := opts[0]
		require.False(t, o.Available(), name)
		assert.Equal(t, shipping.ReasonCarrierFailed, o.Unavailable.Reason, name)
		assert.ErrorIs(t, o.Unavailable, shipping.ErrCarrierFailed, name)
		for _, w := range tc.want {
			assert.ErrorIs(t, o.Unavailable, w, name)
		}
		var ce *shipping.CarrierError
		assert.True(t, errors.As(o.Unavailable, &ce), name)
	}
}

// quoterOnly is a bare RateQuoter that records its request, to test the
// adapter alone.
type quoterOnly struct {
	rates []shipping.ServiceRate
	got   *shipping.ShipmentRequest
}

func (q quoterOnly) QuoteRates(_ context.Context, req shipping.ShipmentRequest) ([]shipping.ServiceRate, error) {
	*q.got = req
	return q.rates, nil
}

func TestQuoterRatesRequest(t *testing.T) {
	var got shipping.ShipmentRequest
	q := quoterOnly{rates: []shipping.ServiceRate{{Service: "a", Amount: eur(t, "4.00")}, {Service: "b", Amount: eur(t, "4.00")}}, got: &got}
	src := shipping.QuoterRates(q, "")
	m, err := src.Rate(context.Background(), shipping.RateRequest{
		From: "BE", Destination: shipping.Destination{Country: "NL", PostalCode: "1012AB"}, WeightGrams: 1001, Parcels: 3,
	})
	require.NoError(t, err)
	assert.Equal(t, eur(t, "4.00"), m)
	assert.Equal(t, shipping.ShipmentRequest{
		From: shipping.Address{Country: "BE"}, To: shipping.Address{Country: "NL", PostalCode: "1012AB"},
		Parcels: []parcel.Parcel{{Weight: 334}, {Weight: 334}, {Weight: 333}},
	}, got)
	assert.Equal(t, parcel.Grams(1001), got.TotalWeight())

	// Zero parcels counts as one.
	_, err = src.Rate(context.Background(), shipping.RateRequest{WeightGrams: 10})
	require.NoError(t, err)
	assert.Len(t, got.Parcels, 1)

	// No rate at all.
	_, err = shipping.QuoterRates(quoterOnly{got: &got}, "").Rate(context.Background(), shipping.RateRequest{Parcels: 1})
	assert.ErrorIs(t, err, shipping.ErrNoService)
}

func TestCapabilitiesOfPlainCarrier(t *testing.T) {
	assert.Empty(t, shipping.Capabilities(namedOnly("post")))
	var c shipping.Carrier = fakeCarrier(t)
	_, ok := c.(shipping.Tracker)
	assert.True(t, ok)
}

type namedOnly string

func (n namedOnly) Name() string { return string(n) }

func TestCarrierError(t *testing.T) {
	cause := errors.New("HTTP 503")
	err := &shipping.CarrierError{Carrier: "acme", Op: shipping.OpTrack, Err: shipping.ErrUnavailable, Cause: cause, Detail: "tracking number \"X\""}
	assert.ErrorIs(t, err, shipping.ErrUnavailable)
	assert.ErrorIs(t, err, cause)
	assert.NotErrorIs(t, err, shipping.ErrTimeout)
	assert.Equal(t, `shipping: carrier "acme": track: shipping: carrier unavailable: tracking number "X": HTTP 503`, err.Error())
}

func TestCoordinates(t *testing.T) {
	assert.True(t, shipping.Coordinates{Lat: 90_000_000, Lng: -180_000_000}.Valid())
	assert.False(t, shipping.Coordinates{Lat: 90_000_001}.Valid())
	assert.False(t, shipping.Coordinates{Lng: 180_000_001}.Valid())
	// A degree of latitude is about 111.2 km.
	assert.Equal(t, int64(111_195), shipping.Coordinates{}.DistanceMetres(shipping.Coordinates{Lat: 1_000_000}))
}
