package carttest_test

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

func TestInventory_Available(t *testing.T) {
	ctx := context.Background()
	v := stocked("mug", "10", "coffee", "2.5")
	require.NoError(t, v.Reserve(ctx, cart.Reservation{ID: "a", Holds: []cart.Hold{hold("mug", "3"), hold("coffee", "0.75")},
		At: minutes(0), Expires: minutes(30)}))
	require.NoError(t, v.Reserve(ctx, cart.Reservation{ID: "b", Holds: []cart.Hold{hold("mug", "2")},
		At: minutes(0), Expires: minutes(10)}))
	require.NoError(t, v.Reserve(ctx, reservation("c", minutes(1), hold("mug", "1"))))
	require.NoError(t, v.Commit(ctx, "c", minutes(2)))

	assert.Equal(t, map[string]string{"mug": "4", "coffee": "1.75", "tea": "0"},
		available(t, v, "", minutes(5), "mug", "coffee", "tea"), "10 - 1 sold - 3 - 2 held; an unknown SKU has none")
	assert.Equal(t, map[string]string{"mug": "7", "coffee": "2.5"},
		available(t, v, "a", minutes(5), "mug", "coffee"), "a's holds aside")
	assert.Equal(t, map[string]string{"mug": "6"}, available(t, v, "", minutes(10), "mug"), "b lapsed at 10")
	assert.Equal(t, map[string]string{"mug": "9"}, available(t, v, "", minutes(30), "mug"), "a lapsed at 30, the sale stays")
	assert.Equal(t, map[string]string{"mug": "4"}, available(t, v, "nobody", minutes(5), "mug", "mug"))
	assert.Empty(t, available(t, v, "", minutes(5)))

	assert.Equal(t, "5", v.Held("mug", minutes(5)).String())
	assert.Equal(t, "3", v.Held("mug", minutes(10)).String())
	assert.Equal(t, "1", v.Sold("mug").String())
	assert.Equal(t, "10", v.Stock("mug").String(), "commits do not change the physical stock")
}

func TestInventory_AvailableNeverBelowZero(t *testing.T) {
	ctx := context.Background()
	v := stocked("mug", "5")
	require.NoError(t, v.Reserve(ctx, reservation("a", minutes(0), hold("mug", "4"))))
	v.SetStock("mug", dec("2"))
	assert.Equal(t, map[string]string{"mug": "0"}, available(t, v, "", minutes(1), "mug"))

	v.AddStock("mug", dec("3"))
	assert.Equal(t, "5", v.Stock("mug").String())
	assert.Equal(t, map[string]string{"mug": "1"}, available(t, v, "", minutes(1), "mug"))
	v.AddStock("mug", dec("-5"))
	assert.Equal(t, map[string]string{"mug": "0"}, available(t, v, "", minutes(1), "mug"))

	require.NoError(t, v.Commit(ctx, "a", minutes(1)), "a hold granted is honoured")
	assert.Equal(t, "4", v.Sold("mug").String())
}

func TestInventory_ReserveReplacesPreviousHolds(t *testing.T) {
	ctx := context.Background()
	v := stocked("mug", "5", "plate", "4")
	require.NoError(t, v.Reserve(ctx, reservation("a", minutes(0), hold("mug", "2"), hold("plate", "1"))))
	require.NoError(t, v.Reserve(ctx, reservation("a", minutes(5), hold("mug", "1"))))

	r, ok := v.Reservation("a")
	require.True(t, ok)
	assert.Equal(t, reservation("a", minutes(5), hold("mug", "1")), r)
	assert.Equal(t, map[string]string{"mug": "4", "plate": "4"}, available(t, v, "", minutes(6), "mug", "plate"),
		"the plate is freed")
	assert.Equal(t, map[string]string{"mug": "4"}, available(t, v, "", minutes(19), "mug"),
		"the new reservation expires 15 minutes after its own At")
}

func TestInventory_ReserveCountsOwnHoldsAsAvailable(t *testing.T) {
	ctx := context.Background()
	v := stocked("mug", "5")
	require.NoError(t, v.Reserve(ctx, reservation("a", minutes(0), hold("mug", "3"))))
	assert.Equal(t, map[string]string{"mug": "5"}, available(t, v, "a", minutes(1), "mug"))
	require.NoError(t, v.Reserve(ctx, reservation("a", minutes(1), hold("mug", "5"))), "a may take it all")

	err := v.Reserve(ctx, reservation("b", minutes(2), hold("mug", "1")))
	assert.Equal(t, []shortage{{"mug", "1", "0"}}, shortages(t, err))
}

