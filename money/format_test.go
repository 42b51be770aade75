package money_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/comptoir/comptoir/money"
)

// The exact bytes CLDR 48 gives (checked against ICU): U+202F NARROW
// NO-BREAK SPACE groups French digits; U+00A0 NO-BREAK SPACE separates the
// symbol from the number.
func TestFormat(t *testing.T) {
	tests := []struct {
		locale string
		minor  int64
		code   string
		want   string
	}{
		{"fr-BE", 123450, "EUR", "1\u202f234,50\u00a0€"},
		{"fr-BE", -123450, "EUR", "-1\u202f234,50\u00a0€"},
		{"nl-BE", 123450, "EUR", "€\u00a01.234,50"},
		{"nl-BE", -123450, "EUR", "€\u00a0-1.234,50"},
		{"de-BE", 123450, "EUR", "1.234,50\u00a0€"},
		{"de-BE", -123450, "EUR", "-1.234,50\u00a0€"},
		{"de-DE", 123450, "EUR", "1.234,50\u00a0€"},
		{"de-DE", -123450, "EUR", "-1.234,50\u00a0€"},
		{"en", 123450, "EUR", "€1,234.50"},
		{"en", -123450, "EUR", "-€1,234.50"},
		{"fr", 5, "EUR", "0,05\u00a0€"},
		{"en", 0, "EUR", "€0.00"},
		{"fr-BE", 123456789012, "EUR", "1\u202f234\u202f567\u202f890,12\u00a0€"},
		{"nl-NL", 100000, "EUR", "€\u00a01.000,00"},
		{"en", 123450, "CHF", "CHF\u00a01,234.50"},
		{"en", -123450, "CHF", "-CHF\u00a01,234.50"},
		{"en", 1234, "JPY", "¥1,234"},
		{"de-DE", 1234, "JPY", "1.234\u00a0¥"},
		{"fr-BE", 123450, "USD", "1\u202f234,50\u00a0$US"},
		{"en", 123450, "USD", "$1,234.50"},
		{"nl-BE", -123450, "KWD", "KWD\u00a0-123,450"},
		{"ja", 123450, "EUR", "€1,234.50"}, // other languages: the en pattern
	}
	for _, tt := range tests {
		m, err := money.New(tt.minor, tt.code)
		require.NoError(t, err)
		got := m.Format(language.MustParse(tt.locale))
		assert.Equal(t, []byte(tt.want), []byte(got), "%s %s: %q", tt.locale, m, got)
	}
	assert.Equal(t, "0", money.Money{}.Format(language.French))
}
