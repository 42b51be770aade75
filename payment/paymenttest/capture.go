package paymenttest

import (
	"context"
	"fmt"
	"time"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/payment"
)

// Capture captures r.Amount of an authorised payment: at most what is
// authorised and neither captured nor released (unless AllowOvercapture),
// less than that only with PartialCapture, again only with
// MultipleCapture. A final capture, or any capture by a provider without
// MultipleCapture, releases the rest. The payment is then succeeded, or
// partially_captured while something is left. Scripted outcomes: Succeed,
// Decline (nothing changes), Timeout.
func (p *Provider) Capture(ctx context.Context, r payment.CaptureRequest) (payment.Observation, error) {
	c := Request{Op: OpCapture, Key: r.IdempotencyKey, PSPReference: r.PSPReference, Request: r}
	ans, err := p.call(ctx, c, func() (answer, error) { return p.captureCall(r) })
	return ans.obs, err
}

// captureCall checks and applies a capture. The caller holds p.mu.
func (p *Provider) captureCall(r payment.CaptureRequest) (answer, error) {
	rec, err := p.lookup(OpCapture, r.PSPReference)
	if err != nil {
		return answer{}, err
	}
	total, err := p.checkCapture(rec, r)
	if err != nil {
		return answer{}, err
	}
	o, lost := lostResponse(p.take(OpCapture))
	switch o := o.(type) {
	case Succeed:
	case Decline:
		d := payment.Declined{Code: o.Code, Message: o.Message, Retryable: o.Retryable}
		return answer{obs: rec.observation(), err: &d, lost: lost}, nil
	default:
		return answer{}, fmt.Errorf("%w: %T for Capture", ErrScript, o)
	}
	rest, _ := rec.capturable().Sub(r.Amount) // one currency, checked
	rec.captured, rec.at = total, p.now
	if (r.Final || !p.caps.MultipleCapture) && rest.Sign() > 0 {
		rec.released, _ = rec.released.Add(rest) // within what is authorised
	}
	rec.stat = payment.PartiallyCaptured
	if rec.capturable().IsZero() {
		rec.stat = payment.Succeeded
	}
	ev := event{change: changeCaptured, rec: rec, amount: r.Amount, modRef: p.nextRef("mod", &p.seq.mod), at: p.now}
	if err := p.emit(ev); err != nil {
		return answer{}, err
	}
	return answer{obs: rec.observation(), lost: lost}, nil
}

// checkCapture refuses what a PSP refuses, and returns the captured total
// the capture would make.
func (p *Provider) checkCapture(rec *record, r payment.CaptureRequest) (money.Money, error) {
	refuse := func(reason string, err error) (money.Money, error) {
		return money.Money{}, &RequestError{Op: OpCapture, Key: r.IdempotencyKey, PSPReference: rec.ref, Reason: reason, Err: err}
	}
	if err := checkAmount(r.Amount, rec); err != nil {
		return refuse(fmt.Sprintf("amount %v", r.Amount), err)
	}
	over := p.cfg.AllowOvercapture
	switch st := rec.stat; {
	case st == payment.RequiresCapture || st == payment.PartiallyCaptured:
	case over && st == payment.Succeeded && !rec.authorized.IsZero():
	default:
		return refuse("nothing to capture", &payment.TransitionError{From: st, To: payment.PartiallyCaptured, Why: "not authorised"})
	}
	left := rec.capturable()
	c, _ := r.Amount.Cmp(left) // one currency, checked
	switch {
	case c > 0 && !over:
		return refuse(fmt.Sprintf("%v exceeds the %v left", r.Amount, left), payment.ErrInvalidAmount)
	case c < 0 && !p.caps.PartialCapture:
		return refuse("partial capture", payment.ErrUnsupported)
	}
	total, err := rec.captured.Add(r.Amount)
	if err != nil {
		return refuse("captured total", err)
	}
	return total, nil
}

// checkAmount refuses an amount that is not positive or not in the
// payment's currency.
func checkAmount(m money.Money, rec *record) error {
	cur := rec.req.Amount.Currency()
	switch {
	case m.Sign() <= 0:
		return fmt.Errorf("%w: %v is not positive", payment.ErrInvalidAmount, m)
	case m.Currency() != cur:
		return fmt.Errorf("%w: %v on a %s payment", money.ErrCurrencyMismatch, m, cur.Code())
	}
	return nil
}

// Void releases what is authorised and not captured: a payment with
// nothing captured is then canceled, a partly captured one succeeded with
// what was captured. A payment waiting for 3-D Secure is canceled too.
// Scripted outcomes: Succeed, Timeout.
func (p *Provider) Void(ctx context.Context, r payment.VoidRequest) (payment.Observation, error) {
	c := Request{Op: OpVoid, Key: r.IdempotencyKey, PSPReference: r.PSPReference, Request: r}
	ans, err := p.call(ctx, c, func() (answer, error) { return p.voidCall(r) })
	return ans.obs, err
}

// voidCall checks and applies a void. The caller holds p.mu.
func (p *Provider) voidCall(r payment.VoidRequest) (answer, error) {
	rec, err := p.lookup(OpVoid, r.PSPReference)
	if err != nil {
		return answer{}, err
	}
	switch rec.stat {
	case payment.RequiresCapture, payment.PartiallyCaptured, payment.RequiresAction:
	default:
		return answer{}, &RequestError{Op: OpVoid, Key: r.IdempotencyKey, PSPReference: rec.ref, Reason: "nothing to void",
			Err: &payment.TransitionError{From: rec.stat, To: payment.Canceled, Why: "not authorised"}}
	}
	o, lost := lostResponse(p.take(OpVoid))
	if _, ok := o.(Succeed); !ok {
		return answer{}, fmt.Errorf("%w: %T for Void", ErrScript, o)
	}
	ev := event{change: changeVoided, rec: rec, amount: rec.capturable(), modRef: p.nextRef("mod", &p.seq.mod), at: p.now}
	if rec.stat == payment.RequiresAction {
		ev.amount = rec.req.Amount
	}
	p.release(rec, payment.Canceled, p.now)
	if err := p.emit(ev); err != nil {
		return answer{}, err
	}
	return answer{obs: rec.observation(), lost: lost}, nil
}

// release gives back the uncaptured rest of a payment: it ends as ended
// (canceled, expired) when nothing was captured, succeeded otherwise.
func (p *Provider) release(rec *record, ended payment.Status, at time.Time) {
	rec.released, _ = rec.released.Add(rec.capturable()) // within what is authorised
	rec.next, rec.at = nil, at
	rec.stat = ended
	if !rec.captured.IsZero() {
		rec.stat = payment.Succeeded
	}
}
