package paymenttest

import (
	"encoding/hex"
	"strconv"
	"time"

	"github.com/comptoir/comptoir/payment/webhook"
)

// Scheme is how a provider's webhooks are written and signed.
type Scheme string

// The schemes, after the PSPs comptoir's users plug in.
const (
	// Stripe: a JSON event, "payment_intent.succeeded" or "refund.updated",
	// signed in the Stripe-Signature header (webhook.VerifyStripe).
	Stripe Scheme = "stripe"
	// Adyen: a standard notification with one NotificationRequestItem,
	// signed in additionalData.hmacSignature (webhook.VerifyAdyen).
	Adyen Scheme = "adyen"
	// Mollie: a next-gen JSON event with the resource's snapshot, signed
	// in X-Mollie-Signature (webhook.VerifyMollie).
	Mollie Scheme = "mollie"
	// MollieClassic: the classic form body "id=<payment>", unsigned: the
	// receiver fetches the payment (Provider.Status).
	MollieClassic Scheme = "mollie_classic"
)

// valid reports whether s is one of the schemes.
func (s Scheme) valid() bool {
	switch s {
	case Stripe, Adyen, Mollie, MollieClassic:
		return true
	}
	return false
}

// RefundMode says how the provider answers a refund and when it settles.
type RefundMode int

// Refund modes.
const (
	// RefundsWebhook (the default): the answer says pending, the provider
	// settles the refund at once and says so by webhook (a pending event,
	// then a succeeded one), as Stripe and Mollie do for most refunds.
	RefundsWebhook RefundMode = iota
	// RefundsSync: the answer already says succeeded.
	RefundsSync
	// RefundsManual: the refund stays pending until SettleRefund.
	RefundsManual
)

// Defaults of a Config's zero fields.
const (
	// DefaultAuthorizationTTL is how long a manual-capture authorisation
	// lasts: about 7 days for customer-initiated card payments.
	DefaultAuthorizationTTL = 7 * 24 * time.Hour
	// defaultStartUnix is 2026-01-01T00:00:00Z, the clock's default start.
	defaultStartUnix = 1767225600
	// maxName is the longest provider name.
	maxName = 32
)

// Config sets up a Provider. The zero Config is usable: Stripe webhooks
// with a secret derived from the name, a clock at 2026-01-01 00:00 UTC,
// authorisations lasting 7 days, refunds settled at once by webhook.
type Config struct {
	// Start is the provider's clock at creation (zero: 2026-01-01 00:00
	// UTC). The provider never reads the real time: move its clock with
	// SetTime and Advance, or with the times given to CompleteThreeDS,
	// Settle and SettleRefund.
	Start time.Time
	// AuthorizationTTL is how long a manual-capture authorisation lasts
	// (zero: DefaultAuthorizationTTL).
	AuthorizationTTL time.Duration
	// Scheme is how webhooks are written and signed (zero: Stripe).
	Scheme Scheme
	// Secret signs the webhooks: a Stripe or Mollie secret, used as its
	// bytes, or for Adyen an HMAC key in hexadecimal. Zero: one derived
	// from the name; read it with Provider.Secret.
	Secret string
	// AdyenScheme is how Adyen's signed fields are joined (zero:
	// webhook.AdyenEscaped, payments.md's rule).
	AdyenScheme webhook.AdyenScheme
	// MerchantAccount is the Adyen merchantAccountCode (zero: the name
	// followed by "_ECOM").
	MerchantAccount string
	// Refunds says how refunds are answered and settled.
	Refunds RefundMode
	// AllowOvercapture lifts the PSP's amount check on captures, to
	// simulate a buggy double capture: Capture then takes any positive
	// amount of an authorised or captured payment, beyond what is
	// authorised.
	AllowOvercapture bool
}

// normalize checks c and fills its zero fields for the provider name.
func (c Config) normalize(name string) (Config, error) {
	if err := checkName(name); err != nil {
		return c, err
	}
	if c.Start.IsZero() {
		c.Start = time.Unix(defaultStartUnix, 0).UTC()
	}
	if err := checkTime(c.Start); err != nil {
		return c, err
	}
	switch {
	case c.AuthorizationTTL < 0:
		return c, configError("negative authorisation TTL %v", c.AuthorizationTTL)
	case c.AuthorizationTTL == 0:
		c.AuthorizationTTL = DefaultAuthorizationTTL
	}
	if c.Scheme == "" {
		c.Scheme = Stripe
	}
	if !c.Scheme.valid() {
		return c, configError("unknown scheme %q", c.Scheme)
	}
	if c.Refunds < RefundsWebhook || c.Refunds > RefundsManual {
		return c, configError("unknown refund mode %d", c.Refunds)
	}
	if c.AdyenScheme == 0 {
		c.AdyenScheme = webhook.AdyenEscaped
	}
	if c.MerchantAccount == "" {
		c.MerchantAccount = name + "_ECOM"
	}
	return c.withSecret(name)
}

// withSecret derives the secret when none is given and checks an Adyen
// key, so that signing cannot fail later.
func (c Config) withSecret(name string) (Config, error) {
	if c.Secret == "" {
		switch c.Scheme {
		case Adyen:
			c.Secret = hex.EncodeToString([]byte("paymenttest_" + name))
		case Stripe:
			c.Secret = "whsec_paymenttest_" + name
		default:
			c.Secret = "paymenttest_" + name
		}
	}
	if c.Scheme == Adyen {
		if _, err := webhook.SignAdyen(webhook.AdyenItem{}, c.Secret, c.AdyenScheme); err != nil {
			return c, configError("adyen signing: %v", err)
		}
	}
	return c, nil
}

// checkName accepts 1 to 32 letters, digits and '_': the name prefixes
// every reference, and Mollie's classic webhooks carry only such ids.
func checkName(name string) error {
	if name == "" || len(name) > maxName {
		return configError("provider name %q must have 1 to %d characters", name, maxName)
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
			return configError("provider name %q: character %s is not a letter, a digit or '_'", name, strconv.QuoteRune(rune(c)))
		}
	}
	return nil
}

// checkTime refuses the zero time and times before 1970, which Stripe
// signatures cannot carry.
func checkTime(t time.Time) error {
	if t.IsZero() || t.Unix() < 0 {
		return configError("time %v is zero or before 1970", t)
	}
	return nil
}
