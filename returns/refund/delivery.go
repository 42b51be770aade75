package refund

import (
	"fmt"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/order"
)

// maxRates bounds the shipping split kept on the stack; longer splits (an
// order at more VAT rates than any country has) fall back to the heap.
const maxRates = 8

// deliveryRate is one rate of the shipping split: what may be refunded at
// that rate in all (capacity) and what is left after the earlier requests.
type deliveryRate struct {
	gross, vat         int64 // capacity
	leftGross, leftVAT int64 // capacity less the earlier requests
}

// delivery refunds the outbound delivery by law-and-tax W-refund: a full
// withdrawal refunds what was paid for it up to the cheapest standard
// delivery offered; a partial one what the policy says. The refundable
// amount is split over the shipping's rates in proportion to the split's
// gross, the VAT of each rate in proportion to its recorded VAT, and every
// request refunds from what the earlier ones left at each rate, so the
// requests sum exactly to the refundable delivery, rate by rate.
func (c *calc) delivery(req Request, p Policy, prior []Refunded) error {
	c.res.FullWithdrawal = req.FullWithdrawal || c.allReturned()
	if c.res.FullWithdrawal && !req.FullWithdrawal {
		c.note("every unit of every line is now returned: treated as a full withdrawal")
	}
	sep := req.SeparateDelivery
	if sep != (money.Money{}) && (sep.Currency() != c.cur || sep.Sign() < 0) {
		return inputErr(ErrInvalidRequest, "req.separate_delivery", "%v is negative or not in %v", sep, c.cur)
	}
	var buf [maxRates]deliveryRate
	rates, err := c.deliveryRates(buf[:0], prior)
	if err != nil {
		return err
	}
	var left int64
	for _, r := range rates {
		left += r.leftGross
	}
	amount, err := c.deliveryAmount(req, p, rates, left)
	if err != nil {
		return err
	}
	if amount == 0 {
		return nil
	}
	return c.spreadDelivery(rates, amount, left)
}

// allReturned reports whether every unit of every line is now returned.
func (c *calc) allReturned() bool {
	for i := range c.lines {
		if c.lines[i].returned < c.lines[i].units {
			return false
		}
	}
	return true
}

// deliveryRates returns, per split entry, the refundable delivery and what
// the earlier requests left of it.
func (c *calc) deliveryRates(rates []deliveryRate, prior []Refunded) ([]deliveryRate, error) {
	sh := &c.o.Shipping
	if len(sh.Split) == 0 {
		return rates, nil
	}
	refundable := sh.Gross.Minor()
	capped := sh.CheapestStandardFee.Minor() < refundable
	if capped {
		refundable = sh.CheapestStandardFee.Minor()
		c.capped = true
	}
	var wbuf [maxRates]int64
	weights := wbuf[:0]
	for _, s := range sh.Split {
		weights = append(weights, s.Gross.Minor())
	}
	var pbuf [maxRates]money.Money
	parts, err := c.money(refundable).AppendAllocation(pbuf[:0], weights...)
	if err != nil {
		return nil, inputErr(ErrInvalidOrder, "order.shipping.split", "%v", err)
	}
	for i, s := range sh.Split {
		r := deliveryRate{gross: parts[i].Minor(), vat: s.VAT.Minor()}
		if capped && s.Gross.Minor() > 0 {
			r.vat, _ = mulDivHalfUp(s.VAT.Minor(), r.gross, s.Gross.Minor())
		}
		r.leftGross, r.leftVAT = r.gross, r.vat
		rates = append(rates, r)
	}
	return rates, c.priorDelivery(rates, prior)
}

