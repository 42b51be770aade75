package webhook

import (
	"crypto/hmac"
	"crypto/sha256"
	"hash"
)

// Provider names, used in errors and deduplication keys.
const (
	ProviderStripe = "stripe"
	ProviderAdyen  = "adyen"
	ProviderMollie = "mollie"
)

// Header is what the verifiers read from a request's headers. http.Header
// and textproto.MIMEHeader satisfy it (their Values canonicalises the name);
// another implementation must match names case-insensitively.
type Header interface {
	// Values returns every value of the header named key, nil if none.
	Values(key string) []string
}

// Header names.
const (
	StripeSignatureHeader = "Stripe-Signature"
	MollieSignatureHeader = "X-Mollie-Signature"
)

// headerValues returns the values of a header, tolerating a nil Header.
func headerValues(h Header, name string) []string {
	if h == nil {
		return nil
	}
	return h.Values(name)
}

// checkSecrets refuses an empty list of secrets or an empty secret: an
// HMAC keyed with nothing authenticates nothing.
func checkSecrets(provider string, secrets [][]byte) error {
	if len(secrets) == 0 {
		return configError(provider, "no secret")
	}
	for _, s := range secrets {
		if len(s) == 0 {
			return configError(provider, "empty secret")
		}
	}
	return nil
}

// newMAC returns an HMAC-SHA256 keyed with key.
func newMAC(key []byte) hash.Hash { return hmac.New(sha256.New, key) }
