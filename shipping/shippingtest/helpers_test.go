package shippingtest_test

import (
	"github.com/shopspring/decimal"

	"github.com/comptoir/comptoir/order"
	"time"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/shipping"
	"github.com/comptoir/comptoir/shipping/parcel"
	"github.com/comptoir/comptoir/shipping/shippingtest"
)

// start is the fixed clock of the tests: Monday 5 January 2026, 09:00 UTC.
var start = time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)

func eur(s string) money.Money {
	m, err := money.Parse(s, "EUR")
	if err != nil {
		panic(err)
	}
	return m
}

// sheet: standard to any country, cheaper in BE; express only to BE and up
// to 10 kg.
func sheet() []shippingtest.Rate {
	return []shippingtest.Rate{
		{Service: "standard", MinGrams: 0, MaxGrams: 2 * parcel.Kilogram, Price: eur("6.00")},
		{Service: "standard", MinGrams: 2 * parcel.Kilogram, MaxGrams: 30 * parcel.Kilogram, Price: eur("11.00")},
		{Service: "standard", Country: "BE", MinGrams: 0, MaxGrams: 2 * parcel.Kilogram, Price: eur("4.00")},
		{Service: "express", Country: "BE", MinGrams: 0, MaxGrams: 10 * parcel.Kilogram, Price: eur("15.00")},
	}
}

var (
	liege    = shipping.Coordinates{Lat: 50632557, Lng: 5579666}
	brussels = shipping.Coordinates{Lat: 50846557, Lng: 4351697}
)

func points() []shipping.PickupPoint {
	return []shipping.PickupPoint{
		{ID: "PP-LG-1", Name: "Librairie du Carré", Mode: shipping.ModePickupPoint, Available: true,
			Address:  shipping.Address{Line1: "Rue du Pot d'Or 12", PostalCode: "4000", City: "Liège", Country: "BE"},
			Location: shipping.Coordinates{Lat: 50640000, Lng: 5570000}},
		{ID: "LK-LG-2", Name: "Locker Guillemins", Mode: shipping.ModeLocker, Available: true,
			Address:  shipping.Address{Line1: "Place des Guillemins 2", PostalCode: "4000", City: "Liège", Country: "BE"},
			Location: shipping.Coordinates{Lat: 50624000, Lng: 5567000}},
		{ID: "PP-BX-1", Name: "Night shop Louise", Mode: shipping.ModePickupPoint, Available: false,
			Address:  shipping.Address{Line1: "Avenue Louise 100", PostalCode: "1050", City: "Ixelles", Country: "BE"},
			Location: shipping.Coordinates{Lat: 50830000, Lng: 4360000}},
	}
}

func newCarrier() *shippingtest.Carrier {
	return shippingtest.MustNew(shippingtest.Config{
		Name: "acme", Rates: sheet(), PickupPoints: points(),
		RejectPostalCodes: []string{"0000"},
		Now:               func() time.Time { return start },
	})
}

var (
	shop  = shipping.Address{Company: "Top Fourneau", Line1: "Rue Haute 1", PostalCode: "1000", City: "Bruxelles", Country: "BE"}
	alice = shipping.Address{Name: "Alice Martin", Line1: "Rue Féronstrée 5", PostalCode: "4000", City: "Liège", Country: "BE"}
)

func kg(n int64) parcel.Parcel { return parcel.Parcel{Weight: parcel.Grams(n) * parcel.Kilogram} }

func orderLine() order.LineQuantity {
	return order.LineQuantity{LineID: "line-1", Quantity: decimal.NewFromInt(1)}
}
