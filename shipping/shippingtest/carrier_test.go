package shippingtest_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/shipping"
	"github.com/comptoir/comptoir/shipping/parcel"
	"github.com/comptoir/comptoir/shipping/shippingtest"
	"github.com/comptoir/comptoir/shipping/tracking"
)

func TestCapabilities(t *testing.T) {
	var c shipping.Carrier = newCarrier()
	assert.Equal(t, "acme", c.Name())
	assert.Equal(t, []string{"rates", "shipments", "cancel", "tracking", "pickup_points", "pickups"}, shipping.Capabilities(c))
}

func TestNewRejects(t *testing.T) {
	for name, c := range map[string]shippingtest.Config{
		"empty service":    {Rates: []shippingtest.Rate{{MaxGrams: 1, Price: eur("1.00")}}},
		"empty bracket":    {Rates: []shippingtest.Rate{{Service: "s", MinGrams: 5, MaxGrams: 5, Price: eur("1.00")}}},
		"negative price":   {Rates: []shippingtest.Rate{{Service: "s", MaxGrams: 5, Price: eur("-1.00")}}},
		"unknown code":     {Script: []shippingtest.Step{{Code: "TELEPORTED"}}},
		"unknown cancel":   {CancelCode: "GONE"},
		"point without id": {PickupPoints: []shipping.PickupPoint{{Name: "x"}}},
		"bad coordinates":  {PickupPoints: []shipping.PickupPoint{{ID: "x", Location: shipping.Coordinates{Lat: 91_000_000}}}},
	} {
		_, err := shippingtest.New(c)
		assert.Error(t, err, name)
	}
	_, err := shippingtest.New(shippingtest.Config{})
	assert.NoError(t, err)
}

func TestQuoteRates(t *testing.T) {
	c := newCarrier()
	ctx := context.Background()

	rates, err := c.QuoteRates(ctx, shipping.ShipmentRequest{From: shop, To: alice, Parcels: []parcel.Parcel{kg(1), kg(3)}})
	require.NoError(t, err)
	// standard: BE row for 1 kg (4.00) + any-country row for 3 kg (11.00);
	// express: 15.00 twice.
	assert.Equal(t, []shipping.ServiceRate{
		{Service: "standard", Amount: eur("15.00")},
		{Service: "express", Amount: eur("30.00")},
	}, rates)

	rates, err = c.QuoteRates(ctx, shipping.ShipmentRequest{Service: "express", To: alice, Parcels: []parcel.Parcel{kg(1)}})
	require.NoError(t, err)
	assert.Equal(t, []shipping.ServiceRate{{Service: "express", Amount: eur("15.00")}}, rates)

	// France: no express, standard from the any-country rows.
	rates, err = c.QuoteRates(ctx, shipping.ShipmentRequest{To: shipping.Address{Country: "fr", PostalCode: "59000"}, Parcels: []parcel.Parcel{kg(1)}})
	require.NoError(t, err)
	assert.Equal(t, []shipping.ServiceRate{{Service: "standard", Amount: eur("6.00")}}, rates)

	// Bracket bounds: [0, 2000) then [2000, 30000).
	for w, want := range map[parcel.Grams]string{1999: "6.00", 2000: "11.00", 29999: "11.00"} {
		rates, err = c.QuoteRates(ctx, shipping.ShipmentRequest{To: shipping.Address{Country: "NL", PostalCode: "1012AB"}, Parcels: []parcel.Parcel{{Weight: w}}})
		require.NoError(t, err, w)
		assert.Equal(t, eur(want), rates[0].Amount, w)
	}

	_, err = c.QuoteRates(ctx, shipping.ShipmentRequest{To: alice, Parcels: []parcel.Parcel{kg(30)}})
	assert.ErrorIs(t, err, shipping.ErrNoService)
	_, err = c.QuoteRates(ctx, shipping.ShipmentRequest{Service: "express", To: shipping.Address{Country: "FR", PostalCode: "75001"}, Parcels: []parcel.Parcel{kg(1)}})
	assert.ErrorIs(t, err, shipping.ErrNoService)
	_, err = c.QuoteRates(ctx, shipping.ShipmentRequest{To: shipping.Address{Country: "BE", PostalCode: "00 00"}, Parcels: []parcel.Parcel{kg(1)}})
	assert.ErrorIs(t, err, shipping.ErrAddressRejected)
	_, err = c.QuoteRates(ctx, shipping.ShipmentRequest{To: alice})
	assert.ErrorIs(t, err, shipping.ErrInvalidRequest)
	_, err = c.QuoteRates(ctx, shipping.ShipmentRequest{To: alice, Parcels: []parcel.Parcel{{Weight: 10, Dimensions: parcel.Dimensions{Length: -1, Width: 1, Height: 1}}}})
	assert.ErrorIs(t, err, shipping.ErrInvalidRequest)
	assert.ErrorIs(t, err, parcel.ErrInvalidInput)
}

