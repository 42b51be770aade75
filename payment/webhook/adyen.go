package webhook

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"hash"
	"strconv"
)

// AdyenScheme says how the eight signed fields of an Adyen notification
// item are joined into the string that is signed. It has no default: the
// two schemes differ only for fields holding ':' or '\', and the caller
// must know which one its Adyen account uses.
type AdyenScheme int

// The Adyen schemes. Both sign, with HMAC-SHA256 keyed by the hex-decoded
// key, the fields pspReference, originalReference, merchantAccountCode,
// merchantReference, amount.value, amount.currency, eventCode and success,
// in that order, joined by ':', a missing field being "".
const (
	// AdyenEscaped is payments.md's rule: in each field a backslash becomes
	// `\\` and a colon `\:` before joining, so the joined string can be
	// split back and no two items share it.
	AdyenEscaped AdyenScheme = iota + 1
	// AdyenPlain joins the fields as they are. It is what Adyen's own
	// libraries do for standard notifications (adyen-go-api-library,
	// adyen-java-api-library, adyen-node-api-library; the Ruby library
	// escaped until it was rewritten); Adyen escapes only in the older
	// key-value signatures of its hosted payment pages. Its joined string
	// is ambiguous when a field holds ':', a weakness of that scheme.
	AdyenPlain
)

// String names the scheme.
func (s AdyenScheme) String() string {
	switch s {
	case AdyenEscaped:
		return "escaped"
	case AdyenPlain:
		return "plain"
	}
	return "AdyenScheme(" + strconv.Itoa(int(s)) + ")"
}

// check refuses an unknown scheme.
func (s AdyenScheme) check() error {
	if s != AdyenEscaped && s != AdyenPlain {
		return configError(ProviderAdyen, "unknown scheme "+s.String())
	}
	return nil
}

// AdyenAmount is an item's amount, in minor units as Adyen writes it.
type AdyenAmount struct {
	Value    int64  `json:"value"`    // minor units: 1130 is 11.30 EUR
	Currency string `json:"currency"` // ISO 4217 code
}

// AdyenItem is one NotificationRequestItem of an Adyen standard webhook.
// Empty strings stand for fields that are absent (or null).
type AdyenItem struct {
	PSPReference        string
	OriginalReference   string // the payment a modification (capture, refund) applies to
	MerchantAccountCode string
	MerchantReference   string       // the merchant's own reference, such as the intent id
	Amount              *AdyenAmount // nil when absent: value and currency are then signed as ""
	EventCode           string       // "AUTHORISATION", "CAPTURE", "REFUND", ...
	Success             string       // "true", "false" or "" (absent), as Adyen sends it
	EventDate           string       // not signed
	PaymentMethod       string       // not signed
	Reason              string       // not signed
	// AdditionalData holds the string values of additionalData, including
	// "hmacSignature"; values of other types are left out. Not signed,
	// except for the signature itself.
	AdditionalData map[string]string
}

// AdyenNotification is a standard webhook: a batch of items.
type AdyenNotification struct {
	Live  bool // false for the test platform
	Items []AdyenItem
}

// Succeeded reports whether the item's success is "true".
func (it AdyenItem) Succeeded() bool { return it.Success == "true" }

// Signature returns additionalData.hmacSignature, "" if absent.
func (it AdyenItem) Signature() string { return it.AdditionalData["hmacSignature"] }

// DedupKey is the key to drop a redelivered item: Adyen's notification is
// identified by pspReference, eventCode and success.
func (it AdyenItem) DedupKey() string {
	return Key(ProviderAdyen, "status", it.PSPReference, it.EventCode, it.Success)
}

// SigningString returns the string the item's signature covers, to show
// how a signature is computed or to debug a mismatch.
func (it AdyenItem) SigningString(scheme AdyenScheme) (string, error) {
	if err := scheme.check(); err != nil {
		return "", err
	}
	return string(it.appendSigning(nil, scheme)), nil
}

