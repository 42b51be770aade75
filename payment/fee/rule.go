package fee

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/comptoir/comptoir/money"
)

// compileRule validates rule i and returns it laid out for pricing, and the
// rule with its amounts in currency c.
func compileRule(c money.Currency, i int, r Rule) (compiledRule, Rule, error) {
	field := func(name string) string { return fmt.Sprintf("rules[%d].%s", i, name) }
	if err := checkKeys(r, field); err != nil {
		return compiledRule{}, Rule{}, err
	}
	if err := checkPercent(r.Percent, field("percent")); err != nil {
		return compiledRule{}, Rule{}, err
	}
	var err error
	for _, a := range []struct {
		name string
		m    *money.Money
	}{{"fixed", &r.Fixed}, {"min", &r.Min}, {"max", &r.Max}} {
		if *a.m, err = amountIn(c, field(a.name), *a.m); err != nil {
			return compiledRule{}, Rule{}, err
		}
	}
	hasMax := !r.Max.IsZero()
	if hasMax && (r.Max.Minor() < r.Min.Minor() || r.Max.Minor() < r.Fixed.Minor()) {
		return compiledRule{}, Rule{}, &ScheduleError{Field: field("max"),
			Reason: fmt.Sprintf("maximum %v below the minimum %v or the fixed amount %v", r.Max, r.Min, r.Fixed)}
	}
	return compiledRule{
		index: i, method: r.Method, region: r.Region, segment: r.Segment,
		rate: r.Percent.Shift(-2), hasRate: !r.Percent.IsZero(),
		fixed: r.Fixed, min: r.Min, max: r.Max, hasMax: hasMax, hasFloor: !r.Min.IsZero(),
	}, r, nil
}

// checkKeys validates what a rule is matched on.
func checkKeys(r Rule, field func(string) string) error {
	switch {
	case r.Method != "" && !validMethod(r.Method):
		return &ScheduleError{Field: field("method"), Reason: fmt.Sprintf("%q: %s, or empty for every method", r.Method, methodRule)}
	case !r.Region.Valid():
		return &ScheduleError{Field: field("region"), Reason: r.Region.String() + " is not a region", Err: ErrUnknownRegion}
	case !r.Segment.Valid():
		return &ScheduleError{Field: field("segment"), Reason: r.Segment.String() + " is not a segment", Err: ErrUnknownSegment}
	case !r.Event.Valid():
		return &ScheduleError{Field: field("event"), Reason: "every rule names its event (success, refund, chargeback or failure)", Err: ErrUnknownEvent}
	}
	return nil
}

// maxPercentDecimals is the most decimals a rule's percentage may have.
const maxPercentDecimals = 18

// checkPercent accepts a percentage from 0 to 100 inclusive: a fee is
// never negative, nor more than the whole amount plus the fixed part. The
// exponent is bounded first, because comparing a decimal such as 1e-999999999
// with 100 would expand it digit by digit.
func checkPercent(p decimal.Decimal, field string) error {
	switch e := p.Exponent(); {
	case p.Sign() == 0:
		return nil
	case e < -maxPercentDecimals:
		return &ScheduleError{Field: field, Reason: fmt.Sprintf("more than %d decimals", maxPercentDecimals)}
	case e > 2, p.Sign() < 0, p.Cmp(decimal.New(100, 0)) > 0:
		return &ScheduleError{Field: field, Reason: "outside 0 to 100"}
	}
	return nil
}

// amountIn returns m as an amount of currency c: the zero Money becomes
// zero in c, another currency is an error, and so is a negative amount.
func amountIn(c money.Currency, field string, m money.Money) (money.Money, error) {
	if m.Currency().IsZero() {
		return money.Zero(c), nil
	}
	if m.Currency() != c {
		return money.Money{}, &ScheduleError{Field: field, Reason: fmt.Sprintf("%v is not in the schedule's currency %v", m, c),
			Err: &money.MismatchError{Op: "schedule", A: c, B: m.Currency()}}
	}
	if m.Sign() < 0 {
		return money.Money{}, &ScheduleError{Field: field, Reason: fmt.Sprintf("%v is negative", m)}
	}
	return m, nil
}

// checkShadow refuses rule i when an earlier rule matches every
// transaction it matches: under first-match it would never apply, which is
// always a mistake in the order of the list (the general rule first).
func checkShadow(earlier []Rule, i int, r Rule) error {
	for j, e := range earlier {
		if e.Event == r.Event &&
			(e.Method == "" || e.Method == r.Method) &&
			(e.Region == RegionAny || e.Region == r.Region) &&
			(e.Segment == SegmentAny || e.Segment == r.Segment) {
			return &ScheduleError{Field: fmt.Sprintf("rules[%d]", i),
				Reason: fmt.Sprintf("never applies: rules[%d] comes first and matches every %s it matches (list specific rules first)", j, r.Event)}
		}
	}
	return nil
}
