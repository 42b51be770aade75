package paymenttest

import (
	"fmt"
	"slices"
)

// Op names an operation of the provider, for Script, Fail, FailNext,
// Calls and Requests.
type Op string

// The operations of payment.Provider that the fake counts.
const (
	OpAuthorize Op = "Authorize"
	OpCapture   Op = "Capture"
	OpVoid      Op = "Void"
	OpRefund    Op = "Refund"
	OpStatus    Op = "Status"
	// All stands for every operation, in Fail, FailNext and Calls.
	All Op = "*"
)

// ops lists the operations, for All.
func ops() []Op { return []Op{OpAuthorize, OpCapture, OpVoid, OpRefund, OpStatus} }

// Outcome is how the provider answers the next call of an operation (see
// Provider.Script): Succeed, Decline, RequireThreeDS, Timeout or Async.
type Outcome interface {
	// check says whether the outcome is possible for op.
	check(op Op) error
}

// Succeed answers as the PSP does when all goes well. It is the outcome
// of every call nothing is scripted for.
type Succeed struct{}

// Decline refuses the call as the issuer or the PSP does: Authorize
// records a failed payment (requires_payment_method, with the decline) and
// returns a *payment.Declined; Capture and Refund change nothing and
// return it. Code is required ("card_declined", "insufficient_funds").
type Decline struct {
	Code, Message string
	// Retryable: the same payment may succeed later (insufficient funds).
	Retryable bool
}

// RequireThreeDS makes Authorize answer that the buyer must authenticate:
// the payment is recorded in requires_action and the call returns its
// Observation with a *payment.AuthenticationRequired. CompleteThreeDS
// finishes it.
type RequireThreeDS struct {
	// URL is where the buyer authenticates (zero: a URL derived from the
	// payment's reference).
	URL string
}

// Timeout makes the call fail with a *payment.Transient wrapping
// context.DeadlineExceeded, as a client timing out does.
type Timeout struct {
	// LostResponse: the request reached the PSP, which did the work and
	// kept its answer under the idempotency key; only the response was
	// lost. A retry with the same key gets the kept answer and does
	// nothing twice. Without it the request was lost: nothing happened,
	// and a retry is a new call.
	LostResponse bool
	// Recorded is what the PSP did with a request whose response was
	// lost (zero: Succeed). It may not be a Timeout.
	Recorded Outcome
}

// Async makes Authorize answer processing (bank debits stay there for
// days) until Settle completes the payment, and Refund answer pending
// until SettleRefund, whatever the refund mode.
type Async struct{}

func (Succeed) check(Op) error { return nil }

func (d Decline) check(op Op) error {
	if d.Code == "" {
		return fmt.Errorf("%w: a decline needs a code", ErrScript)
	}
	return allow(op, "Decline", OpAuthorize, OpCapture, OpRefund)
}

func (RequireThreeDS) check(op Op) error { return allow(op, "RequireThreeDS", OpAuthorize) }

func (t Timeout) check(op Op) error {
	switch t.Recorded.(type) {
	case nil:
		return nil
	case Timeout:
		return fmt.Errorf("%w: a timeout cannot record a timeout", ErrScript)
	}
	return t.Recorded.check(op)
}

func (Async) check(op Op) error { return allow(op, "Async", OpAuthorize, OpRefund) }

// allow accepts op when it is one of the operations an outcome fits.
func allow(op Op, name string, fits ...Op) error {
	if slices.Contains(fits, op) {
		return nil
	}
	return fmt.Errorf("%w: %s for %s", ErrScript, name, op)
}

// lostResponse reports whether o is a timeout after the PSP did the work,
// and what it did.
func lostResponse(o Outcome) (Outcome, bool) {
	t, ok := o.(Timeout)
	if !ok || !t.LostResponse {
		return o, false
	}
	if t.Recorded == nil {
		return Succeed{}, true
	}
	return t.Recorded, true
}

// Script queues outcomes for the next calls of op, after those already
// queued: each call that reaches the PSP takes the next one, and answers
// Succeed when none is left. A replayed idempotency key takes none (the
// PSP answers from its records); a lost-request Timeout is taken before
// anything else is checked; a request the PSP refuses as invalid leaves
// the queue as it is. An outcome op cannot have is an error matching
// ErrScript, and nothing is queued.
func (p *Provider) Script(op Op, outcomes ...Outcome) error {
	if !slices.Contains(ops(), op) {
		return fmt.Errorf("%w: unknown operation %q", ErrScript, op)
	}
	for i, o := range outcomes {
		if o == nil {
			return fmt.Errorf("%w: outcome %d is nil", ErrScript, i)
		}
		if err := o.check(op); err != nil {
			return err
		}
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.scripts[op] = append(p.scripts[op], outcomes...)
	return nil
}

// Scripted returns how many outcomes are still queued for op.
func (p *Provider) Scripted(op Op) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.scripts[op])
}

// peek returns the next outcome of op without taking it.
func (p *Provider) peek(op Op) Outcome {
	if q := p.scripts[op]; len(q) > 0 {
		return q[0]
	}
	return Succeed{}
}

// take removes and returns the next outcome of op.
func (p *Provider) take(op Op) Outcome {
	o := p.peek(op)
	if q := p.scripts[op]; len(q) > 0 {
		p.scripts[op] = q[1:]
	}
	return o
}
