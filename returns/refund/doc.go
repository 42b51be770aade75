// Package refund works out what a withdrawal refunds, by when, and how the
// money goes back (Directive 2011/83/EU arts 13-14; law-and-tax.md section
// 2, W-refund and W-return).
//
// # The paid price of a unit
//
// A refund pays back what the consumer paid, as the order recorded it:
// each line's Gross and VAT, after the discounts allocated to it at checkout,
// are split over its units as money.Split does (equal parts, the larger
// ones first), and a unit's Net is its Gross less its VAT, so Net + VAT =
// Gross for every unit, every line, every rate and the total. The units of
// a line are refunded in order, the first unit refunded taking the first
// share, whatever request it comes in: returning 1 then 2 units of a line of
// 3 refunds the same three shares as returning all 3 at once, and returning
// every unit refunds exactly the line. A discount is never spread again
// onto the lines kept (pricing.md, "Rounding and allocation rules"). A line
// sold by weight or length (1.25 kg) has no units and is returned whole.
//
// # One request after another
//
// Calculate takes the order, the records of its earlier requests (Refunded,
// from Result.Refunded) and the request: the units returned, the keep-it
// offer the consumer accepted (keep units at a partial refund), the return
// cost and the deductions for diminished value, with what the consumer was
// told. A unit already returned or kept is refused (*ExceedsError), so the
// refunds of an order never exceed what was paid, whatever the number of
// requests.
//
// The outbound delivery: a full withdrawal (every line with the right
// returned) refunds what was paid for it, up to the cheapest standard
// delivery offered when the consumer chose a dearer one. A partial
// withdrawal refunds none of it unless the returned lines carried a
// delivery charge of their own (the default, NotRefunded); Policy may
// refund it in proportion to the goods returned (Proportional) or in full
// (Full). The delivery refunded is split over the VAT rates as the order's
// shipping fee was, and the requests together never refund more of it, rate
// by rate, than may be refunded.
//
// The direct cost of return is withheld only when the consumer bears it and
// was told so beforehand. A deduction for diminished value needs a reason,
// and is refused when the consumer was never informed of the right of
// withdrawal.
//
// # The credit note
//
// Result.VAT is the credit note's breakdown per rate: the lines refunded
// (returned units at their paid price, kept units at the share the offer
// grants, a price reduction) and the delivery. Deductions and the return
// cost are debts of the consumer set off against the refund, not price
// reductions: they are outside the scope of VAT, stay off the breakdown
// and reduce Result.Total, the amount paid back, which never goes below
// zero.
//
// # When and how
//
// Deadline gives the day the refund is due, 14 days after the trader is
// informed, or later when it may withhold the refund until the goods or a
// proof of sending come back; the day is never rolled forward over
// holidays (pay before it). Late tells a late refund and its delay.
// Allocate spreads the refund over the order's payments (card, bank,
// voucher, store credit, ...), by the same means as paid, newest payment
// first unless AllocPolicy says otherwise, never more on a payment than it
// has left, and returns the instructions to carry out.
//
// Whether the consumer has the right to withdraw at all (a consumer, the
// exceptions of art. 16, the period) is decided before, by package returns.
// Every function is pure, reads no clock and keeps no state: all are safe
// for concurrent use. Money is integer minor units; percentages are
// decimals; nothing is a float.
package refund
