package webhook

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"time"
)

// DefaultTolerance is the largest distance, either way, between a Stripe
// signature's timestamp and now: Stripe's own default of five minutes.
const DefaultTolerance = 300 * time.Second

// stripeHeader is a parsed Stripe-Signature header.
type stripeHeader struct {
	t    string // the timestamp as sent: it is signed verbatim
	unix int64
	v1   [][sha256.Size]byte // the v1 signatures that are well-formed hex
}

// VerifyStripeSignature checks a Stripe-Signature header against the raw
// body: the header must hold one timestamp t and at least one v1 signature,
// and some v1 must equal hex(HMAC-SHA256(secret, t + "." + body)) for some
// secret. Several secrets are tried in turn, as during a rotation, when
// Stripe also sends one v1 per active secret; other schemes (v0) are
// ignored. Only then is the timestamp checked: |now - t| must not exceed
// tolerance (0 means DefaultTolerance). It returns the signed time.
//
// Errors: ErrInvalidConfig (no secret, an empty one, a negative tolerance),
// ErrMissingSignature (no header), *HeaderError (malformed header, no t, no
// v1), ErrBadSignature, *TimestampError.
func VerifyStripeSignature(h Header, body []byte, secrets [][]byte, now time.Time, tolerance time.Duration) (time.Time, error) {
	tol, err := stripeTolerance(tolerance)
	if err != nil {
		return time.Time{}, err
	}
	if err := checkSecrets(ProviderStripe, secrets); err != nil {
		return time.Time{}, err
	}
	sh, err := stripeHeaderOf(h)
	if err != nil {
		return time.Time{}, err
	}
	if !sh.matches(body, secrets) {
		return time.Time{}, mismatch(ProviderStripe)
	}
	signed := time.Unix(sh.unix, 0)
	// Sub saturates, so an absurd timestamp cannot wrap into tolerance.
	if skew := now.Sub(signed); skew > tol || skew < -tol {
		return time.Time{}, &TimestampError{Signed: signed, Now: now, Skew: skew, Tolerance: tol}
	}
	return signed, nil
}

// SignStripe returns the Stripe-Signature header value for body signed at
// t: "t=<unix>,v1=<hex>", with one v1 per secret (give two during a
// rotation, as Stripe does). It is what a fake provider sends; VerifyStripe
// accepts it. Errors: ErrInvalidConfig for no secret, an empty secret or a
// time before 1970.
func SignStripe(body []byte, t time.Time, secrets ...[]byte) (string, error) {
	if err := checkSecrets(ProviderStripe, secrets); err != nil {
		return "", err
	}
	if t.Unix() < 0 {
		return "", configError(ProviderStripe, "signing time before 1970")
	}
	sh := stripeHeader{t: strconv.FormatInt(t.Unix(), 10)}
	var b strings.Builder
	b.WriteString("t=")
	b.WriteString(sh.t)
	for _, secret := range secrets {
		sum := sh.sum(body, secret)
		b.WriteString(",v1=")
		b.WriteString(hex.EncodeToString(sum[:]))
	}
	return b.String(), nil
}

// stripeTolerance applies the default and refuses a negative tolerance.
func stripeTolerance(tolerance time.Duration) (time.Duration, error) {
	switch {
	case tolerance < 0:
		return 0, configError(ProviderStripe, "negative tolerance")
	case tolerance == 0:
		return DefaultTolerance, nil
	}
	return tolerance, nil
}

// stripeHeaderOf finds and parses the one Stripe-Signature header.
func stripeHeaderOf(h Header) (stripeHeader, error) {
	values := headerValues(h, StripeSignatureHeader)
	if len(values) == 0 || (len(values) == 1 && strings.TrimSpace(values[0]) == "") {
		return stripeHeader{}, missing(ProviderStripe, StripeSignatureHeader)
	}
	if len(values) > 1 {
		return stripeHeader{}, stripeHeaderError("sent more than once")
	}
	return parseStripeHeader(values[0])
}

// parseStripeHeader reads "t=<unix>,v1=<hex>[,v1=<hex>...]" in any order.
// Elements of other schemes are skipped; a v1 that is not 64 hex digits
// can match nothing and is skipped too, but still counts as a v1.
func parseStripeHeader(value string) (stripeHeader, error) {
	var sh stripeHeader
	sawT, sawV1 := false, false
	for rest := value; ; {
		el, tail, more := strings.Cut(rest, ",")
		key, val, ok := strings.Cut(strings.Trim(el, " \t"), "=")
		if !ok {
			return sh, stripeHeaderError("element without '='")
		}
		switch key {
		case "t":
			if sawT {
				return sh, stripeHeaderError("two timestamps")
			}
			sawT = true
			if err := sh.setTime(val); err != nil {
				return sh, err
			}
		case "v1":
			sawV1 = true
			var sig [sha256.Size]byte
			if len(val) == hex.EncodedLen(sha256.Size) {
				if _, err := hex.Decode(sig[:], []byte(val)); err == nil {
					sh.v1 = append(sh.v1, sig)
				}
			}
		}
		if !more {
			break
		}
		rest = tail
	}
	switch {
	case !sawT:
		return sh, stripeHeaderError("no timestamp (t=)")
	case !sawV1:
		return sh, stripeHeaderError("no v1 signature")
	}
	return sh, nil
}

// setTime reads the timestamp: decimal digits only, no sign.
func (sh *stripeHeader) setTime(val string) error {
	if val == "" || strings.TrimLeft(val, "0123456789") != "" {
		return stripeHeaderError("timestamp is not a decimal number")
	}
	unix, err := strconv.ParseInt(val, 10, 64)
	if err != nil {
		return stripeHeaderError("timestamp out of range")
	}
	sh.t, sh.unix = val, unix
	return nil
}

// matches reports whether some v1 is the signature of body with some
// secret. Every comparison is constant-time.
func (sh *stripeHeader) matches(body []byte, secrets [][]byte) bool {
	for _, secret := range secrets {
		sum := sh.sum(body, secret)
		for i := range sh.v1 {
			if hmac.Equal(sum[:], sh.v1[i][:]) {
				return true
			}
		}
	}
	return false
}

// sum is HMAC-SHA256(secret, t + "." + body).
func (sh *stripeHeader) sum(body, secret []byte) [sha256.Size]byte {
	mac := newMAC(secret)
	mac.Write([]byte(sh.t))
	mac.Write([]byte{'.'})
	mac.Write(body)
	var out [sha256.Size]byte
	mac.Sum(out[:0])
	return out
}

// stripeHeaderError builds a *HeaderError for Stripe-Signature.
func stripeHeaderError(reason string) error {
	return &HeaderError{Provider: ProviderStripe, Header: StripeSignatureHeader, Reason: reason}
}
