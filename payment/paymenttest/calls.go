package paymenttest

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"time"

	"github.com/comptoir/comptoir/payment"
)

// Request is one call made to the provider, as Requests lists them.
type Request struct {
	Op Op
	// Key is the idempotency key ("" for Status).
	Key string
	// PSPReference is the payment the call was about, or the one it
	// created.
	PSPReference string
	// Request is the request as received: a payment.AuthorizeRequest,
	// CaptureRequest, VoidRequest or RefundRequest; for Status the
	// reference asked about, a string.
	Request any
	// At is the provider's clock when the call was made.
	At time.Time
	// Replay: answered from what the idempotency key kept, without doing
	// anything.
	Replay bool
	// Err is the error the call returned, nil on success.
	Err error
}

// answer is a call's answer: what the PSP keeps under the idempotency key
// and returns to a replay.
type answer struct {
	obs    payment.Observation
	refund payment.RefundObservation
	// err is a decline or an authentication request: part of the answer.
	err error
	// lost: the PSP did the work but the response never arrived.
	lost bool
}

// kept is an answer under an idempotency key, with the request it
// answered, so that a reuse with other parameters can be told.
type kept struct {
	op  Op
	req any
	ans answer
}

// call runs one call under the provider's lock: it is counted and listed,
// then admitted (context, injected failure, lost request, idempotency
// key), then exec checks the request and acts. The answer is kept under
// the key, and returned, or lost behind a timeout.
func (p *Provider) call(ctx context.Context, c Request, exec func() (answer, error)) (answer, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	c.At = p.now
	p.requests = append(p.requests, c)
	i := len(p.requests) - 1
	ans, err := p.admitAndExec(ctx, &p.requests[i], exec)
	if p.requests[i].PSPReference == "" {
		p.requests[i].PSPReference = ans.obs.PSPReference
	}
	p.requests[i].Err = err
	return ans, err
}

// admitAndExec is the body of call. The caller holds p.mu.
func (p *Provider) admitAndExec(ctx context.Context, c *Request, exec func() (answer, error)) (answer, error) {
	k, err := p.admit(ctx, c)
	switch {
	case err != nil:
		return answer{}, err
	case k != nil:
		c.Replay = true
		ans := k.ans.clone()
		return ans, ans.err
	}
	ans, err := exec()
	if err != nil {
		return answer{}, err // refused: nothing kept, the key stays free
	}
	if c.Key != "" {
		k := kept{op: c.Op, req: c.Request, ans: ans.clone()}
		k.ans.lost = false // a replay gets the answer itself
		p.keys[c.Key] = k
	}
	if ans.lost {
		return answer{}, timeout(c.Op, lostWhat(ans))
	}
	return ans, ans.err
}

// admit counts the call and decides whether it reaches the PSP: a done
// context, an injected failure or a lost-request timeout stop it; a key
// already used returns what it kept, or a conflict. The caller holds p.mu.
func (p *Provider) admit(ctx context.Context, c *Request) (*kept, error) {
	p.faults.Count(c.Op)
	if err := ctx.Err(); err != nil {
		return nil, &payment.Transient{Err: err}
	}
	if err := p.faults.Injected(c.Op, All); err != nil {
		return nil, err
	}
	if t, ok := p.peek(c.Op).(Timeout); ok && !t.LostResponse {
		p.take(c.Op)
		return nil, timeout(c.Op, "the request was lost")
	}
	if c.Op == OpStatus {
		return nil, nil
	}
	if c.Key == "" {
		return nil, &RequestError{Op: c.Op, PSPReference: c.PSPReference, Reason: "no idempotency key", Err: payment.ErrInvalidRequest}
	}
	k, ok := p.keys[c.Key]
	switch {
	case !ok:
		return nil, nil
	case k.op != c.Op || !reflect.DeepEqual(k.req, c.Request):
		return nil, &RequestError{Op: c.Op, Key: c.Key, PSPReference: c.PSPReference,
			Reason: fmt.Sprintf("key %q was used for another %s request", c.Key, k.op), Err: payment.ErrIdempotencyConflict}
	}
	return &k, nil
}

// lostWhat says what the PSP did before the response was lost.
func lostWhat(ans answer) string {
	ref := ans.refund.PSPReference
	if ref == "" {
		ref = ans.obs.PSPReference
	}
	if ref == "" {
		return "after the provider answered"
	}
	return "after the provider recorded " + ref
}

// timeout is the error of a call whose response never came.
func timeout(op Op, why string) error {
	return &payment.Transient{Err: fmt.Errorf("paymenttest: %s timed out (%s): %w", op, why, context.DeadlineExceeded)}
}

// clone deep-copies an answer, so that what is kept and what callers get
// share nothing.
func (a answer) clone() answer {
	a.obs = cloneObservation(a.obs)
	switch e := a.err.(type) {
	case *payment.Declined:
		d := *e
		a.err = &d
	case *payment.AuthenticationRequired:
		x := *e
		a.err = &x
	}
	return a
}

// cloneObservation deep-copies an observation's pointers and slices.
func cloneObservation(o payment.Observation) payment.Observation {
	if o.NextAction != nil {
		n := *o.NextAction
		o.NextAction = &n
	}
	if o.Decline != nil {
		d := *o.Decline
		o.Decline = &d
	}
	o.Refunds = slices.Clone(o.Refunds)
	return o
}

// Calls returns how many calls of op were made (All: of every operation),
// replays and failures included.
func (p *Provider) Calls(op Op) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	if op != All {
		return p.faults.Calls(op)
	}
	return p.faults.Total()
}

// Requests returns every call made so far, in order (a copy).
func (p *Provider) Requests() []Request {
	p.mu.Lock()
	defer p.mu.Unlock()
	return slices.Clone(p.requests)
}

// Fail makes every call of op (All: of every operation) fail with err
// from now on, before reaching the PSP: nothing changes, nothing is kept
// under the key. A nil err stops it. The error is returned as is: wrap it
// in a *payment.Transient, or return a *payment.Declined, to choose how
// the library takes it.
func (p *Provider) Fail(op Op, err error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.faults.Fail(op, err)
}

// FailNext makes the next call of op (All: of any operation) fail with
// err, once (see Fail). Several queue up in order; a nil err is ignored.
func (p *Provider) FailNext(op Op, err error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.faults.FailNext(op, err)
}
