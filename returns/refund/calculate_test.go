package refund_test

import (
	"testing"

	"github.com/comptoir/comptoir/internal/fixture"
	"github.com/comptoir/comptoir/returns/refund"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The worked example: three bottles of oil (6 %) at 8.95, 1.55 EUR of the
// welcome code allocated to the line, which is 25.30 gross, 1.43 VAT, 23.87
// net. Split over the three bottles: gross 8.44, 8.43, 8.43; VAT 0.48,
// 0.48, 0.47. The consumer keeps the knife and returns one bottle, then
// two: 8.44 + 16.86 = 25.30, VAT 0.48 + 0.95 = 1.43, exactly the line.
func TestWorkedExampleThreeUnitsInTwoRequests(t *testing.T) {
	o := threeOils(t)
	oil, _ := o.Line("L2")
	require.Equal(t, eur(2530), oil.Gross)
	require.Equal(t, eur(143), oil.VAT)
	require.Equal(t, eur(155), oil.Discounts[0].Amount)

	first := calc(t, o, nil, refund.Request{Lines: []refund.Unit{units("L2", 1)}}, refund.Policy{})
	require.Len(t, first.Lines, 1)
	l := first.Lines[0]
	assert.Equal(t, "L2", l.LineID)
	assert.Equal(t, eur(844), l.Gross)
	assert.Equal(t, eur(48), l.VAT)
	assert.Equal(t, eur(796), l.Net)
	assert.True(t, l.Rate.Equal(decimal.RequireFromString("0.06")))
	assert.Equal(t, eur(52), l.Discounts[0].Amount, "the first bottle's share of the 1.55 discount")
	assert.Empty(t, first.Delivery, "partial withdrawal: no delivery by default")
	assert.False(t, first.FullWithdrawal)
	assert.Equal(t, eur(844), first.Total)

	prior := []refund.Refunded{first.Refunded()}
	second := calc(t, o, prior, refund.Request{Lines: []refund.Unit{units("L2", 2)}}, refund.Policy{})
	l2 := second.Lines[0]
	assert.Equal(t, eur(1686), l2.Gross)
	assert.Equal(t, eur(95), l2.VAT)
	assert.Equal(t, eur(1591), l2.Net)
	assert.Equal(t, eur(103), l2.Discounts[0].Amount)

	assert.Equal(t, oil.Gross.Minor(), l.Gross.Minor()+l2.Gross.Minor())
	assert.Equal(t, oil.VAT.Minor(), l.VAT.Minor()+l2.VAT.Minor())
	assert.Equal(t, oil.Net.Minor(), l.Net.Minor()+l2.Net.Minor())
	assert.Equal(t, oil.Discounts[0].Amount.Minor(), l.Discounts[0].Amount.Minor()+l2.Discounts[0].Amount.Minor())

	// A third request for a bottle already refunded is refused.
	prior = append(prior, second.Refunded())
	_, err := refund.Calculate(o, prior, refund.Request{Lines: []refund.Unit{units("L2", 1)}}, refund.Policy{})
	require.ErrorIs(t, err, refund.ErrExceedsPaid)
	var ex *refund.ExceedsError
	require.ErrorAs(t, err, &ex)
	assert.Equal(t, "L2", ex.LineID)
	assert.True(t, ex.Remaining.IsZero())
	assert.True(t, ex.Requested.Equal(decimal.NewFromInt(1)))
}

// Returning the units in one request or in several refunds the same.
func TestSplittingRequestsChangesNothing(t *testing.T) {
	o := threeOils(t)
	whole := calc(t, o, nil, refund.Request{Lines: []refund.Unit{units("L2", 3)}}, refund.Policy{})
	var prior []refund.Refunded
	var gross, vat int64
	for range 3 {
		r := calc(t, o, prior, refund.Request{Lines: []refund.Unit{units("L2", 1)}}, refund.Policy{})
		prior = append(prior, r.Refunded())
		gross += r.Lines[0].Gross.Minor()
		vat += r.Lines[0].VAT.Minor()
	}
	assert.Equal(t, whole.Lines[0].Gross.Minor(), gross)
	assert.Equal(t, whole.Lines[0].VAT.Minor(), vat)
}

// The Belgian consumer's order: home delivery at 4.50 when the cheapest
// standard delivery offered was a pickup point at 3.50. Withdrawing from
// the knife and the oil (the personalised apron has no right) is a full
// withdrawal: 3.50 of delivery is refunded, split as the fee was (3.46 at
// 21 %, 1.04 at 6 %): 2.69 and 0.81.
func TestFullWithdrawalBelgianConsumer(t *testing.T) {
	o := fixture.BelgianConsumerOrder(t)
	r := calc(t, o, nil, refund.Request{
		Lines:          []refund.Unit{units("L1", 1), units("L2", 2)},
		FullWithdrawal: true,
	}, refund.Policy{})
	assert.True(t, r.FullWithdrawal)
	require.Len(t, r.Delivery, 2)
	assert.Equal(t, eur(269), r.Delivery[0].Gross)
	assert.Equal(t, eur(47), r.Delivery[0].VAT) // 0.60 × 269/346
	assert.Equal(t, eur(81), r.Delivery[1].Gross)
	assert.Equal(t, eur(5), r.Delivery[1].VAT) // 0.06 × 81/104
	assert.Equal(t, eur(350), eur(sumDelivery(r)))
	// Knife 37.33 + oil 16.75 + delivery 3.50.
	assert.Equal(t, eur(3733+1675+350), r.Total)
	assert.Equal(t, eur(4002), rate(t, r.VAT, "0.21").Gross)
	assert.Equal(t, eur(1756), rate(t, r.VAT, "0.06").Gross)
	assert.Contains(t, r.Notes[0], "cheapest standard delivery")
}

// Express at 9.90 when the cheapest standard delivery was 4.50: a full
// withdrawal refunds 4.50, split over the rates as the order's fee (7.62
// at 21 %, 2.28 at 6 %): 3.46 and 1.04, VAT 0.60 and 0.06.
func TestFullWithdrawalDearerDelivery(t *testing.T) {
	o := express(t)
	require.Equal(t, eur(990), o.Shipping.Gross)
	r := calc(t, o, nil, refund.Request{
		Lines:          []refund.Unit{units("L1", 1), units("L2", 2)},
		FullWithdrawal: true,
	}, refund.Policy{})
	require.Len(t, r.Delivery, 2)
	assert.True(t, r.Delivery[0].Rate.Equal(o.Shipping.Split[0].Rate))
	assert.Equal(t, eur(346), r.Delivery[0].Gross)
	assert.Equal(t, eur(60), r.Delivery[0].VAT)
	assert.Equal(t, eur(286), r.Delivery[0].Net)
	assert.Equal(t, eur(104), r.Delivery[1].Gross)
	assert.Equal(t, eur(6), r.Delivery[1].VAT)
	assert.Equal(t, eur(450), eur(sumDelivery(r)))
}

// A delivery cheaper than the cheapest standard one (or equal) is refunded
// in full, exactly as recorded.
func TestFullWithdrawalStandardDelivery(t *testing.T) {
	s := fixture.BelgianConsumerSpec()
	s.CheapestStandardFee = "4.50"
	o := build(t, s)
	r := calc(t, o, nil, refund.Request{Lines: allUnits(o), FullWithdrawal: true}, refund.Policy{})
	assert.Equal(t, o.Shipping.Split, r.Delivery)
	assert.Equal(t, o.Totals.Gross, r.Total)
	assert.Equal(t, o.VATBreakdown, r.VAT)
	assert.Empty(t, r.Notes)
}

// Calculate neither changes its inputs nor shares state: goroutines may
// refund the same order at once (run with -race).
func TestConcurrentAndInputsUnchanged(t *testing.T) {
	o := fixture.ManyLines(t, 12)
	before := o.Clone()
	req := refund.Request{Lines: allUnits(o), FullWithdrawal: true}
	want := calc(t, o, nil, req, refund.Policy{})
	done := make(chan refund.Result)
	for range 8 {
		go func() {
			r, err := refund.Calculate(o, nil, req, refund.Policy{})
			assert.NoError(t, err)
			done <- r
		}()
	}
	for range 8 {
		assert.Equal(t, want, <-done)
	}
	assert.True(t, before.Equal(o))
	assert.Equal(t, o.Totals.Gross.Minor()-100, want.Total.Minor(), "4.50 of delivery, 3.50 refundable")

	// The record is a copy: changing it leaves the result alone.
	rec := want.Refunded()
	rec.Delivery[0].Gross = eur(0)
	assert.NotEqual(t, eur(0), want.Delivery[0].Gross)
}

// Unit by unit, the refunds are money.Split's shares of the line's gross
// and VAT, larger parts first.
func TestUnitSharesAreSplit(t *testing.T) {
	s := fixture.BelgianConsumerSpec()
	s.Lines[1].Quantity = "7"
	s.Lines[1].UnitPrice = "0.99"
	o := build(t, s)
	line, _ := o.Line("L2")
	grossParts, err := line.Gross.Split(7)
	require.NoError(t, err)
	vatParts, err := line.VAT.Split(7)
	require.NoError(t, err)
	var prior []refund.Refunded
	for i := range 7 {
		r := calc(t, o, prior, refund.Request{Lines: []refund.Unit{units("L2", 1)}}, refund.Policy{})
		assert.Equal(t, grossParts[i], r.Lines[0].Gross, "unit %d", i)
		assert.Equal(t, vatParts[i], r.Lines[0].VAT, "unit %d", i)
		prior = append(prior, r.Refunded())
	}
}
