package returns

import (
	"errors"
	"fmt"
	"time"

	"github.com/shopspring/decimal"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/order"
)

// Status is a return request's status.
type Status string

// The statuses, in lifecycle order.
const (
	Requested     Status = "requested"
	Accepted      Status = "accepted"
	Refused       Status = "refused"
	GoodsSent     Status = "goods_sent"
	GoodsReceived Status = "goods_received"
	Refunded      Status = "refunded"
)

// next lists the statuses that may follow each status. Goods may arrive
// without a proof of sending having been recorded.
func next(s Status) []Status {
	switch s {
	case Requested:
		return []Status{Accepted, Refused}
	case Accepted:
		return []Status{GoodsSent, GoodsReceived, Refunded}
	case GoodsSent:
		return []Status{GoodsReceived, Refunded}
	case GoodsReceived:
		return []Status{Refunded}
	}
	return nil
}

// Errors of return requests.
var (
	// ErrIllegalTransition: a move the lifecycle forbids (TransitionError).
	ErrIllegalTransition = errors.New("returns: illegal transition")
	// ErrTooMany: more units than the order has left to return.
	ErrTooMany = errors.New("returns: more units than left to return")
)

// TransitionError is a move the lifecycle forbids.
type TransitionError struct{ From, To Status }

// Error names the move.
func (e *TransitionError) Error() string {
	return fmt.Sprintf("returns: a request %s cannot become %s", e.From, e.To)
}

// Is reports whether target is ErrIllegalTransition.
func (e *TransitionError) Is(target error) bool { return target == ErrIllegalTransition }

// Units are a quantity of one order line.
type Units struct {
	LineID   string
	Quantity decimal.Decimal
}

// Condition is the state a returned unit arrived in.
type Condition string

// Conditions.
const (
	AsNew    Condition = "as_new"
	Handled  Condition = "handled"  // beyond what trying needs: a deduction may apply
	Damaged  Condition = "damaged"  // a deduction may apply
	Missing  Condition = "missing"  // announced, not in the parcel
	Mismatch Condition = "mismatch" // not the item sold
)

// Received is the condition of units of one line as received.
type Received struct {
	Units
	Condition Condition
	Note      string
}

// Step is a status a request reached, when.
type Step struct {
	Status Status
	At     time.Time
}

// Request is one return request of an order: what the consumer returns,
// and where it stands. Several requests may cover one order (partial
// returns). A Request is a value to store; change it through its methods.
type Request struct {
	ID    string
	Lines []Units
	Steps []Step
	// Refusal is why the request was refused.
	Refusal string
	// Proof is the proof of sending (a carrier's tracking number).
	Proof    string
	Received []Received
	// RefundedAmount is what was refunded for it.
	RefundedAmount money.Money
}

// Status is the request's current status.
func (r *Request) Status() Status {
	if len(r.Steps) == 0 {
		return ""
	}
	return r.Steps[len(r.Steps)-1].Status
}

// At returns when the request reached status s.
func (r *Request) At(s Status) (time.Time, bool) {
	for _, st := range r.Steps {
		if st.Status == s {
			return st.At, true
		}
	}
	return time.Time{}, false
}

func (r *Request) move(to Status, at time.Time) error {
	from := r.Status()
	for _, s := range next(from) {
		if s == to {
			if at.IsZero() {
				return fmt.Errorf("%w: no time for %s", ErrInvalidInput, to)
			}
			r.Steps = append(r.Steps, Step{Status: to, At: at})
			return nil
		}
	}
	return &TransitionError{From: from, To: to}
}

// Accept accepts the request.
func (r *Request) Accept(at time.Time) error { return r.move(Accepted, at) }

// Refuse refuses the request, with the reason the consumer is given (the
// period ended; the line carries no right, art. 16).
func (r *Request) Refuse(reason string, at time.Time) error {
	if reason == "" {
		return fmt.Errorf("%w: a refusal needs a reason", ErrInvalidInput)
	}
	if err := r.move(Refused, at); err != nil {
		return err
	}
	r.Refusal = reason
	return nil
}

// Sent records the consumer's proof of sending.
func (r *Request) Sent(proof string, at time.Time) error {
	if proof == "" {
		return fmt.Errorf("%w: no proof of sending", ErrInvalidInput)
	}
	if err := r.move(GoodsSent, at); err != nil {
		return err
	}
	r.Proof = proof
	return nil
}

// Receive records the goods received back, with the condition of each
// line's units; the units received must be the units requested.
func (r *Request) Receive(received []Received, at time.Time) error {
	for _, u := range r.Lines {
		got := decimal.Zero
		for _, rc := range received {
			if rc.LineID == u.LineID {
				got = got.Add(rc.Quantity)
			}
		}
		if !got.Equal(u.Quantity) {
			return fmt.Errorf("%w: line %s: %s units received, %s requested", ErrInvalidInput, u.LineID, got, u.Quantity)
		}
	}
	if err := r.move(GoodsReceived, at); err != nil {
		return err
	}
	r.Received = received
	return nil
}

// Refund records the refund made for the request.
func (r *Request) Refund(amount money.Money, at time.Time) error {
	if amount.Sign() < 0 {
		return fmt.Errorf("%w: refund of %v", ErrInvalidInput, amount)
	}
	if err := r.move(Refunded, at); err != nil {
		return err
	}
	r.RefundedAmount = amount
	return nil
}

// Book holds the return requests of one order and keeps them within what
// the order sold: a unit is returned once, across every request that was
// not refused.
type Book struct {
	Order    order.Order
	Requests []Request
}

// Open records a new request for units of the order's lines.
func (b *Book) Open(id string, lines []Units, at time.Time) (*Request, error) {
	if id == "" || len(lines) == 0 || at.IsZero() {
		return nil, fmt.Errorf("%w: a request needs an id, lines and a time", ErrInvalidInput)
	}
	for _, r := range b.Requests {
		if r.ID == id {
			return nil, fmt.Errorf("%w: request %q exists", ErrInvalidInput, id)
		}
	}
	for _, u := range lines {
		left, err := b.Left(u.LineID)
		if err != nil {
			return nil, err
		}
		if u.Quantity.Sign() <= 0 || u.Quantity.GreaterThan(left) {
			return nil, fmt.Errorf("%w: line %s: %s asked, %s left", ErrTooMany, u.LineID, u.Quantity, left)
		}
	}
	b.Requests = append(b.Requests, Request{ID: id, Lines: append([]Units(nil), lines...), Steps: []Step{{Status: Requested, At: at}}})
	return &b.Requests[len(b.Requests)-1], nil
}

// Left is what of a line is not covered by a request that was not
// refused.
func (b *Book) Left(lineID string) (decimal.Decimal, error) {
	var ordered decimal.Decimal
	found := false
	for _, l := range b.Order.Lines {
		if l.ID == lineID {
			ordered, found = l.Quantity, true
		}
	}
	if !found {
		return decimal.Zero, fmt.Errorf("%w: no line %q in order %s", ErrInvalidInput, lineID, b.Order.ID)
	}
	for _, r := range b.Requests {
		if r.Status() == Refused {
			continue
		}
		for _, u := range r.Lines {
			if u.LineID == lineID {
				ordered = ordered.Sub(u.Quantity)
			}
		}
	}
	return ordered, nil
}

// Request returns the request with id.
func (b *Book) Request(id string) (*Request, bool) {
	for i := range b.Requests {
		if b.Requests[i].ID == id {
			return &b.Requests[i], true
		}
	}
	return nil, false
}
