package promo

import (
	"fmt"
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/comptoir/comptoir/money"
)

// Condition is something a cart must satisfy for a promotion to apply.
// It is tested against the cart as the promotions before it left it, so a
// threshold met by the original cart may fail once earlier discounts are
// taken. Users add their own kinds by implementing it.
type Condition interface {
	// Check tests the condition and says what was compared. An error is
	// for a cart the condition cannot be tested on, not for a condition
	// that is not met.
	Check(v *View) (Check, error)
}

// Check is the explanation of a tested condition: which kind, whether it
// was met, and the values compared, so a shop can tell a shopper "add
// 12.50 EUR to get 10 % off".
type Check struct {
	// Condition names the kind: "min_total", "customer_group", "all"...
	Condition string
	Met       bool
	// Want is what the condition asks for and Got what the cart has, as
	// text ("50.00 EUR after discounts, VAT included", "37.50 EUR").
	Want, Got string
	// Shortfall is the amount missing to meet an unmet money threshold,
	// when it can be stated in the cart's prices; the zero Money
	// otherwise.
	Shortfall money.Money
	// Selection describes the lines a threshold counts ("" for the whole
	// cart).
	Selection string
	// Parts are the checks of a combination's members.
	Parts []Check
}

// AmountToQualify returns the amount a shopper must add to meet the
// check, when money alone stands in the way: every unmet part is a money
// threshold on one selection (for all) or at least one is (for any). It
// reports false for a met check and for one that more money would not
// meet. The amount is measured like the threshold, after the discounts
// of the promotions before it: goods those promotions discount count for
// their discounted price.
func (c Check) AmountToQualify() (money.Money, bool) {
	if c.Met {
		return money.Money{}, false
	}
	switch c.Condition {
	case "all":
		return allShortfall(c.Parts)
	case "any":
		return anyShortfall(c.Parts)
	}
	return c.Shortfall, !c.Shortfall.IsZero()
}

// allShortfall is the largest shortfall when every unmet part has one on
// the same selection: adding it to that selection meets all of them.
func allShortfall(parts []Check) (money.Money, bool) {
	var most money.Money
	selection, first := "", true
	for _, p := range parts {
		if p.Met {
			continue
		}
		s, ok := p.AmountToQualify()
		if !ok || (!first && p.Selection != selection) {
			return money.Money{}, false
		}
		selection, first = p.Selection, false
		if most.IsZero() || greater(s, most) {
			most = s
		}
	}
	return most, !most.IsZero()
}

// anyShortfall is the smallest shortfall among the parts that have one.
func anyShortfall(parts []Check) (money.Money, bool) {
	var least money.Money
	for _, p := range parts {
		s, ok := p.AmountToQualify()
		if ok && (least.IsZero() || greater(least, s)) {
			least = s
		}
	}
	return least, !least.IsZero()
}

func greater(a, b money.Money) bool {
	c, err := a.Cmp(b)
	return err == nil && c > 0
}

// MinTotal is met when the goods total of the selected lines, on Basis,
// reaches Amount.
type MinTotal struct {
	Amount money.Money
	Items  Selector
	Basis  Basis
}

// Check compares the total with Amount.
func (c MinTotal) Check(v *View) (Check, error) {
	total, err := v.Total(&c.Items, c.Basis)
	if err != nil {
		return Check{}, err
	}
	short, err := c.Amount.Sub(total)
	if err != nil {
		return Check{}, err
	}
	ch := Check{Condition: "min_total", Met: short.Sign() <= 0,
		Want: c.Amount.String() + " " + c.Basis.String(), Got: total.String(), Selection: c.Items.String()}
	if !ch.Met && v.inCartPrices(c.Basis) {
		ch.Shortfall = short
	}
	return ch, nil
}

func (c MinTotal) validate() error {
	if c.Amount.Sign() < 0 {
		return fmt.Errorf("%w: minimum total %v", ErrInvalidPromotion, c.Amount)
	}
	return nil
}

// MinQuantity is met when the selected lines hold at least Quantity
// units; kilograms and metres of goods sold by weight or length count as
// their quantity.
type MinQuantity struct {
	Quantity decimal.Decimal
	Items    Selector
}

// Check compares the quantity with Quantity.
func (c MinQuantity) Check(v *View) (Check, error) {
	q := v.Quantity(&c.Items)
	return Check{Condition: "min_quantity", Met: q.GreaterThanOrEqual(c.Quantity),
		Want: c.Quantity.String(), Got: q.String()}, nil
}

func (c MinQuantity) validate() error {
	if c.Quantity.Sign() <= 0 {
		return fmt.Errorf("%w: minimum quantity %s", ErrInvalidPromotion, c.Quantity)
	}
	return nil
}

// Code is met when the shopper entered one of Codes (compared after
// NormalizeCode), for conditions such as "members or code VIP". Usage
// limits on codes need Promotion.Codes.
type Code struct{ Codes []string }

