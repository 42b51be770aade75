package eco

import (
	"fmt"
	"slices"
	"time"
)

// DefaultWindow is the holding window of the zero Policy: 24 hours.
const DefaultWindow = 24 * time.Hour

// Policy is the merchant's grouping policy.
type Policy struct {
	// Window is how long the first order of a group waits for others to the
	// same customer and address, in absolute time. Zero means
	// DefaultWindow; negative is an error.
	Window time.Duration
}

// Pending is an order waiting to ship, as the Grouper needs it.
type Pending struct {
	// OrderID identifies the order; unique among the orders held.
	OrderID string
	// Customer identifies the customer (an account id or any stable
	// reference); orders of different customers never ship together.
	Customer string
	// Address is the delivery address.
	Address AddressKey
	// PlacedAt is when the order was placed.
	PlacedAt time.Time
}

// Group is a shipment in the making: orders of one customer to one
// address. Group values returned by a Grouper are copies.
type Group struct {
	// Customer and Address are the group's key.
	Customer string
	Address  AddressKey
	// Opened is when the window started: the time of the order (or of the
	// address change) that opened the group. It does not move when that
	// order is cancelled or leaves.
	Opened time.Time
	// Due is Opened + the window: the group ships from then on.
	Due time.Time
	// Orders are the order IDs, in the order they joined.
	Orders []string
}

// clone returns g with its own Orders slice.
func (g Group) clone() Group {
	g.Orders = slices.Clone(g.Orders)
	return g
}

// Grouper holds pending orders in groups. It is an immutable value: every
// operation returns a new Grouper. The zero Grouper is empty and uses
// DefaultWindow.
type Grouper struct {
	window time.Duration
	last   time.Time // the latest event time seen
	groups []Group   // in the order they were opened
}

// NewGrouper returns an empty Grouper with policy p.
func NewGrouper(p Policy) (Grouper, error) {
	if p.Window < 0 {
		return Grouper{}, &GroupingError{Op: "new", Err: ErrInvalidPolicy, Detail: fmt.Sprintf("window %v is negative", p.Window)}
	}
	return Grouper{window: p.Window}, nil
}

// Window returns the holding window.
func (g Grouper) Window() time.Duration {
	if g.window == 0 {
		return DefaultWindow
	}
	return g.window
}

// Len returns the number of orders held.
func (g Grouper) Len() int {
	n := 0
	for i := range g.groups {
		n += len(g.groups[i].Orders)
	}
	return n
}

// Groups returns every group held, due or not, in the order they were
// opened.
func (g Grouper) Groups() []Group {
	out := make([]Group, len(g.groups))
	for i := range g.groups {
		out[i] = g.groups[i].clone()
	}
	return out
}

// Find returns the group holding the order.
func (g Grouper) Find(orderID string) (Group, bool) {
	if i, _ := g.find(orderID); i >= 0 {
		return g.groups[i].clone(), true
	}
	return Group{}, false
}

// Add returns g with the order p: it joins its customer's open group to
// the same address when p.PlacedAt is inside that group's window, and
// opens a new group otherwise.
func (g Grouper) Add(p Pending) (Grouper, error) {
	if err := g.checkPending("add", p); err != nil {
		return Grouper{}, err
	}
	if i, _ := g.find(p.OrderID); i >= 0 {
		return Grouper{}, &GroupingError{Op: "add", OrderID: p.OrderID, Err: ErrDuplicateOrder}
	}
	n := g.clone(1)
	n.last = p.PlacedAt
	n.join(p.OrderID, p.Customer, p.Address, p.PlacedAt, n.openIndex(p.Customer, p.Address, p.PlacedAt))
	return n, nil
}

