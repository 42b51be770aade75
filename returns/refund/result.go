package refund

import (
	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/order"
	"github.com/shopspring/decimal"
)

// LineRefund is what one request refunds for the units of one line:
// returned units refund their paid price, kept units (a keep-it offer) the
// share of it the offer grants. Net + VAT = Gross.
type LineRefund struct {
	// LineID is the order line.
	LineID string
	// Units is the quantity refunded, as the request gave it.
	Units decimal.Decimal
	// Kept: the units stay with the consumer at a partial refund (keep-it
	// offer) instead of being returned.
	Kept bool
	// Rate is the line's VAT rate (a fraction: 0.21).
	Rate decimal.Decimal
	// Net, VAT and Gross are the amounts refunded.
	Net, VAT, Gross money.Money
	// Discounts are the shares of the line's discounts that these units
	// carried, per promotion (for the promotions' accounts); already
	// deducted from the amounts above.
	Discounts []order.Discount
}

// DeductionOutcome is a claimed deduction and what became of it.
type DeductionOutcome struct {
	Deduction
	// Applied: the amount was withheld from the refund.
	Applied bool
	// Refusal says why it was not applied; empty when applied.
	Refusal string
}

// Amounts are net, VAT and gross sums, Net + VAT = Gross.
type Amounts struct {
	// Net is the sum excluding VAT.
	Net money.Money
	// VAT is the sum of the VAT.
	VAT money.Money
	// Gross is Net + VAT.
	Gross money.Money
}

// Result is what a request refunds, and how to document it.
//
// The credit note covers the price reductions: the lines (returned units
// and kept units' partial refunds) and the delivery, with their VAT per
// rate in VAT and the sums in Credit. Deductions for diminished value and
// the consumer's return cost are not price reductions but the consumer's
// debts set off against the refund, outside the scope of VAT; they reduce
// Total, the amount to pay back:
//
//	Total = Credit.Gross − applied deductions − ReturnCost
type Result struct {
	// Lines are the lines refunded, in the request's order, returned units
	// first and then the kept units of the offer.
	Lines []LineRefund
	// Delivery is the outbound delivery refunded, per VAT rate in the order
	// of the shipping split; empty when none.
	Delivery []order.RateAmounts
	// FullWithdrawal: the request was treated as a full withdrawal (asked
	// for, or every unit of every line now returned).
	FullWithdrawal bool
	// VAT is the credit note's breakdown per rate: the lines and the
	// delivery at each rate, in the order of the order's VAT breakdown.
	VAT []order.RateAmounts
	// Credit sums VAT: the credit note's totals.
	Credit Amounts
	// Deductions are the deductions claimed, applied or refused with a
	// reason.
	Deductions []DeductionOutcome
	// ReturnCost is the return cost withheld from the refund: zero unless
	// the consumer pays it and was informed beforehand.
	ReturnCost money.Money
	// ReturnCostUncovered is the part of the consumer's return cost larger
	// than the refund left after deductions: Total stops at zero and the
	// trader may claim this part separately.
	ReturnCostUncovered money.Money
	// Total is the amount to pay back to the consumer, never negative.
	Total money.Money
	// Notes explain the rules applied, in English, for the case file.
	Notes []string
}

// Refunded is what one earlier request of an order refunded: the record
// Calculate needs to never refund a unit twice nor more delivery than is
// due. Result.Refunded builds it; keep it with the order.
type Refunded struct {
	// Returned are the units returned and refunded.
	Returned []Unit
	// Kept are the units kept at a partial refund; they cannot be refunded
	// again.
	Kept []Unit
	// Delivery is the delivery refunded, per VAT rate.
	Delivery []order.RateAmounts
	// Total is the amount paid back.
	Total money.Money
}

// Refunded returns the record of r to pass as prior to the order's later
// requests. The slices are new.
func (r Result) Refunded() Refunded {
	var rec Refunded
	for _, l := range r.Lines {
		u := Unit{LineID: l.LineID, Quantity: l.Units}
		if l.Kept {
			rec.Kept = append(rec.Kept, u)
		} else {
			rec.Returned = append(rec.Returned, u)
		}
	}
	if len(r.Delivery) > 0 {
		rec.Delivery = append([]order.RateAmounts(nil), r.Delivery...)
	}
	rec.Total = r.Total
	return rec
}
