package refund

import (
	"fmt"

	"github.com/comptoir/comptoir/money"

	"github.com/shopspring/decimal"
)

// applyPrior counts the units the earlier requests settled and what they
// paid back. Their delivery is read by the delivery step.
func (c *calc) applyPrior(prior []Refunded) error {
	for i, r := range prior {
		for j, u := range r.Returned {
			field := func() string { return fmt.Sprintf("prior[%d].returned[%d]", i, j) }
			if err := c.settlePrior(field, u, true); err != nil {
				return err
			}
		}
		for j, u := range r.Kept {
			field := func() string { return fmt.Sprintf("prior[%d].kept[%d]", i, j) }
			if err := c.settlePrior(field, u, false); err != nil {
				return err
			}
		}
		// The zero Money counts as zero, as money.Money.Add has it.
		if r.Total != (money.Money{}) && (r.Total.Currency() != c.cur || r.Total.Sign() < 0) {
			return inputErr(ErrInvalidPrior, fmt.Sprintf("prior[%d].total", i),
				"%v is negative or not in %v", r.Total, c.cur)
		}
		sum, ok := addInt(c.prior, r.Total.Minor())
		if !ok {
			return inputErr(ErrInvalidPrior, fmt.Sprintf("prior[%d].total", i), "the totals overflow")
		}
		c.prior = sum
	}
	return nil
}

// settlePrior records units an earlier request returned or kept.
func (c *calc) settlePrior(field func() string, u Unit, returned bool) error {
	i, ok := c.find(u.LineID)
	if !ok {
		return inputErr(ErrInvalidPrior, field(), "unknown line %q", u.LineID)
	}
	st := &c.lines[i]
	n, err := unitsOf(st, u.Quantity)
	if err != nil {
		return inputErr(ErrInvalidPrior, field(), "%v", err)
	}
	if n > st.units-st.settled {
		return inputErr(ErrInvalidPrior, field(), "%s units of line %q, only %d left of %s ordered",
			u.Quantity, u.LineID, st.units-st.settled, st.line.Quantity)
	}
	st.settled += n
	if returned {
		st.returned += n
	}
	return nil
}

// quantityError explains a quantity that is not a number of units of a
// line; the caller wraps it with the right sentinel and field.
type quantityError struct {
	q        decimal.Decimal
	line     string
	byWeight bool
	whole    decimal.Decimal
}

func (e *quantityError) Error() string {
	if e.byWeight {
		return fmt.Sprintf("%s of line %q, sold by weight, is not its whole quantity %s", decText(e.q), e.line, e.whole)
	}
	return fmt.Sprintf("%s of line %q is not a positive whole number of units", decText(e.q), e.line)
}

// unitsOf returns the number of units quantity q is for the line: whole
// units, or for a line sold by weight exactly its quantity (one "unit").
func unitsOf(st *lineState, q decimal.Decimal) (int64, error) {
	if st.byWeight {
		if !decEqual(q, st.line.Quantity) {
			return 0, &quantityError{q: q, line: st.line.ID, byWeight: true, whole: st.line.Quantity}
		}
		return 1, nil
	}
	n, ok := wholeUnits(q)
	if !ok {
		return 0, &quantityError{q: q, line: st.line.ID}
	}
	return n, nil
}
