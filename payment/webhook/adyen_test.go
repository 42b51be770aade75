package webhook_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/payment/webhook"
)

// adyenKey is the HMAC key of the published example below; adyenKey2 a
// second key for rotations.
const (
	adyenKey  = "44782DEF547AAA06C910C43932B1EB0C71FC68D9D0C057550C48EC2ACF6BA056"
	adyenKey2 = "00112233445566778899AABBCCDDEEFF00112233445566778899AABBCCDDEEFF"
)

// adyenExample is Adyen's example AUTHORISATION notification, as published
// with its signature in hookdeck/webhook-skills
// (skills/adyen-webhooks/SKILL.md); the key is the example key also used
// by andrey5608/webhook-generator. Python reproduces the signature:
//
//	base64(hmac(bytes.fromhex(adyenKey), b"7914073381342284::TestMerchant:
//	    TestPayment-1407325143704:1130:EUR:AUTHORISATION:true", sha256))
const adyenExample = `{
  "live": "false",
  "notificationItems": [
    {
      "NotificationRequestItem": {
        "eventCode": "AUTHORISATION",
        "success": "true",
        "pspReference": "7914073381342284",
        "merchantAccountCode": "TestMerchant",
        "merchantReference": "TestPayment-1407325143704",
        "amount": { "value": 1130, "currency": "EUR" },
        "additionalData": { "hmacSignature": "coqCmt/IZ4E3CzPvMY8zTjQVL5hYJUiBRg8UU+iCWo0=" }
      }
    }
  ]
}`

func TestAdyenPublishedExample(t *testing.T) {
	// The signed string, written by hand: originalReference is absent.
	const signed = "7914073381342284::TestMerchant:TestPayment-1407325143704:1130:EUR:AUTHORISATION:true"
	assert.Equal(t, "coqCmt/IZ4E3CzPvMY8zTjQVL5hYJUiBRg8UU+iCWo0=", hmacB64(t, adyenKey, signed))

	for _, scheme := range []webhook.AdyenScheme{webhook.AdyenEscaped, webhook.AdyenPlain} {
		n, err := webhook.VerifyAdyen([]byte(adyenExample), []string{adyenKey}, scheme)
		require.NoError(t, err, scheme)
		assert.False(t, n.Live)
		require.Len(t, n.Items, 1)
		it := n.Items[0]
		assert.Equal(t, "7914073381342284", it.PSPReference)
		assert.Equal(t, "", it.OriginalReference)
		assert.Equal(t, &webhook.AdyenAmount{Value: 1130, Currency: "EUR"}, it.Amount)
		assert.True(t, it.Succeeded())
		s, err := it.SigningString(scheme)
		require.NoError(t, err)
		assert.Equal(t, signed, s)
		assert.Equal(t, `"adyen" "status" "7914073381342284" "AUTHORISATION" "true"`, it.DedupKey())
	}
}

func TestAdyenLibraryVector(t *testing.T) {
	// The vector of Adyen's Go library (Adyen/adyen-go-api-library,
	// src/hmacvalidator/hmacvalidator_test.go): this item, this key, this
	// signature, over the string written out below.
	const key = "DFB1EB5485895CFA84146406857104ABB4CBCABDC8AAF103A624C8F6A3EAAB00"
	const signed = "pspReference:originalReference:merchantAccount:reference:1000:EUR:EVENT:true"
	const want = "ipnxGCaUZ4l8TUW75a71/ghd2Fe5ffvX0pV4TLTntIc="
	assert.Equal(t, want, hmacB64(t, key, signed))

	item := webhook.AdyenItem{
		PSPReference: "pspReference", OriginalReference: "originalReference",
		MerchantAccountCode: "merchantAccount", MerchantReference: "reference",
		Amount: &webhook.AdyenAmount{Value: 1000, Currency: "EUR"}, EventCode: "EVENT", Success: "true",
		EventDate: "1970-01-01T00:00:00Z", PaymentMethod: "VISA", Reason: "reason", // not signed
	}
	got, err := webhook.SignAdyen(item, key, webhook.AdyenPlain)
	require.NoError(t, err)
	assert.Equal(t, want, got)
	got, err = webhook.SignAdyen(item, strings.ToLower(key), webhook.AdyenEscaped)
	require.NoError(t, err)
	assert.Equal(t, want, got)
}

