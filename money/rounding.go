package money

import (
	"fmt"
	"math"
	"math/big"
	"math/bits"

	"github.com/shopspring/decimal"
)

// RoundingMode names how a value between two minor units is rounded. The
// zero RoundingMode is not a mode: every rounding in comptoir is chosen.
type RoundingMode uint8

// The rounding modes.
const (
	// HalfUp rounds to the nearest unit, halves away from zero (2.5 -> 3,
	// -2.5 -> -3). Belgian VAT rounding.
	HalfUp RoundingMode = iota + 1
	// HalfEven rounds to the nearest unit, halves to the even one (banker's).
	HalfEven
	// Down rounds toward zero (truncates).
	Down
	// Up rounds away from zero.
	Up
	// Floor rounds toward negative infinity.
	Floor
	// Ceiling rounds toward positive infinity.
	Ceiling
)

// String returns the mode's name.
func (r RoundingMode) String() string {
	switch r {
	case HalfUp:
		return "HalfUp"
	case HalfEven:
		return "HalfEven"
	case Down:
		return "Down"
	case Up:
		return "Up"
	case Floor:
		return "Floor"
	case Ceiling:
		return "Ceiling"
	}
	return fmt.Sprintf("RoundingMode(%d)", uint8(r))
}

func (r RoundingMode) valid() bool { return r >= HalfUp && r <= Ceiling }

// roundQuotient is the package's one rounding routine. Given the magnitude
// of an exact quotient as q + rem/div (rem < div) and its sign, it returns
// the magnitude rounded to a whole unit under mode r. ok is false when the
// result does not fit a uint64.
func (r RoundingMode) roundQuotient(q, rem, div uint64, negative bool) (uint64, bool) {
	if rem == 0 {
		return q, true
	}
	// Compare rem with div-rem rather than 2*rem with div: no overflow.
	half := 0
	if other := div - rem; rem > other {
		half = 1
	} else if rem < other {
		half = -1
	}
	if r.awayFromZero(half, q%2 == 1, negative) {
		q++
		return q, q != 0
	}
	return q, true
}

// awayFromZero decides an inexact rounding: whether the magnitude goes up
// to the next unit. half compares the discarded fraction with one half
// (-1 below, 0 exactly, +1 above); odd tells whether the magnitude kept so
// far is odd, for HalfEven.
func (r RoundingMode) awayFromZero(half int, odd, negative bool) bool {
	switch r {
	case Up:
		return true
	case Floor:
		return negative
	case Ceiling:
		return !negative
	case HalfUp:
		return half >= 0
	case HalfEven:
		return half > 0 || half == 0 && odd
	}
	return false // Down
}

// signed turns a magnitude and sign into an amount in the symmetric range.
func signed(mag uint64, negative bool) (int64, bool) {
	if mag > math.MaxInt64 {
		return 0, false
	}
	if negative {
		return -int64(mag), true
	}
	return int64(mag), true
}

// abs64 returns |v| as a uint64, correct for MinInt64 too.
func abs64(v int64) uint64 {
	if v < 0 {
		return uint64(-(v + 1)) + 1
	}
	return uint64(v)
}

// pow10 holds 10^0 .. 10^19, every power of ten a uint64 can hold.
func pow10(n int) (uint64, bool) {
	if n < 0 || n > 19 {
		return 0, false
	}
	p := uint64(1)
	for range n {
		p *= 10
	}
	return p, true
}

// Mul returns m × rate rounded to a minor unit with mode: the VAT on a net
// amount is net.Mul(rate, HalfUp). The exact product is rounded once.
func (m Money) Mul(rate decimal.Decimal, mode RoundingMode) (Money, error) {
	if !mode.valid() {
		return Money{}, fmt.Errorf("%w: %v", ErrRoundingMode, mode)
	}
	if nc, ne, ok := smallDecimal(rate); ok {
		if v, ok, fast := mulDiv128(m.amount, nc, ne, 1, 0, mode); fast {
			if !ok {
				return Money{}, opError("mul", ErrOverflow, m, rate)
			}
			return Money{amount: v, currency: m.currency}, nil
		}
	}
	return fromDecimalSlow(decimal.NewFromInt(m.amount).Mul(rate), 0, m.currency, mode)
}

