package fraud

import (
	"context"
	"fmt"
)

// CountryIn is True when a country attribute is in a set: "card country
// in Europe". It is Unknown when the attribute is missing.
type CountryIn struct {
	Attr      Attribute // CardCountry, IPCountry, BillingCountry or ShippingCountry
	Countries Countries
}

// Eval tests the payment.
func (c CountryIn) Eval(_ context.Context, p *Payment, _ Env) (Truth, error) {
	code := p.Value(c.Attr)
	if code == "" {
		return Unknown, nil
	}
	return Known(c.Countries.Contains(code)), nil
}

// Validate asks for a country attribute and a non-empty set.
func (c CountryIn) Validate() error { return checkCountrySet("country_in", c.Attr, c.Countries) }

// String describes the condition, such as "card_country in {BE FR}".
func (c CountryIn) String() string { return fmt.Sprintf("%s in %v", c.Attr, c.Countries) }

// CountryNotIn is True when a country attribute is known and outside a
// set: "card country not in Europe". It is Unknown when the attribute is
// missing, so a payment without an IP country is not "outside Europe".
type CountryNotIn struct {
	Attr      Attribute
	Countries Countries
}

// Eval tests the payment.
func (c CountryNotIn) Eval(_ context.Context, p *Payment, _ Env) (Truth, error) {
	code := p.Value(c.Attr)
	if code == "" {
		return Unknown, nil
	}
	return Known(!c.Countries.Contains(code)), nil
}

// Validate asks for a country attribute and a non-empty set.
func (c CountryNotIn) Validate() error { return checkCountrySet("country_not_in", c.Attr, c.Countries) }

// String describes the condition, such as "ip_country not in {BE FR}".
func (c CountryNotIn) String() string { return fmt.Sprintf("%s not in %v", c.Attr, c.Countries) }

func checkCountrySet(kind string, a Attribute, set Countries) error {
	if !a.IsCountry() {
		return conditionErr(kind, "%q is not a country attribute", a)
	}
	if set == (Countries{}) {
		return conditionErr(kind, "empty set of countries")
	}
	return nil
}

// CountriesDiffer is True when two country attributes are both known
// and differ: "card country is not the shipping country", the mismatch
// that marks most card fraud abroad. It is Unknown when either is
// missing.
type CountriesDiffer struct {
	A, B Attribute
}

// Eval tests the payment.
func (c CountriesDiffer) Eval(_ context.Context, p *Payment, _ Env) (Truth, error) {
	a, b := p.Value(c.A), p.Value(c.B)
	if a == "" || b == "" {
		return Unknown, nil
	}
	return Known(a != b), nil
}

// Validate asks for two different country attributes.
func (c CountriesDiffer) Validate() error {
	switch {
	case !c.A.IsCountry() || !c.B.IsCountry():
		return conditionErr("countries_differ", "%q and %q are not both country attributes", c.A, c.B)
	case c.A == c.B:
		return conditionErr("countries_differ", "compares %q with itself", c.A)
	}
	return nil
}

// String describes the condition, such as "card_country != shipping_country".
func (c CountriesDiffer) String() string { return fmt.Sprintf("%s != %s", c.A, c.B) }

// Missing is True when an attribute is missing (Radar's is_missing), and
// False otherwise: it is how a rule acts on absent data, such as "review
// when the IP country is unknown".
type Missing struct {
	Attr Attribute
}

// Eval tests the payment.
func (c Missing) Eval(_ context.Context, p *Payment, _ Env) (Truth, error) {
	return Known(p.Value(c.Attr) == ""), nil
}

// Validate asks for a known attribute.
func (c Missing) Validate() error {
	if !c.Attr.Valid() {
		return conditionErr("missing", "unknown attribute %q", c.Attr)
	}
	return nil
}

// String describes the condition, such as "is_missing(ip_country)".
func (c Missing) String() string { return fmt.Sprintf("is_missing(%s)", c.Attr) }
