package promo_test

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/pricing"
	"github.com/comptoir/comptoir/pricing/promo"
)

func outcome(t *testing.T, r promo.Result, id string) promo.Outcome {
	t.Helper()
	o, ok := r.Outcome(id)
	require.True(t, ok, id)
	return o
}

func TestPipelineOrderAndRetesting(t *testing.T) {
	// A line promotion runs before an order promotion whatever their
	// priorities, and the order promotion's threshold is tested on what
	// the line promotion left: 60.00 - 20 % = 48.00 < 50.00.
	c := cart(t, item("a", "A", "1", "60.00"))
	order := promo.Promotion{ID: "order", Priority: 100, Condition: promo.MinTotal{Amount: eur(t, "50.00")},
		Actions: []promo.Action{promo.OrderAmountOff{Amount: eur(t, "5.00")}}}
	line := promo.Promotion{ID: "line", Actions: []promo.Action{promo.PercentOff{Percent: dec("20")}}}
	r := apply(t, c, order, line)
	assert.Equal(t, []string{"line", "order"}, ids(r.Outcomes))
	o := outcome(t, r, "order")
	assert.False(t, o.Applied)
	assert.Equal(t, promo.ReasonConditions, o.Reason)
	assert.Equal(t, "48.00 EUR", o.Check.Got)
	add, ok := o.AmountToQualify()
	require.True(t, ok)
	assert.Equal(t, "2.00 EUR", add.String())

	// On the basis before discounts the threshold holds.
	order.Condition = promo.MinTotal{Amount: eur(t, "50.00"), Basis: promo.Basis{BeforeDiscounts: true}}
	r = apply(t, c, order, line)
	assert.True(t, outcome(t, r, "order").Applied)
	assert.Equal(t, "43.00 EUR", r.Total.String())
}

func ids(os []promo.Outcome) []string {
	out := make([]string, len(os))
	for i, o := range os {
		out[i] = o.PromotionID
	}
	return out
}

func TestStagesOrderPromotions(t *testing.T) {
	e := engine(t,
		promo.Promotion{ID: "ship", Actions: []promo.Action{promo.FreeShipping{}}, Codes: []string{"FREESHIP"}},
		promo.Promotion{ID: "coupon", Priority: 9, Codes: []string{"TEN"}, Actions: []promo.Action{promo.OrderPercentOff{Percent: dec("10")}}},
		promo.Promotion{ID: "order-low", Actions: []promo.Action{promo.OrderAmountOff{Amount: eur(t, "1.00")}}},
		promo.Promotion{ID: "order-high", Priority: 5, Actions: []promo.Action{promo.OrderAmountOff{Amount: eur(t, "1.00")}}},
		promo.Promotion{ID: "line-b", Actions: []promo.Action{promo.PercentOff{Percent: dec("1")}}},
		promo.Promotion{ID: "line-a", Actions: []promo.Action{promo.PercentOff{Percent: dec("1")}}},
	)
	c := cart(t, item("a", "A", "1", "10.00"))
	c.Codes = []string{" ten ", "freeship"}
	r, err := e.Apply(c, promo.Counts{})
	require.NoError(t, err)
	checkInvariants(t, c, r)
	assert.Equal(t, []string{"line-a", "line-b", "order-high", "order-low", "coupon", "ship"}, ids(r.Outcomes))
	for _, o := range r.Outcomes {
		assert.True(t, o.Applied, o.PromotionID)
	}
	assert.Equal(t, promo.StageCoupon, r.Outcomes[4].Stage)
	assert.Equal(t, "TEN", r.Outcomes[4].Code)
	assert.Equal(t, promo.StageShipping, r.Outcomes[5].Stage)
}

