package webhook_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/payment/webhook"
)

// stripeBody is a hand-written payment_intent.succeeded event.
const stripeBody = `{"id":"evt_1NG8Du2eZvKYlo2CUI79vXWy","object":"event","api_version":"2023-10-16","created":1700000000,"livemode":false,"type":"payment_intent.succeeded","data":{"object":{"id":"pi_3NG8Du2eZvKYlo2C0ZV6dEqs","object":"payment_intent","amount":2499,"currency":"eur"}}}`

const stripeT = 1700000000

var (
	stripeSecret  = []byte("whsec_test_secret")
	stripeRotated = []byte("whsec_rotated_secret")
)

// Known Stripe vectors, computed outside Go over "1700000000." + stripeBody:
//
//	python3 -c 'import hmac,hashlib; print(hmac.new(b"whsec_test_secret",
//	    b"1700000000."+BODY, hashlib.sha256).hexdigest())'
//	printf '1700000000.%s' "$BODY" | openssl dgst -sha256 -hmac whsec_test_secret
//
// and the same with whsec_rotated_secret.
const (
	stripeV1        = "1a862fddaf32595c11021f7a007c80d6823abb02a4a535c3fa3f21c2a56a25d6"
	stripeV1Rotated = "b14bdda831eb6677c7e4fd4ff40c7a1d4444138d8abd068377f89e3f49a4ecdd"
)

func TestStripeVectorsComputedIndependently(t *testing.T) {
	// The signed payload is the timestamp as sent, a dot, the raw body.
	payload := "1700000000." + stripeBody
	assert.Equal(t, stripeV1, hmacHex(stripeSecret, payload))
	assert.Equal(t, stripeV1Rotated, hmacHex(stripeRotated, payload))

	got, err := webhook.SignStripe([]byte(stripeBody), unix(stripeT), stripeSecret)
	require.NoError(t, err)
	assert.Equal(t, "t=1700000000,v1="+stripeV1, got)

	got, err = webhook.SignStripe([]byte(stripeBody), unix(stripeT), stripeSecret, stripeRotated)
	require.NoError(t, err)
	assert.Equal(t, "t=1700000000,v1="+stripeV1+",v1="+stripeV1Rotated, got)
}

func TestVerifyStripeEvent(t *testing.T) {
	h := headers("Stripe-Signature", "t=1700000000,v1="+stripeV1)
	ev, err := webhook.VerifyStripe(h, []byte(stripeBody), [][]byte{stripeSecret}, unix(stripeT+10), 0)
	require.NoError(t, err)
	assert.Equal(t, "evt_1NG8Du2eZvKYlo2CUI79vXWy", ev.ID)
	assert.Equal(t, "payment_intent.succeeded", ev.Type)
	assert.Equal(t, unix(1700000000), ev.Created)
	assert.False(t, ev.Livemode)
	assert.Equal(t, "2023-10-16", ev.APIVersion)
	assert.Equal(t, "pi_3NG8Du2eZvKYlo2C0ZV6dEqs", ev.ObjectID)
	assert.JSONEq(t, `{"id":"pi_3NG8Du2eZvKYlo2C0ZV6dEqs","object":"payment_intent","amount":2499,"currency":"eur"}`, string(ev.Object))
	assert.Equal(t, unix(stripeT), ev.Signed)
	assert.Equal(t, `"stripe" "event" "evt_1NG8Du2eZvKYlo2CUI79vXWy"`, ev.DedupKey())
}

