package money

import (
	"fmt"
	"math/big"
	"math/bits"

	"github.com/shopspring/decimal"
)

// Mul returns m × rate rounded to a minor unit with mode: the VAT on a net
// amount is net.Mul(rate, HalfUp). The exact product is rounded once.
func (m Money) Mul(rate decimal.Decimal, mode RoundingMode) (Money, error) {
	if err := mode.check(); err != nil {
		return Money{}, err
	}
	v, err := scaledProduct(m.amount, rate, int64(0), mode)
	if err != nil {
		return Money{}, fmt.Errorf("%w: mul(%v, %s)", err, m, shortDecimal(rate))
	}
	return Money{amount: v, currency: m.currency}, nil
}

// MulDiv returns m × num ÷ den, exact until one final rounding to a minor
// unit with mode. The VAT included in a gross price is
// gross.MulDiv(rate, 1+rate, HalfUp): 12.10 at 21 % holds 2.10. A zero den
// is an error wrapping ErrInvalidArgument.
func (m Money) MulDiv(num, den decimal.Decimal, mode RoundingMode) (Money, error) {
	if err := mode.check(); err != nil {
		return Money{}, err
	}
	if den.IsZero() {
		return Money{}, fmt.Errorf("%w: %v × %s ÷ 0", ErrInvalidArgument, m, shortDecimal(num))
	}
	nc, ne, okn := smallDecimal(num)
	dc, de, okd := smallDecimal(den)
	if okn && okd {
		if v, ok, fast := mulDiv128(m.amount, nc, int64(ne)-int64(de), dc, mode); fast {
			if !ok {
				return Money{}, opError("muldiv", ErrOverflow, m, shortDecimal(num))
			}
			return Money{amount: v, currency: m.currency}, nil
		}
	}
	n := new(big.Int).Mul(big.NewInt(m.amount), num.Coefficient())
	v, err := fitMinor(mode.roundScaled(n, int64(num.Exponent())-int64(den.Exponent()), den.Coefficient(), 19))
	if err != nil {
		return Money{}, opError("muldiv", err, m, shortDecimal(num))
	}
	return Money{amount: v, currency: m.currency}, nil
}

// IncludedPart returns the part of m that rate added on top of a base:
// m × rate ÷ (1 + rate), rounded once with mode. It is the VAT inside a
// gross price: 12.10 at 0.21 holds 2.10. It equals m.MulDiv(rate, 1+rate,
// mode) without building the decimal 1 + rate, so it does not allocate for
// real rates. rate must not be -1.
func (m Money) IncludedPart(rate decimal.Decimal, mode RoundingMode) (Money, error) {
	if err := mode.check(); err != nil {
		return Money{}, err
	}
	// rate = c·10^e, so rate ÷ (1 + rate) = c ÷ (10^-e + c) when e <= 0.
	if c, e, ok := smallDecimal(rate); ok && e <= 0 {
		if p, okp := pow10(-int64(e)); okp && p <= 1<<62 && c != -int64(p) {
			if v, ok, fast := mulDiv128(m.amount, c, 0, int64(p)+c, mode); fast {
				if !ok {
					return Money{}, opError("included part", ErrOverflow, m, shortDecimal(rate))
				}
				return Money{amount: v, currency: m.currency}, nil
			}
		}
	}
	return m.MulDiv(rate, rate.Add(decimal.New(1, 0)), mode)
}

// FromDecimal returns the amount d in major units (12.345) of the currency
// with the given code, rounded to its minor unit with mode.
func FromDecimal(d decimal.Decimal, code string, mode RoundingMode) (Money, error) {
	c, err := ParseCurrency(code)
	if err != nil {
		return Money{}, err
	}
	return FromUnitPrice(d, decimal.New(1, 0), c, mode)
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
	if err := mode.check(); err != nil {
		return Money{}, err
	}
	uc, ue, ok := smallDecimal(unit)
	if !ok {
		return fromBig(unit, quantity, c, mode)
	}
	// unit × quantity × 10^digits minor units.
	v, err := scaledProduct(uc, quantity, int64(ue)+int64(c.Digits()), mode)
	if err != nil {
		return Money{}, fmt.Errorf("%w: %s × %s %s", err, shortDecimal(unit), shortDecimal(quantity), c)
	}
	return Money{amount: v, currency: c}, nil
}

