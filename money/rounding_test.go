package money_test

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/money"
)

var allModes = []money.RoundingMode{money.HalfUp, money.HalfEven, money.Down, money.Up, money.Floor, money.Ceiling}

func TestRoundingModes(t *testing.T) {
	// Each row: amount in cents times 0.1, so the exact result is amount/10.
	tests := []struct {
		cents                                   int64
		halfUp, halfEven, down, up, floor, ceil int64
	}{
		{25, 3, 2, 2, 3, 2, 3},
		{35, 4, 4, 3, 4, 3, 4},
		{-25, -3, -2, -2, -3, -3, -2},
		{-35, -4, -4, -3, -4, -4, -3},
		{24, 2, 2, 2, 3, 2, 3},
		{26, 3, 3, 2, 3, 2, 3},
		{-24, -2, -2, -2, -3, -3, -2},
		{-26, -3, -3, -2, -3, -3, -2},
		{30, 3, 3, 3, 3, 3, 3},
		{-30, -3, -3, -3, -3, -3, -3},
		{0, 0, 0, 0, 0, 0, 0},
		{1, 0, 0, 0, 1, 0, 1},
		{-1, 0, 0, 0, -1, -1, 0},
	}
	tenth := decimal.RequireFromString("0.1")
	for _, tt := range tests {
		want := []int64{tt.halfUp, tt.halfEven, tt.down, tt.up, tt.floor, tt.ceil}
		for i, mode := range allModes {
			got, err := eur(t, tt.cents).Mul(tenth, mode)
			require.NoError(t, err)
			assert.Equal(t, want[i], got.Minor(), "%d × 0.1 %v", tt.cents, mode)
			// The decimal rounding routine agrees.
			d, err := money.Round(decimal.New(tt.cents, -1), 0, mode)
			require.NoError(t, err)
			assert.Equal(t, want[i], d.IntPart(), "Round(%d/10) %v", tt.cents, mode)
		}
	}
}

func TestMulVAT(t *testing.T) {
	tests := []struct {
		net  int64
		rate string
		want int64
	}{
		{1000, "0.21", 210},   // 10.00 at 21 %
		{5, "0.21", 1},        // 0.05 at 21 % = 0.0105 -> 0.01 (per line, law-and-tax V-rounding)
		{50, "0.21", 11},      // 0.50 at 21 % = 0.105 -> 0.11 (per rate on the total)
		{1886, "0.06", 113},   // 18.86 at 6 % = 1.1316 -> 1.13
		{4131, "0.21", 868},   // 41.31 at 21 % = 8.6751 -> 8.68
		{-1000, "0.21", -210}, // credit notes
		{1000, "0.055", 55},
		{1000, "0.255", 255},
		{1999, "1", 1999},
		{12345, "0", 0},
	}
	for _, tt := range tests {
		got, err := eur(t, tt.net).Mul(decimal.RequireFromString(tt.rate), money.HalfUp)
		require.NoError(t, err)
		assert.Equal(t, tt.want, got.Minor(), "%d × %s", tt.net, tt.rate)
	}
}

// TestMulFastMatchesDecimal checks the 128-bit path against shopspring's
// arbitrary precision for random amounts, rates and modes.
func TestMulFastMatchesDecimal(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		amount := r.Int64N(2_000_000_000) - 1_000_000_000
		if r.IntN(4) == 0 {
			amount = r.Int64() - r.Int64()/2
		}
		if amount == math.MinInt64 {
			continue
		}
		rate := decimal.New(r.Int64N(2_000_000)-1_000_000, -int32(r.IntN(10)))
		mode := allModes[r.IntN(len(allModes))]
		exact := decimal.NewFromInt(amount).Mul(rate)
		want, err := money.Round(exact, 0, mode)
		require.NoError(t, err)
		got, err := eur(t, amount).Mul(rate, mode)
		if !want.BigInt().IsInt64() || want.IntPart() == math.MinInt64 {
			require.ErrorIs(t, err, money.ErrOverflow, "%d × %s", amount, rate)
			continue
		}
		require.NoError(t, err, "%d × %s", amount, rate)
		require.Equal(t, want.IntPart(), got.Minor(), "%d × %s %v", amount, rate, mode)
	}
}

