package method

import (
	"slices"

	"github.com/comptoir/comptoir/money"
)

// Available returns the methods to show for q: those of q.Preferred whose
// rules allow the buyer's country, the currency, the amount, the channel
// and the time, in q.Preferred's order. A nil result means the buyer
// cannot pay with any method the merchant offers (Explain says why). An
// invalid query is a *QueryError matching ErrInvalidQuery.
func (c *Catalog) Available(q Query) ([]Method, error) {
	p, err := c.prepare(q)
	if err != nil {
		return nil, err
	}
	shown := p.methods[:0] // filtered in place: p is this call's own
	for _, i := range p.methods {
		if c.check(i, &p) == 0 {
			shown = append(shown, i)
		}
	}
	return c.cloneSet(shown), nil
}

// Explain returns one Verdict per method of q.Preferred, in that order:
// shown, or not shown with every reason. It validates q as Available
// does, and Available shows exactly the methods whose Verdict is Shown.
func (c *Catalog) Explain(q Query) ([]Verdict, error) {
	p, err := c.prepare(q)
	if err != nil {
		return nil, err
	}
	ms := c.cloneSet(p.methods)
	out := make([]Verdict, len(p.methods))
	for k, i := range p.methods {
		out[k] = Verdict{Method: ms[k], Refusals: refusals(&c.methods[i].Rules, &p, c.check(i, &p))}
	}
	return out, nil
}

// failed is a set of Reasons as bits, so that Available decides without
// allocating.
type failed uint8

const (
	failCountry failed = 1 << iota
	failCurrency
	failBelowMin
	failAboveMax
	failChannel
	failNotYet
	failNoLonger
)

// check returns what keeps the i-th method from being shown, 0 if nothing.
func (c *Catalog) check(i int, q *query) failed {
	r := &c.methods[i].Rules
	var f failed
	if len(r.Countries) > 0 && !slices.Contains(r.Countries, q.country) {
		f |= failCountry
	}
	if len(r.Currencies) > 0 && !slices.Contains(r.Currencies, q.amount.Currency()) {
		f |= failCurrency
	}
	if rg, ok := rangeIn(r.Amounts, q.amount); ok {
		f |= checkRange(rg, q.amount)
	}
	if ch := c.chans[i]; ch != 0 && ch&q.chBit == 0 {
		f |= failChannel
	}
	if !r.From.IsZero() && q.at.Before(r.From) {
		f |= failNotYet
	}
	if !r.Until.IsZero() && !q.at.Before(r.Until) {
		f |= failNoLonger
	}
	return f
}

// rangeIn returns the range in the amount's currency, if there is one.
func rangeIn(ranges []Range, amount money.Money) (Range, bool) {
	cur := amount.Currency()
	for _, rg := range ranges {
		if rg.Currency() == cur {
			return rg, true
		}
	}
	return Range{}, false
}

// checkRange compares an amount with a range in its currency. Minor units
// compare directly: the currencies are equal.
func checkRange(rg Range, amount money.Money) failed {
	var f failed
	if !rg.Min.Currency().IsZero() && amount.Minor() < rg.Min.Minor() {
		f |= failBelowMin
	}
	if !rg.Max.Currency().IsZero() && amount.Minor() > rg.Max.Minor() {
		f |= failAboveMax
	}
	return f
}
