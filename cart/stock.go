package cart

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/shopspring/decimal"
)

// LineStock is a line's stock: what it wants and what is available to it.
type LineStock struct {
	LineID, SKU       string
	Wanted, Available decimal.Decimal
}

// Enough reports whether the line can be served.
func (s LineStock) Enough() bool { return s.Available.GreaterThanOrEqual(s.Wanted) }

// Availability returns each line's stock at at, for showing "only 2 left"
// next to the lines. Lines of one SKU share its stock: each is shown what
// is left after the lines before it.
func (c *Cart) Availability(ctx context.Context, inv Inventory, at time.Time) ([]LineStock, error) {
	if inv == nil {
		return nil, fmt.Errorf("%w: no inventory", ErrSetup)
	}
	avail, err := inv.Available(ctx, c.skus(), c.id, at)
	if err != nil {
		return nil, err
	}
	left := make(map[string]decimal.Decimal, len(avail))
	for sku, q := range avail {
		left[sku] = q
	}
	out := make([]LineStock, len(c.lines))
	for i, l := range c.lines {
		q := left[l.SKU]
		out[i] = LineStock{LineID: l.ID, SKU: l.SKU, Wanted: l.Quantity, Available: q}
		left[l.SKU] = decimal.Max(decimal.Zero, q.Sub(l.Quantity))
	}
	return out, nil
}

// skus returns the cart's SKUs, once each, in line order.
func (c *Cart) skus() []string {
	out := make([]string, 0, len(c.lines))
	for _, l := range c.lines {
		if !slices.Contains(out, l.SKU) {
			out = append(out, l.SKU)
		}
	}
	return out
}

// holds sums the cart's quantities per SKU.
func (c *Cart) holds() []Hold {
	var hs []Hold
	for _, l := range c.lines {
		k := slices.IndexFunc(hs, func(h Hold) bool { return h.SKU == l.SKU })
		if k < 0 {
			hs = append(hs, Hold{SKU: l.SKU, Quantity: l.Quantity})
		} else {
			hs[k].Quantity = hs[k].Quantity.Add(l.Quantity)
		}
	}
	return hs
}

// Reserve holds the cart's stock under the cart's ID from at for ttl,
// replacing what it held: call it after every change, so that removed
// lines free their stock. An empty cart releases its reservation. A
// shortage is an *OutOfStockError naming the lines concerned.
func (c *Cart) Reserve(ctx context.Context, inv Inventory, at time.Time, ttl time.Duration) error {
	return reserve(ctx, inv, c.id, c, at, ttl)
}

func reserve(ctx context.Context, inv Inventory, id string, c *Cart, at time.Time, ttl time.Duration) error {
	if inv == nil {
		return fmt.Errorf("%w: no inventory", ErrSetup)
	}
	if ttl <= 0 {
		return fmt.Errorf("%w: reservation time %v is not positive", ErrInvalidCart, ttl)
	}
	hs := c.holds()
	if len(hs) == 0 {
		return inv.Release(ctx, id)
	}
	err := inv.Reserve(ctx, Reservation{ID: id, Holds: hs, At: at, Expires: at.Add(ttl)})
	var oos *OutOfStockError
	if errors.As(err, &oos) {
		c.nameLines(oos)
	}
	return err
}

// nameLines fills the shortages' line IDs.
func (c *Cart) nameLines(e *OutOfStockError) {
	for k := range e.Shortages {
		s := &e.Shortages[k]
		s.LineIDs = nil
		for _, l := range c.lines {
			if l.SKU == s.SKU {
				s.LineIDs = append(s.LineIDs, l.ID)
			}
		}
	}
}
