package method_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/payment/method"
)

// The merchant's order is the checkout's order; methods it does not list
// are not shown, even where they would be available.
func TestAvailablePreferredOrder(t *testing.T) {
	c := defaults(t)
	cases := []struct {
		preferred []string
		want      []string
	}{
		{[]string{"bancontact_mobile", "bancontact_card", "card"}, []string{"bancontact_mobile", "bancontact_card", "card"}},
		{[]string{"card", "bancontact_card", "bancontact_mobile"}, []string{"card", "bancontact_card", "bancontact_mobile"}},
		{[]string{"paypal", "payconiq", "ideal", "card"}, []string{"paypal", "bancontact_mobile", "card"}},
		{[]string{"ideal", "klarna"}, nil}, // nothing for a Belgian: the checkout must say so
		{[]string{"apple_pay"}, []string{"apple_pay"}},
	}
	for _, tc := range cases {
		q := method.Query{Country: "BE", Amount: eur(t, "25.00"), Channel: method.Web, At: checkout, Preferred: tc.preferred}
		got, err := c.Available(q)
		require.NoError(t, err)
		assert.Equal(t, tc.want, ids(got), "%v", tc.preferred)
	}
}

func TestPreferredErrors(t *testing.T) {
	c := defaults(t)
	cases := []struct {
		name      string
		preferred []string
		field     string
		cause     error
	}{
		{"empty", nil, "Preferred", nil},
		{"unknown", []string{"card", "sofort"}, "Preferred[1]", method.ErrUnknownMethod},
		{"twice by ID", []string{"card", "paypal", "card"}, "Preferred[2]", method.ErrDuplicateName},
		{"twice by alias", []string{"payconiq", "wero"}, "Preferred[1]", method.ErrDuplicateName},
		{"twice by case", []string{"ideal", "IDEAL"}, "Preferred[1]", method.ErrDuplicateName},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			q := method.Query{Country: "BE", Amount: eur(t, "25.00"), Channel: method.Web, At: checkout, Preferred: tc.preferred}
			_, err := c.Available(q)
			assertQueryError(t, err, tc.field, tc.cause)
			_, err = c.Explain(q)
			assertQueryError(t, err, tc.field, tc.cause)
		})
	}
	_, err := c.Available(method.Query{Country: "BE", Amount: eur(t, "1.00"), Channel: method.Web, At: checkout, Preferred: []string{"payconiq", "wero"}})
	assert.EqualError(t, err, `method: query Preferred[1] "wero": the same method as Preferred[0] "payconiq" (bancontact_mobile)`)
}

func assertQueryError(t *testing.T, err error, field string, cause error) {
	t.Helper()
	require.ErrorIs(t, err, method.ErrInvalidQuery)
	var qe *method.QueryError
	require.ErrorAs(t, err, &qe)
	assert.Equal(t, field, qe.Field)
	if cause != nil {
		assert.ErrorIs(t, err, cause)
	}
}

