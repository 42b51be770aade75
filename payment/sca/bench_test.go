package sca_test

import (
	"testing"

	"github.com/comptoir/comptoir/payment/sca"
)

// BenchmarkDecide decides a 240 EUR card payment that only TRA exempts,
// so every test runs and the refusal of low value is written out.
func BenchmarkDecide(b *testing.B) {
	r := remote(b, "240.00")
	r.FraudRate = rate("0.05")
	r.SinceLastSCA = sca.Counters{Count: 3, Total: eur(b, "80.00")}
	p := sca.DefaultPolicy()
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if _, err := sca.Decide(r, p); err != nil {
			b.Fatal(err)
		}
	}
}
