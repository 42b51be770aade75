package cart_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/cart"
	"github.com/comptoir/comptoir/order"
	"github.com/comptoir/comptoir/pricing"
	"github.com/comptoir/comptoir/pricing/vat"
)

// randomCart fills a cart with 1 to 12 random lines of the catalogue,
// some sold by weight, some with variants.
func randomCart(t testing.TB, rng *rand.Rand, id string) *cart.Cart {
	c := newCart(t, id)
	items := []cart.Item{knife(), pan(), book(), oil()}
	for i := range 1 + rng.IntN(12) {
		it := items[rng.IntN(len(items))]
		it.SKU = fmt.Sprintf("%s-%d", it.SKU, rng.IntN(5))
		it.UnitPrice = dec(fmt.Sprintf("%d.%02d", rng.IntN(120), rng.IntN(100)))
		qty := fmt.Sprint(1 + rng.IntN(4))
		if rng.IntN(6) == 0 {
			it.ByMeasure, it.Dimensions = true, box
			it.Dimensions.Length = 0 // weighed goods are not split into parcels
			qty = fmt.Sprintf("%d.%03d", rng.IntN(3), 1+rng.IntN(999))
		}
		if rng.IntN(4) == 0 {
			it.Attributes = order.NewAttributes(map[string]string{"size": fmt.Sprint(i % 3)})
		}
		add(t, c, it, qty)
	}
	if rng.IntN(2) == 0 {
		c.AddCode("WELCOME5")
	}
	return c
}

// TestRandomCartsGiveValidOrders: whatever the cart, destination and
// option, a placed order passes order.Validate, and placing the same cart
// twice gives the same order apart from its id.
func TestRandomCartsGiveValidOrders(t *testing.T) {
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(5, 8))
	fr, err := vat.ParseNumber("FR40303265045")
	require.NoError(t, err)
	places := []struct {
		addr     order.Address
		offers   []string
		business bool
	}{
		{liege(), []string{"home-be", "express", "pickup"}, false},
		{order.Address{PostalCode: "59000", City: "Lille", Country: "FR"}, []string{"home-eu", "express"}, false},
		{order.Address{PostalCode: "75002", City: "Paris", Country: "FR"}, []string{"home-eu"}, true},
		{order.Address{PostalCode: "1012", City: "Amsterdam", Country: "NL"}, []string{"home-eu"}, false},
		{order.Address{PostalCode: "8001", City: "Zürich", Country: "CH"}, []string{"express"}, false},
		{order.Address{PostalCode: "38001", City: "Santa Cruz de Tenerife", Country: "ES"}, []string{"express"}, false},
	}
	for n := 0; n < 400; n++ {
		seed := rng.Uint64()
		p := places[rng.IntN(len(places))]
		r := consumer(t, p.offers[rng.IntN(len(p.offers))])
		r.Shipping, r.Billing, r.Customer.Country = p.addr, p.addr, p.addr.Country
		r.CrossBorderThisYear = eur(t, fmt.Sprint(rng.IntN(20000), ".00"))
		if p.business {
			r.Customer.Kind, r.Customer.VATNumber = order.Business, "FR40303265045"
			r.BuyerCheck = &vat.Registration{Number: fr, Valid: true, CheckedAt: r.At}
		}
		co := checkout(t, nil)
		if rng.IntN(3) == 0 {
			co.Policy.CrossBorder = pricing.KeepNet
		}
		r.OrderID = uuid.MustParse("00000000-0000-4000-8000-000000000001")
		o, s, err := co.Place(ctx, randomCart(t, rand.New(rand.NewPCG(seed, 1)), fmt.Sprint("cart-", n)), r)
		require.NoError(t, err, "cart %d to %s", n, p.addr.Country)
		require.NoError(t, o.Validate())
		assert.Equal(t, s.Tax.Totals.Gross, o.Totals.Gross)
		// The same cart, placed again under another id, gives the same
		// order apart from its id.
		r.OrderID = uuid.MustParse("00000000-0000-4000-8000-000000000002")
		again, _, err := co.Place(ctx, randomCart(t, rand.New(rand.NewPCG(seed, 1)), fmt.Sprint("cart-", n)), r)
		require.NoError(t, err)
		again.ID = o.ID
		assert.True(t, o.Equal(again), "cart %d priced twice", n)
	}
}