func TestInventory_ReserveAllOrNothing(t *testing.T) {
	ctx := context.Background()
	v := stocked("mug", "5", "plate", "4", "bowl", "2", "spoon", "12")
	require.NoError(t, v.Reserve(ctx, reservation("other", minutes(0), hold("plate", "3"))))
	before := reservation("a", minutes(0), hold("mug", "1"))
	require.NoError(t, v.Reserve(ctx, before))

	err := v.Reserve(ctx, reservation("a", minutes(1),
		hold("spoon", "6"), hold("plate", "2"), hold("mug", "5"), hold("bowl", "2.5")))
	assert.Equal(t, []shortage{{"bowl", "2.5", "2"}, {"plate", "2", "1"}}, shortages(t, err), "sorted by SKU")
	assert.EqualError(t, err, "cart: out of stock: bowl (wanted 2.5, 2 left), plate (wanted 2, 1 left)")

	r, ok := v.Reservation("a")
	require.True(t, ok)
	assert.Equal(t, before, r, "a failed Reserve keeps the previous holds")
	assert.Equal(t, map[string]string{"spoon": "12", "mug": "4"}, available(t, v, "", minutes(1), "spoon", "mug"))
}

func TestInventory_ReserveUnknownSKU(t *testing.T) {
	v := carttest.NewInventory()
	err := v.Reserve(context.Background(), reservation("a", minutes(0), hold("ghost", "1")))
	assert.Equal(t, []shortage{{"ghost", "1", "0"}}, shortages(t, err))
}

func TestInventory_ReserveInvalid(t *testing.T) {
	ctx := context.Background()
	v := stocked("mug", "5", "plate", "5")
	valid := reservation("a", minutes(0), hold("mug", "1"))
	tests := map[string]cart.Reservation{
		"empty ID":         {Holds: valid.Holds, At: valid.At, Expires: valid.Expires},
		"empty SKU":        reservation("a", minutes(0), hold("", "1")),
		"zero quantity":    reservation("a", minutes(0), hold("mug", "1"), hold("plate", "0")),
		"negative":         reservation("a", minutes(0), hold("mug", "-1")),
		"zero quantity 2":  {ID: "a", Holds: []cart.Hold{{SKU: "mug"}}, At: valid.At, Expires: valid.Expires},
		"duplicate SKU":    reservation("a", minutes(0), hold("mug", "1"), hold("plate", "1"), hold("mug", "1")),
		"expires at At":    {ID: "a", Holds: valid.Holds, At: minutes(0), Expires: minutes(0)},
		"expires before":   {ID: "a", Holds: valid.Holds, At: minutes(1), Expires: minutes(0)},
		"no times at all":  {ID: "a", Holds: valid.Holds},
		"duplicate, short": reservation("a", minutes(0), hold("mug", "9"), hold("mug", "9")),
	}
	for name, r := range tests {
		t.Run(name, func(t *testing.T) {
			err := v.Reserve(ctx, r)
			require.ErrorIs(t, err, cart.ErrInvalidReservation)
			assert.NotErrorIs(t, err, cart.ErrOutOfStock)
			assert.Empty(t, v.Reservations())
		})
	}
	assert.EqualError(t, v.Reserve(ctx, tests["zero quantity"]),
		`cart: invalid reservation: "a": holds[1]: plate: quantity 0 not above zero`)
	assert.EqualError(t, v.Reserve(ctx, tests["duplicate SKU"]), `cart: invalid reservation: "a": SKU mug held twice`)
}

func TestInventory_ReserveNothing(t *testing.T) {
	ctx := context.Background()
	v := stocked("mug", "1")
	require.NoError(t, v.Reserve(ctx, reservation("a", minutes(0), hold("mug", "1"))))
	require.NoError(t, v.Reserve(ctx, reservation("a", minutes(1))), "a reservation may hold nothing")
	assert.Equal(t, map[string]string{"mug": "1"}, available(t, v, "", minutes(1), "mug"))
	require.NoError(t, v.Commit(ctx, "a", minutes(2)))
	assert.True(t, v.Sold("mug").IsZero())
}

