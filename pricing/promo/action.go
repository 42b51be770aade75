package promo

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/comptoir/comptoir/money"
)

// Action is what a promotion gives. Users add their own kinds by
// implementing it; the engine caps every line discount at what remains of
// the line, so an action cannot make a line negative.
type Action interface {
	// Stage is the pipeline step the action belongs to.
	Stage() Stage
	// Apply computes the action's effect on the cart as it stands.
	Apply(v *View) (Effect, error)
}

// LineDiscount is an amount off line Line (an index into Cart.Lines).
type LineDiscount struct {
	Line   int
	Amount money.Money
}

// Effect is what an action gives.
type Effect struct {
	// Lines are discounts on lines; an order-wide amount is allocated to
	// lines with View.Spread first.
	Lines []LineDiscount
	// FreeShipping offers free shipping for Modes (every mode when empty).
	FreeShipping bool
	Modes        []string
	// Gifts are items added for free.
	Gifts []Gift
	// Check explains an action that gave nothing although the
	// promotion's conditions were met (a spend below the first tier).
	Check *Check
}

// Gift is an item a promotion adds to the order for free.
type Gift struct {
	// PromotionID is set in results to the promotion that gave it.
	PromotionID string
	SKU         string
	Quantity    int
}

// hundred turns percentages into fractions.
var hundred = decimal.NewFromInt(100)

// validPercent accepts percentages in (0, 100].
func validPercent(p decimal.Decimal) bool {
	return p.Sign() > 0 && p.LessThanOrEqual(hundred)
}

// PercentOff takes Percent percent (15 = 15 %) off the selected lines.
// It stacks on what earlier promotions left, unless OnOriginalPrice. With
// MaxQuantity > 0 it discounts only that many items, the cheapest first,
// so a one-item voucher targets the cheapest eligible unit, not the
// cheapest line.
type PercentOff struct {
	Items           Selector
	Percent         decimal.Decimal
	OnOriginalPrice bool
	MaxQuantity     int64
}

// Stage is StageLine.
func (PercentOff) Stage() Stage { return StageLine }

// Apply discounts each selected item, rounding once per line.
func (a PercentOff) Apply(v *View) (Effect, error) {
	if err := a.validate(); err != nil {
		return Effect{}, err
	}
	return perItem(v, &a.Items, a.MaxQuantity, func(t unitTake, left money.Money) (money.Money, error) {
		base := v.remaining[t.line]
		if a.OnOriginalPrice {
			base = v.amount[t.line]
		}
		n := v.unitsOf(t.line)
		if t.k == n { // the whole line: no need to scale the rate
			return base.MulDiv(a.Percent, hundred, v.mode)
		}
		return base.MulDiv(a.Percent.Mul(decimal.NewFromInt(t.k)), hundred.Mul(decimal.NewFromInt(n)), v.mode)
	})
}

func (a PercentOff) validate() error {
	if !validPercent(a.Percent) || a.MaxQuantity < 0 {
		return fmt.Errorf("%w: percent off %s%% of at most %d items", ErrInvalidPromotion, a.Percent, a.MaxQuantity)
	}
	return nil
}

// AmountOff takes Amount off each selected item, at most what is left of
// it; MaxQuantity as for PercentOff. A line sold by weight or length is
// one item.
type AmountOff struct {
	Items       Selector
	Amount      money.Money
	MaxQuantity int64
}

// Stage is StageLine.
func (AmountOff) Stage() Stage { return StageLine }

// Apply discounts each selected item.
func (a AmountOff) Apply(v *View) (Effect, error) {
	if err := a.validate(); err != nil {
		return Effect{}, err
	}
	return perItem(v, &a.Items, a.MaxQuantity, func(t unitTake, rest money.Money) (money.Money, error) {
		d, err := a.Amount.MulInt(t.k)
		if errors.Is(err, money.ErrOverflow) {
			return rest, nil // more than any line holds: the line is free
		}
		return d, err
	})
}

func (a AmountOff) validate() error {
	if a.Amount.Sign() <= 0 || a.MaxQuantity < 0 {
		return fmt.Errorf("%w: amount off %v on at most %d items", ErrInvalidPromotion, a.Amount, a.MaxQuantity)
	}
	return nil
}

