package webhook_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/payment/webhook"
)

// mollieBody is a hand-written next-gen event (a simple payload: no
// snapshot of the entity).
const mollieBody = `{"resource":"event","id":"event_GvJ8WHrp5isUdRub9CJyH","type":"payment-link.paid","entityId":"pl_qng5gbbv8NAZ5gpM5ZYgx","createdAt":"2024-12-01T10:00:00+00:00","_links":{"self":{"href":"https://api.mollie.com/v2/events/event_GvJ8WHrp5isUdRub9CJyH","type":"application/hal+json"}}}`

var (
	mollieSecret = []byte("mollie_signing_secret")
	mollieNew    = []byte("mollie_new_secret")
)

// Known Mollie vectors, computed outside Go over the raw body:
//
//	python3 -c 'import hmac,hashlib; print(hmac.new(b"mollie_signing_secret",
//	    BODY, hashlib.sha256).hexdigest())'
//
// and the same with mollie_new_secret.
const (
	mollieSig    = "9e4a14a562e3cd7f00a23e625db9da15000153e22d955b8e9cab14330a304f58"
	mollieNewSig = "02a783d34a0b6365569ec7ec1a789df9b2a35fd7d14ee9e0999b6ddf15e4ec3e"
)

func TestMollieVectorsComputedIndependently(t *testing.T) {
	assert.Equal(t, mollieSig, hmacHex(mollieSecret, mollieBody))
	assert.Equal(t, mollieNewSig, hmacHex(mollieNew, mollieBody))
	got, err := webhook.SignMollie([]byte(mollieBody), mollieSecret)
	require.NoError(t, err)
	assert.Equal(t, "sha256="+mollieSig, got)
}

func TestVerifyMollieSigned(t *testing.T) {
	h := headers("X-Mollie-Signature", "sha256="+mollieSig)
	ev, err := webhook.VerifyMollie(h, []byte(mollieBody), [][]byte{mollieSecret})
	require.NoError(t, err)
	assert.Equal(t, webhook.MollieSigned, ev.Kind)
	assert.Equal(t, "event_GvJ8WHrp5isUdRub9CJyH", ev.EventID)
	assert.Equal(t, "payment-link.paid", ev.Type)
	assert.Equal(t, "pl_qng5gbbv8NAZ5gpM5ZYgx", ev.ResourceID)
	assert.True(t, ev.CreatedAt.Equal(time.Date(2024, 12, 1, 10, 0, 0, 0, time.UTC)))
	assert.Nil(t, ev.Entity)
	assert.True(t, ev.MustFetch(), "a simple payload carries no snapshot")
	assert.Equal(t, `"mollie" "event" "event_GvJ8WHrp5isUdRub9CJyH"`, ev.DedupKey())
	assert.Equal(t, "signed", ev.Kind.String())
}

func TestVerifyMollieSignatures(t *testing.T) {
	body := []byte(mollieBody)
	one := [][]byte{mollieSecret}
	tests := []struct {
		name    string
		header  []string
		body    []byte
		secrets [][]byte
		want    error
	}{
		{"sha256= prefix", []string{"X-Mollie-Signature", "sha256=" + mollieSig}, body, one, nil},
		{"bare hex, as Mollie's example compares", []string{"X-Mollie-Signature", mollieSig}, body, one, nil},
		{"upper-case hex", []string{"X-Mollie-Signature", "sha256=" + strings.ToUpper(mollieSig)}, body, one, nil},
		{"rotation: two headers, new secret", []string{"X-Mollie-Signature", "sha256=" + mollieSig, "X-Mollie-Signature", "sha256=" + mollieNewSig}, body, [][]byte{mollieNew}, nil},
		{"rotation: headers joined by a proxy", []string{"X-Mollie-Signature", "sha256=" + mollieNewSig + ", sha256=" + mollieSig}, body, one, nil},
		{"rotation: second secret matches", []string{"X-Mollie-Signature", "sha256=" + mollieNewSig}, body, [][]byte{mollieSecret, mollieNew}, nil},
		{"other algorithm ignored beside sha256", []string{"X-Mollie-Signature", "sha512=abcd,sha256=" + mollieSig}, body, one, nil},
		{"wrong secret", []string{"X-Mollie-Signature", "sha256=" + mollieSig}, body, [][]byte{mollieNew}, webhook.ErrBadSignature},
		{"tampered body", []string{"X-Mollie-Signature", "sha256=" + mollieSig}, []byte(strings.Replace(mollieBody, "paid", "open", 1)), one, webhook.ErrBadSignature},
		{"truncated signature", []string{"X-Mollie-Signature", "sha256=" + mollieSig[:63]}, body, one, webhook.ErrBadSignature},
		{"empty signature", []string{"X-Mollie-Signature", "sha256="}, body, one, webhook.ErrBadSignature},
		{"blank header", []string{"X-Mollie-Signature", " "}, body, one, webhook.ErrMalformed},
		{"only another algorithm", []string{"X-Mollie-Signature", "sha1=" + mollieSig}, body, one, webhook.ErrMalformed},
		{"signed but no secret", []string{"X-Mollie-Signature", "sha256=" + mollieSig}, body, nil, webhook.ErrInvalidConfig},
		{"signed but an empty secret", []string{"X-Mollie-Signature", "sha256=" + mollieSig}, body, [][]byte{nil}, webhook.ErrInvalidConfig},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev, err := webhook.VerifyMollie(headers(tt.header...), tt.body, tt.secrets)
			if tt.want == nil {
				require.NoError(t, err)
				assert.Equal(t, "event_GvJ8WHrp5isUdRub9CJyH", ev.EventID)
				return
			}
			require.ErrorIs(t, err, tt.want)
			assert.True(t, matchesSentinel(err))
		})
	}
}

