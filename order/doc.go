// Package order holds the immutable snapshot of a placed order and the dated
// events that happen to it afterwards.
//
// # The snapshot
//
// An Order is what checkout produced, frozen: the customer (consumer or
// business, VAT number, country, language, marketing consent), the billing
// and shipping addresses, the lines with their unit prices, the discounts
// allocated to them, their VAT rate and their net, VAT and gross amounts,
// the shipping fee with its split per VAT rate, the VAT breakdown, the totals,
// the promotions applied and the payment references. Every amount is a
// money.Money in the order's one currency; quantities, unit prices and VAT
// rates (fractions: 0.21 for 21 %) are decimal.Decimal.
//
// An order is a value. No method changes it, and its slices must not be
// modified once it is placed: take a Clone to build a changed copy. Discounts
// are recorded on the lines they were allocated to, so a return or a
// cancellation later refunds exactly a line's share and never spreads a
// discount again.
//
// Validate checks every invariant (net + VAT = gross per line, per rate and
// overall; each VAT is the net times its rate, to within what rounding VAT
// per line or per rate can make of it, and exactly zero at rate 0; the
// breakdown is the sum of the lines and the shipping per rate; the totals
// are the sum of the breakdown; one currency; valid countries; ...) and
// reports all the violations at once, each with the JSON path of the
// offending value, in a *ValidationError that matches ErrInvalidOrder.
//
// # Events and history
//
// What happens after placing is not written into the order. It is recorded
// as Events beside it: placed, paid, shipped, delivered, cancelled,
// withdrawal notified, returned, refunded, each with the time it happened
// and the lines, quantities, parcel, amount or proof its kind uses. A History
// holds an order with its events, sorted by time (events at the same instant
// keep the order they were given in), and derives the views the other
// packages need from the events alone: when the last parcel carrying some
// lines was delivered (DeliveredAt, which starts the withdrawal period), the
// first delivery of a subscription, the quantities shipped, delivered,
// cancelled and returned per line, when a withdrawal was notified, and the
// totals paid and refunded. History.Validate checks the events against the
// order and each other.
//
// # JSON
//
// Orders and events encode to JSON with stable snake_case field names, times
// in RFC 3339, decimals as strings and amounts as
// {"amount":"12.50","currency":"EUR"}. Decoding an unknown channel, customer
// kind, event kind or currency is an error; everything else that is wrong is
// left to Validate, so a stored order can always be read back and examined.
// Equal compares orders the way a round trip preserves them (decimals by
// value, times by instant).
//
// The package never reads the clock, uses no floating point and keeps no
// mutable package state; every function is safe for concurrent use.
package order
