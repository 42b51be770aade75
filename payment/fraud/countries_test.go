package fraud_test

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/internal/country"
	"github.com/comptoir/comptoir/payment/fraud"
)

func TestEurope(t *testing.T) {
	eu27 := strings.Fields("AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK")
	require.Len(t, eu27, 27)
	want := append(eu27, "IS", "LI", "NO", "CH", "GB", "AD", "MC", "SM", "VA")
	europe := fraud.Europe()
	assert.Equal(t, 36, europe.Len())
	assert.Equal(t, countries(t, want...), europe)
	for _, code := range []string{"AL", "BA", "BY", "GF", "GI", "GP", "GL", "FO", "IM", "JE", "GG", "AX", "MD", "ME", "MK", "RE", "RS", "RU", "TR", "UA", "XK", "US"} {
		assert.False(t, europe.Contains(code), code)
	}
	assert.Equal(t, europe, fraud.Europe(), "a fresh equal value each time")
}

func TestCountries(t *testing.T) {
	home := countries(t, "BE", "FR", "NL", "DE", "BE")
	assert.Equal(t, 4, home.Len())
	assert.Equal(t, []string{"BE", "DE", "FR", "NL"}, home.Codes())
	assert.Equal(t, "{BE DE FR NL}", home.String())
	for _, code := range []string{"", "be", "B", "BEL", "ZZ", "É", "\x00\x00"} {
		assert.False(t, home.Contains(code), code)
	}
	others := fraud.Europe().Minus(home)
	assert.Equal(t, 32, others.Len())
	assert.False(t, others.Contains("BE"))
	assert.True(t, others.Contains("LU"))
	assert.Equal(t, fraud.Europe(), others.Union(home))
	assert.Equal(t, "{}", fraud.Countries{}.String())
	assert.Empty(t, fraud.Countries{}.Codes())

	// Every two-letter code at the edges of the table.
	edges := countries(t, "AD", "ZW", "AX", "ZA")
	assert.Equal(t, []string{"AD", "AX", "ZA", "ZW"}, edges.Codes())

	none, err := fraud.NewCountries()
	require.NoError(t, err)
	assert.Zero(t, none.Len())
}

func TestNewCountriesUnknown(t *testing.T) {
	for _, code := range []string{"", "UK", "EL", "EU", "ZZ", "be", "BEL", "AA", "XX", "QO", "1A"} {
		_, err := fraud.NewCountries("BE", code)
		assert.ErrorIs(t, err, fraud.ErrUnknownCountry, code)
		var ce *fraud.CountryError
		if assert.ErrorAs(t, err, &ce) {
			assert.Equal(t, code, ce.Code)
		}
	}
}

// The package's table of codes agrees with internal/country, which
// money, order and pricing/vat use, on every pair of letters.
func TestCodesAgreeWithInternalCountry(t *testing.T) {
	rs := ruleSet(t)
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			_, err := fraud.NewCountries(code)
			assert.Equal(t, country.Valid(code), err == nil, code)
			p := fraud.Payment{IPCountry: code}
			_, err = rs.Evaluate(context.Background(), &p, fraud.Env{})
			assert.Equal(t, country.Valid(code), err == nil, code)
		}
	}
}
