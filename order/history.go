package order

import (
	"slices"
	"time"

	"github.com/comptoir/comptoir/money"
	"github.com/shopspring/decimal"
)

// History is an order with the events that happened to it, in time order.
// It is a value: With returns a new History and leaves the receiver as it
// was.
//
// The events are kept sorted by At, events at the same instant in the order
// they were given, so every view is the same whatever order the events were
// appended in. The views derive everything from the events; the order only
// supplies what the events are measured against (the ordered quantities,
// the currency).
//
// The views assume a history that passes Validate; on an invalid one they
// return a best effort and never panic. They leave out the quantities
// Validate reports as out of range, so a hostile exponent cannot make them
// slow.
type History struct {
	order  Order
	events []Event
}

// NewHistory returns the history of o with the given events. The events'
// Lines slices are copied; the order is kept as given (its slices must not
// be modified, as for any placed order).
func NewHistory(o Order, events ...Event) History {
	return History{order: o}.With(events...)
}

// With returns a history with events added to h's. h is unchanged.
func (h History) With(events ...Event) History {
	all := make([]Event, 0, len(h.events)+len(events))
	all = append(all, h.events...)
	for _, e := range events {
		e.Lines = slices.Clone(e.Lines)
		all = append(all, e)
	}
	// Stable: ties keep insertion order; h.events is already sorted.
	slices.SortStableFunc(all, func(a, b Event) int { return a.At.Compare(b.At) })
	return History{order: h.order, events: all}
}

// Order returns the order the history belongs to.
func (h History) Order() Order { return h.order }

// Events returns the events in time order (ties in insertion order). The
// slice is a copy; the events' Lines must not be modified.
func (h History) Events() []Event { return slices.Clone(h.events) }

// Len returns the number of events.
func (h History) Len() int { return len(h.events) }

// Quantities are a line's quantities as the events tell them.
type Quantities struct {
	// Ordered is the line's quantity in the order.
	Ordered decimal.Decimal
	// Cancelled is the sum over the cancelled events.
	Cancelled decimal.Decimal
	// Shipped is the sum over the shipped events.
	Shipped decimal.Decimal
	// Delivered is the sum over the delivered events.
	Delivered decimal.Decimal
	// Returned is the sum over the returned events.
	Returned decimal.Decimal
}

// Quantities returns the quantities of the line with the given id; false
// when the order has no such line.
func (h History) Quantities(lineID string) (Quantities, bool) {
	l, ok := h.line(lineID)
	if !ok {
		return Quantities{}, false
	}
	var cancelled, shipped, delivered, returned decimal.Decimal
	for i := range h.events {
		e := &h.events[i]
		var dst *decimal.Decimal
		switch e.Kind {
		case KindCancelled:
			dst = &cancelled
		case KindShipped:
			dst = &shipped
		case KindDelivered:
			dst = &delivered
		case KindReturned:
			dst = &returned
		default:
			continue
		}
		for _, lq := range e.Lines {
			if lq.LineID == lineID {
				*dst = addQty(*dst, lq.Quantity)
			}
		}
	}
	return Quantities{
		Ordered: l.Quantity, Cancelled: cancelled, Shipped: shipped,
		Delivered: delivered, Returned: returned,
	}, true
}

// line returns the order's line with the given id, without copying it.
func (h History) line(id string) (*Line, bool) {
	for i := range h.order.Lines {
		if h.order.Lines[i].ID == id {
			return &h.order.Lines[i], true
		}
	}
	return nil, false
}

// progress follows one line's deliveries in DeliveredAt.
type progress struct {
	id      string
	ordered decimal.Decimal
	reached decimal.Decimal // cancelled, then plus each delivery
	done    bool
}

