package method_test

import (
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/payment/method"
)

func TestExplainBelgianLargeBasket(t *testing.T) {
	c := defaults(t)
	q := method.Query{
		Country: "BE", Amount: eur(t, "2500.00"), Channel: method.Web, At: checkout,
		Preferred: []string{"payconiq", "card", "ideal", "klarna"},
	}
	v, err := c.Explain(q)
	require.NoError(t, err)
	got := make([]string, len(v))
	for i, verdict := range v {
		got[i] = verdict.String()
	}
	assert.Equal(t, []string{
		"bancontact_mobile: not shown: amount 2500.00 EUR is above the maximum 1500.00 EUR",
		"card: shown",
		"ideal: not shown: buyer country BE is not one of NL",
		"klarna_pay_later: not shown: buyer country BE is not one of DE, NL",
	}, got)
	assert.True(t, v[0].Has(method.ReasonAboveMaximum))
	assert.False(t, v[0].Has(method.ReasonCountry))
	assert.True(t, v[1].Shown())
	assert.Empty(t, v[1].Refusals)
}

// Every failing rule is reported, in the documented order.
func TestExplainEveryReason(t *testing.T) {
	c := defaults(t)
	q := method.Query{Country: "FR", Amount: amount(t, "20000.00", "GBP"), Channel: method.MOTO, At: checkout, Preferred: []string{"klarna"}}
	v, err := c.Explain(q)
	require.NoError(t, err)
	require.Len(t, v, 1)
	// No GBP range: the amount is not judged, only the currency.
	assert.Equal(t, []method.Reason{method.ReasonCountry, method.ReasonCurrency, method.ReasonChannel}, reasons(v[0]))
	assert.Equal(t, "klarna_pay_later: not shown: buyer country FR is not one of DE, NL; "+
		"currency GBP is not one of EUR; channel moto is not one of web, mobile_app", v[0].String())

	dated := plain("dated")
	dated.Rules = method.Rules{
		Countries: []string{"BE"}, Amounts: []method.Range{{Min: eur(t, "5.00")}},
		Channels: []method.Channel{method.POS}, Until: checkout,
	}
	dc, err := method.NewCatalog(dated)
	require.NoError(t, err)
	v, err = dc.Explain(method.Query{Country: "NL", Amount: eur(t, "1.00"), Channel: method.Web, At: checkout, Preferred: []string{"dated"}})
	require.NoError(t, err)
	assert.Equal(t, []method.Reason{method.ReasonCountry, method.ReasonBelowMinimum, method.ReasonChannel, method.ReasonNoLonger}, reasons(v[0]))
	assert.Equal(t, "amount 1.00 EUR is below the minimum 5.00 EUR", v[0].Refusals[1].Detail)
}

// Available shows exactly the methods Explain calls shown, in the same
// order, over random queries.
func TestExplainAgreesWithAvailable(t *testing.T) {
	c := defaults(t)
	rng := rand.New(rand.NewPCG(1, 2))
	countries := []string{"BE", "NL", "FR", "DE", "LU", "ES", "GB", "us"}
	codes := []string{"EUR", "EUR", "EUR", "GBP", "USD", "JPY"}
	all := c.IDs()
	for n := 0; n < 2000; n++ {
		preferred := append([]string(nil), all...)
		rng.Shuffle(len(preferred), func(i, j int) { preferred[i], preferred[j] = preferred[j], preferred[i] })
		preferred = preferred[:1+rng.IntN(len(preferred))]
		cur := currency(t, codes[rng.IntN(len(codes))])
		m, err := money.FromMinor(1+rng.Int64N(2_000_000), cur)
		require.NoError(t, err)
		q := method.Query{
			Country: countries[rng.IntN(len(countries))], Amount: m,
			Channel:   method.Channels()[rng.IntN(len(method.Channels()))],
			At:        checkout.Add(time.Duration(rng.Int64N(1e6)) * time.Hour),
			Preferred: preferred,
		}
		shown, err := c.Available(q)
		require.NoError(t, err)
		verdicts, err := c.Explain(q)
		require.NoError(t, err)
		require.Len(t, verdicts, len(preferred))
		var want []string
		for k, v := range verdicts {
			assert.True(t, v.Method.Is(preferred[k]))
			if v.Shown() {
				want = append(want, v.Method.ID)
			}
		}
		require.Equal(t, want, ids(shown), "%+v", q)
	}
}

// One catalogue serves many checkouts at once (run with -race).
func TestCatalogConcurrent(t *testing.T) {
	c := defaults(t)
	q := query(c, "BE", eur(t, "25.00"), method.Web)
	var wg sync.WaitGroup
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := 0; n < 200; n++ {
				got, err := c.Available(q)
				if err != nil || len(got) != 7 {
					t.Errorf("got %v, %v", ids(got), err)
					return
				}
				got[0].Aliases = append(got[0].Aliases, "mine")
				if _, err := c.Lookup("payconiq"); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	m, err := c.Lookup("card")
	require.NoError(t, err)
	assert.NotContains(t, m.Aliases, "mine")
}
