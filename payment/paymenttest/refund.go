package paymenttest

import (
	"context"
	"fmt"
	"time"
	"unicode/utf8"

	"github.com/comptoir/comptoir/payment"
)

// Refund refunds r.Amount of a captured payment as a refund
// "<name>_re_<n>": never more than is captured and neither refunded nor
// being refunded; less than all of it, or a second time, only with
// PartialRefund. The Config's RefundMode says whether the answer is
// pending or succeeded and when the refund settles. Scripted outcomes:
// Succeed, Decline (no refund is made), Async (pending until
// SettleRefund), Timeout.
func (p *Provider) Refund(ctx context.Context, r payment.RefundRequest) (payment.RefundObservation, error) {
	c := Request{Op: OpRefund, Key: r.IdempotencyKey, PSPReference: r.PSPReference, Request: r}
	ans, err := p.call(ctx, c, func() (answer, error) { return p.refundCall(r) })
	return ans.refund, err
}

// refundCall checks and applies a refund. The caller holds p.mu.
func (p *Provider) refundCall(r payment.RefundRequest) (answer, error) {
	rec, err := p.lookup(OpRefund, r.PSPReference)
	if err != nil {
		return answer{}, err
	}
	if err := p.checkRefund(rec, r); err != nil {
		return answer{}, err
	}
	o, lost := lostResponse(p.take(OpRefund))
	mode := p.cfg.Refunds
	switch o := o.(type) {
	case Succeed:
	case Async:
		mode = RefundsManual
	case Decline:
		d := payment.Declined{Code: o.Code, Message: o.Message, Retryable: o.Retryable}
		ro := payment.RefundObservation{RefundID: r.RefundID, Amount: r.Amount, Status: payment.RefundFailed, At: p.now}
		return answer{refund: ro, err: &d, lost: lost}, nil
	default:
		return answer{}, fmt.Errorf("%w: %T for Refund", ErrScript, o)
	}
	rf := &refundRecord{ref: p.nextRef("re", &p.seq.re), id: r.RefundID, payment: rec, amount: r.Amount, stat: payment.RefundPending, at: p.now}
	rec.refunds = append(rec.refunds, rf)
	p.refunds[rf.ref] = rf
	if mode == RefundsSync {
		rf.stat = payment.RefundSucceeded
	}
	if err := p.emit(event{change: changeRefund, rec: rec, refund: rf, amount: rf.amount, created: true, at: p.now}); err != nil {
		return answer{}, err
	}
	ans := answer{obs: rec.observation(), refund: rf.observation(), lost: lost}
	if mode == RefundsWebhook {
		if err := p.settleRefund(rf, payment.RefundSucceeded, p.now); err != nil {
			return answer{}, err
		}
	}
	return ans, nil
}

// checkRefund refuses what a PSP refuses before making a refund.
func (p *Provider) checkRefund(rec *record, r payment.RefundRequest) error {
	refuse := func(reason string, err error) error {
		return &RequestError{Op: OpRefund, Key: r.IdempotencyKey, PSPReference: rec.ref, Reason: reason, Err: err}
	}
	if err := checkAmount(r.Amount, rec); err != nil {
		return refuse(fmt.Sprintf("amount %v", r.Amount), err)
	}
	if rec.captured.IsZero() {
		return refuse("nothing captured", &payment.TransitionError{From: rec.stat, To: rec.stat, Why: "nothing captured to refund"})
	}
	if !utf8.ValidString(r.RefundID) {
		return refuse("refund id is not UTF-8", payment.ErrInvalidRequest)
	}
	left := rec.refundable()
	if c, _ := r.Amount.Cmp(left); c > 0 { // one currency, checked
		return refuse(fmt.Sprintf("%v exceeds the %v captured and not refunded", r.Amount, left), payment.ErrInvalidAmount)
	}
	refunded := rec.refundTotal(payment.RefundSucceeded, payment.RefundPending)
	if !p.caps.PartialRefund && (r.Amount != rec.captured || !refunded.IsZero()) {
		return refuse("partial refund", payment.ErrUnsupported)
	}
	return nil
}

// settleRefund moves a pending refund to stat and says so by webhook.
func (p *Provider) settleRefund(rf *refundRecord, stat payment.RefundStatus, at time.Time) error {
	rf.stat, rf.at = stat, at
	return p.emit(event{change: changeRefund, rec: rf.payment, refund: rf, amount: rf.amount, at: at})
}
