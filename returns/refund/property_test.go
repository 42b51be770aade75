package refund_test

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/comptoir/comptoir/internal/fixture"
	"github.com/comptoir/comptoir/order"
	"github.com/comptoir/comptoir/returns/refund"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// randomSpec returns a random valid-looking order spec: up to 8 lines at
// mixed rates, some sold by weight, prices with or without VAT, VAT per
// line or per rate, an order discount, a delivery fee with or without a
// discount, and a cheapest standard fee above or below it.
func randomSpec(rng *rand.Rand) fixture.Spec {
	s := fixture.BelgianConsumerSpec()
	s.Lines = nil
	rates := []string{"0.21", "0.12", "0.06", "0"}
	n := 1 + rng.IntN(8)
	for i := range n {
		qty := fmt.Sprint(1 + rng.IntN(6))
		if rng.IntN(6) == 0 {
			qty = fmt.Sprintf("%d.%03d", rng.IntN(3), 1+rng.IntN(999))
		}
		s.Lines = append(s.Lines, fixture.LineSpec{
			ID: fmt.Sprintf("L%d", i+1), SKU: fmt.Sprintf("SKU-%d", i), Quantity: qty,
			UnitPrice: fmt.Sprintf("%d.%02d", rng.IntN(120), rng.IntN(100)),
			Rate:      rates[rng.IntN(len(rates))], TaxCategory: "standard",
		})
	}
	s.PricesExcludeVAT = rng.IntN(4) == 0
	s.VATPerRate = rng.IntN(2) == 0
	s.Discount = order.Promotion{}
	if rng.IntN(3) > 0 {
		s.Discount = order.Promotion{ID: "D", Amount: eur(int64(rng.IntN(800)))}
	}
	s.ShippingFee = fmt.Sprintf("%d.%02d", rng.IntN(15), rng.IntN(100))
	s.CheapestStandardFee = fmt.Sprintf("%d.%02d", rng.IntN(15), rng.IntN(100))
	switch rng.IntN(6) {
	case 0:
		s.FreeShipping = order.Promotion{ID: "FREE"}
	case 1:
		s.ShippingDiscount = order.Promotion{ID: "SHIPOFF", Amount: eur(int64(rng.IntN(300)))}
	}
	return s
}

// randomOrder returns a random order that builds and validates.
func randomOrder(t *testing.T, rng *rand.Rand) order.Order {
	for {
		o, err := fixture.Build(randomSpec(rng))
		if err != nil {
			continue // a discount larger than the goods, say
		}
		require.NoError(t, o.Validate())
		return o
	}
}

// session refunds every unit of o in random requests under policy p,
// checking each result, and returns the results.
func session(t *testing.T, rng *rand.Rand, o order.Order, p refund.Policy, adjust bool) []refund.Result {
	var prior []refund.Refunded
	var results []refund.Result
	left := map[string]int64{}
	weight := map[string]bool{}
	for _, l := range o.Lines {
		if n, ok := wholeOf(l.Quantity); ok {
			left[l.ID] = n
		} else {
			left[l.ID], weight[l.ID] = 1, true
		}
	}
	qty := func(id string, n int64) decimal.Decimal {
		if weight[id] {
			l, _ := o.Line(id)
			return l.Quantity
		}
		return decimal.NewFromInt(n)
	}
	for remaining(left) > 0 {
		var req refund.Request
		for _, l := range o.Lines {
			if left[l.ID] == 0 || rng.IntN(2) == 0 {
				continue
			}
			n := 1 + rng.Int64N(left[l.ID])
			req.Lines = append(req.Lines, refund.Unit{LineID: l.ID, Quantity: qty(l.ID, n)})
			left[l.ID] -= n
		}
		if adjust {
			addAdjustments(rng, o, &req, left, qty)
		}
		if len(req.Lines) == 0 && req.KeepIt == nil {
			continue
		}
		r, err := refund.Calculate(o, prior, req, p)
		require.NoError(t, err)
		checkResult(t, r)
		results = append(results, r)
		prior = append(prior, r.Refunded())
	}
	// Nothing is left: any further unit is refused.
	for _, l := range o.Lines {
		_, err := refund.Calculate(o, prior, refund.Request{Lines: []refund.Unit{{LineID: l.ID, Quantity: qty(l.ID, 1)}}}, p)
		require.ErrorIs(t, err, refund.ErrExceedsPaid)
	}
	return results
}

// addAdjustments adds a keep-it offer, a return cost and deductions at
// random.
func addAdjustments(rng *rand.Rand, o order.Order, req *refund.Request, left map[string]int64, qty func(string, int64) decimal.Decimal) {
	for _, l := range o.Lines {
		if left[l.ID] > 0 && rng.IntN(4) == 0 {
			n := 1 + rng.Int64N(left[l.ID])
			req.KeepIt = &refund.Offer{LineID: l.ID, Quantity: qty(l.ID, n), Percent: decimal.NewFromInt(int64(1 + rng.IntN(100)))}
			left[l.ID] -= n
			break
		}
	}
	req.ReturnCost = eur(int64(rng.IntN(1000)))
	req.ConsumerPaysReturn, req.InformedOfReturnCost, req.InformedOfRight = rng.IntN(2) == 0, rng.IntN(2) == 0, rng.IntN(2) == 0
	for _, u := range req.Lines {
		l, _ := o.Line(u.LineID)
		if l.Gross.Minor() > 1 && rng.IntN(3) == 0 {
			req.Deductions = append(req.Deductions, refund.Deduction{LineID: u.LineID, Amount: eur(1), Reason: "handled"})
		}
	}
}

