package paymenttest

import (
	"context"
	"fmt"
	"unicode/utf8"

	"github.com/comptoir/comptoir/payment"
)

// Authorize creates a payment "<name>_pay_<n>" and answers with the next
// scripted outcome: Succeed authorises it (manual capture: requires_capture
// until ExpiresAt; automatic: succeeded, captured at once), Decline,
// RequireThreeDS, Async or Timeout. The request needs an idempotency key,
// a reference, a positive amount, a capture method and a method the
// provider takes (manual capture only if it can); otherwise it is a
// *RequestError and nothing is created.
func (p *Provider) Authorize(ctx context.Context, r payment.AuthorizeRequest) (payment.Observation, error) {
	ans, err := p.call(ctx, Request{Op: OpAuthorize, Key: r.IdempotencyKey, Request: r}, func() (answer, error) {
		return p.authorizeCall(r)
	})
	return ans.obs, err
}

// authorizeCall checks the request, creates the payment and applies the
// outcome. The caller holds p.mu.
func (p *Provider) authorizeCall(r payment.AuthorizeRequest) (answer, error) {
	if err := p.checkAuthorize(r); err != nil {
		return answer{}, err
	}
	o, lost := lostResponse(p.take(OpAuthorize))
	rec := newRecord(p.nextRef("pay", &p.seq.pay), r, p.now)
	ev := event{rec: rec, amount: r.Amount, at: p.now}
	var declined error
	switch o := o.(type) {
	case Succeed:
		p.authorize(rec, p.now)
		ev.change = changeAuthorized
	case Decline:
		d := payment.Declined{Code: o.Code, Message: o.Message, Retryable: o.Retryable}
		rec.fail(d, p.now)
		ev.change, declined = changeFailed, &d
	case RequireThreeDS:
		action := payment.NextAction{Kind: payment.ActionThreeDS, URL: o.URL}
		if action.URL == "" {
			action.URL = fmt.Sprintf("https://psp.example/%s/3ds/%s", p.name, rec.ref)
		}
		rec.stat, rec.next = payment.RequiresAction, &action
		ev.change, declined = changeAction, &payment.AuthenticationRequired{Action: action}
	case Async:
		rec.stat = payment.Processing
		ev.change = changeProcessing
	default:
		p.seq.pay--
		return answer{}, fmt.Errorf("%w: %T for Authorize", ErrScript, o)
	}
	p.payments[rec.ref] = rec
	p.order = append(p.order, rec)
	if err := p.emit(ev); err != nil {
		return answer{}, err
	}
	return answer{obs: rec.observation(), err: declined, lost: lost}, nil
}

// checkAuthorize refuses what a PSP refuses before creating a payment.
func (p *Provider) checkAuthorize(r payment.AuthorizeRequest) error {
	refuse := func(reason string, err error) error {
		return &RequestError{Op: OpAuthorize, Key: r.IdempotencyKey, Reason: reason, Err: err}
	}
	switch {
	case r.Amount.Currency().IsZero() || r.Amount.Sign() <= 0:
		return refuse(fmt.Sprintf("amount %v", r.Amount), payment.ErrInvalidAmount)
	case r.Reference == "" || !utf8.ValidString(r.Reference):
		return refuse("no reference, or one that is not UTF-8", payment.ErrInvalidRequest)
	case r.Capture != payment.CaptureAutomatic && r.Capture != payment.CaptureManual:
		return refuse(fmt.Sprintf("capture method %q", r.Capture), payment.ErrInvalidRequest)
	case !p.caps.Takes(r.Method):
		return refuse(fmt.Sprintf("method %q", r.Method), payment.ErrUnsupported)
	case r.Capture == payment.CaptureManual && !p.caps.ManualCapture:
		return refuse("manual capture", payment.ErrUnsupported)
	}
	return nil
}
