package webhook_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/payment/webhook"
)

// FuzzStripeHeader: any header and body give an event or an error
// matching one sentinel, never a panic; what SignStripe writes verifies.
func FuzzStripeHeader(f *testing.F) {
	f.Add("t=1700000000,v1="+stripeV1, []byte(stripeBody), int64(0))
	f.Add("t=1700000000,v1="+stripeV1+",v1="+stripeV1Rotated+",v0=00", []byte(stripeBody), int64(301))
	f.Add("v1=,t=", []byte{}, int64(-301))
	f.Add("t=99999999999999999999,v1=x", []byte("{}"), int64(0))
	f.Add(",,=,t==1", []byte(`{"id":"e","type":"t"}`), int64(1))
	f.Fuzz(func(t *testing.T, header string, body []byte, skew int64) {
		now := unix(stripeT + skew%100000)
		ev, err := webhook.VerifyStripe(headers("Stripe-Signature", header), body, [][]byte{stripeSecret}, now, 0)
		if err != nil {
			require.True(t, matchesSentinel(err), "%v", err)
		} else {
			require.NotEmpty(t, ev.ID)
		}
		sig, err := webhook.SignStripe(body, now, stripeSecret)
		require.NoError(t, err)
		_, err = webhook.VerifyStripeSignature(headers("Stripe-Signature", sig), body, [][]byte{stripeSecret}, now, 0)
		require.NoError(t, err)
	})
}

// FuzzParseStripeEvent: never a panic, and a body it accepts is valid JSON
// whose id and type encoding/json reads the same.
func FuzzParseStripeEvent(f *testing.F) {
	f.Add([]byte(stripeBody))
	f.Add([]byte(`{"id":"e\u00e9","type":"t","data":{"object":{"id":"\ud83d\ude00"}},"created":-1}`))
	f.Add([]byte(`{"id":"e","type":"t","ID":"x"}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		ev, err := webhook.ParseStripeEvent(body)
		if err != nil {
			require.True(t, matchesSentinel(err), "%v", err)
			return
		}
		var m map[string]any
		require.NoError(t, json.Unmarshal(body, &m))
		assert.Equal(t, ev.ID, m["id"])
		assert.Equal(t, ev.Type, m["type"])
		if ev.Object != nil {
			require.True(t, json.Valid(ev.Object))
		}
	})
}

// FuzzVerifyAdyen: any body gives items or an error matching one
// sentinel, never a panic.
func FuzzVerifyAdyen(f *testing.F) {
	f.Add([]byte(adyenExample))
	f.Add(adyenBody(`"pspReference":null,"amount":{"value":-0,"currency":""},"additionalData":null`))
	f.Add(adyenBody(`"merchantReference":"\\:\u0000","operations":[{"a":[1,2.5e-3,true,false,null]}]`))
	f.Add([]byte(`{"live":"true","notificationItems":[{"NotificationRequestItem":{"additionalData":{"hmacSignature":""}}}]}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		for _, scheme := range []webhook.AdyenScheme{webhook.AdyenEscaped, webhook.AdyenPlain} {
			n, err := webhook.VerifyAdyen(body, []string{adyenKey}, scheme)
			if err != nil {
				require.True(t, matchesSentinel(err), "%v", err)
				continue
			}
			require.NotEmpty(t, n.Items)
			require.True(t, json.Valid(body))
		}
	})
}

// FuzzAdyenRoundTrip: an item EncodeAdyen writes comes back from
// VerifyAdyen unchanged, whatever its fields hold.
func FuzzAdyenRoundTrip(f *testing.F) {
	f.Add("7914073381342284", "", "Shop:BE", `A\B:C`, int64(2499), "EUR", "CAPTURE", true, "<&>")
	f.Add("", "\\", ":", "\u2028", int64(-9223372036854775808), "", "", false, "\x00")
	f.Fuzz(func(t *testing.T, psp, orig, account, ref string, value int64, currency, code string, ok bool, extra string) {
		it := webhook.AdyenItem{PSPReference: psp, OriginalReference: orig, MerchantAccountCode: account,
			MerchantReference: ref, Amount: &webhook.AdyenAmount{Value: value, Currency: currency},
			EventCode: code, Success: "false", Reason: extra, AdditionalData: map[string]string{extra: ref}}
		if ok {
			it.Success = "true"
		}
		for _, scheme := range []webhook.AdyenScheme{webhook.AdyenEscaped, webhook.AdyenPlain} {
			body, err := webhook.EncodeAdyen(webhook.AdyenNotification{Items: []webhook.AdyenItem{it}}, adyenKey, scheme)
			if err != nil {
				require.ErrorIs(t, err, webhook.ErrMalformed)
				require.False(t, allUTF8(psp, orig, account, ref, currency, code, extra))
				continue
			}
			n, err := webhook.VerifyAdyen(body, []string{adyenKey}, scheme)
			require.NoError(t, err)
			got := n.Items[0]
			require.Equal(t, it.PSPReference, got.PSPReference)
			require.Equal(t, it.MerchantReference, got.MerchantReference)
			require.Equal(t, *it.Amount, *got.Amount)
			require.Equal(t, it.Reason, got.Reason)
		}
	})
}