// smallDecimal returns d's coefficient and exponent when the coefficient
// fits an int64 comfortably, as every real rate's does.
func smallDecimal(d decimal.Decimal) (coef int64, exp int32, ok bool) {
	if d.NumDigits() > 18 {
		return 0, 0, false
	}
	return d.CoefficientInt64(), d.Exponent(), true
}

// mulDiv128 computes amount × nc·10^ne ÷ (dc·10^de) in 128-bit integers and
// rounds it once with mode. fast is false when an intermediate does not fit
// and the caller must use arbitrary precision; otherwise ok reports whether
// the result fits the symmetric range. dc must not be zero.
func mulDiv128(amount, nc int64, ne int32, dc int64, de int32, mode RoundingMode) (v int64, ok, fast bool) {
	negative := (amount < 0) != (nc < 0) != (dc < 0)
	hi, lo := bits.Mul64(abs64(amount), abs64(nc))
	div := abs64(dc)
	switch shift := int(ne) - int(de); {
	case shift > 0: // scale the numerator up
		p, okp := pow10(shift)
		if !okp {
			return 0, false, false
		}
		h1, l1 := bits.Mul64(lo, p)
		h2, l2 := bits.Mul64(hi, p)
		var carry uint64
		hi, carry = bits.Add64(h1, l2, 0)
		if h2 != 0 || carry != 0 {
			return 0, false, false
		}
		lo = l1
	case shift < 0: // scale the divisor up
		p, okp := pow10(-shift)
		if !okp {
			return 0, false, false
		}
		h, l := bits.Mul64(div, p)
		if h != 0 {
			return 0, false, false
		}
		div = l
	}
	if hi >= div { // the quotient needs more than 64 bits: out of range
		return 0, false, true
	}
	q, rem := bits.Div64(hi, lo, div)
	mag, ok := mode.roundQuotient(q, rem, div, negative)
	if !ok {
		return 0, false, true
	}
	v, ok = signed(mag, negative)
	return v, ok, true
}

// MulDiv returns m × num ÷ den, exact until one final rounding to a minor
// unit with mode. The VAT included in a gross price is
// gross.MulDiv(rate, 1+rate, HalfUp): 12.10 at 21 % holds 2.10. A zero den
// is an error wrapping ErrInvalidArgument.
func (m Money) MulDiv(num, den decimal.Decimal, mode RoundingMode) (Money, error) {
	if !mode.valid() {
		return Money{}, fmt.Errorf("%w: %v", ErrRoundingMode, mode)
	}
	if den.IsZero() {
		return Money{}, fmt.Errorf("%w: %v × %s ÷ 0", ErrInvalidArgument, m, num)
	}
	nc, ne, okn := smallDecimal(num)
	dc, de, okd := smallDecimal(den)
	if okn && okd {
		if v, ok, fast := mulDiv128(m.amount, nc, ne, dc, de, mode); fast {
			if !ok {
				return Money{}, opError("muldiv", ErrOverflow, m, num)
			}
			return Money{amount: v, currency: m.currency}, nil
		}
	}
	// m × nc·10^ne ÷ (dc·10^de): move the difference of exponents onto one side.
	n := new(big.Int).Mul(big.NewInt(m.amount), num.Coefficient())
	d := den.Coefficient()
	if shift := int64(num.Exponent()) - int64(den.Exponent()); shift > 0 {
		n.Mul(n, new(big.Int).Exp(big.NewInt(10), big.NewInt(shift), nil))
	} else if shift < 0 {
		d.Mul(d, new(big.Int).Exp(big.NewInt(10), big.NewInt(-shift), nil))
	}
	negative := n.Sign()*d.Sign() < 0
	n.Abs(n)
	d.Abs(d)
	q, rem := n.QuoRem(n, d, new(big.Int))
	if rem.Sign() != 0 {
		half := new(big.Int).Lsh(rem, 1).Cmp(d)
		if mode.awayFromZero(half, q.Bit(0) == 1, negative) {
			q.Add(q, big.NewInt(1))
		}
	}
	if !q.IsUint64() {
		return Money{}, opError("muldiv", ErrOverflow, m, num)
	}
	v, ok := signed(q.Uint64(), negative)
	if !ok {
		return Money{}, opError("muldiv", ErrOverflow, m, num)
	}
	return Money{amount: v, currency: m.currency}, nil
}

