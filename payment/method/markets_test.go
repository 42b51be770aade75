package method_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/payment/method"
)

// What a buyer of each market sees from the whole default catalogue.
func TestAvailableMarkets(t *testing.T) {
	c := defaults(t)
	cases := []struct {
		country string
		amount  string
		channel method.Channel
		want    []string
	}{
		// Belgium: Bancontact (card and mobile), bank buttons, cards.
		{"BE", "25.00", method.Web, []string{"card", "bancontact_card", "bancontact_mobile", "kbc", "belfius", "paypal", "apple_pay"}},
		{"BE", "25.00", method.MobileApp, []string{"card", "bancontact_card", "bancontact_mobile", "kbc", "belfius", "paypal", "apple_pay"}},
		// Above Bancontact mobile's EUR 1,500 maximum, the card stays.
		{"BE", "2500.00", method.Web, []string{"card", "bancontact_card", "kbc", "belfius", "paypal", "apple_pay"}},
		{"BE", "25.00", method.POS, []string{"card", "bancontact_card", "bancontact_mobile", "apple_pay"}},
		{"BE", "2500.00", method.POS, []string{"card", "bancontact_card", "apple_pay"}},
		{"BE", "25.00", method.MOTO, []string{"card"}},
		// Netherlands: iDEAL, Klarna.
		{"NL", "25.00", method.Web, []string{"card", "ideal", "paypal", "klarna_pay_later", "apple_pay"}},
		{"NL", "2500.00", method.Web, []string{"card", "ideal", "paypal", "klarna_pay_later", "apple_pay"}},
		{"NL", "25.00", method.POS, []string{"card", "apple_pay"}},
		// France: co-badged Cartes Bancaires.
		{"FR", "25.00", method.Web, []string{"card", "cartes_bancaires", "paypal", "apple_pay"}},
		{"FR", "2500.00", method.Web, []string{"card", "cartes_bancaires", "paypal", "apple_pay"}},
		{"FR", "25.00", method.POS, []string{"card", "cartes_bancaires", "apple_pay"}},
		{"FR", "25.00", method.MOTO, []string{"card", "cartes_bancaires"}},
		// Germany: SEPA direct debit up to its EUR 1,000 default limit, Klarna.
		{"DE", "25.00", method.Web, []string{"card", "sepa_direct_debit", "paypal", "klarna_pay_later", "apple_pay"}},
		{"DE", "2500.00", method.Web, []string{"card", "paypal", "klarna_pay_later", "apple_pay"}},
		{"DE", "25.00", method.POS, []string{"card", "apple_pay"}},
		// Luxembourg: no local method in the default catalogue.
		{"LU", "25.00", method.Web, []string{"card", "paypal", "apple_pay"}},
		{"LU", "2500.00", method.Web, []string{"card", "paypal", "apple_pay"}},
		{"LU", "25.00", method.POS, []string{"card", "apple_pay"}},
		// Elsewhere: what works everywhere.
		{"ES", "25.00", method.Web, []string{"card", "paypal", "apple_pay"}},
	}
	for _, tc := range cases {
		t.Run(tc.country+"/"+tc.amount+"/"+string(tc.channel), func(t *testing.T) {
			got, err := c.Available(query(c, tc.country, eur(t, tc.amount), tc.channel))
			require.NoError(t, err)
			assert.Equal(t, tc.want, ids(got))
		})
	}
}

// A currency other than the euro leaves only the methods without a
// currency rule.
func TestAvailableOtherCurrency(t *testing.T) {
	c := defaults(t)
	for _, code := range []string{"USD", "GBP", "CHF", "JPY"} {
		got, err := c.Available(query(c, "BE", amount(t, "100", code), method.Web))
		require.NoError(t, err, code)
		assert.Equal(t, []string{"card", "paypal", "apple_pay"}, ids(got), code)
	}
	v, err := c.Explain(query(c, "BE", amount(t, "100.00", "GBP"), method.Web))
	require.NoError(t, err)
	for _, verdict := range v {
		if verdict.Method.ID == "bancontact_card" {
			assert.True(t, verdict.Has(method.ReasonCurrency))
			assert.Equal(t, "bancontact_card: not shown: currency GBP is not one of EUR", verdict.String())
		}
	}
}

// domain.md's example shop, Grande Nouvelle, offers card, Bancontact,
// Carte Bleue, SEPA direct debit, iDEAL and PayPal to BE, FR, NL and DE,
// listed by the names its old configuration used.
func TestAvailableGrandeNouvelle(t *testing.T) {
	c := defaults(t)
	offered := []string{"Bancontact", "carte_bleue", "iDEAL", "lastschrift", "creditcard", "paypal"}
	want := map[string][]string{
		"BE": {"bancontact_card", "card", "paypal"},
		"FR": {"cartes_bancaires", "card", "paypal"},
		"NL": {"ideal", "card", "paypal"},
		"DE": {"sepa_direct_debit", "card", "paypal"},
	}
	for country, w := range want {
		q := method.Query{Country: country, Amount: eur(t, "42.50"), Channel: method.Web, At: checkout, Preferred: offered}
		got, err := c.Available(q)
		require.NoError(t, err)
		assert.Equal(t, w, ids(got), country)
	}
}
