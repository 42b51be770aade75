// Package fee prices what a payment service provider (PSP) bills a
// merchant: the fee of each transaction, the monthly statement, and a
// comparison of offers on the merchant's own volume.
//
// # Schedules
//
// A PSP offer is a Config: a list of Rules and the monthly terms (a
// subscription, MonthlyFee, and a minimum billing on transaction fees,
// MonthlyMinimum), validated once by NewSchedule into an immutable
// Schedule. A Rule is matched on a method ID ("card", "bancontact_card",
// "ideal", "sepa_direct_debit", "paypal": the IDs of package
// payment/method, kept as strings because methods are data), a card Region
// (domestic, EEA, UK, international), a card Segment (consumer, commercial,
// premium) and the Event it prices (success, refund, chargeback, failure).
// The empty method, RegionAny and SegmentAny are wildcards; the event is
// always named.
//
// Rules are tried in list order and the first match wins, as in a price
// list read from the top: put the specific rules first (international
// cards before cards in general). NewSchedule refuses a rule that an
// earlier one hides entirely, which is how that ordering mistake shows up.
// A transaction no rule matches is an error (ErrNoRule), never a zero fee:
// a schedule that charges nothing for failed card payments says so with a
// zero rule.
//
// # Fees
//
// A rule's fee is Fixed + Amount × Percent / 100, with the percentage part
// rounded once to the minor unit by the schedule's named rounding mode,
// then raised to Min and lowered to Max (zero for none). The percentage
// applies to the event's amount: the payment for a success or a failure,
// the refunded amount for a refund, the disputed amount for a chargeback;
// a flat refund or chargeback fee is a rule with a zero Percent. Fees are
// never negative. With the spec's typical EU figures, a 100.00 EUR payment
// by an EEA consumer card at 0.25 EUR + 1.5 % costs 1.75 EUR, by an
// international card at 0.25 EUR + 3.25 % 3.50 EUR; iDEAL is about 0.29 EUR
// fixed, a failed SEPA direct debit 0.95 EUR, a chargeback 10 to 20 EUR.
//
// Schedule.Fee returns a Charge: the fee, the index of the rule, the fixed
// and percentage parts and whether the minimum or maximum applied. Keep it
// with the payment: Reconcile compares the fees a PSP actually charged
// (Transaction.Charged, from its settlement report) with the schedule.
//
// # Statements and comparison
//
// Statement prices a month of transactions and returns a Monthly: the
// volume (successful payments, VAT included, refunds not deducted), counts,
// amounts and fees by event, the transaction fees, the top-up to the
// monthly minimum, the subscription, the total, and the effective rate,
// Total / Volume as a percentage with RateScale decimals. The merchant
// guide's range for the effective rate is 1 % to 3.5 % of the VAT-included
// amount. Compare runs Statement for several offers on the same month and
// ranks them by total, so a merchant can see what each offer would have
// cost on its own volume; an offer lacking a method the merchant takes is
// ranked last with its error rather than passed off as cheap.
//
// Every value is immutable or a plain value; every function is safe for
// concurrent use.
package fee
