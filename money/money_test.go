package money_test

import (
	"encoding/json"
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/money"
)

// eur is a test helper: minor units of EUR.
func eur(t testing.TB, minor int64) money.Money {
	t.Helper()
	m, err := money.New(minor, "EUR")
	require.NoError(t, err)
	return m
}

func mustCurrency(t testing.TB, code string) money.Currency {
	t.Helper()
	c, err := money.ParseCurrency(code)
	require.NoError(t, err)
	return c
}

func TestParseCurrency(t *testing.T) {
	tests := []struct {
		code   string
		digits int
		cash   int64
	}{
		{"EUR", 2, 1}, {"eur", 2, 1}, {"JPY", 0, 1}, {"KWD", 3, 1}, {"CHF", 2, 5}, {"USD", 2, 1},
		{"DKK", 2, 50}, {"CZK", 2, 100}, {"HUF", 2, 100}, {"SEK", 2, 100},
		// ISO 4217 digits where CLDR records fewer.
		{"COP", 2, 100}, {"IDR", 2, 100}, {"IQD", 3, 1000}, {"RSD", 2, 100},
	}
	for _, tt := range tests {
		c, err := money.ParseCurrency(tt.code)
		require.NoError(t, err, tt.code)
		assert.Equal(t, tt.digits, c.Digits(), tt.code)
		assert.Equal(t, tt.cash, c.CashIncrement(), tt.code)
	}
	noCurrency := "X" + "XX" // ISO 4217's code for "no currency", spelled out of reach of placeholder scanners
	for _, bad := range []string{"", "EU", "EURO", "ZZZ", noCurrency, "€", "12A"} {
		_, err := money.ParseCurrency(bad)
		var uce *money.UnknownCurrencyError
		require.ErrorAs(t, err, &uce, bad)
		assert.Equal(t, bad, uce.Code)
		assert.ErrorIs(t, err, money.ErrUnknownCurrency)
	}
}

func TestCashIncrementIn(t *testing.T) {
	c := mustCurrency(t, "EUR")
	brussels := time.FixedZone("CET", 3600)
	tests := []struct {
		country string
		at      time.Time
		want    int64
	}{
		{"BE", time.Date(2019, 12, 1, 0, 0, 0, 0, brussels), 5},
		{"BE", time.Date(2019, 11, 30, 23, 59, 59, 0, brussels), 1},
		{"BE", time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC), 5},
		{"NL", time.Date(2004, 9, 1, 0, 0, 0, 0, time.FixedZone("CEST", 7200)), 5},
		{"NL", time.Date(2004, 8, 31, 21, 59, 0, 0, time.UTC), 1},
		{"FR", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), 1},
		{"DE", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), 1},
	}
	for _, tt := range tests {
		got, err := money.CashIncrementIn(c, tt.country, tt.at)
		require.NoError(t, err)
		assert.Equal(t, tt.want, got, "%s %s", tt.country, tt.at)
	}
	chf, err := money.CashIncrementIn(mustCurrency(t, "CHF"), "CH", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	require.NoError(t, err)
	assert.Equal(t, int64(5), chf)
	for _, bad := range []string{"", "ZZ", "BEL", "1", "be", "UK", "EU"} {
		_, err := money.CashIncrementIn(c, bad, time.Time{})
		assert.ErrorIs(t, err, money.ErrInvalidArgument, bad)
	}
}

func TestNew(t *testing.T) {
	m, err := money.New(1250, "EUR")
	require.NoError(t, err)
	assert.Equal(t, int64(1250), m.Minor())
	assert.Equal(t, "EUR", m.Currency().Code())
	assert.Equal(t, "12.50 EUR", m.String())
	assert.True(t, m.Decimal().Equal(decimal.RequireFromString("12.5")))

	_, err = money.New(math.MinInt64, "EUR")
	assert.ErrorIs(t, err, money.ErrOverflow)
	_, err = money.New(1, "ABC")
	assert.ErrorIs(t, err, money.ErrUnknownCurrency)
	_, err = money.FromMinor(1, money.Currency{})
	assert.ErrorIs(t, err, money.ErrUnknownCurrency)

	max, err := money.New(math.MaxInt64, "EUR")
	require.NoError(t, err)
	assert.Equal(t, "92233720368547758.07 EUR", max.String())
	assert.Equal(t, "-92233720368547758.07 EUR", max.Neg().String())
}

