package cart_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/cart"
	"github.com/comptoir/comptoir/cart/carttest"
	"github.com/comptoir/comptoir/internal/fixture"
	"github.com/comptoir/comptoir/order"
	"github.com/comptoir/comptoir/pricing"
)

func catalog(t testing.TB) *carttest.Catalog {
	cat := carttest.NewCatalog()
	for _, it := range []cart.Item{knife(), pan(), book(), oil()} {
		cat.SetPrice(it.SKU, it.UnitPrice)
	}
	return cat
}

func quantities(c *cart.Cart) map[string]string {
	out := map[string]string{}
	for _, l := range c.Lines() {
		out[l.SKU] = l.Quantity.String()
	}
	return out
}

func TestMergeOnLogin(t *testing.T) {
	ctx := context.Background()
	// pricing.md: a guest cart {A x1} merged into a saved cart {A x2, B x1}
	// gives {A x3, B x1}.
	saved, guest := newCart(t, "saved"), newCart(t, "guest")
	add(t, saved, knife(), "2")
	add(t, saved, pan(), "1")
	add(t, guest, knife(), "1")
	guest.AddCode("WELCOME5")

	cat := catalog(t)
	cat.SetPrice("PAN-28", dec("39.00")) // the pan's price dropped since it was saved
	inv := carttest.NewInventory()
	inv.SetStock("KNIFE-20", dec("2"))
	inv.SetStock("PAN-28", dec("10"))

	r, err := cart.MergeOnLogin(ctx, saved, guest, cat, inv, "", tuesday(t))
	require.NoError(t, err)
	assert.Equal(t, map[string]string{"KNIFE-20": "3", "PAN-28": "1"}, quantities(saved))
	assert.Equal(t, []string{"WELCOME5"}, saved.Codes())
	require.Len(t, r.PriceChanges, 1)
	assert.Equal(t, cart.PriceChange{LineID: "L2", SKU: "PAN-28", Old: dec("45.00"), New: dec("39.00")}, r.PriceChanges[0])
	l, _ := saved.Line("L2")
	assert.Equal(t, "39", l.UnitPrice.String(), "applied, and reported")
	require.Len(t, r.Shortages, 1)
	assert.Equal(t, "KNIFE-20", r.Shortages[0].SKU)
	assert.Equal(t, "2", r.Shortages[0].Available.String())
	assert.False(t, r.Empty())
	assert.Equal(t, 1, guest.Len(), "the guest cart is left as it was")
}

func TestRevalidateRemovesWhatIsNoLongerSold(t *testing.T) {
	c := newCart(t, "c")
	add(t, c, knife(), "1")
	add(t, c, oil(), "1")
	cat := catalog(t)
	cat.Remove("OIL-50")
	r, err := c.Revalidate(context.Background(), cat, nil, "", tuesday(t))
	require.NoError(t, err)
	require.Len(t, r.Removed, 1)
	assert.Equal(t, "OIL-50", r.Removed[0].SKU)
	assert.Equal(t, 1, c.Len())
	assert.Empty(t, r.PriceChanges)

	r, err = c.Revalidate(context.Background(), cat, nil, "", tuesday(t))
	require.NoError(t, err)
	assert.True(t, r.Empty())
}

func TestMergeRefusesOtherCurrencyOrLimits(t *testing.T) {
	saved := newCart(t, "saved")
	b2b, err := cart.New(cart.Config{ID: "b2b", Currency: currency(t), Entry: pricing.PricesExcludeVAT, Channel: order.ChannelB2BPortal})
	require.NoError(t, err)
	assert.ErrorIs(t, cart.Merge(saved, b2b), cart.ErrInvalidCart)

	limited, err := cart.New(cart.Config{ID: "l", Currency: currency(t), Entry: pricing.PricesIncludeVAT, Channel: order.ChannelWebshop,
		Limits: cart.Limits{LineQuantity: dec("2")}})
	require.NoError(t, err)
	add(t, limited, knife(), "2")
	guest := newCart(t, "g")
	add(t, guest, knife(), "1")
	add(t, guest, pan(), "1")
	assert.ErrorIs(t, cart.Merge(limited, guest), cart.ErrLimit)
	assert.Equal(t, map[string]string{"KNIFE-20": "2"}, quantities(limited), "unchanged")
}

func TestFavouritesAndOrderAgain(t *testing.T) {
	ctx := context.Background()
	c, err := cart.New(cart.Config{ID: "b2b", Currency: currency(t), Entry: pricing.PricesExcludeVAT, Channel: order.ChannelB2BPortal})
	require.NoError(t, err)
	screw := cart.Item{SKU: "SCREW-4X30", Name: "Screw 4x30", UnitPrice: dec("0.0125"), TaxCategory: "standard", WeightGrams: 3}
	add(t, c, screw, "1000")
	fav := c.ListOf("workshop")

	cat := catalog(t)
	cat.SetPrice("SCREW-4X30", dec("0.0130"))
	next, err := cart.New(cart.Config{ID: "b2b-2", Currency: currency(t), Entry: pricing.PricesExcludeVAT, Channel: order.ChannelB2BPortal})
	require.NoError(t, err)
	r, err := next.AddList(ctx, fav, cat, "trade", tuesday(t))
	require.NoError(t, err)
	require.Len(t, r.PriceChanges, 1)
	assert.Equal(t, "0.0125", r.PriceChanges[0].Old.String())
	assert.Equal(t, "0.013", r.PriceChanges[0].New.String())
	assert.Equal(t, map[string]string{"SCREW-4X30": "1000"}, quantities(next))

	// Order again from a past order: lines at today's prices, the ones
	// no longer sold reported.
	past := fixture.BelgianConsumerOrder(t)
	list, err := cart.OrderAgain(past)
	require.NoError(t, err)
	require.Len(t, list.Entries, len(past.Lines))
	cat2 := carttest.NewCatalog()
	for i, l := range past.Lines {
		if i > 0 {
			cat2.SetPrice(l.SKU, l.UnitPrice)
		}
	}
	again := newCart(t, "again")
	r, err = again.AddList(ctx, list, cat2, "", tuesday(t))
	require.NoError(t, err)
	assert.Equal(t, len(past.Lines)-1, again.Len())
	require.Len(t, r.Removed, 1)
	assert.Equal(t, past.Lines[0].SKU, r.Removed[0].SKU)
	assert.Empty(t, r.PriceChanges)
}
