package promotest_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/pricing/promo"
	"github.com/comptoir/comptoir/pricing/promo/promotest"
)

func redemption(orderID, customerID string, uses ...promo.Use) promo.Redemption {
	return promo.Redemption{OrderID: orderID, CustomerID: customerID, Uses: uses}
}

func limitError(t *testing.T, err error) *promo.LimitError {
	t.Helper()
	require.ErrorIs(t, err, promo.ErrLimitReached)
	var le *promo.LimitError
	require.ErrorAs(t, err, &le)
	return le
}

func counts(t *testing.T, s *promotest.Store, customerID string, ids, codes []string) promo.Counts {
	t.Helper()
	c, err := s.Counts(context.Background(), customerID, ids, codes)
	require.NoError(t, err)
	return c
}

func TestStore_TotalLimit(t *testing.T) {
	ctx := context.Background()
	s := promotest.NewStore()
	use := promo.Use{PromotionID: "launch", Limits: promo.Limits{Total: 2}}
	require.NoError(t, s.Redeem(ctx, redemption("o1", "alice", use)))
	require.NoError(t, s.Redeem(ctx, redemption("o2", "", use)))

	err := s.Redeem(ctx, redemption("o3", "bob", use))
	le := limitError(t, err)
	assert.Equal(t, promo.LimitError{PromotionID: "launch", Kind: promo.LimitTotal, Used: 2, Limit: 2}, *le)
	assert.EqualError(t, err, `promo: promotion "launch": total uses: 2 used of 2`)
	assert.Equal(t, map[string]int{"launch": 2}, counts(t, s, "", []string{"launch"}, nil).Promotion)
}

func TestStore_PerCustomerLimit(t *testing.T) {
	ctx := context.Background()
	s := promotest.NewStore()
	use := promo.Use{PromotionID: "welcome", Limits: promo.Limits{PerCustomer: 1}}
	require.NoError(t, s.Redeem(ctx, redemption("o1", "alice", use)))

	le := limitError(t, s.Redeem(ctx, redemption("o2", "alice", use)))
	assert.Equal(t, promo.LimitError{PromotionID: "welcome", Kind: promo.LimitPerCustomer, Used: 1, Limit: 1}, *le)

	require.NoError(t, s.Redeem(ctx, redemption("o3", "bob", use)), "another customer")
	require.NoError(t, s.Redeem(ctx, redemption("o4", "", use)), "a guest is not limited per customer")
	require.NoError(t, s.Redeem(ctx, redemption("o5", "", use)), "nor is a second guest")

	c := counts(t, s, "alice", []string{"welcome"}, nil)
	assert.Equal(t, map[string]int{"welcome": 4}, c.Promotion)
	assert.Equal(t, map[string]int{"welcome": 1}, c.Customer)
	assert.Nil(t, counts(t, s, "", []string{"welcome"}, nil).Customer, "no per-customer counts for guests")
}

func TestStore_SingleUseCode(t *testing.T) {
	ctx := context.Background()
	s := promotest.NewStore()
	limits := promo.Limits{SingleUseCodes: true}
	require.NoError(t, s.Redeem(ctx, redemption("o1", "alice", promo.Use{PromotionID: "xmas", Code: " xmas-7kq2 ", Limits: limits})))

	err := s.Redeem(ctx, redemption("o2", "bob", promo.Use{PromotionID: "xmas", Code: "XMAS-7KQ2", Limits: limits}))
	le := limitError(t, err)
	assert.Equal(t, promo.LimitError{PromotionID: "xmas", Code: "XMAS-7KQ2", Kind: promo.LimitSingleUseCode, Used: 1, Limit: 1}, *le)
	assert.EqualError(t, err, `promo: promotion "xmas": code "XMAS-7KQ2" already used`)

	require.NoError(t, s.Redeem(ctx, redemption("o3", "bob", promo.Use{PromotionID: "xmas", Code: "XMAS-HW9D", Limits: limits})), "another code")
	require.NoError(t, s.Redeem(ctx, redemption("o4", "bob", promo.Use{PromotionID: "xmas", Limits: limits})), "a use without code has none to spend")

	c := counts(t, s, "", []string{"xmas"}, []string{"xmas-7kq2", "XMAS-HW9D", "XMAS-NEW", "  "})
	assert.Equal(t, map[string]int{"XMAS-7KQ2": 1, "XMAS-HW9D": 1, "XMAS-NEW": 0}, c.Code)
	assert.Equal(t, map[string]int{"xmas": 3}, c.Promotion)
}

