package cart

import (
	"context"
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/order"
	"github.com/comptoir/comptoir/pricing"
	"github.com/comptoir/comptoir/pricing/promo"
	"github.com/comptoir/comptoir/pricing/vat"
)

// commitWindow is how long Place holds stock between reserving and
// committing it: the two calls follow each other, so any positive time
// works; a crash between them frees the stock after it.
const commitWindow = time.Minute

// Place checks out the cart: it re-prices it from the Catalog when one is
// set (a change is a *ChangedError), prices it as Quote does, refuses what
// cannot become an order (no offer chosen, an unknown, used or expired
// code, a minimum not reached), builds the order, checks it with
// order.Validate, then confirms the stock atomically: of two carts
// competing for the last unit, one gets the order, the other an
// *OutOfStockError. On success the cart is emptied: it became the order,
// and placing it again would sell twice. Redeem the order's promotion
// uses in the promotion store afterwards (Summary.Redemption).
//
// Place holds the cart's stock (under the cart's ID) for a minute before
// committing it; when the commit fails, call Cart.Reserve again to keep
// holding the stock longer.
func (co *Checkout) Place(ctx context.Context, c *Cart, r Request) (order.Order, Summary, error) {
	if co == nil || c == nil {
		return order.Order{}, Summary{}, fmt.Errorf("%w: nil checkout or cart", ErrSetup)
	}
	if co.Catalog != nil && len(c.lines) > 0 {
		rep, err := c.Revalidate(ctx, co.Catalog, nil, r.PriceGroup, r.At)
		if err != nil {
			return order.Order{}, Summary{}, err
		}
		if !rep.Empty() {
			return order.Order{}, Summary{}, &ChangedError{Report: rep}
		}
	}
	p, err := co.price(ctx, c, &r)
	if err != nil {
		return order.Order{}, Summary{}, err
	}
	if p.goods && r.Offer == "" {
		return order.Order{}, Summary{}, &NoShippingError{Reasons: []string{"no shipping offer chosen"}}
	}
	if err := codeProblem(p.promoRes); err != nil {
		return order.Order{}, Summary{}, err
	}
	if err := co.minimum(p.promoRes.Total); err != nil {
		return order.Order{}, Summary{}, err
	}
	if r.OrderID == uuid.Nil {
		if r.OrderID, err = uuid.NewRandom(); err != nil {
			return order.Order{}, Summary{}, err
		}
	}
	o, err := co.order(c, &r, p)
	if err != nil {
		return order.Order{}, Summary{}, err
	}
	if err := o.Validate(); err != nil {
		return order.Order{}, Summary{}, fmt.Errorf("cart: the order built does not validate: %w", err)
	}
	if co.Inventory != nil {
		if err := reserve(ctx, co.Inventory, c.id, c, r.At, commitWindow); err != nil {
			return order.Order{}, Summary{}, err
		}
		if err := co.Inventory.Commit(ctx, c.id, r.At); err != nil {
			return order.Order{}, Summary{}, err
		}
	}
	p.summary.Uses = usesOf(o, p.promoRes)
	c.Clear() // the cart became the order: placing it again sells nothing twice
	return o, p.summary, nil
}

// usesOf returns the uses of the promotions the order records.
func usesOf(o order.Order, r promo.Result) []promo.Use {
	var uses []promo.Use
	for _, u := range r.Uses {
		if slices.ContainsFunc(o.Promotions, func(p order.Promotion) bool { return p.ID == u.PromotionID }) {
			uses = append(uses, u)
		}
	}
	return uses
}

// CodeError is an entered code that cannot be used, and why.
type CodeError struct {
	Code string
	// Reason is promo.ReasonNone for a code no promotion has, else why
	// its promotion refused it (ended, not started, used, limit reached).
	Reason      promo.Reason
	PromotionID string
}

// Error names the code and the reason.
func (e *CodeError) Error() string {
	if e.Reason == promo.ReasonNone {
		return fmt.Sprintf("cart: code %q is unknown", e.Code)
	}
	return fmt.Sprintf("cart: code %q: %s", e.Code, e.Reason)
}

// Is reports whether target is ErrInvalidCode.
func (e *CodeError) Is(target error) bool { return target == ErrInvalidCode }

// codeProblem returns the first entered code that is unknown or that its
// promotion refused for a reason the shopper cannot fix by changing the
// cart.
func codeProblem(r promo.Result) error {
	if len(r.UnknownCodes) > 0 {
		return &CodeError{Code: r.UnknownCodes[0]}
	}
	for _, o := range r.Outcomes {
		switch o.Reason {
		case promo.ReasonNotStarted, promo.ReasonEnded, promo.ReasonCodeUsed, promo.ReasonTotalLimit,
			promo.ReasonCustomerLimit, promo.ReasonGuest, promo.ReasonChannel:
			if o.Code != "" || o.Reason == promo.ReasonCodeUsed {
				return &CodeError{Code: o.Code, Reason: o.Reason, PromotionID: o.PromotionID}
			}
		}
	}
	return nil
}

