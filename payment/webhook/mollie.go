package webhook

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/url"
	"strings"
	"time"
)

// MollieKind says which of Mollie's two webhook systems sent a request.
type MollieKind int

// The Mollie webhook kinds.
const (
	// MollieClassic: the webhookUrl of a payment, order or refund. The form
	// body carries only the resource's id, unsigned; the status must be
	// fetched from the API, so a forged call can only cause a fetch.
	MollieClassic MollieKind = iota + 1
	// MollieSigned: a next-gen webhook subscription. The JSON event body is
	// signed with X-Mollie-Signature.
	MollieSigned
)

// String names the kind.
func (k MollieKind) String() string {
	switch k {
	case MollieClassic:
		return "classic"
	case MollieSigned:
		return "signed"
	}
	return "MollieKind(?)"
}

// MollieEvent is what a Mollie webhook says.
type MollieEvent struct {
	Kind MollieKind
	// ResourceID is the id of what changed: the form's id ("tr_...") for
	// a classic webhook, the event's entityId for a signed one.
	ResourceID string
	// EventID, Type and CreatedAt come from a signed event ("event_...",
	// "payment-link.paid"); empty for a classic webhook.
	EventID   string
	Type      string
	CreatedAt time.Time
	// Entity is _embedded.entity, the resource's snapshot, when the
	// subscription sends full payloads; nil otherwise. Copied from the body.
	Entity json.RawMessage
}

// MustFetch reports whether the handler has to fetch the resource from
// Mollie to know its state: always for a classic webhook, and for a signed
// event without a snapshot.
func (e MollieEvent) MustFetch() bool { return e.Kind != MollieSigned || e.Entity == nil }

// DedupKey is the key to drop a redelivered signed event: provider and
// event id. A classic webhook has no event id and its resource changes
// state many times, so its key is "" (which Deduplicator never treats as
// a duplicate): deduplicate after the fetch with StatusKey instead.
func (e MollieEvent) DedupKey() string {
	if e.Kind != MollieSigned {
		return ""
	}
	return EventKey(ProviderMollie, e.EventID)
}

// VerifyMollie reads a Mollie webhook.
//
// Without an X-Mollie-Signature header it is a classic webhook: the form
// body must hold one id of letters, digits and '_' (at most 64), which is
// returned with Kind MollieClassic and nothing verified: fetch it.
//
// With the header it is a next-gen webhook. Each header value (Mollie sends
// two, one per secret, for a day after a rotation; a proxy may join them
// with commas) is "sha256=<hex>", or bare hex as Mollie's own example
// compares; it must equal hex(HMAC-SHA256(secret, body)) for one of the
// secrets, used as their bytes. Values with another "algorithm=" prefix are
// ignored. The body is then read as an event: "id" and "type" are required;
// "entityId", "createdAt" (RFC 3339) and "_embedded.entity" are read when
// present. Mollie signs no timestamp, so replays are caught only by
// deduplication on the event id.
//
// Errors: ErrInvalidConfig (a signed webhook and no secret, or an empty
// secret), *HeaderError, ErrBadSignature, *BodyError.
func VerifyMollie(h Header, body []byte, secrets [][]byte) (MollieEvent, error) {
	values := headerValues(h, MollieSignatureHeader)
	if len(values) == 0 {
		return parseMollieClassic(body)
	}
	if err := checkSecrets(ProviderMollie, secrets); err != nil {
		return MollieEvent{}, err
	}
	sigs, err := mollieSignatures(values)
	if err != nil {
		return MollieEvent{}, err
	}
	if !mollieMatches(body, secrets, sigs) {
		return MollieEvent{}, mismatch(ProviderMollie)
	}
	return parseMollieEvent(body)
}

// SignMollie returns the X-Mollie-Signature value for body: "sha256=" and
// the hex HMAC-SHA256 keyed with secret. During a rotation Mollie sends one
// header per secret: call it once for each and add both. Errors:
// ErrInvalidConfig for an empty secret.
func SignMollie(body, secret []byte) (string, error) {
	if err := checkSecrets(ProviderMollie, [][]byte{secret}); err != nil {
		return "", err
	}
	sum := mollieSum(secret, body)
	return "sha256=" + hex.EncodeToString(sum[:]), nil
}

// MollieClassicBody returns the form body of a classic webhook for a
// resource id: "id=tr_...".
func MollieClassicBody(id string) []byte {
	return []byte(url.Values{"id": {id}}.Encode())
}

// mollieSignatures collects the sha256 signatures of the header values.
// Hex that does not decode to 32 bytes can match nothing and is skipped.
func mollieSignatures(values []string) ([][sha256.Size]byte, error) {
	var sigs [][sha256.Size]byte
	sawSHA256 := false
	for _, v := range values {
		for _, part := range strings.Split(v, ",") {
			part = strings.Trim(part, " \t")
			if part == "" {
				continue
			}
			alg, hexSig, found := strings.Cut(part, "=")
			if !found {
				alg, hexSig = "sha256", part
			}
			if alg != "sha256" {
				continue
			}
			sawSHA256 = true
			var sig [sha256.Size]byte
			if len(hexSig) == hex.EncodedLen(sha256.Size) {
				if _, err := hex.Decode(sig[:], []byte(hexSig)); err == nil {
					sigs = append(sigs, sig)
				}
			}
		}
	}
	if !sawSHA256 {
		return nil, &HeaderError{Provider: ProviderMollie, Header: MollieSignatureHeader, Reason: "no sha256 signature"}
	}
	return sigs, nil
}

// mollieMatches reports whether a signature is the body's with a secret.
func mollieMatches(body []byte, secrets [][]byte, sigs [][sha256.Size]byte) bool {
	for _, secret := range secrets {
		sum := mollieSum(secret, body)
		for i := range sigs {
			if hmac.Equal(sum[:], sigs[i][:]) {
				return true
			}
		}
	}
	return false
}

// mollieSum is HMAC-SHA256(secret, body).
func mollieSum(secret, body []byte) [sha256.Size]byte {
	mac := newMAC(secret)
	mac.Write(body)
	var out [sha256.Size]byte
	mac.Sum(out[:0])
	return out
}