func TestStore_CodesWithoutSingleUseAreCounted(t *testing.T) {
	ctx := context.Background()
	s := promotest.NewStore()
	use := promo.Use{PromotionID: "summer", Code: "summer24"}
	require.NoError(t, s.Redeem(ctx, redemption("o1", "alice", use)))
	require.NoError(t, s.Redeem(ctx, redemption("o2", "alice", use)))
	assert.Equal(t, map[string]int{"SUMMER24": 2}, counts(t, s, "", nil, []string{"Summer24"}).Code)
}

func TestStore_AllOrNothing(t *testing.T) {
	ctx := context.Background()
	s := promotest.NewStore()
	voucher := promo.Use{PromotionID: "voucher", Code: "V-1", Limits: promo.Limits{SingleUseCodes: true}}
	require.NoError(t, s.Redeem(ctx, redemption("o1", "alice", voucher)))

	free := promo.Use{PromotionID: "free-shipping", Code: "SHIP", Limits: promo.Limits{Total: 100}}
	le := limitError(t, s.Redeem(ctx, redemption("o2", "bob", free, voucher)))
	assert.Equal(t, "voucher", le.PromotionID)
	assert.Equal(t, promo.LimitSingleUseCode, le.Kind)

	c := counts(t, s, "bob", []string{"free-shipping", "voucher"}, []string{"SHIP", "V-1"})
	assert.Equal(t, map[string]int{"free-shipping": 0, "voucher": 1}, c.Promotion, "the first use was not recorded")
	assert.Equal(t, map[string]int{"free-shipping": 0, "voucher": 0}, c.Customer)
	assert.Equal(t, map[string]int{"SHIP": 0, "V-1": 1}, c.Code)
	_, ok := s.Redemption("o2")
	assert.False(t, ok)

	require.NoError(t, s.Redeem(ctx, redemption("o2", "bob", free)), "the order ID is still free")
}

func TestStore_FirstViolatedUseIsReported(t *testing.T) {
	ctx := context.Background()
	s := promotest.NewStore()
	a := promo.Use{PromotionID: "a", Limits: promo.Limits{Total: 1}}
	b := promo.Use{PromotionID: "b", Limits: promo.Limits{PerCustomer: 1}}
	require.NoError(t, s.Redeem(ctx, redemption("o1", "alice", a, b)))
	le := limitError(t, s.Redeem(ctx, redemption("o2", "alice", b, a)))
	assert.Equal(t, "b", le.PromotionID)
	assert.Equal(t, promo.LimitPerCustomer, le.Kind)
}

func TestStore_LimitKindsAreCheckedInOrder(t *testing.T) {
	ctx := context.Background()
	s := promotest.NewStore()
	use := promo.Use{PromotionID: "p", Code: "C", Limits: promo.Limits{Total: 1, PerCustomer: 1, SingleUseCodes: true}}
	require.NoError(t, s.Redeem(ctx, redemption("o1", "alice", use)))
	assert.Equal(t, promo.LimitTotal, limitError(t, s.Redeem(ctx, redemption("o2", "alice", use))).Kind)

	use.Limits.Total = 0
	assert.Equal(t, promo.LimitPerCustomer, limitError(t, s.Redeem(ctx, redemption("o2", "alice", use))).Kind)
	assert.Equal(t, promo.LimitSingleUseCode, limitError(t, s.Redeem(ctx, redemption("o2", "bob", use))).Kind)
}

