package paymenttest

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/comptoir/comptoir/payment"
)

// Operations that are not calls of payment.Provider, named in a
// *RequestError.
const (
	opCompleteThreeDS Op = "CompleteThreeDS"
	opSettle          Op = "Settle"
	opSettleRefund    Op = "SettleRefund"
)

// Decline codes of failures that happen after the call answered.
const (
	// CodeAuthenticationFailed: the buyer failed or abandoned 3-D Secure
	// (CompleteThreeDS with ok false).
	CodeAuthenticationFailed = "authentication_failed"
	// CodePaymentFailed: an asynchronous payment failed (Settle with ok
	// false), such as a SEPA debit returned by the bank.
	CodePaymentFailed = "payment_failed"
)

// Status returns the provider's authoritative view of a payment. An
// unknown reference is a *RequestError matching ErrNotFound. Scripted
// outcomes: Succeed, Timeout.
func (p *Provider) Status(ctx context.Context, pspReference string) (payment.Observation, error) {
	c := Request{Op: OpStatus, PSPReference: pspReference, Request: pspReference}
	ans, err := p.call(ctx, c, func() (answer, error) {
		rec, err := p.lookup(OpStatus, pspReference)
		if err != nil {
			return answer{}, err
		}
		_, lost := lostResponse(p.take(OpStatus))
		return answer{obs: rec.observation(), lost: lost}, nil
	})
	return ans.obs, err
}

// CompleteThreeDS finishes the 3-D Secure of a payment in requires_action
// at at, as the buyer's bank does: ok authorises it (as Succeed does), not
// ok fails it with the decline CodeAuthenticationFailed. Either way a
// webhook says so. The clock moves to at if it is later. Errors: a
// *RequestError (ErrNotFound, a *payment.TransitionError for a payment not
// waiting for 3-D Secure), ErrConfig for a zero time.
func (p *Provider) CompleteThreeDS(pspReference string, ok bool, at time.Time) error {
	return p.complete(opCompleteThreeDS, payment.RequiresAction, pspReference, ok, at,
		payment.Declined{Code: CodeAuthenticationFailed, Message: "the buyer did not complete 3-D Secure", Retryable: true})
}

// Settle completes an asynchronous payment (Async, in processing) at at,
// as the bank does days later: succeed authorises it (as Succeed does),
// otherwise it fails with the decline CodePaymentFailed. A webhook says
// so. Errors as CompleteThreeDS.
func (p *Provider) Settle(pspReference string, succeed bool, at time.Time) error {
	return p.complete(opSettle, payment.Processing, pspReference, succeed, at,
		payment.Declined{Code: CodePaymentFailed, Message: "the payment failed at the bank"})
}

// complete finishes a payment waiting in status from.
func (p *Provider) complete(op Op, from payment.Status, ref string, ok bool, at time.Time, d payment.Declined) error {
	if err := checkTime(at); err != nil {
		return err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	rec, err := p.lookup(op, ref)
	if err != nil {
		return err
	}
	if rec.stat != from {
		return &RequestError{Op: op, PSPReference: ref, Reason: "not " + string(from),
			Err: &payment.TransitionError{From: rec.stat, To: payment.RequiresCapture, Why: "the payment is not " + string(from)}}
	}
	if err := p.moveClock(at); err != nil {
		return err
	}
	ev := event{change: changeAuthorized, rec: rec, amount: rec.req.Amount, at: at}
	if ok {
		p.authorize(rec, at)
	} else {
		rec.fail(d, at)
		ev.change = changeFailed
	}
	return p.emit(ev)
}

// SettleRefund moves a pending refund to succeeded (or failed, when
// succeed is false) at at, with a webhook. ref is the refund's PSP
// reference ("<name>_re_1") or the RefundID it was requested with. The
// clock moves to at if it is later. Errors: a *RequestError (ErrNotFound,
// payment.ErrIllegalTransition for a refund not pending), ErrConfig for a
// zero time.
func (p *Provider) SettleRefund(ref string, succeed bool, at time.Time) error {
	if err := checkTime(at); err != nil {
		return err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	rf := p.findRefund(ref)
	switch {
	case rf == nil:
		return &RequestError{Op: opSettleRefund, PSPReference: ref, Reason: "unknown refund", Err: ErrNotFound}
	case rf.stat != payment.RefundPending:
		return &RequestError{Op: opSettleRefund, PSPReference: rf.ref, Reason: "refund is " + string(rf.stat),
			Err: fmt.Errorf("%w: refund %s is %s, not pending", payment.ErrIllegalTransition, rf.ref, rf.stat)}
	}
	if err := p.moveClock(at); err != nil {
		return err
	}
	stat := payment.RefundSucceeded
	if !succeed {
		stat = payment.RefundFailed
	}
	return p.settleRefund(rf, stat, at)
}

// findRefund finds a refund by PSP reference, then by RefundID.
func (p *Provider) findRefund(ref string) *refundRecord {
	if rf, ok := p.refunds[ref]; ok {
		return rf
	}
	for _, rec := range p.order {
		for _, rf := range rec.refunds {
			if ref != "" && rf.id == ref {
				return rf
			}
		}
	}
	return nil
}

// expireDue expires the authorisations whose ExpiresAt the clock has
// reached, earliest first, each with a webhook dated at its expiry. The
// caller holds p.mu.
func (p *Provider) expireDue() error {
	var due []*record
	for _, rec := range p.order {
		if (rec.stat == payment.RequiresCapture || rec.stat == payment.PartiallyCaptured) &&
			!rec.expiresAt.IsZero() && !rec.expiresAt.After(p.now) {
			due = append(due, rec)
		}
	}
	slices.SortStableFunc(due, func(a, b *record) int { return a.expiresAt.Compare(b.expiresAt) })
	for _, rec := range due {
		ev := event{change: changeExpired, rec: rec, amount: rec.capturable(), modRef: p.nextRef("mod", &p.seq.mod), at: rec.expiresAt}
		p.release(rec, payment.Expired, rec.expiresAt)
		if err := p.emit(ev); err != nil {
			return err
		}
	}
	return nil
}