// VerifyAdyen parses an Adyen standard webhook body and verifies the
// signature of every item against each hex key in turn (several during a
// rotation). The notification is returned only when every item verifies:
// Adyen batches items and retries the whole request on an error.
//
// Errors: ErrInvalidConfig (no key, a key that is not hexadecimal, an
// unknown scheme), *BodyError (see below), *ItemError matching
// ErrMissingSignature or ErrBadSignature.
//
// The body must be a JSON object with "live" ("true" or "false") and a
// non-empty "notificationItems" array of {"NotificationRequestItem": {...}}.
// In an item, the signed fields are strings or null, "success" is "true" or
// "false", and "amount", when not null, holds a whole "value" and a
// "currency". A field the verifier reads given twice is an error; keys are
// matched exactly; other fields are skipped.
func VerifyAdyen(body []byte, hexKeys []string, scheme AdyenScheme) (AdyenNotification, error) {
	if err := scheme.check(); err != nil {
		return AdyenNotification{}, err
	}
	keys, err := decodeAdyenKeys(hexKeys)
	if err != nil {
		return AdyenNotification{}, err
	}
	n, err := parseAdyen(body)
	if err != nil {
		return AdyenNotification{}, err
	}
	// One HMAC per key, reset for each item: batches hold up to a hundred.
	macs := make([]hash.Hash, len(keys))
	for i, key := range keys {
		macs[i] = newMAC(key)
	}
	var buf [256]byte
	for i := range n.Items {
		if err := n.Items[i].verify(macs, scheme, buf[:0]); err != nil {
			return AdyenNotification{}, &ItemError{Index: i, PSPReference: n.Items[i].PSPReference, Err: err}
		}
	}
	return n, nil
}

// SignAdyen returns the base64 signature of an item with one hex key, the
// value Adyen puts in additionalData.hmacSignature. The item's own
// additionalData is ignored. Errors: ErrInvalidConfig, and ErrMalformed for
// a success other than "true", "false" or "".
func SignAdyen(item AdyenItem, hexKey string, scheme AdyenScheme) (string, error) {
	if err := scheme.check(); err != nil {
		return "", err
	}
	keys, err := decodeAdyenKeys([]string{hexKey})
	if err != nil {
		return "", err
	}
	if err := item.checkSuccess(); err != nil {
		return "", err
	}
	sum := adyenSum(keys[0], item.appendSigning(nil, scheme))
	return base64.StdEncoding.EncodeToString(sum[:]), nil
}

// verify checks the item's signature with every key's HMAC.
func (it *AdyenItem) verify(macs []hash.Hash, scheme AdyenScheme, buf []byte) error {
	sig := it.Signature()
	if sig == "" {
		return ErrMissingSignature
	}
	msg := it.appendSigning(buf, scheme)
	var sum [sha256.Size]byte
	var want [44]byte // base64 of a SHA-256 sum
	for _, mac := range macs {
		mac.Reset()
		mac.Write(msg)
		base64.StdEncoding.Encode(want[:], mac.Sum(sum[:0]))
		if hmac.Equal(want[:], []byte(sig)) {
			return nil
		}
	}
	return ErrBadSignature
}

// appendSigning appends the eight signed fields, joined by ':'.
func (it *AdyenItem) appendSigning(dst []byte, scheme AdyenScheme) []byte {
	var value, currency string
	var num [20]byte
	if it.Amount != nil {
		value = string(strconv.AppendInt(num[:0], it.Amount.Value, 10))
		currency = it.Amount.Currency
	}
	fields := [8]string{it.PSPReference, it.OriginalReference, it.MerchantAccountCode,
		it.MerchantReference, value, currency, it.EventCode, it.Success}
	for i, f := range fields {
		if i > 0 {
			dst = append(dst, ':')
		}
		dst = appendField(dst, f, scheme)
	}
	return dst
}

// appendField appends one field, escaped when the scheme says so.
func appendField(dst []byte, f string, scheme AdyenScheme) []byte {
	if scheme != AdyenEscaped {
		return append(dst, f...)
	}
	for i := 0; i < len(f); i++ {
		if f[i] == '\\' || f[i] == ':' {
			dst = append(dst, '\\')
		}
		dst = append(dst, f[i])
	}
	return dst
}

// checkSuccess refuses a success Adyen never sends.
func (it *AdyenItem) checkSuccess() error {
	switch it.Success {
	case "", "true", "false":
		return nil
	}
	return fmt.Errorf("%w: adyen: success %q is not \"true\" or \"false\"", ErrMalformed, it.Success)
}

// adyenSum is HMAC-SHA256(key, msg).
func adyenSum(key, msg []byte) [sha256.Size]byte {
	mac := newMAC(key)
	mac.Write(msg)
	var out [sha256.Size]byte
	mac.Sum(out[:0])
	return out
}

// decodeAdyenKeys decodes hex keys, refusing none, an empty one or one
// that is not hexadecimal.
func decodeAdyenKeys(hexKeys []string) ([][]byte, error) {
	if len(hexKeys) == 0 {
		return nil, configError(ProviderAdyen, "no key")
	}
	keys := make([][]byte, len(hexKeys))
	for i, k := range hexKeys {
		key, err := hex.DecodeString(k)
		if err != nil || len(key) == 0 {
			return nil, configError(ProviderAdyen, "key "+strconv.Itoa(i)+" is not a hexadecimal key")
		}
		keys[i] = key
	}
	return keys, nil
}
