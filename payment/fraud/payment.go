package fraud

import (
	"strconv"
	"strings"
	"time"

	"github.com/comptoir/comptoir/money"
)

// Payment holds the attributes rules read. An empty string is a missing
// attribute (an IP address the shop could not locate, a guest without
// email): conditions on it are Unknown. Evaluate does not modify it.
type Payment struct {
	// Country codes, ISO 3166-1 alpha-2 in upper case ("BE", "GB"), or ""
	// when not known: the card's issuing country, the country of the
	// buyer's IP address, of the billing and of the shipping address.
	CardCountry, IPCountry, BillingCountry, ShippingCountry string
	// AmountEUR is the amount in euros (converted by the shop when the
	// payment is in another currency); the zero Money when not known.
	AmountEUR money.Money
	// CardFingerprint identifies the card across payments without its
	// number (the PSP's fingerprint); "" for other methods.
	CardFingerprint string
	// Email is the buyer's address; rules compare it in lower case.
	Email string
	// PreviousOrders is the number of orders the customer placed before;
	// 0 for a guest or a first order.
	PreviousOrders int
	// At is when the payment is made: velocity windows end at it.
	At time.Time
}

// Attribute names a Payment attribute conditions read, in Radar's
// vocabulary.
type Attribute string

// The attributes.
const (
	CardCountry     Attribute = "card_country"
	IPCountry       Attribute = "ip_country"
	BillingCountry  Attribute = "billing_country"
	ShippingCountry Attribute = "shipping_country"
	CardFingerprint Attribute = "card_fingerprint"
	Email           Attribute = "email"
	// EmailDomain is the part of Email after its last "@", in lower case.
	EmailDomain Attribute = "email_domain"
)

// Valid reports whether a is one of the attributes above.
func (a Attribute) Valid() bool {
	switch a {
	case CardCountry, IPCountry, BillingCountry, ShippingCountry, CardFingerprint, Email, EmailDomain:
		return true
	}
	return false
}

// IsCountry reports whether a is one of the four country attributes.
func (a Attribute) IsCountry() bool {
	switch a {
	case CardCountry, IPCountry, BillingCountry, ShippingCountry:
		return true
	}
	return false
}

// Value returns the attribute a of p as conditions, lists and the
// history see it: country codes and the card fingerprint as given, the
// email and its domain in lower case; "" when missing or when a is not
// an attribute.
func (p *Payment) Value(a Attribute) string {
	switch a {
	case CardCountry:
		return p.CardCountry
	case IPCountry:
		return p.IPCountry
	case BillingCountry:
		return p.BillingCountry
	case ShippingCountry:
		return p.ShippingCountry
	case CardFingerprint:
		return p.CardFingerprint
	case Email:
		return lowerASCII(p.Email)
	case EmailDomain:
		return lowerASCII(domainOf(p.Email))
	}
	return ""
}

// domainOf returns what follows the last "@" of an email, or "".
func domainOf(email string) string {
	if i := strings.LastIndexByte(email, '@'); i >= 0 {
		return email[i+1:]
	}
	return ""
}

// lowerASCII lower-cases s, allocating only when it has upper-case
// letters (rare in emails, and Evaluate lower-cases its copy once).
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// prepare checks p and returns the payment conditions see: p itself, or
// a copy with the email in lower case.
func prepare(p *Payment) (*Payment, error) {
	if p == nil {
		return nil, &PaymentError{Field: "Payment", Value: "nil", Reason: "no payment to screen"}
	}
	if err := check(p); err != nil {
		return nil, err
	}
	if lower := lowerASCII(p.Email); lower != p.Email {
		q := *p
		q.Email = lower
		return &q, nil
	}
	return p, nil
}

func check(p *Payment) error {
	for _, f := range [...]struct{ field, code string }{
		{"CardCountry", p.CardCountry}, {"IPCountry", p.IPCountry},
		{"BillingCountry", p.BillingCountry}, {"ShippingCountry", p.ShippingCountry},
	} {
		if f.code != "" && !validCode(f.code) {
			return &PaymentError{Field: f.field, Value: f.code, Err: ErrUnknownCountry,
				Reason: "not an ISO 3166-1 alpha-2 country code in upper case"}
		}
	}
	if err := checkAmount(p.AmountEUR); err != nil {
		return err
	}
	if p.PreviousOrders < 0 {
		return &PaymentError{Field: "PreviousOrders", Value: strconv.Itoa(p.PreviousOrders), Reason: "negative"}
	}
	return checkEmail(p.Email)
}

func checkAmount(m money.Money) error {
	switch {
	case m == money.Money{}:
		return nil
	case m.Currency().Code() != "EUR":
		return &PaymentError{Field: "AmountEUR", Value: m.String(), Reason: "not in euros"}
	case m.Sign() < 0:
		return &PaymentError{Field: "AmountEUR", Value: m.String(), Reason: "negative"}
	}
	return nil
}

// checkEmail asks for a local part and a domain around the last "@", and
// no spaces: enough to take a domain out, not a full address grammar.
func checkEmail(email string) error {
	if email == "" {
		return nil
	}
	i := strings.LastIndexByte(email, '@')
	if i <= 0 || i == len(email)-1 || strings.ContainsAny(email, " \t\r\n") {
		return &PaymentError{Field: "Email", Value: email, Reason: "not an address with a local part and a domain"}
	}
	return nil
}
