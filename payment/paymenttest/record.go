package paymenttest

import (
	"time"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/payment"
)

// record is a payment as the PSP keeps it. Its amounts are cumulative,
// as observations report them.
type record struct {
	ref  string
	req  payment.AuthorizeRequest
	stat payment.Status
	// authorized, captured and released are totals so far, in the
	// request's currency.
	authorized, captured, released money.Money
	expiresAt                      time.Time
	next                           *payment.NextAction
	decline                        *payment.Declined
	refunds                        []*refundRecord
	at                             time.Time // the last change
}

// refundRecord is a refund as the PSP keeps it.
type refundRecord struct {
	ref     string
	id      string // the library's RefundID
	payment *record
	amount  money.Money
	stat    payment.RefundStatus
	at      time.Time
}

// newRecord returns a payment created by an authorisation request.
func newRecord(ref string, req payment.AuthorizeRequest, at time.Time) *record {
	z := money.Zero(req.Amount.Currency())
	return &record{ref: ref, req: req, authorized: z, captured: z, released: z, at: at}
}

// observation is the payment as the PSP reports it: a fresh copy.
func (r *record) observation() payment.Observation {
	o := payment.Observation{
		PSPReference: r.ref, Reference: r.req.Reference, Status: r.stat,
		Authorized: r.authorized, Captured: r.captured, Released: r.released,
		ExpiresAt: r.expiresAt, At: r.at,
	}
	if r.next != nil {
		n := *r.next
		o.NextAction = &n
	}
	if r.decline != nil {
		d := *r.decline
		o.Decline = &d
	}
	if len(r.refunds) > 0 {
		o.Refunds = make([]payment.RefundObservation, len(r.refunds))
		for i, rf := range r.refunds {
			o.Refunds[i] = rf.observation()
		}
	}
	return o
}

// observation is the refund as the PSP reports it.
func (rf *refundRecord) observation() payment.RefundObservation {
	return payment.RefundObservation{RefundID: rf.id, PSPReference: rf.ref, Amount: rf.amount, Status: rf.stat, At: rf.at}
}

// capturable is what is authorised and neither captured nor released,
// never below zero (an overcapture leaves nothing).
func (r *record) capturable() money.Money {
	left, err := r.authorized.Sub(r.captured)
	if err == nil {
		left, err = left.Sub(r.released)
	}
	if err != nil || left.Sign() < 0 {
		return money.Zero(r.req.Amount.Currency())
	}
	return left
}

// refundTotal sums the refunds in the given statuses. Each refund was
// checked against what was captured, so the sum cannot overflow.
func (r *record) refundTotal(stats ...payment.RefundStatus) money.Money {
	sum := money.Zero(r.req.Amount.Currency())
	for _, rf := range r.refunds {
		for _, s := range stats {
			if rf.stat == s {
				sum, _ = sum.Add(rf.amount)
			}
		}
	}
	return sum
}

// refundable is what is captured and neither refunded nor being
// refunded.
func (r *record) refundable() money.Money {
	left, err := r.captured.Sub(r.refundTotal(payment.RefundSucceeded, payment.RefundPending))
	if err != nil || left.Sign() < 0 {
		return money.Zero(r.req.Amount.Currency())
	}
	return left
}

// authorize completes an authorisation: a manual capture holds the amount
// until ExpiresAt; an automatic one captures it at once.
func (p *Provider) authorize(r *record, at time.Time) {
	r.authorized, r.next, r.decline, r.at = r.req.Amount, nil, nil, at
	if r.req.Capture == payment.CaptureManual {
		r.stat, r.expiresAt = payment.RequiresCapture, at.Add(p.cfg.AuthorizationTTL)
		return
	}
	r.stat, r.captured = payment.Succeeded, r.req.Amount
}

// fail records a failed try: the payment waits for another method, as
// Stripe's requires_payment_method, with the decline.
func (r *record) fail(d payment.Declined, at time.Time) {
	r.stat, r.next, r.decline, r.at = payment.RequiresPaymentMethod, nil, &d, at
}
