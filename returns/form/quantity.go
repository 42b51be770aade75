package form

import (
	"math/big"

	"github.com/shopspring/decimal"
)

// The bounds of a quantity, those of package order: at most maxScale
// decimal places and maxIntDigits digits before the point. Checking them
// before any arithmetic keeps a hostile value (1e-999999) from making a
// comparison or its printing slow: decimal arithmetic rescales to the
// smaller exponent.
const (
	maxScale     = 18
	maxIntDigits = 18
)

// quantityInRange reports whether q is within the bounds. It never rescales q.
func quantityInRange(q decimal.Decimal) bool {
	exp := int64(q.Exponent())
	if exp < -maxScale || exp > maxIntDigits {
		return false
	}
	if q.Sign() == 0 {
		return true
	}
	return int64(q.NumDigits())+exp <= maxIntDigits
}

// decimalPlaces returns the number of decimal places q needs: 0 for 2 and
// for 2.00, 2 for 1.25 and 1.250. q must be in range, which bounds the loop.
func decimalPlaces(q decimal.Decimal) int {
	exp := int(q.Exponent())
	if exp >= 0 || q.Sign() == 0 {
		return 0
	}
	c := new(big.Int).Abs(q.Coefficient())
	ten, r := big.NewInt(10), new(big.Int)
	places := -exp
	for places > 0 {
		var quo big.Int
		quo.QuoRem(c, ten, r)
		if r.Sign() != 0 {
			break
		}
		c = &quo
		places--
	}
	return places
}

// checkQuantity returns why q cannot be withdrawn from a line of which
// ordered were bought, or "" when it can: it must be positive, at most
// ordered, and no finer than the line is sold in, so whole units for a line
// bought in whole units, and at most the line's decimal places for goods
// sold by weight or length (0.5 of 1.25 kg, not 0.125).
func checkQuantity(q, ordered decimal.Decimal) string {
	switch {
	case !quantityInRange(q):
		return "quantity out of range (at most 18 digits before and 18 after the point)"
	case !quantityInRange(ordered):
		return "the ordered quantity is out of range"
	case q.Sign() <= 0:
		return "quantity " + q.String() + " is not positive"
	case q.Cmp(ordered) > 0:
		return "quantity " + q.String() + " is more than the " + ordered.String() + " ordered"
	}
	places, allowed := decimalPlaces(q), decimalPlaces(ordered)
	switch {
	case places > allowed && allowed == 0:
		return "quantity " + q.String() + " is not a whole number of units, as the line was ordered in"
	case places > allowed:
		return "quantity " + q.String() + " is finer than the line, ordered as " + ordered.String()
	}
	return ""
}

// checkPositive returns why q is not a quantity a form can show, or "".
func checkPositive(q decimal.Decimal) string {
	switch {
	case !quantityInRange(q):
		return "out of range (at most 18 digits before and 18 after the point)"
	case q.Sign() <= 0:
		return "not positive"
	}
	return ""
}