// escapingItem has a colon and a backslash in two signed fields.
var escapingItem = webhook.AdyenItem{
	PSPReference: "7914073381342284", MerchantAccountCode: "Shop:BE", MerchantReference: `A\B:C`,
	Amount: &webhook.AdyenAmount{Value: 2499, Currency: "EUR"}, EventCode: "CAPTURE", Success: "true",
}

func TestAdyenEscaping(t *testing.T) {
	// payments.md: '\' -> '\\' and ':' -> '\:' in each field, then join.
	const escaped = `7914073381342284::Shop\:BE:A\\B\:C:2499:EUR:CAPTURE:true`
	// Adyen's libraries: the fields as they are.
	const plain = `7914073381342284::Shop:BE:A\B:C:2499:EUR:CAPTURE:true`
	// Computed outside Go:
	//	python3: base64(hmac(bytes.fromhex(adyenKey), ESCAPED, sha256))
	//	printf '%s' "$ESCAPED" | openssl dgst -sha256 -mac HMAC \
	//	    -macopt hexkey:$adyenKey -binary | base64
	const escapedSig = "fctgNQu3S80FkHZdfFkiDTu8szHka2HNza06ekR6Gb0="
	const plainSig = "1PwBpILRMYlTeI40BltnWKkd1G3XXBPB2cT5ObLXjis="
	assert.Equal(t, escapedSig, hmacB64(t, adyenKey, escaped))
	assert.Equal(t, plainSig, hmacB64(t, adyenKey, plain))

	for scheme, want := range map[webhook.AdyenScheme][2]string{
		webhook.AdyenEscaped: {escaped, escapedSig},
		webhook.AdyenPlain:   {plain, plainSig},
	} {
		s, err := escapingItem.SigningString(scheme)
		require.NoError(t, err)
		assert.Equal(t, want[0], s, scheme)
		sig, err := webhook.SignAdyen(escapingItem, adyenKey, scheme)
		require.NoError(t, err)
		assert.Equal(t, want[1], sig, scheme)

		// A body carrying the signature verifies under that scheme only.
		body := adyenBody(`"pspReference":"7914073381342284","merchantAccountCode":"Shop:BE",
			"merchantReference":"A\\B:C","amount":{"value":2499,"currency":"EUR"},"eventCode":"CAPTURE",
			"success":"true","additionalData":{"hmacSignature":"` + want[1] + `"}`)
		_, err = webhook.VerifyAdyen(body, []string{adyenKey}, scheme)
		require.NoError(t, err, scheme)
		other := webhook.AdyenPlain
		if scheme == webhook.AdyenPlain {
			other = webhook.AdyenEscaped
		}
		_, err = webhook.VerifyAdyen(body, []string{adyenKey}, other)
		require.ErrorIs(t, err, webhook.ErrBadSignature, scheme)
	}
}

func TestAdyenEscapingIsUnambiguous(t *testing.T) {
	// Plain joining cannot tell these two items apart; escaping can.
	a := webhook.AdyenItem{PSPReference: "a:b", OriginalReference: "c", EventCode: "X"}
	b := webhook.AdyenItem{PSPReference: "a", OriginalReference: "b:c", EventCode: "X"}
	for _, tt := range []struct {
		scheme webhook.AdyenScheme
		same   bool
	}{{webhook.AdyenPlain, true}, {webhook.AdyenEscaped, false}} {
		sa, err := webhook.SignAdyen(a, adyenKey, tt.scheme)
		require.NoError(t, err)
		sb, err := webhook.SignAdyen(b, adyenKey, tt.scheme)
		require.NoError(t, err)
		assert.Equal(t, tt.same, sa == sb, tt.scheme)
	}
}

func TestAdyenMissingFields(t *testing.T) {
	// No originalReference, merchantReference or amount, and null fields:
	// each is signed as "". Python:
	//	base64(hmac(bytes.fromhex(adyenKey),
	//	    b"8815::TestMerchant::::REPORT_AVAILABLE:true", sha256))
	// (pspReference, "", merchantAccountCode, "", "", "", eventCode, success)
	const signed = "8815::TestMerchant::::REPORT_AVAILABLE:true"
	const sig = "F9rpcQx+DoxvBA75Yec82UrukMM/HwKemanarxyEUng="
	assert.Equal(t, sig, hmacB64(t, adyenKey, signed))

	body := adyenBody(`"pspReference":"8815","originalReference":null,"merchantAccountCode":"TestMerchant",
		"amount":null,"eventCode":"REPORT_AVAILABLE","success":"true","reason":"https://example.test/report.csv",
		"additionalData":{"hmacSignature":"` + sig + `","nested":{"ignored":true},"n":1}`)
	n, err := webhook.VerifyAdyen(body, []string{adyenKey}, webhook.AdyenEscaped)
	require.NoError(t, err)
	it := n.Items[0]
	assert.Nil(t, it.Amount)
	assert.Equal(t, map[string]string{"hmacSignature": sig}, it.AdditionalData)
	assert.Equal(t, "https://example.test/report.csv", it.Reason)
	s, err := it.SigningString(webhook.AdyenEscaped)
	require.NoError(t, err)
	assert.Equal(t, signed, s)
}

