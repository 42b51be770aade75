package refund_test

import (
	"testing"

	"github.com/comptoir/comptoir/internal/fixture"
	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/returns/refund"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The return cost is withheld only when the consumer bears it and was told
// so beforehand; it stays off the credit note.
func TestReturnCost(t *testing.T) {
	o := fixture.BelgianConsumerOrder(t)
	knife := []refund.Unit{units("L1", 1)}
	cases := []struct {
		name           string
		pays, informed bool
		withheld       int64
		note           string
	}{
		{"consumer pays, informed", true, true, 595, "return cost withheld: the consumer was told beforehand that they bear it (art. 14(1))"},
		{"consumer pays, not informed", true, false, 0, "return cost borne by the trader: the consumer was not told beforehand that they would bear it (art. 14(1))"},
		{"trader pays", false, true, 0, "return cost borne by the trader"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := calc(t, o, nil, refund.Request{
				Lines: knife, ReturnCost: eur(595), ConsumerPaysReturn: c.pays, InformedOfReturnCost: c.informed,
			}, refund.Policy{})
			assert.Equal(t, eur(c.withheld), r.ReturnCost)
			assert.Equal(t, eur(3733), r.Credit.Gross, "the credit note is not reduced")
			assert.Equal(t, eur(3733-c.withheld), r.Total)
			assert.Contains(t, r.Notes, c.note)
		})
	}
}

// A return cost above the refund stops the total at zero and reports the
// part not covered.
func TestReturnCostAboveRefund(t *testing.T) {
	o := fixture.BelgianConsumerOrder(t)
	r := calc(t, o, nil, refund.Request{
		Lines: []refund.Unit{units("L2", 1)}, ReturnCost: eur(995), ConsumerPaysReturn: true, InformedOfReturnCost: true,
	}, refund.Policy{})
	assert.Equal(t, eur(838), r.ReturnCost)
	assert.Equal(t, eur(157), r.ReturnCostUncovered)
	assert.Equal(t, eur(0), r.Total)
}

// No return cost: zero amounts in the order's currency, no note.
func TestNoReturnCost(t *testing.T) {
	o := fixture.BelgianConsumerOrder(t)
	for _, rc := range []money.Money{{}, eur(0)} {
		r := calc(t, o, nil, refund.Request{Lines: []refund.Unit{units("L1", 1)}, ReturnCost: rc, ConsumerPaysReturn: true, InformedOfReturnCost: true}, refund.Policy{})
		assert.Equal(t, eur(0), r.ReturnCost)
		assert.Equal(t, eur(0), r.ReturnCostUncovered)
		for _, n := range r.Notes {
			assert.NotContains(t, n, "return cost")
		}
	}
	for name, rc := range map[string]money.Money{"negative": eur(-1), "other currency": usd(100)} {
		_, err := refund.Calculate(o, nil, refund.Request{Lines: []refund.Unit{units("L1", 1)}, ReturnCost: rc}, refund.Policy{})
		assert.ErrorIs(t, err, refund.ErrInvalidRequest, name)
	}
}

// A deduction for diminished value is applied when the consumer was
// informed of the right, and refused with the reason when not. Either way
// the credit note credits the knife's full price.
func TestDeductions(t *testing.T) {
	o := fixture.BelgianConsumerOrder(t)
	d := refund.Deduction{LineID: "L1", Amount: eur(1000), Reason: "blade used and scratched"}
	req := refund.Request{Lines: []refund.Unit{units("L1", 1)}, Deductions: []refund.Deduction{d}, InformedOfRight: true}

	r := calc(t, o, nil, req, refund.Policy{})
	require.Len(t, r.Deductions, 1)
	assert.True(t, r.Deductions[0].Applied)
	assert.Empty(t, r.Deductions[0].Refusal)
	assert.Equal(t, d, r.Deductions[0].Deduction)
	assert.Equal(t, eur(3733), r.Credit.Gross)
	assert.Equal(t, eur(648), r.Credit.VAT)
	assert.Equal(t, eur(2733), r.Total)

	req.InformedOfRight = false
	r = calc(t, o, nil, req, refund.Policy{})
	require.Len(t, r.Deductions, 1)
	assert.False(t, r.Deductions[0].Applied)
	assert.Equal(t, refund.RefusalNotInformed, r.Deductions[0].Refusal)
	assert.Equal(t, eur(3733), r.Total)
	assert.Contains(t, r.Notes, "deductions refused: "+refund.RefusalNotInformed)
}

