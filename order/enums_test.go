package order_test

import (
	"errors"
	"testing"

	"github.com/comptoir/comptoir/order"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseChannel(t *testing.T) {
	for _, c := range order.Channels() {
		got, err := order.ParseChannel(string(c))
		require.NoError(t, err)
		assert.Equal(t, c, got)
		assert.True(t, c.Valid())
	}
	for _, s := range []string{"", "Webshop", "fax", "b2b portal"} {
		_, err := order.ParseChannel(s)
		assert.ErrorIs(t, err, order.ErrUnknownChannel, s)
		var uv *order.UnknownValueError
		require.True(t, errors.As(err, &uv))
		assert.Equal(t, s, uv.Value)
	}
	_, err := order.Channel("fax").MarshalText()
	assert.ErrorIs(t, err, order.ErrUnknownChannel)
	b, err := order.Channel("").MarshalText()
	assert.NoError(t, err)
	assert.Empty(t, b)
}

func TestParseCustomerKind(t *testing.T) {
	for _, k := range []order.CustomerKind{order.Consumer, order.Business} {
		got, err := order.ParseCustomerKind(k.String())
		require.NoError(t, err)
		assert.Equal(t, k, got)
	}
	_, err := order.ParseCustomerKind("reseller")
	assert.ErrorIs(t, err, order.ErrUnknownCustomerKind)
	assert.EqualError(t, err, `order: unknown customer kind "reseller"`)
}

func TestEventKind(t *testing.T) {
	names := []string{"placed", "paid", "shipped", "delivered", "cancelled", "withdrawal_notified", "returned", "refunded"}
	kinds := order.EventKinds()
	require.Len(t, kinds, len(names))
	for i, k := range kinds {
		assert.Equal(t, names[i], k.String())
		got, err := order.ParseEventKind(names[i])
		require.NoError(t, err)
		assert.Equal(t, k, got)
		b, err := k.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, names[i], string(b))
	}
	var zero order.EventKind
	assert.False(t, zero.Valid())
	assert.Equal(t, "EventKind(0)", zero.String())
	assert.Equal(t, "EventKind(42)", order.EventKind(42).String())
	_, err := zero.MarshalText()
	assert.ErrorIs(t, err, order.ErrUnknownEventKind)
	_, err = order.ParseEventKind("lost")
	assert.ErrorIs(t, err, order.ErrUnknownEventKind)
	_, err = order.ParseEventKind("")
	assert.ErrorIs(t, err, order.ErrUnknownEventKind)
}
