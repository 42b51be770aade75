// Package country validates ISO 3166-1 alpha-2 country codes, the one check
// money, order and pricing/vat share so that they agree on what a country
// code is.
package country

import "golang.org/x/text/language"

// Valid reports whether s is an assigned ISO 3166-1 alpha-2 code in its
// canonical upper-case form: "BE" and "XK" (Kosovo, as the EU uses it) are;
// "be", "UK" (use GB), "EL" (Greece's VAT prefix, not a country code), "EU",
// "ZZ" and reserved codes without an alpha-3 form (EA, IC) are not.
func Valid(s string) bool {
	if len(s) != 2 || s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z' {
		return false
	}
	r, err := language.ParseRegion(s)
	if err != nil || !r.IsCountry() || r.String() != s || r.Canonicalize() != r {
		return false
	}
	return r.ISO3() != "ZZZ"
}