// Deductions are checked even when they will be refused.
func TestDeductionErrors(t *testing.T) {
	o := threeOils(t)
	cases := map[string]refund.Deduction{
		"line not returned":   {LineID: "L3", Amount: eur(100), Reason: "stained"},
		"unknown line":        {LineID: "L9", Amount: eur(100), Reason: "stained"},
		"no reason":           {LineID: "L1", Amount: eur(100), Reason: "  "},
		"zero":                {LineID: "L1", Amount: eur(0), Reason: "stained"},
		"negative":            {LineID: "L1", Amount: eur(-100), Reason: "stained"},
		"no currency":         {LineID: "L1", Reason: "stained"},
		"other currency":      {LineID: "L1", Amount: usd(100), Reason: "stained"},
		"more than the units": {LineID: "L1", Amount: eur(3761), Reason: "broken"},
		"on kept units":       {LineID: "L2", Amount: eur(100), Reason: "opened"},
	}
	for name, d := range cases {
		for _, informed := range []bool{true, false} {
			_, err := refund.Calculate(o, nil, refund.Request{
				Lines:      []refund.Unit{units("L1", 1)},
				KeepIt:     &refund.Offer{LineID: "L2", Quantity: decimal.NewFromInt(1), Percent: decimal.NewFromInt(50)},
				Deductions: []refund.Deduction{d}, InformedOfRight: informed,
			}, refund.Policy{})
			assert.ErrorIs(t, err, refund.ErrInvalidRequest, name)
		}
	}
	// Two deductions on one line may not exceed it together.
	_, err := refund.Calculate(o, nil, refund.Request{
		Lines: []refund.Unit{units("L1", 1)}, InformedOfRight: true,
		Deductions: []refund.Deduction{
			{LineID: "L1", Amount: eur(2000), Reason: "scratched"},
			{LineID: "L1", Amount: eur(1761), Reason: "handle cracked"},
		},
	}, refund.Policy{})
	assert.ErrorIs(t, err, refund.ErrInvalidRequest)
	// The whole line may be deducted: nothing is paid back.
	r := calc(t, o, nil, refund.Request{
		Lines: []refund.Unit{units("L1", 1)}, InformedOfRight: true,
		Deductions: []refund.Deduction{{LineID: "L1", Amount: eur(3760), Reason: "unusable"}},
	}, refund.Policy{})
	assert.Equal(t, eur(0), r.Total)
}

// Keep it at 50 %: the knife (37.33, VAT 6.48) stays with the consumer,
// who gets 18.67 back (half, rounded half up), VAT 3.24 in the same
// proportion. The knife is settled: it cannot be returned afterwards.
func TestKeepItAtHalf(t *testing.T) {
	o := fixture.BelgianConsumerOrder(t)
	r := calc(t, o, nil, refund.Request{
		KeepIt: &refund.Offer{LineID: "L1", Quantity: decimal.NewFromInt(1), Percent: decimal.NewFromInt(50)},
	}, refund.Policy{})
	require.Len(t, r.Lines, 1)
	l := r.Lines[0]
	assert.True(t, l.Kept)
	assert.Equal(t, eur(1867), l.Gross)
	assert.Equal(t, eur(324), l.VAT)
	assert.Equal(t, eur(1543), l.Net)
	assert.Empty(t, l.Discounts)
	assert.Equal(t, eur(1867), r.Total)
	assert.Empty(t, r.Delivery)
	assert.False(t, r.FullWithdrawal)

	rec := r.Refunded()
	assert.Empty(t, rec.Returned)
	require.Len(t, rec.Kept, 1)
	_, err := refund.Calculate(o, []refund.Refunded{rec}, refund.Request{Lines: []refund.Unit{units("L1", 1)}}, refund.Policy{})
	assert.ErrorIs(t, err, refund.ErrExceedsPaid)
	// Returning every other line is not a full withdrawal: the knife is kept.
	r = calc(t, o, []refund.Refunded{rec}, refund.Request{Lines: []refund.Unit{units("L2", 2), units("L3", 1)}}, refund.Policy{})
	assert.False(t, r.FullWithdrawal)
	assert.Empty(t, r.Delivery)
}

