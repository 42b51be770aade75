package refund

import (
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/order"
)

// Unit is a quantity of one order line: whole units (2), or for a line sold
// by weight or length (1.25 kg) the line's whole quantity, since such a line
// has no units to return one by one.
type Unit = order.LineQuantity

// Deduction is an amount the trader withholds for the diminished value of
// returned goods handled beyond what was needed to establish their nature,
// characteristics and functioning (Directive 2011/83/EU art. 14(2)).
type Deduction struct {
	// LineID is the returned line whose value diminished; it must be
	// returned in the same request.
	LineID string
	// Amount is the diminished value, VAT included; positive and at most
	// what the line's returned units refund.
	Amount money.Money
	// Reason says what diminished the value ("worn outside, soles
	// marked"); required, since the consumer is owed an explanation.
	Reason string
}

// Offer is the "keep it at a partial refund" offer: the consumer keeps
// units instead of sending them back, and is refunded part of their price.
// Exactly one of Percent and Amount is set.
type Offer struct {
	// LineID is the line whose units are kept.
	LineID string
	// Quantity is the number of units kept, as Unit.Quantity.
	Quantity decimal.Decimal
	// Percent is the share of the kept units' paid price refunded, in
	// percent (50 for half): above 0, at most 100. Zero when Amount is set.
	Percent decimal.Decimal
	// Amount is the amount refunded for the kept units, VAT included:
	// positive, at most their paid price. The zero Money when Percent is
	// set.
	Amount money.Money
}

// Request is one refund to calculate: the units returned, the delivery and
// return-cost facts, the deductions and an optional keep-it offer the
// consumer accepted.
type Request struct {
	// Lines are the units returned; each line at most once.
	Lines []Unit
	// FullWithdrawal: the consumer withdrew from every line that has the
	// right (lines without it, such as personalised goods, may be kept).
	// The outbound delivery is then refunded up to the cheapest standard
	// delivery. The caller knows which lines have the right (package
	// returns decides it); Calculate also treats as full a request after
	// which every unit of every line has been returned.
	FullWithdrawal bool
	// SeparateDelivery is the delivery charge, VAT included, that the
	// returned lines alone carried (a bulky item's own delivery), refunded
	// in a partial withdrawal whatever the policy; the zero Money when
	// there is none. The order records one delivery fee, so only the
	// caller can tell.
	SeparateDelivery money.Money
	// ReturnCost is the direct cost of sending the goods back, VAT
	// included; the zero Money when the trader collected or it is free.
	ReturnCost money.Money
	// ConsumerPaysReturn: the terms put the return cost on the consumer.
	ConsumerPaysReturn bool
	// InformedOfReturnCost: the consumer was told beforehand that they bear
	// the return cost; without it the trader bears it (art. 14(1)).
	InformedOfReturnCost bool
	// InformedOfRight: the consumer was informed of the withdrawal right;
	// without it no deduction for diminished value is allowed (art. 14(2)).
	InformedOfRight bool
	// Deductions are the diminished-value deductions the trader claims.
	Deductions []Deduction
	// KeepIt is the keep-it offer the consumer accepted; nil when none.
	KeepIt *Offer
}

// PartialDelivery says what a partial withdrawal (some lines kept) refunds
// of the outbound delivery. The zero value, NotRefunded, is the law's
// default.
type PartialDelivery uint8

// The partial-delivery policies.
const (
	// NotRefunded: a partial withdrawal refunds no outbound delivery,
	// except the returned lines' own charge (Request.SeparateDelivery).
	NotRefunded PartialDelivery = iota
	// Proportional: the delivery is refunded in proportion to the gross of
	// the units returned so far over the gross of every line; the request
	// that completes a full withdrawal refunds the rest.
	Proportional
	// Full: every withdrawal, partial or not, refunds the delivery in full
	// (up to the cheapest standard delivery) with its first request.
	Full
)

// String returns the policy's name ("not_refunded").
func (p PartialDelivery) String() string {
	switch p {
	case NotRefunded:
		return "not_refunded"
	case Proportional:
		return "proportional"
	case Full:
		return "full"
	}
	return "PartialDelivery(" + strconv.Itoa(int(p)) + ")"
}

// Valid reports whether p is one of the constants.
func (p PartialDelivery) Valid() bool { return p <= Full }

// Policy holds the merchant's choices where the law leaves one. The zero
// Policy is the law's default.
type Policy struct {
	// PartialDelivery is what a partial withdrawal refunds of the delivery.
	PartialDelivery PartialDelivery
}