func TestExclusivePromotions(t *testing.T) {
	c := cart(t, item("a", "A", "1", "100.00"))
	line := promo.Promotion{ID: "line", Priority: 1, Actions: []promo.Action{promo.PercentOff{Percent: dec("10")}}}
	staff := promo.Promotion{ID: "staff", Priority: 10, Exclusive: true, Actions: []promo.Action{promo.OrderPercentOff{Percent: dec("30")}}}
	after := promo.Promotion{ID: "after", Priority: 1, Actions: []promo.Action{promo.OrderAmountOff{Amount: eur(t, "1.00")}}}
	higher := promo.Promotion{ID: "higher", Priority: 20, Codes: []string{"X"}, Actions: []promo.Action{promo.OrderAmountOff{Amount: eur(t, "2.00")}}}
	c.Codes = []string{"x"}
	r := apply(t, c, line, staff, after, higher)
	assert.Equal(t, promo.ReasonExcluded, outcome(t, r, "line").Reason, "applied before the exclusive one, then taken back")
	assert.Equal(t, "staff", outcome(t, r, "line").By)
	assert.Equal(t, promo.ReasonExcluded, outcome(t, r, "after").Reason)
	assert.True(t, outcome(t, r, "staff").Applied)
	assert.True(t, outcome(t, r, "higher").Applied, "higher priorities still apply")
	// 100 - 30 % - 2.00 = 68.00: the line promotion's 10 % is gone.
	assert.Equal(t, "68.00 EUR", r.Total.String())

	// An exclusive promotion whose conditions fail excludes nothing.
	staff.Condition = promo.CustomerGroup{Groups: []string{"staff"}}
	r = apply(t, c, line, staff, after)
	assert.True(t, outcome(t, r, "line").Applied)
	assert.True(t, outcome(t, r, "after").Applied)
	assert.Equal(t, promo.ReasonConditions, outcome(t, r, "staff").Reason)
}

func TestGroupsMakeAlternatives(t *testing.T) {
	c := cart(t, item("a", "A", "1", "100.00"))
	r := apply(t, c,
		promo.Promotion{ID: "big", Priority: 2, Group: "welcome", Actions: []promo.Action{promo.OrderPercentOff{Percent: dec("15")}}},
		promo.Promotion{ID: "small", Priority: 1, Group: "welcome", Actions: []promo.Action{promo.OrderPercentOff{Percent: dec("5")}}},
		promo.Promotion{ID: "other", Actions: []promo.Action{promo.OrderAmountOff{Amount: eur(t, "1.00")}}},
	)
	assert.True(t, outcome(t, r, "big").Applied)
	s := outcome(t, r, "small")
	assert.Equal(t, promo.ReasonGroup, s.Reason)
	assert.Equal(t, "big", s.By)
	assert.True(t, outcome(t, r, "other").Applied)
}

