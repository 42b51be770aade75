package refund

import (
	"fmt"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/order"
	"github.com/shopspring/decimal"
)

// returnLines refunds the units the request returns: for each, the next
// units of the line not yet settled, at their recorded shares.
func (c *calc) returnLines(req Request) error {
	if len(req.Lines) == 0 && req.KeepIt == nil && !req.FullWithdrawal {
		return inputErr(ErrInvalidRequest, "req.lines", "nothing to refund: no line, no offer, not a full withdrawal")
	}
	if len(req.Lines) > 0 {
		c.res.Lines = make([]LineRefund, 0, len(req.Lines)+1)
		n := 0
		for _, u := range req.Lines {
			if i, ok := c.find(u.LineID); ok {
				n += len(c.o.Lines[i].Discounts)
			}
		}
		c.discounts = make([]order.Discount, 0, n)
	}
	for k, u := range req.Lines {
		for j := range k {
			if req.Lines[j].LineID == u.LineID {
				return inputErr(ErrInvalidRequest, fmt.Sprintf("req.lines[%d].line_id", k), "line %q named twice", u.LineID)
			}
		}
		i, n, err := c.take(u, func() string { return fmt.Sprintf("req.lines[%d]", k) })
		if err != nil {
			return err
		}
		st := &c.lines[i]
		c.res.Lines = append(c.res.Lines, c.unitsRefund(st, u.Quantity, st.settled, n))
		st.settled += n
		st.returned += n
	}
	return nil
}

// take finds the line a unit names and checks that its quantity is still
// to be refunded; it returns the line's index and the number of units.
func (c *calc) take(u Unit, field func() string) (int, int64, error) {
	i, ok := c.find(u.LineID)
	if !ok {
		return 0, 0, inputErr(ErrInvalidRequest, field()+".line_id", "unknown line %q", u.LineID)
	}
	st := &c.lines[i]
	n, err := unitsOf(st, u.Quantity)
	if err != nil {
		return 0, 0, inputErr(ErrInvalidRequest, field()+".quantity", "%v", err)
	}
	if left := st.units - st.settled; n > left {
		return 0, 0, &ExceedsError{LineID: u.LineID, Requested: u.Quantity, Remaining: c.quantity(st, left)}
	}
	return i, n, nil
}

// quantity returns n units of the line as a decimal quantity.
func (c *calc) quantity(st *lineState, n int64) decimal.Decimal {
	if st.byWeight {
		if n == 0 {
			return decimal.Zero
		}
		return st.line.Quantity
	}
	return decimal.NewFromInt(n)
}

// unitsRefund is the paid price of units from .. from+n-1 of the line: the
// sums of their shares of the line's Gross and VAT (net is the difference,
// so Net + VAT = Gross holds exactly) and of each discount.
func (c *calc) unitsRefund(st *lineState, qty decimal.Decimal, from, n int64) LineRefund {
	l := st.line
	gross := unitsShare(l.Gross.Minor(), st.units, from, n)
	vat := unitsShare(l.VAT.Minor(), st.units, from, n)
	r := LineRefund{
		LineID: l.ID, Units: qty, Rate: l.VATRate,
		Net: c.money(gross - vat), VAT: c.money(vat), Gross: c.money(gross),
	}
	start := len(c.discounts)
	for _, d := range l.Discounts {
		if share := unitsShare(d.Amount.Minor(), st.units, from, n); share > 0 {
			c.discounts = append(c.discounts, order.Discount{PromotionID: d.PromotionID, Amount: c.money(share)})
		}
	}
	if end := len(c.discounts); end > start {
		// A full slice expression, so that appending to one line's
		// discounts can never overwrite the next line's.
		r.Discounts = c.discounts[start:end:end]
	}
	return r
}

// keepIt refunds the share of the kept units' price the accepted offer
// grants. The kept units are settled: they can never be returned later.
func (c *calc) keepIt(o *Offer) error {
	if o == nil {
		return nil
	}
	i, n, err := c.take(Unit{LineID: o.LineID, Quantity: o.Quantity}, func() string { return "req.keep_it" })
	if err != nil {
		return err
	}
	st := &c.lines[i]
	paid := unitsShare(st.line.Gross.Minor(), st.units, st.settled, n)
	paidVAT := unitsShare(st.line.VAT.Minor(), st.units, st.settled, n)
	gross, err := c.offerAmount(o, paid)
	if err != nil {
		return err
	}
	vat := int64(0)
	if paid > 0 {
		// The VAT credited keeps the proportion the kept units were taxed at.
		vat, _ = mulDivHalfUp(paidVAT, gross, paid)
	}
	c.res.Lines = append(c.res.Lines, LineRefund{
		LineID: st.line.ID, Units: o.Quantity, Kept: true, Rate: st.line.VATRate,
		Net: c.money(gross - vat), VAT: c.money(vat), Gross: c.money(gross),
	})
	st.settled += n
	c.note("keep-it offer accepted: the consumer keeps the units at a partial refund (a price reduction, on the credit note)")
	return nil
}

// offerAmount returns the gross the offer refunds for kept units that were
// paid paid minor units.
func (c *calc) offerAmount(o *Offer, paid int64) (int64, error) {
	hasPercent, hasAmount := !o.Percent.IsZero(), o.Amount != money.Money{}
	switch {
	case hasPercent == hasAmount:
		return 0, inputErr(ErrInvalidRequest, "req.keep_it", "set exactly one of percent and amount")
	case hasAmount:
		if o.Amount.Currency() != c.cur || o.Amount.Sign() <= 0 || o.Amount.Minor() > paid {
			return 0, inputErr(ErrInvalidRequest, "req.keep_it.amount",
				"%v is not a positive amount in %v of at most the units' price %v", o.Amount, c.cur, c.money(paid))
		}
		return o.Amount.Minor(), nil
	}
	hundred := decimal.NewFromInt(100)
	if !decBounded(o.Percent) || o.Percent.Sign() <= 0 || o.Percent.Cmp(hundred) > 0 {
		return 0, inputErr(ErrInvalidRequest, "req.keep_it.percent", "%s is not above 0 and at most 100", decText(o.Percent))
	}
	m, err := c.money(paid).MulDiv(o.Percent, hundred, money.HalfUp)
	if err != nil {
		return 0, inputErr(ErrInvalidRequest, "req.keep_it.percent", "%v", err)
	}
	return m.Minor(), nil
}
