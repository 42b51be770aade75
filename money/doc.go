// Package money represents amounts of money exactly, as an integer count of
// minor units (cents) in an ISO 4217 currency.
//
// A Money is a small comparable value: two Money values are == exactly when
// they have the same currency and the same amount. Arithmetic never loses a
// cent and never wraps: an overflow is an error, and so is mixing currencies
// (a *MismatchError). The representable range is symmetric, from -MaxInt64 to
// MaxInt64 minor units, so Neg and Abs can never overflow.
//
// The zero Money is usable: it has no currency yet, and adding or
// subtracting it adopts the other operand's currency, so a running total can
// start from the zero value.
//
// Anything that is not a whole number of minor units (a VAT rate, a
// percentage, a unit price of 0.0125 EUR per screw) is a decimal.Decimal.
// Turning such a value into Money always names its RoundingMode, and the
// exact result is rounded once: Mul (net × rate), MulDiv (gross × rate ÷
// (1 + rate), the VAT inside a gross price), FromUnitPrice (quantity × unit
// price), FromDecimal, RoundCash, and Round for values that stay decimals
// all decide by one rule. Belgian VAT rounds HalfUp (half away from zero).
// They work in 128-bit integers when the operands' digits allow, as real
// prices and rates do, and otherwise in arbitrary precision, where an
// absurd exponent (1e-99999999) is decided without being expanded.
//
// Currency data comes from CLDR through golang.org/x/text/currency, with the
// minor-unit digits of ISO 4217 where the two differ (COP and IDR have 2
// digits, IQD 3). Codes introduced after x/text's CLDR snapshot (MRU, VES,
// SLE, ZWG) are not known yet.
//
// Allocate and Split divide an amount into parts that sum exactly to the
// whole, each within one minor unit of its exact share (largest remainder,
// ties to the earlier part). Negative amounts allocate symmetrically.
//
// Parse reads a strict decimal string ("12.50"); String writes "12.50 EUR";
// Format renders locale-correct display text for fr, nl, de and en. JSON
// encodes as {"amount":"12.50","currency":"EUR"}, with the amount as a string
// so no JSON decoder ever turns it into a float.
//
// All values are immutable; every function is safe for concurrent use.
package money
