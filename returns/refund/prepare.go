package refund

import (
	"fmt"

	"github.com/comptoir/comptoir/money"
)

// prepare reads the order's lines and shipping, checking the amounts the
// calculation relies on. The path of a bad value is formatted only when
// there is one.
func (c *calc) prepare() error {
	o := &c.o
	if c.cur.IsZero() {
		return inputErr(ErrInvalidOrder, "order.currency", "no currency")
	}
	if len(o.Lines) == 0 {
		return inputErr(ErrInvalidOrder, "order.lines", "no line")
	}
	c.lines = make([]lineState, len(o.Lines))
	if len(o.Lines) >= indexThreshold {
		c.index = make(map[string]int, len(o.Lines))
	}
	for i := range o.Lines {
		if err := c.prepareLine(i); err != nil {
			return err
		}
	}
	if err := c.prepareShipping(); err != nil {
		return err
	}
	if c.o.Totals.Gross != c.money(c.paid) {
		return inputErr(ErrInvalidOrder, "order.totals.gross",
			"%v is not the lines' and the shipping's gross %v", c.o.Totals.Gross, c.money(c.paid))
	}
	return nil
}

// prepareLine checks line i and records its units.
func (c *calc) prepareLine(i int) error {
	l := &c.o.Lines[i]
	path := func(field string) string { return fmt.Sprintf("order.lines[%d].%s", i, field) }
	if l.ID == "" {
		return inputErr(ErrInvalidOrder, path("id"), "empty")
	}
	if err := c.checkTriple(path, l.Net, l.VAT, l.Gross); err != nil {
		return err
	}
	for j, d := range l.Discounts {
		if d.Amount.Currency() != c.cur || d.Amount.Sign() < 0 {
			return inputErr(ErrInvalidOrder, path(fmt.Sprintf("discounts[%d].amount", j)),
				"%v is negative or not in %v", d.Amount, c.cur)
		}
	}
	if !decBounded(l.VATRate) || l.VATRate.Sign() < 0 {
		return inputErr(ErrInvalidOrder, path("vat_rate"), "%s is not a usable rate", decText(l.VATRate))
	}
	st := lineState{line: l}
	if n, ok := wholeUnits(l.Quantity); ok {
		st.units = n
	} else {
		if l.Quantity.Sign() <= 0 || !decBounded(l.Quantity) {
			return inputErr(ErrInvalidOrder, path("quantity"), "%s is not a positive quantity", decText(l.Quantity))
		}
		st.units, st.byWeight = 1, true
	}
	if err := c.addIndex(i, l.ID); err != nil {
		return err
	}
	c.lines[i] = st
	paid, ok := addInt(c.paid, l.Gross.Minor())
	if !ok {
		return inputErr(ErrInvalidOrder, path("gross"), "the order's total overflows")
	}
	c.paid = paid
	return nil
}

// addIndex records line i's id, refusing a duplicate, which would make the
// second line impossible to refund.
func (c *calc) addIndex(i int, id string) error {
	if c.index != nil {
		if _, dup := c.index[id]; dup {
			return inputErr(ErrInvalidOrder, fmt.Sprintf("order.lines[%d].id", i), "duplicate id %q", id)
		}
		c.index[id] = i
		return nil
	}
	for j := range i {
		if c.o.Lines[j].ID == id {
			return inputErr(ErrInvalidOrder, fmt.Sprintf("order.lines[%d].id", i), "duplicate id %q", id)
		}
	}
	return nil
}

// prepareShipping checks the shipping fee and its split per rate.
func (c *calc) prepareShipping() error {
	sh := &c.o.Shipping
	top := func(field string) string { return "order.shipping." + field }
	if err := c.checkTriple(top, sh.Net, sh.VAT, sh.Gross); err != nil {
		return err
	}
	var net, vat, gross int64
	for i, s := range sh.Split {
		path := func(field string) string { return fmt.Sprintf("order.shipping.split[%d].%s", i, field) }
		if err := c.checkTriple(path, s.Net, s.VAT, s.Gross); err != nil {
			return err
		}
		if !decBounded(s.Rate) {
			return inputErr(ErrInvalidOrder, path("rate"), "%s out of range", decText(s.Rate))
		}
		var ok1, ok2, ok3 bool
		net, ok1 = addInt(net, s.Net.Minor())
		vat, ok2 = addInt(vat, s.VAT.Minor())
		gross, ok3 = addInt(gross, s.Gross.Minor())
		if !ok1 || !ok2 || !ok3 {
			return inputErr(ErrInvalidOrder, path("gross"), "the split overflows")
		}
	}
	if net != sh.Net.Minor() || vat != sh.VAT.Minor() || gross != sh.Gross.Minor() {
		return inputErr(ErrInvalidOrder, top("split"), "does not sum to the fee %v + %v = %v", sh.Net, sh.VAT, sh.Gross)
	}
	if sh.Gross.Sign() > 0 && (sh.CheapestStandardFee.Currency() != c.cur || sh.CheapestStandardFee.Sign() < 0) {
		return inputErr(ErrInvalidOrder, top("cheapest_standard_fee"),
			"%v is negative or not in %v", sh.CheapestStandardFee, c.cur)
	}
	paid, ok := addInt(c.paid, sh.Gross.Minor())
	if !ok {
		return inputErr(ErrInvalidOrder, top("gross"), "the order's total overflows")
	}
	c.paid = paid
	return nil
}

// checkTriple checks amounts that must be in the order's currency, not
// negative, with net + VAT = gross.
func (c *calc) checkTriple(path func(string) string, net, vat, gross money.Money) error {
	for _, f := range [...]struct {
		name string
		m    money.Money
	}{{"net", net}, {"vat", vat}, {"gross", gross}} {
		if f.m.Currency() != c.cur {
			return inputErr(ErrInvalidOrder, path(f.name), "%v is not in %v", f.m, c.cur)
		}
		if f.m.Sign() < 0 {
			return inputErr(ErrInvalidOrder, path(f.name), "%v is negative", f.m)
		}
	}
	if sum, ok := addInt(net.Minor(), vat.Minor()); !ok || sum != gross.Minor() {
		return inputErr(ErrInvalidOrder, path("gross"), "%v + %v is not %v", net, vat, gross)
	}
	return nil
}