// A reservation made at 0 until 15 holds the stock until 15, when it is
// free again and the reservation can no longer be committed.
func TestInventory_Expiry(t *testing.T) {
	ctx := context.Background()
	v := stocked("mug", "1")
	require.NoError(t, v.Reserve(ctx, reservation("a", minutes(0), hold("mug", "1"))))
	assert.Equal(t, map[string]string{"mug": "0"}, available(t, v, "", minutes(14), "mug"))
	assert.Equal(t, []shortage{{"mug", "1", "0"}}, shortages(t, v.Reserve(ctx, reservation("b", minutes(14), hold("mug", "1")))))

	assert.Equal(t, map[string]string{"mug": "1"}, available(t, v, "", minutes(15), "mug"))
	assert.True(t, v.Held("mug", minutes(15)).IsZero())
	require.NoError(t, v.Reserve(ctx, reservation("b", minutes(15), hold("mug", "1"))), "the lapsed hold does not count")

	require.ErrorIs(t, v.Commit(ctx, "a", minutes(15)), cart.ErrReservationExpired)
	assert.True(t, v.Sold("mug").IsZero())
	require.NoError(t, v.Commit(ctx, "b", minutes(29)))
	assert.Equal(t, "1", v.Sold("mug").String())
}

func TestInventory_CommitLapsed(t *testing.T) {
	ctx := context.Background()
	v := stocked("mug", "1")
	require.NoError(t, v.Reserve(ctx, reservation("a", minutes(0), hold("mug", "1"))))
	err := v.Commit(ctx, "a", minutes(15))
	require.ErrorIs(t, err, cart.ErrReservationExpired)
	assert.EqualError(t, err, `carttest: reservation "a" lapsed at 2026-03-02T10:15:00Z: cart: reservation expired`)
	assert.True(t, v.Sold("mug").IsZero())
	_, ok := v.Reservation("a")
	assert.False(t, ok, "a failed commit drops the lapsed reservation")
}

// Once a lapsed reservation's stock is given to another, committing it
// with an earlier time sells nothing: no unit is sold twice.
func TestInventory_NoOversellWhenTimeGoesBack(t *testing.T) {
	ctx := context.Background()
	v := stocked("mug", "1", "plate", "1")
	require.NoError(t, v.Reserve(ctx, reservation("a", minutes(0), hold("mug", "1"))))
	require.NoError(t, v.Reserve(ctx, reservation("c", minutes(0), hold("plate", "1"))))
	require.Error(t, v.Reserve(ctx, reservation("b", minutes(20), hold("mug", "2"))))
	assert.Equal(t, []string{"a", "c"}, ids(v.Reservations()), "a failed Reserve forgets nothing")

	require.NoError(t, v.Reserve(ctx, reservation("b", minutes(20), hold("mug", "1"))))
	assert.Equal(t, []string{"b"}, ids(v.Reservations()), "lapsed reservations forgotten")
	require.ErrorIs(t, v.Commit(ctx, "a", minutes(10)), cart.ErrReservationExpired)
	require.ErrorIs(t, v.Commit(ctx, "c", minutes(10)), cart.ErrReservationExpired)
	require.NoError(t, v.Commit(ctx, "b", minutes(21)))
	assert.Equal(t, "1", v.Sold("mug").String())
	assert.True(t, v.Sold("plate").IsZero())
}

func TestInventory_ExpiredReservationRenewed(t *testing.T) {
	ctx := context.Background()
	v := stocked("mug", "2")
	require.NoError(t, v.Reserve(ctx, reservation("a", minutes(0), hold("mug", "2"))))
	assert.Len(t, v.Reservations(), 1, "a lapsed reservation is listed until dropped")
	require.NoError(t, v.Reserve(ctx, reservation("a", minutes(20), hold("mug", "1"))), "a cart renews its hold")
	require.NoError(t, v.Commit(ctx, "a", minutes(21)))
	assert.Equal(t, "1", v.Sold("mug").String())
	assert.Empty(t, v.Reservations())
}

