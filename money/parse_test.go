package money_test

import (
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/money"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in, code string
		minor    int64
	}{
		{"12.50", "EUR", 1250}, {"12.5", "EUR", 1250}, {"-0.01", "EUR", -1}, {"1234", "EUR", 123400},
		{"0", "EUR", 0}, {"0.00", "EUR", 0}, {"-0", "EUR", 0}, {"0.5", "EUR", 50},
		{"1234", "JPY", 1234}, {"-1", "JPY", -1}, {"1.234", "KWD", 1234}, {"1.2", "KWD", 1200},
		{"92233720368547758.07", "EUR", math.MaxInt64},
		{"-92233720368547758.07", "EUR", -math.MaxInt64},
		{"9223372036854775807", "JPY", math.MaxInt64},
		{"1.50", "COP", 150}, {"1.505", "IQD", 1505},
	}
	for _, tt := range tests {
		got, err := money.Parse(tt.in, tt.code)
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.minor, got.Minor(), tt.in)
		assert.Equal(t, strings.ToUpper(tt.code), got.Currency().Code())
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		in, code string
		want     error
	}{
		{"", "EUR", money.ErrSyntax}, {"-", "EUR", money.ErrSyntax}, {".", "EUR", money.ErrSyntax},
		{".5", "EUR", money.ErrSyntax}, {"5.", "EUR", money.ErrSyntax}, {"+5", "EUR", money.ErrSyntax},
		{"1e3", "EUR", money.ErrSyntax}, {"1,50", "EUR", money.ErrSyntax}, {"1 000", "EUR", money.ErrSyntax},
		{" 1", "EUR", money.ErrSyntax}, {"1 ", "EUR", money.ErrSyntax}, {"012", "EUR", money.ErrSyntax},
		{"00.5", "EUR", money.ErrSyntax}, {"--1", "EUR", money.ErrSyntax}, {"1.2.3", "EUR", money.ErrSyntax},
		{"١٢", "EUR", money.ErrSyntax}, {"NaN", "EUR", money.ErrSyntax}, {"0x10", "EUR", money.ErrSyntax},
		{"12.505", "EUR", money.ErrTooPrecise}, {"12.500", "EUR", money.ErrTooPrecise},
		{"1.5", "JPY", money.ErrTooPrecise}, {"1.0", "JPY", money.ErrTooPrecise}, {"1.2345", "KWD", money.ErrTooPrecise},
		{"92233720368547758.08", "EUR", money.ErrOverflow}, {"-92233720368547758.08", "EUR", money.ErrOverflow},
		{"9223372036854775808", "JPY", money.ErrOverflow}, {"100000000000000000000", "EUR", money.ErrOverflow},
		{"1", "ZZZ", money.ErrUnknownCurrency}, {"1", "", money.ErrUnknownCurrency},
	}
	for _, tt := range tests {
		_, err := money.Parse(tt.in, tt.code)
		require.ErrorIs(t, err, tt.want, "%q %s", tt.in, tt.code)
		var pe *money.ParseError
		require.ErrorAs(t, err, &pe)
		assert.Equal(t, tt.in, pe.Input)
		assert.Contains(t, err.Error(), tt.code)
	}
}

func FuzzParse(f *testing.F) {
	for _, seed := range []string{"12.50", "-0.01", "1234", "0", "012", "1e3", "92233720368547758.07", "-", "1.", ".1"} {
		f.Add(seed, "EUR")
	}
	f.Add("1234", "JPY")
	f.Add("1.234", "KWD")
	f.Fuzz(func(t *testing.T, amount, code string) {
		m, err := money.Parse(amount, code)
		if err != nil {
			return
		}
		// String gives "<amount> <CODE>"; parsing its amount gives m back.
		s := m.String()
		num, cur, ok := strings.Cut(s, " ")
		if !ok || cur != m.Currency().Code() {
			t.Fatalf("String() = %q", s)
		}
		back, err := money.Parse(num, cur)
		if err != nil || back != m {
			t.Fatalf("Parse(%q) = %v, %v; want %v", num, back, err, m)
		}
		// The canonical form has exactly the currency's digits.
		if _, frac, _ := strings.Cut(num, "."); len(frac) != m.Currency().Digits() {
			t.Fatalf("String() = %q has %d decimals", s, len(frac))
		}
	})
}
