package refund_test

import (
	"testing"
	"time"

	"github.com/comptoir/comptoir/internal/fixture"
	"github.com/comptoir/comptoir/order"
	"github.com/comptoir/comptoir/returns/refund"
	"github.com/shopspring/decimal"
)

// BenchmarkCalculate10Lines refunds a 10-line order (three VAT rates, a
// discount on every line, delivery split over the rates): the whole order
// at once, a partial return of three lines, and the last request of a
// withdrawal made in two, with a deduction and a return cost.
func BenchmarkCalculate10Lines(b *testing.B) {
	o := fixture.ManyLines(b, 10)
	all := allUnits(o)
	b.Run("full withdrawal", func(b *testing.B) {
		req := refund.Request{Lines: all, FullWithdrawal: true}
		benchCalculate(b, o, nil, req, refund.Policy{})
	})
	b.Run("three lines, proportional delivery", func(b *testing.B) {
		req := refund.Request{Lines: all[2:5]}
		benchCalculate(b, o, nil, req, refund.Policy{PartialDelivery: refund.Proportional})
	})
	b.Run("second request with adjustments", func(b *testing.B) {
		first, err := refund.Calculate(o, nil, refund.Request{Lines: all[:5]}, refund.Policy{})
		if err != nil {
			b.Fatal(err)
		}
		req := refund.Request{
			Lines: all[5:], ReturnCost: eur(595), ConsumerPaysReturn: true, InformedOfReturnCost: true,
			InformedOfRight: true,
			Deductions:      []refund.Deduction{{LineID: "L6", Amount: eur(250), Reason: "box torn"}},
		}
		benchCalculate(b, o, []refund.Refunded{first.Refunded()}, req, refund.Policy{})
	})
	b.Run("keep it at half", func(b *testing.B) {
		req := refund.Request{KeepIt: &refund.Offer{LineID: "L3", Quantity: decimal.NewFromInt(2), Percent: decimal.NewFromInt(50)}}
		benchCalculate(b, o, nil, req, refund.Policy{})
	})
}

func benchCalculate(b *testing.B, o order.Order, prior []refund.Refunded, req refund.Request, p refund.Policy) {
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if _, err := refund.Calculate(o, prior, req, p); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDeadline(b *testing.B) {
	informed := date(b, "2026-12-18")
	received := date(b, "2027-01-08")
	b.ReportAllocs()
	for range b.N {
		if _, _, err := refund.Deadline(informed, &received, nil, false); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAllocate(b *testing.B) {
	at := time.Date(2026, 5, 29, 12, 30, 0, 0, time.UTC)
	paid := []refund.Payment{
		{Ref: "tr_card", Means: refund.MeansCard, Amount: eur(5725), At: at},
		{Ref: "gv_2040", Means: refund.MeansVoucher, Amount: eur(2000), At: at.Add(time.Minute)},
		{Ref: "sc_1", Means: refund.MeansStoreCredit, Amount: eur(500), At: at.Add(-time.Hour)},
	}
	b.ReportAllocs()
	for range b.N {
		if _, err := refund.Allocate(eur(7000), paid, refund.AllocPolicy{}); err != nil {
			b.Fatal(err)
		}
	}
}
