package promo

import (
	"fmt"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/comptoir/comptoir/money"
)

// Reason says why a promotion did not apply.
type Reason uint8

// Reasons. The zero Reason, ReasonNone, is an applied promotion's.
const (
	ReasonNone Reason = iota
	// ReasonNotStarted, ReasonEnded: the cart's time is outside the
	// promotion's window.
	ReasonNotStarted
	ReasonEnded
	// ReasonChannel: the cart's channel is not one of the promotion's.
	ReasonChannel
	// ReasonCodeRequired: none of the promotion's codes was entered.
	ReasonCodeRequired
	// ReasonCodeUsed: the single-use code entered was used already.
	ReasonCodeUsed
	// ReasonTotalLimit, ReasonCustomerLimit: the promotion's uses, in
	// total or by this customer, reached its limit.
	ReasonTotalLimit
	ReasonCustomerLimit
	// ReasonGuest: a limit per customer cannot be checked for a guest.
	ReasonGuest
	// ReasonExcluded: an exclusive promotion of higher priority applied
	// (Outcome.By names it).
	ReasonExcluded
	// ReasonGroup: another promotion of its group applied (Outcome.By).
	ReasonGroup
	// ReasonConditions: its conditions are not met (Outcome.Check says
	// which, with the values compared).
	ReasonConditions
	// ReasonNothingToDiscount: its conditions are met but its actions
	// found nothing to give: no eligible item left, a spend below the
	// first tier (Outcome.Check), prices already lower.
	ReasonNothingToDiscount
)

var reasonText = [...]string{
	ReasonNone:              "applied",
	ReasonNotStarted:        "not started yet",
	ReasonEnded:             "ended",
	ReasonChannel:           "not on this channel",
	ReasonCodeRequired:      "code required",
	ReasonCodeUsed:          "code already used",
	ReasonTotalLimit:        "usage limit reached",
	ReasonCustomerLimit:     "usage limit per customer reached",
	ReasonGuest:             "customer account required",
	ReasonExcluded:          "excluded by an exclusive promotion",
	ReasonGroup:             "another promotion of its group applied",
	ReasonConditions:        "conditions not met",
	ReasonNothingToDiscount: "nothing to discount",
}

// String describes the reason.
func (r Reason) String() string {
	if int(r) < len(reasonText) {
		return reasonText[r]
	}
	return fmt.Sprintf("Reason(%d)", uint8(r))
}

// Outcome is what happened to one promotion: applied, with what it gave,
// or not, with why.
type Outcome struct {
	PromotionID string
	Stage       Stage
	Applied     bool
	// Reason is why it did not apply; ReasonNone when it did.
	Reason Reason
	// By is the promotion that excluded it or took its group.
	By string
	// Check is the test of its conditions, when they were tested, or the
	// explanation an action gave (the next spend tier); nil otherwise.
	Check *Check
	// Code is the code it was applied or refused with.
	Code string
	// Discount is what it took off the lines, and Lines how, in the
	// cart's line order.
	Discount money.Money
	Lines    []Discount
	// FreeShipping and Modes: the free shipping it offers (every mode
	// when Modes is empty).
	FreeShipping bool
	Modes        []string
	Gifts        []Gift
}

// AmountToQualify returns what a shopper must add to the cart for the
// promotion to apply or to reach its next tier, when money alone stands
// in the way: "add 12.50 EUR to get 10 % off".
func (o Outcome) AmountToQualify() (money.Money, bool) {
	if o.Check == nil {
		return money.Money{}, false
	}
	if o.Check.Condition == "tier" {
		return o.Check.Shortfall, o.Check.Shortfall.Sign() > 0
	}
	return o.Check.AmountToQualify()
}

// Discount is an amount a promotion took off a line. In LineResult it
// names the promotion; in Outcome the line.
type Discount struct {
	PromotionID string
	LineID      string
	Amount      money.Money
}

// LineResult is a cart line after promotions.
type LineResult struct {
	ID       string
	Quantity decimal.Decimal
	// Amount is quantity × unit price, before promotions.
	Amount money.Money
	// Discounts are what each promotion took off the line, in pipeline
	// order; a return or cancellation refunds exactly these shares.
	Discounts []Discount
	// Total is Amount less the discounts, never negative.
	Total money.Money
}

// Discount is the sum of the line's discounts.
func (l LineResult) Discount() (money.Money, error) {
	d, err := l.Amount.Sub(l.Total)
	return d, err
}

// UnitDiscounts spreads each of the line's discounts over its units, the
// larger shares first (10.00 over 3 units: 3.34, 3.33, 3.33), and returns
// each unit's total: what a return of some units refunds. A line sold by
// weight or length, or of more than money.MaxSplit units, has no unit
// shares: the error wraps ErrInvalidCart.
func (l LineResult) UnitDiscounts() ([]money.Money, error) {
	if !l.Quantity.IsInteger() || l.Quantity.Sign() <= 0 || l.Quantity.GreaterThan(decimal.NewFromInt(money.MaxSplit)) {
		return nil, cartErr("line "+l.ID, "quantity %s is not a whole number of units up to %d", l.Quantity, money.MaxSplit)
	}
	n := int(l.Quantity.IntPart())
	units := make([]money.Money, n)
	for i := range units {
		units[i] = money.Zero(l.Amount.Currency())
	}
	for _, d := range l.Discounts {
		shares, err := d.Amount.Split(n)
		if err != nil {
			return nil, err
		}
		for i, s := range shares {
			if units[i], err = units[i].Add(s); err != nil {
				return nil, err
			}
		}
	}
	return units, nil
}

// ShippingOffer is free shipping offered by a promotion, for Modes (every
// mode when empty).
type ShippingOffer struct {
	PromotionID string
	Modes       []string
}

// Result is a cart after promotions. It satisfies: each line's Amount
// less its discounts is its Total, never negative; Subtotal, Discount and
// Total are the sums over the lines and Subtotal - Discount = Total; each
// outcome's Discount is the sum of its Lines.
type Result struct {
	Currency money.Currency
	// Lines are in the cart's order.
	Lines                     []LineResult
	Subtotal, Discount, Total money.Money
	FreeShipping              []ShippingOffer
	Gifts                     []Gift
	// Outcomes has every promotion of the engine, in pipeline order.
	Outcomes []Outcome
	// Uses are the promotions applied, with their codes and limits: what
	// to redeem in a Store when the order is placed.
	Uses []Use
	// UnknownCodes are the entered codes (normalised) no promotion has.
	UnknownCodes []string
}

// Redemption returns the uses to redeem for an order.
func (r Result) Redemption(orderID, customerID string) Redemption {
	return Redemption{OrderID: orderID, CustomerID: customerID, Uses: slices.Clone(r.Uses)}
}

// FreeShippingFor returns the promotion offering free shipping for mode,
// if one does.
func (r Result) FreeShippingFor(mode string) (promotionID string, ok bool) {
	for _, f := range r.FreeShipping {
		if len(f.Modes) == 0 || slices.Contains(f.Modes, mode) {
			return f.PromotionID, true
		}
	}
	return "", false
}

// Outcome returns the outcome of the promotion with id.
func (r Result) Outcome(id string) (Outcome, bool) {
	for _, o := range r.Outcomes {
		if o.PromotionID == id {
			return o, true
		}
	}
	return Outcome{}, false
}
