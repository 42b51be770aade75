package refund_test

import (
	"time"

	"testing"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/internal/fixture"
	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/order"
	"github.com/comptoir/comptoir/returns/refund"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// eur returns minor units of euro.
func eur(minor int64) money.Money {
	m, err := money.New(minor, "EUR")
	if err != nil {
		panic(err)
	}
	return m
}

// units returns n whole units of a line.
func units(lineID string, n int64) refund.Unit {
	return refund.Unit{LineID: lineID, Quantity: decimal.NewFromInt(n)}
}

// date parses a YYYY-MM-DD date.
func date(t testing.TB, s string) calendar.Date {
	t.Helper()
	d, err := calendar.ParseDate(s)
	require.NoError(t, err)
	return d
}

// build prices a spec, failing the test if it does not build.
func build(t testing.TB, s fixture.Spec) order.Order {
	t.Helper()
	o, err := fixture.Build(s)
	require.NoError(t, err)
	require.NoError(t, o.Validate())
	return o
}

// threeOils is the Belgian consumer's order with three bottles of oil
// instead of two: the 5.00 EUR welcome code gives the oil line 1.55 EUR of
// discount, and the line 25.30 EUR gross, 1.43 EUR VAT, 23.87 EUR net.
func threeOils(t testing.TB) order.Order {
	s := fixture.BelgianConsumerSpec()
	s.Lines[1].Quantity = "3"
	return build(t, s)
}

// express is the Belgian consumer's order delivered by express at 9.90 EUR
// when the cheapest standard delivery offered was 4.50 EUR.
func express(t testing.TB) order.Order {
	s := fixture.BelgianConsumerSpec()
	s.ShippingMode, s.ShippingFee, s.CheapestStandardFee = "express", "9.90", "4.50"
	return build(t, s)
}

// calc runs Calculate and requires success.
func calc(t testing.TB, o order.Order, prior []refund.Refunded, req refund.Request, p refund.Policy) refund.Result {
	t.Helper()
	r, err := refund.Calculate(o, prior, req, p)
	require.NoError(t, err)
	checkResult(t, r)
	return r
}

// checkResult checks the invariants every result keeps: Net + VAT = Gross
// for each line, delivery entry and rate, the breakdown summing to the
// credit, and the total being the credit less the set-offs.
func checkResult(t testing.TB, r refund.Result) {
	t.Helper()
	var net, vat, gross int64
	for _, l := range r.Lines {
		require.Equal(t, l.Gross.Minor(), l.Net.Minor()+l.VAT.Minor(), "line %s", l.LineID)
		require.GreaterOrEqual(t, l.Net.Minor(), int64(0))
		require.GreaterOrEqual(t, l.VAT.Minor(), int64(0))
	}
	for _, d := range r.Delivery {
		require.Equal(t, d.Gross.Minor(), d.Net.Minor()+d.VAT.Minor(), "delivery at %s", d.Rate)
		require.GreaterOrEqual(t, d.Net.Minor(), int64(0))
	}
	for _, e := range r.VAT {
		require.Equal(t, e.Gross.Minor(), e.Net.Minor()+e.VAT.Minor(), "rate %s", e.Rate)
		net += e.Net.Minor()
		vat += e.VAT.Minor()
		gross += e.Gross.Minor()
	}
	require.Equal(t, net, r.Credit.Net.Minor())
	require.Equal(t, vat, r.Credit.VAT.Minor())
	require.Equal(t, gross, r.Credit.Gross.Minor())
	require.Equal(t, gross, sumLines(r)+sumDelivery(r))
	deducted := int64(0)
	for _, d := range r.Deductions {
		if d.Applied {
			deducted += d.Amount.Minor()
		}
	}
	require.Equal(t, gross-deducted-r.ReturnCost.Minor(), r.Total.Minor())
	require.GreaterOrEqual(t, r.Total.Minor(), int64(0))
}

func sumLines(r refund.Result) int64 {
	s := int64(0)
	for _, l := range r.Lines {
		s += l.Gross.Minor()
	}
	return s
}

func sumDelivery(r refund.Result) int64 {
	s := int64(0)
	for _, d := range r.Delivery {
		s += d.Gross.Minor()
	}
	return s
}

// rate returns the breakdown entry at rate s.
func rate(t testing.TB, entries []order.RateAmounts, s string) order.RateAmounts {
	t.Helper()
	want := decimal.RequireFromString(s)
	for _, e := range entries {
		if e.Rate.Equal(want) {
			return e
		}
	}
	t.Fatalf("no entry at rate %s in %v", s, entries)
	return order.RateAmounts{}
}

// allUnits returns every unit of every line of o.
func allUnits(o order.Order) []refund.Unit {
	return o.LineQuantities() // refund.Unit is order.LineQuantity
}

// moneyValue is money.Money, named for tables.
type moneyValue = money.Money

// usd returns minor units of US dollars.
func usd(minor int64) money.Money {
	m, err := money.New(minor, "USD")
	if err != nil {
		panic(err)
	}
	return m
}

// timeMonth converts a fuzzed int to a month, any value included.
func timeMonth(m int) time.Month { return time.Month(m) }
