package fraud_test

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/payment/fraud"
)

func TestCountryConditions(t *testing.T) {
	europe := fraud.Europe()
	in := fraud.CountryIn{Attr: fraud.IPCountry, Countries: europe}
	notIn := fraud.CountryNotIn{Attr: fraud.IPCountry, Countries: europe}
	differ := fraud.CountriesDiffer{A: fraud.CardCountry, B: fraud.ShippingCountry}
	missing := fraud.Missing{Attr: fraud.IPCountry}
	tests := []struct {
		name                         string
		p                            fraud.Payment
		in, notIn, differ, isMissing fraud.Truth
	}{
		{"European IP", fraud.Payment{IPCountry: "PL", CardCountry: "PL", ShippingCountry: "PL"}, fraud.True, fraud.False, fraud.False, fraud.False},
		{"US IP", fraud.Payment{IPCountry: "US", CardCountry: "BE", ShippingCountry: "FR"}, fraud.False, fraud.True, fraud.True, fraud.False},
		{"no IP country", fraud.Payment{CardCountry: "BE"}, fraud.Unknown, fraud.Unknown, fraud.Unknown, fraud.True},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.in, truth(t, in, tt.p, fraud.Env{}), "in")
			assert.Equal(t, tt.notIn, truth(t, notIn, tt.p, fraud.Env{}), "not in")
			assert.Equal(t, tt.differ, truth(t, differ, tt.p, fraud.Env{}), "differ")
			assert.Equal(t, tt.isMissing, truth(t, missing, tt.p, fraud.Env{}), "missing")
		})
	}
	assert.Equal(t, "card_country in {BE FR}", fraud.CountryIn{Attr: fraud.CardCountry, Countries: countries(t, "FR", "BE")}.String())
	assert.Equal(t, "ip_country not in {US}", fraud.CountryNotIn{Attr: fraud.IPCountry, Countries: countries(t, "US")}.String())
	assert.Equal(t, "card_country != shipping_country", differ.String())
	assert.Equal(t, "is_missing(ip_country)", missing.String())
}

// A rule on a missing attribute does not fire, even negated: only
// Missing tests for absence.
func TestMissingAttributesNeverFire(t *testing.T) {
	europe := fraud.Europe()
	rs := ruleSet(t,
		fraud.Rule{Name: "not in Europe", Action: fraud.Block, Condition: fraud.Not{Condition: fraud.CountryIn{Attr: fraud.IPCountry, Countries: europe}}},
		fraud.Rule{Name: "no IP country", Action: fraud.Review, Condition: fraud.Missing{Attr: fraud.IPCountry}},
	)
	d := eval(t, rs, fraud.Payment{CardCountry: "BE"}, fraud.Env{})
	assert.Equal(t, fraud.Review, d.Action)
	assert.Equal(t, "no IP country", d.Rule)
}

func TestAmountConditions(t *testing.T) {
	limit := eur(t, "500.00")
	above, atLeast, below := fraud.AmountAbove{Amount: limit}, fraud.AmountAtLeast{Amount: limit}, fraud.AmountBelow{Amount: limit}
	tests := []struct {
		amount                string
		above, atLeast, below fraud.Truth
	}{
		{"499.99", fraud.False, fraud.False, fraud.True},
		{"500.00", fraud.False, fraud.True, fraud.False},
		{"500.01", fraud.True, fraud.True, fraud.False},
		{"0.00", fraud.False, fraud.False, fraud.True},
		{"92233720368547758.07", fraud.True, fraud.True, fraud.False},
	}
	for _, tt := range tests {
		p := fraud.Payment{AmountEUR: eur(t, tt.amount)}
		assert.Equal(t, tt.above, truth(t, above, p, fraud.Env{}), "%s above", tt.amount)
		assert.Equal(t, tt.atLeast, truth(t, atLeast, p, fraud.Env{}), "%s at least", tt.amount)
		assert.Equal(t, tt.below, truth(t, below, p, fraud.Env{}), "%s below", tt.amount)
	}
	for _, c := range []fraud.Condition{above, atLeast, below} {
		assert.Equal(t, fraud.Unknown, truth(t, c, fraud.Payment{}, fraud.Env{}), "no amount")
	}
	assert.Equal(t, "amount > 500.00 EUR", above.String())
	assert.Equal(t, "amount >= 500.00 EUR", atLeast.String())
	assert.Equal(t, "amount < 500.00 EUR", below.String())
}

