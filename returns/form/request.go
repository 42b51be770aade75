package form

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"

	"github.com/comptoir/comptoir/order"
)

// Withdrawn is what the consumer selects in the online withdrawal function:
// a line of the order and the quantity withdrawn. It is order.LineQuantity,
// so order.Units("L1", 1) builds one and the lines of a WithdrawalNotified
// event are the same values.
type Withdrawn = order.LineQuantity

// Line is one line withdrawn, described as the consumer saw it when buying.
type Line struct {
	// LineID is the id of the order's line.
	LineID string
	// SKU is the product reference, written after the name.
	SKU string
	// Name is the product's name as shown to the buyer.
	Name string
	// Supply tells goods from digital content and services.
	Supply Supply
	// Quantity is the number of units, or the amount for goods sold by
	// weight or length, withdrawn. Positive.
	Quantity decimal.Decimal
}

// Request is a withdrawal sent through the online withdrawal function
// (Directive 2011/83/EU art. 11a): what the consumer withdraws and when they
// sent it, with what the acknowledgement needs about the order. It is a
// value; NewRequest builds one that fits its order.
type Request struct {
	// ID identifies the withdrawal. NewRequest derives it from the order,
	// the time sent and the lines, so the same notice replayed with its
	// recorded time gets the same ID (a double click read from the clock
	// twice does not: deduplicate those with an idempotency key).
	ID uuid.UUID
	// OrderID is the order withdrawn from.
	OrderID uuid.UUID
	// OrderedAt is when the order was placed; zero when unknown.
	OrderedAt time.Time
	// Lines are the lines withdrawn, in the order's line order.
	Lines []Line
	// SentAt is when the consumer sent the withdrawal (confirmed it in the
	// function): the time that decides whether it was in time, and the one
	// the acknowledgement states.
	SentAt time.Time
	// Consumer is who withdraws.
	Consumer Consumer
}

// NewRequest records a withdrawal from order o sent at sentAt by consumer.
// Each line withdrawn must be a line of o, named once, with a positive
// quantity no larger than the quantity ordered, in whole units unless the
// line was ordered in a fractional amount (then with no more decimal places
// than the ordered amount). Lines are kept in the order's line order. To
// withdraw from everything, pass WholeOrder(o).
//
// Errors: a *LineError matching ErrUnknownLine, ErrDuplicateLine or
// ErrInvalidQuantity; a *FieldError (ErrInvalidField) for an order without
// id, a zero sentAt or one before the order was placed, or no lines.
//
// NewRequest does not decide whether the consumer has the right to withdraw
// (a consumer, within the period, lines not excepted by art. 16), nor
// subtract what was cancelled or withdrawn before: that is the withdrawal
// rules' business, which the request is then checked against.
func NewRequest(o order.Order, lines []Withdrawn, sentAt time.Time, consumer Consumer) (Request, error) {
	if err := checkRequestHeader(o, lines, sentAt); err != nil {
		return Request{}, err
	}
	out, err := withdrawnLines(o, lines)
	if err != nil {
		return Request{}, err
	}
	consumer.Address.Lines = slices.Clone(consumer.Address.Lines)
	return Request{
		ID:        requestID(o.ID, sentAt, out),
		OrderID:   o.ID,
		OrderedAt: o.PlacedAt,
		Lines:     out,
		SentAt:    sentAt,
		Consumer:  consumer,
	}, nil
}

// checkRequestHeader checks what NewRequest needs besides the lines.
func checkRequestHeader(o order.Order, lines []Withdrawn, sentAt time.Time) error {
	switch {
	case o.ID == uuid.Nil:
		return &FieldError{Field: "order.id", Reason: "missing"}
	case sentAt.IsZero():
		return &FieldError{Field: "sent_at", Reason: "missing"}
	case !o.PlacedAt.IsZero() && sentAt.Before(o.PlacedAt):
		return &FieldError{Field: "sent_at", Reason: "before the order was placed at " + o.PlacedAt.Format(time.RFC3339)}
	case len(lines) == 0:
		return &FieldError{Field: "lines", Reason: "nothing withdrawn (use WholeOrder to withdraw from every line)"}
	}
	return nil
}

// withdrawnLines checks each withdrawn line against o and returns them
// described, in o's line order.
func withdrawnLines(o order.Order, lines []Withdrawn) ([]Line, error) {
	index := make(map[string]int, len(o.Lines))
	for i, l := range o.Lines {
		if _, dup := index[l.ID]; !dup {
			index[l.ID] = i
		}
	}
	chosen := make(map[string]decimal.Decimal, len(lines))
	for i, w := range lines {
		pos, ok := index[w.LineID]
		_, dup := chosen[w.LineID]
		lineErr := &LineError{Index: i, LineID: w.LineID, Quantity: w.Quantity}
		switch {
		case !ok:
			lineErr.Err, lineErr.Reason = ErrUnknownLine, "the order has no such line"
			return nil, lineErr
		case dup:
			lineErr.Err, lineErr.Reason = ErrDuplicateLine, "named more than once"
			return nil, lineErr
		}
		ordered := o.Lines[pos].Quantity
		if why := checkQuantity(w.Quantity, ordered); why != "" {
			lineErr.Err, lineErr.Ordered, lineErr.Reason = ErrInvalidQuantity, ordered, why
			return nil, lineErr
		}
		chosen[w.LineID] = w.Quantity
	}
	out := make([]Line, 0, len(lines))
	for _, l := range o.Lines {
		q, ok := chosen[l.ID]
		if !ok {
			continue
		}
		delete(chosen, l.ID) // a repeated id in o describes one line only
		out = append(out, Line{LineID: l.ID, SKU: l.SKU, Name: l.Name, Supply: SupplyOf(l), Quantity: q})
	}
	return out, nil
}

// requestID derives the request's id from what identifies the notice: the
// order (as the name-space), the instant sent and the lines with their
// quantities, each length-prefixed so that no two notices share a text.
func requestID(orderID uuid.UUID, sentAt time.Time, lines []Line) uuid.UUID {
	var b strings.Builder
	b.WriteString("withdrawal;")
	b.WriteString(sentAt.UTC().Format(time.RFC3339Nano))
	for _, l := range lines {
		b.WriteByte(';')
		b.WriteString(strconv.Itoa(len(l.LineID)))
		b.WriteByte(':')
		b.WriteString(l.LineID)
		b.WriteByte('=')
		b.WriteString(l.Quantity.String())
	}
	return uuid.NewSHA1(orderID, []byte(b.String()))
}

// WholeOrder returns every line of o with its whole quantity: the
// withdrawal from the entire order.
func WholeOrder(o order.Order) []Withdrawn {
	out := make([]Withdrawn, len(o.Lines))
	for i, l := range o.Lines {
		out[i] = Withdrawn{LineID: l.ID, Quantity: l.Quantity}
	}
	return out
}

// Event returns the order event that records the request in the order's
// History: a withdrawal notified at SentAt, naming each line and quantity.
func (r Request) Event() order.Event {
	lq := make([]order.LineQuantity, len(r.Lines))
	for i, l := range r.Lines {
		lq[i] = order.LineQuantity{LineID: l.LineID, Quantity: l.Quantity}
	}
	return order.WithdrawalNotified(r.SentAt, lq...)
}