func TestMulSlowPath(t *testing.T) {
	// A rate with a positive exponent and one with more than 18 digits use
	// arbitrary precision; results are the same as for the fast path.
	got, err := eur(t, 12).Mul(decimal.New(3, 2), money.HalfUp)
	require.NoError(t, err)
	assert.Equal(t, int64(3600), got.Minor())
	long := decimal.RequireFromString("0.2100000000000000000000001")
	got, err = eur(t, 1000).Mul(long, money.HalfUp)
	require.NoError(t, err)
	assert.Equal(t, int64(210), got.Minor())
	got, err = eur(t, 1000).Mul(long, money.Up)
	require.NoError(t, err)
	assert.Equal(t, int64(211), got.Minor())
	_, err = eur(t, math.MaxInt64).Mul(decimal.New(1, 1), money.HalfUp)
	assert.ErrorIs(t, err, money.ErrOverflow)
	_, err = eur(t, math.MaxInt64).Mul(decimal.RequireFromString("1.5"), money.HalfUp)
	assert.ErrorIs(t, err, money.ErrOverflow)
	_, err = eur(t, 100).Mul(decimal.New(1, 0), 0)
	assert.ErrorIs(t, err, money.ErrRoundingMode)
	_, err = eur(t, 100).Mul(decimal.New(1, 0), 42)
	assert.ErrorIs(t, err, money.ErrRoundingMode)
}

func TestFromDecimal(t *testing.T) {
	tests := []struct {
		value, code string
		mode        money.RoundingMode
		want        string
	}{
		{"12.345", "EUR", money.HalfUp, "12.35 EUR"},
		{"12.345", "EUR", money.HalfEven, "12.34 EUR"},
		{"-12.345", "EUR", money.HalfUp, "-12.35 EUR"},
		{"12.5", "JPY", money.HalfEven, "12 JPY"},
		{"1.23456", "KWD", money.Down, "1.234 KWD"},
		{"12.50", "EUR", money.Up, "12.50 EUR"},
	}
	for _, tt := range tests {
		got, err := money.FromDecimal(decimal.RequireFromString(tt.value), tt.code, tt.mode)
		require.NoError(t, err)
		assert.Equal(t, tt.want, got.String())
	}
	_, err := money.FromDecimal(decimal.RequireFromString("1e30"), "EUR", money.HalfUp)
	assert.ErrorIs(t, err, money.ErrOverflow)
	_, err = money.FromDecimal(decimal.RequireFromString("1"), "NOPE", money.HalfUp)
	assert.ErrorIs(t, err, money.ErrUnknownCurrency)
	_, err = money.FromDecimal(decimal.RequireFromString("1"), "EUR", money.RoundingMode(0))
	assert.ErrorIs(t, err, money.ErrRoundingMode)
}

func TestRoundCash(t *testing.T) {
	// Belgian cash rounding: 1 and 2 down, 3 to 7 to 5, 8 and 9 up.
	tests := []struct{ in, want int64 }{
		{1250, 1250}, {1251, 1250}, {1252, 1250}, {1253, 1255}, {1254, 1255},
		{1256, 1255}, {1257, 1255}, {1258, 1260}, {1259, 1260},
		{-1253, -1255}, {-1252, -1250}, {0, 0}, {2, 0}, {3, 5},
	}
	for _, tt := range tests {
		got, err := eur(t, tt.in).RoundCash(5, money.HalfUp)
		require.NoError(t, err)
		assert.Equal(t, tt.want, got.Minor(), "%d", tt.in)
	}
	// Increment 25 has a true half: 12.5 rounds by the mode.
	got, err := eur(t, 1225+12).RoundCash(25, money.Floor)
	require.NoError(t, err)
	assert.Equal(t, int64(1225), got.Minor())
	got, err = eur(t, 1225+12).RoundCash(25, money.Up)
	require.NoError(t, err)
	assert.Equal(t, int64(1250), got.Minor())

	_, err = eur(t, 100).RoundCash(0, money.HalfUp)
	assert.ErrorIs(t, err, money.ErrInvalidArgument)
	_, err = eur(t, 100).RoundCash(-5, money.HalfUp)
	assert.ErrorIs(t, err, money.ErrInvalidArgument)
	_, err = eur(t, 100).RoundCash(5, 0)
	assert.ErrorIs(t, err, money.ErrRoundingMode)
	_, err = eur(t, math.MaxInt64).RoundCash(5, money.Up)
	assert.ErrorIs(t, err, money.ErrOverflow)
}

