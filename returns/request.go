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

// Units are a quantity of one order line: order.LineQuantity, so a
// request, its refund (refund.Unit) and its withdrawal notice
// (form.Withdrawn) name units alike.
type Units = order.LineQuantity

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
	for i, rc := range received {
		if !r.requests(rc.LineID) || rc.Quantity.Sign() <= 0 || !validCondition(rc.Condition) {
			return fmt.Errorf("%w: received[%d]: line %q, %s units, condition %q", ErrInvalidInput, i, rc.LineID, rc.Quantity, rc.Condition)
		}
	}
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
	r.Received = append([]Received(nil), received...)
	return nil
}

func (r *Request) requests(lineID string) bool {
	for _, u := range r.Lines {
		if u.LineID == lineID {
			return true
		}
	}
	return false
}

func validCondition(c Condition) bool {
	switch c {
	case AsNew, Handled, Damaged, Missing, Mismatch:
		return true
	}
	return false
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
// not refused. Units are whole units; a line sold by weight or length is
// returned whole. A Book is not safe for concurrent use.
type Book struct {
	Order    order.Order
	Requests []*Request
}

// Open records a new request for units of the order's lines.
func (b *Book) Open(id string, lines []Units, at time.Time) (*Request, error) {
	if id == "" || len(lines) == 0 || at.IsZero() {
		return nil, fmt.Errorf("%w: a request needs an id, lines and a time", ErrInvalidInput)
	}
	if _, dup := b.Request(id); dup {
		return nil, fmt.Errorf("%w: request %q exists", ErrInvalidInput, id)
	}
	seen := map[string]bool{}
	for _, u := range lines {
		if seen[u.LineID] {
			return nil, fmt.Errorf("%w: line %s named twice", ErrInvalidInput, u.LineID)
		}
		seen[u.LineID] = true
		if err := b.checkUnits(u); err != nil {
			return nil, err
		}
	}
	r := &Request{ID: id, Lines: append([]Units(nil), lines...), Steps: []Step{{Status: Requested, At: at}}}
	b.Requests = append(b.Requests, r)
	return r, nil
}

// checkUnits checks a quantity against the line: positive, whole units
// (the whole line for goods sold by measure), within what is left.
func (b *Book) checkUnits(u Units) error {
	l, ok := b.line(u.LineID)
	if !ok {
		return fmt.Errorf("%w: no line %q in order %s", ErrInvalidInput, u.LineID, b.Order.ID)
	}
	if u.Quantity.Exponent() < -18 || u.Quantity.Sign() <= 0 {
		return fmt.Errorf("%w: line %s: quantity %s", ErrInvalidInput, u.LineID, u.Quantity)
	}
	if l.Quantity.IsInteger() && !u.Quantity.IsInteger() {
		return fmt.Errorf("%w: line %s: %s is not a whole number of units", ErrInvalidInput, u.LineID, u.Quantity)
	}
	if !l.Quantity.IsInteger() && !u.Quantity.Equal(l.Quantity) {
		return fmt.Errorf("%w: line %s is sold by measure and returns whole (%s)", ErrInvalidInput, u.LineID, l.Quantity)
	}
	left, err := b.Left(u.LineID)
	if err != nil {
		return err
	}
	if u.Quantity.GreaterThan(left) {
		return fmt.Errorf("%w: line %s: %s asked, %s left", ErrTooMany, u.LineID, u.Quantity, left)
	}
	return nil
}

func (b *Book) line(id string) (order.Line, bool) {
	for _, l := range b.Order.Lines {
		if l.ID == id {
			return l, true
		}
	}
	return order.Line{}, false
}

// Left is what of a line is not covered by a request that was not
// refused.
func (b *Book) Left(lineID string) (decimal.Decimal, error) {
	l, ok := b.line(lineID)
	if !ok {
		return decimal.Zero, fmt.Errorf("%w: no line %q in order %s", ErrInvalidInput, lineID, b.Order.ID)
	}
	left := l.Quantity
	for _, r := range b.Requests {
		if r.Status() == Refused {
			continue
		}
		for _, u := range r.Lines {
			if u.LineID == lineID {
				left = left.Sub(u.Quantity)
			}
		}
	}
	return left, nil
}

// Request returns the request with id.
func (b *Book) Request(id string) (*Request, bool) {
	for _, r := range b.Requests {
		if r.ID == id {
			return r, true
		}
	}
	return nil, false
}
