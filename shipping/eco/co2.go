package eco

import (
	"fmt"
	"math"
	"math/bits"
	"slices"

	"github.com/comptoir/comptoir/shipping"
)

// Factor is the emission factor of one delivery mode, in integer
// milligrams of CO2-equivalent, as the merchant's carrier publishes it. A
// carrier may publish a figure per parcel, per tonne-kilometre, or both;
// a factor left at zero counts for nothing. 1 g per tonne-km is 1 mg per
// kg-km.
type Factor struct {
	// PerParcelMg is the emission of one parcel, whatever its weight and
	// distance (handling, last mile), in mg CO2e. Not negative.
	PerParcelMg int64
	// PerTonneKmMg is the emission of carrying one tonne over one
	// kilometre, in mg CO2e. Not negative.
	PerTonneKmMg int64
	// Source names where the figures come from ("bpost CSR report 2023,
	// p. 42"); required, so that every figure shown to a shopper can be
	// traced to published data.
	Source string
}

// Factors are the validated emission factors of a merchant, per delivery
// mode. They are immutable. The library ships no default factors: see the
// package documentation. The zero Factors has no factor, and every
// estimate fails with ErrNoFactor.
type Factors struct {
	byMode [6]Factor
	has    [6]bool
}

// NewFactors validates the factors the merchant configured: every key a
// known shipping.Mode, factors not negative, a Source for each. A Factor
// with both figures zero is allowed (a click & collect where the customer
// comes on foot) but must cite its source like any other. Errors are
// *FactorsError matching ErrInvalidFactors.
func NewFactors(cfg map[shipping.Mode]Factor) (Factors, error) {
	modes := make([]shipping.Mode, 0, len(cfg))
	for m := range cfg {
		modes = append(modes, m)
	}
	slices.Sort(modes) // deterministic: the first error is always the same
	var f Factors
	for _, m := range modes {
		fac := cfg[m]
		field := fmt.Sprintf("factors[%q]", string(m))
		i := modeIndex(m)
		if i < 0 {
			return Factors{}, &FactorsError{Field: field, Reason: "unknown delivery mode"}
		}
		if fac.PerParcelMg < 0 {
			return Factors{}, &FactorsError{Field: field + ".per_parcel_mg", Reason: fmt.Sprintf("%d is negative", fac.PerParcelMg)}
		}
		if fac.PerTonneKmMg < 0 {
			return Factors{}, &FactorsError{Field: field + ".per_tonne_km_mg", Reason: fmt.Sprintf("%d is negative", fac.PerTonneKmMg)}
		}
		if fac.Source == "" {
			return Factors{}, &FactorsError{Field: field + ".source", Reason: "required: name the published data the factor comes from"}
		}
		f.byMode[i], f.has[i] = fac, true
	}
	return f, nil
}

// modeIndex returns the position of m in shipping.Modes(), or -1.
func modeIndex(m shipping.Mode) int {
	switch m {
	case shipping.ModeHome:
		return 0
	case shipping.ModePickupPoint:
		return 1
	case shipping.ModeLocker:
		return 2
	case shipping.ModeClickAndCollect:
		return 3
	case shipping.ModeLocalCourier:
		return 4
	case shipping.ModeExpress:
		return 5
	}
	return -1
}

// Factor returns the factor of a mode, and false when none is configured.
func (f Factors) Factor(m shipping.Mode) (Factor, bool) {
	i := modeIndex(m)
	if i < 0 || !f.has[i] {
		return Factor{}, false
	}
	return f.byMode[i], true
}

// Modes returns the modes that have a factor, in the order of
// shipping.Modes().
func (f Factors) Modes() []shipping.Mode {
	var out []shipping.Mode
	for _, m := range shipping.Modes() {
		if f.has[modeIndex(m)] {
			out = append(out, m)
		}
	}
	return out
}

// Estimate returns the grams of CO2e of shipping one parcel of weightGrams
// over distanceKm by mode:
//
//	PerParcelMg + PerTonneKmMg × weightGrams/1,000,000 × distanceKm
//
// computed exactly and rounded once, half up, to the gram. A mode without a
// factor is a *NoFactorError (ErrNoFactor), never zero. A negative weight
// or distance, or a result beyond int64, is an *EstimateError
// (ErrInvalidEstimate).
func (f Factors) Estimate(mode shipping.Mode, weightGrams, distanceKm int64) (int64, error) {
	fac, ok := f.Factor(mode)
	if !ok {
		return 0, &NoFactorError{Mode: string(mode)}
	}
	if weightGrams < 0 {
		return 0, &EstimateError{Field: "weight_grams", Value: weightGrams, Reason: "negative"}
	}
	if distanceKm < 0 {
		return 0, &EstimateError{Field: "distance_km", Value: distanceKm, Reason: "negative"}
	}
	// In units of 1e-6 mg (g × km × mg/t·km): factor × weight × distance
	// plus the per-parcel part × 1e6, then ÷ 1e9 to grams, half up.
	const toGrams = 1_000_000_000
	overflow := func() error {
		return &EstimateError{Field: "result", Value: weightGrams, Reason: fmt.Sprintf("grams over %d km by %s out of the int64 range", distanceKm, mode)}
	}
	gkHi, gk := bits.Mul64(uint64(weightGrams), uint64(distanceKm))
	if gkHi != 0 {
		return 0, overflow()
	}
	hi, lo := bits.Mul64(uint64(fac.PerTonneKmMg), gk)
	pHi, pLo := bits.Mul64(uint64(fac.PerParcelMg), 1_000_000)
	var c uint64
	lo, c = bits.Add64(lo, pLo, 0)
	hi, c = bits.Add64(hi, pHi, c)
	if c != 0 {
		return 0, overflow()
	}
	lo, c = bits.Add64(lo, toGrams/2, 0)
	hi, c = bits.Add64(hi, 0, c)
	if c != 0 || hi >= toGrams {
		return 0, overflow()
	}
	q, _ := bits.Div64(hi, lo, toGrams)
	if q > math.MaxInt64 {
		return 0, overflow()
	}
	return int64(q), nil
}
