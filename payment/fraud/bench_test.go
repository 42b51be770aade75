package fraud_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/payment/fraud"
	"github.com/comptoir/comptoir/payment/fraud/fraudtest"
)

// benchRules are 20 rules of a shop selling across Europe: 4 request_3ds,
// 4 allow, 7 block, 5 review, with country sets, amounts, lists,
// disposable emails and two velocities.
func benchRules(t testing.TB) *fraud.RuleSet {
	t.Helper()
	europe := fraud.Europe()
	home := countries(t, "BE", "FR", "NL", "DE")
	abroad := europe.Minus(home)
	risky := countries(t, "NG", "GH", "ID", "VN", "PK", "BD")
	r := func(name string, a fraud.Action, c fraud.Condition) fraud.Rule {
		return fraud.Rule{Name: name, Action: a, Condition: c}
	}
	return ruleSet(t,
		r("3ds above 250", fraud.Request3DS, fraud.AmountAbove{Amount: eur(t, "250.00")}),
		r("3ds first order abroad", fraud.Request3DS, fraud.All{fraud.PreviousOrdersBelow{N: 1}, fraud.CountryIn{Attr: fraud.CardCountry, Countries: abroad}}),
		r("3ds card and IP differ", fraud.Request3DS, fraud.CountriesDiffer{A: fraud.CardCountry, B: fraud.IPCountry}),
		r("3ds disposable email", fraud.Request3DS, fraud.DisposableEmail{}),
		r("allow trusted cards", fraud.Allow, fraud.InList{List: "trusted_cards", Attr: fraud.CardFingerprint}),
		r("allow small returning", fraud.Allow, fraud.All{fraud.AmountBelow{Amount: eur(t, "10.00")}, fraud.Not{Condition: fraud.PreviousOrdersBelow{N: 5}}}),
		r("allow staff", fraud.Allow, fraud.InList{List: "staff_emails", Attr: fraud.Email}),
		r("allow loyal home", fraud.Allow, fraud.All{fraud.Not{Condition: fraud.PreviousOrdersBelow{N: 20}}, fraud.CountryIn{Attr: fraud.ShippingCountry, Countries: home}}),
		r("block outside Europe", fraud.Block, fraud.Any{
			fraud.CountryNotIn{Attr: fraud.CardCountry, Countries: europe},
			fraud.CountryNotIn{Attr: fraud.IPCountry, Countries: europe},
		}),
		r("block risky billing", fraud.Block, fraud.CountryIn{Attr: fraud.BillingCountry, Countries: risky}),
		r("block blocked emails", fraud.Block, fraud.InList{List: "blocked_emails", Attr: fraud.Email}),
		r("block blocked domains", fraud.Block, fraud.InList{List: "blocked_domains", Attr: fraud.EmailDomain}),
		r("block card velocity", fraud.Block, fraud.Velocity{Key: fraud.ByCard, Window: time.Hour, Max: 4}),
		r("block huge first order", fraud.Block, fraud.All{fraud.PreviousOrdersBelow{N: 1}, fraud.AmountAtLeast{Amount: eur(t, "2000.00")}}),
		r("block disposable and big", fraud.Block, fraud.All{fraud.DisposableEmail{}, fraud.AmountAbove{Amount: eur(t, "150.00")}}),
		r("review other European countries", fraud.Review, fraud.Any{
			fraud.CountryIn{Attr: fraud.CardCountry, Countries: abroad},
			fraud.CountryIn{Attr: fraud.ShippingCountry, Countries: abroad},
		}),
		r("review email velocity", fraud.Review, fraud.Velocity{Key: fraud.ByEmail, Window: 24 * time.Hour, Max: 3}),
		r("review big amounts", fraud.Review, fraud.AmountAbove{Amount: eur(t, "800.00")}),
		r("review billing and shipping differ", fraud.Review, fraud.CountriesDiffer{A: fraud.BillingCountry, B: fraud.ShippingCountry}),
		r("review no IP country", fraud.Review, fraud.Missing{Attr: fraud.IPCountry}),
	)
}

func benchEnv(t testing.TB, h *fraudtest.History) fraud.Env {
	t.Helper()
	return fraud.Env{History: h, Lists: fraud.NewStaticLists(map[string][]string{
		"trusted_cards":   {"fp_trusted"},
		"staff_emails":    {"staff@grandenouvelle.be"},
		"blocked_emails":  {"fraud@example.com"},
		"blocked_domains": {"spam.example"},
	})}
}

// BenchmarkEvaluate screens a payment that fires no rule, so all 20 are
// read (two of them count in a history of 200 payments).
func BenchmarkEvaluate(b *testing.B) {
	rs := benchRules(b)
	h := fraudtest.NewHistory()
	for i := range 100 {
		at := noon().Add(-time.Duration(i) * 13 * time.Hour)
		require.NoError(b, h.Record(fraud.ByCard, "fp_1", at))
		require.NoError(b, h.Record(fraud.ByEmail, "jean@example.be", at))
	}
	env := benchEnv(b, h)
	p := fraud.Payment{CardCountry: "BE", IPCountry: "BE", BillingCountry: "BE", ShippingCountry: "BE",
		AmountEUR: eur(b, "45.00"), CardFingerprint: "fp_1", Email: "jean@example.be", PreviousOrders: 2, At: noon()}
	ctx := context.Background()
	d, err := rs.Evaluate(ctx, &p, env)
	require.NoError(b, err)
	require.Equal(b, fraud.NoRuleMatched, d.Reason)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if _, err := rs.Evaluate(ctx, &p, env); err != nil {
			b.Fatal(err)
		}
	}
}
