package money

import (
	"fmt"
	"math"
	"math/big"

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

// Valid reports whether r is one of the named modes; the zero
// RoundingMode is not.
func (r RoundingMode) Valid() bool { return r >= HalfUp && r <= Ceiling }

func (r RoundingMode) check() error {
	if !r.Valid() {
		return fmt.Errorf("%w: %v", ErrRoundingMode, r)
	}
	return nil
}

// awayFromZero is the package's one rounding rule. It decides an inexact
// rounding: whether the magnitude kept so far goes up to the next unit.
// half compares the discarded fraction with one half (-1 below, 0 exactly,
// +1 above); odd tells whether the magnitude kept is odd, for HalfEven.
// Both arithmetic back ends below, 64-bit and arbitrary precision, ask it.
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

// roundQuotient rounds the magnitude of an exact quotient q + rem/div
// (rem < div) to a whole unit. ok is false when the result overflows uint64.
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

// roundScaled returns n × 10^exp ÷ d rounded to an integer with mode, in
// arbitrary precision. d must not be zero. Exponents are never expanded
// blindly: a result certainly below 0.1 in magnitude is decided without
// arithmetic (0 or ±1 by the mode), and with limit > 0 a result certainly
// of 10^limit or more gives ok == false, so a hostile exponent (1e-99999999)
// costs nothing. In between, the powers of ten are bounded by the digits of
// n and d.
func (r RoundingMode) roundScaled(n *big.Int, exp int64, d *big.Int, limit int64) (q *big.Int, ok bool) {
	negative := n.Sign()*d.Sign() < 0
	if n.Sign() == 0 {
		return new(big.Int), true
	}
	// |n × 10^exp ÷ d| lies within a factor 10^2 of 10^est (digits are
	// estimated from bit lengths to within one).
	est := digits(n) + exp - digits(d)
	if est <= -4 {
		if r.awayFromZero(-1, false, negative) {
			return big.NewInt(int64(signOf(negative))), true
		}
		return new(big.Int), true
	}
	if limit > 0 && est >= limit+2 {
		return nil, false
	}
	num, den := new(big.Int).Abs(n), new(big.Int).Abs(d)
	if exp > 0 {
		num.Mul(num, new(big.Int).Exp(big.NewInt(10), big.NewInt(exp), nil))
	} else if exp < 0 {
		den.Mul(den, new(big.Int).Exp(big.NewInt(10), big.NewInt(-exp), nil))
	}
	q, rem := num.QuoRem(num, den, new(big.Int))
	if rem.Sign() != 0 {
		half := rem.Lsh(rem, 1).Cmp(den)
		if r.awayFromZero(half, q.Bit(0) == 1, negative) {
			q.Add(q, big.NewInt(1))
		}
	}
	if negative {
		q.Neg(q)
	}
	return q, true
}

// digits estimates the number of decimal digits of |x| to within one.
func digits(x *big.Int) int64 { return int64(x.BitLen())*30103/100000 + 1 }

func signOf(negative bool) int {
	if negative {
		return -1
	}
	return 1
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

// pow10 returns 10^n for 0 <= n <= 19, every power of ten a uint64 holds.
func pow10(n int64) (uint64, bool) {
	if n < 0 || n > 19 {
		return 0, false
	}
	p := uint64(1)
	for range n {
		p *= 10
	}
	return p, true
}

// Round rounds a decimal to the given number of decimal places with mode,
// for values that stay decimals (a unit price kept to 4 places), by the
// same rule as every Money rounding. An invalid mode is an error wrapping
// ErrRoundingMode. Any exponent is handled without expanding it.
func Round(d decimal.Decimal, places int32, mode RoundingMode) (decimal.Decimal, error) {
	if err := mode.check(); err != nil {
		return d, err
	}
	shift := int64(d.Exponent()) + int64(places)
	if shift >= 0 { // no digit beyond places
		return d, nil
	}
	q, _ := mode.roundScaled(d.Coefficient(), shift, big.NewInt(1), 0)
	return decimal.NewFromBigInt(q, -places), nil
}
