package refund

import (
	"math"
	"math/bits"
	"strconv"

	"github.com/shopspring/decimal"
)

// maxDigits bounds the decimals this package reads from its inputs
// (quantities, percentages, rates): at most 18 digits of coefficient and an
// exponent within ±18. Beyond that a value is refused before any decimal
// arithmetic, so a hostile exponent (1e-99999999) cannot make a call slow.
const maxDigits = 18

// pow10 are the powers of ten that fit an int64.
func pow10(n int32) int64 {
	p := int64(1)
	for range n {
		p *= 10
	}
	return p
}

// decBounded reports whether d has at most maxDigits digits of coefficient
// and an exponent within ±maxDigits, without rescaling it.
func decBounded(d decimal.Decimal) bool {
	exp := d.Exponent()
	if exp < -maxDigits || exp > maxDigits {
		return false
	}
	return d.Sign() == 0 || d.NumDigits() <= maxDigits
}

// decText formats d for an error message. A decimal out of bounds is
// described rather than printed: 1e-99999999 would print a hundred million
// digits.
func decText(d decimal.Decimal) string {
	if decBounded(d) {
		return d.String()
	}
	return "(a decimal out of range, exponent " + strconv.Itoa(int(d.Exponent())) + ")"
}

// wholeUnits returns d as a positive whole number of units, and false when
// d is not one (zero, negative, fractional, too large, or out of bounds).
// It reads the coefficient directly: no decimal arithmetic, no allocation.
func wholeUnits(d decimal.Decimal) (int64, bool) {
	if d.Sign() <= 0 || !decBounded(d) {
		return 0, false
	}
	coef, exp := d.CoefficientInt64(), d.Exponent()
	switch {
	case exp == 0:
		return coef, true
	case exp > 0:
		if d.NumDigits()+int(exp) > maxDigits {
			return 0, false
		}
		return coef * pow10(exp), true
	default:
		p := pow10(-exp)
		if coef%p != 0 {
			return 0, false
		}
		return coef / p, true
	}
}

// decEqual compares two bounded decimals by value. Decimals outside the
// bounds are never equal to anything, so no comparison rescales without
// limit.
func decEqual(a, b decimal.Decimal) bool {
	if !decBounded(a) || !decBounded(b) {
		return false
	}
	if a.Exponent() == b.Exponent() {
		return a.CoefficientInt64() == b.CoefficientInt64()
	}
	return a.Equal(b)
}

// rateKey is a canonical, comparable form of a bounded rate: its
// coefficient without trailing zeros and its exponent, so 0.21 and 0.210
// have the same key. Comparing keys costs no decimal arithmetic. ok is
// false for a decimal out of bounds, whose key matches nothing.
type rateKey struct {
	coef int64
	exp  int32
	ok   bool
}

// keyOf returns the key of d.
func keyOf(d decimal.Decimal) rateKey {
	if !decBounded(d) {
		return rateKey{}
	}
	coef, exp := d.CoefficientInt64(), d.Exponent()
	if coef == 0 {
		return rateKey{ok: true}
	}
	for coef%10 == 0 {
		coef /= 10
		exp++
	}
	return rateKey{coef: coef, exp: exp, ok: true}
}

// unitsShare returns the sum of the shares of units from .. from+k-1 when
// amount a >= 0 is split over q units as money.Split does, larger parts
// first: every unit gets a/q and the first a%q units one minor unit more.
// The shares of all q units sum to a, and any run of units is summed in
// constant time, so a line of 10,000 screws costs no more than one knife.
func unitsShare(a, q, from, k int64) int64 {
	base, rem := a/q, a%q
	extra := min(from+k, rem) - from
	if extra < 0 {
		extra = 0
	}
	return base*k + extra
}

// mulDivHalfUp returns a × b ÷ c rounded half up, for a, b >= 0 and c > 0,
// computed in 128 bits; false when the result does not fit an int64.
func mulDivHalfUp(a, b, c int64) (int64, bool) {
	if a < 0 || b < 0 || c <= 0 {
		return 0, false
	}
	hi, lo := bits.Mul64(uint64(a), uint64(b))
	if hi >= uint64(c) {
		return 0, false
	}
	quo, rem := bits.Div64(hi, lo, uint64(c))
	// Half up: round away when the remainder is at least half of c.
	if rem >= uint64(c)-rem {
		quo++
	}
	if quo > math.MaxInt64 {
		return 0, false
	}
	return int64(quo), true
}

// addInt returns a + b for non-negative a and b, false on overflow.
func addInt(a, b int64) (int64, bool) {
	s := a + b
	if s < a {
		return 0, false
	}
	return s, true
}
