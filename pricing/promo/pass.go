package promo

import (
	"fmt"

	"github.com/comptoir/comptoir/money"
)

// pass is one run of the pipeline over a cart. Apply reruns it when an
// exclusive promotion turns out to exclude promotions applied before it.
type pass struct {
	e      *Engine
	v      *View
	counts Counts
	// trial is the exclusive promotion this pass tries (nil for none):
	// every promotion of lower priority, and every exclusive one not
	// tried yet, is excluded by it.
	trial *compiled
	// tried holds the outcomes of the exclusive promotions tried before
	// and refused; they keep them.
	tried map[string]Outcome

	outcomes []Outcome
	// perLine counts each line's discount records, for result to lay
	// them out in one allocation.
	perLine []int
	groups  map[string]string
	// before and given are per-line scratch for one promotion.
	before, given []money.Money
}

func (e *Engine) newPass(v *View, counts Counts, trial *compiled, tried map[string]Outcome) *pass {
	copy(v.remaining, v.amount)
	n := len(v.amount)
	return &pass{e: e, v: v, counts: counts, trial: trial, tried: tried,
		outcomes: make([]Outcome, 0, len(e.promos)), perLine: make([]int, n),
		before: make([]money.Money, n), given: make([]money.Money, n)}
}

func (p *pass) run() error {
	for i := range p.e.promos {
		c := &p.e.promos[i]
		o, tried := p.tried[c.ID]
		if !tried {
			var err error
			if o, err = p.consider(c); err != nil {
				return err
			}
		}
		p.outcomes = append(p.outcomes, o)
	}
	return nil
}

// applied reports whether the promotion of the given index applied.
func (p *pass) applied(k int) bool { return p.outcomes[k].Applied }

// consider runs one promotion's gates in order, then its actions.
func (p *pass) consider(c *compiled) (Outcome, error) {
	o := Outcome{PromotionID: c.ID, Stage: c.stage}
	// The code is looked up first, so that a coupon refused for its
	// window or channel still names the code entered for it.
	code, codeReason := p.code(c)
	o.Code = code
	if o.Reason, o.By = p.blocked(c); o.Reason != ReasonNone {
		return o, nil
	}
	if o.Reason = codeReason; o.Reason != ReasonNone {
		return o, nil
	}
	if o.Reason = p.limited(c); o.Reason != ReasonNone {
		return o, nil
	}
	if by, taken := p.groups[c.Group]; taken && c.Group != "" {
		o.Reason, o.By = ReasonGroup, by
		return o, nil
	}
	if c.Condition != nil {
		ch, err := c.Condition.Check(p.v)
		if err != nil {
			return o, fmt.Errorf("promo: promotion %q: %w", c.ID, err)
		}
		o.Check = &ch
		if !ch.Met {
			o.Reason = ReasonConditions
			return o, nil
		}
	}
	if err := p.give(c, &o); err != nil {
		return o, fmt.Errorf("promo: promotion %q: %w", c.ID, err)
	}
	return o, nil
}

// blocked checks exclusion, the window and the channel.
func (p *pass) blocked(c *compiled) (Reason, string) {
	if t := p.trial; t != nil && c != t && (c.Priority < t.Priority || c.Exclusive) {
		return ReasonExcluded, t.ID
	}
	at := p.v.cart.At
	switch {
	case !c.Window.From.IsZero() && at.Before(c.Window.From):
		return ReasonNotStarted, ""
	case !c.Window.Until.IsZero() && !at.Before(c.Window.Until):
		return ReasonEnded, ""
	case len(c.Channels) > 0 && !hits(c.Channels, p.v.cart.Channel):
		return ReasonChannel, ""
	}
	return ReasonNone, ""
}

// code finds the first entered code of a coupon that is still usable.
func (p *pass) code(c *compiled) (string, Reason) {
	if c.codes == nil {
		return "", ReasonNone
	}
	used := ""
	for _, code := range p.v.cart.Codes {
		if _, ok := c.codes[code]; !ok {
			continue
		}
		if c.Limits.SingleUseCodes && p.counts.Code[code] > 0 {
			used = code
			continue
		}
		return code, ReasonNone
	}
	if used != "" {
		return used, ReasonCodeUsed
	}
	return "", ReasonCodeRequired
}

func (p *pass) limited(c *compiled) Reason {
	switch l := c.Limits; {
	case l.Total > 0 && p.counts.Promotion[c.ID] >= l.Total:
		return ReasonTotalLimit
	case l.PerCustomer > 0 && p.v.cart.Customer.ID == "":
		return ReasonGuest
	case l.PerCustomer > 0 && p.counts.Customer[c.ID] >= l.PerCustomer:
		return ReasonCustomerLimit
	}
	return ReasonNone
}

// give applies the promotion's actions one after the other, each seeing
// the discounts of the ones before, then caps the total.
func (p *pass) give(c *compiled, o *Outcome) error {
	v := p.v
	copy(p.before, v.remaining)
	zero := money.Zero(v.cart.Currency)
	for i := range p.given {
		p.given[i] = zero
	}
	for _, a := range c.Actions {
		eff, err := a.Apply(v)
		if err != nil {
			return err
		}
		if err := checkEffect(a, &eff); err != nil {
			return err
		}
		if err := p.take(eff.Lines); err != nil {
			return err
		}
		o.FreeShipping = o.FreeShipping || eff.FreeShipping
		o.Modes = append(o.Modes, eff.Modes...)
		for _, g := range eff.Gifts {
			g.PromotionID = c.ID
			o.Gifts = append(o.Gifts, g)
		}
		if eff.Check != nil {
			o.Check = eff.Check
		}
	}
	total, err := p.cap(c.MaxDiscount)
	if err != nil {
		return err
	}
	if total.IsZero() && !o.FreeShipping && len(o.Gifts) == 0 {
		o.Reason = ReasonNothingToDiscount
		return nil
	}
	p.commit(c, o, total)
	return nil
}

