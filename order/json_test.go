package order_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/comptoir/comptoir/internal/fixture"
	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/order"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func TestOrderJSONRoundTrip(t *testing.T) {
	for name, o := range map[string]order.Order{
		"consumer": fixture.BelgianConsumerOrder(t),
		"business": fixture.LuxembourgBusinessOrder(t),
	} {
		t.Run(name, func(t *testing.T) {
			data, err := json.Marshal(o)
			require.NoError(t, err)
			var back order.Order
			require.NoError(t, json.Unmarshal(data, &back))
			// The fixtures use canonical decimals and UTC times, so even
			// reflect.DeepEqual holds; Equal holds for any order.
			assert.Equal(t, o, back)
			assert.True(t, o.Equal(back))
			assert.NoError(t, back.Validate())
			again, err := json.Marshal(back)
			require.NoError(t, err)
			assert.Equal(t, string(data), string(again))
		})
	}
}

func TestOrderJSONRoundTripKeepsValueEquality(t *testing.T) {
	// Non-canonical decimals and a zoned time survive as values.
	o := fixture.BelgianConsumerOrder(t)
	o.Lines[0].UnitPrice = dec(t, "39.900")
	o.PlacedAt = o.PlacedAt.In(mustLoc(t))
	data, err := json.Marshal(o)
	require.NoError(t, err)
	var back order.Order
	require.NoError(t, json.Unmarshal(data, &back))
	assert.True(t, o.Equal(back))
}

// TestOrderJSONGolden pins every field name of the wire format: a change is
// a breaking change for stored orders. Run with -update to rewrite.
func TestOrderJSONGolden(t *testing.T) {
	for file, o := range map[string]order.Order{
		"belgian_consumer_order.json":    fixture.BelgianConsumerOrder(t),
		"luxembourg_business_order.json": fixture.LuxembourgBusinessOrder(t),
	} {
		t.Run(file, func(t *testing.T) {
			got, err := json.MarshalIndent(o, "", "  ")
			require.NoError(t, err)
			got = append(got, '\n')
			path := filepath.Join("testdata", file)
			if *update {
				require.NoError(t, os.WriteFile(path, got, 0o644))
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err)
			assert.Equal(t, string(want), string(got))

			var back order.Order
			require.NoError(t, json.Unmarshal(want, &back))
			assert.True(t, o.Equal(back))
		})
	}
}

func TestOrderJSONSnippet(t *testing.T) {
	o := fixture.BelgianConsumerOrder(t)
	data, err := json.Marshal(o)
	require.NoError(t, err)
	s := string(data)
	for _, snippet := range []string{
		`{"id":"5f0c6b1e-8d3a-4c2b-9e71-2a4d6c8b0f13","placed_at":"2026-05-29T12:30:00Z","channel":"webshop","currency":"EUR","customer":{`,
		`"customer":{"id":"C-1001","kind":"consumer","country":"BE","language":"fr-BE","marketing_consent":{"given":true,"at":"2026-05-29T12:30:00Z"}}`,
		`"quantity":"2","unit_price":"8.95","unit_price_includes_vat":true,"tax_category":"foodstuffs","vat_rate":"0.06",` +
			`"discounts":[{"promotion_id":"PROMO-WELCOME","amount":{"amount":"1.15","currency":"EUR"}}],` +
			`"net":{"amount":"15.80","currency":"EUR"},"vat":{"amount":"0.95","currency":"EUR"},"gross":{"amount":"16.75","currency":"EUR"},` +
			`"weight_grams":2100,"supplier":"SUP-CRETE","category":"grocery","flags":{}}`,
		`"flags":{"personalised":true}`,
		`"shipping":{"mode":"home","carrier":"bpost","split":[{"rate":"0.21","net":{"amount":"2.86","currency":"EUR"}`,
		`"cheapest_standard_fee":{"amount":"3.50","currency":"EUR"},"promise":{"earliest":"2026-06-01T00:00:00Z","latest":"2026-06-09T00:00:00Z"}}`,
		`"vat_breakdown":[{"rate":"0.21","net":{"amount":"49.14","currency":"EUR"},"vat":{"amount":"10.32","currency":"EUR"},"gross":{"amount":"59.46","currency":"EUR"}}`,
		`"totals":{"net":{"amount":"65.92","currency":"EUR"},"vat":{"amount":"11.33","currency":"EUR"},"gross":{"amount":"77.25","currency":"EUR"},"discount":{"amount":"5.00","currency":"EUR"}}`,
		`"promotions":[{"id":"PROMO-WELCOME","code":"BIENVENUE5","description":"5 EUR off a first order","amount":{"amount":"5.00","currency":"EUR"}}]`,
		`"payments":[{"provider":"mollie","reference":"tr_WDqYK6vllg","method":"bancontact"}]}`,
	} {
		assert.Contains(t, s, snippet)
	}
}

