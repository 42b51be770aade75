package order

import (
	"math"

	"github.com/shopspring/decimal"
)

// maxScale is the most decimal places a quantity, unit price or rate of an
// order may have, and maxIntDigits the most digits before the point. Values
// outside these bounds are reported by Validate before any arithmetic, and
// left out of the History views, so a hostile document (1e-9999) cannot make
// validation or a view slow: decimal arithmetic rescales to the smaller
// exponent.
const (
	maxScale     = 18
	maxIntDigits = 18
)

// decInRange reports whether d has at most maxScale decimals and at most
// maxIntDigits integer digits. It never rescales d.
func decInRange(d decimal.Decimal) bool {
	exp := int64(d.Exponent())
	if exp < -maxScale || exp > maxIntDigits {
		return false
	}
	if d.Sign() == 0 {
		return true
	}
	// NumDigits + exp is the number of integer digits (when positive).
	return int64(d.NumDigits())+exp <= maxIntDigits
}

// addQty returns sum + q, or sum unchanged when q is out of range: the
// History views add only quantities Validate accepts.
func addQty(sum, q decimal.Decimal) decimal.Decimal {
	if !decInRange(q) {
		return sum
	}
	return sum.Add(q)
}

// decEqual compares two decimals by value without the unbounded rescaling
// decimal.Equal may do on exponents far apart: when the exponents differ by
// more digits than the coefficient with the smaller exponent has, the values
// cannot be equal.
func decEqual(a, b decimal.Decimal) bool {
	if a.Sign() != b.Sign() {
		return false
	}
	if a.Sign() == 0 {
		return true
	}
	ea, eb := int64(a.Exponent()), int64(b.Exponent())
	if ea < eb {
		a, b = b, a
		ea, eb = eb, ea
	}
	// a has the larger exponent; b's coefficient must be a's times 10^(ea-eb).
	if ea-eb > int64(b.NumDigits()) {
		return false
	}
	return a.Equal(b)
}

// rateKey is a canonical, comparable form of a usable VAT rate (rateOK):
// the coefficient without trailing zeros and its exponent. 0.21 and 0.210
// have the same key. Building it does not allocate, unlike comparing
// decimals.
type rateKey struct {
	coef int64
	exp  int32
}

// keyOf returns the canonical key of a rate that passes rateOK (at most 18
// decimals and below 1, so its coefficient fits an int64).
func keyOf(d decimal.Decimal) rateKey {
	if d.Sign() == 0 {
		return rateKey{}
	}
	c, e := d.CoefficientInt64(), d.Exponent()
	for c%10 == 0 && e < math.MaxInt32 {
		c /= 10
		e++
	}
	return rateKey{coef: c, exp: e}
}
