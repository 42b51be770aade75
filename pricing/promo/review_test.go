package promo_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/pricing/promo"
)

func usd(t testing.TB, s string) money.Money {
	t.Helper()
	m, err := money.Parse(s, "USD")
	require.NoError(t, err)
	return m
}

func TestMoneyInAnotherCurrencyIsAnError(t *testing.T) {
	c := cart(t, item("a", "A", "1", "100.00"))
	capped := promotion("p", promo.PercentOff{Percent: dec("50")})
	capped.MaxDiscount = usd(t, "5.00")
	_, err := engine(t, capped).Apply(c, promo.Counts{})
	assert.ErrorIs(t, err, money.ErrCurrencyMismatch)

	tiers := promotion("t", promo.TieredSpend{Tiers: []promo.Tier{{From: usd(t, "50.00"), Percent: dec("10")}}})
	_, err = engine(t, tiers).Apply(c, promo.Counts{})
	assert.ErrorIs(t, err, money.ErrCurrencyMismatch)

	mixed := promotion("m", promo.TieredSpend{Tiers: []promo.Tier{{From: eur(t, "50.00"), Percent: dec("10")}, {From: usd(t, "60.00"), Percent: dec("20")}}})
	_, err = promo.NewEngine(promo.DefaultPolicy(), mixed)
	assert.ErrorIs(t, err, promo.ErrInvalidPromotion)

	for _, a := range []promo.Action{promo.AmountOff{Amount: usd(t, "1.00")}, promo.OrderAmountOff{Amount: usd(t, "1.00")}} {
		_, err = engine(t, promotion("x", a)).Apply(c, promo.Counts{})
		assert.ErrorIs(t, err, money.ErrCurrencyMismatch)
	}
	_, err = engine(t, promo.Promotion{ID: "y", Condition: promo.MinTotal{Amount: usd(t, "1.00")}, Actions: []promo.Action{promo.FreeShipping{}}}).Apply(c, promo.Counts{})
	assert.ErrorIs(t, err, money.ErrCurrencyMismatch)
}

func TestExclusiveIsJudgedWithoutWhatItExcludes(t *testing.T) {
	line := promo.Promotion{ID: "line", Priority: 1, Actions: []promo.Action{promo.PercentOff{Percent: dec("50")}}}
	big := promo.Promotion{ID: "big", Priority: 10, Exclusive: true, Condition: promo.MinTotal{Amount: eur(t, "100.00")},
		Actions: []promo.Action{promo.OrderAmountOff{Amount: eur(t, "20.00")}}}
	// No cliff: on 150.00 the exclusive promotion applies (130.00), where
	// judging it after the 50 % would have given 75.00.
	for goods, want := range map[string]string{"99.98": "49.99", "150.00": "130.00", "199.98": "179.98", "200.00": "180.00"} {
		r := apply(t, cart(t, item("a", "A", "1", goods)), line, big)
		assert.Equal(t, want+" EUR", r.Total.String(), goods)
	}

	// An exclusive promotion that does not apply on its own trial
	// excludes nothing, and is reported with its own reason.
	small := promo.Promotion{ID: "small", Priority: 10, Exclusive: true, Condition: promo.Not{Condition: promo.MinTotal{Amount: eur(t, "100.00")}},
		Actions: []promo.Action{promo.OrderAmountOff{Amount: eur(t, "5.00")}}}
	line.Actions = []promo.Action{promo.PercentOff{Percent: dec("20")}}
	r := apply(t, cart(t, item("a", "A", "1", "110.00")), line, small)
	assert.True(t, outcome(t, r, "line").Applied)
	assert.Equal(t, promo.ReasonConditions, outcome(t, r, "small").Reason)
	assert.Equal(t, "88.00 EUR", r.Total.String())

	// Of two exclusive promotions, the higher priority one that applies
	// wins; the other is excluded by it.
	low := promo.Promotion{ID: "low", Priority: 5, Exclusive: true, Actions: []promo.Action{promo.OrderAmountOff{Amount: eur(t, "1.00")}}}
	r = apply(t, cart(t, item("a", "A", "1", "150.00")), line, big, low)
	assert.True(t, outcome(t, r, "big").Applied)
	assert.Equal(t, "big", outcome(t, r, "low").By)
	assert.Equal(t, "big", outcome(t, r, "line").By)
	r = apply(t, cart(t, item("a", "A", "1", "50.00")), line, big, low)
	assert.True(t, outcome(t, r, "low").Applied)
	assert.Equal(t, promo.ReasonConditions, outcome(t, r, "big").Reason)
	assert.Equal(t, "low", outcome(t, r, "line").By)
}

