package vat

import (
	"strings"

	"github.com/comptoir/comptoir/internal/territory"
)

// Place is where goods are dispatched from or delivered to, or where a
// customer of a service belongs.
type Place struct {
	// Country is the ISO 3166-1 alpha-2 code, upper case.
	Country string
	// PostalCode tells the territories outside the EU VAT area, and
	// Northern Ireland, from the rest of their country. Separators and a
	// leading country prefix ("AX-22100", "D-27498") are ignored.
	PostalCode string
}

// vatArea says where a place stands for VAT: inside the EU VAT area (with
// the country whose rates apply there), or outside it, with the reason.
type vatArea struct {
	inside  bool
	country string // whose rates apply inside the area
	reason  string // why outside, or why a special case is inside
}

// areaOf places p for goods (services follow the country only: Northern
// Ireland is in the EU VAT area for goods alone). Only EU countries, the
// special territories and Northern Ireland are inside when so; every other
// country is outside.
func areaOf(p Place, goods bool, eu func(string) bool) vatArea {
	postal := territory.NormalPostal(p.Country, p.PostalCode)
	if reason, ok := territory.OutsideVATArea(p.Country, postal); ok {
		return vatArea{reason: reason}
	}
	switch {
	case p.Country == "MC":
		return vatArea{inside: true, country: "FR", reason: "Monaco is treated as France for VAT (art. 7)"}
	case p.Country == "GB" && goods && strings.HasPrefix(postal, "BT"):
		return vatArea{inside: true, country: "GB", reason: "Northern Ireland applies EU VAT rules to goods (Windsor Framework)"}
	case eu(p.Country):
		return vatArea{inside: true, country: p.Country}
	}
	return vatArea{reason: p.Country + " is outside the EU VAT area"}
}