func TestQueryErrors(t *testing.T) {
	c := defaults(t)
	valid := query(c, "BE", eur(t, "25.00"), method.Web)
	cases := []struct {
		name  string
		edit  func(*method.Query)
		field string
		cause error
		text  string
	}{
		{"no country", func(q *method.Query) { q.Country = "" }, "Country", method.ErrUnknownCountry, ""},
		{"unassigned country", func(q *method.Query) { q.Country = "XX" }, "Country", method.ErrUnknownCountry, ""},
		{"alpha-3", func(q *method.Query) { q.Country = "BEL" }, "Country", method.ErrUnknownCountry, ""},
		{"UK", func(q *method.Query) { q.Country = "UK" }, "Country", method.ErrUnknownCountry,
			`method: query Country "UK": not an ISO 3166-1 alpha-2 country code (the United Kingdom is GB)`},
		{"EL", func(q *method.Query) { q.Country = "el" }, "Country", method.ErrUnknownCountry,
			`method: query Country "el": not an ISO 3166-1 alpha-2 country code (EL is Greece's VAT prefix; the country is GR)`},
		{"EU", func(q *method.Query) { q.Country = "EU" }, "Country", method.ErrUnknownCountry, ""},
		{"no currency", func(q *method.Query) { q.Amount = money.Money{} }, "Amount", money.ErrUnknownCurrency, ""},
		{"zero amount", func(q *method.Query) { q.Amount = eur(t, "0.00") }, "Amount", nil,
			`method: query Amount "0.00 EUR": only a positive amount needs a payment method (a 0.00 order completes without any PSP)`},
		{"negative amount", func(q *method.Query) { q.Amount = eur(t, "-5.00") }, "Amount", nil, ""},
		{"no channel", func(q *method.Query) { q.Channel = "" }, "Channel", method.ErrUnknownChannel, ""},
		{"unknown channel", func(q *method.Query) { q.Channel = "kiosk" }, "Channel", method.ErrUnknownChannel, ""},
		{"channel case", func(q *method.Query) { q.Channel = "WEB" }, "Channel", method.ErrUnknownChannel, ""},
		{"no time", func(q *method.Query) { q.At = time.Time{} }, "At", nil, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			q := valid
			tc.edit(&q)
			got, err := c.Available(q)
			assert.Nil(t, got)
			assertQueryError(t, err, tc.field, tc.cause)
			if tc.text != "" {
				assert.EqualError(t, err, tc.text)
			}
		})
	}
}

// Country codes are ISO codes in any letter case.
func TestQueryCountryCase(t *testing.T) {
	c := defaults(t)
	for _, code := range []string{"be", "Be", "bE"} {
		got, err := c.Available(query(c, code, eur(t, "25.00"), method.Web))
		require.NoError(t, err)
		assert.Contains(t, ids(got), "bancontact_mobile", code)
	}
}

// Minimum and maximum are both inclusive; one cent beyond is refused.
func TestAmountBoundaries(t *testing.T) {
	c := defaults(t)
	cases := []struct {
		id, country, amount string
		shown               bool
		reason              method.Reason
	}{
		{"klarna_pay_later", "DE", "0.99", false, method.ReasonBelowMinimum},
		{"klarna_pay_later", "DE", "1.00", true, ""},
		{"klarna_pay_later", "DE", "10000.00", true, ""},
		{"klarna_pay_later", "DE", "10000.01", false, method.ReasonAboveMaximum},
		{"bancontact_mobile", "BE", "0.01", false, method.ReasonBelowMinimum},
		{"bancontact_mobile", "BE", "0.02", true, ""},
		{"bancontact_mobile", "BE", "1500.00", true, ""},
		{"bancontact_mobile", "BE", "1500.01", false, method.ReasonAboveMaximum},
		{"bancontact_card", "BE", "0.01", false, method.ReasonBelowMinimum},
		{"bancontact_card", "BE", "92233720368547758.07", true, ""}, // no maximum: the largest Money
		{"sepa_direct_debit", "DE", "1000.00", true, ""},
		{"sepa_direct_debit", "DE", "1000.01", false, method.ReasonAboveMaximum},
		{"ideal", "NL", "0.01", true, ""},
		{"ideal", "NL", "50000.00", true, ""},
		{"ideal", "NL", "50000.01", false, method.ReasonAboveMaximum},
		{"card", "BE", "0.01", true, ""},
		{"card", "BE", "92233720368547758.07", true, ""},
	}
	for _, tc := range cases {
		q := method.Query{Country: tc.country, Amount: eur(t, tc.amount), Channel: method.Web, At: checkout, Preferred: []string{tc.id}}
		got, err := c.Available(q)
		require.NoError(t, err)
		assert.Equal(t, tc.shown, len(got) == 1, "%s %s", tc.id, tc.amount)
		v, err := c.Explain(q)
		require.NoError(t, err)
		require.Len(t, v, 1)
		assert.Equal(t, tc.shown, v[0].Shown(), "%s %s", tc.id, tc.amount)
		if !tc.shown {
			assert.Equal(t, []method.Reason{tc.reason}, reasons(v[0]), "%s %s", tc.id, tc.amount)
		}
	}
}

