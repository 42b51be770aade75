package refund_test

import (
	"errors"
	"testing"

	"github.com/comptoir/comptoir/internal/fixture"
	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/order"
	"github.com/comptoir/comptoir/returns/refund"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Requests naming lines or quantities that do not exist are refused with
// an *InputError naming the field.
func TestRequestErrors(t *testing.T) {
	o := fixture.BelgianConsumerOrder(t)
	q := decimal.RequireFromString
	cases := []struct {
		name  string
		lines []refund.Unit
		field string
	}{
		{"no line, no offer", nil, "req.lines"},
		{"unknown line", []refund.Unit{units("L9", 1)}, "req.lines[0].line_id"},
		{"empty line id", []refund.Unit{units("", 1)}, "req.lines[0].line_id"},
		{"zero units", []refund.Unit{units("L1", 0)}, "req.lines[0].quantity"},
		{"negative units", []refund.Unit{units("L1", -1)}, "req.lines[0].quantity"},
		{"half a unit", []refund.Unit{{LineID: "L2", Quantity: q("0.5")}}, "req.lines[0].quantity"},
		{"unset quantity", []refund.Unit{{LineID: "L2"}}, "req.lines[0].quantity"},
		{"huge quantity", []refund.Unit{{LineID: "L2", Quantity: q("1e30")}}, "req.lines[0].quantity"},
		{"hostile exponent", []refund.Unit{{LineID: "L2", Quantity: decimal.New(1, -99999999)}}, "req.lines[0].quantity"},
		{"line twice", []refund.Unit{units("L2", 1), units("L2", 1)}, "req.lines[1].line_id"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := refund.Calculate(o, nil, refund.Request{Lines: c.lines}, refund.Policy{})
			require.ErrorIs(t, err, refund.ErrInvalidRequest)
			var ie *refund.InputError
			require.ErrorAs(t, err, &ie)
			assert.Equal(t, c.field, ie.Field)
			assert.Contains(t, err.Error(), c.field)
		})
	}
	// Whole quantities in another notation are units all the same.
	r := calc(t, o, nil, refund.Request{Lines: []refund.Unit{{LineID: "L2", Quantity: q("2.00")}}}, refund.Policy{})
	assert.Equal(t, eur(1675), r.Total)
	r = calc(t, threeOils(t), nil, refund.Request{Lines: []refund.Unit{{LineID: "L2", Quantity: decimal.New(3, 0)}}}, refund.Policy{})
	assert.Equal(t, eur(2530), r.Total)
}

// More units than ordered is an *ExceedsError.
func TestMoreUnitsThanOrdered(t *testing.T) {
	o := fixture.BelgianConsumerOrder(t)
	_, err := refund.Calculate(o, nil, refund.Request{Lines: []refund.Unit{units("L2", 3)}}, refund.Policy{})
	var ex *refund.ExceedsError
	require.ErrorAs(t, err, &ex)
	assert.True(t, ex.Remaining.Equal(decimal.NewFromInt(2)))
	assert.EqualError(t, err, `refund: more than was paid: line "L2": 3 units asked, 2 left to refund`)
}

// A line sold by weight or length is returned whole, never in part.
func TestLineSoldByLength(t *testing.T) {
	o := fixture.LuxembourgBusinessOrder(t)
	wire, _ := o.Line("L2")
	require.True(t, wire.Quantity.Equal(decimal.RequireFromString("12.5")))
	for _, q := range []string{"5", "12", "12.4", "13", "0"} {
		_, err := refund.Calculate(o, nil, refund.Request{Lines: []refund.Unit{{LineID: "L2", Quantity: decimal.RequireFromString(q)}}}, refund.Policy{})
		assert.ErrorIs(t, err, refund.ErrInvalidRequest, q)
	}
	r := calc(t, o, nil, refund.Request{Lines: []refund.Unit{{LineID: "L2", Quantity: decimal.RequireFromString("12.50")}}}, refund.Policy{})
	assert.Equal(t, wire.Gross, r.Lines[0].Gross)
	assert.Equal(t, wire.Net, r.Lines[0].Net)
	assert.Equal(t, eur(0), r.Credit.VAT, "reverse-charged at 0 %")
	_, err := refund.Calculate(o, []refund.Refunded{r.Refunded()}, refund.Request{Lines: []refund.Unit{{LineID: "L2", Quantity: wire.Quantity}}}, refund.Policy{})
	assert.ErrorIs(t, err, refund.ErrExceedsPaid)
	// The thousand screws are units like any other.
	r = calc(t, o, nil, refund.Request{Lines: []refund.Unit{units("L1", 999)}}, refund.Policy{})
	screws, _ := o.Line("L1")
	assert.Equal(t, screws.Gross.Minor()*999/1000+1, r.Lines[0].Gross.Minor())
}