// Check looks for an entered code.
func (c Code) Check(v *View) (Check, error) {
	for _, want := range c.Codes {
		if n := NormalizeCode(want); n != "" && slices.Contains(v.cart.Codes, n) {
			return Check{Condition: "code", Met: true, Want: strings.Join(c.Codes, " or "), Got: n}, nil
		}
	}
	return Check{Condition: "code", Want: strings.Join(c.Codes, " or "), Got: strings.Join(v.cart.Codes, ", ")}, nil
}

// CustomerGroup is met when the customer belongs to one of Groups.
type CustomerGroup struct{ Groups []string }

// Check looks for a shared group.
func (c CustomerGroup) Check(v *View) (Check, error) {
	groups := v.cart.Customer.Groups
	return Check{Condition: "customer_group", Met: overlaps(c.Groups, groups),
		Want: strings.Join(c.Groups, " or "), Got: strings.Join(groups, ", ")}, nil
}

// LoyaltyTier is met when the customer's loyalty tier is one of Tiers.
type LoyaltyTier struct{ Tiers []string }

// Check looks for the customer's tier.
func (c LoyaltyTier) Check(v *View) (Check, error) {
	tier := v.cart.Customer.Tier
	return Check{Condition: "loyalty_tier", Met: hits(c.Tiers, tier),
		Want: strings.Join(c.Tiers, " or "), Got: tier}, nil
}

// FirstOrder is met when the customer has never ordered.
type FirstOrder struct{}

// Check reads Customer.FirstOrder.
func (FirstOrder) Check(v *View) (Check, error) {
	first := v.cart.Customer.FirstOrder
	return Check{Condition: "first_order", Met: first, Want: "first order", Got: yesNo(first, "first order", "returning customer")}, nil
}

// Channel is met when the cart is on one of Channels.
type Channel struct{ Channels []string }

// Check looks for the cart's channel.
func (c Channel) Check(v *View) (Check, error) {
	ch := v.cart.Channel
	return Check{Condition: "channel", Met: hits(c.Channels, ch), Want: strings.Join(c.Channels, " or "), Got: ch}, nil
}

// During is met when the cart is priced inside Window, such as a happy
// hour inside a longer campaign.
type During struct{ Window Window }

// Check compares the cart's time with the window.
func (c During) Check(v *View) (Check, error) {
	at := v.cart.At
	return Check{Condition: "during", Met: c.Window.Contains(at), Want: c.Window.String(), Got: at.String()}, nil
}

// All is met when every one of its conditions is; all are tested, so the
// explanation is complete.
type All []Condition

// Check tests every member.
func (c All) Check(v *View) (Check, error) { return combine(v, "all", c, true) }

// Any is met when at least one of its conditions is.
type Any []Condition

// Check tests every member.
func (c Any) Check(v *View) (Check, error) { return combine(v, "any", c, false) }

func (c All) validate() error { return validateAll("all", c) }
func (c Any) validate() error { return validateAll("any", c) }

func (c Not) validate() error {
	if c.Condition == nil {
		return fmt.Errorf("%w: not: nil condition", ErrInvalidPromotion)
	}
	return validateCondition(c.Condition)
}

func validateAll(kind string, cs []Condition) error {
	for i, c := range cs {
		if c == nil {
			return fmt.Errorf("%w: %s condition %d is nil", ErrInvalidPromotion, kind, i)
		}
		if err := validateCondition(c); err != nil {
			return err
		}
	}
	return nil
}

// validateCondition checks a built-in condition's values, and those of
// its members.
func validateCondition(c Condition) error {
	if v, ok := c.(validator); ok {
		return v.validate()
	}
	return nil
}

func combine(v *View, kind string, cs []Condition, all bool) (Check, error) {
	out := Check{Condition: kind, Met: all, Parts: make([]Check, 0, len(cs))}
	for i, c := range cs {
		if c == nil {
			return Check{}, fmt.Errorf("%w: %s condition %d is nil", ErrInvalidPromotion, kind, i)
		}
		p, err := c.Check(v)
		if err != nil {
			return Check{}, err
		}
		if all {
			out.Met = out.Met && p.Met
		} else {
			out.Met = out.Met || p.Met
		}
		out.Parts = append(out.Parts, p)
	}
	return out, nil
}

// Not is met when its condition is not, as in "not for staff".
type Not struct{ Condition Condition }

// Check negates the member.
func (c Not) Check(v *View) (Check, error) {
	if c.Condition == nil {
		return Check{}, fmt.Errorf("%w: not: nil condition", ErrInvalidPromotion)
	}
	p, err := c.Condition.Check(v)
	if err != nil {
		return Check{}, err
	}
	return Check{Condition: "not", Met: !p.Met, Want: "not " + p.Condition, Got: yesNo(p.Met, "met", "not met"), Parts: []Check{p}}, nil
}

func yesNo(b bool, yes, no string) string {
	if b {
		return yes
	}
	return no
}

// String shows the window's bounds.
func (w Window) String() string {
	const layout = "2006-01-02 15:04 MST"
	switch {
	case w.From.IsZero() && w.Until.IsZero():
		return "always"
	case w.From.IsZero():
		return "until " + w.Until.Format(layout)
	case w.Until.IsZero():
		return "from " + w.From.Format(layout)
	}
	return "from " + w.From.Format(layout) + " until " + w.Until.Format(layout)
}