// take records an action's line discounts, each kept within what is left
// of its line.
func (p *pass) take(lines []LineDiscount) error {
	v := p.v
	for _, d := range lines {
		if d.Line < 0 || d.Line >= len(v.remaining) {
			return fmt.Errorf("%w: discount on line %d of %d", ErrInvalidPromotion, d.Line, len(v.remaining))
		}
		if d.Amount.Sign() < 0 {
			return fmt.Errorf("%w: negative discount %v on line %d", ErrInvalidPromotion, d.Amount, d.Line)
		}
		amt := d.Amount
		if greater(amt, v.remaining[d.Line]) {
			amt = v.remaining[d.Line]
		}
		var err error
		if v.remaining[d.Line], err = v.remaining[d.Line].Sub(amt); err != nil {
			return err
		}
		if p.given[d.Line], err = p.given[d.Line].Add(amt); err != nil {
			return err
		}
	}
	return nil
}

// cap limits what the promotion gave to max, re-allocated in proportion
// to what each line got, and returns the total given.
func (p *pass) cap(max money.Money) (money.Money, error) {
	total, err := money.Sum(p.given...)
	if err != nil || max.IsZero() {
		return total, err
	}
	if c, err := total.Cmp(max); err != nil || c <= 0 {
		return total, err
	}
	weights := make([]int64, len(p.given))
	for i, g := range p.given {
		weights[i] = g.Minor()
	}
	parts, err := max.Allocate(weights...)
	if err != nil {
		return money.Money{}, err
	}
	for i, part := range parts {
		p.given[i] = part
		if p.v.remaining[i], err = p.before[i].Sub(part); err != nil {
			return money.Money{}, err
		}
	}
	return max, nil
}

// commit records an applied promotion on its outcome, its lines, its
// and its group.
func (p *pass) commit(c *compiled, o *Outcome, total money.Money) {
	o.Applied, o.Discount = true, total
	n := 0
	for _, g := range p.given {
		if !g.IsZero() {
			n++
		}
	}
	if n > 0 {
		o.Lines = make([]Discount, 0, n)
	}
	for i, g := range p.given {
		if !g.IsZero() {
			o.Lines = append(o.Lines, Discount{PromotionID: c.ID, LineID: p.v.cart.Lines[i].ID, Amount: g})
			p.perLine[i]++
		}
	}
	if c.Group != "" {
		if p.groups == nil {
			p.groups = map[string]string{}
		}
		p.groups[c.Group] = c.ID
	}
}

// result assembles the Result of the final pass.
func (p *pass) result(unknown []string) (Result, error) {
	v := p.v
	cur := v.cart.Currency
	r := Result{Currency: cur, Lines: make([]LineResult, len(v.amount)), Outcomes: p.outcomes,
		Subtotal: money.Zero(cur), Discount: money.Zero(cur), Total: money.Zero(cur), UnknownCodes: unknown}
	var err error
	for i, amt := range v.amount {
		r.Lines[i] = LineResult{ID: v.cart.Lines[i].ID, Quantity: v.cart.Lines[i].Quantity, Amount: amt, Total: v.remaining[i]}
		if r.Subtotal, err = r.Subtotal.Add(amt); err != nil {
			return Result{}, err
		}
		if r.Total, err = r.Total.Add(v.remaining[i]); err != nil {
			return Result{}, err
		}
	}
	if r.Discount, err = r.Subtotal.Sub(r.Total); err != nil {
		return Result{}, err
	}
	p.lineDiscounts(r.Lines)
	for k := range p.outcomes {
		o := &p.outcomes[k]
		if !o.Applied {
			continue
		}
		c := &p.e.promos[k]
		r.Uses = append(r.Uses, Use{PromotionID: o.PromotionID, Code: o.Code, Limits: c.Limits})
		if o.FreeShipping {
			r.FreeShipping = append(r.FreeShipping, ShippingOffer{PromotionID: o.PromotionID, Modes: o.Modes})
		}
		r.Gifts = append(r.Gifts, o.Gifts...)
	}
	return r, nil
}

// lineDiscounts copies the applied outcomes' line discounts onto the
// lines, in pipeline order, out of one backing array.
func (p *pass) lineDiscounts(lines []LineResult) {
	total := 0
	for _, n := range p.perLine {
		total += n
	}
	if total == 0 {
		return
	}
	backing := make([]Discount, total)
	at := 0
	for i, n := range p.perLine {
		lines[i].Discounts = backing[at : at : at+n]
		at += n
	}
	for k := range p.outcomes {
		// An outcome's lines are in cart order, so one forward scan
		// finds them all.
		i := 0
		for _, d := range p.outcomes[k].Lines {
			for lines[i].ID != d.LineID {
				i++
			}
			lines[i].Discounts = append(lines[i].Discounts, d)
		}
	}
}

// checkEffect refuses what no action may give: line discounts from a
// shipping action, gifts of nothing.
func checkEffect(a Action, eff *Effect) error {
	if a.Stage() == StageShipping && len(eff.Lines) > 0 {
		return fmt.Errorf("%w: a shipping action discounts lines", ErrInvalidPromotion)
	}
	for _, g := range eff.Gifts {
		if g.SKU == "" || g.Quantity <= 0 {
			return fmt.Errorf("%w: gift of %d %q", ErrInvalidPromotion, g.Quantity, g.SKU)
		}
	}
	return nil
}
