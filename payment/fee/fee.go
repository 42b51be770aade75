package fee

import (
	"fmt"

	"github.com/comptoir/comptoir/money"
)

// Transaction is one billed event of a payment, as a PSP's settlement
// report lists it.
type Transaction struct {
	// Method is the method ID ("card", "ideal"), never empty.
	Method string
	// Region is the card region, RegionAny when unknown or not a card.
	Region Region
	// Segment is the card segment, SegmentAny when unknown or not a card.
	Segment Segment
	// Event is what is billed.
	Event Event
	// Amount is the VAT-included amount the event is about, never
	// negative: the payment's amount for a success or a failure, the
	// refunded amount for a refund, the disputed amount for a chargeback.
	// The zero Money is zero in the schedule's currency.
	Amount money.Money
	// Charged is the fee the PSP actually charged, as its report says, for
	// Reconcile; the zero Money (no currency) when not known. Fee and
	// Statement price by the schedule and ignore it.
	Charged money.Money
}

// Clamp says whether a rule's minimum or maximum set the fee.
type Clamp uint8

// The clamps.
const (
	// Unclamped: the fee is Fixed + Variable.
	Unclamped Clamp = iota
	// RaisedToMin: Fixed + Variable was below the rule's minimum.
	RaisedToMin
	// LoweredToMax: Fixed + Variable was above the rule's maximum.
	LoweredToMax
)

// String names the clamp.
func (c Clamp) String() string {
	switch c {
	case Unclamped:
		return "unclamped"
	case RaisedToMin:
		return "raised to minimum"
	case LoweredToMax:
		return "lowered to maximum"
	}
	return invalidName("clamp", uint8(c))
}

// Charge is the fee of one transaction and how it was computed: keep it
// with the transaction so the PSP's settlement can be reconciled against
// it, rule by rule.
type Charge struct {
	Fee      money.Money // the fee: Fixed + Variable, clamped
	Rule     int         // the index of the rule that priced it (Schedule.Rule)
	Fixed    money.Money // the rule's fixed part
	Variable money.Money // Amount × Percent / 100, rounded once
	Clamp    Clamp       // whether Min or Max set Fee
}

// Fee prices tx by the first rule of the schedule that matches its method,
// region, segment and event. A transaction no rule matches is a
// *NoRuleError, never a zero fee; an invalid one is a *TransactionError; a
// fee beyond the range of money.Money is an *OverflowError.
func (s *Schedule) Fee(tx Transaction) (Charge, error) {
	if err := s.usable(); err != nil {
		return Charge{}, err
	}
	amount, err := s.checkTransaction(tx)
	if err != nil {
		return Charge{}, err
	}
	r := s.match(tx)
	if r == nil {
		return Charge{}, &NoRuleError{Schedule: s.config.Name, Method: tx.Method, Region: tx.Region, Segment: tx.Segment, Event: tx.Event}
	}
	return s.price(r, amount)
}

// checkTransaction validates tx and returns its amount in the schedule's
// currency.
func (s *Schedule) checkTransaction(tx Transaction) (money.Money, error) {
	switch {
	case !validMethod(tx.Method):
		return money.Money{}, &TransactionError{Field: "method", Reason: fmt.Sprintf("%q: %s", tx.Method, methodRule)}
	case !tx.Region.Valid():
		return money.Money{}, &TransactionError{Field: "region", Reason: tx.Region.String() + " is not a region", Err: ErrUnknownRegion}
	case !tx.Segment.Valid():
		return money.Money{}, &TransactionError{Field: "segment", Reason: tx.Segment.String() + " is not a segment", Err: ErrUnknownSegment}
	case !tx.Event.Valid():
		return money.Money{}, &TransactionError{Field: "event", Reason: tx.Event.String() + " is not an event", Err: ErrUnknownEvent}
	}
	return s.inCurrency("amount", tx.Amount)
}

// inCurrency returns m in the schedule's currency, refusing another
// currency and a negative amount.
func (s *Schedule) inCurrency(field string, m money.Money) (money.Money, error) {
	c := s.config.Currency
	if m.Currency().IsZero() {
		return money.Zero(c), nil
	}
	if m.Currency() != c {
		return money.Money{}, &TransactionError{Field: field, Reason: fmt.Sprintf("%v is not in the schedule's currency %v", m, c),
			Err: &money.MismatchError{Op: "fee", A: c, B: m.Currency()}}
	}
	if m.Sign() < 0 {
		return money.Money{}, &TransactionError{Field: field, Reason: fmt.Sprintf("%v is negative (give refunds and chargebacks as positive amounts)", m)}
	}
	return m, nil
}

// match returns the first rule for tx's event whose keys match, or nil.
func (s *Schedule) match(tx Transaction) *compiledRule {
	rules := s.byEvent[tx.Event]
	for i := range rules {
		r := &rules[i]
		if (r.method == "" || r.method == tx.Method) &&
			(r.region == RegionAny || r.region == tx.Region) &&
			(r.segment == SegmentAny || r.segment == tx.Segment) {
			return r
		}
	}
	return nil
}

// price applies rule r to amount: the percentage part rounded once, the
// fixed part added, then the minimum and maximum.
func (s *Schedule) price(r *compiledRule, amount money.Money) (Charge, error) {
	c := Charge{Rule: r.index, Fixed: r.fixed, Variable: money.Zero(s.config.Currency)}
	if r.hasRate {
		v, err := amount.Mul(r.rate, s.rounding)
		if err != nil { // a percentage of at most 100 keeps within range; kept for safety
			return Charge{}, &OverflowError{Op: "percentage of " + amount.String(), Err: err}
		}
		c.Variable = v
	}
	f, err := c.Variable.Add(r.fixed)
	if err != nil {
		return Charge{}, &OverflowError{Op: "fixed + percentage of " + amount.String(), Err: err}
	}
	c.Fee = f
	switch {
	case r.hasFloor && f.Minor() < r.min.Minor():
		c.Fee, c.Clamp = r.min, RaisedToMin
	case r.hasMax && f.Minor() > r.max.Minor():
		c.Fee, c.Clamp = r.max, LoweredToMax
	}
	return c, nil
}