func TestVerifyStripeSignature(t *testing.T) {
	body := []byte(stripeBody)
	one := [][]byte{stripeSecret}
	good := "t=1700000000,v1=" + stripeV1
	tests := []struct {
		name    string
		header  []string // name, value pairs
		body    []byte
		secrets [][]byte
		now     int64
		tol     time.Duration
		want    error
	}{
		{"valid", []string{"Stripe-Signature", good}, body, one, stripeT, 0, nil},
		{"header name in lower case", []string{"stripe-signature", good}, body, one, stripeT, 0, nil},
		{"v1 before t, spaces", []string{"Stripe-Signature", " v1=" + stripeV1 + " , t=1700000000 "}, body, one, stripeT, 0, nil},
		{"v1 in upper-case hex", []string{"Stripe-Signature", "t=1700000000,v1=" + strings.ToUpper(stripeV1)}, body, one, stripeT, 0, nil},
		{"v0 ignored beside v1", []string{"Stripe-Signature", "t=1700000000,v0=deadbeef,v1=" + stripeV1}, body, one, stripeT, 0, nil},
		{"rotation: second v1 matches", []string{"Stripe-Signature", "t=1700000000,v1=" + stripeV1 + ",v1=" + stripeV1Rotated}, body, [][]byte{stripeRotated}, stripeT, 0, nil},
		{"rotation: second secret matches", []string{"Stripe-Signature", "t=1700000000,v1=" + stripeV1Rotated}, body, [][]byte{stripeSecret, stripeRotated}, stripeT, 0, nil},
		{"wrong secret", []string{"Stripe-Signature", good}, body, [][]byte{[]byte("whsec_other")}, stripeT, 0, webhook.ErrBadSignature},
		{"tampered body", []string{"Stripe-Signature", good}, []byte(strings.Replace(stripeBody, "2499", "2500", 1)), one, stripeT, 0, webhook.ErrBadSignature},
		{"signature of another timestamp", []string{"Stripe-Signature", "t=1700000001,v1=" + stripeV1}, body, one, stripeT, 0, webhook.ErrBadSignature},
		{"v1 not hex", []string{"Stripe-Signature", "t=1700000000,v1=zz"}, body, one, stripeT, 0, webhook.ErrBadSignature},
		{"v1 truncated", []string{"Stripe-Signature", "t=1700000000,v1=" + stripeV1[:62]}, body, one, stripeT, 0, webhook.ErrBadSignature},
		{"no header", nil, body, one, stripeT, 0, webhook.ErrMissingSignature},
		{"blank header", []string{"Stripe-Signature", "  "}, body, one, stripeT, 0, webhook.ErrMissingSignature},
		{"header sent twice", []string{"Stripe-Signature", good, "Stripe-Signature", good}, body, one, stripeT, 0, webhook.ErrMalformed},
		{"missing t", []string{"Stripe-Signature", "v1=" + stripeV1}, body, one, stripeT, 0, webhook.ErrMalformed},
		{"empty t", []string{"Stripe-Signature", "t=,v1=" + stripeV1}, body, one, stripeT, 0, webhook.ErrMalformed},
		{"non-numeric t", []string{"Stripe-Signature", "t=17000a0000,v1=" + stripeV1}, body, one, stripeT, 0, webhook.ErrMalformed},
		{"signed t", []string{"Stripe-Signature", "t=+1700000000,v1=" + stripeV1}, body, one, stripeT, 0, webhook.ErrMalformed},
		{"negative t", []string{"Stripe-Signature", "t=-1,v1=" + stripeV1}, body, one, stripeT, 0, webhook.ErrMalformed},
		{"t beyond int64", []string{"Stripe-Signature", "t=99999999999999999999,v1=" + stripeV1}, body, one, stripeT, 0, webhook.ErrMalformed},
		{"two t", []string{"Stripe-Signature", "t=1700000000,t=1700000000,v1=" + stripeV1}, body, one, stripeT, 0, webhook.ErrMalformed},
		{"no v1", []string{"Stripe-Signature", "t=1700000000,v0=" + stripeV1}, body, one, stripeT, 0, webhook.ErrMalformed},
		{"element without =", []string{"Stripe-Signature", "t=1700000000,v1" + stripeV1}, body, one, stripeT, 0, webhook.ErrMalformed},
		{"trailing comma", []string{"Stripe-Signature", good + ","}, body, one, stripeT, 0, webhook.ErrMalformed},
		{"no secret", []string{"Stripe-Signature", good}, body, nil, stripeT, 0, webhook.ErrInvalidConfig},
		{"empty secret", []string{"Stripe-Signature", good}, body, [][]byte{stripeSecret, {}}, stripeT, 0, webhook.ErrInvalidConfig},
		{"negative tolerance", []string{"Stripe-Signature", good}, body, one, stripeT, -time.Second, webhook.ErrInvalidConfig},
		{"mismatch is reported before staleness", []string{"Stripe-Signature", good}, []byte("{}"), one, stripeT + 10000, 0, webhook.ErrBadSignature},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			signed, err := webhook.VerifyStripeSignature(headers(tt.header...), tt.body, tt.secrets, unix(tt.now), tt.tol)
			if tt.want == nil {
				require.NoError(t, err)
				assert.Equal(t, unix(stripeT), signed)
				return
			}
			require.ErrorIs(t, err, tt.want)
			assert.True(t, matchesSentinel(err), "%v matches one sentinel", err)
			assert.NotContains(t, err.Error(), string(stripeSecret))
		})
	}
}