func TestRoundDecimal(t *testing.T) {
	d := decimal.RequireFromString("0.012345")
	got, err := money.Round(d, 4, money.HalfUp)
	require.NoError(t, err)
	assert.Equal(t, "0.0123", got.String())
	got, err = money.Round(d, 4, money.Ceiling)
	require.NoError(t, err)
	assert.Equal(t, "0.0124", got.String())
	_, err = money.Round(d, 4, money.RoundingMode(0))
	assert.ErrorIs(t, err, money.ErrRoundingMode)
}

func TestRoundingModeString(t *testing.T) {
	assert.Equal(t, "HalfUp", money.HalfUp.String())
	assert.Equal(t, "Ceiling", money.Ceiling.String())
	assert.Equal(t, "RoundingMode(0)", money.RoundingMode(0).String())
	assert.Equal(t, "RoundingMode(9)", money.RoundingMode(9).String())
	for _, m := range allModes {
		assert.True(t, m.Valid(), m)
	}
	assert.False(t, money.RoundingMode(0).Valid())
	assert.False(t, money.RoundingMode(7).Valid())
}

func TestMulDivVATFromGross(t *testing.T) {
	// law-and-tax.md V-rounding and pricing.md: VAT included in a gross price
	// is gross × rate ÷ (1 + rate), rounded once; net is gross - VAT.
	tests := []struct {
		gross    int64
		rate     string
		vat, net int64
	}{
		{1999, "0.06", 113, 1886},
		{4999, "0.21", 868, 4131},
		{1210, "0.21", 210, 1000},
		{2997, "0.21", 520, 2477}, // 3 × 9.99: gross stays 29.97
		{-1210, "0.21", -210, -1000},
		{0, "0.21", 0, 0},
		{1, "0.21", 0, 1},
	}
	one := decimal.NewFromInt(1)
	for _, tt := range tests {
		gross := eur(t, tt.gross)
		rate := decimal.RequireFromString(tt.rate)
		vat, err := gross.MulDiv(rate, one.Add(rate), money.HalfUp)
		require.NoError(t, err)
		assert.Equal(t, tt.vat, vat.Minor(), "VAT in %s at %s", gross, tt.rate)
		net, err := gross.Sub(vat)
		require.NoError(t, err)
		assert.Equal(t, tt.net, net.Minor())
		back, err := net.Add(vat)
		require.NoError(t, err)
		assert.Equal(t, gross, back, "net + VAT = gross")
	}
}

// TestMulDivAgainstRat checks MulDiv against exact rational arithmetic for
// every mode, and against Mul when the divisor is 1.
func TestMulDivAgainstRat(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	for range 5000 {
		amount := r.Int64N(20_000_000) - 10_000_000
		num := decimal.New(r.Int64N(20_000)-10_000, -int32(r.IntN(6)))
		den := decimal.New(r.Int64N(20_000)-10_000, -int32(r.IntN(6)))
		if den.IsZero() {
			continue
		}
		mode := allModes[r.IntN(len(allModes))]
		got, err := eur(t, amount).MulDiv(num, den, mode)
		require.NoError(t, err)
		exact := decimal.NewFromInt(amount).Mul(num).DivRound(den, 40)
		want, err := money.Round(exact, 0, mode)
		require.NoError(t, err)
		require.Equal(t, want.IntPart(), got.Minor(), "%d × %s ÷ %s %v", amount, num, den, mode)

		viaMul, err := eur(t, amount).Mul(num, mode)
		require.NoError(t, err)
		viaMulDiv, err := eur(t, amount).MulDiv(num, decimal.NewFromInt(1), mode)
		require.NoError(t, err)
		require.Equal(t, viaMul, viaMulDiv)
	}
}

func TestMulDivErrors(t *testing.T) {
	_, err := eur(t, 100).MulDiv(decimal.NewFromInt(1), decimal.Zero, money.HalfUp)
	assert.ErrorIs(t, err, money.ErrInvalidArgument)
	_, err = eur(t, 100).MulDiv(decimal.NewFromInt(1), decimal.NewFromInt(1), 0)
	assert.ErrorIs(t, err, money.ErrRoundingMode)
	_, err = eur(t, math.MaxInt64).MulDiv(decimal.NewFromInt(3), decimal.NewFromInt(2), money.HalfUp)
	assert.ErrorIs(t, err, money.ErrOverflow)
	got, err := eur(t, math.MaxInt64).MulDiv(decimal.NewFromInt(3), decimal.NewFromInt(3), money.HalfUp)
	require.NoError(t, err)
	assert.Equal(t, eur(t, math.MaxInt64), got, "128-bit and beyond intermediates are exact")
}

