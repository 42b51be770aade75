package fraud_test

import (
	"context"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/payment/fraud"
)

func TestRadarOrder(t *testing.T) {
	yes := cond{t: fraud.True}
	tests := []struct {
		name       string
		rules      []fraud.Rule
		wantAction fraud.Action
		wantRule   string
	}{
		{"allow wins over a block rule given first", []fraud.Rule{
			{Name: "block", Action: fraud.Block, Condition: yes},
			{Name: "allow", Action: fraud.Allow, Condition: yes},
		}, fraud.Allow, "allow"},
		{"block wins over a review rule given first", []fraud.Rule{
			{Name: "review", Action: fraud.Review, Condition: yes},
			{Name: "block", Action: fraud.Block, Condition: yes},
		}, fraud.Block, "block"},
		{"allow wins over block and review", []fraud.Rule{
			{Name: "review", Action: fraud.Review, Condition: yes},
			{Name: "block", Action: fraud.Block, Condition: yes},
			{Name: "allow", Action: fraud.Allow, Condition: yes},
		}, fraud.Allow, "allow"},
		{"first of one action in the order given", []fraud.Rule{
			{Name: "block 1", Action: fraud.Block, Condition: cond{t: fraud.False}},
			{Name: "block 2", Action: fraud.Block, Condition: yes},
			{Name: "block 3", Action: fraud.Block, Condition: yes},
		}, fraud.Block, "block 2"},
		{"an unknown allow does not fire", []fraud.Rule{
			{Name: "allow", Action: fraud.Allow, Condition: cond{t: fraud.Unknown}},
			{Name: "review", Action: fraud.Review, Condition: yes},
		}, fraud.Review, "review"},
		{"a truth value out of range does not fire", []fraud.Rule{
			{Name: "block", Action: fraud.Block, Condition: cond{t: fraud.Truth(9)}},
		}, fraud.Allow, ""},
		{"request_3ds alone leaves the payment allowed by default", []fraud.Rule{
			{Name: "3ds", Action: fraud.Request3DS, Condition: yes},
		}, fraud.Allow, ""},
		{"no rules", nil, fraud.Allow, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := eval(t, ruleSet(t, tt.rules...), fraud.Payment{}, fraud.Env{})
			assert.Equal(t, tt.wantAction, d.Action)
			assert.Equal(t, tt.wantRule, d.Rule)
		})
	}
}

func TestLaterRulesAreNotRead(t *testing.T) {
	var blockCalls, reviewCalls int
	rs := ruleSet(t,
		fraud.Rule{Name: "review", Action: fraud.Review, Condition: cond{t: fraud.True, calls: &reviewCalls}},
		fraud.Rule{Name: "block", Action: fraud.Block, Condition: cond{t: fraud.True, calls: &blockCalls}},
		fraud.Rule{Name: "allow", Action: fraud.Allow, Condition: cond{t: fraud.True}},
		fraud.Rule{Name: "broken review", Action: fraud.Review, Condition: cond{err: errors.New("never read")}},
	)
	d := eval(t, rs, fraud.Payment{}, fraud.Env{})
	assert.Equal(t, "allow", d.Rule)
	assert.Zero(t, blockCalls)
	assert.Zero(t, reviewCalls)
}