// FixedPrice sells the selected items at UnitPrice (major units, per unit
// or per kilogram or metre, on the cart's price entry); items already
// cheaper keep their price. MaxQuantity as for PercentOff.
type FixedPrice struct {
	Items       Selector
	UnitPrice   decimal.Decimal
	MaxQuantity int64
}

// Stage is StageLine.
func (FixedPrice) Stage() Stage { return StageLine }

// Apply takes each item down to the price.
func (a FixedPrice) Apply(v *View) (Effect, error) {
	if err := a.validate(); err != nil {
		return Effect{}, err
	}
	return perItem(v, &a.Items, a.MaxQuantity, func(t unitTake, left money.Money) (money.Money, error) {
		q := decimal.NewFromInt(t.k)
		if v.units[t.line] == 0 {
			q = v.cart.Lines[t.line].Quantity
		}
		price, err := money.FromUnitPrice(a.UnitPrice, q, v.cart.Currency, v.mode)
		if err != nil {
			return money.Money{}, err
		}
		return left.Sub(price)
	})
}

func (a FixedPrice) validate() error {
	if a.UnitPrice.Sign() < 0 || a.MaxQuantity < 0 {
		return fmt.Errorf("%w: fixed price %s on at most %d items", ErrInvalidPromotion, a.UnitPrice, a.MaxQuantity)
	}
	return nil
}

// perItem applies off to the selected items, cheapest first; with maxQty
// > 0, to that many items that off gives something. off gets the items and
// what remains of them; its result is kept within [0, what remains].
func perItem(v *View, sel *Selector, maxQty int64, off func(t unitTake, left money.Money) (money.Money, error)) (Effect, error) {
	var eff Effect
	left := maxQty
	for _, i := range v.byUnitValue(sel, false) {
		t := unitTake{line: i, k: v.unitsOf(i)}
		if maxQty > 0 {
			if left == 0 {
				break
			}
			t.k = min(t.k, left)
		}
		rest, err := v.share(t)
		if err != nil {
			return Effect{}, err
		}
		d, err := off(t, rest)
		if err != nil {
			return Effect{}, err
		}
		if d.Sign() <= 0 {
			continue
		}
		if greater(d, rest) {
			d = rest
		}
		left -= t.k
		eff.Lines = append(eff.Lines, LineDiscount{Line: t.line, Amount: d})
	}
	return eff, nil
}

// OrderPercentOff takes Percent percent off the total of the selected
// lines (every line for the zero Selector), rounded once on the total and
// allocated to the lines in proportion to what remains of them.
type OrderPercentOff struct {
	Percent decimal.Decimal
	Items   Selector
}

// Stage is StageOrder.
func (OrderPercentOff) Stage() Stage { return StageOrder }

// Apply computes the discount on the total and spreads it.
func (a OrderPercentOff) Apply(v *View) (Effect, error) {
	if err := a.validate(); err != nil {
		return Effect{}, err
	}
	return percentOfTotal(v, &a.Items, a.Percent)
}

func (a OrderPercentOff) validate() error {
	if !validPercent(a.Percent) {
		return fmt.Errorf("%w: order percent off %s%%", ErrInvalidPromotion, a.Percent)
	}
	return nil
}

func percentOfTotal(v *View, sel *Selector, percent decimal.Decimal) (Effect, error) {
	total, err := v.Total(sel, v.entryBasis())
	if err != nil {
		return Effect{}, err
	}
	d, err := total.MulDiv(percent, hundred, v.mode)
	if err != nil {
		return Effect{}, err
	}
	lines, err := v.Spread(d, sel)
	return Effect{Lines: lines}, err
}

// OrderAmountOff takes Amount off the total of the selected lines (every
// line for the zero Selector), allocated in proportion to what remains of
// them, never more than what remains.
type OrderAmountOff struct {
	Amount money.Money
	Items  Selector
}

// Stage is StageOrder.
func (OrderAmountOff) Stage() Stage { return StageOrder }

// Apply spreads the amount.
func (a OrderAmountOff) Apply(v *View) (Effect, error) {
	if err := a.validate(); err != nil {
		return Effect{}, err
	}
	lines, err := v.Spread(a.Amount, &a.Items)
	return Effect{Lines: lines}, err
}

