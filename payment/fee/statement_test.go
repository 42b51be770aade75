package fee_test

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/payment/fee"
)

// flat is a single 1.8 % rule for successes, with the given monthly terms.
func flat(tb testing.TB, subscription, minimum string) *fee.Schedule {
	tb.Helper()
	return build(tb, fee.Config{
		Name: "flat 1.8 %", Currency: eurCurrency(tb), Rounding: money.HalfUp,
		MonthlyFee: eur(tb, subscription), MonthlyMinimum: eur(tb, minimum),
		Rules: []fee.Rule{{Event: fee.Success, Percent: pct("1.8")}, {Event: fee.Refund}},
	})
}

func TestStatementEffectiveRate(t *testing.T) {
	// 10,000 EUR of VAT-included volume and 180 EUR of fees: 1.80 %.
	s := flat(t, "0.00", "0.00")
	one := []fee.Transaction{tx("card", fee.RegionEEA, fee.SegmentConsumer, fee.Success, eur(t, "10000.00"))}
	hundred := repeat(nil, 100, tx("ideal", fee.RegionAny, fee.SegmentAny, fee.Success, eur(t, "100.00")))
	for name, txs := range map[string][]fee.Transaction{"one payment": one, "a hundred payments": hundred} {
		t.Run(name, func(t *testing.T) {
			m, err := fee.Statement(s, txs)
			require.NoError(t, err)
			assert.Equal(t, eur(t, "10000.00"), m.Volume)
			assert.Equal(t, eur(t, "180.00"), m.TransactionFees)
			assert.Equal(t, eur(t, "180.00"), m.Total)
			assert.Equal(t, "1.80", m.EffectiveRate.StringFixed(2))
			assert.True(t, m.EffectiveRate.Equal(pct("1.8")))
			assert.Equal(t, len(txs), m.Count)
		})
	}
}

func TestStatementRateScale(t *testing.T) {
	// 1.00 of fees on 3.00 of volume is 33.3333 % at four decimals; 2.00
	// on 3.00 rounds half away from zero to 66.6667 %.
	tests := []struct{ volume, fees, rate string }{
		{"3.00", "1.00", "33.3333"},
		{"3.00", "2.00", "66.6667"},
		{"7.00", "0.01", "0.1429"},
		{"100000000.00", "0.01", "0"},
		{"100000000.00", "50.00", "0.0001"}, // 0.00005 % halves up
		{"100000000.00", "49.99", "0"},      // 0.00004999 %
	}
	for _, tt := range tests {
		t.Run(tt.fees+" on "+tt.volume, func(t *testing.T) {
			s := build(t, fee.Config{Name: "rate", Currency: eurCurrency(t), Rounding: money.HalfUp, Rules: []fee.Rule{
				{Method: "card", Event: fee.Success},
				{Method: "ideal", Event: fee.Success, Fixed: eur(t, tt.fees)},
			}})
			m, err := fee.Statement(s, []fee.Transaction{
				tx("card", fee.RegionAny, fee.SegmentAny, fee.Success, eur(t, tt.volume)),
				tx("ideal", fee.RegionAny, fee.SegmentAny, fee.Success, eur(t, "0.00")),
			})
			require.NoError(t, err)
			assert.True(t, m.EffectiveRate.Equal(pct(tt.rate)), "got %s", m.EffectiveRate)
			assert.LessOrEqual(t, -m.EffectiveRate.Exponent(), int32(fee.RateScale))
		})
	}
}

func TestStatementByEvent(t *testing.T) {
	m, err := fee.Statement(build(t, illustrativeA(t)), month(t))
	require.NoError(t, err)
	assert.Equal(t, "Illustrative A (per method)", m.Schedule)
	assert.Equal(t, 109, m.Count)
	assert.Equal(t, eur(t, "5700.00"), m.Volume, "successes only, refunds not deducted")
	assert.Equal(t, fee.EventTotal{Count: 105, Amount: eur(t, "5700.00"), Fees: eur(t, "100.10")}, m.Success)
	assert.Equal(t, fee.EventTotal{Count: 2, Amount: eur(t, "100.00"), Fees: eur(t, "0.50")}, m.Refund)
	assert.Equal(t, fee.EventTotal{Count: 1, Amount: eur(t, "80.00"), Fees: eur(t, "15.00")}, m.Chargeback)
	assert.Equal(t, fee.EventTotal{Count: 1, Amount: eur(t, "100.00"), Fees: eur(t, "0.95")}, m.Failure)
	for _, e := range []fee.Event{fee.Success, fee.Refund, fee.Chargeback, fee.Failure} {
		assert.NotZero(t, m.ByEvent(e).Count, e)
	}
	assert.Equal(t, fee.EventTotal{}, m.ByEvent(0))
	assert.Equal(t, eur(t, "116.55"), m.TransactionFees)
	assert.Equal(t, eur(t, "0.00"), m.MinimumTopUp)
	assert.Equal(t, eur(t, "0.00"), m.Subscription)
	assert.Equal(t, eur(t, "116.55"), m.Total)
	assert.Equal(t, "2.0447", m.EffectiveRate.String()) // 116.55 / 5700
	// Within the merchant guide's range of 1 % to 3.5 %.
	assert.True(t, m.EffectiveRate.GreaterThanOrEqual(decimal.NewFromInt(1)))
	assert.True(t, m.EffectiveRate.LessThanOrEqual(pct("3.5")))
}