func TestRequest3DS(t *testing.T) {
	var calls int
	rules := []fraud.Rule{
		{Name: "3ds above 250", Action: fraud.Request3DS, Condition: fraud.AmountAbove{Amount: eur(t, "250.00")}},
		{Name: "3ds first order", Action: fraud.Request3DS, Condition: fraud.PreviousOrdersBelow{N: 1}},
		{Name: "3ds counted", Action: fraud.Request3DS, Condition: cond{t: fraud.False, calls: &calls}},
		{Name: "allow returning customers", Action: fraud.Allow, Condition: fraud.Not{Condition: fraud.PreviousOrdersBelow{N: 3}}},
		{Name: "block US cards", Action: fraud.Block, Condition: fraud.CountryIn{Attr: fraud.CardCountry, Countries: countries(t, "US")}},
	}
	rs := ruleSet(t, rules...)
	tests := []struct {
		name       string
		p          fraud.Payment
		wantAction fraud.Action
		wantRule   string
		want3DS    []string
	}{
		{"3ds with allow", fraud.Payment{AmountEUR: eur(t, "300.00"), PreviousOrders: 5, CardCountry: "US"},
			fraud.Allow, "allow returning customers", []string{"3ds above 250"}},
		{"3ds with block", fraud.Payment{AmountEUR: eur(t, "300.00"), PreviousOrders: 0, CardCountry: "US"},
			fraud.Block, "block US cards", []string{"3ds above 250", "3ds first order"}},
		{"3ds with the default allow", fraud.Payment{AmountEUR: eur(t, "20.00"), CardCountry: "BE"},
			fraud.Allow, "", []string{"3ds first order"}},
		{"no 3ds", fraud.Payment{AmountEUR: eur(t, "250.00"), PreviousOrders: 1, CardCountry: "BE"},
			fraud.Allow, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			calls = 0
			d := eval(t, rs, tt.p, fraud.Env{})
			assert.Equal(t, tt.wantAction, d.Action)
			assert.Equal(t, tt.wantRule, d.Rule)
			assert.Equal(t, tt.want3DS, d.Request3DSRules)
			assert.Equal(t, len(tt.want3DS) > 0, d.Request3DS)
			assert.Equal(t, 1, calls, "every request_3ds rule is read")
		})
	}
}

func TestEvaluateErrors(t *testing.T) {
	down := errors.New("history down")
	t.Run("a condition error names the rule", func(t *testing.T) {
		rs := ruleSet(t, fraud.Rule{Name: "broken", Action: fraud.Block, Condition: cond{err: down}})
		d, err := rs.Evaluate(context.Background(), &fraud.Payment{}, fraud.Env{})
		assert.Equal(t, fraud.Decision{}, d)
		assert.ErrorIs(t, err, fraud.ErrEvaluation)
		assert.ErrorIs(t, err, down)
		var ee *fraud.EvalError
		require.ErrorAs(t, err, &ee)
		assert.Equal(t, "broken", ee.Rule)
		assert.Equal(t, `fraud: rule "broken": history down`, err.Error())
	})
	t.Run("a failing request_3ds rule fails the evaluation", func(t *testing.T) {
		rs := ruleSet(t,
			fraud.Rule{Name: "3ds", Action: fraud.Request3DS, Condition: cond{err: down}},
			fraud.Rule{Name: "allow", Action: fraud.Allow, Condition: cond{t: fraud.True}})
		_, err := rs.Evaluate(context.Background(), &fraud.Payment{}, fraud.Env{})
		assert.ErrorIs(t, err, down)
	})
	t.Run("a failing allow rule is not skipped", func(t *testing.T) {
		rs := ruleSet(t,
			fraud.Rule{Name: "allow", Action: fraud.Allow, Condition: cond{err: down}},
			fraud.Rule{Name: "block", Action: fraud.Block, Condition: cond{t: fraud.True}})
		_, err := rs.Evaluate(context.Background(), &fraud.Payment{}, fraud.Env{})
		assert.ErrorIs(t, err, down)
	})
	t.Run("nil payment", func(t *testing.T) {
		_, err := grandeNouvelle(t).Evaluate(context.Background(), nil, fraud.Env{})
		assert.ErrorIs(t, err, fraud.ErrInvalidPayment)
	})
	t.Run("cancelled context", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		_, err := grandeNouvelle(t).Evaluate(ctx, &fraud.Payment{}, fraud.Env{})
		assert.ErrorIs(t, err, context.Canceled)
	})
}