func TestAdyenUnicodeAndEscapesInJSON(t *testing.T) {
	// JSON escapes are decoded before signing: Adyen signs the values.
	const signed = "P1::Shop:café €:0:EUR:AUTHORISATION:false"
	sig := hmacB64(t, adyenKey, signed)
	body := adyenBody(`"pspReference":"P1","merchantAccountCode":"Shop","merchantReference":"caf\u00e9 \u20ac",
		"amount":{"value":0,"currency":"EUR"},"eventCode":"AUTHORISATION","success":"false",
		"additionalData":{"hmacSignature":"` + strings.ReplaceAll(sig, "/", `\/`) + `"}`)
	n, err := webhook.VerifyAdyen(body, []string{adyenKey}, webhook.AdyenEscaped)
	require.NoError(t, err)
	assert.Equal(t, "café €", n.Items[0].MerchantReference)
	assert.False(t, n.Items[0].Succeeded())
}

// adyenItemJSON is a signed item, its signature computed in the test.
func adyenItemJSON(t *testing.T, hexKey, psp string, value int64) string {
	signed := fmt.Sprintf("%s::TestMerchant:order-%s:%d:EUR:AUTHORISATION:true", psp, psp, value)
	return fmt.Sprintf(`"pspReference":%q,"merchantAccountCode":"TestMerchant","merchantReference":"order-%s",
		"amount":{"value":%d,"currency":"EUR"},"eventCode":"AUTHORISATION","success":"true",
		"additionalData":{"hmacSignature":%q}`, psp, psp, value, hmacB64(t, hexKey, signed))
}

// adyenBody wraps item fields into a live=false notification.
func adyenBody(items ...string) []byte {
	wrapped := make([]string, len(items))
	for i, it := range items {
		wrapped[i] = `{"NotificationRequestItem":{` + it + `}}`
	}
	return []byte(`{"live":"false","notificationItems":[` + strings.Join(wrapped, ",") + `]}`)
}

func TestAdyenMultipleItems(t *testing.T) {
	body := adyenBody(adyenItemJSON(t, adyenKey, "P1", 100), adyenItemJSON(t, adyenKey, "P2", 200),
		adyenItemJSON(t, adyenKey, "P3", 300))
	n, err := webhook.VerifyAdyen(body, []string{adyenKey}, webhook.AdyenEscaped)
	require.NoError(t, err)
	require.Len(t, n.Items, 3)
	for i, it := range n.Items {
		assert.Equal(t, fmt.Sprintf("P%d", i+1), it.PSPReference)
		assert.Equal(t, int64(100*(i+1)), it.Amount.Value)
	}

	// One tampered item rejects the batch and is named.
	tampered := adyenBody(adyenItemJSON(t, adyenKey, "P1", 100),
		strings.Replace(adyenItemJSON(t, adyenKey, "P2", 200), `"value":200`, `"value":2000`, 1))
	_, err = webhook.VerifyAdyen(tampered, []string{adyenKey}, webhook.AdyenEscaped)
	require.ErrorIs(t, err, webhook.ErrBadSignature)
	var ie *webhook.ItemError
	require.True(t, errors.As(err, &ie))
	assert.Equal(t, 1, ie.Index)
	assert.Equal(t, "P2", ie.PSPReference)

	// So does one without a signature.
	unsigned := adyenBody(adyenItemJSON(t, adyenKey, "P1", 100), `"pspReference":"P2","additionalData":{}`)
	_, err = webhook.VerifyAdyen(unsigned, []string{adyenKey}, webhook.AdyenEscaped)
	require.ErrorIs(t, err, webhook.ErrMissingSignature)
	require.True(t, errors.As(err, &ie))
	assert.Equal(t, 1, ie.Index)
}

