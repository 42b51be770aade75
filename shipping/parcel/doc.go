// Package parcel measures, weighs and splits parcels for carrier services,
// in integers only: weights in Grams and lengths in Millimetres (named
// int64 types, so a weight cannot be passed where a length is expected).
// No floats anywhere.
//
// # Dimensions
//
// Dimensions are three sides in any order. Every rule sorts them first
// (Sorted: longest first), so a box measured 30 × 120 × 40 is checked as
// 120 × 40 × 30. Volume (mm³), Girth (L + 2W + 2H) and SumOfSides (L + W +
// H) use checked arithmetic and return an *OverflowError rather than wrap.
//
// # Billable weight
//
// A Service bills max(actual, volumetric) weight. The volumetric weight is
// the carriers' L × W × H (cm) / divisor (kg); in millimetres and grams the
// factors of 1000 cancel and it is mm³ / divisor grams, rounded up to the
// gram (carriers round weights up, never down). A service may round the
// billable weight further up, to a multiple of RoundTo grams. Divisors of
// the spec: 5000 for DHL Express and DPD air, 4000 for DPD Baltics.
//
// bpost bills no volumetric weight but a density surcharge for parcels
// lighter than 120 kg/m³: a DensityRule, decided exactly by comparing
// grams × 10⁶ with kg/m³ × mm³ in 128-bit integers. Billing returns the
// actual, volumetric and billable weights and the surcharge flag, so a quote
// can explain its figure.
//
// # Limits
//
// Limits hold a service's maximum weight, longest side, girth, sum of sides
// and accepted boxes (locker compartments, a maximum box size); zero means
// no limit and every limit is inclusive. Check returns a *LimitsError
// listing every limit a parcel exceeds, each a *LimitError naming the
// limit, its value and the parcel's (MaxGirth, 3000, 3120 mm). Both match
// errors.Is(err, ErrExceedsLimit), and errors.As reaches each *LimitError.
//
// Bpost, BpostLocker, MondialRelay, DPDClassic and PostNLStandard return
// the spec's example services as fresh values.
//
// # Splitting a basket
//
// Split packs basket items (unit weight, unit dimensions, quantity) into
// parcels that each pass the service's limits, first-fit decreasing by
// weight, with a deliberately simple size model: units lie flat and are
// stacked, so a parcel is as long and wide as its largest unit and as high
// as all its units together. It returns each parcel's items, weight,
// dimensions and billing, in a deterministic order; the number of parcels
// is what a shipping quote needs. An item that cannot ship on its own is an
// *ItemError naming it and the limit it breaks.
//
// # Errors
//
// Bad input (a side that is not positive, a negative weight or limit, a
// zero divisor, a zero quantity) is an *InputError matching
// ErrInvalidInput; nothing in this package panics on input. All values are
// immutable and every function is safe for concurrent use.
package parcel
