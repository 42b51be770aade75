package order_test

import (
	"testing"

	"github.com/comptoir/comptoir/internal/fixture"
	"github.com/comptoir/comptoir/order"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFixtureAmounts pins the Belgian consumer order's amounts, computed by
// hand in the fixture's documentation, so the fixture builder is checked
// independently of Validate.
func TestFixtureAmounts(t *testing.T) {
	o := fixture.BelgianConsumerOrder(t)
	require.NoError(t, o.Validate())

	type amounts struct{ discount, net, vat, gross string }
	want := []amounts{
		{"2.57", "30.85", "6.48", "37.33"},
		{"1.15", "15.80", "0.95", "16.75"},
		{"1.28", "15.43", "3.24", "18.67"},
	}
	require.Len(t, o.Lines, 3)
	for i, w := range want {
		l := o.Lines[i]
		require.Len(t, l.Discounts, 1)
		assert.Equal(t, eur(t, w.discount), l.Discounts[0].Amount, "line %d discount", i)
		assert.Equal(t, eur(t, w.net), l.Net, "line %d net", i)
		assert.Equal(t, eur(t, w.vat), l.VAT, "line %d VAT", i)
		assert.Equal(t, eur(t, w.gross), l.Gross, "line %d gross", i)
	}
	require.Len(t, o.Shipping.Split, 2)
	assert.True(t, o.Shipping.Split[0].Rate.Equal(dec(t, "0.21")))
	assert.Equal(t, eur(t, "3.46"), o.Shipping.Split[0].Gross)
	assert.Equal(t, eur(t, "0.60"), o.Shipping.Split[0].VAT)
	assert.Equal(t, eur(t, "1.04"), o.Shipping.Split[1].Gross)
	assert.Equal(t, eur(t, "0.06"), o.Shipping.Split[1].VAT)
	assert.Equal(t, eur(t, "4.50"), o.Shipping.Gross)

	require.Len(t, o.VATBreakdown, 2)
	assert.Equal(t, []string{"49.14", "10.32", "59.46"}, []string{
		o.VATBreakdown[0].Net.Decimal().StringFixed(2), o.VATBreakdown[0].VAT.Decimal().StringFixed(2), o.VATBreakdown[0].Gross.Decimal().StringFixed(2)})
	assert.Equal(t, []string{"16.78", "1.01", "17.79"}, []string{
		o.VATBreakdown[1].Net.Decimal().StringFixed(2), o.VATBreakdown[1].VAT.Decimal().StringFixed(2), o.VATBreakdown[1].Gross.Decimal().StringFixed(2)})
	assert.Equal(t, order.Totals{Net: eur(t, "65.92"), VAT: eur(t, "11.33"), Gross: eur(t, "77.25"), Discount: eur(t, "5.00")}, o.Totals)
}

func TestFixturesValidate(t *testing.T) {
	assert.NoError(t, fixture.BelgianConsumerOrder(t).Validate())
	b := fixture.LuxembourgBusinessOrder(t)
	assert.NoError(t, b.Validate())
	assert.Equal(t, order.Totals{Net: eur(t, "82.30"), VAT: eur(t, "0.00"), Gross: eur(t, "82.30"), Discount: eur(t, "12.20")}, b.Totals)
	// 1000 screws at 0.0125 EUR: 12.50 before the discount share of 0.54.
	assert.Equal(t, eur(t, "11.96"), b.Lines[0].Net)
	for _, n := range []int{1, 2, 7, 20, 100} {
		assert.NoError(t, fixture.ManyLines(t, n).Validate(), "%d lines", n)
	}
}

func TestCloneIsDeep(t *testing.T) {
	o := fixture.BelgianConsumerOrder(t)
	c := o.Clone()
	require.True(t, o.Equal(c))

	c.Lines[0].SKU = "CHANGED"
	c.Lines[2].Attributes[0].Value = "blue"
	c.Lines[0].Discounts[0].PromotionID = "X"
	c.BillingAddress.Lines[0] = "elsewhere"
	c.ShippingAddress.Lines[0] = "elsewhere"
	c.Shipping.Split[0].Gross = eur(t, "0.01")
	c.VATBreakdown[0].Net = eur(t, "0.01")
	c.Promotions[0].Code = "X"
	c.Payments[0].Reference = "X"

	assert.False(t, o.Equal(c))
	assert.Equal(t, "KNIFE-CHEF-20", o.Lines[0].SKU)
	assert.Equal(t, "red", o.Lines[2].Attributes[0].Value)
	assert.Equal(t, "PROMO-WELCOME", o.Lines[0].Discounts[0].PromotionID)
	assert.Equal(t, "Rue de la Station 12", o.BillingAddress.Lines[0])
	assert.Equal(t, "Rue de la Station 12", o.ShippingAddress.Lines[0])
	assert.Equal(t, eur(t, "3.46"), o.Shipping.Split[0].Gross)
	assert.Equal(t, eur(t, "49.14"), o.VATBreakdown[0].Net)
	assert.Equal(t, "BIENVENUE5", o.Promotions[0].Code)
	assert.Equal(t, "tr_WDqYK6vllg", o.Payments[0].Reference)
	assert.NoError(t, o.Validate())
}

func TestEqual(t *testing.T) {
	o := fixture.BelgianConsumerOrder(t)
	same := o.Clone()
	// Value equality, not representation: 39.90 equals 39.9, and an
	// instant equals itself in another location.
	same.Lines[0].UnitPrice = dec(t, "39.900")
	same.PlacedAt = o.PlacedAt.In(mustLoc(t))
	same.Promotions = append([]order.Promotion(nil), o.Promotions...)
	assert.True(t, o.Equal(same))

	changes := map[string]func(*order.Order){
		"id":        func(p *order.Order) { p.ID = uuid.Nil },
		"placed_at": func(p *order.Order) { p.PlacedAt = p.PlacedAt.Add(1) },
		"channel":   func(p *order.Order) { p.Channel = order.ChannelPhone },
		"language":  func(p *order.Order) { p.Customer.Language = p.Customer.Language.Parent() },
		"quantity":  func(p *order.Order) { p.Lines[1].Quantity = dec(t, "2.001") },
		"rate":      func(p *order.Order) { p.VATBreakdown[1].Rate = dec(t, "0.12") },
		"flags":     func(p *order.Order) { p.Lines[0].Flags.Perishable = true },
		"promise":   func(p *order.Order) { p.Shipping.Promise.Latest = p.Shipping.Promise.Latest.Add(1) },
		"consent":   func(p *order.Order) { p.Customer.MarketingConsent.Given = false },
		"nil lines": func(p *order.Order) { p.Lines = nil },
		"payments":  func(p *order.Order) { p.Payments = nil },
		"totals":    func(p *order.Order) { p.Totals.Discount = eur(t, "5.01") },
	}
	for name, change := range changes {
		p := o.Clone()
		change(&p)
		assert.False(t, o.Equal(p), name)
	}

	var a, b order.Order
	b.Promotions = []order.Promotion{}
	assert.True(t, a.Equal(b), "nil and empty slices are equal")
}

func TestLineAndLineQuantities(t *testing.T) {
	o := fixture.BelgianConsumerOrder(t)
	l, ok := o.Line("L2")
	require.True(t, ok)
	assert.Equal(t, "OIL-OLIVE-1L", l.SKU)
	_, ok = o.Line("L9")
	assert.False(t, ok)

	qs := o.LineQuantities()
	require.Len(t, qs, 3)
	assert.Equal(t, "L2", qs[1].LineID)
	assert.True(t, qs[1].Quantity.Equal(dec(t, "2")))
}

func TestNewAttributesSorted(t *testing.T) {
	got := order.NewAttributes(map[string]string{"size": "M", "colour": "red", "material": "cotton"})
	assert.Equal(t, []order.Attribute{{Name: "colour", Value: "red"}, {Name: "material", Value: "cotton"}, {Name: "size", Value: "M"}}, got)
	assert.Nil(t, order.NewAttributes(nil))
}

func TestValidCountry(t *testing.T) {
	for _, c := range []string{"BE", "FR", "NL", "DE", "LU", "GB", "CH", "XK", "GR"} {
		assert.True(t, order.ValidCountry(c), c)
	}
	for _, c := range []string{"", "be", "Be", "B", "BEL", "UK", "EL", "EU", "ZZ", "QO", "XI", "FX", "EZ", "UN", "1A", "B€"} {
		assert.False(t, order.ValidCountry(c), c)
	}
}