// AddAll returns g with every order of ps, added in the order of their
// PlacedAt (orders placed at the same instant keep their order in ps). It
// is the same as calling Add for each, and faster for many orders.
func (g Grouper) AddAll(ps []Pending) (Grouper, error) {
	sorted := slices.Clone(ps)
	slices.SortStableFunc(sorted, func(a, b Pending) int { return a.PlacedAt.Compare(b.PlacedAt) })
	held := make(map[string]struct{}, g.Len()+len(ps))
	for i := range g.groups {
		for _, id := range g.groups[i].Orders {
			held[id] = struct{}{}
		}
	}
	latest := make(map[groupKey]int, len(g.groups)+len(ps))
	for i := range g.groups {
		latest[groupKey{g.groups[i].Customer, g.groups[i].Address}] = i
	}
	n := g.clone(len(ps))
	for _, p := range sorted {
		if err := n.checkPending("add", p); err != nil {
			return Grouper{}, err
		}
		if _, dup := held[p.OrderID]; dup {
			return Grouper{}, &GroupingError{Op: "add", OrderID: p.OrderID, Err: ErrDuplicateOrder}
		}
		held[p.OrderID] = struct{}{}
		n.last = p.PlacedAt
		k := groupKey{p.Customer, p.Address}
		gi := -1
		if i, ok := latest[k]; ok && p.PlacedAt.Before(n.groups[i].Due) {
			gi = i
		}
		latest[k] = n.join(p.OrderID, p.Customer, p.Address, p.PlacedAt, gi)
	}
	return n, nil
}

// Cancel returns g without the order: it leaves its group, whose other
// orders keep their window and still ship together; a group left empty
// disappears. at is the time of the cancellation; it must be inside the
// group's window (before Group.Due), or the error matches ErrWindowClosed.
func (g Grouper) Cancel(orderID string, at time.Time) (Grouper, error) {
	gi, oi, err := g.locate("cancel", orderID, at)
	if err != nil {
		return Grouper{}, err
	}
	n := g.clone(0)
	n.last = at
	n.remove(gi, oi)
	return n, nil
}

// Change returns g with the order moved to a new address: it leaves its
// group as with Cancel, then joins the customer's open group to the new
// address if at is inside its window, or opens a new group at at. A change
// to the same address key changes nothing (but the time). at must be
// inside the old group's window, or the error matches ErrWindowClosed.
func (g Grouper) Change(orderID string, addr AddressKey, at time.Time) (Grouper, error) {
	if addr.IsZero() {
		return Grouper{}, &GroupingError{Op: "change", OrderID: orderID, Err: ErrInvalidOrder, Detail: "no address"}
	}
	gi, oi, err := g.locate("change", orderID, at)
	if err != nil {
		return Grouper{}, err
	}
	n := g.clone(1)
	n.last = at
	old := n.groups[gi]
	if old.Address == addr {
		return n, nil
	}
	n.remove(gi, oi)
	n.join(orderID, old.Customer, addr, at, n.openIndex(old.Customer, addr, at))
	return n, nil
}

// Due returns the groups due for shipping at now (Group.Due <= now), in the
// order they were opened, and the Grouper without them. The caller ships
// the due groups. Events before now are refused afterwards
// (ErrOutOfOrder).
func (g Grouper) Due(now time.Time) (due []Group, rest Grouper) {
	rest = Grouper{window: g.window, last: g.last}
	if now.After(rest.last) {
		rest.last = now
	}
	for i := range g.groups {
		if !now.Before(g.groups[i].Due) {
			due = append(due, g.groups[i].clone())
		} else {
			rest.groups = append(rest.groups, g.groups[i])
		}
	}
	for i := range rest.groups {
		rest.groups[i].Orders = slices.Clip(rest.groups[i].Orders)
	}
	return due, rest
}

// groupKey is what orders must share to ship together.
type groupKey struct {
	customer string
	address  AddressKey
}

// clone returns a copy of g whose groups slice, with room for extra more
// groups, may be changed without touching g. The groups' Orders slices
// are clipped, so appending to one reallocates it.
func (g Grouper) clone(extra int) Grouper {
	groups := make([]Group, len(g.groups), len(g.groups)+extra)
	copy(groups, g.groups)
	for i := range groups {
		groups[i].Orders = slices.Clip(groups[i].Orders)
	}
	return Grouper{window: g.window, last: g.last, groups: groups}
}

