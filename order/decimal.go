package order

import (
	"math"
	"math/bits"

	"github.com/shopspring/decimal"
)

// maxScale is the most decimal places a quantity, unit price or rate of an
// order may have, and maxIntDigits the most digits before the point. Values
// outside these bounds are reported by Validate before any arithmetic, so a
// hostile document (1e-9999) cannot make validation slow.
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

// rateKey is a canonical, comparable form of a decimal in range: the
// coefficient without trailing zeros and its exponent. 0.21 and 0.210 have
// the same key.
type rateKey struct {
	coef int64
	exp  int32
}

// keyOf returns the canonical key of d, which must be in range (its
// coefficient then fits an int64).
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

// pow10 returns 10^n for 0 <= n <= 19, the powers a uint64 holds.
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

// roundsTo reports whether m minor units (10^-digits) are a rounding of
// q × p to the minor unit: |q × p − m·10^-digits| < 10^-digits, exactly.
func roundsTo(q, p decimal.Decimal, m int64, digits int32) bool {
	if ok, fast := roundsToFast(q, p, m, digits); fast {
		return ok
	}
	diff := q.Mul(p).Sub(decimal.New(m, -digits)).Abs()
	return diff.LessThan(decimal.New(1, -digits))
}

// roundsToFast is roundsTo in 64 and 128-bit integers for the common case
// of non-negative coefficients of at most 18 digits. fast is false when the
// caller must use decimals.
//
// With q × p = c·10^e and k = e + digits, the condition is |c·10^k − m| < 1:
// for k >= 0 that is c·10^k = m; for k < 0 it is |c − m·10^-k| < 10^-k.
func roundsToFast(q, p decimal.Decimal, m int64, digits int32) (ok, fast bool) {
	if q.Sign() < 0 || p.Sign() < 0 || q.NumDigits() > 18 || p.NumDigits() > 18 {
		return false, false
	}
	hi, c := bits.Mul64(uint64(q.CoefficientInt64()), uint64(p.CoefficientInt64()))
	if hi != 0 {
		return false, false
	}
	k := int64(q.Exponent()) + int64(p.Exponent()) + int64(digits)
	if k >= 0 {
		if c == 0 {
			return m == 0, true
		}
		pow, okp := pow10(k)
		if !okp { // c·10^k >= 10^20, beyond any int64
			return false, true
		}
		hi, x := bits.Mul64(c, pow)
		return hi == 0 && x <= math.MaxInt64 && int64(x) == m, true
	}
	pow, okp := pow10(-k)
	if !okp {
		return false, false
	}
	if m < 0 { // c - m·10^-k >= 10^-k
		return false, true
	}
	hi, y := bits.Mul64(uint64(m), pow)
	if hi != 0 {
		return false, false
	}
	diff := c - y
	if y > c {
		diff = y - c
	}
	return diff < pow, true
}

// qty accumulates quantities: in an int64 while every quantity added is a
// whole number of at most 15 digits (units, the common case), in a decimal
// otherwise. The zero qty is zero.
type qty struct {
	n    int64
	d    decimal.Decimal
	slow bool
}

// smallInt returns q as an int64 when it is a whole number of at most 15
// digits written without a fraction.
func smallInt(q decimal.Decimal) (int64, bool) {
	if q.Exponent() != 0 || q.NumDigits() > 15 {
		return 0, false
	}
	return q.CoefficientInt64(), true
}

// fastLimit keeps int64 sums far from overflow: adding a 15-digit value to
// a sum below it cannot overflow.
const fastLimit = 1 << 62

func (a *qty) toSlow() {
	if !a.slow {
		a.slow, a.d = true, decimal.NewFromInt(a.n)
	}
}

// add adds q.
func (a *qty) add(q decimal.Decimal) {
	if !a.slow {
		if v, ok := smallInt(q); ok && a.n < fastLimit && a.n > -fastLimit {
			a.n += v
			return
		}
		a.toSlow()
	}
	a.d = a.d.Add(q)
}

// plus returns a + b.
func (a qty) plus(b qty) qty {
	if !a.slow && !b.slow && a.n < fastLimit && a.n > -fastLimit && b.n < fastLimit && b.n > -fastLimit {
		return qty{n: a.n + b.n}
	}
	return qty{d: a.value().Add(b.value()), slow: true}
}

// value returns the sum as a decimal.
func (a qty) value() decimal.Decimal {
	if a.slow {
		return a.d
	}
	return decimal.NewFromInt(a.n)
}

// cmp compares the sum with b: -1, 0 or +1.
func (a qty) cmp(b qty) int {
	if !a.slow && !b.slow {
		switch {
		case a.n < b.n:
			return -1
		case a.n > b.n:
			return 1
		}
		return 0
	}
	return a.value().Cmp(b.value())
}

// qtyOf returns a qty holding d.
func qtyOf(d decimal.Decimal) qty {
	var a qty
	a.add(d)
	return a
}