// fromBig is FromUnitPrice for a unit price with a large coefficient.
func fromBig(unit, quantity decimal.Decimal, c Currency, mode RoundingMode) (Money, error) {
	n := new(big.Int).Mul(unit.Coefficient(), quantity.Coefficient())
	exp := int64(unit.Exponent()) + int64(quantity.Exponent()) + int64(c.Digits())
	v, err := fitMinor(mode.roundScaled(n, exp, big.NewInt(1), 19))
	if err != nil {
		return Money{}, fmt.Errorf("%w: %s × %s %s", err, shortDecimal(unit), shortDecimal(quantity), c)
	}
	return Money{amount: v, currency: c}, nil
}

// scaledProduct returns a × d × 10^exp rounded with mode, within the
// symmetric range, in 128 bits when it can and arbitrary precision when not.
func scaledProduct(a int64, d decimal.Decimal, exp int64, mode RoundingMode) (int64, error) {
	if dc, de, ok := smallDecimal(d); ok {
		if v, ok, fast := mulDiv128(a, dc, int64(de)+exp, 1, mode); fast {
			if !ok {
				return 0, ErrOverflow
			}
			return v, nil
		}
	}
	n := new(big.Int).Mul(big.NewInt(a), d.Coefficient())
	return fitMinor(mode.roundScaled(n, int64(d.Exponent())+exp, big.NewInt(1), 19))
}

// fitMinor checks that an arbitrary-precision result is an amount.
func fitMinor(q *big.Int, ok bool) (int64, error) {
	if !ok || !q.IsInt64() {
		return 0, ErrOverflow
	}
	v := q.Int64()
	if _, ok := signed(abs64(v), v < 0); !ok {
		return 0, ErrOverflow
	}
	return v, nil
}

// smallDecimal returns d's coefficient and exponent when the coefficient
// fits an int64 comfortably, as every real rate's and price's does.
func smallDecimal(d decimal.Decimal) (coef int64, exp int32, ok bool) {
	if d.NumDigits() > 18 {
		return 0, 0, false
	}
	return d.CoefficientInt64(), d.Exponent(), true
}

// mulDiv128 computes amount × nc × 10^shift ÷ dc in 128-bit integers and
// rounds it once with mode. fast is false when an intermediate does not fit
// and the caller must use arbitrary precision; otherwise ok reports whether
// the result fits the symmetric range. dc must not be zero.
func mulDiv128(amount, nc int64, shift int64, dc int64, mode RoundingMode) (v int64, ok, fast bool) {
	negative := (amount < 0) != (nc < 0) != (dc < 0)
	hi, lo := bits.Mul64(abs64(amount), abs64(nc))
	div := abs64(dc)
	if shift != 0 {
		p, okp := pow10(max(shift, -shift))
		if !okp {
			return 0, false, false
		}
		if shift > 0 { // scale the numerator up
			h1, l1 := bits.Mul64(lo, p)
			h2, l2 := bits.Mul64(hi, p)
			var carry uint64
			hi, carry = bits.Add64(h1, l2, 0)
			if h2 != 0 || carry != 0 {
				return 0, false, false
			}
			lo = l1
		} else { // scale the divisor up
			h, l := bits.Mul64(div, p)
			if h != 0 {
				return 0, false, false
			}
			div = l
		}
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

// shortDecimal prints d for an error message, in scientific form when its
// plain form would be long (a hostile 1e100000 must not make a 100 kB error).
func shortDecimal(d decimal.Decimal) string {
	if d.NumDigits() <= 30 && d.Exponent() > -30 && d.Exponent() < 30 {
		return d.String()
	}
	return d.Coefficient().String() + "e" + fmt.Sprint(d.Exponent())
}

// RoundCash rounds m to a multiple of increment minor units with mode: a
// Belgian cash total of 12.53 EUR with increment 5 and HalfUp is 12.55.
// Take the increment from Currency.CashIncrement or CashIncrementIn.
func (m Money) RoundCash(increment int64, mode RoundingMode) (Money, error) {
	if increment <= 0 {
		return Money{}, fmt.Errorf("%w: cash increment %d", ErrInvalidArgument, increment)
	}
	if err := mode.check(); err != nil {
		return Money{}, err
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