// priorDelivery takes the earlier requests' delivery off each rate, and
// refuses a record that does not fit what may be refunded at that rate.
func (c *calc) priorDelivery(rates []deliveryRate, prior []Refunded) error {
	split := c.o.Shipping.Split
	for i, r := range prior {
		for j, e := range r.Delivery {
			field := func() string { return fmt.Sprintf("prior[%d].delivery[%d]", i, j) }
			k := -1
			for s := range split {
				if decEqual(split[s].Rate, e.Rate) {
					k = s
					break
				}
			}
			if k < 0 {
				return inputErr(ErrInvalidPrior, field(), "rate %s is not one of the shipping split", decText(e.Rate))
			}
			if err := c.checkTriple(func(f string) string { return field() + "." + f }, e.Net, e.VAT, e.Gross); err != nil {
				return &InputError{Err: ErrInvalidPrior, Field: field(), Message: err.Error()}
			}
			rt := &rates[k]
			rt.leftGross -= e.Gross.Minor()
			rt.leftVAT -= e.VAT.Minor()
			if rt.leftGross < 0 || rt.leftVAT < 0 || rt.leftVAT > rt.leftGross {
				return inputErr(ErrInvalidPrior, field(), "more delivery at %s than may be refunded (%d of %d minor units gross)",
					e.Rate, rt.gross-rt.leftGross, rt.gross)
			}
		}
	}
	return nil
}

// deliveryAmount returns the gross delivery this request refunds, at most
// what is left.
func (c *calc) deliveryAmount(req Request, p Policy, rates []deliveryRate, left int64) (int64, error) {
	sep := req.SeparateDelivery.Minor()
	if sep > left {
		return 0, inputErr(ErrInvalidRequest, "req.separate_delivery",
			"%v is more than the delivery still refundable, %v", req.SeparateDelivery, c.money(left))
	}
	if c.res.FullWithdrawal {
		return left, nil
	}
	amount := int64(0)
	switch p.PartialDelivery {
	case Full:
		amount = left
	case Proportional:
		amount = c.proportionalDelivery(rates, left)
	default:
		if sep == 0 && left > 0 {
			c.note("partial withdrawal: the outbound delivery is not refunded, the returned lines carried no delivery charge of their own")
		}
	}
	if sep > 0 {
		c.note("partial withdrawal: the returned lines' own delivery charge is refunded")
	}
	return max(amount, sep), nil
}

// proportionalDelivery returns what the Proportional policy refunds now:
// the refundable delivery times the gross of every unit returned so far
// over the gross of every line, less what the earlier requests refunded.
func (c *calc) proportionalDelivery(rates []deliveryRate, left int64) int64 {
	var total, refunded, returned, all int64
	for _, r := range rates {
		total += r.gross
		refunded += r.gross - r.leftGross
	}
	for i := range c.lines {
		st := &c.lines[i]
		all += st.line.Gross.Minor()
		returned += unitsShare(st.line.Gross.Minor(), st.units, 0, st.returned)
	}
	if all == 0 {
		return 0
	}
	target, ok := mulDivHalfUp(total, returned, all)
	if !ok || target <= refunded {
		return 0
	}
	c.note("partial withdrawal: the delivery is refunded in proportion to the goods returned")
	return min(target-refunded, left)
}

// spreadDelivery splits amount over the rates in proportion to what is
// left at each, and each rate's VAT in proportion to its VAT left; a rate
// refunded to the end gets exactly its VAT left.
func (c *calc) spreadDelivery(rates []deliveryRate, amount, left int64) error {
	var wbuf [maxRates]int64
	weights := wbuf[:0]
	for _, r := range rates {
		weights = append(weights, r.leftGross)
	}
	var pbuf [maxRates]money.Money
	parts, err := c.money(amount).AppendAllocation(pbuf[:0], weights...)
	if err != nil || left == 0 {
		return inputErr(ErrInvalidOrder, "order.shipping.split", "cannot spread %v: %v", c.money(amount), err)
	}
	sh := &c.o.Shipping
	if c.capped {
		c.note("delivery refunded up to the cheapest standard delivery offered, " + sh.CheapestStandardFee.String() +
			", not the " + sh.Gross.String() + " paid for the dearer one chosen (art. 13(2))")
	}
	split := sh.Split
	c.res.Delivery = make([]order.RateAmounts, 0, len(rates))
	for i, r := range rates {
		g := parts[i].Minor()
		if g == 0 {
			continue
		}
		vat := r.leftVAT
		if g < r.leftGross {
			vat, _ = mulDivHalfUp(r.leftVAT, g, r.leftGross)
		}
		c.res.Delivery = append(c.res.Delivery, order.RateAmounts{
			Rate: split[i].Rate, Net: c.money(g - vat), VAT: c.money(vat), Gross: c.money(g),
		})
	}
	return nil
}
