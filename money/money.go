package money

import (
	"math"
	"strconv"

	"github.com/shopspring/decimal"
)

// Money is an exact amount: a count of minor units in a currency. The zero
// value is zero with no currency yet. Money is comparable with ==.
type Money struct {
	amount   int64
	currency Currency
}

// MaxMinor is the largest magnitude of a Money in minor units. The range is
// symmetric (-MaxMinor..MaxMinor) so negation never overflows.
const MaxMinor = math.MaxInt64

// New returns minor units of the currency with the given ISO 4217 code:
// New(1250, "EUR") is 12.50 EUR.
func New(minor int64, code string) (Money, error) {
	c, err := ParseCurrency(code)
	if err != nil {
		return Money{}, err
	}
	return FromMinor(minor, c)
}

// FromMinor returns minor units of an already parsed currency. It is the
// cheap constructor for code that computes amounts in a loop.
func FromMinor(minor int64, c Currency) (Money, error) {
	if c.IsZero() {
		return Money{}, &UnknownCurrencyError{Code: ""}
	}
	if minor == math.MinInt64 {
		return Money{}, opError("new", ErrOverflow, minor, c)
	}
	return Money{amount: minor, currency: c}, nil
}

// Zero returns a zero amount in currency c.
func Zero(c Currency) Money { return Money{currency: c} }

// Minor returns the amount in minor units (1250 for 12.50 EUR).
func (m Money) Minor() int64 { return m.amount }

// Currency returns the currency, the zero Currency for the zero Money.
func (m Money) Currency() Currency { return m.currency }

// Decimal returns the amount in major units as an exact decimal (12.50).
func (m Money) Decimal() decimal.Decimal {
	return decimal.New(m.amount, -int32(m.currency.Digits()))
}

// IsZero reports whether the amount is zero, whatever its currency.
func (m Money) IsZero() bool { return m.amount == 0 }

// Sign returns -1, 0 or +1.
func (m Money) Sign() int {
	switch {
	case m.amount < 0:
		return -1
	case m.amount > 0:
		return 1
	}
	return 0
}

// Neg returns -m. It cannot overflow.
func (m Money) Neg() Money { return Money{amount: -m.amount, currency: m.currency} }

// Abs returns |m|. It cannot overflow.
func (m Money) Abs() Money {
	if m.amount < 0 {
		return m.Neg()
	}
	return m
}

// Equal reports whether m and o have the same currency and amount; it is the
// same as m == o.
func (m Money) Equal(o Money) bool { return m == o }

// common returns the currency shared by m and o. A zero amount without a
// currency takes the other's currency, which lets sums start from Money{}.
func (m Money) common(o Money, op string) (Currency, error) {
	switch {
	case m.currency == o.currency:
		return m.currency, nil
	case m.currency.IsZero() && m.amount == 0:
		return o.currency, nil
	case o.currency.IsZero() && o.amount == 0:
		return m.currency, nil
	}
	return Currency{}, &MismatchError{Op: op, A: m.currency, B: o.currency}
}

// Add returns m + o.
func (m Money) Add(o Money) (Money, error) {
	s := m.amount + o.amount
	// Fast path, small enough to inline: same currency, no overflow (the
	// sum's sign differs from both operands' only on overflow) and not
	// MinInt64, which is outside the symmetric range.
	if m.currency != o.currency || (s^m.amount)&(s^o.amount) < 0 || s == math.MinInt64 {
		return m.addSlow(o, o.amount, "add")
	}
	return Money{amount: s, currency: m.currency}, nil
}

// Sub returns m - o.
func (m Money) Sub(o Money) (Money, error) {
	s := m.amount - o.amount
	if m.currency != o.currency || (m.amount^o.amount)&(m.amount^s) < 0 || s == math.MinInt64 {
		return m.addSlow(o, -o.amount, "sub")
	}
	return Money{amount: s, currency: m.currency}, nil
}

// addSlow adds addend (o's amount, or its negation for sub, which cannot
// overflow in the symmetric range) when currencies differ or the sum
// overflows.
func (m Money) addSlow(o Money, addend int64, op string) (Money, error) {
	c, err := m.common(o, op)
	if err != nil {
		return Money{}, err
	}
	s := m.amount + addend
	if (s^m.amount)&(s^addend) < 0 || s == math.MinInt64 {
		return Money{}, opError(op, ErrOverflow, m, o)
	}
	return Money{amount: s, currency: c}, nil
}

// Sum returns the total of ms; the sum of nothing is the zero Money. All
// amounts must share one currency (zero Money values adopt it).
func Sum(ms ...Money) (Money, error) {
	var total Money
	for _, m := range ms {
		var err error
		if total, err = total.Add(m); err != nil {
			return Money{}, err
		}
	}
	return total, nil
}

// Cmp compares m and o: -1 if m < o, 0 if equal, +1 if m > o. Different
// currencies cannot be compared and give a *MismatchError.
func (m Money) Cmp(o Money) (int, error) {
	if _, err := m.common(o, "cmp"); err != nil {
		return 0, err
	}
	switch {
	case m.amount < o.amount:
		return -1, nil
	case m.amount > o.amount:
		return 1, nil
	}
	return 0, nil
}

// MulInt returns m × n, for a quantity of whole units.
func (m Money) MulInt(n int64) (Money, error) {
	p, ok := mulInt64(m.amount, n)
	if !ok {
		return Money{}, opError("mul", ErrOverflow, m, n)
	}
	return Money{amount: p, currency: m.currency}, nil
}

// mulInt64 multiplies within the symmetric range.
func mulInt64(a, b int64) (int64, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	p := a * b
	if p/b != a || p == math.MinInt64 {
		return 0, false
	}
	return p, true
}

// String returns the amount with the currency's digits, a space and the
// code: "12.50 EUR", "-0.01 EUR", "1234 JPY". The zero Money is "0".
func (m Money) String() string {
	if m.currency.IsZero() {
		return "0"
	}
	return string(m.appendAmount(nil)) + " " + m.currency.Code()
}

// appendAmount appends the plain decimal amount, such as "-1234.50".
func (m Money) appendAmount(b []byte) []byte {
	digits := m.currency.Digits()
	if m.amount < 0 {
		b = append(b, '-')
	}
	abs := uint64(m.amount)
	if m.amount < 0 {
		abs = uint64(-m.amount)
	}
	var buf [24]byte
	s := strconv.AppendUint(buf[:0], abs, 10)
	for len(s) <= digits { // pad so there is at least one integer digit
		s = append([]byte{'0'}, s...)
	}
	cut := len(s) - digits
	b = append(b, s[:cut]...)
	if digits > 0 {
		b = append(b, '.')
		b = append(b, s[cut:]...)
	}
	return b
}