func TestStore_SamePromotionTwiceInAnOrderCountsOnce(t *testing.T) {
	ctx := context.Background()
	s := promotest.NewStore()
	limits := promo.Limits{Total: 1, PerCustomer: 1, SingleUseCodes: true}
	r := redemption("o1", "alice",
		promo.Use{PromotionID: "bundle", Code: "B-1", Limits: limits},
		promo.Use{PromotionID: "bundle", Code: "b-1", Limits: limits},
	)
	require.NoError(t, s.Redeem(ctx, r))
	c := counts(t, s, "alice", []string{"bundle"}, []string{"B-1"})
	assert.Equal(t, map[string]int{"bundle": 1}, c.Promotion)
	assert.Equal(t, map[string]int{"bundle": 1}, c.Customer)
	assert.Equal(t, map[string]int{"B-1": 1}, c.Code)

	require.NoError(t, s.Release(ctx, "o1"))
	c = counts(t, s, "alice", []string{"bundle"}, []string{"B-1"})
	assert.Equal(t, map[string]int{"bundle": 0}, c.Promotion)
	assert.Equal(t, map[string]int{"B-1": 0}, c.Code)
}

func TestStore_AlreadyRedeemed(t *testing.T) {
	ctx := context.Background()
	s := promotest.NewStore()
	use := promo.Use{PromotionID: "p"}
	require.NoError(t, s.Redeem(ctx, redemption("o1", "alice", use)))
	err := s.Redeem(ctx, redemption("o1", "alice", use))
	require.ErrorIs(t, err, promo.ErrAlreadyRedeemed)
	assert.NotErrorIs(t, err, promo.ErrLimitReached)
	assert.Contains(t, err.Error(), `"o1"`)

	err = s.Redeem(ctx, redemption("o1", "bob", promo.Use{PromotionID: "other"}))
	require.ErrorIs(t, err, promo.ErrAlreadyRedeemed, "whatever the uses")
	assert.Equal(t, map[string]int{"p": 1, "other": 0}, counts(t, s, "", []string{"p", "other"}, nil).Promotion)

	require.NoError(t, s.Redeem(ctx, redemption("empty", "alice")))
	require.ErrorIs(t, s.Redeem(ctx, redemption("empty", "alice")), promo.ErrAlreadyRedeemed, "an order without uses is recorded too")
}

func TestStore_InvalidRedemptions(t *testing.T) {
	tests := []struct {
		name string
		r    promo.Redemption
		msg  string
	}{
		{"empty order ID", redemption("", "alice", promo.Use{PromotionID: "p"}), "empty order ID"},
		{"empty order ID without uses", redemption("", "alice"), "empty order ID"},
		{"empty promotion ID", redemption("o1", "alice", promo.Use{PromotionID: "p"}, promo.Use{Code: "C"}), "use 1: empty promotion ID"},
		{"negative total", redemption("o1", "", promo.Use{PromotionID: "p", Limits: promo.Limits{Total: -1}}), "negative limit"},
		{"negative per customer", redemption("o1", "", promo.Use{PromotionID: "p", Limits: promo.Limits{PerCustomer: -1}}), "negative limit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := promotest.NewStore()
			err := s.Redeem(context.Background(), tt.r)
			require.ErrorIs(t, err, promo.ErrInvalidRedemption)
			assert.Contains(t, err.Error(), tt.msg)
			assert.Empty(t, s.Redemptions())
		})
	}
}

