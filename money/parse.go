package money

import (
	"math"
	"strings"
)

// Parse reads a strict decimal amount in major units of the currency with
// the given code: "12.50", "-0.01", "1234", "0.5". It accepts an optional
// leading minus, digits without leading zeros, and a fraction of at most the
// currency's digits. Signs other than '-', exponents, spaces, group
// separators, a bare "." and leading zeros ("012") are ErrSyntax; "12.505"
// EUR is ErrTooPrecise, even when the extra digits are zeros. Errors are
// *ParseError.
func Parse(amount, code string) (Money, error) {
	c, err := ParseCurrency(code)
	if err != nil {
		return Money{}, &ParseError{Input: amount, Currency: code, Err: err}
	}
	v, err := parseMinor(amount, c.Digits())
	if err != nil {
		return Money{}, &ParseError{Input: amount, Currency: code, Err: err}
	}
	return Money{amount: v, currency: c}, nil
}

// parseMinor turns a decimal string into minor units with digits decimals.
func parseMinor(s string, digits int) (int64, error) {
	negative := len(s) > 0 && s[0] == '-'
	if negative {
		s = s[1:]
	}
	intPart, frac, hasPoint := strings.Cut(s, ".")
	if !allDigits(intPart) || (hasPoint && !allDigits(frac)) ||
		(len(intPart) > 1 && intPart[0] == '0') {
		return 0, ErrSyntax
	}
	if len(frac) > digits {
		return 0, ErrTooPrecise
	}
	var v uint64
	for _, part := range [2]string{intPart, frac} {
		for i := 0; i < len(part); i++ {
			d := uint64(part[i] - '0')
			if v > (math.MaxInt64-d)/10 {
				return 0, ErrOverflow
			}
			v = v*10 + d
		}
	}
	for range digits - len(frac) {
		if v > math.MaxInt64/10 {
			return 0, ErrOverflow
		}
		v *= 10
	}
	n, _ := signed(v, negative) // v <= MaxInt64 by the checks above
	return n, nil
}

// allDigits reports whether s is one or more ASCII digits.
func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
