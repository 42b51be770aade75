package cart_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/cart"
	"github.com/comptoir/comptoir/cart/carttest"
)

func TestAvailabilityAndReservations(t *testing.T) {
	ctx := context.Background()
	at := tuesday(t)
	inv := carttest.NewInventory()
	inv.SetStock("KNIFE-20", dec("3"))
	inv.SetStock("PAN-28", dec("1"))

	mine, theirs := newCart(t, "mine"), newCart(t, "theirs")
	add(t, mine, knife(), "2")
	add(t, mine, pan(), "1")
	require.NoError(t, mine.Reserve(ctx, inv, at, 15*time.Minute))

	add(t, theirs, knife(), "2")
	stock, err := theirs.Availability(ctx, inv, at)
	require.NoError(t, err)
	assert.Equal(t, "1", stock[0].Available.String(), "my reservation holds two of three")
	assert.False(t, stock[0].Enough())
	err = theirs.Reserve(ctx, inv, at, 15*time.Minute)
	var oos *cart.OutOfStockError
	require.ErrorAs(t, err, &oos)
	assert.Equal(t, "KNIFE-20", oos.Shortages[0].SKU)
	assert.Equal(t, []string{"L1"}, oos.Shortages[0].LineIDs)

	// My own reservation counts as available to me.
	stock, err = mine.Availability(ctx, inv, at)
	require.NoError(t, err)
	assert.True(t, stock[0].Enough())

	// Removing a line releases its stock once the reservation is synced.
	require.NoError(t, mine.Remove("L1"))
	require.NoError(t, mine.Reserve(ctx, inv, at.Add(time.Minute), 15*time.Minute))
	require.NoError(t, theirs.Reserve(ctx, inv, at.Add(time.Minute), 15*time.Minute))

	// A reservation that expires frees its stock.
	later := at.Add(time.Hour)
	stock, err = newCartWith(t, "third", pan(), "1").Availability(ctx, inv, later)
	require.NoError(t, err)
	assert.Equal(t, "1", stock[0].Available.String())

	// An emptied cart drops its reservation.
	mine.Clear()
	require.NoError(t, mine.Reserve(ctx, inv, at.Add(2*time.Minute), time.Minute))
	_, held := inv.Reservation("mine")
	assert.False(t, held)
	assert.ErrorIs(t, mine.Reserve(ctx, inv, at, 0), cart.ErrInvalidCart)
}

func newCartWith(t testing.TB, id string, it cart.Item, qty string) *cart.Cart {
	c := newCart(t, id)
	add(t, c, it, qty)
	return c
}

// TestOneUnitLeftOneCheckoutWins: with one unit left, of many concurrent
// checkouts exactly one places an order; the others are out of stock.
func TestOneUnitLeftOneCheckoutWins(t *testing.T) {
	ctx := context.Background()
	inv := carttest.NewInventory()
	inv.SetStock("KNIFE-20", dec("1"))
	co := checkout(t, inv)
	const shoppers = 32
	var placed, outOfStock atomic.Int32
	var wg sync.WaitGroup
	for i := range shoppers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := newCartWith(t, fmt.Sprint("cart-", i), knife(), "1")
			_, _, err := co.Place(ctx, c, consumer(t, "home-be"))
			switch {
			case err == nil:
				placed.Add(1)
			case errors.Is(err, cart.ErrOutOfStock):
				outOfStock.Add(1)
			default:
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	assert.Equal(t, int32(1), placed.Load())
	assert.Equal(t, int32(shoppers-1), outOfStock.Load())
	assert.Equal(t, "1", inv.Sold("KNIFE-20").String())
}
