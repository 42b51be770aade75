package carttest_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/cart"
	"github.com/comptoir/comptoir/cart/carttest"
)

func query(channel, group string, at time.Time, skus ...string) cart.PriceQuery {
	return cart.PriceQuery{SKUs: skus, Channel: channel, Group: group, At: at}
}

func TestCatalog_Prices(t *testing.T) {
	c := carttest.NewCatalog()
	c.SetPrice("mug", dec("12.50"))
	c.SetPrice("free-sample", dec("0"))
	assert.Equal(t, map[string]string{"mug": "12.5", "free-sample": "0"},
		prices(t, c, query("web", "", minutes(0), "mug", "free-sample", "ghost")), "a SKU without price is left out")
	assert.Empty(t, prices(t, c, query("web", "", minutes(0))))

	c.SetPrice("mug", dec("13"))
	assert.Equal(t, map[string]string{"mug": "13"}, prices(t, c, query("", "", minutes(0), "mug")), "set again")
}

func TestCatalog_MostSpecificPriceWins(t *testing.T) {
	c := carttest.NewCatalog()
	c.SetPrice("mug", dec("10"))
	c.SetPriceFor("mug", "shop", "", dec("9"))
	c.SetPriceFor("mug", "", "pro", dec("8"))
	c.SetPriceFor("mug", "shop", "pro", dec("7"))
	c.SetPriceFor("plate", "shop", "", dec("5")) // sold in the shop only

	tests := []struct {
		channel, group string
		want           map[string]string
	}{
		{"web", "", map[string]string{"mug": "10"}},
		{"shop", "", map[string]string{"mug": "9", "plate": "5"}},
		{"web", "pro", map[string]string{"mug": "8"}},
		{"", "pro", map[string]string{"mug": "8"}},
		{"shop", "pro", map[string]string{"mug": "7", "plate": "5"}},
		{"shop", "vip", map[string]string{"mug": "9", "plate": "5"}},
		{"", "", map[string]string{"mug": "10"}},
	}
	for _, tt := range tests {
		t.Run(tt.channel+"/"+tt.group, func(t *testing.T) {
			assert.Equal(t, tt.want, prices(t, c, query(tt.channel, tt.group, minutes(0), "mug", "plate")))
		})
	}
}

func TestCatalog_SaleWindow(t *testing.T) {
	c := carttest.NewCatalog()
	c.SetPrice("mug", dec("10"))
	c.SetSale("mug", dec("8"), minutes(10), minutes(20))

	for at, want := range map[int]string{9: "10", 10: "8", 19: "8", 20: "10"} {
		assert.Equal(t, map[string]string{"mug": want}, prices(t, c, query("web", "", minutes(at), "mug")), "at %d", at)
	}
}

func TestCatalog_SaleOnlyWhenLower(t *testing.T) {
	c := carttest.NewCatalog()
	c.SetPrice("mug", dec("10"))
	c.SetPriceFor("mug", "", "pro", dec("7"))
	c.SetSale("mug", dec("8"), minutes(0), minutes(60))
	c.SetSale("mug", dec("9"), minutes(0), minutes(60))
	c.SetSale("mug", dec("6"), minutes(30), minutes(40))

	assert.Equal(t, map[string]string{"mug": "8"}, prices(t, c, query("web", "", minutes(5), "mug")), "the lowest sale")
	assert.Equal(t, map[string]string{"mug": "7"}, prices(t, c, query("web", "pro", minutes(5), "mug")),
		"a sale above the group's price does not apply")
	assert.Equal(t, map[string]string{"mug": "6"}, prices(t, c, query("web", "pro", minutes(30), "mug")))
}

func TestCatalog_SaleEdgeCases(t *testing.T) {
	c := carttest.NewCatalog()
	c.SetPrice("mug", dec("10"))
	c.SetSale("mug", dec("5"), minutes(20), minutes(20)) // an empty window
	c.SetSale("mug", dec("4"), minutes(30), minutes(25)) // a reversed one
	c.SetSale("plate", dec("1"), minutes(0), time.Time{})
	assert.Equal(t, map[string]string{"mug": "10"}, prices(t, c, query("web", "", minutes(20), "mug", "plate")),
		"empty windows never apply; a sale alone does not put a SKU on sale")

	c.SetPrice("plate", dec("3"))
	assert.Equal(t, map[string]string{"plate": "1"}, prices(t, c, query("web", "", minutes(60*24*365), "plate")),
		"a zero until never ends")
	assert.Equal(t, map[string]string{"plate": "3"}, prices(t, c, query("web", "", minutes(-1), "plate")))

	c.SetSale("bowl", dec("2"), time.Time{}, minutes(10))
	c.SetPrice("bowl", dec("4"))
	assert.Equal(t, map[string]string{"bowl": "2"}, prices(t, c, query("web", "", time.Time{}, "bowl")),
		"a zero from is the beginning of time")
}

func TestCatalog_Remove(t *testing.T) {
	c := carttest.NewCatalog()
	c.SetPrice("mug", dec("10"))
	c.SetPriceFor("mug", "shop", "pro", dec("7"))
	c.SetSale("mug", dec("5"), minutes(0), minutes(60))
	c.SetPrice("plate", dec("4"))
	c.Remove("mug")
	c.Remove("ghost")

	assert.Equal(t, map[string]string{"plate": "4"}, prices(t, c, query("shop", "pro", minutes(1), "mug", "plate")))
	_, ok := c.Price("mug", "shop", "pro", minutes(1))
	assert.False(t, ok)

	c.SetPrice("mug", dec("11"))
	assert.Equal(t, map[string]string{"mug": "11"}, prices(t, c, query("shop", "pro", minutes(1), "mug")),
		"priced again, without the old sale or group price")
}

