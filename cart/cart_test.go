package cart_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/cart"
	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/order"
	"github.com/comptoir/comptoir/pricing"
)

func TestAddChangeRemoveClear(t *testing.T) {
	c := newCart(t, "c")
	l1 := add(t, c, knife(), "1")
	l2 := add(t, c, pan(), "2")
	assert.Equal(t, "L1", l1.ID)
	assert.Equal(t, "L2", l2.ID)

	// The same SKU and attributes add to the line, which keeps the price
	// the shopper saw: a price change is Revalidate's to report.
	k := knife()
	k.UnitPrice = dec("85.00")
	again := add(t, c, k, "2")
	assert.Equal(t, "L1", again.ID)
	assert.Equal(t, "3", again.Quantity.String())
	assert.Equal(t, "89", again.UnitPrice.String())
	assert.Equal(t, "89", again.AddedPrice.String())

	// Another variant is another line.
	red := pan()
	red.Attributes = order.NewAttributes(map[string]string{"colour": "red"})
	assert.Equal(t, "L3", add(t, c, red, "1").ID)
	assert.Equal(t, 3, c.Len())

	require.NoError(t, c.SetQuantity("L2", dec("5")))
	l, ok := c.Line("L2")
	require.True(t, ok)
	assert.Equal(t, "5", l.Quantity.String())

	require.NoError(t, c.Remove("L1"))
	_, ok = c.Line("L1")
	assert.False(t, ok)
	assert.ErrorIs(t, c.Remove("L1"), cart.ErrNoLine)
	require.NoError(t, c.SetQuantity("L3", dec("0")), "zero removes")
	assert.Equal(t, 1, c.Len())
	assert.Equal(t, "L4", add(t, c, knife(), "1").ID, "ids are never reused")

	c.AddCode("A")
	c.AddCode("A")
	c.AddCode("B")
	c.RemoveCode("A")
	assert.Equal(t, []string{"B"}, c.Codes())
	c.Clear()
	assert.Equal(t, 0, c.Len())
	assert.Empty(t, c.Codes())

	lines := c.Lines()
	assert.Empty(t, lines)
}

func TestLinesAreCopies(t *testing.T) {
	c := newCart(t, "c")
	it := knife()
	it.Tags = []string{"gift"}
	it.Attributes = order.NewAttributes(map[string]string{"size": "20"})
	add(t, c, it, "1")
	it.Tags[0], it.Attributes[0].Value = "changed", "changed" // the caller's slices are not the cart's
	lines := c.Lines()
	lines[0].Quantity = dec("99")
	lines[0].Tags[0] = "changed"
	l, _ := c.Line("L1")
	assert.Equal(t, "1", l.Quantity.String())
	assert.Equal(t, []string{"gift"}, l.Tags)
	assert.Equal(t, "20", l.Attributes[0].Value)
}

func TestQuantities(t *testing.T) {
	c := newCart(t, "c")
	cheese := cart.Item{SKU: "COMTE", Name: "Comté 18 months", UnitPrice: dec("32.90"), TaxCategory: "foodstuffs", WeightGrams: 1000, ByMeasure: true}
	l := add(t, c, cheese, "0.350")
	assert.Equal(t, "0.35", l.Quantity.String())
	for name, tc := range map[string]struct {
		item cart.Item
		qty  string
	}{
		"fraction of a unit": {knife(), "1.5"},
		"zero":               {knife(), "0"},
		"negative":           {cheese, "-0.1"},
	} {
		_, err := c.Add(tc.item, dec(tc.qty))
		assert.ErrorIs(t, err, cart.ErrInvalidQuantity, name)
	}
	assert.ErrorIs(t, c.SetQuantity("L1", dec("-1")), cart.ErrInvalidQuantity)
}

func TestInvalidItems(t *testing.T) {
	c := newCart(t, "c")
	for name, edit := range map[string]func(*cart.Item){
		"no SKU":           func(it *cart.Item) { it.SKU = "" },
		"negative price":   func(it *cart.Item) { it.UnitPrice = dec("-1") },
		"no tax category":  func(it *cart.Item) { it.TaxCategory = "" },
		"unknown category": func(it *cart.Item) { it.TaxCategory = "luxury" },
		"negative weight":  func(it *cart.Item) { it.WeightGrams = -1 },
		"unsorted attributes": func(it *cart.Item) {
			it.Attributes = []order.Attribute{{Name: "size", Value: "M"}, {Name: "colour", Value: "red"}}
		},
	} {
		it := knife()
		edit(&it)
		_, err := c.Add(it, dec("1"))
		assert.ErrorIs(t, err, cart.ErrInvalidItem, name)
	}
	assert.Equal(t, 0, c.Len())
}

func TestLimits(t *testing.T) {
	c, err := cart.New(cart.Config{ID: "c", Currency: currency(t), Entry: pricing.PricesIncludeVAT, Channel: order.ChannelWebshop,
		Limits: cart.Limits{LineQuantity: dec("5"), OrderQuantity: dec("8"), Lines: 2}})
	require.NoError(t, err)
	add(t, c, knife(), "5")
	_, err = c.Add(knife(), dec("1"))
	var le *cart.LimitError
	require.ErrorAs(t, err, &le)
	assert.Equal(t, "line quantity", le.Limit)
	assert.ErrorIs(t, err, cart.ErrLimit)
	l, _ := c.Line("L1")
	assert.Equal(t, "5", l.Quantity.String(), "a refused change changes nothing")

	add(t, c, pan(), "3")
	_, err = c.Add(pan(), dec("1"))
	require.ErrorAs(t, err, &le)
	assert.Equal(t, "order quantity", le.Limit)
	_, err = c.Add(book(), dec("1"))
	require.ErrorAs(t, err, &le)
	assert.Equal(t, "lines", le.Limit)
	assert.ErrorIs(t, c.SetQuantity("L2", dec("4")), cart.ErrLimit)
	require.NoError(t, c.SetQuantity("L2", dec("2")))
}

func TestNewRefusesBadConfig(t *testing.T) {
	good := cart.Config{ID: "c", Currency: currency(t), Entry: pricing.PricesIncludeVAT, Channel: order.ChannelWebshop}
	for name, edit := range map[string]func(*cart.Config){
		"no ID":          func(c *cart.Config) { c.ID = "" },
		"no currency":    func(c *cart.Config) { c.Currency = money.Currency{} },
		"no entry":       func(c *cart.Config) { c.Entry = 0 },
		"bad channel":    func(c *cart.Config) { c.Channel = "fax" },
		"negative limit": func(c *cart.Config) { c.Limits.Lines = -1 },
	} {
		cfg := good
		edit(&cfg)
		_, err := cart.New(cfg)
		assert.ErrorIs(t, err, cart.ErrInvalidCart, name)
	}
}
