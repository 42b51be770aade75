package parcel

import (
	"math"
	"math/bits"
)

// Parcel is what a carrier weighs and measures: its actual weight (goods
// and packaging) and its outer dimensions.
type Parcel struct {
	Weight     Grams
	Dimensions Dimensions
}

// Validate returns an *InputError for a negative weight or a side that is
// zero or negative. A zero weight is valid (an empty box weighs something,
// but a caller may not know how much).
func (p Parcel) Validate() error {
	if p.Weight < 0 {
		return &InputError{Field: "weight", Value: int64(p.Weight), Reason: "must not be negative (g)"}
	}
	return p.Dimensions.Validate()
}

// Volumetric divisors from the spec, in cm³ per kg: a parcel weighs, for
// billing, at least its volume in cm³ divided by the divisor, in kg.
const (
	DivisorDHLExpress = 5000
	DivisorDPDAir     = 5000
	DivisorDPDBaltics = 4000
)

// VolumetricWeight returns the volumetric ("dimensional") weight of a box of
// dimensions d for a carrier divisor in cm³/kg, rounded up to the gram.
//
// The carriers' formula is L × W × H in cm divided by the divisor, giving
// kg. In millimetres and grams the factors cancel: 1 cm³ = 1000 mm³ and
// 1 kg = 1000 g, so grams = mm³ / divisor, computed exactly in integers and
// rounded up (carriers never round a weight down). For example 600 × 400 ×
// 300 mm = 72 000 000 mm³ at divisor 5000 is 14 400 g.
//
// A zero or negative divisor, or invalid dimensions, give an *InputError;
// a volume beyond int64 gives an *OverflowError.
func VolumetricWeight(d Dimensions, divisor int64) (Grams, error) {
	if divisor <= 0 {
		return 0, &InputError{Field: "divisor", Value: divisor, Reason: "must be positive (cm³ per kg)"}
	}
	v, err := d.Volume()
	if err != nil {
		return 0, err
	}
	return Grams(ceilDiv(v, divisor)), nil
}

// DensityRule is bpost's alternative to a volumetric weight: a parcel whose
// density (actual weight over volume) is below MinKgPerM3 pays a surcharge,
// and its billable weight stays its actual weight. bpost's threshold is
// BpostMinDensity, 120 kg/m³.
//
// The zero DensityRule (MinKgPerM3 == 0) never applies.
type DensityRule struct {
	MinKgPerM3 int64
}

// BpostMinDensity is the density, in kg/m³, below which bpost charges a
// surcharge.
const BpostMinDensity = 120

// Below reports whether p's density is strictly below r.MinKgPerM3, that is
// whether the density surcharge applies. A parcel exactly at the threshold
// pays none.
//
// The comparison is exact, in integers: density in kg/m³ is grams × 10⁶ /
// mm³ (1 kg = 10³ g, 1 m³ = 10⁹ mm³), so the test is grams × 10⁶ <
// MinKgPerM3 × mm³, both sides computed in 128 bits. A negative MinKgPerM3
// or an invalid parcel gives an *InputError.
func (r DensityRule) Below(p Parcel) (bool, error) {
	if r.MinKgPerM3 < 0 {
		return false, &InputError{Field: "minimum density", Value: r.MinKgPerM3, Reason: "must not be negative (kg/m³)"}
	}
	if err := p.Validate(); err != nil {
		return false, err
	}
	if r.MinKgPerM3 == 0 {
		return false, nil
	}
	v, ok := volume(p.Dimensions)
	if !ok {
		return false, &OverflowError{Op: "volume"}
	}
	return below(p.Weight, v, r.MinKgPerM3), nil
}

// below reports weight × 10⁶ < minKgPerM3 × vol, in 128-bit arithmetic.
func below(weight Grams, vol, minKgPerM3 int64) bool {
	lh, ll := bits.Mul64(uint64(weight), 1_000_000)
	rh, rl := bits.Mul64(uint64(minKgPerM3), uint64(vol))
	return lh < rh || (lh == rh && ll < rl)
}

// Billing explains a parcel's billable weight.
type Billing struct {
	Actual     Grams // the parcel's actual weight
	Volumetric Grams // its volumetric weight, 0 when the service has no divisor
	// Billable is max(Actual, Volumetric), rounded up to the service's
	// RoundTo increment.
	Billable Grams
	// DensitySurcharge is true when the service has a DensityRule and the
	// parcel is below its density.
	DensitySurcharge bool
}

// ceilDiv returns ⌈a / b⌉ for a >= 0 and b > 0.
func ceilDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 {
		q++
	}
	return q
}

// roundUp rounds g up to a multiple of inc (inc > 1), reporting overflow.
func roundUp(g Grams, inc Grams) (Grams, bool) {
	q := ceilDiv(int64(g), int64(inc))
	if q > math.MaxInt64/int64(inc) {
		return 0, false
	}
	return Grams(q * int64(inc)), true
}