// FromDecimal returns the amount d in major units (12.345) of the currency
// with the given code, rounded to its minor unit with mode.
func FromDecimal(d decimal.Decimal, code string, mode RoundingMode) (Money, error) {
	c, err := ParseCurrency(code)
	if err != nil {
		return Money{}, err
	}
	return FromUnitPrice(d, decimal.NewFromInt(1), c, mode)
}

// FromUnitPrice returns quantity × unit, an amount in major units of c,
// rounded once to a minor unit with mode: 1000 screws at 0.0125 EUR are
// 12.50 EUR, 1.234 kg at 3.99 EUR/kg is 4.92 EUR (HalfUp). Unit prices may
// carry more decimals than the currency. Small operands, as real prices and
// quantities are, are multiplied in 128-bit integers without allocating.
func FromUnitPrice(unit, quantity decimal.Decimal, c Currency, mode RoundingMode) (Money, error) {
	if c.IsZero() {
		return Money{}, &UnknownCurrencyError{Code: ""}
	}
	if !mode.valid() {
		return Money{}, fmt.Errorf("%w: %v", ErrRoundingMode, mode)
	}
	uc, ue, oku := smallDecimal(unit)
	qc, qe, okq := smallDecimal(quantity)
	if oku && okq {
		// unit × quantity × 10^digits minor units.
		if v, ok, fast := mulDiv128(uc, qc, ue+qe+int32(c.Digits()), 1, 0, mode); fast {
			if !ok {
				return Money{}, fmt.Errorf("%w: %s × %s %s", ErrOverflow, unit, quantity, c)
			}
			return Money{amount: v, currency: c}, nil
		}
	}
	return fromDecimalSlow(unit.Mul(quantity), int32(c.Digits()), c, mode)
}

// fromDecimalSlow rounds d to places decimals and shifts it to minor units.
func fromDecimalSlow(d decimal.Decimal, places int32, c Currency, mode RoundingMode) (Money, error) {
	rounded, err := Round(d, places, mode)
	if err != nil {
		return Money{}, err
	}
	big := rounded.Shift(places).BigInt()
	if !big.IsInt64() || big.Int64() == math.MinInt64 {
		return Money{}, fmt.Errorf("%w: %s %s", ErrOverflow, d, c)
	}
	return Money{amount: big.Int64(), currency: c}, nil
}

// Round rounds a decimal to the given number of decimal places with mode,
// for values that stay decimals (a unit price kept to 4 places). It agrees
// with the integer rounding of Mul for every mode. An invalid mode is an
// error wrapping ErrRoundingMode.
func Round(d decimal.Decimal, places int32, mode RoundingMode) (decimal.Decimal, error) {
	switch mode {
	case HalfUp:
		return d.Round(places), nil
	case HalfEven:
		return d.RoundBank(places), nil
	case Down:
		return d.RoundDown(places), nil
	case Up:
		return d.RoundUp(places), nil
	case Floor:
		return d.RoundFloor(places), nil
	case Ceiling:
		return d.RoundCeil(places), nil
	}
	return d, fmt.Errorf("%w: %v", ErrRoundingMode, mode)
}

// RoundCash rounds m to a multiple of increment minor units with mode: a
// Belgian cash total of 12.53 EUR with increment 5 and HalfUp is 12.55.
// Take the increment from Currency.CashIncrement or CashIncrementIn.
func (m Money) RoundCash(increment int64, mode RoundingMode) (Money, error) {
	if increment <= 0 {
		return Money{}, fmt.Errorf("%w: cash increment %d", ErrInvalidArgument, increment)
	}
	if !mode.valid() {
		return Money{}, fmt.Errorf("%w: %v", ErrRoundingMode, mode)
	}
	inc := uint64(increment)
	abs := abs64(m.amount)
	steps, ok := mode.roundQuotient(abs/inc, abs%inc, inc, m.amount < 0)
	if !ok {
		return Money{}, opError("round cash", ErrOverflow, m, increment)
	}
	hi, lo := bits.Mul64(steps, inc)
	if hi != 0 {
		return Money{}, opError("round cash", ErrOverflow, m, increment)
	}
	v, ok := signed(lo, m.amount < 0)
	if !ok {
		return Money{}, opError("round cash", ErrOverflow, m, increment)
	}
	return Money{amount: v, currency: m.currency}, nil
}