func TestBuyXGetYWithOverlappingSelections(t *testing.T) {
	// Buy shoes, get socks: S is shoes, B both, G socks. Pay S and the
	// three B, give the four G: 20.00 off, not 4.00.
	shoesSocks := promo.BuyXGetY{BuyQuantity: 1, GetQuantity: 1,
		Buy: promo.Selector{Categories: []string{"shoes"}}, Get: &promo.Selector{Categories: []string{"socks"}}}
	r := apply(t, cart(t, item("s", "S", "1", "3.00", "shoes"), item("b", "B", "3", "2.00", "shoes", "socks"), item("g", "G", "4", "5.00", "socks")),
		promotion("p", shoesSocks))
	assert.Equal(t, "20.00 EUR", r.Discount.String())

	huge := apply(t, cart(t, item("a", "A", "4000000000000000000", "0.000000000001"), item("b", "B", "4000000000000000000", "0.000000000002")),
		promotion("p", promo.BuyXGetY{BuyQuantity: 1, GetQuantity: 1}))
	assert.Equal(t, "4000000.00 EUR", huge.Discount.String(), "all of A given, paid by B, without overflow")
}

// TestBuyXGetYAgainstBruteForce compares the offer with every assignment
// of the units of small carts to bought, given or neither: the engine
// must give as many rounds as possible, and the cheapest units.
func TestBuyXGetYAgainstBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for n := 0; n < 400; n++ {
		var lines []promo.Line
		var units []unit
		for i := range 1 + rng.IntN(4) {
			cats := [][]string{{"b"}, {"g"}, {"b", "g"}, {"x"}}[rng.IntN(4)]
			q, price := 1+rng.IntN(2), 1+rng.IntN(9)
			lines = append(lines, item(fmt.Sprint("l", i), fmt.Sprint("S", i), fmt.Sprint(q), fmt.Sprint(price), cats...))
			for range q {
				units = append(units, unit{price: int64(price) * 100, buy: contains(cats, "b"), get: contains(cats, "g")})
			}
		}
		x, y := int64(1+rng.IntN(2)), int64(1+rng.IntN(2))
		offer := promo.BuyXGetY{BuyQuantity: x, GetQuantity: y, Buy: promo.Selector{Categories: []string{"b"}}, Get: &promo.Selector{Categories: []string{"g"}}}
		r := apply(t, cart(t, lines...), promotion("p", offer))
		assert.Equal(t, bruteForce(units, x, y), r.Discount.Minor(), "buy %d get %d on %+v", x, y, units)
	}
}

type unit struct {
	price    int64
	buy, get bool
}

func contains(vs []string, v string) bool {
	for _, w := range vs {
		if w == v {
			return true
		}
	}
	return false
}

// bruteForce returns the value given by the best assignment: the most
// rounds, then the cheapest units given.
func bruteForce(units []unit, x, y int64) int64 {
	bestK, bestGift := int64(0), int64(0)
	var walk func(i int, nBuy, nGet, gift int64)
	walk = func(i int, nBuy, nGet, gift int64) {
		if i == len(units) {
			k := min(nBuy/x, nGet/y)
			if nGet != k*y { // give exactly k×y items
				return
			}
			if k > bestK || (k == bestK && gift < bestGift) {
				bestK, bestGift = k, gift
			}
			return
		}
		u := units[i]
		walk(i+1, nBuy, nGet, gift)
		if u.buy {
			walk(i+1, nBuy+1, nGet, gift)
		}
		if u.get {
			walk(i+1, nBuy, nGet+1, gift+u.price)
		}
	}
	walk(0, 0, 0, 0)
	return bestGift
}

