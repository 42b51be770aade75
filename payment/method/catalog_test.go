package method_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/payment/method"
)

func TestNewCatalogRefuses(t *testing.T) {
	eurC, gbp := currency(t, "EUR"), currency(t, "GBP")
	withRules := func(r method.Rules) method.Method { m := plain("m"); m.Rules = r; return m }
	with := func(edit func(*method.Method)) method.Method { m := plain("m"); edit(&m); return m }
	cases := []struct {
		name    string
		methods []method.Method
		index   int
		field   string
		cause   error
	}{
		{"empty ID", []method.Method{plain("")}, 0, "ID", method.ErrInvalidName},
		{"upper-case ID", []method.Method{plain("Card")}, 0, "ID", method.ErrInvalidName},
		{"hyphen in ID", []method.Method{plain("apple-pay")}, 0, "ID", method.ErrInvalidName},
		{"ID too long", []method.Method{plain(string(make([]byte, 65)))}, 0, "ID", method.ErrInvalidName},
		{"duplicate ID", []method.Method{plain("a"), plain("b"), plain("a")}, 2, "ID", method.ErrDuplicateName},
		{"duplicate alias", []method.Method{
			with(func(m *method.Method) { m.ID = "a"; m.Aliases = []string{"old"} }),
			with(func(m *method.Method) { m.ID = "b"; m.Aliases = []string{"new", "old"} }),
		}, 1, "Aliases[1]", method.ErrDuplicateName},
		{"alias is another ID", []method.Method{plain("a"), with(func(m *method.Method) { m.ID = "b"; m.Aliases = []string{"a"} })}, 1, "Aliases[0]", method.ErrDuplicateName},
		{"ID is another alias", []method.Method{with(func(m *method.Method) { m.ID = "a"; m.Aliases = []string{"b"} }), plain("b")}, 1, "ID", method.ErrDuplicateName},
		{"alias is own ID", []method.Method{with(func(m *method.Method) { m.Aliases = []string{"m"} })}, 0, "Aliases[0]", method.ErrDuplicateName},
		{"alias twice", []method.Method{with(func(m *method.Method) { m.Aliases = []string{"x", "x"} })}, 0, "Aliases[1]", method.ErrDuplicateName},
		{"upper-case alias", []method.Method{with(func(m *method.Method) { m.Aliases = []string{"Payconiq"} })}, 0, "Aliases[0]", method.ErrInvalidName},
		{"no English name", []method.Method{with(func(m *method.Method) { m.Names = map[language.Tag]string{language.French: "Carte"} })}, 0, "Names", nil},
		{"blank English name", []method.Method{with(func(m *method.Method) { m.Names = map[language.Tag]string{language.English: "  "} })}, 0, "Names", nil},
		{"locale key", []method.Method{with(func(m *method.Method) { m.Names[language.MustParse("fr-BE")] = "Carte" })}, 0, "Names", nil},
		{"empty French name", []method.Method{with(func(m *method.Method) { m.Names[language.French] = "" })}, 0, "Names", nil},
		{"no family", []method.Method{with(func(m *method.Method) { m.Family = "" })}, 0, "Family", method.ErrUnknownFamily},
		{"unknown family", []method.Method{with(func(m *method.Method) { m.Family = "crypto" })}, 0, "Family", method.ErrUnknownFamily},
		{"bad brand", []method.Method{with(func(m *method.Method) { m.Brands = []method.Brand{"Visa"} })}, 0, "Brands[0]", method.ErrInvalidName},
		{"brand twice", []method.Method{with(func(m *method.Method) { m.Brands = []method.Brand{method.Visa, method.Visa} })}, 0, "Brands[1]", nil},
		{"unknown country", []method.Method{withRules(method.Rules{Countries: []string{"BE", "XX"}})}, 0, "Rules.Countries[1]", method.ErrUnknownCountry},
		{"UK", []method.Method{withRules(method.Rules{Countries: []string{"UK"}})}, 0, "Rules.Countries[0]", method.ErrUnknownCountry},
		{"country twice", []method.Method{withRules(method.Rules{Countries: []string{"BE", "be"}})}, 0, "Rules.Countries[1]", nil},
		{"zero currency", []method.Method{withRules(method.Rules{Currencies: []money.Currency{{}}})}, 0, "Rules.Currencies[0]", money.ErrUnknownCurrency},
		{"currency twice", []method.Method{withRules(method.Rules{Currencies: []money.Currency{eurC, eurC}})}, 0, "Rules.Currencies[1]", nil},
		{"min above max", []method.Method{withRules(method.Rules{Amounts: []method.Range{{Min: eur(t, "10.00"), Max: eur(t, "9.99")}}})}, 0, "Rules.Amounts[0]", nil},
		{"both ends open", []method.Method{withRules(method.Rules{Amounts: []method.Range{{}}})}, 0, "Rules.Amounts[0]", nil},
		{"negative min", []method.Method{withRules(method.Rules{Amounts: []method.Range{{Min: eur(t, "-1.00")}}})}, 0, "Rules.Amounts[0].Min", nil},
		{"zero max", []method.Method{withRules(method.Rules{Amounts: []method.Range{{Max: eur(t, "0.00")}}})}, 0, "Rules.Amounts[0].Max", nil},
		{"two currencies", []method.Method{withRules(method.Rules{Amounts: []method.Range{{Min: eur(t, "1.00"), Max: amount(t, "100.00", "GBP")}}})}, 0, "Rules.Amounts[0]", money.ErrCurrencyMismatch},
		{"two ranges in EUR", []method.Method{withRules(method.Rules{Amounts: []method.Range{{Min: eur(t, "1.00")}, {Max: eur(t, "100.00")}}})}, 0, "Rules.Amounts[1]", nil},
		{"range in excluded currency", []method.Method{withRules(method.Rules{Currencies: []money.Currency{gbp}, Amounts: []method.Range{{Max: eur(t, "100.00")}}})}, 0, "Rules.Amounts[0]", nil},
		{"unknown channel", []method.Method{withRules(method.Rules{Channels: []method.Channel{method.Web, "kiosk"}})}, 0, "Rules.Channels[1]", method.ErrUnknownChannel},
		{"channel twice", []method.Method{withRules(method.Rules{Channels: []method.Channel{method.POS, method.POS}})}, 0, "Rules.Channels[1]", nil},
		{"until before from", []method.Method{withRules(method.Rules{From: checkout, Until: checkout.Add(-time.Hour)})}, 0, "Rules.Until", nil},
		{"until equals from", []method.Method{withRules(method.Rules{From: checkout, Until: checkout})}, 0, "Rules.Until", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c, err := method.NewCatalog(tc.methods...)
			assert.Nil(t, c)
			require.ErrorIs(t, err, method.ErrInvalidMethod)
			var me *method.MethodError
			require.ErrorAs(t, err, &me)
			assert.Equal(t, tc.index, me.Index)
			assert.Equal(t, tc.field, me.Field)
			if tc.cause != nil {
				assert.ErrorIs(t, err, tc.cause)
			}
		})
	}
}