// widen returns d with the same value and a coefficient too large for the
// 128-bit fast path, to drive the arbitrary-precision path.
func widen(d decimal.Decimal) decimal.Decimal {
	coef := new(big.Int).Mul(d.Coefficient(), new(big.Int).Exp(big.NewInt(10), big.NewInt(20), nil))
	return decimal.NewFromBigInt(coef, d.Exponent()-20)
}

// TestFastAndSlowPathsAgree checks that the 128-bit path and the
// arbitrary-precision path give the same result, error included.
func TestFastAndSlowPathsAgree(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for range 3000 {
		amount := r.Int64N(2_000_000_000) - 1_000_000_000
		if r.IntN(5) == 0 {
			amount = r.Int64() / (1 + r.Int64N(10))
		}
		num := decimal.New(r.Int64N(2_000_000)-1_000_000, int32(r.IntN(12))-8)
		den := decimal.New(1+r.Int64N(1_000_000), int32(r.IntN(12))-8)
		mode := allModes[r.IntN(len(allModes))]
		m := eur(t, amount)

		fast, errFast := m.MulDiv(num, den, mode)
		slow, errSlow := m.MulDiv(widen(num), widen(den), mode)
		require.Equal(t, errFast == nil, errSlow == nil, "%v × %s ÷ %s: %v / %v", m, num, den, errFast, errSlow)
		require.Equal(t, fast, slow, "%v × %s ÷ %s %v", m, num, den, mode)

		fast, errFast = m.Mul(num, mode)
		slow, errSlow = m.Mul(widen(num), mode)
		require.Equal(t, errFast == nil, errSlow == nil, "%v × %s: %v / %v", m, num, errFast, errSlow)
		require.Equal(t, fast, slow, "%v × %s %v", m, num, mode)
	}
}

func TestFromUnitPrice(t *testing.T) {
	eurC := mustCurrency(t, "EUR")
	tests := []struct {
		unit, qty string
		mode      money.RoundingMode
		want      int64
	}{
		{"0.0125", "1000", money.HalfUp, 1250}, // pricing.md: 1,000 screws
		{"3.99", "1.234", money.HalfUp, 492},   // 4.92366 kg-priced goods
		{"3.99", "1.234", money.Up, 493},
		{"9.99", "3", money.HalfUp, 2997},
		{"0.005", "1", money.HalfUp, 1},
		{"0.005", "1", money.HalfEven, 0},
		{"-0.005", "1", money.HalfUp, -1},
		{"12.50", "0", money.HalfUp, 0},
		{"1E+2", "3", money.HalfUp, 30000},
	}
	for _, tt := range tests {
		got, err := money.FromUnitPrice(decimal.RequireFromString(tt.unit), decimal.RequireFromString(tt.qty), eurC, tt.mode)
		require.NoError(t, err)
		assert.Equal(t, tt.want, got.Minor(), "%s × %s", tt.unit, tt.qty)
	}
	_, err := money.FromUnitPrice(decimal.RequireFromString("1e17"), decimal.RequireFromString("1000"), eurC, money.HalfUp)
	assert.ErrorIs(t, err, money.ErrOverflow)
	_, err = money.FromUnitPrice(decimal.NewFromInt(1), decimal.NewFromInt(1), money.Currency{}, money.HalfUp)
	assert.ErrorIs(t, err, money.ErrUnknownCurrency)
	_, err = money.FromUnitPrice(decimal.NewFromInt(1), decimal.NewFromInt(1), eurC, 0)
	assert.ErrorIs(t, err, money.ErrRoundingMode)

	// The fast path agrees with arbitrary precision.
	r := rand.New(rand.NewPCG(13, 14))
	for range 3000 {
		unit := decimal.New(r.Int64N(2_000_000)-1_000_000, -int32(r.IntN(7)))
		qty := decimal.New(r.Int64N(100_000), -int32(r.IntN(4)))
		mode := allModes[r.IntN(len(allModes))]
		fast, err := money.FromUnitPrice(unit, qty, eurC, mode)
		require.NoError(t, err)
		slow, err := money.FromUnitPrice(widen(unit), widen(qty), eurC, mode)
		require.NoError(t, err)
		require.Equal(t, fast, slow, "%s × %s %v", unit, qty, mode)
	}
}