func TestAmountToQualifyOnlyInShopperPrices(t *testing.T) {
	c := cart(t, item("a", "A", "1", "30.00", "shoes"), item("b", "B", "1", "20.00", "hats"))
	c.Lines[0].VATRate = decimal.NewNullDecimal(dec("0.21"))
	c.Lines[1].VATRate = decimal.NewNullDecimal(dec("0.21"))
	cases := map[string]promo.Condition{
		"net threshold on gross prices": promo.MinTotal{Amount: eur(t, "100.00"), Basis: promo.Basis{ExcludeVAT: true}},
		"two selections": promo.All{
			promo.MinTotal{Amount: eur(t, "50.00"), Items: promo.Selector{Categories: []string{"shoes"}}},
			promo.MinTotal{Amount: eur(t, "30.00"), Items: promo.Selector{Categories: []string{"hats"}}}},
	}
	for name, cond := range cases {
		o := outcome(t, apply(t, c, promo.Promotion{ID: "p", Condition: cond, Actions: []promo.Action{promo.FreeShipping{}}}), "p")
		assert.False(t, o.Applied, name)
		_, ok := o.AmountToQualify()
		assert.False(t, ok, name)
	}
	o := outcome(t, apply(t, c, promo.Promotion{ID: "p", Condition: promo.MinTotal{Amount: eur(t, "50.00"), Items: promo.Selector{Categories: []string{"shoes"}}},
		Actions: []promo.Action{promo.FreeShipping{}}}), "p")
	add, ok := o.AmountToQualify()
	require.True(t, ok)
	assert.Equal(t, "20.00 EUR", add.String())
	assert.Equal(t, "category shoes", o.Check.Selection)
}

func TestConditionsAreValidatedUpFront(t *testing.T) {
	for name, cond := range map[string]promo.Condition{
		"nil in all":      promo.All{promo.FirstOrder{}, nil},
		"nil in any":      promo.Any{nil},
		"nil in not":      promo.Not{},
		"nested":          promo.All{promo.Any{promo.MinQuantity{}}},
		"zero quantity":   promo.MinQuantity{Quantity: decimal.Zero},
		"negative total":  promo.MinTotal{Amount: eur(t, "-1.00")},
		"negative in not": promo.Not{Condition: promo.MinTotal{Amount: eur(t, "-1.00")}},
	} {
		_, err := promo.NewEngine(promo.DefaultPolicy(), promo.Promotion{ID: "p", Condition: cond, Actions: []promo.Action{promo.FreeShipping{}}})
		assert.ErrorIs(t, err, promo.ErrInvalidPromotion, name)
	}
}

func TestCodeCondition(t *testing.T) {
	vip := promo.Promotion{ID: "vip", Condition: promo.Any{promo.CustomerGroup{Groups: []string{"members"}}, promo.Code{Codes: []string{"VIP"}}},
		Actions: []promo.Action{promo.OrderPercentOff{Percent: dec("10")}}}
	c := cart(t, item("a", "A", "1", "10.00"))
	assert.False(t, outcome(t, apply(t, c, vip), "vip").Applied)
	c.Codes = []string{" vip "}
	assert.True(t, outcome(t, apply(t, c, vip), "vip").Applied)
	c.Codes, c.Customer.Groups = nil, []string{"members"}
	assert.True(t, outcome(t, apply(t, c, vip), "vip").Applied)
}

type badGift struct{ stage promo.Stage }

func (b badGift) Stage() promo.Stage { return b.stage }
func (b badGift) Apply(v *promo.View) (promo.Effect, error) {
	if b.stage == promo.StageShipping {
		m, err := money.FromMinor(100, v.Cart().Currency)
		return promo.Effect{Lines: []promo.LineDiscount{{Line: 0, Amount: m}}}, err
	}
	return promo.Effect{Gifts: []promo.Gift{{SKU: "", Quantity: -3}}}, nil
}

func TestOddEffectsAreRefused(t *testing.T) {
	c := cart(t, item("a", "A", "1", "10.00"))
	for _, s := range []promo.Stage{promo.StageOrder, promo.StageShipping} {
		_, err := engine(t, promotion("p", badGift{stage: s})).Apply(c, promo.Counts{})
		assert.ErrorIs(t, err, promo.ErrInvalidPromotion, s.String())
	}
}

func TestEngineKeepsItsOwnCopy(t *testing.T) {
	actions := []promo.Action{promo.PercentOff{Percent: dec("10")}}
	channels := []string{"web"}
	e := engine(t, promo.Promotion{ID: "p", Channels: channels, Actions: actions})
	actions[0] = promo.PercentOff{Percent: dec("90")}
	channels[0] = "shop"
	c := cart(t, item("a", "A", "1", "10.00"))
	r, err := e.Apply(c, promo.Counts{})
	require.NoError(t, err)
	assert.Equal(t, "1.00 EUR", r.Discount.String())
}

func TestAmountOffBeyondAnyAmount(t *testing.T) {
	r := apply(t, cart(t, item("a", "A", "1000000000000000", "0.00001")),
		promotion("p", promo.AmountOff{Amount: eur(t, "100000.00")}))
	assert.True(t, r.Total.IsZero())
}