func TestLabelsAreSequential(t *testing.T) {
	c := newCarrier()
	ctx := context.Background()
	for i := 1; i <= 3; i++ {
		l, err := c.CreateShipment(ctx, shipping.ShipmentRequest{From: shop, To: alice, Parcels: []parcel.Parcel{kg(1)}, Reference: fmt.Sprint("order-", i)})
		require.NoError(t, err)
		assert.Equal(t, fmt.Sprintf("SHP%06d", i), l.ShipmentID)
		assert.Equal(t, fmt.Sprintf("FK%09d", i), l.TrackingNumber)
		assert.Equal(t, "standard", l.Service)
		assert.Equal(t, eur("4.00"), l.Amount)
		assert.Equal(t, shipping.LabelPDF, l.Format)
		assert.NotEmpty(t, l.Data)
		assert.NotEmpty(t, l.URL)
	}
	l, err := c.CreateShipment(ctx, shipping.ShipmentRequest{Service: "express", From: shop, To: alice, Parcels: []parcel.Parcel{kg(1), kg(2)}})
	require.NoError(t, err)
	assert.Equal(t, eur("30.00"), l.Amount)
}

func TestCreateShipmentFailures(t *testing.T) {
	c := newCarrier()
	ctx := context.Background()
	req := func(mod func(*shipping.ShipmentRequest)) shipping.ShipmentRequest {
		r := shipping.ShipmentRequest{From: shop, To: alice, Parcels: []parcel.Parcel{kg(1)}}
		mod(&r)
		return r
	}
	for name, tc := range map[string]struct {
		req  shipping.ShipmentRequest
		want error
	}{
		"no postal code":  {req(func(r *shipping.ShipmentRequest) { r.To.PostalCode = "" }), shipping.ErrAddressRejected},
		"rejected postal": {req(func(r *shipping.ShipmentRequest) { r.To.PostalCode = "0000" }), shipping.ErrAddressRejected},
		"bad sender":      {req(func(r *shipping.ShipmentRequest) { r.From.Country = "Belgium" }), shipping.ErrAddressRejected},
		"no parcel":       {req(func(r *shipping.ShipmentRequest) { r.Parcels = nil }), shipping.ErrInvalidRequest},
		"too heavy":       {req(func(r *shipping.ShipmentRequest) { r.Parcels = []parcel.Parcel{kg(31)} }), shipping.ErrNoService},
		"unknown service": {req(func(r *shipping.ShipmentRequest) { r.Service = "teleport" }), shipping.ErrNoService},
		"unknown point":   {req(func(r *shipping.ShipmentRequest) { r.PickupPointID = "nope" }), shipping.ErrNotFound},
		"closed point":    {req(func(r *shipping.ShipmentRequest) { r.PickupPointID = "PP-BX-1" }), shipping.ErrPickupPointUnavailable},
	} {
		_, err := c.CreateShipment(ctx, tc.req)
		assert.ErrorIs(t, err, tc.want, name)
		var ce *shipping.CarrierError
		if assert.ErrorAs(t, err, &ce, name) {
			assert.Equal(t, "acme", ce.Carrier)
			assert.Equal(t, shipping.OpCreateShipment, ce.Op)
		}
	}
	// Nothing was issued: the next label is the first.
	l, err := c.CreateShipment(ctx, req(func(r *shipping.ShipmentRequest) { r.PickupPointID = "PP-LG-1" }))
	require.NoError(t, err)
	assert.Equal(t, "FK000000001", l.TrackingNumber)
}

