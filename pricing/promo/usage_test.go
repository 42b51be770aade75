package promo_test

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/pricing/promo"
	"github.com/comptoir/comptoir/pricing/promo/promotest"
)

// TestRedemptionFlow runs single-use vouchers through the whole cycle:
// counts from the store, Apply, redeem at placement, refusal of the used
// code, release on cancellation, reuse.
func TestRedemptionFlow(t *testing.T) {
	ctx := context.Background()
	codes, err := promo.CodeGenerator{Length: 8, Prefix: "LOVE-"}.Generate(3, nil)
	require.NoError(t, err)
	voucher := promo.Promotion{ID: "voucher", Codes: codes, Limits: promo.Limits{SingleUseCodes: true, PerCustomer: 2},
		Actions: []promo.Action{promo.OrderAmountOff{Amount: eur(t, "10.00")}}}
	e := engine(t, voucher)
	store := promotest.NewStore()

	price := func(customer, code string) promo.Result {
		c := cart(t, item("a", "A", "1", "40.00"))
		c.Customer.ID, c.Codes = customer, []string{code}
		counts, err := store.Counts(ctx, customer, []string{"voucher"}, c.Codes)
		require.NoError(t, err)
		r, err := e.Apply(c, counts)
		require.NoError(t, err)
		return r
	}

	r := price("ann", codes[0])
	require.Equal(t, "10.00 EUR", r.Discount.String())
	require.NoError(t, store.Redeem(ctx, r.Redemption("order-1", "ann")))

	again := price("bob", codes[0])
	assert.Equal(t, promo.ReasonCodeUsed, outcome(t, again, "voucher").Reason)
	assert.True(t, again.Discount.IsZero())

	// Redeeming a stale result (priced before the code was used) fails.
	err = store.Redeem(ctx, r.Redemption("order-2", "bob"))
	var le *promo.LimitError
	require.ErrorAs(t, err, &le)
	assert.Equal(t, promo.LimitSingleUseCode, le.Kind)

	// Ann uses her second voucher; a third is over her limit.
	require.NoError(t, store.Redeem(ctx, price("ann", codes[1]).Redemption("order-3", "ann")))
	assert.Equal(t, promo.ReasonCustomerLimit, outcome(t, price("ann", codes[2]), "voucher").Reason)

	// Cancelling order 1 frees its code and Ann's use.
	require.NoError(t, store.Release(ctx, "order-1"))
	r = price("bob", codes[0])
	assert.True(t, outcome(t, r, "voucher").Applied)
	assert.True(t, outcome(t, price("ann", codes[2]), "voucher").Applied)
}

func TestConcurrentRedemptionsOfASingleUseCode(t *testing.T) {
	ctx := context.Background()
	e := engine(t, promo.Promotion{ID: "v", Codes: []string{"ONCE"}, Limits: promo.Limits{SingleUseCodes: true},
		Actions: []promo.Action{promo.OrderPercentOff{Percent: dec("20")}}})
	store := promotest.NewStore()
	c := cart(t, item("a", "A", "1", "40.00"))
	c.Codes = []string{"once"}
	var wins, limited atomic.Int32
	var wg sync.WaitGroup
	for i := range 64 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			counts, err := store.Counts(ctx, "", []string{"v"}, []string{"ONCE"})
			if !assert.NoError(t, err) {
				return
			}
			r, err := e.Apply(c, counts)
			if !assert.NoError(t, err) || len(r.Uses) == 0 {
				return // priced after the code was used
			}
			switch err := store.Redeem(ctx, r.Redemption(string(rune('A'+i)), "")); {
			case err == nil:
				wins.Add(1)
			case errors.Is(err, promo.ErrLimitReached):
				limited.Add(1)
			default:
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	assert.Equal(t, int32(1), wins.Load())
}
