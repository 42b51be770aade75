package parcel

// Limit names one kind of limit a service puts on a parcel.
type Limit int

// The limits a service may set, in the order Check reports them.
const (
	MaxWeight      Limit = iota + 1 // actual weight, in grams
	MaxLongestSide                  // the longest side, in mm
	MaxGirth                        // L + 2W + 2H over the sorted sides, in mm
	MaxSumOfSides                   // L + W + H, in mm
	BoxSize                         // the parcel must fit one of the service's boxes
)

// String returns the limit's name, e.g. "girth".
func (l Limit) String() string {
	switch l {
	case MaxWeight:
		return "weight"
	case MaxLongestSide:
		return "longest side"
	case MaxGirth:
		return "girth"
	case MaxSumOfSides:
		return "sum of sides"
	case BoxSize:
		return "box size"
	}
	return "unknown limit"
}

// Unit returns "g" for MaxWeight and "mm" for the other limits.
func (l Limit) Unit() string {
	if l == MaxWeight {
		return "g"
	}
	return "mm"
}

// Limits are a carrier service's maximums. A zero field sets no limit; a
// negative one is invalid input. Every limit is inclusive: a parcel exactly
// at a limit is accepted, one gram or one millimetre more is not.
type Limits struct {
	MaxWeight      Grams       // actual weight
	MaxLongestSide Millimetres // longest side
	MaxGirth       Millimetres // L + 2W + 2H, sides sorted so L is the longest
	MaxSumOfSides  Millimetres // L + W + H
	// Boxes, when not empty, are the only sizes accepted (locker
	// compartments, a maximum box): the parcel must fit at least one of
	// them, rotated as needed (Dimensions.FitsIn).
	Boxes []Dimensions
}

// Validate returns an *InputError for a negative limit or an invalid box.
func (l Limits) Validate() error {
	for _, f := range [...]struct {
		name string
		v    int64
	}{
		{"maximum weight", int64(l.MaxWeight)},
		{"maximum longest side", int64(l.MaxLongestSide)},
		{"maximum girth", int64(l.MaxGirth)},
		{"maximum sum of sides", int64(l.MaxSumOfSides)},
	} {
		if f.v < 0 {
			return &InputError{Field: f.name, Value: f.v, Reason: "must not be negative (0 means no limit)"}
		}
	}
	for _, b := range l.Boxes {
		if err := b.Validate(); err != nil {
			return err
		}
	}
	return nil
}

// Check returns nil when p is within every limit, otherwise a *LimitsError
// listing every limit p exceeds (in the order of the Limit constants). An
// invalid parcel or invalid limits give an *InputError; dimensions so large
// that the girth or sum overflows give an *OverflowError.
func (l Limits) Check(p Parcel) error {
	if err := l.Validate(); err != nil {
		return err
	}
	if err := p.Validate(); err != nil {
		return err
	}
	failed, err := l.check(p.Weight, p.Dimensions, nil)
	if err != nil {
		return err
	}
	if len(failed) > 0 {
		return &LimitsError{Failed: failed}
	}
	return nil
}

// check appends to failed every limit that weight and d (valid) exceed.
// With failed == nil and no limit exceeded, it allocates nothing.
func (l Limits) check(weight Grams, d Dimensions, failed []*LimitError) ([]*LimitError, error) {
	s := d.Sorted()
	if l.MaxWeight > 0 && weight > l.MaxWeight {
		failed = append(failed, &LimitError{Limit: MaxWeight, Max: int64(l.MaxWeight), Got: int64(weight)})
	}
	if l.MaxLongestSide > 0 && s.Length > l.MaxLongestSide {
		failed = append(failed, &LimitError{Limit: MaxLongestSide, Max: int64(l.MaxLongestSide), Got: int64(s.Length)})
	}
	if l.MaxGirth > 0 {
		g, ok := girth(s)
		if !ok {
			return nil, &OverflowError{Op: "girth"}
		}
		if g > l.MaxGirth {
			failed = append(failed, &LimitError{Limit: MaxGirth, Max: int64(l.MaxGirth), Got: int64(g)})
		}
	}
	if l.MaxSumOfSides > 0 {
		sum, ok := sumOfSides(s)
		if !ok {
			return nil, &OverflowError{Op: "sum of sides"}
		}
		if sum > l.MaxSumOfSides {
			failed = append(failed, &LimitError{Limit: MaxSumOfSides, Max: int64(l.MaxSumOfSides), Got: int64(sum)})
		}
	}
	if len(l.Boxes) > 0 {
		if le := boxMiss(s, l.Boxes); le != nil {
			failed = append(failed, le)
		}
	}
	return failed, nil
}