func TestTrackRevealsScript(t *testing.T) {
	c := newCarrier()
	ctx := context.Background()
	l, err := c.CreateShipment(ctx, shipping.ShipmentRequest{From: shop, To: alice, Parcels: []parcel.Parcel{kg(1)}})
	require.NoError(t, err)

	stages := func() []tracking.Stage {
		t.Helper()
		events, err := shipping.TrackEvents(ctx, c, l.TrackingNumber)
		require.NoError(t, err)
		var out []tracking.Stage
		for _, e := range events {
			assert.Equal(t, "gls", e.Carrier)
			out = append(out, e.Stage)
		}
		return out
	}
	assert.Equal(t, []tracking.Stage{tracking.StageLabelCreated}, stages())
	c.Advance(6 * time.Hour)
	assert.Equal(t, []tracking.Stage{tracking.StageLabelCreated, tracking.StageInTransit}, stages())
	c.Advance(24 * time.Hour)
	assert.Equal(t, []tracking.Stage{tracking.StageLabelCreated, tracking.StageInTransit, tracking.StageOutForDelivery, tracking.StageDelivered}, stages())

	events, err := shipping.TrackEvents(ctx, c, l.TrackingNumber)
	require.NoError(t, err)
	last := events[len(events)-1]
	require.NotNil(t, last.Proof)
	assert.Equal(t, start.Add(30*time.Hour), last.Proof.At)
	assert.Equal(t, "J. Dupont", last.Proof.Signature)
	ev, err := last.OrderEvent("parcel-1", orderLine())
	require.NoError(t, err)
	assert.Equal(t, start.Add(30*time.Hour), ev.At)

	// Returned events are copies.
	raws, err := c.Track(ctx, l.TrackingNumber)
	require.NoError(t, err)
	raws[3].Proof.Signature = "forged"
	raws, _ = c.Track(ctx, l.TrackingNumber)
	assert.Equal(t, "J. Dupont", raws[3].Proof.Signature)

	_, err = c.Track(ctx, "FK999")
	assert.ErrorIs(t, err, shipping.ErrNotFound)
}

func TestSetHistoryAndAppend(t *testing.T) {
	c := newCarrier()
	ctx := context.Background()
	c.SetHistory("EXT-1", []tracking.RawEvent{{Code: "INTRANSIT", At: start.Add(-time.Hour)}, {Code: "WHAT", At: start.Add(-time.Minute)}})
	c.AppendEvent("EXT-1", tracking.RawEvent{Code: "NOTDELIVERED", At: start})
	c.AppendEvent("EXT-1", tracking.RawEvent{Code: "DELIVERED", At: start.Add(time.Hour)}) // not due yet
	events, err := shipping.TrackEvents(ctx, c, "EXT-1")
	require.NoError(t, err)
	require.Len(t, events, 3)
	assert.Equal(t, tracking.StageInTransit, events[0].Stage)
	assert.Equal(t, tracking.StageUnknown, events[1].Stage)
	assert.Equal(t, "WHAT", events[1].RawCode)
	assert.Equal(t, tracking.StageDeliveryAttemptFailed, events[2].Stage)
}

func TestCancel(t *testing.T) {
	c := newCarrier()
	ctx := context.Background()
	req := shipping.ShipmentRequest{From: shop, To: alice, Parcels: []parcel.Parcel{kg(1)}}
	a, err := c.CreateShipment(ctx, req)
	require.NoError(t, err)
	b, err := c.CreateShipment(ctx, req)
	require.NoError(t, err)

	require.NoError(t, c.CancelShipment(ctx, a.ShipmentID))
	require.NoError(t, c.CancelShipment(ctx, a.ShipmentID), "idempotent")
	c.Advance(48 * time.Hour)
	events, err := shipping.TrackEvents(ctx, c, a.TrackingNumber)
	require.NoError(t, err)
	require.Len(t, events, 2, "the rest of the script is dropped")
	assert.Equal(t, tracking.StageCancelled, events[1].Stage)

	err = c.CancelShipment(ctx, b.ShipmentID)
	assert.ErrorIs(t, err, shipping.ErrNotCancellable)
	assert.ErrorIs(t, c.CancelShipment(ctx, "SHP999999"), shipping.ErrNotFound)
}