// MinimumError is a cart below the minimum order.
type MinimumError struct {
	Minimum, Total, Short money.Money
}

// Error says what is missing.
func (e *MinimumError) Error() string {
	return fmt.Sprintf("cart: %v is below the minimum order of %v (%v short)", e.Total, e.Minimum, e.Short)
}

// Is reports whether target is ErrBelowMinimum.
func (e *MinimumError) Is(target error) bool { return target == ErrBelowMinimum }

func (co *Checkout) minimum(total money.Money) error {
	if co.Minimum.IsZero() {
		return nil
	}
	short, err := co.Minimum.Sub(total)
	if err != nil {
		return err
	}
	if short.Sign() > 0 {
		return &MinimumError{Minimum: co.Minimum, Total: total, Short: short}
	}
	return nil
}

// minimumLeft is what the goods lack to reach the minimum order.
func (co *Checkout) minimumLeft(c *Cart, total money.Money) (money.Money, error) {
	zero := money.Zero(c.currency)
	if co.Minimum.IsZero() {
		return zero, nil
	}
	short, err := co.Minimum.Sub(total)
	if err != nil || short.Sign() <= 0 {
		return zero, err
	}
	return short, nil
}

// order builds the order from the priced cart.
func (co *Checkout) order(c *Cart, r *Request, p *priced) (order.Order, error) {
	tax, pr := p.summary.Tax, p.promoRes
	o := order.Order{ID: r.OrderID, PlacedAt: r.At, Channel: c.channel, Currency: c.currency, Customer: r.Customer,
		BillingAddress: r.Billing, ShippingAddress: r.Shipping, Lines: make([]order.Line, len(c.lines)),
		VATBreakdown: rateAmounts(tax.VAT)}
	if !p.goods {
		o.ShippingAddress = order.Address{}
	}
	includes := c.entry == pricing.PricesIncludeVAT
	n := 0
	for _, l := range pr.Lines {
		n += len(l.Discounts)
	}
	backing := make([]order.Discount, 0, n) // every line's discounts, one allocation
	for i, l := range c.lines {
		t := tax.Lines[i]
		ol := order.Line{ID: l.ID, SKU: l.SKU, Name: l.Name, Attributes: slices.Clone(l.Attributes), Quantity: l.Quantity,
			UnitPrice: l.UnitPrice, UnitPriceIncludesVAT: includes, TaxCategory: string(l.TaxCategory), VATRate: t.Rate,
			Net: t.Net, VAT: t.VAT, Gross: t.Gross, Supplier: l.Supplier, Category: l.Category, Flags: l.Flags}
		weight, err := lineWeight(l)
		if err != nil {
			return order.Order{}, err
		}
		ol.WeightGrams = weight
		if ds := pr.Lines[i].Discounts; len(ds) > 0 {
			start := len(backing)
			for _, d := range ds {
				backing = append(backing, order.Discount{PromotionID: d.PromotionID, Amount: d.Amount})
			}
			ol.Discounts = backing[start:len(backing):len(backing)]
		}
		kept, err := keptGross(pr.Lines[i], t)
		if err != nil {
			return order.Order{}, err
		}
		if includes && !kept {
			if err := co.restateNet(&ol, l, p); err != nil {
				return order.Order{}, err
			}
		}
		o.Lines[i] = ol
	}
	if err := co.orderShipping(&o, c, p); err != nil {
		return order.Order{}, err
	}
	return o, co.orderTotals(&o, p)
}

// keptGross reports whether the tax kept the line's VAT-included price:
// its gross plus its discounts is its amount. A zero-rated sale (export,
// intra-Community exemption) takes the price's VAT out, and KeepNet
// across borders charges another gross.
func keptGross(pl promo.LineResult, t pricing.LineResult) (bool, error) {
	d, err := pl.Discount()
	if err != nil {
		return false, err
	}
	sum, err := d.Add(t.Gross)
	return err == nil && sum == pl.Amount, err
}

// restateNet writes a line whose VAT-included price the tax did not keep
// on the net basis: its discounts without the price country's VAT, and
// the unit price that makes quantity × unit price − discounts its net,
// with enough decimals to be exact to the minor unit.
func (co *Checkout) restateNet(ol *order.Line, l Line, p *priced) error {
	rate, err := vat.Rate(co.ShipFrom.Country, l.TaxCategory, p.date)
	if err != nil {
		return err
	}
	base := ol.Net
	for k := range ol.Discounts {
		d := &ol.Discounts[k]
		inside, err := d.Amount.IncludedPart(rate, co.Policy.Mode)
		if err != nil {
			return err
		}
		if d.Amount, err = d.Amount.Sub(inside); err != nil {
			return err
		}
		if base, err = base.Add(d.Amount); err != nil {
			return err
		}
	}
	units := decimal.New(base.Minor(), -int32(base.Currency().Digits()))
	ol.UnitPrice = units.DivRound(l.Quantity, 16)
	ol.UnitPriceIncludesVAT = false
	return nil
}