func remaining(left map[string]int64) int64 {
	s := int64(0)
	for _, n := range left {
		s += n
	}
	return s
}

func wholeOf(d decimal.Decimal) (int64, bool) {
	if !d.IsInteger() {
		return 0, false
	}
	return d.IntPart(), true
}

// Refunding every unit of random orders in random requests gives back
// exactly the lines, the refundable delivery rate by rate, and, when the
// delivery is not capped, exactly the order's VAT breakdown.
func TestPropertyEveryUnitGivesTheOrder(t *testing.T) {
	rng := rand.New(rand.NewPCG(20261218, 1))
	policies := []refund.Policy{{}, {PartialDelivery: refund.Proportional}, {PartialDelivery: refund.Full}}
	var requests, capped, exact int
	defer func() {
		// The random orders cover both delivery cases and several requests an order.
		require.Greater(t, requests, 600)
		require.Greater(t, capped, 50)
		require.Greater(t, exact, 50)
	}()
	for i := range 300 {
		o := randomOrder(t, rng)
		if i%10 == 0 {
			o = fixture.ManyLines(t, 1+rng.IntN(30))
		}
		p := policies[rng.IntN(len(policies))]
		results := session(t, rng, o, p, false)
		requests += len(results)
		require.True(t, results[len(results)-1].FullWithdrawal)

		var lines, deliv, total int64
		perLine := map[string][3]int64{}
		for _, r := range results {
			lines += sumLines(r)
			deliv += sumDelivery(r)
			total += r.Total.Minor()
			for _, l := range r.Lines {
				s := perLine[l.LineID]
				perLine[l.LineID] = [3]int64{s[0] + l.Net.Minor(), s[1] + l.VAT.Minor(), s[2] + l.Gross.Minor()}
			}
		}
		for _, l := range o.Lines {
			require.Equal(t, [3]int64{l.Net.Minor(), l.VAT.Minor(), l.Gross.Minor()}, perLine[l.ID], "line %s", l.ID)
		}
		refundable := min(o.Shipping.Gross.Minor(), o.Shipping.CheapestStandardFee.Minor())
		require.Equal(t, refundable, deliv)
		require.Equal(t, o.Totals.Gross.Minor()-o.Shipping.Gross.Minor()+refundable, total)
		require.LessOrEqual(t, total, o.Totals.Gross.Minor())
		if refundable < o.Shipping.Gross.Minor() {
			capped++
		} else {
			exact++
			require.Equal(t, o.VATBreakdown, sumBreakdown(t, o, results), "order %d", i)
			require.Equal(t, o.Shipping.Split, sumDeliveries(t, o, results))
		}
	}
}

// With keep-it offers, return costs and deductions the refunds stay within
// what was paid, never negative, and every result keeps its invariants.
func TestPropertyAdjustmentsStayWithinPaid(t *testing.T) {
	rng := rand.New(rand.NewPCG(20270101, 2))
	for range 300 {
		o := randomOrder(t, rng)
		p := refund.Policy{PartialDelivery: refund.PartialDelivery(rng.IntN(3))}
		var total int64
		for _, r := range session(t, rng, o, p, true) {
			total += r.Total.Minor()
		}
		require.LessOrEqual(t, total, o.Totals.Gross.Minor())
	}
}

// sumBreakdown adds the results' credit notes rate by rate, in the order's
// breakdown order.
func sumBreakdown(t *testing.T, o order.Order, results []refund.Result) []order.RateAmounts {
	var all [][]order.RateAmounts
	for _, r := range results {
		all = append(all, r.VAT)
	}
	return sumRates(t, o.VATBreakdown, all)
}

// sumDeliveries adds the results' delivery rate by rate.
func sumDeliveries(t *testing.T, o order.Order, results []refund.Result) []order.RateAmounts {
	var all [][]order.RateAmounts
	for _, r := range results {
		all = append(all, r.Delivery)
	}
	return sumRates(t, o.Shipping.Split, all)
}

func sumRates(t *testing.T, like []order.RateAmounts, all [][]order.RateAmounts) []order.RateAmounts {
	if len(like) == 0 {
		return nil
	}
	out := make([]order.RateAmounts, len(like))
	sums := make([][3]int64, len(like))
	for _, entries := range all {
		for _, e := range entries {
			k := -1
			for i := range like {
				if like[i].Rate.Equal(e.Rate) {
					k = i
				}
			}
			if k < 0 {
				t.Fatalf("rate %s not in %v", e.Rate, like)
			}
			sums[k] = [3]int64{sums[k][0] + e.Net.Minor(), sums[k][1] + e.VAT.Minor(), sums[k][2] + e.Gross.Minor()}
		}
	}
	for i := range like {
		out[i] = order.RateAmounts{Rate: like[i].Rate, Net: eur(sums[i][0]), VAT: eur(sums[i][1]), Gross: eur(sums[i][2])}
	}
	return out
}

// errorsAreTyped is used by the fuzz test: every error matches a sentinel.
func errorsAreTyped(err error) bool {
	for _, s := range []error{refund.ErrInvalidOrder, refund.ErrInvalidRequest, refund.ErrInvalidPrior,
		refund.ErrExceedsPaid, refund.ErrInvalidPolicy} {
		if errors.Is(err, s) {
			return true
		}
	}
	return false
}
