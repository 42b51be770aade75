package refund

import (
	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/order"
)

// Calculate works out what request req of order o refunds, given prior,
// the records (Result.Refunded) of the order's earlier requests, and the
// merchant's policy p.
//
// Each returned unit refunds its paid price exactly as the order recorded
// it: the line's Gross and VAT are split over its units as money.Split does
// (larger parts first) and the units are refunded in that order across the
// requests, so the discounts allocated to the line are never spread again
// and returning every unit, in any number of requests, refunds exactly the
// line. A line sold by weight is returned whole. The outbound delivery
// follows law-and-tax W-refund: a full withdrawal refunds it up to the
// cheapest standard delivery offered; a partial one as p says. The return
// cost is withheld only when the consumer pays it and was told beforehand;
// deductions for diminished value are refused when the consumer was never
// informed of the right; a keep-it offer refunds part of kept units' price.
//
// Calculate reads the order's line and shipping amounts and checks the ones
// it relies on (currencies, Net + VAT = Gross, the shipping split, the
// totals), so an order that passes order.Validate always works; it does not
// run the whole validation, which belongs where the order is stored. It
// refuses a unit already refunded or kept (*ExceedsError), and refunds
// that would exceed what the order cost in total. Whether the consumer has
// the right at all (consumer, exceptions, period) is decided before, by
// package returns. Calculate is a pure function, safe for concurrent use.
func Calculate(o order.Order, prior []Refunded, req Request, p Policy) (Result, error) {
	if !p.PartialDelivery.Valid() {
		return Result{}, inputErr(ErrInvalidPolicy, "policy.partial_delivery", "unknown value %d", p.PartialDelivery)
	}
	c := calc{o: o, cur: o.Currency}
	if err := c.prepare(); err != nil {
		return Result{}, err
	}
	if err := c.applyPrior(prior); err != nil {
		return Result{}, err
	}
	if err := c.returnLines(req); err != nil {
		return Result{}, err
	}
	if err := c.keepIt(req.KeepIt); err != nil {
		return Result{}, err
	}
	if err := c.delivery(req, p, prior); err != nil {
		return Result{}, err
	}
	c.breakdown()
	if err := c.deductions(req); err != nil {
		return Result{}, err
	}
	if err := c.returnCost(req); err != nil {
		return Result{}, err
	}
	if err := c.total(); err != nil {
		return Result{}, err
	}
	return c.res, nil
}

// lineState is one order line as the calculation sees it.
type lineState struct {
	line     *order.Line
	units    int64 // whole units; 1 for a line sold by weight
	byWeight bool  // a fractional quantity: returned whole only
	settled  int64 // units returned or kept, earlier requests and this one
	returned int64 // units returned, earlier requests and this one
}

// calc carries one calculation. It is never shared.
type calc struct {
	o     order.Order
	cur   money.Currency
	lines []lineState
	index map[string]int // nil for small orders, searched linearly
	paid  int64          // the lines' and the shipping's gross: the most ever refunded
	prior int64          // what the earlier requests paid back
	// capped: the delivery refunded is capped at the cheapest standard one.
	capped bool
	// discounts backs every LineRefund.Discounts of the result: one
	// allocation for the request rather than one a line.
	discounts []order.Discount
	// deducted is the sum of the applied deductions.
	deducted int64
	res      Result
}

// indexThreshold is the number of lines from which a map beats a linear
// search for the lines a request names.
const indexThreshold = 24

// find returns the index of the line with the given id.
func (c *calc) find(id string) (int, bool) {
	if c.index != nil {
		i, ok := c.index[id]
		return i, ok
	}
	for i := range c.lines {
		if c.lines[i].line.ID == id {
			return i, true
		}
	}
	return 0, false
}

// money returns minor units in the order's currency. The amounts this
// package builds never reach the one int64 FromMinor refuses.
func (c *calc) money(minor int64) money.Money {
	m, err := money.FromMinor(minor, c.cur)
	if err != nil {
		return money.Zero(c.cur)
	}
	return m
}

// note records an explanation for the case file.
func (c *calc) note(s string) {
	if c.res.Notes == nil {
		c.res.Notes = make([]string, 0, 4)
	}
	c.res.Notes = append(c.res.Notes, s)
}
