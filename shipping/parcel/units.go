package parcel

import (
	"fmt"
	"math"
	"math/bits"
)

// Grams is a weight in whole grams. Negative weights are invalid input.
type Grams int64

// Kilogram is 1000 grams: 31.5 kg is 31500 * Gram or 31*Kilogram + 500*Gram.
const (
	Gram     Grams = 1
	Kilogram Grams = 1000
)

// String returns the weight with its unit, e.g. "31500 g".
func (g Grams) String() string { return fmt.Sprintf("%d g", int64(g)) }

// Millimetres is a length in whole millimetres. Dimensions must be positive.
type Millimetres int64

// Units of length: 42 cm is 42 * Centimetre.
const (
	Millimetre Millimetres = 1
	Centimetre Millimetres = 10
	Metre      Millimetres = 1000
)

// String returns the length with its unit, e.g. "1500 mm".
func (m Millimetres) String() string { return fmt.Sprintf("%d mm", int64(m)) }

// Dimensions are the three outer sides of a parcel, an item or a box, in
// millimetres. Their order does not matter to this package: every rule
// sorts them first (Sorted), so Length is the longest side only after
// sorting.
type Dimensions struct {
	Length, Width, Height Millimetres
}

// String returns the sides as given, e.g. "420x310x580 mm".
func (d Dimensions) String() string {
	return fmt.Sprintf("%dx%dx%d mm", int64(d.Length), int64(d.Width), int64(d.Height))
}

// Validate returns an *InputError for a side that is zero or negative.
func (d Dimensions) Validate() error {
	for _, s := range [...]struct {
		name string
		v    Millimetres
	}{{"length", d.Length}, {"width", d.Width}, {"height", d.Height}} {
		if s.v <= 0 {
			return &InputError{Field: s.name, Value: int64(s.v), Reason: "must be positive (mm)"}
		}
	}
	return nil
}

// Sorted returns the same sides, longest first: Length >= Width >= Height.
func (d Dimensions) Sorted() Dimensions {
	a, b, c := d.Length, d.Width, d.Height
	if a < b {
		a, b = b, a
	}
	if b < c {
		b, c = c, b
	}
	if a < b {
		a, b = b, a
	}
	return Dimensions{a, b, c}
}

// Longest returns the longest side.
func (d Dimensions) Longest() Millimetres { return d.Sorted().Length }

// Volume returns Length × Width × Height in cubic millimetres. It returns an
// *InputError for an invalid side and an *OverflowError when the product
// does not fit an int64 (beyond about 2 km on every side).
func (d Dimensions) Volume() (int64, error) {
	if err := d.Validate(); err != nil {
		return 0, err
	}
	v, ok := volume(d)
	if !ok {
		return 0, &OverflowError{Op: "volume"}
	}
	return v, nil
}

// Girth returns L + 2W + 2H over the sorted sides (the longest side plus the
// perimeter around the other two), in millimetres.
func (d Dimensions) Girth() (Millimetres, error) {
	if err := d.Validate(); err != nil {
		return 0, err
	}
	g, ok := girth(d.Sorted())
	if !ok {
		return 0, &OverflowError{Op: "girth"}
	}
	return g, nil
}

// SumOfSides returns L + W + H, in millimetres.
func (d Dimensions) SumOfSides() (Millimetres, error) {
	if err := d.Validate(); err != nil {
		return 0, err
	}
	s, ok := sumOfSides(d)
	if !ok {
		return 0, &OverflowError{Op: "sum of sides"}
	}
	return s, nil
}

// FitsIn reports whether d fits inside box, allowing any rotation that keeps
// the sides parallel: each sorted side of d is at most the matching sorted
// side of box. Invalid dimensions never fit.
func (d Dimensions) FitsIn(box Dimensions) bool {
	if d.Validate() != nil || box.Validate() != nil {
		return false
	}
	p, b := d.Sorted(), box.Sorted()
	return p.Length <= b.Length && p.Width <= b.Width && p.Height <= b.Height
}

// volume multiplies the three (positive) sides, reporting overflow.
func volume(d Dimensions) (int64, bool) {
	hi, lw := bits.Mul64(uint64(d.Length), uint64(d.Width))
	if hi != 0 {
		return 0, false
	}
	hi, v := bits.Mul64(lw, uint64(d.Height))
	if hi != 0 || v > math.MaxInt64 {
		return 0, false
	}
	return int64(v), true
}

// girth computes L + 2W + 2H of sorted positive sides, reporting overflow.
func girth(s Dimensions) (Millimetres, bool) {
	wh, ok := add(int64(s.Width), int64(s.Height))
	if !ok {
		return 0, false
	}
	wh2, ok := add(wh, wh)
	if !ok {
		return 0, false
	}
	g, ok := add(int64(s.Length), wh2)
	return Millimetres(g), ok
}

// sumOfSides computes L + W + H of positive sides, reporting overflow.
func sumOfSides(d Dimensions) (Millimetres, bool) {
	s, ok := add(int64(d.Length), int64(d.Width))
	if !ok {
		return 0, false
	}
	s, ok = add(s, int64(d.Height))
	return Millimetres(s), ok
}

// add returns a + b for non-negative operands, reporting overflow.
func add(a, b int64) (int64, bool) {
	s := a + b
	if s < a {
		return 0, false
	}
	return s, true
}
