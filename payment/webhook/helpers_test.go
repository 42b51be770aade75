package webhook_test

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/payment/webhook"
)

// The test vectors below are computed in the tests themselves with
// crypto/hmac on hand-written strings, never with the package's code, and
// the constants were also computed outside Go (Python's hmac module and
// the openssl command line), as each comment shows.

// hmacHex is hex(HMAC-SHA256(key, msg)), computed directly.
func hmacHex(key []byte, msg string) string {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(msg))
	return hex.EncodeToString(m.Sum(nil))
}

// hmacB64 is base64(HMAC-SHA256(hex-decoded key, msg)), computed directly.
func hmacB64(t testing.TB, hexKey, msg string) string {
	t.Helper()
	key, err := hex.DecodeString(hexKey)
	require.NoError(t, err)
	m := hmac.New(sha256.New, key)
	m.Write([]byte(msg))
	return base64.StdEncoding.EncodeToString(m.Sum(nil))
}

// headers builds an http.Header from name, value pairs (a name may repeat).
func headers(kv ...string) http.Header {
	h := http.Header{}
	for i := 0; i+1 < len(kv); i += 2 {
		h.Add(kv[i], kv[i+1])
	}
	return h
}

// unix is a time from Unix seconds.
func unix(s int64) time.Time { return time.Unix(s, 0) }

// sentinels are the errors every error of the package must match one of.
var sentinels = []error{
	webhook.ErrMissingSignature, webhook.ErrBadSignature, webhook.ErrTimestampOutOfTolerance,
	webhook.ErrMalformed, webhook.ErrInvalidConfig,
}

// matchesSentinel reports whether err matches exactly one sentinel.
func matchesSentinel(err error) bool {
	n := 0
	for _, s := range sentinels {
		if errors.Is(err, s) {
			n++
		}
	}
	return n == 1
}
