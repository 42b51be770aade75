package method_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/comptoir/comptoir/payment/method"
)

func TestLookupAliases(t *testing.T) {
	c := defaults(t)
	cases := map[string]string{
		"bancontact_mobile":      "bancontact_mobile",
		"payconiq":               "bancontact_mobile",
		"PAYCONIQ":               "bancontact_mobile",
		"Payconiq":               "bancontact_mobile",
		"payconiq_by_bancontact": "bancontact_mobile",
		"bancontact_pay":         "bancontact_mobile",
		"wero":                   "bancontact_mobile",
		"Wero":                   "bancontact_mobile",
		"bancontact":             "bancontact_card",
		"mister_cash":            "bancontact_card",
		"carte_bleue":            "cartes_bancaires",
		"CB":                     "cartes_bancaires",
		"creditcard":             "card",
		"iDEAL":                  "ideal",
		"klarna":                 "klarna_pay_later",
		"cbc":                    "kbc",
		"belfius_direct_net":     "belfius",
		"lastschrift":            "sepa_direct_debit",
	}
	for name, id := range cases {
		m, err := c.Lookup(name)
		require.NoError(t, err, name)
		assert.Equal(t, id, m.ID, name)
		assert.True(t, m.Is(name), name)
	}
}

func TestLookupUnknown(t *testing.T) {
	c := defaults(t)
	// Only letter case is forgiven: no trimming, no "-" for "_".
	for _, name := range []string{"", "sofort", " payconiq", "payconiq ", "bancontact-mobile", "bancontact mobile", "wéro", "card\x00"} {
		_, err := c.Lookup(name)
		require.ErrorIs(t, err, method.ErrUnknownMethod, "%q", name)
		var ue *method.UnknownMethodError
		require.ErrorAs(t, err, &ue)
		assert.Equal(t, name, ue.Name)
	}
	_, err := c.Lookup("sofort")
	assert.EqualError(t, err, `method: unknown method "sofort"`)
}

func TestMethodName(t *testing.T) {
	c := defaults(t)
	m, err := c.Lookup("sepa_direct_debit")
	require.NoError(t, err)
	cases := map[string]string{
		"en":    "SEPA direct debit",
		"en-GB": "SEPA direct debit",
		"fr-BE": "Prélèvement SEPA",
		"fr":    "Prélèvement SEPA",
		"nl-BE": "SEPA-incasso",
		"de-LU": "SEPA-Lastschrift",
		"es":    "SEPA direct debit", // no Spanish name: English
		"und":   "SEPA direct debit",
	}
	for tag, want := range cases {
		assert.Equal(t, want, m.Name(language.MustParse(tag)), tag)
	}
	// Without any English name (a Method built by hand), the ID.
	assert.Equal(t, "x", method.Method{ID: "x"}.Name(language.French))
}

func TestMethodIs(t *testing.T) {
	m := method.Method{ID: "bancontact_mobile", Aliases: []string{"payconiq"}}
	assert.True(t, m.Is("Bancontact_Mobile"))
	assert.True(t, m.Is("PAYCONIQ"))
	assert.False(t, m.Is("wero"))
	assert.False(t, m.Is(""))
}

// Every method the catalogue hands out is a copy: changing it changes
// nothing in the catalogue, and neither does changing what was given.
func TestCatalogIsImmutable(t *testing.T) {
	in := plain("x")
	in.Aliases = []string{"old_x"}
	in.Rules.Countries = []string{"be"}
	c, err := method.NewCatalog(in)
	require.NoError(t, err)
	in.Aliases[0] = "changed"
	in.Rules.Countries[0] = "NL"
	in.Names[language.English] = "changed"

	got, err := c.Lookup("x")
	require.NoError(t, err)
	assert.Equal(t, []string{"old_x"}, got.Aliases)
	assert.Equal(t, []string{"BE"}, got.Rules.Countries, "country codes are kept upper-case")
	assert.Equal(t, "Plain x", got.Name(language.English))

	got.Aliases[0] = "mutated"
	got.Rules.Countries[0] = "FR"
	got.Names[language.English] = "mutated"
	all := c.Methods()
	all[0].Rules.Countries[0] = "DE"

	again, err := c.Lookup("old_x")
	require.NoError(t, err)
	assert.Equal(t, []string{"old_x"}, again.Aliases)
	assert.Equal(t, []string{"BE"}, again.Rules.Countries)
	assert.Equal(t, "Plain x", again.Name(language.English))

	avail, err := c.Available(method.Query{Country: "BE", Amount: eur(t, "1.00"), Channel: method.Web, At: checkout, Preferred: []string{"x"}})
	require.NoError(t, err)
	avail[0].Rules.Countries[0] = "LU"
	again, err = c.Lookup("x")
	require.NoError(t, err)
	assert.Equal(t, []string{"BE"}, again.Rules.Countries)
}

func TestCatalogListing(t *testing.T) {
	c := defaults(t)
	assert.Equal(t, 11, c.Len())
	assert.Equal(t, []string{
		method.IDCard, method.IDCartesBancaires, method.IDBancontactCard, method.IDBancontactMobile,
		method.IDIDEAL, method.IDSEPADirectDebit, method.IDKBC, method.IDBelfius,
		method.IDPayPal, method.IDKlarnaPayLater, method.IDApplePay,
	}, c.IDs())
	assert.Equal(t, c.IDs(), ids(c.Methods()))

	empty, err := method.NewCatalog()
	require.NoError(t, err)
	assert.Zero(t, empty.Len())
	_, err = empty.Available(method.Query{Country: "BE", Amount: eur(t, "1.00"), Channel: method.Web, At: checkout, Preferred: []string{"card"}})
	assert.True(t, errors.Is(err, method.ErrUnknownMethod))
}

// The methods of one answer share backing arrays but never each other's
// elements: appending to one leaves the next intact.
func TestAnswerSlicesAreSeparate(t *testing.T) {
	c := defaults(t)
	got, err := c.Available(query(c, "BE", eur(t, "25.00"), method.Web))
	require.NoError(t, err)
	require.Equal(t, "card", got[0].ID)
	require.Equal(t, "bancontact_card", got[1].ID)
	got[0].Aliases = append(got[0].Aliases, "appended")
	got[0].Rules.Channels = append(got[0].Rules.Channels, "appended")
	got[0].Brands = append(got[0].Brands, "appended")
	assert.Equal(t, []string{"bancontact", "mister_cash"}, got[1].Aliases)
	assert.Equal(t, []method.Channel{method.Web, method.MobileApp, method.POS}, got[1].Rules.Channels)
	assert.Equal(t, []method.Brand{method.Bancontact}, got[1].Brands)

	all := c.Methods()
	all[0].Aliases = append(all[0].Aliases, "appended")
	assert.Equal(t, []string{"carte_bleue", "cb"}, all[1].Aliases)
	assert.Equal(t, []string{"FR"}, all[1].Rules.Countries)
}
