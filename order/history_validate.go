package order

import (
	"time"

	"github.com/comptoir/comptoir/money"
	"github.com/shopspring/decimal"
)

// eventFields says which fields a kind uses.
type eventFields struct {
	lines, needLines, parcel, amount, proof bool
}

func fieldsOf(k EventKind) eventFields {
	switch k {
	case KindPaid, KindRefunded:
		return eventFields{amount: true}
	case KindShipped:
		return eventFields{lines: true, needLines: true, parcel: true}
	case KindDelivered:
		return eventFields{lines: true, needLines: true, parcel: true, proof: true}
	case KindCancelled, KindReturned:
		return eventFields{lines: true, needLines: true}
	case KindWithdrawalNotified:
		return eventFields{lines: true}
	}
	return eventFields{} // placed
}

// lineState is a line's running quantities while the events are replayed.
type lineState struct {
	ordered                                 decimal.Decimal
	ok                                      bool // the ordered quantity is usable
	shipped, delivered, cancelled, returned decimal.Decimal
}

// Validate checks the events against the order and against each other,
// replaying them in time order, and returns nil or a *ValidationError
// (matching ErrInvalidHistory) listing every problem. Paths index Events():
// "events[3].lines[0].quantity". It does not validate the order itself; use
// Order.Validate for that.
//
//   - every event has a known kind and a time; none but a payment precedes
//     the order's placing (a payment may be captured just before the order
//     is recorded); a placed event, if any, is unique and at PlacedAt;
//   - an event carries only the fields its kind uses (see Event), and the
//     kinds about lines name at least one line (a withdrawal notice may name
//     none: the whole order);
//   - each line named exists in the order, once per event, with a positive
//     quantity;
//   - at every point in time, per line: cancelled + the larger of shipped
//     and delivered <= ordered; returned <= delivered; a withdrawal names no
//     more than was ordered. Delivered <= shipped is required only of a
//     history that records shipments at all: some merchants record only
//     deliveries (collection in store, a carrier feed of deliveries), and
//     their histories stay valid;
//   - paid and refunded amounts are positive, in the order's currency, and
//     the refunds never exceed the payments made before them.
func (h History) Validate() error {
	o := h.order
	c := &checker{cur: o.Currency}
	recordsShipments := false
	for _, e := range h.events {
		if e.Kind == KindShipped {
			recordsShipments = true
			break
		}
	}
	lines := make([]lineState, len(o.Lines))
	for i, l := range o.Lines {
		if decInRange(l.Quantity) && l.Quantity.Sign() > 0 {
			lines[i] = lineState{ordered: l.Quantity, ok: true}
		}
	}
	var paid, refunded sum
	placed := -1
	for i, e := range h.events {
		w := elem("events", i)
		if !e.Kind.Valid() {
			c.addf(w.at("kind"), "unknown event kind %d", uint8(e.Kind))
			continue
		}
		switch {
		case e.At.IsZero():
			c.addf(w.at("at"), "time is missing")
		case e.Kind != KindPaid && !o.PlacedAt.IsZero() && e.At.Before(o.PlacedAt):
			c.addf(w.at("at"), "%s at %s, before the order was placed at %s", e.Kind, fmtTime(e.At), fmtTime(o.PlacedAt))
		}
		f := fieldsOf(e.Kind)
		if !f.parcel && e.Parcel != "" {
			c.addf(w.at("parcel"), "a %s event carries no parcel", e.Kind)
		}
		if !f.proof && e.Proof != "" {
			c.addf(w.at("proof"), "a %s event carries no proof", e.Kind)
		}
		if !f.amount && e.Amount != (money.Money{}) {
			c.addf(w.at("amount"), "a %s event carries no amount", e.Kind)
		}
		if !f.amount && e.Reference != "" {
			c.addf(w.at("reference"), "a %s event carries no payment reference", e.Kind)
		}
		if !f.lines && len(e.Lines) > 0 {
			c.addf(w.at("lines"), "a %s event carries no lines", e.Kind)
		}
		if f.needLines && len(e.Lines) == 0 {
			c.addf(w.at("lines"), "a %s event names at least one line", e.Kind)
		}

		switch e.Kind {
		case KindPlaced:
			if placed >= 0 {
				c.addf(w.at("kind"), "more than one placed event (also events[%d])", placed)
			} else {
				placed = i
			}
			if !e.At.IsZero() && !e.At.Equal(o.PlacedAt) {
				c.addf(w.at("at"), "placed at %s, but the order's placed_at is %s", fmtTime(e.At), fmtTime(o.PlacedAt))
			}
		case KindPaid, KindRefunded:
			c.amount(w, "amount", e.Amount, false)
			if e.Amount.Sign() <= 0 {
				c.addf(w.at("amount"), "a %s amount must be positive, not %v", e.Kind, e.Amount)
				break
			}
			if e.Kind == KindPaid {
				paid.addMoney(e.Amount)
				break
			}
			refunded.addMoney(e.Amount)
			if !paid.overflow && !refunded.overflow && refunded.v > paid.v {
				c.addf(w.at("amount"), "refunds reach %s, more than the %s paid so far", c.fmtMinor(refunded.v), c.fmtMinor(paid.v))
			}
		}
		if f.lines {
			c.eventLines(w, e, o, lines, recordsShipments)
		}
	}
	return c.result(ErrInvalidHistory)
}