func TestOrderJSONDecodeErrors(t *testing.T) {
	valid, err := json.Marshal(fixture.BelgianConsumerOrder(t))
	require.NoError(t, err)
	replace := func(old, new string) []byte {
		require.Contains(t, string(valid), old)
		return []byte(strings.Replace(string(valid), old, new, 1))
	}
	cases := []struct {
		name string
		data []byte
		is   error
	}{
		{"unknown channel", replace(`"channel":"webshop"`, `"channel":"fax"`), order.ErrUnknownChannel},
		{"channel in capitals", replace(`"channel":"webshop"`, `"channel":"WEBSHOP"`), order.ErrUnknownChannel},
		{"unknown customer kind", replace(`"kind":"consumer"`, `"kind":"robot"`), order.ErrUnknownCustomerKind},
		{"unknown currency", replace(`"currency":"EUR","customer"`, `"currency":"EUX","customer"`), money.ErrUnknownCurrency},
		{"amount as a number", replace(`{"amount":"15.80","currency":"EUR"}`, `{"amount":15.80,"currency":"EUR"}`), money.ErrJSON},
		{"too many decimals", replace(`{"amount":"15.80","currency":"EUR"}`, `{"amount":"15.801","currency":"EUR"}`), money.ErrTooPrecise},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var o order.Order
			err := json.Unmarshal(tc.data, &o)
			require.Error(t, err)
			assert.ErrorIs(t, err, tc.is)
		})
	}
	for name, data := range map[string]string{
		"bad uuid":     strings.Replace(string(valid), `"5f0c6b1e-8d3a`, `"zz0c6b1e-8d3a`, 1),
		"bad time":     strings.Replace(string(valid), `"placed_at":"2026-05-29T12:30:00Z"`, `"placed_at":"29/05/2026"`, 1),
		"bad language": strings.Replace(string(valid), `"language":"fr-BE"`, `"language":"not a tag"`, 1),
		"bad decimal":  strings.Replace(string(valid), `"quantity":"2"`, `"quantity":"two"`, 1),
		"not json":     `{"id":`,
	} {
		var o order.Order
		assert.Error(t, json.Unmarshal([]byte(data), &o), name)
	}
}