// allUTF8 reports whether every string is valid UTF-8.
func allUTF8(ss ...string) bool {
	for _, s := range ss {
		if !utf8.ValidString(s) {
			return false
		}
	}
	return true
}

// FuzzVerifyMollie: any header and body give an event or an error
// matching one sentinel, never a panic.
func FuzzVerifyMollie(f *testing.F) {
	f.Add("sha256="+mollieSig, []byte(mollieBody))
	f.Add("", []byte("id=tr_WDqYK6vllg"))
	f.Add("sha256=, sha1=x,,", []byte("id=%zz"))
	f.Fuzz(func(t *testing.T, header string, body []byte) {
		h := headers()
		if header != "" {
			h = headers("X-Mollie-Signature", header)
		}
		ev, err := webhook.VerifyMollie(h, body, [][]byte{mollieSecret})
		if err != nil {
			require.True(t, matchesSentinel(err), "%v", err)
			return
		}
		require.NotEmpty(t, ev.ResourceID+ev.EventID)
	})
}

// FuzzJSONReader compares the package's JSON reader with encoding/json:
// what it accepts encoding/json accepts, and it accepts all valid JSON but
// for what it refuses on purpose (invalid UTF-8, lone surrogates, nesting
// beyond 64 levels). Strings decode alike.
func FuzzJSONReader(f *testing.F) {
	for _, s := range []string{stripeBody, adyenExample, mollieBody, `"\ud83d\ude00\n\/"`, `-0.0e+1`,
		`[]`, `{"a":[{}]}`, `"\u00e9"`, `01`, `"\ud800"`, "\"\xff\"", ` true `, `nul`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		ours := webhook.ValidJSON(b)
		if ours {
			require.True(t, json.Valid(b), "accepted what encoding/json refuses")
		} else if json.Valid(b) && utf8.Valid(b) && !hasSurrogateEscape(b) && nesting(b) <= 64 {
			t.Fatalf("refused valid JSON %q", b)
		}
		if s, err := webhook.JSONString(b); err == nil {
			var want string
			require.NoError(t, json.Unmarshal(b, &want))
			require.Equal(t, want, s)
		}
	})
}

// hasSurrogateEscape reports whether b may hold a \u escape of a
// surrogate, which the reader checks more strictly than encoding/json.
func hasSurrogateEscape(b []byte) bool {
	lower := bytes.ToLower(b)
	for _, p := range []string{`\ud8`, `\ud9`, `\uda`, `\udb`, `\udc`, `\udd`, `\ude`, `\udf`} {
		if bytes.Contains(lower, []byte(p)) {
			return true
		}
	}
	return false
}

// nesting bounds the nesting depth of b by counting brackets.
func nesting(b []byte) int {
	return strings.Count(string(b), "[") + strings.Count(string(b), "{")
}

// FuzzDeduplicator: a key is a duplicate exactly while its first
// sighting's window lasts.
func FuzzDeduplicator(f *testing.F) {
	f.Add("k", int64(0), int64(59), int64(60))
	f.Add("", int64(5), int64(-5), int64(1000))
	f.Fuzz(func(t *testing.T, key string, a, b, c int64) {
		d, err := webhook.NewDeduplicator(time.Minute)
		require.NoError(t, err)
		t0 := unix(stripeT)
		first := t0.Add(time.Duration(a%1e6) * time.Second)
		require.False(t, d.Seen(key, first))
		for _, s := range []int64{b, c} {
			at := first.Add(time.Duration(s%1e6) * time.Second)
			want := key != "" && at.Before(first.Add(time.Minute))
			require.Equal(t, want, d.Seen(key, at))
			if !want {
				first = at // recorded again, a new window
			}
		}
	})
}
