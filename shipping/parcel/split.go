package parcel

import (
	"cmp"
	"slices"
)

// MaxUnits bounds the total quantity Split accepts, so a typo (a quantity of
// 10⁹) is an error instead of minutes of work.
const MaxUnits = 10_000

// Item is a basket line to ship: one unit's weight and dimensions (as
// packed, in its own packaging if any) and how many units.
type Item struct {
	Ref        string // the caller's reference (SKU, line id), echoed back
	Weight     Grams  // one unit
	Dimensions Dimensions
	Quantity   int
}

// Packing is how Split assumes parcels are made up.
type Packing struct {
	// Tare is the weight of the empty box and filling, added to each
	// parcel's weight.
	Tare Grams
	// MaxWeight, when positive, caps each parcel below the service's own
	// maximum weight (a warehouse's handling limit, or 2 kg boxes for a
	// letterbox rate). Zero means the service's maximum.
	MaxWeight Grams
}

// PackedItem is some units of one basket item inside a parcel.
type PackedItem struct {
	Index    int    // the item's position in the basket
	Ref      string // the item's Ref
	Quantity int    // how many of its units are in this parcel
}

// Packed is one parcel of a split basket.
type Packed struct {
	Items   []PackedItem // by basket position
	Parcel  Parcel       // weight (items plus tare) and stacked dimensions
	Billing Billing      // the parcel's billable weight under the service
}

// Split packs a basket into as few parcels as a simple, predictable
// heuristic finds, each within the service's limits. len of the result is
// the parcel count a shipping quote needs.
//
// The model, deliberately simple:
//
//   - Weight: a parcel weighs the sum of its units plus Packing.Tare, and
//     must stay within the service's MaxWeight (or Packing.MaxWeight when
//     lower).
//   - Dimensions, by stacking: each unit lies on its largest face (its
//     sorted sides, shortest vertical), and units are stacked: the parcel's
//     length and width are the largest sorted length and width among its
//     units, its height the sum of their heights. The result must pass every
//     dimension limit of the service (longest side, girth, sum of sides,
//     boxes). Stacking overestimates a parcel of many small items, never
//     underestimates one: the real box can only be smaller.
//   - Placement, first-fit decreasing: units are taken heaviest first (then
//     longest first, then in basket order), each into the first open parcel
//     where it still fits, or else into a new parcel.
//
// For identical units bounded by weight alone this gives the minimum count,
// ⌈units / units-per-parcel⌉; in general first-fit decreasing is within
// 11/9 of the minimum plus one. The output is deterministic: parcels in the
// order they were opened, items in each by basket position.
//
// Every item is checked alone first: bad input (zero quantity, negative
// weight, a side that is not positive) and a unit that does not fit the
// service on its own (with the tare) give an *ItemError naming the item and
// wrapping the *InputError or *LimitsError. An invalid service or packing
// gives an *InputError, and more than MaxUnits units in all an *InputError
// for "total quantity". An empty basket gives no parcels and no error.
func Split(items []Item, s Service, p Packing) ([]Packed, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	if p.Tare < 0 {
		return nil, &InputError{Field: "tare", Value: int64(p.Tare), Reason: "must not be negative (g)"}
	}
	if p.MaxWeight < 0 {
		return nil, &InputError{Field: "packing maximum weight", Value: int64(p.MaxWeight), Reason: "must not be negative (0 means the service's)"}
	}
	limits := s.Limits
	if p.MaxWeight > 0 && (limits.MaxWeight == 0 || p.MaxWeight < limits.MaxWeight) {
		limits.MaxWeight = p.MaxWeight
	}

	total := 0
	for i, it := range items {
		if err := checkItem(it, limits, p.Tare); err != nil {
			return nil, &ItemError{Index: i, Ref: it.Ref, Err: err}
		}
		total += it.Quantity // each is at most MaxUnits here: no overflow
		if total > MaxUnits {
			return nil, &InputError{Field: "total quantity", Value: int64(total), Reason: "more units than MaxUnits (10000)"}
		}
	}

	// One entry per unit, in placement order.
	units := make([]int32, 0, total)
	for i, it := range items {
		for range it.Quantity {
			units = append(units, int32(i))
		}
	}
	slices.SortStableFunc(units, func(a, b int32) int {
		ia, ib := &items[a], &items[b]
		if c := cmp.Compare(ib.Weight, ia.Weight); c != 0 {
			return c
		}
		if c := cmp.Compare(ib.Dimensions.Longest(), ia.Dimensions.Longest()); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})

	type open struct {
		weight Grams
		dims   Dimensions // stacked: max length, max width, summed height
		items  []PackedItem
	}
	var parcels []open
	for _, u := range units {
		it := &items[u]
		d := it.Dimensions.Sorted()
		placed := false
		for k := range parcels {
			op := &parcels[k]
			w, ok := add(int64(op.weight), int64(it.Weight))
			if !ok {
				continue
			}
			h, ok := add(int64(op.dims.Height), int64(d.Height))
			if !ok {
				continue
			}
			nd := Dimensions{max(op.dims.Length, d.Length), max(op.dims.Width, d.Width), Millimetres(h)}
			if failed, err := limits.check(Grams(w), nd, nil); err != nil || len(failed) > 0 {
				continue
			}
			op.weight, op.dims = Grams(w), nd
			if n := len(op.items); n > 0 && op.items[n-1].Index == int(u) {
				op.items[n-1].Quantity++
			} else {
				op.items = append(op.items, PackedItem{Index: int(u), Ref: it.Ref, Quantity: 1})
			}
			placed = true
			break
		}
		if !placed {
			// checkItem proved tare + one unit fits and does not overflow.
			parcels = append(parcels, open{
				weight: p.Tare + it.Weight,
				dims:   d,
				items:  []PackedItem{{Index: int(u), Ref: it.Ref, Quantity: 1}},
			})
		}
	}

	out := make([]Packed, len(parcels))
	for k, op := range parcels {
		// Units of one item are consecutive in placement order, so each
		// item appears once per parcel; sort by basket position.
		slices.SortFunc(op.items, func(a, b PackedItem) int { return cmp.Compare(a.Index, b.Index) })
		pc := Parcel{Weight: op.weight, Dimensions: op.dims}
		b, err := s.billing(pc)
		if err != nil {
			return nil, err
		}
		out[k] = Packed{Items: op.items, Parcel: pc, Billing: b}
	}
	return out, nil
}

// checkItem validates an item and checks that one unit with the tare fits
// the limits on its own.
func checkItem(it Item, limits Limits, tare Grams) error {
	if it.Quantity <= 0 {
		return &InputError{Field: "quantity", Value: int64(it.Quantity), Reason: "must be positive"}
	}
	if it.Quantity > MaxUnits {
		return &InputError{Field: "quantity", Value: int64(it.Quantity), Reason: "more units than MaxUnits (10000)"}
	}
	if err := (Parcel{Weight: it.Weight, Dimensions: it.Dimensions}).Validate(); err != nil {
		return err
	}
	w, ok := add(int64(it.Weight), int64(tare))
	if !ok {
		return &OverflowError{Op: "parcel weight"}
	}
	failed, err := limits.check(Grams(w), it.Dimensions, nil)
	if err != nil {
		return err
	}
	if len(failed) > 0 {
		return &LimitsError{Failed: failed}
	}
	return nil
}