func TestOrderJSONUnsetValuesRoundTrip(t *testing.T) {
	// An incomplete order can be written and read back, for Validate to
	// examine; the zero Money is null.
	var o order.Order
	data, err := json.Marshal(o)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"channel":"","currency":""`)
	assert.Contains(t, string(data), `"net":null`)
	var back order.Order
	require.NoError(t, json.Unmarshal(data, &back))
	assert.True(t, o.Equal(back))
	assert.Error(t, back.Validate())

	// null leaves an order as it was, as encoding/json does for structs.
	keep := fixture.BelgianConsumerOrder(t)
	require.NoError(t, json.Unmarshal([]byte("null"), &keep))
	assert.NoError(t, keep.Validate())
}

func TestEventJSON(t *testing.T) {
	events := fixture.BelgianConsumerEvents()
	events = append(events,
		order.Cancelled(day(6, 2, 9, 0), order.Units("L2", 1)),
		order.WithdrawalNotified(day(6, 10, 20, 15)),
		order.Returned(day(6, 15, 10, 0), order.Units("L1", 1)),
		order.Refunded(day(6, 16, 8, 0), eur(t, "37.33"), "re_4qqhO89gsT"),
	)
	data, err := json.Marshal(events)
	require.NoError(t, err)
	var back []order.Event
	require.NoError(t, json.Unmarshal(data, &back))
	require.Len(t, back, len(events))
	for i := range events {
		assert.True(t, events[i].Equal(back[i]), "event %d: %v != %v", i, events[i], back[i])
	}
	assert.Equal(t, events, back)

	golden := []string{
		`{"kind":"placed","at":"2026-05-29T12:30:00Z"}`,
		`{"kind":"paid","at":"2026-05-29T12:30:40Z","amount":{"amount":"77.25","currency":"EUR"},"reference":"tr_WDqYK6vllg"}`,
		`{"kind":"shipped","at":"2026-05-29T16:00:00Z","parcel":"323212345678901","lines":[{"line_id":"L1","quantity":"1"},{"line_id":"L2","quantity":"2"}]}`,
		`{"kind":"delivered","at":"2026-06-01T09:42:00Z","parcel":"323212345678901","lines":[{"line_id":"L1","quantity":"1"},{"line_id":"L2","quantity":"2"}],"proof":"signature:CD"}`,
		`{"kind":"cancelled","at":"2026-06-02T09:00:00Z","lines":[{"line_id":"L2","quantity":"1"}]}`,
		`{"kind":"withdrawal_notified","at":"2026-06-10T20:15:00Z"}`,
		`{"kind":"returned","at":"2026-06-15T10:00:00Z","lines":[{"line_id":"L1","quantity":"1"}]}`,
		`{"kind":"refunded","at":"2026-06-16T08:00:00Z","amount":{"amount":"37.33","currency":"EUR"},"reference":"re_4qqhO89gsT"}`,
	}
	for _, g := range golden {
		assert.Contains(t, string(data), g)
	}
}

func TestEventJSONDecodeErrors(t *testing.T) {
	var e order.Event
	err := json.Unmarshal([]byte(`{"kind":"lost","at":"2026-06-01T00:00:00Z"}`), &e)
	assert.ErrorIs(t, err, order.ErrUnknownEventKind)
	var uv *order.UnknownValueError
	require.True(t, errors.As(err, &uv))
	assert.Equal(t, "lost", uv.Value)

	assert.ErrorIs(t, json.Unmarshal([]byte(`{"at":"2026-06-01T00:00:00Z"}`), &e), order.ErrJSON)
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"kind":null}`), &e), order.ErrJSON)
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"kind":""}`), &e), order.ErrUnknownEventKind)
	assert.Error(t, json.Unmarshal([]byte(`{"kind":3}`), &e), "kinds are names, not numbers")
	assert.Error(t, json.Unmarshal([]byte(`{"kind":"paid","amount":{"amount":12.5,"currency":"EUR"}}`), &e))

	_, err = json.Marshal(order.Event{})
	assert.ErrorIs(t, err, order.ErrUnknownEventKind)
}

func TestValidationErrorJSON(t *testing.T) {
	// Problems encode for an API response.
	o := fixture.BelgianConsumerOrder(t)
	o.Channel = ""
	var ve *order.ValidationError
	require.True(t, errors.As(o.Validate(), &ve))
	data, err := json.Marshal(ve.Problems)
	require.NoError(t, err)
	assert.JSONEq(t, `[{"path":"channel","message":"channel is missing"}]`, string(data))
	assert.True(t, bytes.HasPrefix(data, []byte(`[{"path":"channel"`)))
}