func TestPickupPoints(t *testing.T) {
	c := newCarrier()
	ctx := context.Background()
	ids := func(ps []shipping.PickupPoint) []string {
		var out []string
		for _, p := range ps {
			out = append(out, p.ID)
		}
		return out
	}

	ps, err := c.FindPickupPoints(ctx, shipping.PickupPointQuery{Country: "be", PostalCode: "40"})
	require.NoError(t, err)
	assert.Equal(t, []string{"PP-LG-1", "LK-LG-2"}, ids(ps))
	ps, err = c.FindPickupPoints(ctx, shipping.PickupPointQuery{Country: "BE", Mode: shipping.ModeLocker})
	require.NoError(t, err)
	assert.Equal(t, []string{"LK-LG-2"}, ids(ps))
	ps, err = c.FindPickupPoints(ctx, shipping.PickupPointQuery{Country: "FR"})
	require.NoError(t, err)
	assert.Empty(t, ps)

	// By distance from Liège: the locker (~1.5 km) before the shop (~1.0 km)?
	ps, err = c.FindPickupPoints(ctx, shipping.PickupPointQuery{Near: &liege, RadiusMetres: 5000})
	require.NoError(t, err)
	require.Len(t, ps, 2)
	assert.LessOrEqual(t, ps[0].DistanceMetres, ps[1].DistanceMetres)
	for _, p := range ps {
		assert.Equal(t, liege.DistanceMetres(p.Location), p.DistanceMetres)
		assert.Less(t, p.DistanceMetres, int64(5000))
	}
	ps, err = c.FindPickupPoints(ctx, shipping.PickupPointQuery{Near: &liege, RadiusMetres: 200_000, Limit: 1})
	require.NoError(t, err)
	assert.Len(t, ps, 1)
	ps, err = c.FindPickupPoints(ctx, shipping.PickupPointQuery{Near: &brussels, RadiusMetres: 5000})
	require.NoError(t, err)
	assert.Equal(t, []string{"PP-BX-1"}, ids(ps))

	_, err = c.FindPickupPoints(ctx, shipping.PickupPointQuery{})
	assert.ErrorIs(t, err, shipping.ErrInvalidRequest)
	_, err = c.FindPickupPoints(ctx, shipping.PickupPointQuery{Near: &liege})
	assert.ErrorIs(t, err, shipping.ErrInvalidRequest)

	// Availability before labelling.
	p, err := c.PickupPoint(ctx, "PP-LG-1")
	require.NoError(t, err)
	assert.True(t, p.Available)
	require.True(t, c.SetPickupPointAvailable("PP-LG-1", false))
	p, err = c.PickupPoint(ctx, "PP-LG-1")
	require.NoError(t, err)
	assert.False(t, p.Available)
	_, err = c.CreateShipment(ctx, shipping.ShipmentRequest{From: shop, To: alice, Parcels: []parcel.Parcel{kg(1)}, PickupPointID: "PP-LG-1"})
	assert.ErrorIs(t, err, shipping.ErrPickupPointUnavailable)
	_, err = c.PickupPoint(ctx, "nope")
	assert.ErrorIs(t, err, shipping.ErrNotFound)
	assert.False(t, c.SetPickupPointAvailable("nope", true))
}

func TestDistance(t *testing.T) {
	// Liège to Brussels: about 89 km as the crow flies.
	d := liege.DistanceMetres(brussels)
	assert.InDelta(t, 89_000, d, 1500)
	assert.Equal(t, d, brussels.DistanceMetres(liege))
	assert.Zero(t, liege.DistanceMetres(liege))
}

func TestSchedulePickup(t *testing.T) {
	c := newCarrier()
	ctx := context.Background()
	tomorrow := calendar.Date{Year: 2026, Month: time.January, Day: 6}
	req := shipping.PickupRequest{Address: shop, Date: tomorrow, From: shipping.Clock{Hour: 14}, Until: shipping.Clock{Hour: 17}, Parcels: 3, Weight: 12 * parcel.Kilogram}
	p, err := c.SchedulePickup(ctx, req)
	require.NoError(t, err)
	assert.Equal(t, shipping.Pickup{ID: "PU000001", Date: tomorrow, From: req.From, Until: req.Until}, p)
	p, err = c.SchedulePickup(ctx, req)
	require.NoError(t, err)
	assert.Equal(t, "PU000002", p.ID)

	for name, mod := range map[string]func(*shipping.PickupRequest){
		"past":       func(r *shipping.PickupRequest) { r.Date = calendar.Date{Year: 2026, Month: time.January, Day: 4} },
		"zero date":  func(r *shipping.PickupRequest) { r.Date = calendar.Date{} },
		"window":     func(r *shipping.PickupRequest) { r.Until = r.From },
		"no parcels": func(r *shipping.PickupRequest) { r.Parcels = 0 },
	} {
		r := req
		mod(&r)
		_, err := c.SchedulePickup(ctx, r)
		assert.ErrorIs(t, err, shipping.ErrInvalidRequest, name)
	}
	r := req
	r.Address.PostalCode = "0000"
	_, err = c.SchedulePickup(ctx, r)
	assert.ErrorIs(t, err, shipping.ErrAddressRejected)
}