func TestInventory_Release(t *testing.T) {
	ctx := context.Background()
	v := stocked("mug", "3")
	require.NoError(t, v.Reserve(ctx, reservation("a", minutes(0), hold("mug", "2"))))
	require.NoError(t, v.Release(ctx, "a"))
	assert.Equal(t, map[string]string{"mug": "3"}, available(t, v, "", minutes(1), "mug"))
	assert.Empty(t, v.Reservations())

	require.NoError(t, v.Release(ctx, "a"), "twice")
	require.NoError(t, v.Release(ctx, "unknown"))
	err := v.Commit(ctx, "a", minutes(1))
	require.ErrorIs(t, err, cart.ErrReservationExpired)
	assert.EqualError(t, err, `carttest: reservation "a" unknown: cart: reservation expired`)
	assert.True(t, v.Sold("mug").IsZero())
}

func TestInventory_Commit(t *testing.T) {
	ctx := context.Background()
	v := stocked("mug", "5", "coffee", "3")
	require.NoError(t, v.Reserve(ctx, reservation("a", minutes(0), hold("mug", "2"), hold("coffee", "0.25"))))
	require.NoError(t, v.Reserve(ctx, reservation("b", minutes(0), hold("mug", "1"))))
	require.NoError(t, v.Commit(ctx, "a", minutes(14)))

	assert.Equal(t, "2", v.Sold("mug").String())
	assert.Equal(t, "0.25", v.Sold("coffee").String())
	assert.Equal(t, "1", v.Held("mug", minutes(14)).String(), "b's hold only")
	assert.Equal(t, map[string]string{"mug": "3", "coffee": "2.75"}, available(t, v, "", minutes(15), "mug", "coffee"),
		"sold stock stays sold when reservations lapse")

	require.ErrorIs(t, v.Commit(ctx, "a", minutes(14)), cart.ErrReservationExpired, "a reservation is committed once")
	assert.Equal(t, "2", v.Sold("mug").String())
	assert.Equal(t, []string{"b"}, ids(v.Reservations()))
}

// Commit takes its time from its argument only: a commit dated before the
// reservation lapses succeeds, whatever the order of the calls.
func TestInventory_TimeFromArguments(t *testing.T) {
	ctx := context.Background()
	v := stocked("mug", "1")
	require.NoError(t, v.Reserve(ctx, reservation("a", minutes(60), hold("mug", "1"))))
	assert.Equal(t, map[string]string{"mug": "0"}, available(t, v, "", minutes(0), "mug"))
	require.NoError(t, v.Commit(ctx, "a", minutes(74)))
}

func TestInventory_ReservationsAreSortedCopies(t *testing.T) {
	ctx := context.Background()
	v := stocked("mug", "5", "plate", "5")
	holds := []cart.Hold{hold("plate", "1"), hold("mug", "2")}
	require.NoError(t, v.Reserve(ctx, cart.Reservation{ID: "b", Holds: holds, At: minutes(0), Expires: minutes(9)}))
	require.NoError(t, v.Reserve(ctx, reservation("a", minutes(0), hold("mug", "1"))))
	holds[0].SKU = "changed by the caller"

	rs := v.Reservations()
	require.Len(t, rs, 2)
	assert.Equal(t, []string{"a", "b"}, ids(rs))
	assert.Equal(t, cart.Reservation{ID: "b", Holds: []cart.Hold{hold("mug", "2"), hold("plate", "1")},
		At: minutes(0), Expires: minutes(9)}, rs[1], "holds sorted by SKU")
	rs[1].Holds[0].SKU = "changed by the reader"

	r, ok := v.Reservation("b")
	require.True(t, ok)
	assert.Equal(t, "mug", r.Holds[0].SKU)
	assert.Empty(t, carttest.NewInventory().Reservations())
}

func TestInventory_ZeroValue(t *testing.T) {
	ctx := context.Background()
	var v carttest.Inventory
	assert.Equal(t, map[string]string{"mug": "0"}, available(t, &v, "", minutes(0), "mug"))
	require.ErrorIs(t, v.Commit(ctx, "a", minutes(0)), cart.ErrReservationExpired)
	require.NoError(t, v.Release(ctx, "a"))
	require.NoError(t, v.Reserve(ctx, reservation("a", minutes(0))))

	var w carttest.Inventory
	w.AddStock("mug", dec("1"))
	require.NoError(t, w.Reserve(ctx, reservation("a", minutes(0), hold("mug", "1"))))
	require.NoError(t, w.Commit(ctx, "a", minutes(1)))
	assert.Equal(t, "1", w.Sold("mug").String())
}