func TestCatalog_Price(t *testing.T) {
	c := carttest.NewCatalog()
	c.SetPrice("mug", dec("10"))
	c.SetSale("mug", dec("8"), minutes(0), minutes(10))
	c.Fail(carttest.All, errors.New("down"))

	p, ok := c.Price("mug", "web", "", minutes(5))
	require.True(t, ok)
	assert.Equal(t, "8", p.String())
	assert.Equal(t, 0, c.CallCount(carttest.All), "not a call")
	assert.Empty(t, c.Queries())
}

func TestCatalog_QueriesAreCopies(t *testing.T) {
	ctx := context.Background()
	c := carttest.NewCatalog()
	skus := []string{"mug", "plate"}
	_, err := c.Prices(ctx, cart.PriceQuery{SKUs: skus, Channel: "web", Group: "pro", At: minutes(3)})
	require.NoError(t, err)
	skus[0] = "changed by the caller"
	c.FailNext(carttest.OpPrices, errors.New("down"))
	_, err = c.Prices(ctx, query("web", "", minutes(4), "bowl"))
	require.Error(t, err)

	qs := c.Queries()
	assert.Equal(t, []cart.PriceQuery{query("web", "pro", minutes(3), "mug", "plate")}, qs, "failed calls aside")
	qs[0].SKUs[0] = "changed by the reader"
	assert.Equal(t, "mug", c.Queries()[0].SKUs[0])
}

func TestCatalog_ZeroValue(t *testing.T) {
	var c carttest.Catalog
	assert.Empty(t, prices(t, &c, query("web", "", minutes(0), "mug")))
	c.Remove("mug")
	var d carttest.Catalog
	d.SetSale("mug", dec("1"), minutes(0), minutes(1))
	d.SetPriceFor("mug", "web", "", dec("2"))
	assert.Equal(t, map[string]string{"mug": "1"}, prices(t, &d, query("web", "", minutes(0), "mug")))
}

func TestCatalog_Fail(t *testing.T) {
	ctx := context.Background()
	c := carttest.NewCatalog()
	c.SetPrice("mug", dec("10"))
	down := errors.New("catalogue down")

	c.Fail(carttest.OpPrices, down)
	_, err := c.Prices(ctx, query("web", "", minutes(0), "mug"))
	require.ErrorIs(t, err, down)
	_, err = c.Prices(ctx, query("web", "", minutes(0), "mug"))
	require.ErrorIs(t, err, down, "until Fail(op, nil)")
	c.Fail(carttest.OpPrices, nil)
	assert.Equal(t, map[string]string{"mug": "10"}, prices(t, c, query("web", "", minutes(0), "mug")))

	c.Fail(carttest.All, down)
	_, err = c.Prices(ctx, query("web", "", minutes(0), "mug"))
	require.ErrorIs(t, err, down)
	other := errors.New("timeout")
	c.Fail(carttest.OpPrices, other)
	_, err = c.Prices(ctx, query("web", "", minutes(0), "mug"))
	require.ErrorIs(t, err, other, "a failure for the operation wins over All")
}

func TestCatalog_FailNext(t *testing.T) {
	ctx := context.Background()
	c := carttest.NewCatalog()
	c.SetPrice("mug", dec("10"))
	first, second := errors.New("first"), errors.New("second")
	c.FailNext(carttest.OpPrices, first)
	c.FailNext(carttest.All, second)
	c.FailNext(carttest.OpPrices, nil) // ignored

	_, err := c.Prices(ctx, query("web", "", minutes(0), "mug"))
	require.ErrorIs(t, err, first)
	_, err = c.Prices(ctx, query("web", "", minutes(0), "mug"))
	require.ErrorIs(t, err, second)
	assert.Equal(t, map[string]string{"mug": "10"}, prices(t, c, query("web", "", minutes(0), "mug")))
	assert.Equal(t, 3, c.CallCount(carttest.OpPrices), "failed calls count")
	assert.Equal(t, 3, c.CallCount(carttest.All))
	assert.Equal(t, 0, c.CallCount(carttest.OpReserve))
}

func TestCatalog_ContextDone(t *testing.T) {
	c := carttest.NewCatalog()
	c.SetPrice("mug", dec("10"))
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	c.FailNext(carttest.All, errors.New("injected"))

	m, err := c.Prices(cancelled, query("web", "", minutes(0), "mug"))
	require.ErrorIs(t, err, context.Canceled)
	assert.Nil(t, m)
	assert.Empty(t, c.Queries())
	_, err = c.Prices(context.Background(), query("web", "", minutes(0), "mug"))
	require.EqualError(t, err, "injected", "the context comes first")
}

func TestCatalog_Concurrent(t *testing.T) {
	ctx := context.Background()
	c := carttest.NewCatalog()
	var wg sync.WaitGroup
	for i := range 40 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sku := fmt.Sprintf("sku-%d", i%5)
			c.SetPrice(sku, dec("10"))
			c.SetPriceFor(sku, "shop", "", dec("9"))
			c.SetSale(sku, dec("5"), minutes(0), minutes(10))
			_, err := c.Prices(ctx, query("shop", "", minutes(1), sku, "sku-0"))
			assert.NoError(t, err)
			if i%10 == 0 {
				c.Remove(sku)
			}
			_ = c.Queries()
		}()
	}
	wg.Wait()
	assert.Equal(t, 40, c.CallCount(carttest.OpPrices))
	assert.Len(t, c.Queries(), 40)
}