func TestVerifyStripeTolerance(t *testing.T) {
	h := headers("Stripe-Signature", "t=1700000000,v1="+stripeV1)
	body := []byte(stripeBody)
	tests := []struct {
		name string
		now  time.Time
		tol  time.Duration
		skew time.Duration // 0: accepted
	}{
		{"same second", unix(stripeT), 0, 0},
		{"exactly 300 s late", unix(stripeT + 300), 0, 0},
		{"301 s late", unix(stripeT + 301), 0, 301 * time.Second},
		{"300 s and 1 ns late", unix(stripeT + 300).Add(time.Nanosecond), 0, 300*time.Second + time.Nanosecond},
		{"exactly 300 s early (clock skew)", unix(stripeT - 300), 0, 0},
		{"301 s in the future", unix(stripeT - 301), 0, -301 * time.Second},
		{"custom tolerance kept", unix(stripeT + 10), 10 * time.Second, 0},
		{"custom tolerance exceeded", unix(stripeT + 11), 10 * time.Second, 11 * time.Second},
		{"a day late", unix(stripeT + 86400), 0, 24 * time.Hour},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := webhook.VerifyStripeSignature(h, body, [][]byte{stripeSecret}, tt.now, tt.tol)
			if tt.skew == 0 {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, webhook.ErrTimestampOutOfTolerance)
			var te *webhook.TimestampError
			require.True(t, errors.As(err, &te))
			assert.Equal(t, tt.skew, te.Skew)
			assert.Equal(t, unix(stripeT), te.Signed)
			assert.Equal(t, tt.now, te.Now)
			want := tt.tol
			if want == 0 {
				want = webhook.DefaultTolerance
			}
			assert.Equal(t, want, te.Tolerance)
		})
	}
}

func TestVerifyStripeAbsurdTimestamp(t *testing.T) {
	// The largest int64: time.Sub saturates instead of wrapping into range.
	body := []byte(stripeBody)
	ts := "9223372036854775807"
	h := headers("Stripe-Signature", "t="+ts+",v1="+hmacHex(stripeSecret, ts+"."+stripeBody))
	_, err := webhook.VerifyStripeSignature(h, body, [][]byte{stripeSecret}, unix(stripeT), 0)
	require.ErrorIs(t, err, webhook.ErrTimestampOutOfTolerance)

	// A leading zero is signed as sent.
	h = headers("Stripe-Signature", "t=01700000000,v1="+hmacHex(stripeSecret, "01700000000."+stripeBody))
	signed, err := webhook.VerifyStripeSignature(h, body, [][]byte{stripeSecret}, unix(stripeT), 0)
	require.NoError(t, err)
	assert.Equal(t, unix(stripeT), signed)
}

func TestVerifyStripeNilHeader(t *testing.T) {
	_, err := webhook.VerifyStripe(nil, []byte(stripeBody), [][]byte{stripeSecret}, unix(stripeT), 0)
	require.ErrorIs(t, err, webhook.ErrMissingSignature)
}

func TestVerifyStripeEmptyBody(t *testing.T) {
	// An empty body can be signed, but it is no event.
	h := headers("Stripe-Signature", "t=1700000000,v1="+hmacHex(stripeSecret, "1700000000."))
	_, err := webhook.VerifyStripeSignature(h, nil, [][]byte{stripeSecret}, unix(stripeT), 0)
	require.NoError(t, err)
	_, err = webhook.VerifyStripe(h, nil, [][]byte{stripeSecret}, unix(stripeT), 0)
	require.ErrorIs(t, err, webhook.ErrMalformed)
}