func TestPreviousOrdersBelow(t *testing.T) {
	first := fraud.PreviousOrdersBelow{N: 1}
	assert.Equal(t, fraud.True, truth(t, first, fraud.Payment{}, fraud.Env{}))
	assert.Equal(t, fraud.False, truth(t, first, fraud.Payment{PreviousOrders: 1}, fraud.Env{}))
	assert.Equal(t, fraud.True, truth(t, fraud.PreviousOrdersBelow{N: 3}, fraud.Payment{PreviousOrders: 2}, fraud.Env{}))
	assert.Equal(t, "previous_orders < 1", first.String())
}

func TestDisposableEmail(t *testing.T) {
	c := fraud.DisposableEmail{Extra: []string{"throwaway.example"}}
	tests := []struct {
		email string
		want  fraud.Truth
	}{
		{"jean@yopmail.com", fraud.True},
		{"Jean@YOPMAIL.COM", fraud.True},
		{"jean@mx.yopmail.com", fraud.True},
		{"jean@throwaway.example", fraud.True},
		{"jean@a.b.throwaway.example", fraud.True},
		{"jean@notyopmail.com", fraud.False},
		{"jean@yopmail.com.example.be", fraud.False},
		{"jean@grandenouvelle.be", fraud.False},
		{"a@b@mailinator.com", fraud.True},
		{"", fraud.Unknown},
	}
	rs := ruleSet(t, fraud.Rule{Name: "disposable", Action: fraud.Block, Condition: c})
	for _, tt := range tests {
		d := eval(t, rs, fraud.Payment{Email: tt.email}, fraud.Env{})
		assert.Equal(t, tt.want == fraud.True, d.Action == fraud.Block, tt.email)
		p := fraud.Payment{Email: tt.email}
		if tt.email == "Jean@YOPMAIL.COM" {
			continue // Eval alone sees the email as given; Evaluate lower-cases it
		}
		assert.Equal(t, tt.want, truth(t, c, p, fraud.Env{}), tt.email)
	}
	for _, d := range fraud.DisposableDomains() {
		assert.Equal(t, fraud.True, truth(t, fraud.DisposableEmail{}, fraud.Payment{Email: "x@" + d}, fraud.Env{}), d)
	}
	assert.Equal(t, "email_domain is disposable", fraud.DisposableEmail{}.String())
	assert.Equal(t, "email_domain is disposable (or in throwaway.example)", c.String())
}

func TestInList(t *testing.T) {
	lists := fraud.NewStaticLists(map[string][]string{
		"blocked_emails": {"fraud@example.com"},
		"trusted_cards":  {"fp_123"},
	})
	env := fraud.Env{Lists: lists}
	blocked := fraud.InList{List: "blocked_emails", Attr: fraud.Email}
	assert.Equal(t, fraud.True, truth(t, blocked, fraud.Payment{Email: "fraud@example.com"}, env))
	assert.Equal(t, fraud.False, truth(t, blocked, fraud.Payment{Email: "alice@example.com"}, env))
	assert.Equal(t, fraud.Unknown, truth(t, blocked, fraud.Payment{}, env))
	trusted := fraud.InList{List: "trusted_cards", Attr: fraud.CardFingerprint}
	assert.Equal(t, fraud.True, truth(t, trusted, fraud.Payment{CardFingerprint: "fp_123"}, env))
	assert.Equal(t, "email in list blocked_emails", blocked.String())

	p := fraud.Payment{Email: "alice@example.com"}
	t.Run("unknown list", func(t *testing.T) {
		_, err := fraud.InList{List: "blocked_email", Attr: fraud.Email}.Eval(context.Background(), &p, env)
		assert.ErrorIs(t, err, fraud.ErrUnknownList)
		var le *fraud.ListError
		require.ErrorAs(t, err, &le)
		assert.Equal(t, "blocked_email", le.List)
	})
	t.Run("no lists", func(t *testing.T) {
		rs := ruleSet(t, fraud.Rule{Name: "blocked", Action: fraud.Block, Condition: blocked})
		_, err := rs.Evaluate(context.Background(), &p, fraud.Env{})
		assert.ErrorIs(t, err, fraud.ErrNoLists)
		assert.ErrorIs(t, err, fraud.ErrEvaluation)
	})
	t.Run("failing lists", func(t *testing.T) {
		down := errors.New("lists down")
		_, err := blocked.Eval(context.Background(), &p, fraud.Env{Lists: failingLists{down}})
		assert.ErrorIs(t, err, down)
	})
	t.Run("cancelled context", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		_, err := lists.Contains(ctx, "blocked_emails", "x")
		assert.ErrorIs(t, err, context.Canceled)
	})
	t.Run("the lists are copied", func(t *testing.T) {
		src := map[string][]string{"l": {"a"}}
		l := fraud.NewStaticLists(src)
		src["l"][0] = "b"
		ok, err := l.Contains(context.Background(), "l", "a")
		require.NoError(t, err)
		assert.True(t, ok)
	})
}

