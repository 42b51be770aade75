package method_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/comptoir/comptoir/payment/method"
)

// Every default method is complete: four languages, a documented source
// for its figures, local methods in euros only.
func TestDefaultMethodsData(t *testing.T) {
	ms, err := method.DefaultMethods()
	require.NoError(t, err)
	local := map[string][]string{
		"cartes_bancaires": {"FR"}, "bancontact_card": {"BE"}, "bancontact_mobile": {"BE"},
		"ideal": {"NL"}, "sepa_direct_debit": {"DE"}, "kbc": {"BE"}, "belfius": {"BE"},
		"klarna_pay_later": {"DE", "NL"},
	}
	for _, m := range ms {
		for _, tag := range []language.Tag{language.English, language.French, language.Dutch, language.German} {
			assert.NotEmpty(t, m.Names[tag], "%s %s", m.ID, tag)
		}
		assert.NotEmpty(t, m.Rules.Source, m.ID)
		assert.NotEmpty(t, m.Rules.Channels, m.ID)
		assert.True(t, m.Rules.From.IsZero() && m.Rules.Until.IsZero(), "%s: no dated method by default", m.ID)
		if countries, ok := local[m.ID]; ok {
			assert.Equal(t, countries, m.Rules.Countries, m.ID)
			require.Len(t, m.Rules.Currencies, 1, m.ID)
			assert.Equal(t, "EUR", m.Rules.Currencies[0].Code(), m.ID)
		} else {
			assert.Empty(t, m.Rules.Countries, m.ID)
			assert.Empty(t, m.Rules.Currencies, m.ID)
			assert.Empty(t, m.Rules.Amounts, m.ID)
		}
	}
}

func TestDefaultFamilies(t *testing.T) {
	c := defaults(t)
	want := map[string]method.Family{
		"card": method.Card, "cartes_bancaires": method.Card, "bancontact_card": method.Card,
		"bancontact_mobile": method.Wallet, "ideal": method.BankRedirect, "sepa_direct_debit": method.BankDebit,
		"kbc": method.BankRedirect, "belfius": method.BankRedirect, "paypal": method.Wallet,
		"klarna_pay_later": method.PayLater, "apple_pay": method.Wallet,
	}
	for _, m := range c.Methods() {
		assert.Equal(t, want[m.ID], m.Family, m.ID)
	}
	card, err := c.Lookup("carte_bleue")
	require.NoError(t, err)
	assert.Equal(t, []method.Brand{method.CartesBancaires, method.Visa, method.Mastercard}, card.Brands)
}

// DefaultMethods builds new data each time: a caller's edit does not leak
// into the next call.
func TestDefaultMethodsFresh(t *testing.T) {
	a, err := method.DefaultMethods()
	require.NoError(t, err)
	a[0].Aliases[0] = "edited"
	a[0].Rules.Channels[0] = method.POS
	a[0].Names[language.English] = "edited"
	b, err := method.DefaultMethods()
	require.NoError(t, err)
	assert.Equal(t, "credit_card", b[0].Aliases[0])
	assert.Equal(t, method.Web, b[0].Rules.Channels[0])
	assert.Equal(t, "Credit or debit card", b[0].Names[language.English])
}

// Methods are data: the default catalogue survives a JSON round trip and
// gives the same catalogue.
func TestMethodsJSONRoundTrip(t *testing.T) {
	ms, err := method.DefaultMethods()
	require.NoError(t, err)
	data, err := json.Marshal(ms)
	require.NoError(t, err)
	var back []method.Method
	require.NoError(t, json.Unmarshal(data, &back))
	c, err := method.NewCatalog(back...)
	require.NoError(t, err)
	assert.Equal(t, defaults(t).Methods(), c.Methods())

	var m method.Method
	err = json.Unmarshal([]byte(`{"id":"x","names":{"en":"X"},"family":"crypto"}`), &m)
	assert.ErrorIs(t, err, method.ErrUnknownFamily)
	err = json.Unmarshal([]byte(`{"id":"x","names":{"en":"X"},"family":"card","rules":{"channels":["kiosk"]}}`), &m)
	assert.ErrorIs(t, err, method.ErrUnknownChannel)
	err = json.Unmarshal([]byte(`{"id":"x","names":{"en":"X"},"family":"card","brands":["Visa"]}`), &m)
	assert.ErrorIs(t, err, method.ErrInvalidName)
}