// Of 100 carts racing for the last unit, exactly one holds it and sells
// it; the others are told it is out of stock, and their commits fail.
func TestInventory_ConcurrentLastUnit(t *testing.T) {
	ctx := context.Background()
	v := stocked("mug", "1")
	var committed, outOfStock, expired atomic.Int64
	var wg sync.WaitGroup
	for i := range 100 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			id := fmt.Sprintf("cart-%d", i)
			if err := v.Reserve(ctx, reservation(id, minutes(0), hold("mug", "1"))); err != nil {
				assert.ErrorIs(t, err, cart.ErrOutOfStock)
				outOfStock.Add(1)
			}
			_, err := v.Available(ctx, []string{"mug"}, id, minutes(1))
			assert.NoError(t, err)
			switch err := v.Commit(ctx, id, minutes(1)); {
			case err == nil:
				committed.Add(1)
			case errors.Is(err, cart.ErrReservationExpired):
				expired.Add(1)
			default:
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	assert.Equal(t, int64(1), committed.Load())
	assert.Equal(t, int64(99), outOfStock.Load())
	assert.Equal(t, int64(99), expired.Load())
	assert.Equal(t, "1", v.Sold("mug").String())
	assert.Empty(t, v.Reservations())
	assert.Equal(t, 300, v.CallCount(carttest.All))
}

// 50 carts racing for 10 units: 10 sell one each.
func TestInventory_ConcurrentTenUnits(t *testing.T) {
	ctx := context.Background()
	v := stocked("mug", "10")
	var committed atomic.Int64
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			id := fmt.Sprintf("cart-%d", i)
			if err := v.Reserve(ctx, reservation(id, minutes(0), hold("mug", "1"))); err != nil {
				assert.ErrorIs(t, err, cart.ErrOutOfStock)
				return
			}
			if assert.NoError(t, v.Commit(ctx, id, minutes(1))) {
				committed.Add(1)
			}
		}()
	}
	wg.Wait()
	assert.Equal(t, int64(10), committed.Load())
	assert.Equal(t, "10", v.Sold("mug").String())
	assert.Equal(t, map[string]string{"mug": "0"}, available(t, v, "", minutes(1), "mug"))
}

// Carts that reserve, release and commit while stock is delivered never
// sell more than there is.
func TestInventory_ConcurrentMixed(t *testing.T) {
	ctx := context.Background()
	v := stocked("mug", "5")
	var wg sync.WaitGroup
	for i := range 40 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			id := fmt.Sprintf("cart-%d", i)
			if i%10 == 0 {
				v.AddStock("mug", dec("1"))
			}
			if v.Reserve(ctx, reservation(id, minutes(0), hold("mug", "1"))) != nil {
				return
			}
			if i%2 == 0 {
				assert.NoError(t, v.Release(ctx, id))
				return
			}
			assert.NoError(t, v.Commit(ctx, id, minutes(1)))
			_ = v.Reservations()
		}()
	}
	wg.Wait()
	assert.Equal(t, "9", v.Stock("mug").String())
	assert.True(t, v.Sold("mug").LessThanOrEqual(v.Stock("mug")), "sold %s", v.Sold("mug"))
	assert.Empty(t, v.Reservations())
}