func (a OrderAmountOff) validate() error {
	if a.Amount.Sign() <= 0 {
		return fmt.Errorf("%w: order amount off %v", ErrInvalidPromotion, a.Amount)
	}
	return nil
}

// Tier is a step of a tiered spend: from a total of From, Amount off the
// order, or Percent percent off it (one of the two).
type Tier struct {
	From    money.Money
	Amount  money.Money
	Percent decimal.Decimal
}

// TieredSpend gives the highest tier the total of the selected lines
// reaches on Basis (spend 50 get 5, spend 100 get 15). Its effect's Check
// names the next tier and the amount missing to reach it.
type TieredSpend struct {
	Tiers []Tier
	Items Selector
	Basis Basis
}

// Stage is StageOrder.
func (TieredSpend) Stage() Stage { return StageOrder }

// Apply finds the tier and spreads its discount.
func (a TieredSpend) Apply(v *View) (Effect, error) {
	if err := a.validate(); err != nil {
		return Effect{}, err
	}
	total, err := v.Total(&a.Items, a.Basis)
	if err != nil {
		return Effect{}, err
	}
	reached := -1
	for i, t := range a.Tiers {
		c, err := t.From.Cmp(total)
		if err != nil {
			return Effect{}, err
		}
		if c <= 0 {
			reached = i
		}
	}
	var eff Effect
	if reached+1 < len(a.Tiers) {
		next := a.Tiers[reached+1].From
		short, err := next.Sub(total)
		if err != nil {
			return Effect{}, err
		}
		eff.Check = &Check{Condition: "tier", Met: reached >= 0, Want: next.String() + " " + a.Basis.String(), Got: total.String(), Shortfall: short}
	}
	if reached < 0 {
		return eff, nil
	}
	t := a.Tiers[reached]
	var give Effect
	if t.Amount.IsZero() {
		give, err = percentOfTotal(v, &a.Items, t.Percent)
	} else {
		give.Lines, err = v.Spread(t.Amount, &a.Items)
	}
	give.Check = eff.Check
	return give, err
}

func (a TieredSpend) validate() error {
	if len(a.Tiers) == 0 {
		return fmt.Errorf("%w: tiered spend without tiers", ErrInvalidPromotion)
	}
	for i, t := range a.Tiers {
		if t.Amount.IsZero() == t.Percent.IsZero() || t.Amount.Sign() < 0 || (t.Amount.IsZero() && !validPercent(t.Percent)) {
			return fmt.Errorf("%w: tier %d: give an amount or a percent in (0, 100]", ErrInvalidPromotion, i)
		}
		if t.From.Currency() != a.Tiers[0].From.Currency() || (!t.Amount.IsZero() && t.Amount.Currency() != t.From.Currency()) {
			return fmt.Errorf("%w: tier %d: currencies differ", ErrInvalidPromotion, i)
		}
		if i > 0 && !greater(t.From, a.Tiers[i-1].From) {
			return fmt.Errorf("%w: tier %d: thresholds must rise", ErrInvalidPromotion, i)
		}
	}
	return nil
}

// FreeShipping offers free shipping for Modes ("home", "pickup_point";
// every mode when empty). It runs last, on the goods total after every
// discount.
type FreeShipping struct{ Modes []string }

// Stage is StageShipping.
func (FreeShipping) Stage() Stage { return StageShipping }

// Apply offers it.
func (a FreeShipping) Apply(*View) (Effect, error) {
	return Effect{FreeShipping: true, Modes: a.Modes}, nil
}

// GiftItem adds Quantity units of SKU for free.
type GiftItem struct {
	SKU      string
	Quantity int
}

// Stage is StageOrder.
func (GiftItem) Stage() Stage { return StageOrder }

// Apply adds the gift.
func (a GiftItem) Apply(*View) (Effect, error) {
	if err := a.validate(); err != nil {
		return Effect{}, err
	}
	return Effect{Gifts: []Gift{{SKU: a.SKU, Quantity: a.Quantity}}}, nil
}

func (a GiftItem) validate() error {
	if a.SKU == "" || a.Quantity <= 0 {
		return fmt.Errorf("%w: gift of %d %q", ErrInvalidPromotion, a.Quantity, a.SKU)
	}
	return nil
}
