package eco_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/comptoir/comptoir/shipping"
	"github.com/comptoir/comptoir/shipping/eco"
)

// pendingOrders returns n orders from n/4 customers, each with two
// addresses, placed a few minutes apart over several days.
func pendingOrders(b *testing.B, n int) []eco.Pending {
	keys := make([]eco.AddressKey, n/2)
	for i := range keys {
		k, err := eco.NewAddressKey("BE", fmt.Sprint(1000+i%9000), fmt.Sprintf("Rue %d", i))
		if err != nil {
			b.Fatal(err)
		}
		keys[i] = k
	}
	ps := make([]eco.Pending, n)
	for i := range ps {
		c := (i * 7) % (n / 4)
		ps[i] = eco.Pending{
			OrderID:  fmt.Sprintf("O-%05d", i),
			Customer: fmt.Sprintf("C-%04d", c),
			Address:  keys[2*c+i%2],
			PlacedAt: t0.Add(time.Duration(i) * 7 * time.Minute),
		}
	}
	return ps
}

func BenchmarkGroup1000(b *testing.B) {
	ps := pendingOrders(b, 1000)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		g, err := eco.Grouper{}.AddAll(ps)
		if err != nil {
			b.Fatal(err)
		}
		due, _ := g.Due(t0.Add(72 * time.Hour))
		if len(due) == 0 {
			b.Fatal("nothing due")
		}
	}
}

func BenchmarkGroupAddOneByOne1000(b *testing.B) {
	ps := pendingOrders(b, 1000)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		var g eco.Grouper
		var err error
		for _, p := range ps {
			if g, err = g.Add(p); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkEstimate(b *testing.B) {
	f, err := eco.NewFactors(map[shipping.Mode]eco.Factor{shipping.ModeHome: {PerParcelMg: 120_000, PerTonneKmMg: 450_000, Source: "bench"}})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for range b.N {
		if _, err := f.Estimate(shipping.ModeHome, 2500, 180); err != nil {
			b.Fatal(err)
		}
	}
}
