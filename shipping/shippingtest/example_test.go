package shippingtest_test

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/shipping"
	"github.com/comptoir/comptoir/shipping/parcel"
	"github.com/comptoir/comptoir/shipping/shippingtest"
)

// A test suite quotes, labels and tracks with the in-memory carrier, then
// makes it fail.
func Example() {
	price := func(s string) money.Money { m, _ := money.Parse(s, "EUR"); return m }
	now := time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)
	carrier := shippingtest.MustNew(shippingtest.Config{
		Name: "acme",
		Rates: []shippingtest.Rate{
			{Service: "standard", Country: "BE", MaxGrams: 2000, Price: price("4.00")},
			{Service: "standard", Country: "BE", MinGrams: 2000, MaxGrams: 30000, Price: price("7.50")},
			{Service: "express", Country: "BE", MaxGrams: 10000, Price: price("15.00")},
		},
		Now: func() time.Time { return now },
	})
	ctx := context.Background()
	req := shipping.ShipmentRequest{
		From:    shipping.Address{Company: "Top Fourneau", PostalCode: "1000", City: "Bruxelles", Country: "BE"},
		To:      shipping.Address{Name: "Alice Martin", PostalCode: "4000", City: "Liège", Country: "BE"},
		Parcels: []parcel.Parcel{{Weight: 2500}},
	}

	rates, _ := carrier.QuoteRates(ctx, req)
	for _, r := range rates {
		fmt.Println("rate:", r.Service, r.Amount)
	}

	label, _ := carrier.CreateShipment(ctx, req)
	fmt.Println("label:", label.ShipmentID, label.TrackingNumber)

	carrier.Advance(48 * time.Hour)
	events, _ := shipping.TrackEvents(ctx, carrier, label.TrackingNumber)
	for _, e := range events {
		fmt.Printf("%s %-11s -> %s\n", e.At.Format("Jan 2 15:04"), e.RawCode, e.Stage)
	}

	carrier.FailNext(shipping.OpQuoteRates, shippingtest.Timeout())
	_, err := carrier.QuoteRates(ctx, req)
	fmt.Println("timeout:", errors.Is(err, shipping.ErrTimeout), errors.Is(err, context.DeadlineExceeded))

	carrier.Fail(shipping.OpCreateShipment, shipping.ErrAddressRejected)
	_, err = carrier.CreateShipment(ctx, req)
	fmt.Println(err)
	// Output:
	// rate: standard 7.50 EUR
	// rate: express 15.00 EUR
	// label: SHP000001 FK000000001
	// Jan 5 09:00 PREADVICE   -> label_created
	// Jan 5 15:00 INTRANSIT   -> in_transit
	// Jan 6 09:00 INDELIVERY  -> out_for_delivery
	// Jan 6 15:00 DELIVERED   -> delivered
	// timeout: true true
	// shipping: carrier "acme": create_shipment: shipping: carrier rejected the address: injected
}