func TestGates(t *testing.T) {
	loc := brussels(t)
	feb, err := promo.Days(day(t, "2027-02-01"), day(t, "2027-02-14"), loc)
	require.NoError(t, err)
	base := func() promo.Promotion {
		return promo.Promotion{ID: "p", Actions: []promo.Action{promo.OrderPercentOff{Percent: dec("10")}}}
	}
	cases := []struct {
		name   string
		edit   func(*promo.Promotion, *promo.Cart, *promo.Counts)
		reason promo.Reason
	}{
		{"plain", func(*promo.Promotion, *promo.Cart, *promo.Counts) {}, promo.ReasonNone},
		{"window open", func(p *promo.Promotion, c *promo.Cart, _ *promo.Counts) { p.Window = feb }, promo.ReasonNone},
		{"first instant", func(p *promo.Promotion, c *promo.Cart, _ *promo.Counts) {
			p.Window, c.At = feb, time.Date(2027, 2, 1, 0, 0, 0, 0, loc)
		}, promo.ReasonNone},
		{"a second before", func(p *promo.Promotion, c *promo.Cart, _ *promo.Counts) {
			p.Window, c.At = feb, time.Date(2027, 1, 31, 23, 59, 59, 0, loc)
		}, promo.ReasonNotStarted},
		{"last second", func(p *promo.Promotion, c *promo.Cart, _ *promo.Counts) {
			p.Window, c.At = feb, time.Date(2027, 2, 14, 23, 59, 59, 0, loc)
		}, promo.ReasonNone},
		{"ended", func(p *promo.Promotion, c *promo.Cart, _ *promo.Counts) {
			p.Window, c.At = feb, time.Date(2027, 2, 15, 0, 0, 0, 0, loc)
		}, promo.ReasonEnded},
		{"ended, seen in UTC", func(p *promo.Promotion, c *promo.Cart, _ *promo.Counts) {
			// 23:30 UTC on the 14th is 00:30 on the 15th in Brussels.
			p.Window, c.At = feb, time.Date(2027, 2, 14, 23, 30, 0, 0, time.UTC)
		}, promo.ReasonEnded},
		{"channel", func(p *promo.Promotion, c *promo.Cart, _ *promo.Counts) { p.Channels = []string{"shop"} }, promo.ReasonChannel},
		{"channel ok", func(p *promo.Promotion, c *promo.Cart, _ *promo.Counts) { p.Channels = []string{"shop", "web"} }, promo.ReasonNone},
		{"code missing", func(p *promo.Promotion, c *promo.Cart, _ *promo.Counts) { p.Codes = []string{"VALENTIN"} }, promo.ReasonCodeRequired},
		{"code any case", func(p *promo.Promotion, c *promo.Cart, _ *promo.Counts) {
			p.Codes, c.Codes = []string{"Valentin"}, []string{"\tvalentIN  "}
		}, promo.ReasonNone},
		{"single-use code used", func(p *promo.Promotion, c *promo.Cart, n *promo.Counts) {
			p.Codes, c.Codes, p.Limits.SingleUseCodes = []string{"AB12", "CD34"}, []string{"ab12"}, true
			n.Code = map[string]int{"AB12": 1}
		}, promo.ReasonCodeUsed},
		{"single-use code fresh", func(p *promo.Promotion, c *promo.Cart, n *promo.Counts) {
			p.Codes, c.Codes, p.Limits.SingleUseCodes = []string{"AB12", "CD34"}, []string{"ab12", "cd34"}, true
			n.Code = map[string]int{"AB12": 1}
		}, promo.ReasonNone},
		{"total limit", func(p *promo.Promotion, _ *promo.Cart, n *promo.Counts) {
			p.Limits.Total, n.Promotion = 100, map[string]int{"p": 100}
		}, promo.ReasonTotalLimit},
		{"total limit not yet", func(p *promo.Promotion, _ *promo.Cart, n *promo.Counts) {
			p.Limits.Total, n.Promotion = 100, map[string]int{"p": 99}
		}, promo.ReasonNone},
		{"per customer", func(p *promo.Promotion, _ *promo.Cart, n *promo.Counts) {
			p.Limits.PerCustomer, n.Customer = 1, map[string]int{"p": 1}
		}, promo.ReasonCustomerLimit},
		{"guest", func(p *promo.Promotion, c *promo.Cart, _ *promo.Counts) {
			p.Limits.PerCustomer, c.Customer.ID = 1, ""
		}, promo.ReasonGuest},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p, c, n := base(), cart(t, item("a", "A", "1", "20.00")), promo.Counts{}
			tc.edit(&p, &c, &n)
			r, err := engine(t, p).Apply(c, n)
			require.NoError(t, err)
			checkInvariants(t, c, r)
			o := outcome(t, r, "p")
			assert.Equal(t, tc.reason, o.Reason, o.Reason.String())
			assert.Equal(t, tc.reason == promo.ReasonNone, o.Applied)
			if o.Applied {
				assert.Equal(t, "2.00 EUR", r.Discount.String())
				require.Len(t, r.Uses, 1)
				assert.Equal(t, p.Limits, r.Uses[0].Limits)
			} else {
				assert.True(t, r.Discount.IsZero())
				assert.Empty(t, r.Uses)
			}
		})
	}
}

func day(t testing.TB, s string) calendar.Date {
	t.Helper()
	d, err := calendar.ParseDate(s)
	require.NoError(t, err)
	return d
}

func TestDaysAcrossDaylightSaving(t *testing.T) {
	loc := brussels(t)
	// Summer time starts on 2027-03-28: the window still starts and ends
	// at local midnight, 23 hours after the UTC offset change.
	w, err := promo.Days(day(t, "2027-03-27"), day(t, "2027-03-28"), loc)
	require.NoError(t, err)
	assert.Equal(t, time.Date(2027, 3, 27, 0, 0, 0, 0, loc), w.From)
	assert.Equal(t, time.Date(2027, 3, 29, 0, 0, 0, 0, loc), w.Until)
	assert.Equal(t, 47*time.Hour, w.Until.Sub(w.From))

	_, err = promo.Days(day(t, "2027-03-28"), day(t, "2027-03-27"), loc)
	assert.ErrorIs(t, err, promo.ErrInvalidPromotion)
	_, err = promo.Days(day(t, "2027-03-28"), day(t, "2027-03-28"), nil)
	assert.ErrorIs(t, err, promo.ErrInvalidPromotion)
	_, err = promo.Days(calendar.Date{}, day(t, "2027-03-28"), loc)
	assert.ErrorIs(t, err, promo.ErrInvalidPromotion)
}

