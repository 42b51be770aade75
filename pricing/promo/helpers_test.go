package promo_test

import (
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/pricing"
	"github.com/comptoir/comptoir/pricing/promo"
)

func eur(t testing.TB, s string) money.Money {
	t.Helper()
	m, err := money.Parse(s, "EUR")
	require.NoError(t, err)
	return m
}

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func brussels(t testing.TB) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Europe/Brussels")
	require.NoError(t, err)
	return loc
}

// noon is 2027-02-10 12:00 Brussels, inside the Saint Valentine campaign.
func noon(t testing.TB) time.Time {
	return time.Date(2027, 2, 10, 12, 0, 0, 0, brussels(t))
}

func item(id, sku, qty, unit string, categories ...string) promo.Line {
	return promo.Line{ID: id, SKU: sku, Product: sku, Categories: categories, Quantity: dec(qty), UnitPrice: dec(unit)}
}

func cart(t testing.TB, lines ...promo.Line) promo.Cart {
	cur, err := money.ParseCurrency("EUR")
	require.NoError(t, err)
	return promo.Cart{Currency: cur, Entry: pricing.PricesIncludeVAT, Lines: lines,
		Customer: promo.Customer{ID: "c-1"}, Channel: "web", At: noon(t)}
}

func engine(t testing.TB, ps ...promo.Promotion) *promo.Engine {
	t.Helper()
	e, err := promo.NewEngine(promo.DefaultPolicy(), ps...)
	require.NoError(t, err)
	return e
}

func apply(t testing.TB, c promo.Cart, ps ...promo.Promotion) promo.Result {
	t.Helper()
	r, err := engine(t, ps...).Apply(c, promo.Counts{})
	require.NoError(t, err)
	checkInvariants(t, c, r)
	return r
}

// checkInvariants asserts what every Result promises: line amounts less
// discounts are line totals, nothing negative, sums match, each outcome's
// discount is the sum of its lines and of the lines' records.
func checkInvariants(t testing.TB, c promo.Cart, r promo.Result) {
	t.Helper()
	require.Len(t, r.Lines, len(c.Lines))
	subtotal, disc, total := money.Zero(r.Currency), money.Zero(r.Currency), money.Zero(r.Currency)
	byPromo := map[string]money.Money{}
	for i, l := range r.Lines {
		assert.Equal(t, c.Lines[i].ID, l.ID)
		assert.GreaterOrEqual(t, l.Total.Sign(), 0, "line %s negative", l.ID)
		left := l.Amount
		for _, d := range l.Discounts {
			assert.Positive(t, d.Amount.Sign(), "line %s: empty discount record", l.ID)
			left = sub(t, left, d.Amount)
			byPromo[d.PromotionID] = add(t, byPromo[d.PromotionID], d.Amount)
			disc = add(t, disc, d.Amount)
		}
		assert.Equal(t, left, l.Total, "line %s", l.ID)
		subtotal = add(t, subtotal, l.Amount)
		total = add(t, total, l.Total)
	}
	assert.Equal(t, subtotal, r.Subtotal)
	assert.Equal(t, total, r.Total)
	assert.Equal(t, disc, r.Discount)
	assert.Equal(t, r.Total, sub(t, r.Subtotal, r.Discount))
	for _, o := range r.Outcomes {
		if !o.Applied {
			assert.NotEqual(t, promo.ReasonNone, o.Reason, o.PromotionID)
			assert.Empty(t, o.Lines, o.PromotionID)
			continue
		}
		sum := money.Zero(r.Currency)
		for _, d := range o.Lines {
			sum = add(t, sum, d.Amount)
		}
		assert.Equal(t, o.Discount, sum, o.PromotionID)
		if !o.Discount.IsZero() {
			assert.Equal(t, o.Discount, byPromo[o.PromotionID], o.PromotionID)
		}
	}
}

func add(t testing.TB, a, b money.Money) money.Money {
	t.Helper()
	m, err := a.Add(b)
	require.NoError(t, err)
	return m
}

func sub(t testing.TB, a, b money.Money) money.Money {
	t.Helper()
	m, err := a.Sub(b)
	require.NoError(t, err)
	return m
}

// discountsOn returns line id's discounts by promotion.
func discountsOn(r promo.Result, id string) map[string]string {
	out := map[string]string{}
	for _, l := range r.Lines {
		if l.ID == id {
			for _, d := range l.Discounts {
				out[d.PromotionID] = d.Amount.String()
			}
		}
	}
	return out
}

func totals(r promo.Result) map[string]string {
	out := map[string]string{}
	for _, l := range r.Lines {
		out[l.ID] = l.Total.String()
	}
	return out
}

func strs[T interface{ String() string }](vs []T) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = v.String()
	}
	return out
}