type failingLists struct{ err error }

func (f failingLists) Contains(context.Context, string, string) (bool, error) { return false, f.err }

func TestConditionValidation(t *testing.T) {
	usd, err := money.Parse("10.00", "USD")
	require.NoError(t, err)
	europe := fraud.Europe()
	tests := []struct {
		name string
		c    fraud.Condition
	}{
		{"country_in on an email", fraud.CountryIn{Attr: fraud.Email, Countries: europe}},
		{"country_in with an empty set", fraud.CountryIn{Attr: fraud.CardCountry}},
		{"country_not_in on no attribute", fraud.CountryNotIn{Countries: europe}},
		{"country_not_in with an empty set", fraud.CountryNotIn{Attr: fraud.IPCountry}},
		{"countries_differ on itself", fraud.CountriesDiffer{A: fraud.CardCountry, B: fraud.CardCountry}},
		{"countries_differ on an email", fraud.CountriesDiffer{A: fraud.CardCountry, B: fraud.Email}},
		{"missing on an unknown attribute", fraud.Missing{Attr: "phone"}},
		{"amount in dollars", fraud.AmountAbove{Amount: usd}},
		{"no amount", fraud.AmountAtLeast{}},
		{"negative amount", fraud.AmountBelow{Amount: eur(t, "-1.00")}},
		{"previous orders below 0", fraud.PreviousOrdersBelow{}},
		{"upper-case extra domain", fraud.DisposableEmail{Extra: []string{"Spam.example"}}},
		{"extra address", fraud.DisposableEmail{Extra: []string{"a@spam.example"}}},
		{"empty extra domain", fraud.DisposableEmail{Extra: []string{""}}},
		{"dotted extra domain", fraud.DisposableEmail{Extra: []string{".spam.example"}}},
		{"list without a name", fraud.InList{Attr: fraud.Email}},
		{"list on an unknown attribute", fraud.InList{List: "l", Attr: "name"}},
		{"velocity by IP", fraud.Velocity{Key: "ip", Window: 1, Max: 1}},
		{"velocity without window", fraud.Velocity{Key: fraud.ByCard, Max: 1}},
		{"velocity with a negative window", fraud.Velocity{Key: fraud.ByCard, Window: -1, Max: 1}},
		{"velocity with a negative max", fraud.Velocity{Key: fraud.ByEmail, Window: 1, Max: -1}},
		{"empty all", fraud.All{}},
		{"empty any", fraud.Any{}},
		{"not nothing", fraud.Not{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, ok := tt.c.(fraud.Validator)
			require.True(t, ok)
			err := v.Validate()
			assert.ErrorIs(t, err, fraud.ErrInvalidRule)
			var ce *fraud.ConditionError
			assert.ErrorAs(t, err, &ce)
			_, err = fraud.NewRuleSet(fraud.Rule{Name: "r", Action: fraud.Block, Condition: tt.c})
			assert.ErrorIs(t, err, fraud.ErrInvalidRule)
			assert.Contains(t, err.Error(), `rule 0 "r": invalid condition`)
		})
	}
}

func TestConditionStrings(t *testing.T) {
	c := fraud.All{
		fraud.AmountAbove{Amount: eur(t, "100.00")},
		fraud.Not{Condition: fraud.PreviousOrdersBelow{N: 2}},
		fraud.Any{fraud.DisposableEmail{}, fraud.InList{List: "bad", Attr: fraud.EmailDomain}},
	}
	assert.Equal(t, "all(amount > 100.00 EUR, not(previous_orders < 2), any(email_domain is disposable, email_domain in list bad))", fmt.Sprint(c))
}

func TestPaymentValue(t *testing.T) {
	p := &fraud.Payment{CardCountry: "BE", IPCountry: "FR", BillingCountry: "NL", ShippingCountry: "DE",
		CardFingerprint: "Fp_1", Email: "Jean.Dupont@Example.BE"}
	want := map[fraud.Attribute]string{
		fraud.CardCountry: "BE", fraud.IPCountry: "FR", fraud.BillingCountry: "NL", fraud.ShippingCountry: "DE",
		fraud.CardFingerprint: "Fp_1", fraud.Email: "jean.dupont@example.be", fraud.EmailDomain: "example.be", "phone": "",
	}
	for a, v := range want {
		assert.Equal(t, v, p.Value(a), a)
		assert.Equal(t, v != "", a.Valid(), a)
	}
	assert.Equal(t, "", (&fraud.Payment{}).Value(fraud.EmailDomain))
	assert.True(t, fraud.ShippingCountry.IsCountry())
	assert.False(t, fraud.EmailDomain.IsCountry())
}
