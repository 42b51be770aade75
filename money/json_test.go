package money_test

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/money"
)

func TestJSON(t *testing.T) {
	for _, m := range []money.Money{eur(t, 1250), eur(t, -1), eur(t, 0), eur(t, math.MaxInt64)} {
		b, err := json.Marshal(m)
		require.NoError(t, err)
		var back money.Money
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, m, back)
	}
	b, err := json.Marshal(eur(t, 1250))
	require.NoError(t, err)
	assert.JSONEq(t, `{"amount":"12.50","currency":"EUR"}`, string(b))
	assert.Equal(t, `{"amount":"12.50","currency":"EUR"}`, string(b))

	jpy, err := money.New(1234, "JPY")
	require.NoError(t, err)
	b, err = json.Marshal(jpy)
	require.NoError(t, err)
	assert.Equal(t, `{"amount":"1234","currency":"JPY"}`, string(b))

	// The zero Money is null both ways.
	b, err = json.Marshal(money.Money{})
	require.NoError(t, err)
	assert.Equal(t, "null", string(b))
	m := eur(t, 5)
	require.NoError(t, json.Unmarshal([]byte("null"), &m))
	assert.Equal(t, money.Money{}, m)

	// Unknown fields are ignored.
	require.NoError(t, json.Unmarshal([]byte(`{"amount":"1","currency":"EUR","display":"1 €"}`), &m))
	assert.Equal(t, eur(t, 100), m)

	// Inside a struct.
	type line struct {
		Price money.Money `json:"price"`
	}
	var l line
	require.NoError(t, json.Unmarshal([]byte(`{"price":{"currency":"EUR","amount":"3.5"}}`), &l))
	assert.Equal(t, eur(t, 350), l.Price)
}

func TestJSONErrors(t *testing.T) {
	tests := []struct {
		in   string
		want error
	}{
		{`{"amount":12.50,"currency":"EUR"}`, money.ErrJSON}, // a number, not a string
		{`{"amount":"12.50"}`, money.ErrJSON},
		{`{"currency":"EUR"}`, money.ErrJSON},
		{`"12.50 EUR"`, money.ErrJSON},
		{`{"amount":"12.505","currency":"EUR"}`, money.ErrTooPrecise},
		{`{"amount":"12,50","currency":"EUR"}`, money.ErrSyntax},
		{`{"amount":"1","currency":"ZZZ"}`, money.ErrUnknownCurrency},
		{`{"amount":"99999999999999999999","currency":"EUR"}`, money.ErrOverflow},
	}
	for _, tt := range tests {
		var m money.Money
		err := json.Unmarshal([]byte(tt.in), &m)
		assert.ErrorIs(t, err, tt.want, tt.in)
	}
}

func TestJSONNumberAmountError(t *testing.T) {
	var m money.Money
	err := json.Unmarshal([]byte(`{"amount":12.50,"currency":"EUR"}`), &m)
	require.ErrorIs(t, err, money.ErrJSON)
	var typeErr *json.UnmarshalTypeError
	require.ErrorAs(t, err, &typeErr)
	assert.Contains(t, err.Error(), "amount must be a JSON string, not a number")
}