func TestStatementMonthlyTerms(t *testing.T) {
	payments := func(n int) []fee.Transaction {
		return repeat(nil, n, tx("card", fee.RegionEEA, fee.SegmentConsumer, fee.Success, eur(t, "100.00")))
	}
	tests := []struct {
		name                          string
		subscription, minimum         string
		n                             int
		fees, topUp, total, effective string
	}{
		{"below the minimum: topped up", "0.00", "50.00", 10, "18.00", "32.00", "50.00", "5"},
		{"exactly the minimum", "0.00", "50.00", 25, "45.00", "5.00", "50.00", "2"},
		{"minimum reached", "0.00", "50.00", 30, "54.00", "0.00", "54.00", "1.8"},
		{"subscription on top", "25.00", "0.00", 10, "18.00", "0.00", "43.00", "4.3"},
		{"subscription and minimum", "25.00", "50.00", 10, "18.00", "32.00", "75.00", "7.5"},
		{"empty month pays the terms", "25.00", "50.00", 0, "0.00", "50.00", "75.00", "0"},
		{"empty month, no terms", "0.00", "0.00", 0, "0.00", "0.00", "0.00", "0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := fee.Statement(flat(t, tt.subscription, tt.minimum), payments(tt.n))
			require.NoError(t, err)
			assert.Equal(t, eur(t, tt.fees), m.TransactionFees)
			assert.Equal(t, eur(t, tt.topUp), m.MinimumTopUp)
			assert.Equal(t, eur(t, tt.subscription), m.Subscription)
			assert.Equal(t, eur(t, tt.total), m.Total)
			assert.True(t, m.EffectiveRate.Equal(pct(tt.effective)), "got %s", m.EffectiveRate)
		})
	}
}

func TestStatementWithoutVolume(t *testing.T) {
	// Refunds only: fees but no volume, so no rate is defined.
	s := build(t, illustrativeA(t))
	m, err := fee.Statement(s, []fee.Transaction{tx("card", fee.RegionEEA, fee.SegmentConsumer, fee.Refund, eur(t, "20.00"))})
	require.NoError(t, err)
	assert.True(t, m.Volume.IsZero())
	assert.Equal(t, eur(t, "0.00"), m.Volume)
	assert.Equal(t, eur(t, "0.25"), m.Total)
	assert.True(t, m.EffectiveRate.IsZero())
}

func TestStatementErrors(t *testing.T) {
	s := build(t, illustrativeA(t))
	good := tx("ideal", fee.RegionAny, fee.SegmentAny, fee.Success, eur(t, "10.00"))
	maxEUR, err := money.FromMinor(money.MaxMinor, eurCurrency(t))
	require.NoError(t, err)
	tests := []struct {
		name   string
		txs    []fee.Transaction
		index  int
		target error
	}{
		{"unmatched transaction", []fee.Transaction{good, good, tx("paypal", fee.RegionAny, fee.SegmentAny, fee.Success, eur(t, "5.00"))}, 2, fee.ErrNoRule},
		{"invalid transaction", []fee.Transaction{good, tx("ideal", fee.RegionAny, fee.SegmentAny, 0, eur(t, "5.00"))}, 1, fee.ErrInvalidTransaction},
		{"volume overflow", []fee.Transaction{
			tx("ideal", fee.RegionAny, fee.SegmentAny, fee.Success, maxEUR),
			tx("ideal", fee.RegionAny, fee.SegmentAny, fee.Success, eur(t, "0.01")),
		}, 1, fee.ErrOverflow},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := fee.Statement(s, tt.txs)
			require.ErrorIs(t, err, tt.target)
			var se *fee.StatementError
			require.ErrorAs(t, err, &se)
			assert.Equal(t, tt.index, se.Index)
			assert.Contains(t, err.Error(), "transaction ")
			assert.Equal(t, fee.Monthly{}, m)
		})
	}
}

func TestStatementTotalOverflow(t *testing.T) {
	maxEUR, err := money.FromMinor(money.MaxMinor, eurCurrency(t))
	require.NoError(t, err)
	s := build(t, fee.Config{Name: "huge subscription", Currency: eurCurrency(t), Rounding: money.HalfUp, MonthlyFee: maxEUR,
		Rules: []fee.Rule{{Event: fee.Success, Fixed: eur(t, "0.01")}}})
	_, err = fee.Statement(s, []fee.Transaction{tx("card", fee.RegionAny, fee.SegmentAny, fee.Success, eur(t, "1.00"))})
	require.ErrorIs(t, err, fee.ErrOverflow)
	require.ErrorIs(t, err, money.ErrOverflow)
	assert.Contains(t, err.Error(), "monthly total")
}