func TestConditions(t *testing.T) {
	c := cart(t, item("a", "A", "2", "20.00", "rings"), item("b", "B", "1", "15.00", "bracelets"))
	c.Customer = promo.Customer{ID: "c-9", Groups: []string{"members"}, Tier: "gold", FirstOrder: true}
	c.Channel = "web"
	cases := []struct {
		name string
		cond promo.Condition
		met  bool
	}{
		{"total met", promo.MinTotal{Amount: eur(t, "55.00")}, true},
		{"total short", promo.MinTotal{Amount: eur(t, "55.01")}, false},
		{"total of rings", promo.MinTotal{Amount: eur(t, "40.00"), Items: promo.Selector{Categories: []string{"rings"}}}, true},
		{"quantity", promo.MinQuantity{Quantity: dec("3")}, true},
		{"quantity of bracelets", promo.MinQuantity{Quantity: dec("2"), Items: promo.Selector{Categories: []string{"bracelets"}}}, false},
		{"group", promo.CustomerGroup{Groups: []string{"staff", "members"}}, true},
		{"group missing", promo.CustomerGroup{Groups: []string{"staff"}}, false},
		{"tier", promo.LoyaltyTier{Tiers: []string{"gold", "platinum"}}, true},
		{"tier missing", promo.LoyaltyTier{Tiers: []string{"platinum"}}, false},
		{"first order", promo.FirstOrder{}, true},
		{"channel", promo.Channel{Channels: []string{"web"}}, true},
		{"channel other", promo.Channel{Channels: []string{"shop"}}, false},
		{"during", promo.During{Window: promo.Window{Until: noon(t).Add(time.Minute)}}, true},
		{"during past", promo.During{Window: promo.Window{Until: noon(t)}}, false},
		{"all", promo.All{promo.FirstOrder{}, promo.MinTotal{Amount: eur(t, "10.00")}}, true},
		{"all one fails", promo.All{promo.FirstOrder{}, promo.MinTotal{Amount: eur(t, "100.00")}}, false},
		{"any", promo.Any{promo.LoyaltyTier{Tiers: []string{"platinum"}}, promo.FirstOrder{}}, true},
		{"any none", promo.Any{promo.LoyaltyTier{Tiers: []string{"platinum"}}, promo.MinTotal{Amount: eur(t, "100.00")}}, false},
		{"not", promo.Not{Condition: promo.CustomerGroup{Groups: []string{"staff"}}}, true},
		{"empty all", promo.All{}, true},
		{"empty any", promo.Any{}, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := apply(t, c, promo.Promotion{ID: "p", Condition: tc.cond, Actions: []promo.Action{promo.OrderAmountOff{Amount: eur(t, "1.00")}}})
			o := outcome(t, r, "p")
			require.NotNil(t, o.Check)
			assert.Equal(t, tc.met, o.Check.Met)
			assert.Equal(t, tc.met, o.Applied)
		})
	}
}

func TestAmountToQualify(t *testing.T) {
	// "Add 12.50 EUR to get 10 % off": 37.50 in the cart, 50.00 needed.
	c := cart(t, item("a", "A", "1", "37.50"))
	ten := func(cond promo.Condition) promo.Promotion {
		return promo.Promotion{ID: "p", Condition: cond, Actions: []promo.Action{promo.OrderPercentOff{Percent: dec("10")}}}
	}
	cases := []struct {
		name string
		cond promo.Condition
		add  string // "" when money alone does not help
	}{
		{"threshold", promo.MinTotal{Amount: eur(t, "50.00")}, "12.50"},
		{"all thresholds: the larger", promo.All{promo.MinTotal{Amount: eur(t, "50.00")}, promo.MinTotal{Amount: eur(t, "40.00")}}, "12.50"},
		{"all with a met part", promo.All{promo.Channel{Channels: []string{"web"}}, promo.MinTotal{Amount: eur(t, "50.00")}}, "12.50"},
		{"all with another failure", promo.All{promo.FirstOrder{}, promo.MinTotal{Amount: eur(t, "50.00")}}, ""},
		{"any: the smaller", promo.Any{promo.FirstOrder{}, promo.MinTotal{Amount: eur(t, "60.00")}, promo.MinTotal{Amount: eur(t, "40.00")}}, "2.50"},
		{"not a money condition", promo.FirstOrder{}, ""},
		{"met", promo.MinTotal{Amount: eur(t, "30.00")}, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			o := outcome(t, apply(t, c, ten(tc.cond)), "p")
			add, ok := o.AmountToQualify()
			assert.Equal(t, tc.add != "", ok)
			if ok {
				assert.Equal(t, tc.add+" EUR", add.String())
			}
		})
	}
}