func TestFailureInjection(t *testing.T) {
	c := newCarrier()
	ctx := context.Background()
	q := shipping.ShipmentRequest{From: shop, To: alice, Parcels: []parcel.Parcel{kg(1)}}

	c.FailNext(shipping.OpQuoteRates, shippingtest.Timeout())
	_, err := c.QuoteRates(ctx, q)
	assert.ErrorIs(t, err, shipping.ErrTimeout)
	assert.ErrorIs(t, err, context.DeadlineExceeded)
	var ce *shipping.CarrierError
	require.ErrorAs(t, err, &ce)
	assert.Equal(t, shipping.OpQuoteRates, ce.Op)
	assert.Equal(t, "acme", ce.Carrier)
	_, err = c.QuoteRates(ctx, q)
	assert.NoError(t, err, "FailNext fails once")

	c.Fail(shipping.OpCreateShipment, shipping.ErrAddressRejected)
	for range 2 {
		_, err = c.CreateShipment(ctx, q)
		assert.ErrorIs(t, err, shipping.ErrAddressRejected)
	}
	_, err = c.QuoteRates(ctx, q)
	assert.NoError(t, err, "other operations unaffected")
	c.Fail(shipping.OpCreateShipment, nil)
	_, err = c.CreateShipment(ctx, q)
	assert.NoError(t, err)

	boom := errors.New("connection reset")
	c.Fail(shippingtest.All, boom)
	c.Fail(shipping.OpTrack, shipping.ErrUnavailable)
	_, err = c.QuoteRates(ctx, q)
	assert.Equal(t, boom, err, "a non-sentinel error is returned as is")
	_, err = c.Track(ctx, "FK000000001")
	assert.ErrorIs(t, err, shipping.ErrUnavailable, "per-operation failure wins over All")
	_, err = c.SchedulePickup(ctx, shipping.PickupRequest{})
	assert.Equal(t, boom, err)
	c.Fail(shippingtest.All, nil)
	c.Fail(shipping.OpTrack, nil)
	_, err = c.Track(ctx, "FK000000001")
	assert.NoError(t, err)

	assert.Equal(t, 10, c.CallCount(shippingtest.All))
	assert.Equal(t, 4, c.CallCount(shipping.OpQuoteRates))
	calls := c.Calls()
	assert.ErrorIs(t, calls[0].Err, shipping.ErrTimeout)
	assert.Equal(t, shipping.OpQuoteRates, calls[0].Op)
	assert.Equal(t, "BE", calls[0].Arg)
}

func TestContext(t *testing.T) {
	c := newCarrier()
	q := shipping.ShipmentRequest{From: shop, To: alice, Parcels: []parcel.Parcel{kg(1)}}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := c.CreateShipment(ctx, q)
	assert.ErrorIs(t, err, context.Canceled)
	assert.NotErrorIs(t, err, shipping.ErrTimeout)

	// Latency beyond the deadline: a timeout, and nothing issued.
	c.SetLatency(time.Second)
	ctx, cancel = context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	began := time.Now()
	_, err = c.CreateShipment(ctx, q)
	assert.ErrorIs(t, err, shipping.ErrTimeout)
	assert.ErrorIs(t, err, context.DeadlineExceeded)
	assert.Less(t, time.Since(began), 500*time.Millisecond, "gives up with the context")

	c.SetLatency(time.Millisecond)
	l, err := c.CreateShipment(context.Background(), q)
	require.NoError(t, err)
	assert.Equal(t, "FK000000001", l.TrackingNumber)
}

func TestConcurrentUse(t *testing.T) {
	c := newCarrier()
	ctx := context.Background()
	const workers, each = 8, 25
	var wg sync.WaitGroup
	numbers := make(chan string, workers*each)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				q := shipping.ShipmentRequest{From: shop, To: alice, Parcels: []parcel.Parcel{kg(1)}}
				if _, err := c.QuoteRates(ctx, q); err != nil {
					t.Error(err)
				}
				l, err := c.CreateShipment(ctx, q)
				if err != nil {
					t.Error(err)
					continue
				}
				numbers <- l.TrackingNumber
				if _, err := c.Track(ctx, l.TrackingNumber); err != nil {
					t.Error(err)
				}
				if (w+i)%5 == 0 {
					c.FailNext(shipping.OpPickupPoint, shipping.ErrUnavailable)
					c.Advance(time.Minute)
				}
				_, _ = c.PickupPoint(ctx, "PP-LG-1")
				_ = c.Calls()
			}
		}()
	}
	wg.Wait()
	close(numbers)
	seen := map[string]bool{}
	for n := range numbers {
		assert.False(t, seen[n], "tracking number %s issued twice", n)
		seen[n] = true
	}
	assert.Len(t, seen, workers*each)
	assert.Equal(t, workers*each, c.CallCount(shipping.OpCreateShipment))
}
