package fee_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/payment/fee"
)

// fuzzParse checks a parser: it never panics, a code it accepts is its
// value's String in another case, and a refusal matches the sentinel.
func fuzzParse[T interface {
	String() string
	Valid() bool
}](t *testing.T, in string, parse func(string) (T, error), sentinel error) {
	v, err := parse(in)
	if err != nil {
		require.ErrorIs(t, err, sentinel)
		var ue *fee.UnknownError
		require.True(t, errors.As(err, &ue))
		assert.Equal(t, in, ue.Input)
		return
	}
	require.True(t, v.Valid())
	require.True(t, strings.EqualFold(in, v.String()), "%q parsed as %s", in, v)
	again, err := parse(v.String())
	require.NoError(t, err)
	require.Equal(t, v, again)
}

func FuzzParseRegion(f *testing.F) {
	for _, s := range []string{"any", "domestic", "EEA", "uk", "international", "", "eu", "ΕΕΑ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) { fuzzParse(t, in, fee.ParseRegion, fee.ErrUnknownRegion) })
}

func FuzzParseSegment(f *testing.F) {
	for _, s := range []string{"any", "consumer", "Commercial", "premium", "", "business"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) { fuzzParse(t, in, fee.ParseSegment, fee.ErrUnknownSegment) })
}

func FuzzParseEvent(f *testing.F) {
	for _, s := range []string{"success", "refund", "CHARGEBACK", "failure", "", "any"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) { fuzzParse(t, in, fee.ParseEvent, fee.ErrUnknownEvent) })
}

// FuzzFee checks the fee's invariants on any amount and rule: no panic,
// never negative, within the rule's minimum and maximum, fixed + the
// percentage part rounded once when unclamped, and that part within a cent
// of the exact product.
func FuzzFee(f *testing.F) {
	f.Add(int64(10000), int64(25), "1.5", int64(0), int64(0))
	f.Add(int64(0), int64(25), "3.25", int64(50), int64(500))
	f.Add(int64(9223372036854775807), int64(25), "100", int64(0), int64(0))
	f.Add(int64(333), int64(0), "1.5", int64(0), int64(1))
	f.Fuzz(func(t *testing.T, amount, fixed int64, percent string, lo, hi int64) {
		eurC := eurCurrency(t)
		p, err := decimal.NewFromString(percent)
		if err != nil || amount < 0 || fixed < 0 || lo < 0 || hi < 0 {
			return
		}
		rule := fee.Rule{Event: fee.Success, Fixed: minor(t, fixed, eurC), Percent: p, Min: minor(t, lo, eurC), Max: minor(t, hi, eurC)}
		s, err := fee.NewSchedule(fee.Config{Name: "fuzz", Currency: eurC, Rounding: money.HalfEven, Rules: []fee.Rule{rule}})
		if err != nil {
			require.ErrorIs(t, err, fee.ErrInvalidSchedule)
			return
		}
		c, err := s.Fee(fee.Transaction{Method: "card", Event: fee.Success, Amount: minor(t, amount, eurC)})
		if err != nil {
			require.ErrorIs(t, err, fee.ErrOverflow)
			return
		}
		require.GreaterOrEqual(t, c.Fee.Minor(), int64(0))
		require.GreaterOrEqual(t, c.Fee.Minor(), lo)
		if hi > 0 {
			require.LessOrEqual(t, c.Fee.Minor(), hi)
		}
		exact := decimal.NewFromInt(amount).Mul(p).Shift(-2)
		require.True(t, exact.Sub(decimal.NewFromInt(c.Variable.Minor())).Abs().LessThanOrEqual(decimal.NewFromInt(1)))
		if c.Clamp == fee.Unclamped {
			require.Equal(t, fixed+c.Variable.Minor(), c.Fee.Minor())
		}
	})
}

// minor is n minor units of c.
func minor(tb testing.TB, n int64, c money.Currency) money.Money {
	tb.Helper()
	m, err := money.FromMinor(n, c)
	require.NoError(tb, err)
	return m
}
