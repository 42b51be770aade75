// Package territory recognises the parts of EU countries that tax law and
// carriers treat apart, by country and postal code: the territories outside
// the EU VAT area (Directive 2006/112/EC art. 6), which pricing/vat exports
// to and shipping must declare to customs. One list serves both, so they
// cannot disagree. A second, different list (SurchargeArea, Areas) holds
// the areas that carriers surcharge or exclude, most of them inside the VAT
// area.
package territory

import "strings"

// NormalPostal drops a written country prefix ("AX-22100", "D-27498",
// "GB-BT1 1AA": one to three letters and a dash) and keeps the letters and
// digits of the rest, upper case; for the countries whose codes are all
// digits it keeps only the digits.
func NormalPostal(country, postal string) string {
	code := strings.ToUpper(strings.TrimSpace(postal))
	if before, after, found := strings.Cut(code, "-"); found && len(before) >= 1 && len(before) <= 3 && isLetters(before) {
		code = after
	}
	digitsOnly := false
	switch country {
	case "ES", "DE", "IT", "GR", "FI", "FR", "AX":
		digitsOnly = true
	}
	var b strings.Builder
	for _, r := range code {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r >= 'A' && r <= 'Z' && !digitsOnly:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isLetters(s string) bool {
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// OutsideVATArea recognises the territories of EU countries that are
// outside the EU VAT area (Directive 2006/112/EC art. 6), by postal code or
// by their own ISO code. postal must be normalised by NormalPostal.
func OutsideVATArea(country, postal string) (string, bool) {
	has := func(prefixes ...string) bool {
		for _, p := range prefixes {
			if strings.HasPrefix(postal, p) {
				return true
			}
		}
		return false
	}
	switch country {
	case "ES":
		switch {
		case has("35", "38"):
			return "the Canary Islands are outside the EU VAT area (art. 6(1)(b))", true
		case has("51"):
			return "Ceuta is outside the EU VAT area (art. 6(2)(c))", true
		case has("52"):
			return "Melilla is outside the EU VAT area (art. 6(2)(c))", true
		}
	case "DE":
		switch {
		case postal == "27498":
			return "Heligoland is outside the EU VAT area (art. 6(2)(d))", true
		case postal == "78266" || postal == "8238": // its German and its Swiss code
			return "Büsingen am Hochrhein is outside the EU VAT area (art. 6(2)(d))", true
		}
	case "IT":
		switch {
		case postal == "23041":
			return "Livigno is outside the EU VAT area (art. 6(2)(e))", true
		case postal == "22061":
			return "Campione d'Italia is outside the EU VAT area (art. 6(2)(f))", true
		}
	case "GR":
		if postal == "63086" || postal == "63087" {
			return "Mount Athos is outside the EU VAT area (art. 6(1)(a))", true
		}
	case "FI":
		if has("22") {
			return "the Åland Islands are outside the EU VAT area (art. 6(1)(d))", true
		}
	case "FR":
		// 97x: the overseas departments (art. 6(1)(c)) and collectivities;
		// 986-988: the Pacific territories. 980 is Monaco, inside.
		if has("97", "986", "987", "988") {
			return "the French overseas territories are outside the EU VAT area (art. 6(1)(c))", true
		}
	case "AX":
		return "the Åland Islands are outside the EU VAT area (art. 6(1)(d))", true
	case "GP", "MQ", "GF", "RE", "YT", "MF", "BL", "PM":
		return "the French overseas territories are outside the EU VAT area (art. 6(1)(c))", true
	case "IC":
		return "the Canary Islands are outside the EU VAT area (art. 6(1)(b))", true
	case "EA":
		return "Ceuta and Melilla are outside the EU VAT area (art. 6(2)(c))", true
	}
	return "", false
}