// Keep it for an amount: 10.00 back on the knife, VAT 1.74 (6.48 ×
// 10.00/37.33).
func TestKeepItAmount(t *testing.T) {
	o := fixture.BelgianConsumerOrder(t)
	r := calc(t, o, nil, refund.Request{
		KeepIt: &refund.Offer{LineID: "L1", Quantity: decimal.NewFromInt(1), Amount: eur(1000)},
	}, refund.Policy{})
	assert.Equal(t, eur(1000), r.Lines[0].Gross)
	assert.Equal(t, eur(174), r.Lines[0].VAT)
	assert.Equal(t, eur(174), rate(t, r.VAT, "0.21").VAT)
}

// One bottle returned and one kept at 50 %, from the same line: the
// returned bottle takes the first share (8.44), the kept one the second
// (8.43, half 4.22).
func TestKeepItBesideAReturn(t *testing.T) {
	o := threeOils(t)
	r := calc(t, o, nil, refund.Request{
		Lines:  []refund.Unit{units("L2", 1)},
		KeepIt: &refund.Offer{LineID: "L2", Quantity: decimal.NewFromInt(1), Percent: decimal.NewFromInt(50)},
	}, refund.Policy{})
	require.Len(t, r.Lines, 2)
	assert.Equal(t, eur(844), r.Lines[0].Gross)
	assert.False(t, r.Lines[0].Kept)
	assert.Equal(t, eur(422), r.Lines[1].Gross)
	assert.True(t, r.Lines[1].Kept)
	assert.Equal(t, eur(24), r.Lines[1].VAT) // 0.48 × 4.22/8.43 = 0.2403
	rate6 := rate(t, r.VAT, "0.06")
	assert.Equal(t, eur(844+422), rate6.Gross)
	// The third bottle is still returnable, and only it.
	r2 := calc(t, o, []refund.Refunded{r.Refunded()}, refund.Request{Lines: []refund.Unit{units("L2", 1)}}, refund.Policy{})
	assert.Equal(t, eur(843), r2.Lines[0].Gross)
	assert.Equal(t, eur(47), r2.Lines[0].VAT)
}

// Offers that are not exactly one of a percentage in (0, 100] and an
// amount up to the units' price are refused.
func TestKeepItErrors(t *testing.T) {
	o := fixture.BelgianConsumerOrder(t)
	one := decimal.NewFromInt(1)
	cases := map[string]refund.Offer{
		"neither":            {LineID: "L1", Quantity: one},
		"both":               {LineID: "L1", Quantity: one, Percent: decimal.NewFromInt(50), Amount: eur(100)},
		"percent above 100":  {LineID: "L1", Quantity: one, Percent: decimal.RequireFromString("100.01")},
		"negative percent":   {LineID: "L1", Quantity: one, Percent: decimal.NewFromInt(-5)},
		"hostile percent":    {LineID: "L1", Quantity: one, Percent: decimal.New(1, -99999999)},
		"zero amount":        {LineID: "L1", Quantity: one, Amount: eur(0)},
		"amount above price": {LineID: "L1", Quantity: one, Amount: eur(3734)},
		"amount in USD":      {LineID: "L1", Quantity: one, Amount: usd(100)},
		"unknown line":       {LineID: "L7", Quantity: one, Percent: decimal.NewFromInt(50)},
		"no quantity":        {LineID: "L1", Percent: decimal.NewFromInt(50)},
	}
	for name, offer := range cases {
		_, err := refund.Calculate(o, nil, refund.Request{KeepIt: &offer}, refund.Policy{})
		assert.ErrorIs(t, err, refund.ErrInvalidRequest, name)
	}
	// 100 % is a full refund of units the consumer keeps: allowed.
	r := calc(t, o, nil, refund.Request{KeepIt: &refund.Offer{LineID: "L1", Quantity: one, Percent: decimal.NewFromInt(100)}}, refund.Policy{})
	assert.Equal(t, eur(3733), r.Total)
	assert.Equal(t, eur(648), r.Lines[0].VAT)
}