// checkPending validates p and its time against the latest event.
func (g Grouper) checkPending(op string, p Pending) error {
	var missing string
	switch {
	case p.OrderID == "":
		missing = "order ID"
	case p.Customer == "":
		missing = "customer"
	case p.Address.IsZero():
		missing = "address"
	case p.PlacedAt.IsZero():
		missing = "placed-at time"
	}
	if missing != "" {
		return &GroupingError{Op: op, OrderID: p.OrderID, Err: ErrInvalidOrder, Detail: "no " + missing}
	}
	return g.checkTime(op, p.OrderID, p.PlacedAt)
}

// checkTime refuses an event earlier than the latest seen.
func (g Grouper) checkTime(op, orderID string, at time.Time) error {
	if at.IsZero() {
		return &GroupingError{Op: op, OrderID: orderID, Err: ErrInvalidOrder, Detail: "no event time"}
	}
	if at.Before(g.last) {
		return &GroupingError{Op: op, OrderID: orderID, Err: ErrOutOfOrder,
			Detail: fmt.Sprintf("%s is before %s", at.Format(time.RFC3339Nano), g.last.Format(time.RFC3339Nano))}
	}
	return nil
}

// find returns the group and position of an order, or -1, -1.
func (g Grouper) find(orderID string) (int, int) {
	for i := range g.groups {
		if j := slices.Index(g.groups[i].Orders, orderID); j >= 0 {
			return i, j
		}
	}
	return -1, -1
}

// locate finds an order for a cancellation or change at at, which must be
// in time order and inside its group's window.
func (g Grouper) locate(op, orderID string, at time.Time) (int, int, error) {
	if err := g.checkTime(op, orderID, at); err != nil {
		return 0, 0, err
	}
	gi, oi := g.find(orderID)
	if gi < 0 {
		return 0, 0, &GroupingError{Op: op, OrderID: orderID, Err: ErrUnknownOrder}
	}
	if due := g.groups[gi].Due; !at.Before(due) {
		return 0, 0, &GroupingError{Op: op, OrderID: orderID, Err: ErrWindowClosed,
			Detail: fmt.Sprintf("group due at %s", due.Format(time.RFC3339Nano))}
	}
	return gi, oi, nil
}

// openIndex returns the group of the customer and address whose window
// holds at, or -1. Groups are opened in time order, so only the latest
// group of a key can be open, and the search stops at the first group
// already due.
func (g Grouper) openIndex(customer string, addr AddressKey, at time.Time) int {
	for i := len(g.groups) - 1; i >= 0; i-- {
		gr := &g.groups[i]
		if !at.Before(gr.Due) {
			return -1
		}
		if gr.Customer == customer && gr.Address == addr {
			return i
		}
	}
	return -1
}

// join adds the order to group gi, or to a new group opened at at when gi
// is -1, and returns the group's index. g must be a clone.
func (g *Grouper) join(orderID, customer string, addr AddressKey, at time.Time, gi int) int {
	if gi >= 0 {
		g.groups[gi].Orders = append(g.groups[gi].Orders, orderID)
		return gi
	}
	g.groups = append(g.groups, Group{
		Customer: customer,
		Address:  addr,
		Opened:   at,
		Due:      at.Add(g.Window()),
		Orders:   []string{orderID},
	})
	return len(g.groups) - 1
}

// remove takes order oi out of group gi, dropping the group if empty. g
// must be a clone.
func (g *Grouper) remove(gi, oi int) {
	orders := g.groups[gi].Orders
	if len(orders) == 1 {
		g.groups = slices.Delete(g.groups, gi, gi+1)
		return
	}
	g.groups[gi].Orders = slices.Delete(slices.Clone(orders), oi, oi+1)
}
