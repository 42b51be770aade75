package carttest

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"
	"sync"
	"time"

	"github.com/shopspring/decimal"

	"github.com/comptoir/comptoir/cart"
	"github.com/comptoir/comptoir/internal/fault"
)

// Inventory is an in-memory cart.Inventory. Build it with NewInventory;
// the zero Inventory is ready to use too. It is safe for concurrent use.
type Inventory struct {
	mu           sync.Mutex
	stock        map[string]decimal.Decimal  // physical stock by SKU
	sold         map[string]decimal.Decimal  // committed quantities by SKU
	reservations map[string]cart.Reservation // by ID, holds sorted by SKU
	faults       fault.Injector[Op]
}

var _ cart.Inventory = (*Inventory)(nil)

// NewInventory returns an Inventory with no stock.
func NewInventory() *Inventory {
	v := &Inventory{}
	v.init()
	return v
}

// init makes the maps of a zero Inventory. The caller holds v.mu, or owns
// v.
func (v *Inventory) init() {
	if v.stock != nil {
		return
	}
	v.stock = map[string]decimal.Decimal{}
	v.sold = map[string]decimal.Decimal{}
	v.reservations = map[string]cart.Reservation{}
}

// SetStock sets the physical stock of sku: what is on the shelves, sold
// or not. Lowering it below what is sold and held leaves nothing
// available; holds already granted are kept and can still be committed.
func (v *Inventory) SetStock(sku string, qty decimal.Decimal) {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.init()
	v.stock[sku] = qty
}

// AddStock adds qty to the physical stock of sku (a delivery; a negative
// qty is breakage or theft).
func (v *Inventory) AddStock(sku string, qty decimal.Decimal) {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.init()
	v.stock[sku] = v.stock[sku].Add(qty)
}

// Stock returns the physical stock of sku, as set by SetStock and
// AddStock; commits do not lower it (see Sold).
func (v *Inventory) Stock(sku string) decimal.Decimal {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.stock[sku]
}

// Sold returns the quantity of sku committed so far.
func (v *Inventory) Sold(sku string) decimal.Decimal {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.sold[sku]
}

// Held returns the quantity of sku held at at by reservations active then
// (Expires after at).
func (v *Inventory) Held(sku string, at time.Time) decimal.Decimal {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.held(sku, "", at)
}

// Available returns, for every SKU asked about, the stock less what is
// sold and what reservations active at at hold, those of the reservation
// exclude aside; never below zero. An unknown SKU has 0 available.
func (v *Inventory) Available(ctx context.Context, skus []string, exclude string, at time.Time) (map[string]decimal.Decimal, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if err := v.faults.Begin(ctx, OpAvailable, All); err != nil {
		return nil, err
	}
	m := make(map[string]decimal.Decimal, len(skus))
	for _, sku := range skus {
		m[sku] = v.available(sku, exclude, at)
	}
	return m, nil
}

// Reserve holds r's quantities until r.Expires, in place of what r.ID
// held before, when each of them is available at r.At, the reservation's
// own previous holds counting as available. Otherwise nothing changes and
// the error is a *cart.OutOfStockError listing every SKU short, sorted by
// SKU, with the quantity wanted and the quantity available. A reservation
// with no holds is valid: it holds nothing, and commits nothing. An
// invalid reservation fails with cart.ErrInvalidReservation: duplicate SKUs are
// refused, not summed, as the port asks for one hold per SKU.
//
// A successful Reserve forgets the reservations lapsed at r.At, whose
// stock it may have taken: they can no longer be committed, even at an
// earlier time, so that no unit is sold twice whatever the order of the
// times given.
func (v *Inventory) Reserve(ctx context.Context, r cart.Reservation) error {
	v.mu.Lock()
	defer v.mu.Unlock()
	if err := v.faults.Begin(ctx, OpReserve, All); err != nil {
		return err
	}
	v.init()
	holds, err := validate(r)
	if err != nil {
		return err
	}
	var short []cart.Shortage
	for _, h := range holds {
		// What the reservation still holds stays granted, even if the
		// stock was lowered since.
		a := decimal.Max(v.available(h.SKU, r.ID, r.At), v.granted(r.ID, h.SKU, r.At))
		if h.Quantity.GreaterThan(a) {
			short = append(short, cart.Shortage{SKU: h.SKU, Wanted: h.Quantity, Available: a})
		}
	}
	if len(short) > 0 {
		return &cart.OutOfStockError{Shortages: short}
	}
	v.forgetLapsed(r.At)
	r.Holds = holds
	v.reservations[r.ID] = r
	return nil
}

// granted is what the active reservation id holds of sku at at.
func (v *Inventory) granted(id, sku string, at time.Time) decimal.Decimal {
	r, ok := v.reservations[id]
	if !ok || !r.Expires.After(at) {
		return decimal.Zero
	}
	for _, h := range r.Holds {
		if h.SKU == sku {
			return h.Quantity
		}
	}
	return decimal.Zero
}

// Release drops the reservation reservationID, freeing what it held. An
// unknown reservation is not an error.
func (v *Inventory) Release(ctx context.Context, reservationID string) error {
	v.mu.Lock()
	defer v.mu.Unlock()
	if err := v.faults.Begin(ctx, OpRelease, All); err != nil {
		return err
	}
	delete(v.reservations, reservationID)
	return nil
}