// lineWeight is the weight of the whole line, rounded up to the gram.
func lineWeight(l Line) (int64, error) {
	if l.Quantity.IsInteger() && l.Quantity.LessThanOrEqual(decimal.NewFromInt(math.MaxInt32)) {
		// Whole units: an integer product, checked for overflow.
		q := l.Quantity.IntPart()
		if l.WeightGrams == 0 || q <= math.MaxInt64/l.WeightGrams {
			return l.WeightGrams * q, nil
		}
	}
	w := decimal.NewFromInt(l.WeightGrams).Mul(l.Quantity).Ceil()
	if w.GreaterThan(decimal.NewFromInt(math.MaxInt64)) {
		return 0, fmt.Errorf("%w: %s: weight %s g", ErrInvalidItem, l.SKU, w)
	}
	return w.IntPart(), nil
}

func rateAmounts(rts []pricing.RateTotal) []order.RateAmounts {
	if len(rts) == 0 {
		return nil
	}
	out := make([]order.RateAmounts, len(rts))
	for i, rt := range rts {
		out[i] = order.RateAmounts{Rate: rt.Rate, Net: rt.Net, VAT: rt.VAT, Gross: rt.Gross}
	}
	return out
}

// orderShipping records the chosen delivery: mode, carrier, the taxed fee
// and its split, the free-shipping discount, the cheapest fee offered and
// the promised window.
func (co *Checkout) orderShipping(o *order.Order, c *Cart, p *priced) error {
	s := p.summary.Tax.Shipping
	o.Shipping = order.Shipping{Split: rateAmounts(s.Split), Net: s.Net, VAT: s.VAT, Gross: s.Gross,
		CheapestStandardFee: money.Zero(c.currency)}
	ch := p.summary.Chosen
	if ch == nil {
		return nil
	}
	o.Shipping.Mode, o.Shipping.Carrier = string(ch.Mode), ch.Carrier
	o.Shipping.Promise = order.Window{Earliest: ch.Window.Earliest.In(co.Location), Latest: ch.Window.Latest.In(co.Location)}
	if !p.summary.ShippingDiscount.IsZero() {
		gross, err := co.feeGross(c, p, p.summary.ShippingDiscount)
		if err != nil {
			return err
		}
		o.Shipping.Discounts = []order.Discount{{PromotionID: p.summary.ShippingPromotion, Amount: gross}}
	}
	cheapest, err := choose(p.summary.Options, "")
	if err != nil {
		return err
	}
	o.Shipping.CheapestStandardFee, err = co.feeGross(c, p, cheapest.Fee)
	return err
}

// feeGross is a shipping fee with its VAT: the fee itself when prices
// include VAT, else the fee taxed as the goods' shipping.
func (co *Checkout) feeGross(c *Cart, p *priced, fee money.Money) (money.Money, error) {
	if c.entry == pricing.PricesIncludeVAT || fee.IsZero() {
		return fee, nil
	}
	res, err := co.tax(c, p, p.summary.Tax.Treatment, fee)
	if err != nil {
		return money.Money{}, err
	}
	return res.Shipping.Gross, nil
}

// orderTotals records the totals, every discount and the promotions.
func (co *Checkout) orderTotals(o *order.Order, p *priced) error {
	t := p.summary.Tax.Totals
	o.Totals = order.Totals{Net: t.Net, VAT: t.VAT, Gross: t.Gross, Discount: money.Zero(o.Currency)}
	for _, out := range p.promoRes.Outcomes {
		if !out.Applied {
			continue
		}
		amount, found, err := promotionAmount(o, out.PromotionID)
		if err != nil {
			return err
		}
		if !found {
			continue // it gave the order nothing (free shipping for another mode, a gift)
		}
		o.Promotions = append(o.Promotions, order.Promotion{ID: out.PromotionID, Code: out.Code, Amount: amount})
		if o.Totals.Discount, err = o.Totals.Discount.Add(amount); err != nil {
			return err
		}
	}
	return nil
}

// promotionAmount sums what promotion id took off the order's lines and
// shipping, and reports whether it took anything.
func promotionAmount(o *order.Order, id string) (money.Money, bool, error) {
	sum, found := money.Zero(o.Currency), false
	add := func(ds []order.Discount) error {
		for _, d := range ds {
			if d.PromotionID != id {
				continue
			}
			var err error
			if sum, err = sum.Add(d.Amount); err != nil {
				return err
			}
			found = true
		}
		return nil
	}
	for _, l := range o.Lines {
		if err := add(l.Discounts); err != nil {
			return money.Money{}, false, err
		}
	}
	return sum, found, add(o.Shipping.Discounts)
}
