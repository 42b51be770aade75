package fee_test

import (
	"testing"

	"github.com/comptoir/comptoir/payment/fee"
)

// Results are kept in package variables so the compiler cannot drop the
// work.
var (
	sinkCharge  fee.Charge
	sinkMonthly fee.Monthly
	sinkErr     error
)

// BenchmarkFee prices a consumer EEA card payment of 100.00 EUR (0.25 +
// 1.5 %), the second rule of its event.
func BenchmarkFee(b *testing.B) {
	s := build(b, illustrativeA(b))
	t := tx("card", fee.RegionEEA, fee.SegmentConsumer, fee.Success, eur(b, "100.00"))
	b.ReportAllocs()
	for range b.N {
		sinkCharge, sinkErr = s.Fee(t)
	}
	if sinkErr != nil {
		b.Fatal(sinkErr)
	}
}

// BenchmarkFeeLastRule prices a SEPA payment, the seventh rule of its
// event, and a fixed fee.
func BenchmarkFeeLastRule(b *testing.B) {
	s := build(b, illustrativeA(b))
	t := tx("sepa_direct_debit", fee.RegionAny, fee.SegmentAny, fee.Success, eur(b, "100.00"))
	b.ReportAllocs()
	for range b.N {
		sinkCharge, sinkErr = s.Fee(t)
	}
	if sinkErr != nil {
		b.Fatal(sinkErr)
	}
}

// BenchmarkFeeClamped prices through a minimum and a maximum.
func BenchmarkFeeClamped(b *testing.B) {
	s := build(b, illustrativeC(b))
	t := tx("card", fee.RegionEEA, fee.SegmentConsumer, fee.Success, eur(b, "2000.00"))
	b.ReportAllocs()
	for range b.N {
		sinkCharge, sinkErr = s.Fee(t)
	}
	if sinkErr != nil {
		b.Fatal(sinkErr)
	}
}

// BenchmarkStatement10k prices a month of 10,000 transactions of every
// event.
func BenchmarkStatement10k(b *testing.B) {
	s := build(b, illustrativeA(b))
	base := month(b)
	txs := make([]fee.Transaction, 0, 10000)
	for len(txs) < 10000 {
		txs = append(txs, base[len(txs)%len(base)])
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		sinkMonthly, sinkErr = fee.Statement(s, txs)
	}
	if sinkErr != nil {
		b.Fatal(sinkErr)
	}
}
