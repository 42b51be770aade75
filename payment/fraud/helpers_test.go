package fraud_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/payment/fraud"
)

func eur(t testing.TB, s string) money.Money {
	t.Helper()
	m, err := money.Parse(s, "EUR")
	require.NoError(t, err)
	return m
}

func countries(t testing.TB, codes ...string) fraud.Countries {
	t.Helper()
	c, err := fraud.NewCountries(codes...)
	require.NoError(t, err)
	return c
}

func ruleSet(t testing.TB, rules ...fraud.Rule) *fraud.RuleSet {
	t.Helper()
	rs, err := fraud.NewRuleSet(rules...)
	require.NoError(t, err)
	return rs
}

// noon is the time of the payments under test.
func noon() time.Time { return time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC) }

// grandeNouvelle is the rule set of domain.md's Grande Nouvelle, a
// Belgian shop selling to BE, FR, NL and DE: review every payment whose
// card or shipping country is another European country than Belgium,
// block every payment made from outside Europe (card, IP address or
// billing address).
func grandeNouvelle(t testing.TB) *fraud.RuleSet {
	t.Helper()
	europe := fraud.Europe()
	abroad := europe.Minus(countries(t, "BE"))
	return ruleSet(t,
		fraud.Rule{Name: "review other European countries", Action: fraud.Review, Condition: fraud.Any{
			fraud.CountryIn{Attr: fraud.CardCountry, Countries: abroad},
			fraud.CountryIn{Attr: fraud.ShippingCountry, Countries: abroad},
		}},
		fraud.Rule{Name: "block outside Europe", Action: fraud.Block, Condition: fraud.Any{
			fraud.CountryNotIn{Attr: fraud.CardCountry, Countries: europe},
			fraud.CountryNotIn{Attr: fraud.IPCountry, Countries: europe},
			fraud.CountryNotIn{Attr: fraud.BillingCountry, Countries: europe},
		}},
	)
}

// eval evaluates p with env and requires no error.
func eval(t testing.TB, rs *fraud.RuleSet, p fraud.Payment, env fraud.Env) fraud.Decision {
	t.Helper()
	d, err := rs.Evaluate(context.Background(), &p, env)
	require.NoError(t, err)
	return d
}

// cond is a condition with a fixed value, counting its calls.
type cond struct {
	t     fraud.Truth
	err   error
	calls *int
}

func (c cond) Eval(context.Context, *fraud.Payment, fraud.Env) (fraud.Truth, error) {
	if c.calls != nil {
		*c.calls++
	}
	return c.t, c.err
}

// truth evaluates one condition on p with env.
func truth(t testing.TB, c fraud.Condition, p fraud.Payment, env fraud.Env) fraud.Truth {
	t.Helper()
	v, err := c.Eval(context.Background(), &p, env)
	require.NoError(t, err)
	return v
}
