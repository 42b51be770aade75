package carttest_test

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/shopspring/decimal"

	"github.com/comptoir/comptoir/cart"
	"github.com/comptoir/comptoir/cart/carttest"
)

// Two carts want the last mug: the first to reserve it buys it; when its
// hold lapses unpaid, the other cart gets it.
func ExampleInventory() {
	ctx := context.Background()
	inv := carttest.NewInventory()
	inv.SetStock("mug", decimal.NewFromInt(1))
	at := time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)
	mug := []cart.Hold{{SKU: "mug", Quantity: decimal.NewFromInt(1)}}

	fmt.Println("alice:", inv.Reserve(ctx, cart.Reservation{ID: "alice", Holds: mug, At: at, Expires: at.Add(15 * time.Minute)}))
	err := inv.Reserve(ctx, cart.Reservation{ID: "bob", Holds: mug, At: at.Add(time.Minute), Expires: at.Add(16 * time.Minute)})
	fmt.Println("bob:", err, errors.Is(err, cart.ErrOutOfStock))

	// Alice leaves; at 10:15 her hold lapses.
	later := at.Add(15 * time.Minute)
	left, _ := inv.Available(ctx, []string{"mug"}, "", later)
	fmt.Println("available at 10:15:", left["mug"])
	fmt.Println("bob again:", inv.Reserve(ctx, cart.Reservation{ID: "bob", Holds: mug, At: later, Expires: later.Add(15 * time.Minute)}))

	err = inv.Commit(ctx, "alice", later)
	fmt.Println("alice pays:", errors.Is(err, cart.ErrReservationExpired))
	fmt.Println("bob pays:", inv.Commit(ctx, "bob", later.Add(5*time.Minute)))
	fmt.Println("sold:", inv.Sold("mug"))
	// Output:
	// alice: <nil>
	// bob: cart: out of stock: mug (wanted 1, 0 left) true
	// available at 10:15: 1
	// bob again: <nil>
	// alice pays: true
	// bob pays: <nil>
	// sold: 1
}

// Reserve holds everything or nothing, and names every SKU short.
func ExampleInventory_Reserve() {
	ctx := context.Background()
	inv := carttest.NewInventory()
	inv.SetStock("mug", decimal.NewFromInt(5))
	inv.SetStock("plate", decimal.NewFromInt(1))
	inv.SetStock("coffee", decimal.RequireFromString("0.5")) // kilograms
	at := time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)

	err := inv.Reserve(ctx, cart.Reservation{ID: "cart-1", At: at, Expires: at.Add(15 * time.Minute), Holds: []cart.Hold{
		{SKU: "plate", Quantity: decimal.NewFromInt(2)},
		{SKU: "mug", Quantity: decimal.NewFromInt(2)},
		{SKU: "coffee", Quantity: decimal.RequireFromString("0.75")},
	}})
	var oos *cart.OutOfStockError
	if errors.As(err, &oos) {
		for _, s := range oos.Shortages {
			fmt.Printf("%s: wanted %s, %s left\n", s.SKU, s.Wanted, s.Available)
		}
	}
	fmt.Println(len(inv.Reservations()), "reservations")
	// Output:
	// coffee: wanted 0.75, 0.5 left
	// plate: wanted 2, 1 left
	// 0 reservations
}

// Available excludes the asking cart's own reservation, so that a cart
// sees the stock it holds as its own.
func ExampleInventory_Available() {
	ctx := context.Background()
	inv := carttest.NewInventory()
	inv.SetStock("mug", decimal.NewFromInt(5))
	at := time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)
	_ = inv.Reserve(ctx, cart.Reservation{ID: "cart-1", At: at, Expires: at.Add(15 * time.Minute),
		Holds: []cart.Hold{{SKU: "mug", Quantity: decimal.NewFromInt(3)}}})

	others, _ := inv.Available(ctx, []string{"mug"}, "", at)
	own, _ := inv.Available(ctx, []string{"mug"}, "cart-1", at)
	fmt.Println("for another cart:", others["mug"], "for cart-1:", own["mug"])
	// Output:
	// for another cart: 2 for cart-1: 5
}

// Injected failures test how a checkout copes with a warehouse that is
// down.
func ExampleInventory_FailNext() {
	ctx := context.Background()
	inv := carttest.NewInventory()
	inv.SetStock("mug", decimal.NewFromInt(1))
	at := time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)
	_ = inv.Reserve(ctx, cart.Reservation{ID: "cart-1", At: at, Expires: at.Add(15 * time.Minute),
		Holds: []cart.Hold{{SKU: "mug", Quantity: decimal.NewFromInt(1)}}})

	down := errors.New("warehouse unavailable")
	inv.FailNext(carttest.OpCommit, down)
	err := inv.Commit(ctx, "cart-1", at.Add(time.Minute))
	fmt.Println(errors.Is(err, down), inv.Sold("mug"))
	fmt.Println(inv.Commit(ctx, "cart-1", at.Add(2*time.Minute)), inv.Sold("mug"))
	fmt.Println(inv.CallCount(carttest.OpCommit), "commits")
	// Output:
	// true 0
	// <nil> 1
	// 2 commits
}

// Professionals buying in the shop get their own price; a sale lowers
// prices above it while it lasts.
func ExampleCatalog() {
	ctx := context.Background()
	cat := carttest.NewCatalog()
	cat.SetPrice("mug", decimal.RequireFromString("12.50"))
	cat.SetPriceFor("mug", "shop", "", decimal.RequireFromString("11.00"))
	cat.SetPriceFor("mug", "shop", "pro", decimal.RequireFromString("9.00"))
	valentine := time.Date(2026, time.February, 14, 0, 0, 0, 0, time.UTC)
	cat.SetSale("mug", decimal.RequireFromString("10.00"), valentine, valentine.AddDate(0, 0, 1))
	cat.SetPrice("plate", decimal.RequireFromString("8.00"))
	cat.Remove("plate")

	for _, q := range []cart.PriceQuery{
		{Channel: "web", At: valentine.AddDate(0, 0, -1)},
		{Channel: "web", At: valentine},
		{Channel: "shop", At: valentine.AddDate(0, 0, -1)},
		{Channel: "shop", Group: "pro", At: valentine},
	} {
		q.SKUs = []string{"mug", "plate"}
		p, _ := cat.Prices(ctx, q)
		fmt.Printf("%s/%s on %s: %d prices, mug %s\n", q.Channel, q.Group, q.At.Format("02 Jan"), len(p), p["mug"].StringFixed(2))
	}
	// Output:
	// web/ on 13 Feb: 1 prices, mug 12.50
	// web/ on 14 Feb: 1 prices, mug 10.00
	// shop/ on 13 Feb: 1 prices, mug 11.00
	// shop/pro on 14 Feb: 1 prices, mug 9.00
}

// Queries shows what a cart asked the catalogue.
func ExampleCatalog_Queries() {
	ctx := context.Background()
	cat := carttest.NewCatalog()
	cat.SetPrice("mug", decimal.NewFromInt(12))
	at := time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)
	_, _ = cat.Prices(ctx, cart.PriceQuery{SKUs: []string{"mug"}, Channel: "web", Group: "pro", At: at})

	for _, q := range cat.Queries() {
		fmt.Println(q.SKUs, q.Channel, q.Group, q.At.Format(time.RFC3339))
	}
	// Output:
	// [mug] web pro 2026-03-02T10:00:00Z
}