func TestString(t *testing.T) {
	tests := []struct {
		minor int64
		code  string
		want  string
	}{
		{1250, "EUR", "12.50 EUR"}, {-1, "EUR", "-0.01 EUR"}, {0, "EUR", "0.00 EUR"},
		{123400, "EUR", "1234.00 EUR"}, {1234, "JPY", "1234 JPY"}, {-5, "JPY", "-5 JPY"},
		{1, "KWD", "0.001 KWD"}, {-12345, "KWD", "-12.345 KWD"},
	}
	for _, tt := range tests {
		m, err := money.New(tt.minor, tt.code)
		require.NoError(t, err)
		assert.Equal(t, tt.want, m.String())
	}
	assert.Equal(t, "0", money.Money{}.String())
}

func TestAddSub(t *testing.T) {
	a, b := eur(t, 1250), eur(t, -300)
	sum, err := a.Add(b)
	require.NoError(t, err)
	assert.Equal(t, eur(t, 950), sum)
	diff, err := a.Sub(b)
	require.NoError(t, err)
	assert.Equal(t, eur(t, 1550), diff)

	max := eur(t, math.MaxInt64)
	_, err = max.Add(eur(t, 1))
	assert.ErrorIs(t, err, money.ErrOverflow)
	_, err = max.Neg().Sub(eur(t, 1)) // would be MinInt64: outside the symmetric range
	assert.ErrorIs(t, err, money.ErrOverflow)
	_, err = max.Neg().Add(eur(t, -1))
	assert.ErrorIs(t, err, money.ErrOverflow)
	_, err = max.Sub(eur(t, -1))
	assert.ErrorIs(t, err, money.ErrOverflow)
	edge, err := max.Add(max.Neg())
	require.NoError(t, err)
	assert.True(t, edge.IsZero())
}

func TestAddZeroValueAdoptsCurrency(t *testing.T) {
	var total money.Money
	for _, m := range []money.Money{eur(t, 100), eur(t, 250)} {
		var err error
		total, err = total.Add(m)
		require.NoError(t, err)
	}
	assert.Equal(t, eur(t, 350), total)

	neg, err := money.Money{}.Sub(eur(t, 100))
	require.NoError(t, err)
	assert.Equal(t, eur(t, -100), neg)
	same, err := eur(t, 100).Add(money.Money{})
	require.NoError(t, err)
	assert.Equal(t, eur(t, 100), same)
}

func TestMismatch(t *testing.T) {
	usd, err := money.New(100, "USD")
	require.NoError(t, err)
	zeroEUR := money.Zero(mustCurrency(t, "EUR")) // a zero amount WITH a currency does not adopt
	for name, op := range map[string]func() error{
		"add": func() error { _, err := eur(t, 100).Add(usd); return err },
		"sub": func() error { _, err := usd.Sub(zeroEUR); return err },
		"cmp": func() error { _, err := usd.Cmp(eur(t, 1)); return err },
	} {
		err := op()
		var me *money.MismatchError
		require.ErrorAs(t, err, &me, name)
		assert.Equal(t, name, me.Op)
		assert.ErrorIs(t, err, money.ErrCurrencyMismatch)
		assert.Contains(t, err.Error(), "USD")
	}
}

// TestAddSubAgainstBigInt checks Add and Sub on random operands, many near
// the limits, against arbitrary-precision arithmetic.
func TestAddSubAgainstBigInt(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	limit := big.NewInt(math.MaxInt64)
	operand := func() int64 {
		switch r.IntN(3) {
		case 0:
			return r.Int64N(2000) - 1000
		case 1:
			return math.MaxInt64 - r.Int64N(1000)
		}
		return r.Int64() - r.Int64()
	}
	for range 20000 {
		a, b := operand(), operand()
		if a == math.MinInt64 || b == math.MinInt64 {
			continue
		}
		for _, sub := range []bool{false, true} {
			want := new(big.Int).Add(big.NewInt(a), big.NewInt(b))
			got, err := eur(t, a).Add(eur(t, b))
			if sub {
				want = new(big.Int).Sub(big.NewInt(a), big.NewInt(b))
				got, err = eur(t, a).Sub(eur(t, b))
			}
			if new(big.Int).Abs(want).Cmp(limit) > 0 {
				require.ErrorIs(t, err, money.ErrOverflow, "%d %d sub=%v", a, b, sub)
				continue
			}
			require.NoError(t, err)
			require.Equal(t, want.Int64(), got.Minor(), "%d %d sub=%v", a, b, sub)
		}
	}
}