func reasons(v method.Verdict) []method.Reason {
	out := make([]method.Reason, len(v.Refusals))
	for i, r := range v.Refusals {
		out[i] = r.Reason
	}
	return out
}

// A method can be phased in and out: From is inclusive, Until exclusive,
// and the time comes from the query.
func TestValidityDates(t *testing.T) {
	from := time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)
	until := time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)
	payconiq := plain("payconiq_by_bancontact")
	payconiq.Family = method.Wallet
	payconiq.Rules.Until = until
	wero := plain("wero")
	wero.Family = method.Wallet
	wero.Rules.From = from
	c, err := method.NewCatalog(payconiq, wero)
	require.NoError(t, err)

	brussels, err := time.LoadLocation("Europe/Brussels")
	require.NoError(t, err)
	cases := []struct {
		at   time.Time
		want []string
	}{
		{from.Add(-time.Nanosecond), []string{"payconiq_by_bancontact"}},
		{from, []string{"payconiq_by_bancontact", "wero"}},
		{until.Add(-time.Nanosecond), []string{"payconiq_by_bancontact", "wero"}},
		{until, []string{"wero"}},
		// The same instant written in another zone decides the same way.
		{until.In(brussels), []string{"wero"}},
		{time.Date(2026, 12, 31, 23, 59, 0, 0, brussels), []string{"payconiq_by_bancontact", "wero"}},
	}
	for _, tc := range cases {
		q := method.Query{Country: "BE", Amount: eur(t, "10.00"), Channel: method.Web, At: tc.at, Preferred: c.IDs()}
		got, err := c.Available(q)
		require.NoError(t, err)
		assert.Equal(t, tc.want, ids(got), tc.at.String())
	}

	v, err := c.Explain(method.Query{Country: "BE", Amount: eur(t, "10.00"), Channel: method.Web, At: until, Preferred: []string{"payconiq_by_bancontact"}})
	require.NoError(t, err)
	assert.Equal(t, "payconiq_by_bancontact: not shown: offered until 2027-01-01T00:00:00Z", v[0].String())
	v, err = c.Explain(method.Query{Country: "BE", Amount: eur(t, "10.00"), Channel: method.Web, At: checkout, Preferred: []string{"wero"}})
	require.NoError(t, err)
	assert.Equal(t, []method.Reason{method.ReasonNotYet}, reasons(v[0]))
	assert.Equal(t, "wero: not shown: offered from 2026-09-01T00:00:00Z", v[0].String())
}

// A method with a range in one currency and none in another has no limit
// in the other.
func TestRangePerCurrency(t *testing.T) {
	m := plain("multi")
	m.Rules.Amounts = []method.Range{
		{Min: eur(t, "1.00"), Max: eur(t, "100.00")},
		{Max: amount(t, "50.00", "GBP")},
	}
	c, err := method.NewCatalog(m)
	require.NoError(t, err)
	cases := []struct {
		amount money.Money
		shown  bool
	}{
		{eur(t, "0.50"), false},
		{eur(t, "100.00"), true},
		{amount(t, "0.01", "GBP"), true}, // GBP range has no minimum
		{amount(t, "50.01", "GBP"), false},
		{amount(t, "1000000", "JPY"), true}, // no JPY range: no limit
	}
	for _, tc := range cases {
		got, err := c.Available(method.Query{Country: "GB", Amount: tc.amount, Channel: method.Web, At: checkout, Preferred: []string{"multi"}})
		require.NoError(t, err)
		assert.Equal(t, tc.shown, len(got) == 1, tc.amount.String())
	}
}