// Commit sells what the reservation reservationID holds and drops the
// reservation. A reservation that is unknown, or expired at at (Expires
// not after at), is dropped too, sells nothing and fails with an error
// matching cart.ErrReservationExpired.
func (v *Inventory) Commit(ctx context.Context, reservationID string, at time.Time) error {
	v.mu.Lock()
	defer v.mu.Unlock()
	if err := v.faults.Begin(ctx, OpCommit, All); err != nil {
		return err
	}
	v.init()
	r, ok := v.reservations[reservationID]
	delete(v.reservations, reservationID)
	if !ok {
		return fmt.Errorf("carttest: reservation %q unknown: %w", reservationID, cart.ErrReservationExpired)
	}
	if !r.Expires.After(at) {
		return fmt.Errorf("carttest: reservation %q lapsed at %s: %w",
			reservationID, r.Expires.Format(time.RFC3339), cart.ErrReservationExpired)
	}
	for _, h := range r.Holds {
		v.sold[h.SKU] = v.sold[h.SKU].Add(h.Quantity)
	}
	return nil
}

// Reservations returns the reservations recorded, ordered by ID, with
// their holds ordered by SKU. Lapsed ones are included (they hold nothing
// any more) until Release, Commit or a successful Reserve made when they
// had lapsed drops them. They are copies.
func (v *Inventory) Reservations() []cart.Reservation {
	v.mu.Lock()
	defer v.mu.Unlock()
	rs := make([]cart.Reservation, 0, len(v.reservations))
	for _, r := range v.reservations {
		rs = append(rs, cloneReservation(r))
	}
	slices.SortFunc(rs, func(a, b cart.Reservation) int { return cmp.Compare(a.ID, b.ID) })
	return rs
}

// Reservation returns a copy of the reservation recorded under id, lapsed
// or not, and whether there is one.
func (v *Inventory) Reservation(id string) (cart.Reservation, bool) {
	v.mu.Lock()
	defer v.mu.Unlock()
	r, ok := v.reservations[id]
	if !ok {
		return cart.Reservation{}, false
	}
	return cloneReservation(r), true
}

// Fail makes every later call of op (or of every operation, with All)
// fail with err, until Fail(op, nil). A failure set for op itself wins
// over one set for All. An injected failure is returned as is, and the
// call changes nothing.
func (v *Inventory) Fail(op Op, err error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.faults.Fail(op, err)
}

// FailNext makes the next call of op (or of any operation, with All) fail
// with err, once. Failures queued by several calls are used in turn, and
// before those set by Fail. A nil err is ignored.
func (v *Inventory) FailNext(op Op, err error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.faults.FailNext(op, err)
}

// CallCount returns how many calls of op were made (of every operation,
// with All), failed ones included.
func (v *Inventory) CallCount(op Op) int {
	v.mu.Lock()
	defer v.mu.Unlock()
	return callCount(&v.faults, op)
}

// available is what can be reserved of sku at at by the reservation
// exclude. The caller holds v.mu.
func (v *Inventory) available(sku, exclude string, at time.Time) decimal.Decimal {
	n := v.stock[sku].Sub(v.sold[sku]).Sub(v.held(sku, exclude, at))
	if n.Sign() < 0 {
		return decimal.Zero
	}
	return n
}

// held is what reservations other than exclude hold of sku at at. The
// caller holds v.mu.
func (v *Inventory) held(sku, exclude string, at time.Time) decimal.Decimal {
	var n decimal.Decimal
	for id, r := range v.reservations {
		if id == exclude || !r.Expires.After(at) {
			continue
		}
		for _, h := range r.Holds {
			if h.SKU == sku {
				n = n.Add(h.Quantity)
			}
		}
	}
	return n
}

// forgetLapsed drops the reservations lapsed at at. The caller holds
// v.mu.
func (v *Inventory) forgetLapsed(at time.Time) {
	maps.DeleteFunc(v.reservations, func(_ string, r cart.Reservation) bool { return !r.Expires.After(at) })
}

// validate checks r and returns a copy of its holds sorted by SKU.
func validate(r cart.Reservation) ([]cart.Hold, error) {
	if r.ID == "" {
		return nil, fmt.Errorf("%w: empty ID", cart.ErrInvalidReservation)
	}
	if !r.Expires.After(r.At) {
		return nil, fmt.Errorf("%w: %q: expires at %s, not after %s", cart.ErrInvalidReservation,
			r.ID, r.Expires.Format(time.RFC3339), r.At.Format(time.RFC3339))
	}
	for i, h := range r.Holds {
		if h.SKU == "" {
			return nil, fmt.Errorf("%w: %q: holds[%d]: empty SKU", cart.ErrInvalidReservation, r.ID, i)
		}
		if h.Quantity.Sign() <= 0 {
			return nil, fmt.Errorf("%w: %q: holds[%d]: %s: quantity %s not above zero",
				cart.ErrInvalidReservation, r.ID, i, h.SKU, h.Quantity)
		}
	}
	holds := slices.Clone(r.Holds)
	slices.SortFunc(holds, func(a, b cart.Hold) int { return cmp.Compare(a.SKU, b.SKU) })
	for i := 1; i < len(holds); i++ {
		if holds[i].SKU == holds[i-1].SKU {
			return nil, fmt.Errorf("%w: %q: SKU %s held twice", cart.ErrInvalidReservation, r.ID, holds[i].SKU)
		}
	}
	return holds, nil
}

func cloneReservation(r cart.Reservation) cart.Reservation {
	r.Holds = slices.Clone(r.Holds)
	return r
}