func TestAdyenKeys(t *testing.T) {
	body := adyenBody(adyenItemJSON(t, adyenKey2, "P1", 100))
	tests := []struct {
		name string
		keys []string
		want error
	}{
		{"rotation: second key matches", []string{adyenKey, adyenKey2}, nil},
		{"new key first", []string{adyenKey2, adyenKey}, nil},
		{"lower-case hex", []string{strings.ToLower(adyenKey2)}, nil},
		{"wrong key", []string{adyenKey}, webhook.ErrBadSignature},
		{"no key", nil, webhook.ErrInvalidConfig},
		{"empty key", []string{""}, webhook.ErrInvalidConfig},
		{"key not hex", []string{adyenKey2, "not-hex"}, webhook.ErrInvalidConfig},
		{"odd hex digits", []string{adyenKey2[1:]}, webhook.ErrInvalidConfig},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := webhook.VerifyAdyen(body, tt.keys, webhook.AdyenEscaped)
			if tt.want == nil {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, tt.want)
			assert.True(t, matchesSentinel(err))
		})
	}
}

func TestAdyenUnknownScheme(t *testing.T) {
	_, err := webhook.VerifyAdyen([]byte(adyenExample), []string{adyenKey}, 0)
	require.ErrorIs(t, err, webhook.ErrInvalidConfig)
	_, err = webhook.SignAdyen(escapingItem, adyenKey, 3)
	require.ErrorIs(t, err, webhook.ErrInvalidConfig)
	_, err = escapingItem.SigningString(-1)
	require.ErrorIs(t, err, webhook.ErrInvalidConfig)
	assert.Equal(t, "AdyenScheme(0)", webhook.AdyenScheme(0).String())
	assert.Equal(t, "escaped", webhook.AdyenEscaped.String())
	assert.Equal(t, "plain", webhook.AdyenPlain.String())
}