func TestParseStripeEvent(t *testing.T) {
	ev, err := webhook.ParseStripeEvent([]byte(` { "type" : "charge.refunded", "id": "evt_2", "api_version": null,
		"created": null, "request": {"id": null, "idempotency_key": "k"}, "data": {"previous_attributes": {"id": "x"},
		"object": {"object": "charge", "id": "ch_1", "refunds": [1, 2.5e3, true, "\u00e9"]}}} `))
	require.NoError(t, err)
	assert.Equal(t, "evt_2", ev.ID)
	assert.Equal(t, "charge.refunded", ev.Type)
	assert.Equal(t, "ch_1", ev.ObjectID)
	assert.True(t, ev.Created.IsZero())
	assert.True(t, json.Valid(ev.Object))

	var object map[string]any
	require.NoError(t, json.Unmarshal(ev.Object, &object))
	assert.Equal(t, "charge", object["object"])
}

func TestParseStripeEventMalformed(t *testing.T) {
	tests := map[string]string{
		"empty":                 ``,
		"not JSON":              `id=evt_1`,
		"array":                 `[{"id":"evt_1","type":"x"}]`,
		"no id":                 `{"type":"x"}`,
		"empty type":            `{"id":"evt_1","type":""}`,
		"id given twice":        `{"id":"evt_1","type":"x","id":"evt_2"}`,
		"id not a string":       `{"id":1,"type":"x"}`,
		"not an event":          `{"id":"evt_1","type":"x","object":"charge"}`,
		"created with fraction": `{"id":"evt_1","type":"x","created":1.5}`,
		"created as string":     `{"id":"evt_1","type":"x","created":"1700000000"}`,
		"livemode as string":    `{"id":"evt_1","type":"x","livemode":"false"}`,
		"data.object an array":  `{"id":"evt_1","type":"x","data":{"object":[]}}`,
		"data.object twice":     `{"id":"evt_1","type":"x","data":{"object":{},"object":{}}}`,
		"object id twice":       `{"id":"evt_1","type":"x","data":{"object":{"id":"a","id":"b"}}}`,
		"trailing data":         `{"id":"evt_1","type":"x"} {}`,
		"trailing comma":        `{"id":"evt_1","type":"x",}`,
		"trailing NUL byte":     "{\"id\":\"evt_1\",\"type\":\"x\"}\x00",
		"unterminated":          `{"id":"evt_1","type":"x"`,
		"invalid UTF-8":         "{\"id\":\"evt_\xff\",\"type\":\"x\"}",
		"lone surrogate":        `{"id":"evt_\ud800","type":"x"}`,
		"control character":     "{\"id\":\"evt_\n1\",\"type\":\"x\"}",
		"bad escape":            `{"id":"evt_\x41","type":"x"}`,
		"too deep":              `{"id":"evt_1","type":"x","data":` + strings.Repeat(`[`, 100) + strings.Repeat(`]`, 100) + `}`,
	}
	for name, body := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := webhook.ParseStripeEvent([]byte(body))
			require.ErrorIs(t, err, webhook.ErrMalformed)
			var be *webhook.BodyError
			require.True(t, errors.As(err, &be))
			assert.Equal(t, "stripe", be.Provider)
		})
	}
}

func TestSignStripeErrors(t *testing.T) {
	_, err := webhook.SignStripe([]byte(stripeBody), unix(stripeT))
	require.ErrorIs(t, err, webhook.ErrInvalidConfig)
	_, err = webhook.SignStripe([]byte(stripeBody), unix(stripeT), nil)
	require.ErrorIs(t, err, webhook.ErrInvalidConfig)
	_, err = webhook.SignStripe([]byte(stripeBody), unix(-1), stripeSecret)
	require.ErrorIs(t, err, webhook.ErrInvalidConfig)
}

func TestSignStripeRoundTrip(t *testing.T) {
	// What a fake provider sends, at the second it signs, is accepted.
	at := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	sig, err := webhook.SignStripe([]byte(stripeBody), at, stripeRotated, stripeSecret)
	require.NoError(t, err)
	for _, secret := range [][]byte{stripeSecret, stripeRotated} {
		ev, err := webhook.VerifyStripe(headers("Stripe-Signature", sig), []byte(stripeBody), [][]byte{secret}, at.Add(time.Minute), 0)
		require.NoError(t, err)
		assert.Equal(t, at, ev.Signed.UTC())
	}
}