func TestNewCatalogErrorText(t *testing.T) {
	a := plain("bancontact_mobile")
	a.Aliases = []string{"payconiq"}
	b := plain("wero")
	b.Aliases = []string{"payconiq"}
	_, err := method.NewCatalog(a, b)
	assert.EqualError(t, err, `method: method #1 "wero": Aliases[0]: "payconiq" is already a name of method #0 "bancontact_mobile"`)

	m := plain("klarna")
	m.Rules.Amounts = []method.Range{{Min: eur(t, "10.00"), Max: eur(t, "1.00")}}
	_, err = method.NewCatalog(m)
	assert.EqualError(t, err, `method: method #0 "klarna": Rules.Amounts[0]: min 10.00 EUR is above max 1.00 EUR`)
}

// Edge values that are valid.
func TestNewCatalogAccepts(t *testing.T) {
	m := plain("a_64_character_id_" + "0123456789012345678901234567890123456789012345")
	require.Len(t, m.ID, 64)
	m.Rules = method.Rules{
		Countries: []string{"be", "XK"},                                       // lower case kept upper; Kosovo as the EU uses it
		Amounts:   []method.Range{{Min: eur(t, "0.00"), Max: eur(t, "0.01")}}, // a zero minimum, a one-cent maximum
		From:      checkout, Until: checkout.Add(time.Nanosecond),
	}
	c, err := method.NewCatalog(m)
	require.NoError(t, err)
	got, err := c.Lookup(m.ID)
	require.NoError(t, err)
	assert.Equal(t, []string{"BE", "XK"}, got.Rules.Countries)

	r, err := c.Available(method.Query{Country: "xk", Amount: eur(t, "0.01"), Channel: method.MOTO, At: checkout, Preferred: []string{m.ID}})
	require.NoError(t, err)
	assert.Len(t, r, 1)
}

func TestRangeCurrency(t *testing.T) {
	assert.Equal(t, "EUR", method.Range{Min: eur(t, "1.00")}.Currency().Code())
	assert.Equal(t, "GBP", method.Range{Max: amount(t, "1.00", "GBP")}.Currency().Code())
	assert.True(t, method.Range{}.Currency().IsZero())
}
