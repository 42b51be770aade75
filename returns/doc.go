// Package returns applies the consumer's right of withdrawal and handles
// return requests.
//
// Decide takes an order with its events (order.History), the facts the
// events do not record (withdrawal information given late or never,
// goods unsealed or mixed after delivery, performance begun with consent,
// acknowledgement and confirmation) and a Policy (the calendar: by
// default the union of the consumer's and the trader's national
// holidays), and decides line by line, each with the article it rests on:
// whether the right exists (a business has none; the exceptions of
// Directive 2011/83/EU art. 16 are properties of lines), the event day
// that starts the 14-day period (possession of the last good of the
// order, the first delivery of a subscription, the conclusion of the
// contract for services and digital content), and its end by Regulation
// 1182/71 (package calendar), extended by 12 months when the information
// was never given and cut 14 days after it is given late (art. 10).
//
// A Request follows a return: requested, accepted or refused with a
// reason, goods sent with a proof, goods received with the condition of
// the units, refunded. A Book holds the requests of one order so that no
// unit is returned twice.
//
// Subpackages: refund (what a return refunds: each unit's paid price as
// recorded on the order, delivery, return costs, deductions, the credit
// note's VAT, the deadline, the split over the payments), form (the
// model withdrawal form and the acknowledgement of the online withdrawal
// function, in fr, nl, de and en) and guarantee (the legal guarantee of
// conformity).
package returns
