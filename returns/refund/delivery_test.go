package refund_test

import (
	"testing"

	"github.com/comptoir/comptoir/internal/fixture"
	"github.com/comptoir/comptoir/order"
	"github.com/comptoir/comptoir/returns/refund"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Keeping the knife and returning the oil is a partial withdrawal: by
// default no outbound delivery is refunded.
func TestPartialWithdrawalRefundsNoDelivery(t *testing.T) {
	o := fixture.BelgianConsumerOrder(t)
	r := calc(t, o, nil, refund.Request{Lines: []refund.Unit{units("L2", 2)}}, refund.Policy{})
	assert.False(t, r.FullWithdrawal)
	assert.Empty(t, r.Delivery)
	assert.Equal(t, eur(1675), r.Total)
	assert.Len(t, r.VAT, 1)
	assert.Contains(t, r.Notes, "partial withdrawal: the outbound delivery is not refunded, the returned lines carried no delivery charge of their own")
}

// A partial withdrawal followed by the rest: the request that completes the
// full withdrawal refunds the delivery (up to the cheapest standard one).
func TestPartialThenFullRefundsDeliveryOnce(t *testing.T) {
	o := fixture.BelgianConsumerOrder(t)
	first := calc(t, o, nil, refund.Request{Lines: []refund.Unit{units("L1", 1)}}, refund.Policy{})
	assert.Empty(t, first.Delivery)
	prior := []refund.Refunded{first.Refunded()}
	second := calc(t, o, prior, refund.Request{Lines: []refund.Unit{units("L2", 2)}, FullWithdrawal: true}, refund.Policy{})
	assert.Equal(t, int64(350), sumDelivery(second))
	// Once refunded, the delivery is not refunded again.
	prior = append(prior, second.Refunded())
	third := calc(t, o, prior, refund.Request{Lines: []refund.Unit{units("L3", 1)}, FullWithdrawal: true}, refund.Policy{})
	assert.Empty(t, third.Delivery)
	assert.Equal(t, eur(1867), third.Total)
}

// Proportional: the knife, 37.33 of the 72.75 of goods, takes 1.80 of the
// 3.50 delivery refundable (2.69 at 21 %, 0.81 at 6 %): 1.38 and 0.42. The
// request completing the full withdrawal refunds the rest, 1.31 and 0.39,
// so the rates sum to 2.69 and 0.81 exactly, VAT included.
func TestProportionalDelivery(t *testing.T) {
	o := fixture.BelgianConsumerOrder(t)
	p := refund.Policy{PartialDelivery: refund.Proportional}
	first := calc(t, o, nil, refund.Request{Lines: []refund.Unit{units("L1", 1)}}, p)
	require.Len(t, first.Delivery, 2)
	assert.Equal(t, eur(138), first.Delivery[0].Gross)
	assert.Equal(t, eur(24), first.Delivery[0].VAT) // 0.47 × 138/269
	assert.Equal(t, eur(42), first.Delivery[1].Gross)
	assert.Equal(t, eur(3), first.Delivery[1].VAT) // 0.05 × 42/81
	assert.Equal(t, eur(3733+180), first.Total)

	second := calc(t, o, []refund.Refunded{first.Refunded()},
		refund.Request{Lines: []refund.Unit{units("L2", 2)}, FullWithdrawal: true}, p)
	require.Len(t, second.Delivery, 2)
	assert.Equal(t, eur(131), second.Delivery[0].Gross)
	assert.Equal(t, eur(39), second.Delivery[1].Gross)
	assert.Equal(t, eur(47), eur(first.Delivery[0].VAT.Minor()+second.Delivery[0].VAT.Minor()))
	assert.Equal(t, eur(5), eur(first.Delivery[1].VAT.Minor()+second.Delivery[1].VAT.Minor()))
}

// Returning every unit of every line is a full withdrawal even when the
// request does not say so.
func TestEveryUnitReturnedIsFull(t *testing.T) {
	o := fixture.BelgianConsumerOrder(t)
	first := calc(t, o, nil, refund.Request{Lines: []refund.Unit{units("L1", 1), units("L3", 1)}}, refund.Policy{})
	assert.False(t, first.FullWithdrawal)
	second := calc(t, o, []refund.Refunded{first.Refunded()}, refund.Request{Lines: []refund.Unit{units("L2", 2)}}, refund.Policy{})
	assert.True(t, second.FullWithdrawal)
	assert.Equal(t, int64(350), sumDelivery(second))
	assert.Equal(t, o.Totals.Gross.Minor()-100, first.Total.Minor()+second.Total.Minor(),
		"everything but the 1.00 of delivery above the cheapest standard one")
}

// Policy Full refunds the delivery with the first request of a partial
// withdrawal, and nothing more later.
func TestFullPolicy(t *testing.T) {
	o := fixture.BelgianConsumerOrder(t)
	p := refund.Policy{PartialDelivery: refund.Full}
	first := calc(t, o, nil, refund.Request{Lines: []refund.Unit{units("L2", 1)}}, p)
	assert.Equal(t, int64(350), sumDelivery(first))
	second := calc(t, o, []refund.Refunded{first.Refunded()}, refund.Request{Lines: []refund.Unit{units("L2", 1)}}, p)
	assert.Empty(t, second.Delivery)
}

// The returned lines' own delivery charge is refunded in a partial
// withdrawal, split as the fee; more than is refundable is refused.
func TestSeparateDelivery(t *testing.T) {
	o := fixture.BelgianConsumerOrder(t)
	r := calc(t, o, nil, refund.Request{Lines: []refund.Unit{units("L1", 1)}, SeparateDelivery: eur(100)}, refund.Policy{})
	assert.Equal(t, int64(100), sumDelivery(r))
	assert.Contains(t, r.Notes, "partial withdrawal: the returned lines' own delivery charge is refunded")

	for name, m := range map[string]moneyValue{"above the refundable": eur(351), "negative": eur(-1), "other currency": usd(100)} {
		_, err := refund.Calculate(o, nil, refund.Request{Lines: []refund.Unit{units("L1", 1)}, SeparateDelivery: m}, refund.Policy{})
		assert.ErrorIs(t, err, refund.ErrInvalidRequest, name)
	}
}

// An order delivered for free refunds no delivery; a separate delivery
// charge on it is refused.
func TestFreeDelivery(t *testing.T) {
	s := fixture.BelgianConsumerSpec()
	s.FreeShipping = order.Promotion{ID: "FREE", Description: "free delivery"}
	o := build(t, s)
	require.Empty(t, o.Shipping.Split)
	r := calc(t, o, nil, refund.Request{Lines: allUnits(o)}, refund.Policy{})
	assert.True(t, r.FullWithdrawal)
	assert.Empty(t, r.Delivery)
	assert.Equal(t, o.Totals.Gross, r.Total)
	_, err := refund.Calculate(o, nil, refund.Request{Lines: []refund.Unit{units("L1", 1)}, SeparateDelivery: eur(1)}, refund.Policy{})
	assert.ErrorIs(t, err, refund.ErrInvalidRequest)
}

// A full withdrawal whose lines were all refunded by earlier requests may
// still come for the delivery alone.
func TestDeliveryOnlyRequest(t *testing.T) {
	o := fixture.BelgianConsumerOrder(t)
	first := calc(t, o, nil, refund.Request{Lines: []refund.Unit{units("L1", 1), units("L2", 2)}}, refund.Policy{})
	assert.Empty(t, first.Delivery)
	second := calc(t, o, []refund.Refunded{first.Refunded()}, refund.Request{FullWithdrawal: true}, refund.Policy{})
	assert.Empty(t, second.Lines)
	assert.Equal(t, eur(350), second.Total)
}

// Earlier delivery refunds that do not fit the order are refused.
func TestPriorDeliveryChecked(t *testing.T) {
	o := fixture.BelgianConsumerOrder(t)
	req := refund.Request{Lines: []refund.Unit{units("L1", 1)}, FullWithdrawal: true}
	cases := map[string]order.RateAmounts{
		"unknown rate":     {Rate: decimal.RequireFromString("0.12"), Net: eur(10), VAT: eur(1), Gross: eur(11)},
		"above capacity":   {Rate: decimal.RequireFromString("0.21"), Net: eur(230), VAT: eur(40), Gross: eur(270)},
		"VAT above":        {Rate: decimal.RequireFromString("0.21"), Net: eur(0), VAT: eur(48), Gross: eur(48)},
		"net + VAT":        {Rate: decimal.RequireFromString("0.21"), Net: eur(10), VAT: eur(2), Gross: eur(13)},
		"negative":         {Rate: decimal.RequireFromString("0.21"), Net: eur(-12), VAT: eur(2), Gross: eur(-10)},
		"other currency":   {Rate: decimal.RequireFromString("0.21"), Net: usd(10), VAT: usd(2), Gross: usd(12)},
		"net above (0.06)": {Rate: decimal.RequireFromString("0.06"), Net: eur(77), VAT: eur(0), Gross: eur(77)},
	}
	for name, e := range cases {
		prior := []refund.Refunded{{Delivery: []order.RateAmounts{e}, Total: eur(0)}}
		_, err := refund.Calculate(o, prior, req, refund.Policy{})
		assert.ErrorIs(t, err, refund.ErrInvalidPrior, name)
	}
}

// An unknown policy value is refused.
func TestUnknownPolicy(t *testing.T) {
	o := fixture.BelgianConsumerOrder(t)
	_, err := refund.Calculate(o, nil, refund.Request{Lines: []refund.Unit{units("L1", 1)}}, refund.Policy{PartialDelivery: 9})
	assert.ErrorIs(t, err, refund.ErrInvalidPolicy)
	assert.Equal(t, "PartialDelivery(9)", refund.PartialDelivery(9).String())
	assert.Equal(t, "not_refunded", refund.NotRefunded.String())
	assert.Equal(t, "proportional", refund.Proportional.String())
	assert.Equal(t, "full", refund.Full.String())
}
