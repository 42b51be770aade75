package promo

import (
	"fmt"
	"slices"

	"github.com/shopspring/decimal"
)

// BuyXGetY gives GetQuantity items of Get for every BuyQuantity items of
// Buy: free, or Percent percent off when Percent is set. The free items
// are the cheapest eligible ones in the whole cart and the items paid for
// the dearest, so the result does not depend on the order lines were
// added in. Only whole units count: a line sold by weight or length takes
// no part.
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

// Apply pairs items to give with items to pay, cheapest given first.
func (a BuyXGetY) Apply(v *View) (Effect, error) {
	if err := a.validate(); err != nil {
		return Effect{}, err
	}
	get := &a.Buy
	if a.Get != nil {
		get = a.Get
	}
	p := pairing{v: v, x: a.BuyQuantity, y: a.GetQuantity, maxApps: a.MaxApplications,
		gets: v.byUnitValue(get, true), buys: v.byUnitValue(&a.Buy, true)}
	p.alloc(v.units)
	for _, i := range p.buys {
		p.isBuy[i] = true
	}
	p.orderPayers()
	p.run()
	return p.effect(a.Percent)
}

func (a BuyXGetY) validate() error {
	if a.BuyQuantity <= 0 || a.GetQuantity <= 0 || a.MaxApplications < 0 || a.Percent.Sign() < 0 || a.Percent.GreaterThan(hundred) {
		return fmt.Errorf("%w: buy %d get %d at %s%% off, at most %d times", ErrInvalidPromotion, a.BuyQuantity, a.GetQuantity, a.Percent, a.MaxApplications)
	}
	return nil
}

// pairing is the state of one BuyXGetY application.
type pairing struct {
	v          *View
	x, y       int64
	maxApps    int64
	gets, buys []int   // lines: gets cheapest first, buys as orderPayers says
	avail      []int64 // units not yet given or paid for, by line
	given      []int64 // units given, by line
	isBuy      []bool
	givable    []bool
	// per-application scratch: units given and paid per line
	take, pay []int64
}

// alloc makes the per-line slices out of two allocations.
func (p *pairing) alloc(units []int64) {
	n := len(units)
	ints := make([]int64, 4*n)
	p.avail, p.given, p.take, p.pay = ints[:n:n], ints[n:2*n:2*n], ints[2*n:3*n:3*n], ints[3*n:]
	copy(p.avail, units)
	flags := make([]bool, 2*n)
	p.isBuy, p.givable = flags[:n:n], flags[n:]
}

// orderPayers puts the items to pay for dearest first, those that could
// not be given before those that could, so that paying never uses up an
// item the offer could give.
func (p *pairing) orderPayers() {
	givable := p.givable
	for _, i := range p.gets {
		givable[i] = true
	}
	slices.Reverse(p.buys)
	slices.SortStableFunc(p.buys, func(a, b int) int {
		switch {
		case givable[a] == givable[b]:
			return 0
		case givable[b]:
			return -1
		}
		return 1
	})
}

// run repeats the cheapest feasible application while one exists, a run
// of identical applications at a time so that large quantities cost no
// more than small ones.
func (p *pairing) run() {
	apps := int64(0)
	for p.maxApps == 0 || apps < p.maxApps {
		clear(p.take)
		clear(p.pay)
		if !p.pick() {
			return
		}
		reps := p.repeats()
		if p.maxApps > 0 {
			reps = min(reps, p.maxApps-apps)
		}
		for i := range p.avail {
			p.avail[i] -= reps * (p.take[i] + p.pay[i])
			p.given[i] += reps * p.take[i]
		}
		apps += reps
	}
}

// pick chooses one application: the y cheapest items to give, taking
// from lines that also count as bought only while x bought items remain,
// then the x dearest items to pay. It reports false when none is left.
func (p *pairing) pick() bool {
	budget := -p.x
	for _, i := range p.buys {
		budget += p.avail[i]
	}
	need := p.y
	for _, i := range p.gets {
		for need > 0 && p.avail[i]-p.take[i] > 0 && (!p.isBuy[i] || budget > 0) {
			p.take[i]++
			need--
			if p.isBuy[i] {
				budget--
			}
		}
	}
	if need > 0 || budget < 0 {
		return false
	}
	need = p.x
	for _, i := range p.buys {
		k := min(need, p.avail[i]-p.take[i])
		p.pay[i] += k
		need -= k
	}
	return need == 0
}

// repeats is how many times the picked application fits in what is
// available.
func (p *pairing) repeats() int64 {
	reps := int64(-1)
	for i, t := range p.take {
		if used := t + p.pay[i]; used > 0 && (reps < 0 || p.avail[i]/used < reps) {
			reps = p.avail[i] / used
		}
	}
	return reps
}

// effect turns the given units into line discounts.
func (p *pairing) effect(percent decimal.Decimal) (Effect, error) {
	if percent.IsZero() {
		percent = hundred
	}
	var eff Effect
	for i, g := range p.given {
		if g == 0 {
			continue
		}
		d, err := p.v.remaining[i].MulDiv(percent.Mul(decimal.NewFromInt(g)), hundred.Mul(decimal.NewFromInt(p.v.units[i])), p.v.mode)
		if err != nil {
			return Effect{}, err
		}
		if d.Sign() > 0 {
			eff.Lines = append(eff.Lines, LineDiscount{Line: i, Amount: d})
		}
	}
	return eff, nil
}
