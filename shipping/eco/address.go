package eco

import (
	"strings"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"

	"github.com/comptoir/comptoir/internal/country"
	"github.com/comptoir/comptoir/shipping"
)

// AddressKey identifies a delivery address for grouping: the country, the
// postal code and the street lines, normalised so that the same address
// typed twice gives the same key. It is comparable with == and usable as a
// map key. The zero AddressKey is no address.
//
// Normalisation is deliberately conservative: two keys are equal only when
// the addresses are the same up to case, Unicode composition and
// white space. "Rue de la Station 12" and "rue de la  station 12" match;
// "Rue de la Station, 12" and "Rue de la Station 12" do not. A missed
// match costs one more parcel; a wrong match would send an order to the
// wrong door.
type AddressKey struct {
	country    string
	postalCode string
	lines      string // normalised lines joined with '\n'
}

// NewAddressKey returns the key of an address. country is an ISO 3166-1
// alpha-2 code, in any case ("be" is BE); postalCode is normalised as
// shipping.NormalizePostalCode does (upper case, no spaces or dashes) and
// may be empty for countries without postal codes; each line is put in
// Unicode NFC, case-folded, trimmed, and its runs of white space become one
// space. Empty lines are dropped; at least one line must remain. The
// addressee's name, company and city are not part of the key: the city is
// implied by the postal code and the name does not change the door.
func NewAddressKey(countryCode, postalCode string, lines ...string) (AddressKey, error) {
	c := strings.ToUpper(strings.TrimSpace(countryCode))
	if !country.Valid(c) {
		return AddressKey{}, &AddressError{Field: "country", Value: countryCode, Reason: "not an ISO 3166-1 alpha-2 code"}
	}
	pc := shipping.NormalizePostalCode(strings.TrimSpace(postalCode))
	for _, r := range pc {
		if !('A' <= r && r <= 'Z' || '0' <= r && r <= '9') {
			return AddressKey{}, &AddressError{Field: "postal_code", Value: postalCode, Reason: "only letters, digits, spaces and dashes are allowed"}
		}
	}
	fold := cases.Fold()
	var b strings.Builder
	for _, l := range lines {
		words := strings.Fields(fold.String(norm.NFC.String(l)))
		if len(words) == 0 {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(strings.Join(words, " "))
	}
	if b.Len() == 0 {
		return AddressKey{}, &AddressError{Field: "lines", Value: strings.Join(lines, "\n"), Reason: "no street line"}
	}
	return AddressKey{country: c, postalCode: pc, lines: b.String()}, nil
}

// Country returns the ISO 3166-1 alpha-2 code, "" for the zero key.
func (k AddressKey) Country() string { return k.country }

// PostalCode returns the normalised postal code.
func (k AddressKey) PostalCode() string { return k.postalCode }

// Lines returns the normalised street lines.
func (k AddressKey) Lines() []string {
	if k.lines == "" {
		return nil
	}
	return strings.Split(k.lines, "\n")
}

// IsZero reports whether k is the zero AddressKey.
func (k AddressKey) IsZero() bool { return k == AddressKey{} }

// String returns the key on one line: "BE 4000 rue de la station 12".
// Lines are separated by " / ".
func (k AddressKey) String() string {
	if k.IsZero() {
		return "none"
	}
	s := k.country
	if k.postalCode != "" {
		s += " " + k.postalCode
	}
	return s + " " + strings.ReplaceAll(k.lines, "\n", " / ")
}