func TestThresholdsOnTheNetBasis(t *testing.T) {
	// 121.00 VAT included at 21 % is 100.00 net.
	c := cart(t, item("a", "A", "1", "121.00"))
	c.Lines[0].VATRate = decimal.NewNullDecimal(dec("0.21"))
	p := promo.Promotion{ID: "p", Condition: promo.MinTotal{Amount: eur(t, "100.00"), Basis: promo.Basis{ExcludeVAT: true}},
		Actions: []promo.Action{promo.OrderAmountOff{Amount: eur(t, "1.00")}}}
	assert.True(t, outcome(t, apply(t, c, p), "p").Applied)
	p.Condition = promo.MinTotal{Amount: eur(t, "100.01"), Basis: promo.Basis{ExcludeVAT: true}}
	assert.False(t, outcome(t, apply(t, c, p), "p").Applied)

	// Net prices compared on the gross basis: 100.00 + 21 % = 121.00.
	c.Entry, c.Lines[0].UnitPrice = pricing.PricesExcludeVAT, dec("100.00")
	p.Condition = promo.MinTotal{Amount: eur(t, "121.00")}
	assert.True(t, outcome(t, apply(t, c, p), "p").Applied)

	// Without the rate, the engine does not guess.
	c.Lines[0].VATRate = decimal.NullDecimal{}
	_, err := engine(t, p).Apply(c, promo.Counts{})
	assert.ErrorIs(t, err, promo.ErrInvalidCart)
}

func TestUnknownCodes(t *testing.T) {
	c := cart(t, item("a", "A", "1", "10.00"))
	c.Codes = []string{"valentin", " VALENTIN", "nope", "", "  "}
	r := apply(t, c, promo.Promotion{ID: "v", Codes: []string{"VALENTIN"}, Actions: []promo.Action{promo.FreeShipping{}}})
	assert.Equal(t, []string{"NOPE"}, r.UnknownCodes)
	assert.Equal(t, "VALENTIN", outcome(t, r, "v").Code)
}

func TestInvalidPromotions(t *testing.T) {
	act := []promo.Action{promo.FreeShipping{}}
	now := noon(t)
	for name, ps := range map[string][]promo.Promotion{
		"empty ID":            {{Actions: act}},
		"no action":           {{ID: "p"}},
		"nil action":          {{ID: "p", Actions: []promo.Action{nil}}},
		"duplicate":           {{ID: "p", Actions: act}, {ID: "p", Actions: act}},
		"negative limit":      {{ID: "p", Actions: act, Limits: promo.Limits{Total: -1}}},
		"single-use, no code": {{ID: "p", Actions: act, Limits: promo.Limits{SingleUseCodes: true}}},
		"blank code":          {{ID: "p", Actions: act, Codes: []string{"  "}}},
		"negative cap":        {{ID: "p", Actions: act, MaxDiscount: eur(t, "-1.00")}},
		"window backwards":    {{ID: "p", Actions: act, Window: promo.Window{From: now, Until: now}}},
	} {
		_, err := promo.NewEngine(promo.DefaultPolicy(), ps...)
		assert.ErrorIs(t, err, promo.ErrInvalidPromotion, name)
	}
	_, err := promo.NewEngine(promo.Policy{})
	assert.ErrorIs(t, err, promo.ErrInvalidPromotion)
}