func TestVerifyMollieSnapshot(t *testing.T) {
	body := `{"resource":"event","id":"event_1","type":"payment.paid","entityId":"tr_1",
		"createdAt":"2026-03-01T12:00:00.123Z","_embedded":{"entity":{"resource":"payment","id":"tr_1","status":"paid"}}}`
	h := headers("X-Mollie-Signature", "sha256="+hmacHex(mollieSecret, body))
	ev, err := webhook.VerifyMollie(h, []byte(body), [][]byte{mollieSecret})
	require.NoError(t, err)
	assert.JSONEq(t, `{"resource":"payment","id":"tr_1","status":"paid"}`, string(ev.Entity))
	assert.False(t, ev.MustFetch())
	assert.Equal(t, 123*time.Millisecond, time.Duration(ev.CreatedAt.Nanosecond()))
}

func TestVerifyMollieMalformedEvent(t *testing.T) {
	tests := map[string]string{
		"form body":          `id=tr_1`,
		"no id":              `{"type":"payment.paid"}`,
		"no type":            `{"id":"event_1"}`,
		"not an event":       `{"resource":"payment","id":"tr_1","type":"x"}`,
		"id twice":           `{"id":"event_1","type":"x","id":"event_2"}`,
		"createdAt not time": `{"id":"event_1","type":"x","createdAt":"yesterday"}`,
		"entity twice":       `{"id":"event_1","type":"x","_embedded":{"entity":null,"entity":{}}}`,
		"embedded array":     `{"id":"event_1","type":"x","_embedded":[]}`,
		"trailing data":      `{"id":"event_1","type":"x"}]`,
	}
	for name, body := range tests {
		t.Run(name, func(t *testing.T) {
			// The signature is genuine: only the body is wrong.
			h := headers("X-Mollie-Signature", "sha256="+hmacHex(mollieSecret, body))
			_, err := webhook.VerifyMollie(h, []byte(body), [][]byte{mollieSecret})
			require.ErrorIs(t, err, webhook.ErrMalformed)
			var be *webhook.BodyError
			require.True(t, errors.As(err, &be))
		})
	}
}

func TestVerifyMollieClassic(t *testing.T) {
	body := webhook.MollieClassicBody("tr_WDqYK6vllg")
	assert.Equal(t, "id=tr_WDqYK6vllg", string(body))
	for _, secrets := range [][][]byte{nil, {mollieSecret}} {
		ev, err := webhook.VerifyMollie(headers(), body, secrets)
		require.NoError(t, err)
		assert.Equal(t, webhook.MollieClassic, ev.Kind)
		assert.Equal(t, "tr_WDqYK6vllg", ev.ResourceID)
		assert.Empty(t, ev.EventID)
		assert.True(t, ev.MustFetch(), "nothing is verified: fetch the payment")
		assert.Empty(t, ev.DedupKey(), "a classic webhook has no event to deduplicate")
		assert.Equal(t, "classic", ev.Kind.String())
	}
	ev, err := webhook.VerifyMollie(nil, []byte("id=re_4qqhO89gsT&testmode=1"), nil)
	require.NoError(t, err)
	assert.Equal(t, "re_4qqhO89gsT", ev.ResourceID)
}

func TestVerifyMollieClassicMalformed(t *testing.T) {
	tests := map[string]string{
		"empty":               ``,
		"JSON":                `{"id":"tr_1"}`,
		"empty id":            `id=`,
		"two ids":             `id=tr_1&id=tr_2`,
		"path characters":     `id=tr_1%2F..%2Fadmin`,
		"space":               `id=tr+1`,
		"too long":            `id=tr_` + strings.Repeat("a", 62),
		"invalid escape":      `id=%zz`,
		"semicolon separator": `id=tr_1;x=1`,
	}
	for name, body := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := webhook.VerifyMollie(headers(), []byte(body), nil)
			require.ErrorIs(t, err, webhook.ErrMalformed)
			var be *webhook.BodyError
			require.True(t, errors.As(err, &be))
			assert.Equal(t, "mollie", be.Provider)
		})
	}
	_, err := webhook.VerifyMollie(headers(), []byte(`id=tr_`+strings.Repeat("a", 61)), nil)
	require.NoError(t, err, "64 characters is the limit")
}

func TestSignMollieRotation(t *testing.T) {
	// A fake provider rotating its secret sends one header per secret.
	body := []byte(mollieBody)
	h := headers()
	for _, secret := range [][]byte{mollieSecret, mollieNew} {
		sig, err := webhook.SignMollie(body, secret)
		require.NoError(t, err)
		h.Add("X-Mollie-Signature", sig)
	}
	for _, secret := range [][]byte{mollieSecret, mollieNew} {
		_, err := webhook.VerifyMollie(h, body, [][]byte{secret})
		require.NoError(t, err)
	}
	_, err := webhook.SignMollie(body, nil)
	require.ErrorIs(t, err, webhook.ErrInvalidConfig)
}

func TestMollieKindString(t *testing.T) {
	assert.Equal(t, "MollieKind(?)", webhook.MollieKind(0).String())
	assert.True(t, webhook.MollieEvent{}.MustFetch())
}
