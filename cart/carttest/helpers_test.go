package carttest_test

import (
	"context"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/cart"
	"github.com/comptoir/comptoir/cart/carttest"
)

// minutes returns n minutes after the tests start, on Monday 2 March
// 2026 at 10:00 UTC.
func minutes(n int) time.Time { return time.Date(2026, time.March, 2, 10, n, 0, 0, time.UTC) }

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func hold(sku, qty string) cart.Hold { return cart.Hold{SKU: sku, Quantity: dec(qty)} }

// reservation is made at at and lasts 15 minutes.
func reservation(id string, at time.Time, holds ...cart.Hold) cart.Reservation {
	return cart.Reservation{ID: id, Holds: holds, At: at, Expires: at.Add(15 * time.Minute)}
}

// stocked returns an Inventory with the given stock, as SKU, quantity
// pairs.
func stocked(pairs ...string) *carttest.Inventory {
	v := carttest.NewInventory()
	for i := 0; i+1 < len(pairs); i += 2 {
		v.SetStock(pairs[i], dec(pairs[i+1]))
	}
	return v
}

// available returns what v.Available answers, as strings.
func available(t *testing.T, v *carttest.Inventory, exclude string, at time.Time, skus ...string) map[string]string {
	t.Helper()
	m, err := v.Available(context.Background(), skus, exclude, at)
	require.NoError(t, err)
	return asStrings(m)
}

// prices returns what c.Prices answers, as strings.
func prices(t *testing.T, c *carttest.Catalog, q cart.PriceQuery) map[string]string {
	t.Helper()
	m, err := c.Prices(context.Background(), q)
	require.NoError(t, err)
	return asStrings(m)
}

func asStrings(m map[string]decimal.Decimal) map[string]string {
	out := make(map[string]string, len(m))
	for k, d := range m {
		out[k] = d.String()
	}
	return out
}

// shortage is a cart.Shortage with its quantities as strings.
type shortage struct {
	SKU, Wanted, Available string
}

// shortages returns the shortages of err, which must be an
// *cart.OutOfStockError.
func shortages(t *testing.T, err error) []shortage {
	t.Helper()
	require.ErrorIs(t, err, cart.ErrOutOfStock)
	var oos *cart.OutOfStockError
	require.ErrorAs(t, err, &oos)
	out := make([]shortage, len(oos.Shortages))
	for i, s := range oos.Shortages {
		require.Empty(t, s.LineIDs, "the inventory knows no cart lines")
		out[i] = shortage{s.SKU, s.Wanted.String(), s.Available.String()}
	}
	return out
}
