package promotest_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"

	"github.com/comptoir/comptoir/pricing/promo"
	"github.com/comptoir/comptoir/pricing/promo/promotest"
)

// A batch of single-use vouchers: each code is good for one order, until
// that order is cancelled.
func Example() {
	ctx := context.Background()
	store := promotest.NewStore()

	gen := promo.CodeGenerator{Prefix: "XMAS-", Length: 8, GroupSize: 4, Rand: rand.NewChaCha8([32]byte{})}
	codes, err := gen.Generate(2, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	voucher := func(code string) promo.Use {
		return promo.Use{PromotionID: "xmas-vouchers", Code: code, Limits: promo.Limits{SingleUseCodes: true}}
	}

	// A customer types the first code in lower case.
	typed := " xmas-ancx-t2ru "
	fmt.Println("order 1:", store.Redeem(ctx, promo.Redemption{OrderID: "1001", CustomerID: "alice", Uses: []promo.Use{voucher(typed)}}))

	err = store.Redeem(ctx, promo.Redemption{OrderID: "1002", CustomerID: "bob", Uses: []promo.Use{voucher(codes[0])}})
	var limit *promo.LimitError
	if errors.As(err, &limit) {
		fmt.Println("order 2:", limit.Kind, limit.Code)
	}
	fmt.Println("order 3:", store.Redeem(ctx, promo.Redemption{OrderID: "1003", CustomerID: "bob", Uses: []promo.Use{voucher(codes[1])}}))

	// Alice cancels: her code can be used again.
	_ = store.Release(ctx, "1001")
	fmt.Println("order 2 again:", store.Redeem(ctx, promo.Redemption{OrderID: "1002", CustomerID: "bob", Uses: []promo.Use{voucher(codes[0])}}))
	// Output:
	// order 1: <nil>
	// order 2: single-use code XMAS-ANCX-T2RU
	// order 3: <nil>
	// order 2 again: <nil>
}

// Counts reports past uses, for the engine to check limits while pricing.
func ExampleStore_Counts() {
	ctx := context.Background()
	store := promotest.NewStore()
	welcome := promo.Use{PromotionID: "welcome", Code: "hello10", Limits: promo.Limits{Total: 1000, PerCustomer: 1}}
	_ = store.Redeem(ctx, promo.Redemption{OrderID: "1001", CustomerID: "alice", Uses: []promo.Use{welcome}})
	_ = store.Redeem(ctx, promo.Redemption{OrderID: "1002", CustomerID: "bob", Uses: []promo.Use{welcome}})

	c, _ := store.Counts(ctx, "alice", []string{"welcome"}, []string{"Hello10"})
	fmt.Println("total:", c.Promotion["welcome"], "alice:", c.Customer["welcome"], "code:", c.Code["HELLO10"])

	guest, _ := store.Counts(ctx, "", []string{"welcome"}, nil)
	fmt.Println("guest counts tracked:", guest.Customer != nil)
	// Output:
	// total: 2 alice: 1 code: 2
	// guest counts tracked: false
}

// Redeem records every use of an order or none of them.
func ExampleStore_Redeem() {
	ctx := context.Background()
	store := promotest.NewStore()
	flash := promo.Use{PromotionID: "flash-sale", Limits: promo.Limits{Total: 1}}
	shipping := promo.Use{PromotionID: "free-shipping"}

	fmt.Println(store.Redeem(ctx, promo.Redemption{OrderID: "1001", Uses: []promo.Use{flash}}))
	err := store.Redeem(ctx, promo.Redemption{OrderID: "1002", Uses: []promo.Use{shipping, flash}})
	fmt.Println(err, errors.Is(err, promo.ErrLimitReached))
	fmt.Println(len(store.Redemptions()), "order recorded")

	err = store.Redeem(ctx, promo.Redemption{OrderID: "1001", Uses: []promo.Use{shipping}})
	fmt.Println(errors.Is(err, promo.ErrAlreadyRedeemed))
	// Output:
	// <nil>
	// promo: promotion "flash-sale": total uses: 1 used of 1 true
	// 1 order recorded
	// true
}

// Injected failures test how code copes with a store that is down.
func ExampleStore_FailNext() {
	ctx := context.Background()
	store := promotest.NewStore()
	unavailable := errors.New("usage database unavailable")
	store.FailNext(promotest.OpRedeem, unavailable)

	r := promo.Redemption{OrderID: "1001", Uses: []promo.Use{{PromotionID: "welcome"}}}
	err := store.Redeem(ctx, r)
	fmt.Println(errors.Is(err, unavailable), len(store.Redemptions()))
	fmt.Println(store.Redeem(ctx, r), len(store.Redemptions()))
	fmt.Println(store.CallCount(promotest.OpRedeem), "calls")
	// Output:
	// true 0
	// <nil> 1
	// 2 calls
}
