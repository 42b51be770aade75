package refund

import (
	"github.com/comptoir/comptoir/calendar"
)

// RefundDays is the number of days after the trader is informed of the
// withdrawal within which the refund is due (Directive 2011/83/EU art.
// 13(1)).
const RefundDays = 14

// Deadline returns the day by which the refund is due (law-and-tax
// W-refund):
//
//	due = max(informed + 14 days, min(received, proofSent))
//
// informed is the day the trader was informed of the withdrawal; received
// the day the goods came back and proofSent the day the consumer showed
// proof of sending them, each nil while it has not happened. A trader who
// offered to collect the goods may not wait for them: due is informed + 14
// days.
//
// withheld is true when the trader may still withhold the refund: it did
// not offer to collect and neither the goods nor a proof has come yet. Due
// is then informed + 14 days, the earliest the refund can fall due; the
// final day is the later of Due and the day the goods or the proof arrive.
//
// The due day is not moved past weekends and holidays: Regulation
// 1182/71's roll-forward lengthens periods to act in, and a payment
// relying on it would risk being late, so pay on or before Due (a bank
// transfer due on a holiday leaves on the business day before it,
// calendar.BusinessDayOnOrBefore). Informed on Friday 2026-12-18, the
// refund is due on Friday 2027-01-01, a holiday, and is paid before.
//
// An invalid date, the zero Date included, is an *InputError matching
// ErrInvalidDate.
func Deadline(informed calendar.Date, received, proofSent *calendar.Date, traderCollects bool) (due calendar.Date, withheld bool, err error) {
	if !informed.IsValid() {
		return calendar.Date{}, false, dateErr("informed", informed)
	}
	if received != nil && !received.IsValid() {
		return calendar.Date{}, false, dateErr("received", *received)
	}
	if proofSent != nil && !proofSent.IsValid() {
		return calendar.Date{}, false, dateErr("proof_sent", *proofSent)
	}
	due = informed.AddDays(RefundDays)
	if !due.IsValid() {
		return calendar.Date{}, false, inputErr(ErrInvalidDate, "informed", "%v + %d days is after 9999-12-31", informed, RefundDays)
	}
	if traderCollects {
		return due, false, nil
	}
	first, ok := earliest(received, proofSent)
	if !ok {
		return due, true, nil
	}
	if first.After(due) {
		due = first
	}
	return due, false, nil
}

// earliest returns the earlier of the dates that are set.
func earliest(a, b *calendar.Date) (calendar.Date, bool) {
	switch {
	case a == nil && b == nil:
		return calendar.Date{}, false
	case a == nil:
		return *b, true
	case b == nil || a.Before(*b):
		return *a, true
	}
	return *b, true
}

// Late reports whether a refund paid on paid missed the day it was due,
// and by how many days (0 when in time: paying on the due day is in time).
// An invalid date, the zero Date included, is an *InputError matching
// ErrInvalidDate.
func Late(due, paid calendar.Date) (days int, late bool, err error) {
	if !due.IsValid() {
		return 0, false, dateErr("due", due)
	}
	if !paid.IsValid() {
		return 0, false, dateErr("paid", paid)
	}
	if d := due.DaysUntil(paid); d > 0 {
		return d, true, nil
	}
	return 0, false, nil
}

// dateErr reports a date that names no day.
func dateErr(field string, d calendar.Date) error {
	return inputErr(ErrInvalidDate, field, "%v is not a valid date", d)
}