// TestHostileExponents: exponents far out of range are decided without
// expanding them, so these return at once.
func TestHostileExponents(t *testing.T) {
	eurC := mustCurrency(t, "EUR")
	tiny := decimal.New(1, -100_000_000)
	huge := decimal.New(1, 10_000_000)

	got, err := money.FromDecimal(tiny, "EUR", money.HalfUp)
	require.NoError(t, err)
	assert.Equal(t, int64(0), got.Minor())
	got, err = money.FromDecimal(tiny, "EUR", money.Up)
	require.NoError(t, err)
	assert.Equal(t, int64(1), got.Minor())
	got, err = money.FromDecimal(tiny.Neg(), "EUR", money.Floor)
	require.NoError(t, err)
	assert.Equal(t, int64(-1), got.Minor())

	_, err = money.FromDecimal(decimal.New(1, 100_000), "EUR", money.HalfUp)
	require.ErrorIs(t, err, money.ErrOverflow)
	assert.Less(t, len(err.Error()), 200, "the error message stays short")

	_, err = eur(t, 100).Mul(huge, money.HalfUp)
	assert.ErrorIs(t, err, money.ErrOverflow)
	got, err = eur(t, 100).Mul(tiny, money.Ceiling)
	require.NoError(t, err)
	assert.Equal(t, int64(1), got.Minor())
	got, err = eur(t, 100).MulDiv(decimal.New(3, -3_000_000), decimal.NewFromInt(1), money.HalfEven)
	require.NoError(t, err)
	assert.Equal(t, int64(0), got.Minor())
	_, err = eur(t, 100).MulDiv(decimal.NewFromInt(1), decimal.New(3, -3_000_000), money.HalfEven)
	assert.ErrorIs(t, err, money.ErrOverflow)

	// Exponents that would wrap an int32 when added.
	_, err = money.FromUnitPrice(decimal.New(1, math.MaxInt32), decimal.New(1, math.MaxInt32), eurC, money.HalfUp)
	assert.ErrorIs(t, err, money.ErrOverflow)
	got, err = money.FromUnitPrice(decimal.New(1, math.MinInt32), decimal.New(1, math.MinInt32), eurC, money.HalfUp)
	require.NoError(t, err)
	assert.Equal(t, int64(0), got.Minor())

	r, err := money.Round(tiny, 2, money.Up)
	require.NoError(t, err)
	assert.Equal(t, "0.01", r.String())
	r, err = money.Round(huge, 2, money.Up)
	require.NoError(t, err)
	assert.True(t, r.Equal(huge))
}

func TestIncludedPart(t *testing.T) {
	one := decimal.New(1, 0)
	for _, tt := range []struct {
		gross int64
		rate  string
		want  int64
	}{{1210, "0.21", 210}, {1999, "0.06", 113}, {4999, "0.21", 868}, {2997, "0.21", 520}, {1000, "0.055", 52}, {-1210, "0.21", -210}, {1000, "0", 0}} {
		got, err := eur(t, tt.gross).IncludedPart(decimal.RequireFromString(tt.rate), money.HalfUp)
		require.NoError(t, err)
		assert.Equal(t, tt.want, got.Minor(), "%d at %s", tt.gross, tt.rate)
	}
	// It is MulDiv(rate, 1 + rate) for any rate and mode.
	r := rand.New(rand.NewPCG(15, 16))
	for range 3000 {
		m := eur(t, r.Int64N(2_000_000_000)-1_000_000_000)
		rate := decimal.New(r.Int64N(3_000_000)-1_000_000, -int32(r.IntN(8)))
		if rate.Equal(one.Neg()) {
			continue
		}
		mode := allModes[r.IntN(len(allModes))]
		want, errWant := m.MulDiv(rate, rate.Add(one), mode)
		got, err := m.IncludedPart(rate, mode)
		require.Equal(t, errWant == nil, err == nil)
		require.Equal(t, want, got, "%v at %s %v", m, rate, mode)
	}
	_, err := eur(t, 100).IncludedPart(one.Neg(), money.HalfUp)
	assert.ErrorIs(t, err, money.ErrInvalidArgument)
	_, err = eur(t, 100).IncludedPart(one, 0)
	assert.ErrorIs(t, err, money.ErrRoundingMode)
}