// DeliveredAt returns when the consumer had taken possession of every unit
// of the given lines (all lines when none are given): the time of the last
// delivery needed, that is the last parcel that carried them. This is the
// event that starts the withdrawal period for goods delivered separately,
// or for one good delivered in several lots.
//
// Units cancelled are not waited for. The result is false when a unit still
// due is not delivered yet, when a line id is unknown, or when nothing is
// due at all (every unit cancelled).
func (h History) DeliveredAt(lineIDs ...string) (time.Time, bool) {
	n := len(lineIDs)
	if n == 0 {
		n = len(h.order.Lines)
	}
	lines := make([]progress, 0, n)
	if len(lineIDs) == 0 {
		for _, l := range h.order.Lines {
			lines = append(lines, progress{id: l.ID, ordered: l.Quantity})
		}
	}
	for _, id := range lineIDs {
		l, ok := h.line(id)
		if !ok {
			return time.Time{}, false
		}
		lines = append(lines, progress{id: id, ordered: l.Quantity})
	}
	for _, p := range lines {
		if !decInRange(p.ordered) {
			return time.Time{}, false // an invalid order; Validate says so
		}
	}
	// Cancelled units count as reached: they are not waited for.
	for i := range h.events {
		if e := &h.events[i]; e.Kind == KindCancelled {
			for _, lq := range e.Lines {
				for k := range lines {
					if lines[k].id == lq.LineID {
						lines[k].reached = addQty(lines[k].reached, lq.Quantity)
					}
				}
			}
		}
	}
	var last time.Time
	due := false
	for k := range lines {
		p := &lines[k]
		if p.reached.Cmp(p.ordered) >= 0 {
			p.done = true // nothing due
			continue
		}
		due = true
	}
	if !due {
		return time.Time{}, false
	}
	for i := range h.events {
		e := &h.events[i]
		if e.Kind != KindDelivered {
			continue
		}
		for _, lq := range e.Lines {
			for k := range lines {
				p := &lines[k]
				if p.done || p.id != lq.LineID {
					continue
				}
				p.reached = addQty(p.reached, lq.Quantity)
				if p.reached.Cmp(p.ordered) >= 0 {
					p.done = true
					if e.At.After(last) {
						last = e.At
					}
				}
			}
		}
	}
	for k := range lines {
		if !lines[k].done {
			return time.Time{}, false
		}
	}
	return last, true
}

// FirstDeliveredAt returns when the first unit of the line was delivered:
// the start of the withdrawal period for a subscription (regular delivery
// of goods). False when none was delivered yet.
func (h History) FirstDeliveredAt(lineID string) (time.Time, bool) {
	for _, e := range h.events {
		if e.Kind != KindDelivered {
			continue
		}
		for _, lq := range e.Lines {
			if lq.LineID == lineID && lq.Quantity.Sign() > 0 {
				return e.At, true
			}
		}
	}
	return time.Time{}, false
}

// WithdrawalNotifiedAt returns when the consumer first notified a
// withdrawal; false when they never did.
func (h History) WithdrawalNotifiedAt() (time.Time, bool) {
	for _, e := range h.events {
		if e.Kind == KindWithdrawalNotified {
			return e.At, true
		}
	}
	return time.Time{}, false
}

// TotalPaid returns the sum of the paid events, in the order's currency
// (zero when nothing was paid). An amount in another currency gives a
// *money.MismatchError; an overflow, an error wrapping money.ErrOverflow.
func (h History) TotalPaid() (money.Money, error) { return h.total(KindPaid) }

// TotalRefunded returns the sum of the refunded events, in the order's
// currency (zero when nothing was refunded). Errors as for TotalPaid.
func (h History) TotalRefunded() (money.Money, error) { return h.total(KindRefunded) }

func (h History) total(k EventKind) (money.Money, error) {
	sum := money.Zero(h.order.Currency)
	for _, e := range h.events {
		if e.Kind != k {
			continue
		}
		s, err := sum.Add(e.Amount)
		if err != nil {
			return money.Money{}, err
		}
		sum = s
	}
	return sum, nil
}