func TestInvalidCarts(t *testing.T) {
	e := engine(t, promotion("p", promo.PercentOff{Percent: dec("10")}))
	good := func() promo.Cart { return cart(t, item("a", "A", "1", "10.00"), item("b", "B", "1", "10.00")) }
	for name, edit := range map[string]func(*promo.Cart){
		"no currency":       func(c *promo.Cart) { c.Currency = money.Currency{} },
		"no entry":          func(c *promo.Cart) { c.Entry = 0 },
		"no time":           func(c *promo.Cart) { c.At = time.Time{} },
		"empty line ID":     func(c *promo.Cart) { c.Lines[0].ID = "" },
		"duplicate line ID": func(c *promo.Cart) { c.Lines[1].ID = "a" },
		"zero quantity":     func(c *promo.Cart) { c.Lines[0].Quantity = decimal.Zero },
		"negative quantity": func(c *promo.Cart) { c.Lines[0].Quantity = dec("-1") },
		"negative price":    func(c *promo.Cart) { c.Lines[0].UnitPrice = dec("-0.01") },
		"rate of 1":         func(c *promo.Cart) { c.Lines[0].VATRate = decimal.NewNullDecimal(dec("1")) },
	} {
		c := good()
		edit(&c)
		_, err := e.Apply(c, promo.Counts{})
		assert.ErrorIs(t, err, promo.ErrInvalidCart, name)
		var ce *promo.CartError
		assert.ErrorAs(t, err, &ce, name)
	}
	c := good()
	c.Lines[0].UnitPrice = dec("1e30")
	_, err := e.Apply(c, promo.Counts{})
	assert.ErrorIs(t, err, money.ErrOverflow)
}

func TestEmptyCart(t *testing.T) {
	r := apply(t, cart(t),
		promo.Promotion{ID: "p", Condition: promo.MinTotal{Amount: eur(t, "1.00")}, Actions: []promo.Action{promo.OrderPercentOff{Percent: dec("10")}}},
		promotion("q", promo.PercentOff{Percent: dec("10")}),
	)
	assert.True(t, r.Total.IsZero())
	assert.Equal(t, promo.ReasonConditions, outcome(t, r, "p").Reason)
	assert.Equal(t, promo.ReasonNothingToDiscount, outcome(t, r, "q").Reason)
}

// A custom condition and action: what users add through the interfaces.
type weekday struct{ day time.Weekday }

func (w weekday) Check(v *promo.View) (promo.Check, error) {
	got := v.Cart().At.Weekday()
	return promo.Check{Condition: "weekday", Met: got == w.day, Want: w.day.String(), Got: got.String()}, nil
}

// roundDown takes each line down to the whole euro.
type roundDown struct{}

func (roundDown) Stage() promo.Stage { return promo.StageLine }

func (roundDown) Apply(v *promo.View) (promo.Effect, error) {
	var eff promo.Effect
	for i := range v.Len() {
		r := v.Remaining(i)
		cents, err := money.FromMinor(r.Minor()%100, r.Currency())
		if err != nil {
			return promo.Effect{}, err
		}
		eff.Lines = append(eff.Lines, promo.LineDiscount{Line: i, Amount: cents})
	}
	return eff, nil
}

type failing struct{}

func (failing) Stage() promo.Stage { return promo.StageOrder }
func (failing) Apply(*promo.View) (promo.Effect, error) {
	return promo.Effect{}, errors.New("inventory down")
}

type greedy struct{ line int }

func (greedy) Stage() promo.Stage { return promo.StageOrder }
func (g greedy) Apply(v *promo.View) (promo.Effect, error) {
	m, err := money.FromMinor(1_000_000, v.Cart().Currency)
	return promo.Effect{Lines: []promo.LineDiscount{{Line: g.line, Amount: m}}}, err
}