// eventLines checks the lines of one event and replays their quantities.
func (c *checker) eventLines(w where, e Event, o Order, lines []lineState, recordsShipments bool) {
	for j, lq := range e.Lines {
		lw := w.elem("lines", j)
		if lq.LineID == "" {
			c.addf(lw.at("line_id"), "line id is missing")
			continue
		}
		idx := -1
		for k, l := range o.Lines {
			if l.ID == lq.LineID {
				idx = k
				break
			}
		}
		if idx < 0 {
			c.addf(lw.at("line_id"), "the order has no line %q", lq.LineID)
			continue
		}
		dup := false
		for _, prev := range e.Lines[:j] {
			if prev.LineID == lq.LineID {
				dup = true
				break
			}
		}
		if dup {
			c.addf(lw.at("line_id"), "line %q appears more than once in this event", lq.LineID)
			continue
		}
		switch {
		case !decInRange(lq.Quantity):
			c.addf(lw.at("quantity"), "quantity %s is out of range", shortDec(lq.Quantity))
			continue
		case lq.Quantity.Sign() <= 0:
			c.addf(lw.at("quantity"), "quantity %s is not positive", lq.Quantity)
			continue
		}
		s := &lines[idx]
		if !s.ok {
			continue // the order's quantity is invalid; Order.Validate says so
		}
		q := lq.Quantity
		switch e.Kind {
		case KindShipped:
			s.shipped = s.shipped.Add(q)
			c.withinOrdered(lw, lq.LineID, s)
		case KindDelivered:
			s.delivered = s.delivered.Add(q)
			if recordsShipments && s.delivered.Cmp(s.shipped) > 0 {
				c.addf(lw.at("quantity"), "line %q: %s delivered so far, more than the %s shipped", lq.LineID, s.delivered, s.shipped)
			}
			c.withinOrdered(lw, lq.LineID, s)
		case KindCancelled:
			s.cancelled = s.cancelled.Add(q)
			c.withinOrdered(lw, lq.LineID, s)
		case KindReturned:
			s.returned = s.returned.Add(q)
			if s.returned.Cmp(s.delivered) > 0 {
				c.addf(lw.at("quantity"), "line %q: %s returned so far, more than the %s delivered", lq.LineID, s.returned, s.delivered)
			}
		case KindWithdrawalNotified:
			if q.Cmp(s.ordered) > 0 {
				c.addf(lw.at("quantity"), "line %q: withdrawal of %s, more than the %s ordered", lq.LineID, q, s.ordered)
			}
		}
	}
}

// withinOrdered checks cancelled + max(shipped, delivered) <= ordered.
func (c *checker) withinOrdered(w where, id string, s *lineState) {
	out := decimal.Max(s.shipped, s.delivered)
	if s.cancelled.Add(out).Cmp(s.ordered) > 0 {
		c.addf(w.at("quantity"), "line %q: %s cancelled and %s shipped or delivered exceed the %s ordered",
			id, s.cancelled, out, s.ordered)
	}
}

func fmtTime(t time.Time) string { return t.Format(time.RFC3339) }