// boxMiss returns nil when the sorted s fits one of boxes, otherwise the
// *LimitError against the nearest box: the one with the smallest excess
// summed over the three sorted sides, the earliest on a tie.
func boxMiss(s Dimensions, boxes []Dimensions) *LimitError {
	best, bestExcess := Dimensions{}, int64(-1)
	for _, b := range boxes {
		b = b.Sorted()
		var excess int64
		for _, pair := range [3][2]Millimetres{{s.Length, b.Length}, {s.Width, b.Width}, {s.Height, b.Height}} {
			if pair[0] > pair[1] {
				// Each difference is below 2^63 (positive sides), the sum
				// may saturate without harm.
				if e, ok := add(excess, int64(pair[0]-pair[1])); ok {
					excess = e
				} else {
					excess = int64(^uint64(0) >> 1)
				}
			}
		}
		if excess == 0 {
			return nil
		}
		if bestExcess < 0 || excess < bestExcess {
			best, bestExcess = b, excess
		}
	}
	le := &LimitError{Limit: BoxSize, Box: best}
	for _, pair := range [3][2]Millimetres{{s.Length, best.Length}, {s.Width, best.Width}, {s.Height, best.Height}} {
		if pair[0] > pair[1] {
			le.Got, le.Max = int64(pair[0]), int64(pair[1])
			break
		}
	}
	return le
}

// Service is a carrier service as far as parcels go: its limits and how it
// turns a parcel into a billable weight.
type Service struct {
	Name   string
	Limits Limits
	// VolumetricDivisor, in cm³ per kg, makes the billable weight at least
	// the volumetric weight (VolumetricWeight). Zero means the service bills
	// the actual weight only; a negative value is invalid input.
	VolumetricDivisor int64
	// Density, when its MinKgPerM3 is set, flags parcels below that density
	// for a surcharge (bpost) instead of billing a volumetric weight.
	Density DensityRule
	// RoundTo rounds the billable weight up to a multiple of this many
	// grams (500 for a carrier billing by the half kilo). Zero or one means
	// to the gram; a negative value is invalid input.
	RoundTo Grams
}

// Validate returns an *InputError for a negative limit, divisor, density or
// increment, or an invalid box.
func (s Service) Validate() error {
	if s.VolumetricDivisor < 0 {
		return &InputError{Field: "divisor", Value: s.VolumetricDivisor, Reason: "must not be negative (0 means no volumetric weight)"}
	}
	if s.Density.MinKgPerM3 < 0 {
		return &InputError{Field: "minimum density", Value: s.Density.MinKgPerM3, Reason: "must not be negative (kg/m³)"}
	}
	if s.RoundTo < 0 {
		return &InputError{Field: "rounding increment", Value: int64(s.RoundTo), Reason: "must not be negative (g)"}
	}
	return s.Limits.Validate()
}

// Check returns nil when p is within the service's limits, otherwise the
// error of Limits.Check: a *LimitsError listing every failed limit.
func (s Service) Check(p Parcel) error {
	if err := s.Validate(); err != nil {
		return err
	}
	return s.Limits.Check(p)
}

// Billing returns p's billable weight under the service, with the actual
// and volumetric weights it comes from and whether the density surcharge
// applies. It does not check the limits (see Check).
func (s Service) Billing(p Parcel) (Billing, error) {
	if err := s.Validate(); err != nil {
		return Billing{}, err
	}
	if err := p.Validate(); err != nil {
		return Billing{}, err
	}
	return s.billing(p)
}

// billing is Billing on a valid service and parcel.
func (s Service) billing(p Parcel) (Billing, error) {
	b := Billing{Actual: p.Weight, Billable: p.Weight}
	if s.VolumetricDivisor > 0 || s.Density.MinKgPerM3 > 0 {
		v, ok := volume(p.Dimensions)
		if !ok {
			return Billing{}, &OverflowError{Op: "volume"}
		}
		if s.VolumetricDivisor > 0 {
			b.Volumetric = Grams(ceilDiv(v, s.VolumetricDivisor))
			b.Billable = max(b.Billable, b.Volumetric)
		}
		if s.Density.MinKgPerM3 > 0 {
			b.DensitySurcharge = below(p.Weight, v, s.Density.MinKgPerM3)
		}
	}
	if s.RoundTo > 1 {
		r, ok := roundUp(b.Billable, s.RoundTo)
		if !ok {
			return Billing{}, &OverflowError{Op: "billable weight"}
		}
		b.Billable = r
	}
	return b, nil
}
