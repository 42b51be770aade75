package fee_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/payment/fee"
)

// names lists the offers' schedule names in rank order.
func names(offers []fee.Offer) []string {
	var out []string
	for _, o := range offers {
		out = append(out, o.Schedule.Name())
	}
	return out
}

func TestCompareOrdering(t *testing.T) {
	a, b, c := build(t, illustrativeA(t)), build(t, illustrativeB(t)), build(t, illustrativeC(t))

	// One month: A 116.55, B 94.00 + 25.00 = 119.00, C 149.85.
	offers, err := fee.Compare([]*fee.Schedule{c, b, a}, month(t))
	require.NoError(t, err)
	assert.Equal(t, []string{a.Name(), b.Name(), c.Name()}, names(offers))
	totals := []string{"116.55", "119.00", "149.85"}
	for i, o := range offers {
		require.NoError(t, o.Err)
		assert.Equal(t, eur(t, totals[i]), o.Monthly.Total, o.Schedule.Name())
		assert.Equal(t, eur(t, "5700.00"), o.Monthly.Volume)
	}
	assert.Equal(t, "2.0877", offers[1].Monthly.EffectiveRate.String()) // 119 / 5700

	// Three times the volume: B's lower rates pay for its subscription.
	var triple []fee.Transaction
	for range 3 {
		triple = append(triple, month(t)...)
	}
	offers, err = fee.Compare([]*fee.Schedule{a, b, c}, triple)
	require.NoError(t, err)
	assert.Equal(t, []string{b.Name(), a.Name(), c.Name()}, names(offers))
	assert.Equal(t, eur(t, "307.00"), offers[0].Monthly.Total)
	assert.Equal(t, eur(t, "349.65"), offers[1].Monthly.Total)
	assert.Equal(t, eur(t, "449.55"), offers[2].Monthly.Total)
}

func TestCompareSmallMonth(t *testing.T) {
	// A quiet month: C's minimum and B's subscription weigh most.
	a, b, c := build(t, illustrativeA(t)), build(t, illustrativeB(t)), build(t, illustrativeC(t))
	txs := repeat(nil, 10, tx("card", fee.RegionEEA, fee.SegmentConsumer, fee.Success, eur(t, "50.00")))
	offers, err := fee.Compare([]*fee.Schedule{b, c, a}, txs)
	require.NoError(t, err)
	assert.Equal(t, []string{a.Name(), c.Name(), b.Name()}, names(offers))
	assert.Equal(t, eur(t, "10.00"), offers[0].Monthly.Total)
	assert.Equal(t, eur(t, "30.00"), offers[1].Monthly.Total) // 11.50 topped up by 18.50
	assert.Equal(t, eur(t, "18.50"), offers[1].Monthly.MinimumTopUp)
	assert.Equal(t, eur(t, "32.90"), offers[2].Monthly.Total) // 7.90 + 25.00
}

func TestCompareTiesKeepOrder(t *testing.T) {
	one := illustrativeA(t)
	two := illustrativeA(t)
	two.Name = "same prices, other name"
	a, b := build(t, one), build(t, two)
	for _, order := range [][]*fee.Schedule{{a, b}, {b, a}} {
		offers, err := fee.Compare(order, month(t))
		require.NoError(t, err)
		assert.Equal(t, []string{order[0].Name(), order[1].Name()}, names(offers))
	}
}

func TestCompareUnpricedLast(t *testing.T) {
	// A takes no PayPal: it is not cheaper, it is incomplete.
	a, b, c := build(t, illustrativeA(t)), build(t, illustrativeB(t)), build(t, illustrativeC(t))
	txs := append(month(t), tx("paypal", fee.RegionAny, fee.SegmentAny, fee.Success, eur(t, "30.00")))
	offers, err := fee.Compare([]*fee.Schedule{a, c, b}, txs)
	require.NoError(t, err)
	assert.Equal(t, []string{b.Name(), c.Name(), a.Name()}, names(offers))
	require.NoError(t, offers[0].Err)
	require.NoError(t, offers[1].Err)
	require.ErrorIs(t, offers[2].Err, fee.ErrNoRule)
	var se *fee.StatementError
	require.ErrorAs(t, offers[2].Err, &se)
	assert.Equal(t, len(txs)-1, se.Index)
	assert.Equal(t, fee.Monthly{}, offers[2].Monthly)

	// Two incomplete offers keep their order, after the complete one.
	a2cfg := illustrativeA(t)
	a2cfg.Name = "A again"
	a2 := build(t, a2cfg)
	offers, err = fee.Compare([]*fee.Schedule{a2, a, b}, txs)
	require.NoError(t, err)
	assert.Equal(t, []string{b.Name(), a2.Name(), a.Name()}, names(offers))
}

func TestCompareErrors(t *testing.T) {
	a := build(t, illustrativeA(t))
	usd := illustrativeC(t)
	usd.Currency, usd.MonthlyMinimum = mustCurrency(t, "USD"), money.Money{}
	usd.Rules = []fee.Rule{{Event: fee.Success, Percent: pct("2.9")}}
	u := build(t, usd)

	_, err := fee.Compare(nil, month(t))
	assert.ErrorIs(t, err, fee.ErrInvalidSchedule)

	_, err = fee.Compare([]*fee.Schedule{a, nil}, month(t))
	require.ErrorIs(t, err, fee.ErrInvalidSchedule)
	var se *fee.ScheduleError
	require.ErrorAs(t, err, &se)
	assert.Equal(t, "schedules[1]", se.Field)

	_, err = fee.Compare([]*fee.Schedule{a, {}}, month(t))
	assert.ErrorIs(t, err, fee.ErrInvalidSchedule)

	_, err = fee.Compare([]*fee.Schedule{a, u}, month(t))
	assert.ErrorIs(t, err, money.ErrCurrencyMismatch)

	bad := append(month(t), tx("card", fee.RegionEEA, fee.SegmentConsumer, fee.Success, eur(t, "-1.00")))
	_, err = fee.Compare([]*fee.Schedule{a}, bad)
	require.ErrorIs(t, err, fee.ErrInvalidTransaction)
	var ste *fee.StatementError
	require.ErrorAs(t, err, &ste)
	assert.Equal(t, len(bad)-1, ste.Index)

	offers, err := fee.Compare([]*fee.Schedule{a}, nil)
	require.NoError(t, err, "an empty month compares the monthly terms")
	assert.Len(t, offers, 1)
}

// mustCurrency parses a currency code.
func mustCurrency(tb testing.TB, code string) money.Currency {
	tb.Helper()
	c, err := money.ParseCurrency(code)
	require.NoError(tb, err)
	return c
}