func TestAdyenMalformed(t *testing.T) {
	item := adyenItemJSON(t, adyenKey, "P1", 100)
	tests := map[string]string{
		"empty":                         ``,
		"not JSON":                      `[accepted]`,
		"no live":                       `{"notificationItems":[{"NotificationRequestItem":{` + item + `}}]}`,
		"live not a string":             `{"live":false,"notificationItems":[{"NotificationRequestItem":{` + item + `}}]}`,
		"live neither true nor false":   `{"live":"yes","notificationItems":[{"NotificationRequestItem":{` + item + `}}]}`,
		"live twice":                    `{"live":"false","live":"true","notificationItems":[{"NotificationRequestItem":{` + item + `}}]}`,
		"no items":                      `{"live":"false"}`,
		"empty items":                   `{"live":"false","notificationItems":[]}`,
		"items not an array":            `{"live":"false","notificationItems":{}}`,
		"items twice":                   `{"live":"false","notificationItems":[],"notificationItems":[]}`,
		"item without request item":     `{"live":"false","notificationItems":[{"Item":{` + item + `}}]}`,
		"request item twice":            `{"live":"false","notificationItems":[{"NotificationRequestItem":{},"NotificationRequestItem":{}}]}`,
		"pspReference twice":            string(adyenBody(item + `,"pspReference":"P9"`)),
		"pspReference a number":         string(adyenBody(`"pspReference":7914073381342284`)),
		"success not true or false":     string(adyenBody(`"success":"TRUE"`)),
		"success a boolean":             string(adyenBody(`"success":true`)),
		"value with fraction":           string(adyenBody(`"amount":{"value":11.30,"currency":"EUR"}`)),
		"value with exponent":           string(adyenBody(`"amount":{"value":1e3,"currency":"EUR"}`)),
		"value a string":                string(adyenBody(`"amount":{"value":"1130","currency":"EUR"}`)),
		"value beyond int64":            string(adyenBody(`"amount":{"value":9223372036854775808,"currency":"EUR"}`)),
		"amount without currency":       string(adyenBody(`"amount":{"value":1130}`)),
		"amount without value":          string(adyenBody(`"amount":{"currency":"EUR"}`)),
		"value twice":                   string(adyenBody(`"amount":{"value":1,"value":2,"currency":"EUR"}`)),
		"amount not an object":          string(adyenBody(`"amount":1130`)),
		"additionalData not an object":  string(adyenBody(`"additionalData":"x"`)),
		"signature twice":               string(adyenBody(`"additionalData":{"hmacSignature":"a","hmacSignature":"b"}`)),
		"trailing data":                 string(adyenBody(item)) + `x`,
		"invalid UTF-8":                 string(adyenBody("\"merchantReference\":\"\xc3\x28\"")),
		"lone low surrogate":            string(adyenBody(`"merchantReference":"\udc00"`)),
		"high surrogate without low":    string(adyenBody(`"merchantReference":"\ud83d\u0041"`)),
		"unterminated escape":           `{"live":"false","notificationItems":[{"NotificationRequestItem":{"reason":"\`,
		"nested too deeply":             string(adyenBody(`"operations":` + strings.Repeat(`[`, 70) + strings.Repeat(`]`, 70))),
		"leading zero in value":         string(adyenBody(`"amount":{"value":01130,"currency":"EUR"}`)),
		"plus sign in value":            string(adyenBody(`"amount":{"value":+1130,"currency":"EUR"}`)),
		"single quotes":                 `{'live':'false'}`,
		"missing colon":                 `{"live" "false"}`,
		"missing comma between members": `{"live":"false" "notificationItems":[]}`,
	}
	for name, body := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := webhook.VerifyAdyen([]byte(body), []string{adyenKey}, webhook.AdyenEscaped)
			require.ErrorIs(t, err, webhook.ErrMalformed)
			var be *webhook.BodyError
			require.True(t, errors.As(err, &be), "%v", err)
			assert.Equal(t, "adyen", be.Provider)
		})
	}
}

func TestAdyenKeysMatchExactly(t *testing.T) {
	// encoding/json would read "PSPREFERENCE" into pspReference; the
	// verifier does not, so the signed pspReference is missing here.
	body := adyenBody(strings.Replace(adyenItemJSON(t, adyenKey, "P1", 100), `"pspReference"`, `"PSPREFERENCE"`, 1))
	_, err := webhook.VerifyAdyen(body, []string{adyenKey}, webhook.AdyenEscaped)
	require.ErrorIs(t, err, webhook.ErrBadSignature)
}

func TestEncodeAdyenRoundTrip(t *testing.T) {
	items := []webhook.AdyenItem{
		escapingItem,
		{PSPReference: "8815", MerchantAccountCode: "TestMerchant", EventCode: "REPORT_AVAILABLE", Success: "true",
			Reason: "<report>&", AdditionalData: map[string]string{"paymentLinkId": "PL1"}},
		{PSPReference: "R1", OriginalReference: "7914073381342284", EventCode: "REFUND", Success: "false",
			Amount: &webhook.AdyenAmount{Value: -5, Currency: "JPY"}, EventDate: "2026-03-01T12:00:00+01:00",
			PaymentMethod: "mc"},
	}
	for _, scheme := range []webhook.AdyenScheme{webhook.AdyenEscaped, webhook.AdyenPlain} {
		body, err := webhook.EncodeAdyen(webhook.AdyenNotification{Live: true, Items: items}, adyenKey, scheme)
		require.NoError(t, err)
		n, err := webhook.VerifyAdyen(body, []string{adyenKey}, scheme)
		require.NoError(t, err)
		assert.True(t, n.Live)
		require.Len(t, n.Items, len(items))
		for i, it := range n.Items {
			sig, err := webhook.SignAdyen(items[i], adyenKey, scheme)
			require.NoError(t, err)
			want := items[i]
			want.AdditionalData = map[string]string{"hmacSignature": sig}
			for k, v := range items[i].AdditionalData {
				want.AdditionalData[k] = v
			}
			assert.Equal(t, want, it)
		}
	}
	assert.Nil(t, items[0].AdditionalData, "the caller's items are not changed")
}

func TestEncodeAdyenErrors(t *testing.T) {
	one := func(it webhook.AdyenItem) webhook.AdyenNotification {
		return webhook.AdyenNotification{Items: []webhook.AdyenItem{it}}
	}
	tests := map[string]struct {
		n    webhook.AdyenNotification
		key  string
		want error
	}{
		"no items":             {webhook.AdyenNotification{}, adyenKey, webhook.ErrMalformed},
		"bad success":          {one(webhook.AdyenItem{Success: "yes"}), adyenKey, webhook.ErrMalformed},
		"invalid UTF-8":        {one(webhook.AdyenItem{MerchantReference: "\xff"}), adyenKey, webhook.ErrMalformed},
		"invalid UTF-8 in map": {one(webhook.AdyenItem{AdditionalData: map[string]string{"k": "\xff"}}), adyenKey, webhook.ErrMalformed},
		"bad key":              {one(webhook.AdyenItem{}), "xyz", webhook.ErrInvalidConfig},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := webhook.EncodeAdyen(tt.n, tt.key, webhook.AdyenEscaped)
			require.ErrorIs(t, err, tt.want)
		})
	}
}
