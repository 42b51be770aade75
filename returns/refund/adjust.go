package refund

import (
	"fmt"
	"strings"

	"github.com/comptoir/comptoir/money"
)

// RefusalNotInformed is the refusal of every deduction when the consumer
// was never informed of the withdrawal right; the text is stable, so that
// callers may show or match it.
const RefusalNotInformed = "the consumer was never informed of the right of withdrawal: no deduction for diminished value (art. 14(2))"

// deductions checks every claimed deduction and applies them when the
// consumer was informed of the right. A deduction is a set-off outside the
// credit note: the goods' price is credited in full with its VAT, and the
// deduction reduces the amount paid back.
func (c *calc) deductions(req Request) error {
	if len(req.Deductions) == 0 {
		return nil
	}
	perLine := make([]int64, len(c.res.Lines))
	c.res.Deductions = make([]DeductionOutcome, 0, len(req.Deductions))
	for k, d := range req.Deductions {
		field := func(f string) string { return fmt.Sprintf("req.deductions[%d].%s", k, f) }
		i := c.returnedIndex(d.LineID)
		if i < 0 {
			return inputErr(ErrInvalidRequest, field("line_id"), "line %q is not returned in this request", d.LineID)
		}
		if strings.TrimSpace(d.Reason) == "" {
			return inputErr(ErrInvalidRequest, field("reason"), "a deduction needs a reason")
		}
		if d.Amount.Currency() != c.cur || d.Amount.Sign() <= 0 {
			return inputErr(ErrInvalidRequest, field("amount"), "%v is not a positive amount in %v", d.Amount, c.cur)
		}
		sum, ok := addInt(perLine[i], d.Amount.Minor())
		if !ok || sum > c.res.Lines[i].Gross.Minor() {
			return inputErr(ErrInvalidRequest, field("amount"), "deductions on line %q exceed its refund %v",
				d.LineID, c.res.Lines[i].Gross)
		}
		perLine[i] = sum
		out := DeductionOutcome{Deduction: d, Applied: req.InformedOfRight}
		if !req.InformedOfRight {
			out.Refusal = RefusalNotInformed
		} else {
			c.deducted += d.Amount.Minor()
		}
		c.res.Deductions = append(c.res.Deductions, out)
	}
	if !req.InformedOfRight {
		c.note("deductions refused: " + RefusalNotInformed)
	}
	return nil
}

// returnedIndex returns the index in the result of the returned (not kept)
// units of the line, or -1.
func (c *calc) returnedIndex(lineID string) int {
	for i, l := range c.res.Lines {
		if l.LineID == lineID && !l.Kept {
			return i
		}
	}
	return -1
}

// returnCost withholds the direct cost of return when the consumer bears it
// and was told so beforehand (art. 14(1)); otherwise the trader bears it.
// The cost is a debt of the consumer set off against the refund, outside
// the credit note. What the refund cannot cover is reported, not guessed.
func (c *calc) returnCost(req Request) error {
	c.res.ReturnCost = money.Zero(c.cur)
	c.res.ReturnCostUncovered = money.Zero(c.cur)
	rc := req.ReturnCost
	if rc == (money.Money{}) {
		return nil
	}
	if rc.Currency() != c.cur || rc.Sign() < 0 {
		return inputErr(ErrInvalidRequest, "req.return_cost", "%v is negative or not in %v", rc, c.cur)
	}
	if rc.IsZero() {
		return nil
	}
	switch {
	case !req.ConsumerPaysReturn:
		c.note("return cost borne by the trader")
		return nil
	case !req.InformedOfReturnCost:
		c.note("return cost borne by the trader: the consumer was not told beforehand that they would bear it (art. 14(1))")
		return nil
	}
	room := c.res.Credit.Gross.Minor() - c.deducted
	withheld := min(rc.Minor(), room)
	c.res.ReturnCost = c.money(withheld)
	c.note("return cost withheld: the consumer was told beforehand that they bear it (art. 14(1))")
	if withheld < rc.Minor() {
		c.res.ReturnCostUncovered = c.money(rc.Minor() - withheld)
		c.note(fmt.Sprintf("the return cost %v exceeds what is left to refund; %v is not covered", rc, c.res.ReturnCostUncovered))
	}
	return nil
}

// total is what is paid back: the credit note less the set-offs. It checks
// that the order's refunds, this one included, stay within what was paid.
func (c *calc) total() error {
	t := c.res.Credit.Gross.Minor() - c.deducted - c.res.ReturnCost.Minor()
	c.res.Total = c.money(t)
	all, ok := addInt(c.prior, t)
	if !ok || all > c.paid {
		return &ExceedsError{Amount: c.money(all), Available: c.money(c.paid)}
	}
	return nil
}
