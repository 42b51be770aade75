package reference

import (
	"context"
	"slices"
	"sync"
	"time"

	"github.com/comptoir/comptoir/money"
)

// MemoryHistory is a History kept in memory, for tests, examples and small
// shops that load their price changes at start-up.
//
// It is safe for concurrent use by multiple goroutines. Changes are kept
// sorted by instant per SKU and channel, so a query is a binary search and a
// scan of the changes in the window; a change recorded out of order is
// inserted in its place. The zero MemoryHistory is empty and ready to use.
type MemoryHistory struct {
	mu     sync.RWMutex
	series map[seriesKey][]point
}

type seriesKey struct{ sku, channel string }

// point is a Change without its key, so a long history does not repeat it.
type point struct {
	at    time.Time
	price money.Money
}

// NewMemoryHistory returns an empty MemoryHistory.
func NewMemoryHistory() *MemoryHistory {
	return &MemoryHistory{series: make(map[seriesKey][]point)}
}

var _ History = (*MemoryHistory)(nil)

func comparePoint(p point, t time.Time) int { return p.at.Compare(t) }

// Record adds c, as History.Record says.
func (m *MemoryHistory) Record(ctx context.Context, c Change) error {
	if err := m.ready(ctx, c.SKU, c.Channel); err != nil {
		return err
	}
	if err := c.Validate(); err != nil {
		return err
	}
	// Drop the monotonic clock reading: only the wall instant is history.
	p := point{at: c.At.Round(0), price: c.Price}
	k := seriesKey{c.SKU, c.Channel}

	m.mu.Lock()
	defer m.mu.Unlock()
	if m.series == nil {
		m.series = make(map[seriesKey][]point)
	}
	s := m.series[k]
	if len(s) > 0 && s[0].price.Currency() != p.price.Currency() {
		return &CurrencyError{SKU: c.SKU, Channel: c.Channel, Want: s[0].price.Currency(), Got: p.price.Currency()}
	}
	i, found := slices.BinarySearchFunc(s, p.at, comparePoint)
	if found {
		if s[i].price == p.price {
			return nil
		}
		return &ConflictError{Existing: s[i].change(k), New: c}
	}
	m.series[k] = slices.Insert(s, i, p)
	return nil
}

// First returns the earliest change of sku on channel, as History.First says.
func (m *MemoryHistory) First(ctx context.Context, sku, channel string) (Change, error) {
	if err := m.ready(ctx, sku, channel); err != nil {
		return Change{}, err
	}
	k := seriesKey{sku, channel}
	m.mu.RLock()
	defer m.mu.RUnlock()
	s := m.series[k]
	if len(s) == 0 {
		return Change{}, &NoHistoryError{SKU: sku, Channel: channel}
	}
	return s[0].change(k), nil
}

// InForce calls yield with the changes in force during [from, to), as
// History.InForce says. It holds the read lock meanwhile, so yield must not
// record a change.
func (m *MemoryHistory) InForce(ctx context.Context, sku, channel string, from, to time.Time, yield func(Change) bool) error {
	if err := m.ready(ctx, sku, channel); err != nil {
		return err
	}
	if !to.After(from) {
		return nil
	}
	k := seriesKey{sku, channel}
	m.mu.RLock()
	defer m.mu.RUnlock()
	s := m.series[k]
	lo, hi := bounds(s, from, to)
	for _, p := range s[lo:hi] {
		if !yield(p.change(k)) {
			break
		}
	}
	return nil
}

// scan feeds acc the points in force in its window, in place under the
// read lock.
func (m *MemoryHistory) scan(ctx context.Context, acc *lowestInForce) error {
	if err := m.ready(ctx, acc.sku, acc.channel); err != nil {
		return err
	}
	m.mu.RLock()
	defer m.mu.RUnlock()
	s := m.series[seriesKey{acc.sku, acc.channel}]
	lo, hi := bounds(s, acc.w.From, acc.w.To)
	for _, p := range s[lo:hi] {
		if !acc.add(p.at, p.price) {
			break
		}
	}
	return nil
}

// ready reports what makes any call fail: a nil *MemoryHistory, a done
// context, an empty SKU or channel.
func (m *MemoryHistory) ready(ctx context.Context, sku, channel string) error {
	if m == nil {
		return inputErr("History", "nil *MemoryHistory")
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return validateKey(sku, channel)
}

// bounds returns the bounds of the points of s in force during [from, to).
func bounds(s []point, from, to time.Time) (lo, hi int) {
	lo, found := slices.BinarySearchFunc(s, from, comparePoint)
	if !found && lo > 0 {
		lo-- // the change before from is still in force at from
	}
	hi, _ = slices.BinarySearchFunc(s[lo:], to, comparePoint)
	return lo, lo + hi
}

func (p point) change(k seriesKey) Change {
	return Change{SKU: k.sku, Channel: k.channel, At: p.at, Price: p.price}
}