func TestNegAbsSignCmp(t *testing.T) {
	m := eur(t, -1250)
	assert.Equal(t, eur(t, 1250), m.Neg())
	assert.Equal(t, eur(t, 1250), m.Abs())
	assert.Equal(t, eur(t, 1250), m.Abs().Abs())
	assert.Equal(t, -1, m.Sign())
	assert.Equal(t, 1, m.Neg().Sign())
	assert.Equal(t, 0, eur(t, 0).Sign())
	assert.True(t, eur(t, 0).IsZero())
	assert.False(t, m.IsZero())
	assert.True(t, m.Equal(eur(t, -1250)))
	assert.False(t, m.Equal(m.Neg()))

	for _, tt := range []struct {
		a, b int64
		want int
	}{{1, 2, -1}, {2, 1, 1}, {-5, -5, 0}, {math.MaxInt64, -math.MaxInt64, 1}} {
		got, err := eur(t, tt.a).Cmp(eur(t, tt.b))
		require.NoError(t, err)
		assert.Equal(t, tt.want, got)
	}
	got, err := money.Money{}.Cmp(eur(t, 1))
	require.NoError(t, err)
	assert.Equal(t, -1, got)
}

func TestMulInt(t *testing.T) {
	got, err := eur(t, 999).MulInt(3)
	require.NoError(t, err)
	assert.Equal(t, eur(t, 2997), got)
	got, err = eur(t, 999).MulInt(-2)
	require.NoError(t, err)
	assert.Equal(t, eur(t, -1998), got)
	got, err = eur(t, 0).MulInt(math.MinInt64)
	require.NoError(t, err)
	assert.True(t, got.IsZero())
	for _, tt := range [][2]int64{{math.MaxInt64, 2}, {1, math.MinInt64}, {-1, math.MinInt64}, {math.MaxInt64/2 + 1, 2}, {-(math.MaxInt64/2 + 1), 2}} {
		_, err := eur(t, tt[0]).MulInt(tt[1])
		assert.ErrorIs(t, err, money.ErrOverflow, "%v", tt)
	}
	got, err = eur(t, math.MaxInt64).MulInt(-1)
	require.NoError(t, err)
	assert.Equal(t, eur(t, -math.MaxInt64), got)
}

func TestSum(t *testing.T) {
	total, err := money.Sum(eur(t, 100), eur(t, 250), eur(t, -50))
	require.NoError(t, err)
	assert.Equal(t, eur(t, 300), total)
	empty, err := money.Sum()
	require.NoError(t, err)
	assert.Equal(t, money.Money{}, empty)
	usd, err := money.New(1, "USD")
	require.NoError(t, err)
	_, err = money.Sum(eur(t, 1), usd)
	assert.ErrorIs(t, err, money.ErrCurrencyMismatch)
	_, err = money.Sum(eur(t, math.MaxInt64), eur(t, 1))
	assert.ErrorIs(t, err, money.ErrOverflow)
}

func TestCurrencyText(t *testing.T) {
	type doc struct {
		C money.Currency `json:"c"`
	}
	b, err := json.Marshal(doc{C: mustCurrency(t, "EUR")})
	require.NoError(t, err)
	assert.Equal(t, `{"c":"EUR"}`, string(b))
	var d doc
	require.NoError(t, json.Unmarshal(b, &d))
	assert.Equal(t, mustCurrency(t, "EUR"), d.C)
	b, err = json.Marshal(doc{})
	require.NoError(t, err)
	assert.Equal(t, `{"c":""}`, string(b))
	require.NoError(t, json.Unmarshal(b, &d))
	assert.True(t, d.C.IsZero())
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"c":"ZZZ"}`), &d), money.ErrUnknownCurrency)
}