func TestStore_ReleaseFreesUses(t *testing.T) {
	ctx := context.Background()
	s := promotest.NewStore()
	voucher := promo.Use{PromotionID: "xmas", Code: "XMAS-7KQ2", Limits: promo.Limits{Total: 1, PerCustomer: 1, SingleUseCodes: true}}
	require.NoError(t, s.Redeem(ctx, redemption("o1", "alice", voucher)))
	limitError(t, s.Redeem(ctx, redemption("o2", "bob", voucher)))

	// Alice cancels her order: the code, the total and her share are free.
	require.NoError(t, s.Release(ctx, "o1"))
	c := counts(t, s, "alice", []string{"xmas"}, []string{"XMAS-7KQ2"})
	assert.Equal(t, map[string]int{"xmas": 0}, c.Promotion)
	assert.Equal(t, map[string]int{"xmas": 0}, c.Customer)
	assert.Equal(t, map[string]int{"XMAS-7KQ2": 0}, c.Code)
	_, ok := s.Redemption("o1")
	assert.False(t, ok)

	require.NoError(t, s.Redeem(ctx, redemption("o2", "bob", voucher)), "the code can be redeemed again")
	require.NoError(t, s.Release(ctx, "o2"))
	require.NoError(t, s.Redeem(ctx, redemption("o1", "alice", voucher)), "the released order ID can redeem again")
}

func TestStore_ReleaseIsIdempotent(t *testing.T) {
	ctx := context.Background()
	s := promotest.NewStore()
	use := promo.Use{PromotionID: "p", Code: "C"}
	require.NoError(t, s.Redeem(ctx, redemption("o1", "alice", use)))
	require.NoError(t, s.Redeem(ctx, redemption("o2", "alice", use)))

	require.NoError(t, s.Release(ctx, "o1"))
	require.NoError(t, s.Release(ctx, "o1"), "released already")
	require.NoError(t, s.Release(ctx, "unknown"))
	require.NoError(t, s.Release(ctx, ""))

	c := counts(t, s, "alice", []string{"p"}, []string{"C"})
	assert.Equal(t, map[string]int{"p": 1}, c.Promotion, "o2's use stays")
	assert.Equal(t, map[string]int{"p": 1}, c.Customer)
	assert.Equal(t, map[string]int{"C": 1}, c.Code)
}

func TestStore_Counts(t *testing.T) {
	ctx := context.Background()
	s := promotest.NewStore()
	require.NoError(t, s.Redeem(ctx, redemption("o1", "alice", promo.Use{PromotionID: "a", Code: "X"}, promo.Use{PromotionID: "b"})))
	require.NoError(t, s.Redeem(ctx, redemption("o2", "bob", promo.Use{PromotionID: "a"})))

	c := counts(t, s, "alice", []string{"a"}, []string{" x "})
	assert.Equal(t, promo.Counts{
		Promotion: map[string]int{"a": 2},
		Customer:  map[string]int{"a": 1},
		Code:      map[string]int{"X": 1},
	}, c, "only what was asked, codes normalised")

	c = counts(t, s, "carol", nil, nil)
	assert.Equal(t, promo.Counts{Promotion: map[string]int{}, Customer: map[string]int{}, Code: map[string]int{}}, c)
}

func TestStore_ZeroValueIsReady(t *testing.T) {
	ctx := context.Background()
	var s promotest.Store
	require.NoError(t, s.Redeem(ctx, redemption("o1", "alice", promo.Use{PromotionID: "p"})))
	assert.Equal(t, map[string]int{"p": 1}, counts(t, &s, "", []string{"p"}, nil).Promotion)

	var failing promotest.Store
	failing.Fail(promotest.All, errors.New("down"))
	_, err := failing.Counts(ctx, "", nil, nil)
	require.EqualError(t, err, "down")
	require.NoError(t, new(promotest.Store).Release(ctx, "o1"))
}

