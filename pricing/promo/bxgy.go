package promo

import (
	"cmp"
	"fmt"
	"math"
	"slices"

	"github.com/shopspring/decimal"
)

// BuyXGetY gives GetQuantity items of Get for every BuyQuantity items of
// Buy: free, or Percent percent off when Percent is set. The free items
// are the cheapest eligible ones in the whole cart and the items paid for
// the dearest, so the result does not depend on the order lines were
// added in. Only whole units count: a line sold by weight or length takes
// no part. Unit counts are int64: beyond 9.2 × 10^18 units of one kind
// they stop growing.
type BuyXGetY struct {
	Buy Selector
	// Get selects the items given; nil for the Buy items themselves
	// ("buy 2 get 1 free").
	Get                      *Selector
	BuyQuantity, GetQuantity int64
	// Percent off the items given (15 = 15 %); zero for free.
	Percent decimal.Decimal
	// MaxApplications caps how many times the offer repeats in one
	// order; zero for no cap.
	MaxApplications int64
}

// Stage is StageLine.
func (BuyXGetY) Stage() Stage { return StageLine }

// Apply finds how many times the offer fits in the cart, then gives the
// cheapest items that can be given that many times.
func (a BuyXGetY) Apply(v *View) (Effect, error) {
	if err := a.validate(); err != nil {
		return Effect{}, err
	}
	get := &a.Buy
	if a.Get != nil {
		get = a.Get
	}
	o := offer{v: v, x: a.BuyQuantity, y: a.GetQuantity, both: make([]bool, v.Len())}
	var gets []int
	for i := range v.cart.Lines {
		l := &v.cart.Lines[i]
		if v.units[i] == 0 || v.remaining[i].Sign() <= 0 {
			continue // weighed goods and items already free take no part
		}
		isBuy, isGet := a.Buy.Selects(l), get.Selects(l)
		switch {
		case isBuy && isGet:
			o.both[i] = true
			o.nBoth = satAdd(o.nBoth, v.units[i])
		case isBuy:
			o.nBuy = satAdd(o.nBuy, v.units[i])
		case isGet:
			o.nGet = satAdd(o.nGet, v.units[i])
		}
		if isGet {
			gets = append(gets, i)
		}
	}
	slices.SortFunc(gets, o.cheapestFirst)
	k := o.rounds(a.MaxApplications)
	return o.give(gets, k, a.Percent)
}

func (a BuyXGetY) validate() error {
	if a.BuyQuantity <= 0 || a.GetQuantity <= 0 || a.MaxApplications < 0 || a.Percent.Sign() < 0 || a.Percent.GreaterThan(hundred) {
		return fmt.Errorf("%w: buy %d get %d at %s%% off, at most %d times", ErrInvalidPromotion, a.BuyQuantity, a.GetQuantity, a.Percent, a.MaxApplications)
	}
	return nil
}

// offer sorts the units of a cart into those only bought, only given and
// both, by count.
type offer struct {
	v                 *View
	x, y              int64
	both              []bool // by line: its units can be bought or given
	nBuy, nGet, nBoth int64
}

// cheapestFirst orders items to give: cheapest first; at equal price,
// items that can only be given before those that could also be paid for;
// then by SKU and line ID, so the order lines were added in does not
// matter.
func (o *offer) cheapestFirst(a, b int) int {
	v := o.v
	if c := cmpRatio(v.remaining[a].Minor(), v.units[a], v.remaining[b].Minor(), v.units[b]); c != 0 {
		return c
	}
	if o.both[a] != o.both[b] {
		if o.both[b] {
			return -1
		}
		return 1
	}
	la, lb := &v.cart.Lines[a], &v.cart.Lines[b]
	return cmp.Or(cmp.Compare(la.SKU, lb.SKU), cmp.Compare(la.ID, lb.ID))
}

// rounds is the largest number of applications the units allow (at most
// maxApps when set): k×y items to give and k×x to pay for, disjoint.
// Feasibility shrinks as k grows, so a binary search finds it.
func (o *offer) rounds(maxApps int64) int64 {
	hi := satAdd(satAdd(o.nBuy, o.nGet), o.nBoth) / satAdd(o.x, o.y)
	if maxApps > 0 {
		hi = min(hi, maxApps)
	}
	lo := int64(0)
	for lo < hi {
		mid := lo + (hi-lo+1)/2
		if o.feasible(mid) {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

// feasible reports whether k applications fit: the items given beyond
// those only givable and the items paid beyond those only payable must
// share the units that are both. k×x and k×y never exceed the total
// number of units, so they do not overflow.
func (o *offer) feasible(k int64) bool {
	give, pay := max(0, k*o.y-o.nGet), max(0, k*o.x-o.nBuy)
	return give <= o.nBoth && pay <= o.nBoth-give
}

// give gives the k×y cheapest givable items, taking from the units that
// could also be paid for no more than the payments leave.
func (o *offer) give(gets []int, k int64, percent decimal.Decimal) (Effect, error) {
	if k == 0 {
		return Effect{}, nil
	}
	if percent.IsZero() {
		percent = hundred
	}
	need, spare := k*o.y, o.nBoth-max(0, k*o.x-o.nBuy)
	var eff Effect
	for _, i := range gets {
		if need == 0 {
			break
		}
		n := min(o.v.units[i], need)
		if o.both[i] {
			n = min(n, spare)
			spare -= n
		}
		if n == 0 {
			continue
		}
		need -= n
		d, err := o.v.remaining[i].MulDiv(percent.Mul(decimal.NewFromInt(n)), hundred.Mul(decimal.NewFromInt(o.v.units[i])), o.v.mode)
		if err != nil {
			return Effect{}, err
		}
		if d.Sign() > 0 {
			eff.Lines = append(eff.Lines, LineDiscount{Line: i, Amount: d})
		}
	}
	return eff, nil
}

// satAdd adds non-negative counts, stopping at the largest int64.
func satAdd(a, b int64) int64 {
	if a > math.MaxInt64-b {
		return math.MaxInt64
	}
	return a + b
}
