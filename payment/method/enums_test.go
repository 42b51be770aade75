package method_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/payment/method"
)

func TestParseFamily(t *testing.T) {
	for _, f := range method.Families() {
		got, err := method.ParseFamily(string(f))
		require.NoError(t, err)
		assert.Equal(t, f, got)
		assert.True(t, f.Valid())
		assert.Equal(t, string(f), f.String())
		text, err := f.MarshalText()
		require.NoError(t, err)
		var back method.Family
		require.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, f, back)
	}
	assert.Equal(t, []method.Family{"card", "bank_redirect", "bank_debit", "wallet", "pay_later"}, method.Families())
	for _, bad := range []string{"", "Card", "CARD", " card", "bank-redirect", "crypto", "bnpl"} {
		_, err := method.ParseFamily(bad)
		require.ErrorIs(t, err, method.ErrUnknownFamily, "%q", bad)
		var ue *method.UnknownValueError
		require.ErrorAs(t, err, &ue)
		assert.Equal(t, bad, ue.Value)
		assert.False(t, method.Family(bad).Valid())
		_, err = method.Family(bad).MarshalText()
		assert.ErrorIs(t, err, method.ErrUnknownFamily)
		var f method.Family
		assert.ErrorIs(t, f.UnmarshalText([]byte(bad)), method.ErrUnknownFamily)
	}
	_, err := method.ParseFamily("crypto")
	assert.EqualError(t, err, `method: unknown family "crypto"`)
}

func TestParseChannel(t *testing.T) {
	assert.Equal(t, []method.Channel{"web", "mobile_app", "pos", "moto"}, method.Channels())
	for _, ch := range method.Channels() {
		got, err := method.ParseChannel(string(ch))
		require.NoError(t, err)
		assert.Equal(t, ch, got)
		text, err := ch.MarshalText()
		require.NoError(t, err)
		var back method.Channel
		require.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, ch, back)
		assert.Equal(t, string(ch), ch.String())
	}
	for _, bad := range []string{"", "Web", "mobile", "app", "webshop", "b2b", "kiosk"} {
		_, err := method.ParseChannel(bad)
		assert.ErrorIs(t, err, method.ErrUnknownChannel, "%q", bad)
		_, err = method.Channel(bad).MarshalText()
		assert.ErrorIs(t, err, method.ErrUnknownChannel)
		var ch method.Channel
		assert.ErrorIs(t, ch.UnmarshalText([]byte(bad)), method.ErrUnknownChannel)
	}
}

func TestParseBrandAndValidName(t *testing.T) {
	good := []string{"visa", "cartes_bancaires", "bancontact", "wero", "a", "0", "_", strings.Repeat("x", method.MaxNameLen)}
	for _, s := range good {
		assert.True(t, method.ValidName(s), "%q", s)
		b, err := method.ParseBrand(s)
		require.NoError(t, err)
		assert.Equal(t, s, b.String())
		text, err := b.MarshalText()
		require.NoError(t, err)
		var back method.Brand
		require.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, b, back)
	}
	bad := []string{"", "Visa", "cartes-bancaires", "apple pay", "wéro", "visa\n", strings.Repeat("x", method.MaxNameLen+1)}
	for _, s := range bad {
		assert.False(t, method.ValidName(s), "%q", s)
		_, err := method.ParseBrand(s)
		assert.ErrorIs(t, err, method.ErrInvalidName, "%q", s)
		_, err = method.Brand(s).MarshalText()
		assert.ErrorIs(t, err, method.ErrInvalidName)
		var b method.Brand
		assert.ErrorIs(t, b.UnmarshalText([]byte(s)), method.ErrInvalidName)
	}
}

func TestReasonString(t *testing.T) {
	assert.Equal(t, "above_maximum", method.ReasonAboveMaximum.String())
}