func TestInventory_Fail(t *testing.T) {
	ctx := context.Background()
	v := stocked("mug", "5")
	down := errors.New("warehouse down")
	v.Fail(carttest.OpReserve, down)

	r := reservation("a", minutes(0), hold("mug", "2"))
	require.ErrorIs(t, v.Reserve(ctx, r), down)
	require.ErrorIs(t, v.Reserve(ctx, r), down, "until Fail(op, nil)")
	assert.Equal(t, map[string]string{"mug": "5"}, available(t, v, "", minutes(0), "mug"), "other operations work")
	assert.Empty(t, v.Reservations(), "a failed call reserves nothing")

	v.Fail(carttest.OpReserve, nil)
	require.NoError(t, v.Reserve(ctx, r))

	v.Fail(carttest.All, down)
	_, err := v.Available(ctx, []string{"mug"}, "", minutes(0))
	require.ErrorIs(t, err, down)
	require.ErrorIs(t, v.Release(ctx, "a"), down)
	require.ErrorIs(t, v.Commit(ctx, "a", minutes(1)), down)
	assert.Len(t, v.Reservations(), 1, "nothing released or committed")
	assert.True(t, v.Sold("mug").IsZero())

	other := errors.New("timeout")
	v.Fail(carttest.OpCommit, other)
	require.ErrorIs(t, v.Commit(ctx, "a", minutes(1)), other, "a failure for the operation wins over All")
	v.Fail(carttest.All, nil)
	v.Fail(carttest.OpCommit, nil)
	require.NoError(t, v.Commit(ctx, "a", minutes(1)))
	assert.Equal(t, "2", v.Sold("mug").String())
}

func TestInventory_FailNext(t *testing.T) {
	ctx := context.Background()
	v := stocked("mug", "5")
	first, second := errors.New("first"), errors.New("second")
	v.FailNext(carttest.OpCommit, first)
	v.FailNext(carttest.All, second)
	v.FailNext(carttest.OpCommit, nil) // ignored

	r := reservation("a", minutes(0), hold("mug", "1"))
	require.ErrorIs(t, v.Reserve(ctx, r), second, "All is used by the first call of any operation")
	require.NoError(t, v.Reserve(ctx, r))
	require.ErrorIs(t, v.Commit(ctx, "a", minutes(1)), first)
	require.NoError(t, v.Commit(ctx, "a", minutes(1)), "once, and the reservation was kept")

	persistent := errors.New("persistent")
	v.Fail(carttest.OpRelease, persistent)
	v.FailNext(carttest.OpRelease, first)
	require.ErrorIs(t, v.Release(ctx, "a"), first, "queued failures come first")
	require.ErrorIs(t, v.Release(ctx, "a"), persistent)
}

func TestInventory_ContextDone(t *testing.T) {
	v := stocked("mug", "5")
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	r := reservation("a", minutes(0), hold("mug", "1"))

	require.ErrorIs(t, v.Reserve(cancelled, r), context.Canceled)
	assert.Empty(t, v.Reservations())
	_, err := v.Available(cancelled, []string{"mug"}, "", minutes(0))
	require.ErrorIs(t, err, context.Canceled)

	require.NoError(t, v.Reserve(context.Background(), r))
	require.ErrorIs(t, v.Release(cancelled, "a"), context.Canceled)
	require.ErrorIs(t, v.Commit(cancelled, "a", minutes(1)), context.Canceled)
	assert.Len(t, v.Reservations(), 1, "nothing released or committed")
	assert.True(t, v.Sold("mug").IsZero())

	expired, stop := context.WithDeadline(context.Background(), time.Time{}.Add(time.Nanosecond))
	defer stop()
	require.ErrorIs(t, v.Commit(expired, "a", minutes(1)), context.DeadlineExceeded)

	v.FailNext(carttest.All, errors.New("injected"))
	require.ErrorIs(t, v.Release(cancelled, "a"), context.Canceled, "the context comes first")
	require.EqualError(t, v.Release(context.Background(), "a"), "injected", "the queued failure is still there")
}

func TestInventory_CallCount(t *testing.T) {
	ctx := context.Background()
	v := stocked("mug", "5")
	_, _ = v.Available(ctx, nil, "", minutes(0))
	_ = v.Reserve(ctx, cart.Reservation{})
	_ = v.Reserve(ctx, reservation("a", minutes(0), hold("mug", "1")))
	_ = v.Commit(ctx, "a", minutes(1))
	_ = v.Release(ctx, "a")
	assert.Equal(t, 1, v.CallCount(carttest.OpAvailable))
	assert.Equal(t, 2, v.CallCount(carttest.OpReserve), "failed calls count")
	assert.Equal(t, 1, v.CallCount(carttest.OpCommit))
	assert.Equal(t, 1, v.CallCount(carttest.OpRelease))
	assert.Equal(t, 0, v.CallCount(carttest.OpPrices))
	assert.Equal(t, 5, v.CallCount(carttest.All))
}

func ids(rs []cart.Reservation) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.ID
	}
	return out
}
