package fraud_test

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/payment/fraud"
	"github.com/comptoir/comptoir/payment/fraud/fraudtest"
)

// Grande Nouvelle sells personalised cards from Belgium to BE, FR, NL
// and DE. Its rule (domain.md): review every operation from other
// European countries, block operations from outside Europe.
func Example() {
	belgium, _ := fraud.NewCountries("BE")
	europe := fraud.Europe()
	abroad := europe.Minus(belgium)

	rules, err := fraud.NewRuleSet(
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
	if err != nil {
		fmt.Println(err)
		return
	}

	amount, _ := money.Parse("38.50", "EUR")
	for _, p := range []fraud.Payment{
		{CardCountry: "BE", IPCountry: "BE", ShippingCountry: "BE", AmountEUR: amount},
		{CardCountry: "DE", IPCountry: "DE", ShippingCountry: "DE", AmountEUR: amount},
		{CardCountry: "BE", IPCountry: "BE", ShippingCountry: "FR", AmountEUR: amount},
		{CardCountry: "US", IPCountry: "DE", ShippingCountry: "DE", AmountEUR: amount},
	} {
		d, err := rules.Evaluate(context.Background(), &p, fraud.Env{})
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("card %s to %s: %s (%s)\n", p.CardCountry, p.ShippingCountry, d.Action, d.Reason)
	}
	// Output:
	// card BE to BE: allow (allow: no rule matched)
	// card DE to DE: review (review: rule "review other European countries" matched)
	// card BE to FR: review (review: rule "review other European countries" matched)
	// card US to DE: block (block: rule "block outside Europe" matched)
}

// Request-3DS rules only annotate: the decision still comes from the
// first allow, block or review rule that fires, here an allow rule that
// wins over a block rule Radar-style.
func ExampleRuleSet_Evaluate() {
	above250, _ := money.Parse("250.00", "EUR")
	rules, _ := fraud.NewRuleSet(
		fraud.Rule{Name: "block first orders from disposable emails", Action: fraud.Block,
			Condition: fraud.All{fraud.PreviousOrdersBelow{N: 1}, fraud.DisposableEmail{}}},
		fraud.Rule{Name: "3-D Secure above 250 EUR", Action: fraud.Request3DS,
			Condition: fraud.AmountAbove{Amount: above250}},
		fraud.Rule{Name: "allow the staff", Action: fraud.Allow,
			Condition: fraud.InList{List: "staff", Attr: fraud.Email}},
	)
	env := fraud.Env{Lists: fraud.NewStaticLists(map[string][]string{"staff": {"tester@yopmail.com"}})}

	amount, _ := money.Parse("320.00", "EUR")
	for _, email := range []string{"tester@yopmail.com", "someone@yopmail.com"} {
		p := fraud.Payment{Email: email, AmountEUR: amount}
		d, _ := rules.Evaluate(context.Background(), &p, env)
		fmt.Printf("%s: %s by %q, 3-D Secure %v %q\n", email, d.Action, d.Rule, d.Request3DS, d.Request3DSRules)
	}
	// Output:
	// tester@yopmail.com: allow by "allow the staff", 3-D Secure true ["3-D Secure above 250 EUR"]
	// someone@yopmail.com: block by "block first orders from disposable emails", 3-D Secure true ["3-D Secure above 250 EUR"]
}

// A velocity counts the payments on a card within a window from the
// shop's history: here the fifth in an hour is blocked. When the history
// cannot be read, the screening fails rather than allowing the payment.
func ExampleVelocity() {
	rules, _ := fraud.NewRuleSet(fraud.Rule{Name: "5 payments per card per hour", Action: fraud.Block,
		Condition: fraud.Velocity{Key: fraud.ByCard, Window: time.Hour, Max: 4}})

	history := fraudtest.NewHistory()
	env := fraud.Env{History: history}
	start := time.Date(2026, 12, 1, 20, 0, 0, 0, time.UTC)
	for i := range 5 {
		p := fraud.Payment{CardFingerprint: "fp_9Xz", At: start.Add(time.Duration(i) * 5 * time.Minute)}
		d, _ := rules.Evaluate(context.Background(), &p, env)
		fmt.Printf("payment %d at %s: %s\n", i+1, p.At.Format("15:04"), d.Action)
		_ = history.Record(fraud.ByCard, p.CardFingerprint, p.At)
	}

	history.FailNext(errors.New("history unavailable"))
	p := fraud.Payment{CardFingerprint: "fp_9Xz", At: start.Add(2 * time.Hour)}
	_, err := rules.Evaluate(context.Background(), &p, env)
	fmt.Println(err, errors.Is(err, fraud.ErrEvaluation))
	// Output:
	// payment 1 at 20:00: allow
	// payment 2 at 20:05: allow
	// payment 3 at 20:10: allow
	// payment 4 at 20:15: allow
	// payment 5 at 20:20: block
	// fraud: rule "5 payments per card per hour": velocity by card: history unavailable true
}

// A payment whose IP address could not be located has no IP country: a
// rule on it is Unknown and does not fire, even negated. Missing is how
// to act on the absence.
func ExampleMissing() {
	europe := fraud.Europe()
	rules, _ := fraud.NewRuleSet(
		fraud.Rule{Name: "block IP outside Europe", Action: fraud.Block,
			Condition: fraud.Not{Condition: fraud.CountryIn{Attr: fraud.IPCountry, Countries: europe}}},
		fraud.Rule{Name: "review unknown IP", Action: fraud.Review,
			Condition: fraud.Missing{Attr: fraud.IPCountry}},
	)
	for _, ip := range []string{"US", "", "NL"} {
		d, _ := rules.Evaluate(context.Background(), &fraud.Payment{IPCountry: ip}, fraud.Env{})
		fmt.Printf("IP country %q: %s\n", ip, d.Action)
	}
	// Output:
	// IP country "US": block
	// IP country "": review
	// IP country "NL": allow
}

// Europe is a definition: the EU, the EEA, Switzerland, the United
// Kingdom and four microstates.
func ExampleEurope() {
	europe := fraud.Europe()
	fmt.Println(europe.Len(), europe.Contains("CH"), europe.Contains("GB"), europe.Contains("RS"))
	customers, _ := fraud.NewCountries("BE", "FR", "NL", "DE")
	fmt.Println(europe.Minus(customers).Len())
	// Output:
	// 36 true true false
	// 32
}