// Orders whose amounts a refund reads are inconsistent are refused; a
// valid order never is.
func TestInconsistentOrders(t *testing.T) {
	base := fixture.BelgianConsumerOrder(t)
	cases := map[string]func(o *order.Order){
		"no currency":             func(o *order.Order) { o.Currency = money.Currency{} },
		"no line":                 func(o *order.Order) { o.Lines = nil },
		"line net + VAT":          func(o *order.Order) { o.Lines[0].Net = eur(1) },
		"line in USD":             func(o *order.Order) { o.Lines[0].VAT = usd(648) },
		"negative line":           func(o *order.Order) { o.Lines[0].Net, o.Lines[0].Gross = eur(-100), eur(548) },
		"discount in USD":         func(o *order.Order) { o.Lines[0].Discounts[0].Amount = usd(257) },
		"quantity zero":           func(o *order.Order) { o.Lines[0].Quantity = decimal.Zero },
		"quantity hostile":        func(o *order.Order) { o.Lines[0].Quantity = decimal.New(1, -99999999) },
		"rate hostile":            func(o *order.Order) { o.Lines[0].VATRate = decimal.New(21, -99999) },
		"rate negative":           func(o *order.Order) { o.Lines[0].VATRate = decimal.New(-21, -2) },
		"duplicate id":            func(o *order.Order) { o.Lines[1].ID = "L1" },
		"empty id":                func(o *order.Order) { o.Lines[1].ID = "" },
		"split sum":               func(o *order.Order) { o.Shipping.Split[0].Net, o.Shipping.Split[0].Gross = eur(287), eur(347) },
		"split rate":              func(o *order.Order) { o.Shipping.Split[0].Rate = decimal.New(21, -99999) },
		"shipping net + VAT":      func(o *order.Order) { o.Shipping.Net = eur(1) },
		"cheapest fee unset":      func(o *order.Order) { o.Shipping.CheapestStandardFee = money.Money{} },
		"cheapest fee negative":   func(o *order.Order) { o.Shipping.CheapestStandardFee = eur(-1) },
		"totals not the sum":      func(o *order.Order) { o.Totals.Gross = eur(100) },
		"totals in other curreny": func(o *order.Order) { o.Totals.Gross = usd(7725) },
	}
	for name, spoil := range cases {
		t.Run(name, func(t *testing.T) {
			o := base.Clone()
			spoil(&o)
			_, err := refund.Calculate(o, nil, refund.Request{Lines: []refund.Unit{units("L1", 1)}, FullWithdrawal: true}, refund.Policy{})
			require.ErrorIs(t, err, refund.ErrInvalidOrder)
			var ie *refund.InputError
			require.True(t, errors.As(err, &ie))
			assert.NotEmpty(t, ie.Field)
		})
	}
}

// Records of earlier requests that do not fit the order are refused.
func TestInconsistentPrior(t *testing.T) {
	o := fixture.BelgianConsumerOrder(t)
	req := refund.Request{Lines: []refund.Unit{units("L1", 1)}}
	cases := map[string]refund.Refunded{
		"unknown line":       {Returned: []refund.Unit{units("L9", 1)}, Total: eur(0)},
		"more than ordered":  {Returned: []refund.Unit{units("L2", 3)}, Total: eur(0)},
		"returned and kept":  {Returned: []refund.Unit{units("L2", 2)}, Kept: []refund.Unit{units("L2", 1)}, Total: eur(0)},
		"half a unit":        {Kept: []refund.Unit{{LineID: "L2", Quantity: decimal.RequireFromString("0.5")}}, Total: eur(0)},
		"total negative":     {Total: eur(-1)},
		"total in USD":       {Total: usd(100)},
		"total near the max": {Total: eur(money.MaxMinor)},
	}
	for name, rec := range cases {
		_, err := refund.Calculate(o, []refund.Refunded{rec, {Total: eur(money.MaxMinor)}}, req, refund.Policy{})
		assert.ErrorIs(t, err, refund.ErrInvalidPrior, name)
	}
	// A record without a total counts as nothing paid back.
	r := calc(t, o, []refund.Refunded{{Kept: []refund.Unit{units("L2", 2)}}}, req, refund.Policy{})
	assert.Equal(t, eur(3733), r.Total)
}

// Refunds beyond what the order cost are refused even when the units are
// free: a goodwill refund recorded earlier counts.
func TestTotalNeverExceedsPaid(t *testing.T) {
	o := fixture.BelgianConsumerOrder(t)
	goodwill := refund.Refunded{Total: eur(7000)}
	_, err := refund.Calculate(o, []refund.Refunded{goodwill}, refund.Request{Lines: []refund.Unit{units("L1", 1)}}, refund.Policy{})
	require.ErrorIs(t, err, refund.ErrExceedsPaid)
	var ex *refund.ExceedsError
	require.ErrorAs(t, err, &ex)
	assert.Empty(t, ex.LineID)
	assert.Equal(t, eur(7000+3733), ex.Amount)
	assert.Equal(t, eur(7725), ex.Available)
	assert.Contains(t, err.Error(), "paid 77.25 EUR")
}