func TestStore_ConcurrentSingleUseCode(t *testing.T) {
	ctx := context.Background()
	s := promotest.NewStore()
	use := promo.Use{PromotionID: "xmas", Code: "xmas-7kq2", Limits: promo.Limits{SingleUseCodes: true}}
	var ok, limited atomic.Int64
	var wg sync.WaitGroup
	for i := range 100 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := s.Redeem(ctx, redemption(fmt.Sprintf("o%d", i), fmt.Sprintf("c%d", i), use))
			switch {
			case err == nil:
				ok.Add(1)
			case errors.Is(err, promo.ErrLimitReached):
				limited.Add(1)
			default:
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	assert.Equal(t, int64(1), ok.Load())
	assert.Equal(t, int64(99), limited.Load())
	assert.Len(t, s.Redemptions(), 1)
	assert.Equal(t, map[string]int{"XMAS-7KQ2": 1}, counts(t, s, "", nil, []string{"XMAS-7KQ2"}).Code)
}

func TestStore_ConcurrentTotalLimit(t *testing.T) {
	ctx := context.Background()
	s := promotest.NewStore()
	use := promo.Use{PromotionID: "flash", Limits: promo.Limits{Total: 10}}
	var ok atomic.Int64
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := s.Redeem(ctx, redemption(fmt.Sprintf("o%d", i), "", use))
			if err == nil {
				ok.Add(1)
				return
			}
			if le := (*promo.LimitError)(nil); !errors.As(err, &le) || le.Kind != promo.LimitTotal {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	assert.Equal(t, int64(10), ok.Load())
	assert.Equal(t, map[string]int{"flash": 10}, counts(t, s, "", []string{"flash"}, nil).Promotion)
}

// Redemptions, releases, counts and inspection race freely; the counts
// end where the orders left them.
func TestStore_ConcurrentMixedCalls(t *testing.T) {
	ctx := context.Background()
	s := promotest.NewStore()
	use := promo.Use{PromotionID: "p", Code: "C"}
	var wg sync.WaitGroup
	for i := range 40 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			id := fmt.Sprintf("o%d", i)
			assert.NoError(t, s.Redeem(ctx, redemption(id, fmt.Sprintf("c%d", i%4), use)))
			_, err := s.Counts(ctx, "c1", []string{"p"}, []string{"C"})
			assert.NoError(t, err)
			_ = s.Redemptions()
			if i%2 == 0 {
				assert.NoError(t, s.Release(ctx, id))
			}
		}()
	}
	wg.Wait()
	c := counts(t, s, "c1", []string{"p"}, []string{"C"})
	assert.Equal(t, map[string]int{"p": 20}, c.Promotion)
	assert.Equal(t, map[string]int{"p": 10}, c.Customer)
	assert.Equal(t, map[string]int{"C": 20}, c.Code)
	assert.Equal(t, 101, s.CallCount(promotest.All), "40 redemptions, 41 counts, 20 releases")
}

func TestStore_Fail(t *testing.T) {
	ctx := context.Background()
	s := promotest.NewStore()
	down := errors.New("database down")
	s.Fail(promotest.OpRedeem, down)

	use := promo.Use{PromotionID: "p", Limits: promo.Limits{Total: 1}}
	require.ErrorIs(t, s.Redeem(ctx, redemption("o1", "", use)), down)
	require.ErrorIs(t, s.Redeem(ctx, redemption("o1", "", use)), down, "until Fail(op, nil)")
	_, err := s.Counts(ctx, "", []string{"p"}, nil)
	require.NoError(t, err, "other operations work")
	assert.Empty(t, s.Redemptions(), "a failed call records nothing")

	s.Fail(promotest.OpRedeem, nil)
	require.NoError(t, s.Redeem(ctx, redemption("o1", "", use)))

	s.Fail(promotest.All, down)
	_, err = s.Counts(ctx, "", nil, nil)
	require.ErrorIs(t, err, down)
	require.ErrorIs(t, s.Release(ctx, "o1"), down)
	assert.Len(t, s.Redemptions(), 1, "a failed release frees nothing")

	other := errors.New("timeout")
	s.Fail(promotest.OpRelease, other)
	require.ErrorIs(t, s.Release(ctx, "o1"), other, "a failure for the operation wins over All")
	s.Fail(promotest.All, nil)
	s.Fail(promotest.OpRelease, nil)
	require.NoError(t, s.Release(ctx, "o1"))
}

