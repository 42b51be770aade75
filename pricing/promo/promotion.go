package promo

import (
	"fmt"
	"time"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/money"
)

// Promotion is a promotion as data: when and where it runs, what the cart
// must satisfy, what it gives, and how it stacks with others.
type Promotion struct {
	// ID identifies the promotion in results, usage counts and line
	// discounts; unique in an Engine.
	ID string
	// Name is for people.
	Name string
	// Priority orders promotions of one stage: higher first.
	Priority int
	// Exclusive: when it applies, no promotion of lower priority applies,
	// in any stage, and whether it applies is judged without them. Of
	// several exclusive promotions, the one of highest priority that
	// applies wins.
	Exclusive bool
	// Group makes promotions alternatives: of the promotions sharing a
	// non-empty Group, only the first to apply in pipeline order applies.
	Group string
	// Window is when the promotion runs; the zero Window always.
	Window Window
	// Channels it runs on; none for every channel.
	Channels []string
	// Codes make it a coupon: it applies only when the shopper entered one
	// of them (case-insensitive, trimmed; see NormalizeCode).
	Codes []string
	// Limits caps its uses, checked against the Counts given to Apply.
	Limits Limits
	// Condition is what the cart must satisfy; nil for none. Combine
	// conditions with All and Any.
	Condition Condition
	// Actions are what it gives; at least one.
	Actions []Action
	// MaxDiscount caps what its actions take off the lines; zero for no
	// cap.
	MaxDiscount money.Money
}

// Stage is a step of the promotion pipeline (pricing.md): line
// promotions, then order promotions, then coupons, then shipping.
type Stage uint8

// Stages, in pipeline order. The zero Stage is not one.
const (
	// StageLine: discounts on eligible lines (percent or amount off, fixed
	// price, buy X get Y).
	StageLine Stage = iota + 1
	// StageOrder: discounts on the order (percent or amount off, tiered
	// spend) and gifts.
	StageOrder
	// StageCoupon: promotions with codes, whatever they give, apart from
	// those that only touch shipping.
	StageCoupon
	// StageShipping: promotions whose actions only touch shipping, tested
	// on the goods total after every discount.
	StageShipping
)

// String names the stage.
func (s Stage) String() string {
	switch s {
	case StageLine:
		return "line"
	case StageOrder:
		return "order"
	case StageCoupon:
		return "coupon"
	case StageShipping:
		return "shipping"
	}
	return fmt.Sprintf("Stage(%d)", uint8(s))
}

// stage is where p runs in the pipeline: shipping-only promotions last,
// then coupons, then the earliest stage among its actions.
func (p *Promotion) stage() Stage {
	first, shippingOnly := StageShipping, true
	for _, a := range p.Actions {
		s := a.Stage()
		first = min(first, s)
		shippingOnly = shippingOnly && s == StageShipping
	}
	switch {
	case shippingOnly:
		return StageShipping
	case len(p.Codes) > 0:
		return StageCoupon
	}
	return first
}

// Window is a period [From, Until). A zero bound leaves that side open.
type Window struct {
	From, Until time.Time
}

// Days returns the window from the start of first to the end of last, in
// the shop's time zone loc: Days(2027-02-01, 2027-02-14, Brussels) runs
// from 1 February 00:00 to 15 February 00:00 Brussels time, daylight
// saving included.
func Days(first, last calendar.Date, loc *time.Location) (Window, error) {
	if loc == nil {
		return Window{}, fmt.Errorf("%w: nil time zone", ErrInvalidPromotion)
	}
	if !first.IsValid() || !last.IsValid() {
		return Window{}, fmt.Errorf("%w: window days %v to %v", ErrInvalidPromotion, first, last)
	}
	if last.Before(first) {
		return Window{}, fmt.Errorf("%w: window ends %v before it starts %v", ErrInvalidPromotion, last, first)
	}
	return Window{From: first.In(loc), Until: last.AddDays(1).In(loc)}, nil
}

// Contains reports whether t is in the window.
func (w Window) Contains(t time.Time) bool {
	return (w.From.IsZero() || !t.Before(w.From)) && (w.Until.IsZero() || t.Before(w.Until))
}