func TestInvalidPayments(t *testing.T) {
	usd := func(s string) fraud.Payment {
		m, err := money.Parse(s, "USD")
		require.NoError(t, err)
		return fraud.Payment{AmountEUR: m}
	}
	tests := []struct {
		name  string
		p     fraud.Payment
		field string
	}{
		{"unknown card country", fraud.Payment{CardCountry: "QQ"}, "CardCountry"},
		{"lower-case IP country", fraud.Payment{IPCountry: "de"}, "IPCountry"},
		{"UK is not a code", fraud.Payment{BillingCountry: "UK"}, "BillingCountry"},
		{"three letters", fraud.Payment{ShippingCountry: "BEL"}, "ShippingCountry"},
		{"amount in dollars", usd("10.00"), "AmountEUR"},
		{"negative amount", fraud.Payment{AmountEUR: eur(t, "-0.01")}, "AmountEUR"},
		{"negative previous orders", fraud.Payment{PreviousOrders: -1}, "PreviousOrders"},
		{"email without @", fraud.Payment{Email: "alice.example.be"}, "Email"},
		{"email without local part", fraud.Payment{Email: "@example.be"}, "Email"},
		{"email without domain", fraud.Payment{Email: "alice@"}, "Email"},
		{"email with a space", fraud.Payment{Email: "alice @example.be"}, "Email"},
	}
	rs := ruleSet(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := rs.Evaluate(context.Background(), &tt.p, fraud.Env{})
			assert.ErrorIs(t, err, fraud.ErrInvalidPayment)
			var pe *fraud.PaymentError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, tt.field, pe.Field)
		})
	}
}

func TestEvaluateDoesNotModifyThePayment(t *testing.T) {
	rs := ruleSet(t, fraud.Rule{Name: "blocked email", Action: fraud.Block,
		Condition: fraud.InList{List: "emails", Attr: fraud.Email}})
	lists := fraud.NewStaticLists(map[string][]string{"emails": {"fraud@example.com"}})
	p := fraud.Payment{Email: "Fraud@Example.COM"}
	d, err := rs.Evaluate(context.Background(), &p, fraud.Env{Lists: lists})
	require.NoError(t, err)
	assert.Equal(t, fraud.Block, d.Action, "emails are compared in lower case")
	assert.Equal(t, "Fraud@Example.COM", p.Email)
}

func TestNewRuleSet(t *testing.T) {
	ok := cond{t: fraud.True}
	tests := []struct {
		name  string
		rules []fraud.Rule
		index int
	}{
		{"empty name", []fraud.Rule{{Action: fraud.Block, Condition: ok}}, 0},
		{"duplicate name", []fraud.Rule{{Name: "a", Action: fraud.Block, Condition: ok}, {Name: "a", Action: fraud.Review, Condition: ok}}, 1},
		{"unknown action", []fraud.Rule{{Name: "a", Action: "deny", Condition: ok}}, 0},
		{"empty action", []fraud.Rule{{Name: "a", Condition: ok}}, 0},
		{"Radar spelling with a capital", []fraud.Rule{{Name: "a", Action: "Block", Condition: ok}}, 0},
		{"nil condition", []fraud.Rule{{Name: "a", Action: fraud.Block, Condition: ok}, {Name: "b", Action: fraud.Block}}, 1},
		{"invalid nested condition", []fraud.Rule{{Name: "a", Action: fraud.Block,
			Condition: fraud.All{ok, fraud.Not{Condition: fraud.Velocity{Key: fraud.ByCard}}}}}, 0},
		{"nil inside Any", []fraud.Rule{{Name: "a", Action: fraud.Block, Condition: fraud.Any{ok, nil}}}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs, err := fraud.NewRuleSet(tt.rules...)
			assert.Nil(t, rs)
			assert.ErrorIs(t, err, fraud.ErrInvalidRule)
			var re *fraud.RuleError
			require.ErrorAs(t, err, &re)
			assert.Equal(t, tt.index, re.Index)
		})
	}
}

func TestRulesAreCopied(t *testing.T) {
	rules := []fraud.Rule{{Name: "a", Action: fraud.Block, Condition: cond{t: fraud.True}}}
	rs := ruleSet(t, rules...)
	rules[0].Action = fraud.Allow
	got := rs.Rules()
	got[0].Name = "changed"
	assert.Equal(t, "a", rs.Rules()[0].Name)
	assert.Equal(t, fraud.Block, eval(t, rs, fraud.Payment{}, fraud.Env{}).Action)
}

func TestActionValid(t *testing.T) {
	for _, a := range []fraud.Action{fraud.Request3DS, fraud.Allow, fraud.Block, fraud.Review} {
		assert.True(t, a.Valid(), a)
	}
	for _, a := range []fraud.Action{"", "ALLOW", "request3ds", "deny"} {
		assert.False(t, a.Valid(), a)
	}
}