func TestStore_FailNext(t *testing.T) {
	ctx := context.Background()
	s := promotest.NewStore()
	first, second := errors.New("first"), errors.New("second")
	s.FailNext(promotest.OpRedeem, first)
	s.FailNext(promotest.All, second)
	s.FailNext(promotest.OpRedeem, nil) // ignored

	use := promo.Use{PromotionID: "p"}
	_, err := s.Counts(ctx, "", nil, nil)
	require.ErrorIs(t, err, second, "All is used by the first call of any operation")
	require.ErrorIs(t, s.Redeem(ctx, redemption("o1", "", use)), first)
	require.NoError(t, s.Redeem(ctx, redemption("o1", "", use)), "once")

	persistent := errors.New("persistent")
	s.Fail(promotest.OpRelease, persistent)
	s.FailNext(promotest.OpRelease, first)
	require.ErrorIs(t, s.Release(ctx, "o1"), first, "queued failures come first")
	require.ErrorIs(t, s.Release(ctx, "o1"), persistent)
}

func TestStore_ContextDone(t *testing.T) {
	s := promotest.NewStore()
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	use := promo.Use{PromotionID: "p"}

	err := s.Redeem(cancelled, redemption("o1", "", use))
	require.ErrorIs(t, err, context.Canceled)
	assert.Empty(t, s.Redemptions())
	_, err = s.Counts(cancelled, "", []string{"p"}, nil)
	require.ErrorIs(t, err, context.Canceled)

	require.NoError(t, s.Redeem(context.Background(), redemption("o1", "", use)))
	require.ErrorIs(t, s.Release(cancelled, "o1"), context.Canceled)
	assert.Len(t, s.Redemptions(), 1, "nothing released")

	expired, stop := context.WithTimeout(context.Background(), 0)
	defer stop()
	<-expired.Done()
	require.ErrorIs(t, s.Redeem(expired, redemption("o2", "", use)), context.DeadlineExceeded)

	s.FailNext(promotest.All, errors.New("injected"))
	require.ErrorIs(t, s.Release(cancelled, "o1"), context.Canceled, "the context comes first")
	_, err = s.Counts(context.Background(), "", nil, nil)
	require.EqualError(t, err, "injected", "the queued failure is still there")
}

func TestStore_CallCount(t *testing.T) {
	ctx := context.Background()
	s := promotest.NewStore()
	_, _ = s.Counts(ctx, "", nil, nil)
	_ = s.Redeem(ctx, redemption("", ""))
	_ = s.Redeem(ctx, redemption("o1", ""))
	_ = s.Release(ctx, "o1")
	assert.Equal(t, 1, s.CallCount(promotest.OpCounts))
	assert.Equal(t, 2, s.CallCount(promotest.OpRedeem), "failed calls count")
	assert.Equal(t, 1, s.CallCount(promotest.OpRelease))
	assert.Equal(t, 4, s.CallCount(promotest.All))
}

func TestStore_RedemptionsAreSortedCopies(t *testing.T) {
	ctx := context.Background()
	s := promotest.NewStore()
	uses := []promo.Use{{PromotionID: "p", Code: " c "}}
	require.NoError(t, s.Redeem(ctx, promo.Redemption{OrderID: "o2", CustomerID: "bob", Uses: uses}))
	require.NoError(t, s.Redeem(ctx, redemption("o1", "alice", promo.Use{PromotionID: "q"})))
	uses[0].PromotionID = "changed by the caller"

	rs := s.Redemptions()
	require.Len(t, rs, 2)
	assert.Equal(t, "o1", rs[0].OrderID)
	assert.Equal(t, promo.Redemption{OrderID: "o2", CustomerID: "bob", Uses: []promo.Use{{PromotionID: "p", Code: " c "}}}, rs[1],
		"as Redeem was given it")
	rs[1].Uses[0].PromotionID = "changed by the reader"

	r, ok := s.Redemption("o2")
	require.True(t, ok)
	assert.Equal(t, "p", r.Uses[0].PromotionID)
	assert.Empty(t, promotest.NewStore().Redemptions())
}