func TestCustomConditionsAndActions(t *testing.T) {
	c := cart(t, item("a", "A", "1", "19.99"), item("b", "B", "2", "5.49"))
	require.Equal(t, time.Wednesday, c.At.Weekday())
	r := apply(t, c, promo.Promotion{ID: "wed", Condition: weekday{time.Wednesday}, Actions: []promo.Action{roundDown{}}})
	assert.Equal(t, map[string]string{"a": "19.00 EUR", "b": "10.00 EUR"}, totals(r))
	assert.Equal(t, "Wednesday", outcome(t, r, "wed").Check.Got)

	r = apply(t, c, promo.Promotion{ID: "g", Actions: []promo.Action{greedy{line: 1}}})
	assert.Equal(t, map[string]string{"a": "19.99 EUR", "b": "0.00 EUR"}, totals(r), "capped at the line")

	_, err := engine(t, promo.Promotion{ID: "f", Actions: []promo.Action{failing{}}}).Apply(c, promo.Counts{})
	assert.ErrorContains(t, err, "inventory down")
	_, err = engine(t, promo.Promotion{ID: "g", Actions: []promo.Action{greedy{line: 7}}}).Apply(c, promo.Counts{})
	assert.ErrorIs(t, err, promo.ErrInvalidPromotion)
}

// TestInvariantsOnRandomCarts prices random carts with a mix of every
// built-in action and checks what every Result promises, and that pricing
// twice gives the same result.
func TestInvariantsOnRandomCarts(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	ps := []promo.Promotion{
		{ID: "pct", Priority: 3, Actions: []promo.Action{promo.PercentOff{Percent: dec("15"), Items: promo.Selector{Categories: []string{"x"}}}}},
		{ID: "amt", Actions: []promo.Action{promo.AmountOff{Amount: eur(t, "2.50"), MaxQuantity: 3}}},
		{ID: "fixed", Actions: []promo.Action{promo.FixedPrice{UnitPrice: dec("4.99"), Items: promo.Selector{Tags: []string{"t"}}}}},
		{ID: "bxgy", Actions: []promo.Action{promo.BuyXGetY{BuyQuantity: 2, GetQuantity: 1}}},
		{ID: "order", Condition: promo.MinTotal{Amount: eur(t, "30.00")}, Actions: []promo.Action{promo.OrderAmountOff{Amount: eur(t, "7.77")}}},
		{ID: "tiers", Actions: []promo.Action{promo.TieredSpend{Tiers: []promo.Tier{{From: eur(t, "20.00"), Percent: dec("5")}, {From: eur(t, "80.00"), Amount: eur(t, "12.00")}}}}},
		{ID: "coupon", Codes: []string{"SAVE"}, MaxDiscount: eur(t, "9.00"), Actions: []promo.Action{promo.OrderPercentOff{Percent: dec("33")}}},
		{ID: "ship", Condition: promo.MinTotal{Amount: eur(t, "50.00")}, Actions: []promo.Action{promo.FreeShipping{}}},
	}
	e := engine(t, ps...)
	for n := 0; n < 500; n++ {
		var lines []promo.Line
		for i := range rng.IntN(8) {
			l := item(fmt.Sprint("l", i), fmt.Sprint("S", rng.IntN(4)), fmt.Sprint(1+rng.IntN(5)), fmt.Sprintf("%d.%02d", rng.IntN(40), rng.IntN(100)),
				[]string{"x", "y"}[rng.IntN(2)])
			if rng.IntN(3) == 0 {
				l.Tags = []string{"t"}
			}
			if rng.IntN(5) == 0 {
				l.Quantity = dec(fmt.Sprintf("%d.%03d", rng.IntN(3), 1+rng.IntN(999)))
			}
			lines = append(lines, l)
		}
		c := cart(t, lines...)
		if rng.IntN(2) == 0 {
			c.Codes = []string{"save"}
		}
		r, err := e.Apply(c, promo.Counts{})
		require.NoError(t, err)
		checkInvariants(t, c, r)
		again, err := e.Apply(c, promo.Counts{})
		require.NoError(t, err)
		assert.Equal(t, r, again)
	}
}

func TestEngineIsSafeForConcurrentUse(t *testing.T) {
	e := engine(t,
		promotion("bxgy", promo.BuyXGetY{BuyQuantity: 1, GetQuantity: 1}),
		promotion("order", promo.OrderPercentOff{Percent: dec("10")}))
	c := cart(t, item("a", "A", "2", "10.00"), item("b", "B", "3", "4.00"))
	want, err := e.Apply(c, promo.Counts{})
	require.NoError(t, err)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				got, err := e.Apply(c, promo.Counts{})
				assert.NoError(t, err)
				assert.Equal(t, want, got)
			}
		}()
	}
	wg.Wait()
}
