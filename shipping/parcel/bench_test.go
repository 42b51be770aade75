package parcel_test

import (
	"testing"

	"github.com/comptoir/comptoir/shipping/parcel"
)

// Results are stored in package variables so the compiler cannot drop the
// calls being measured.
var (
	sinkPacked  []parcel.Packed
	sinkErr     error
	sinkBilling parcel.Billing
)

// benchBasket returns 20 units over 6 lines, about 75 kg in all.
func benchBasket() []parcel.Item {
	return []parcel.Item{
		{Ref: "stockpot", Weight: 12_000, Dimensions: dims(400, 400, 350), Quantity: 1},
		{Ref: "casserole", Weight: 6000, Dimensions: dims(350, 300, 200), Quantity: 4},
		{Ref: "pan", Weight: 2500, Dimensions: dims(450, 300, 80), Quantity: 5},
		{Ref: "apron", Weight: 300, Dimensions: dims(300, 200, 30), Quantity: 3},
		{Ref: "knife", Weight: 200, Dimensions: dims(350, 50, 20), Quantity: 4},
		{Ref: "spatula", Weight: 80, Dimensions: dims(300, 70, 15), Quantity: 3},
	}
}

func BenchmarkSplit20Items(b *testing.B) {
	items := benchBasket()
	s := parcel.DPDClassic()
	s.VolumetricDivisor = parcel.DivisorDPDAir
	b.ReportAllocs()
	for range b.N {
		sinkPacked, sinkErr = parcel.Split(items, s, parcel.Packing{Tare: 400})
	}
	if sinkErr != nil {
		b.Fatal(sinkErr)
	}
}

func BenchmarkCheckWithinLimits(b *testing.B) {
	s := parcel.BpostLocker()
	p := parcel.Parcel{Weight: 12_000, Dimensions: dims(400, 300, 500)}
	b.ReportAllocs()
	for range b.N {
		sinkErr = s.Check(p)
	}
	if sinkErr != nil {
		b.Fatal(sinkErr)
	}
}

func BenchmarkCheckExceeding(b *testing.B) {
	s := parcel.DPDClassic()
	p := parcel.Parcel{Weight: 32_000, Dimensions: dims(500, 1800, 600)}
	b.ReportAllocs()
	for range b.N {
		sinkErr = s.Check(p)
	}
	if sinkErr == nil {
		b.Fatal("expected an error")
	}
}

func BenchmarkBilling(b *testing.B) {
	s := parcel.Bpost()
	p := parcel.Parcel{Weight: 5000, Dimensions: dims(600, 400, 300)}
	b.ReportAllocs()
	for range b.N {
		sinkBilling, sinkErr = s.Billing(p)
	}
}
