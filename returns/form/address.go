package form

import (
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/comptoir/comptoir/order"
)

// address writes a postal address, one element a line, each line starting
// with indent: the company and the person (leaving out skip, the name
// already written above the address), the street lines, the postal code and
// city, and the country's name in the language. Empty elements are left
// out. It returns the number of lines written.
func (w *writer) address(indent string, a order.Address, skip string) int {
	n := 0
	count := func(wrote bool) {
		if wrote {
			n++
		}
	}
	company, name := clean(a.Company), clean(a.Name)
	if company != skip {
		count(w.line(indent, company))
	}
	if name != skip && name != company {
		count(w.line(indent, name))
	}
	for _, s := range a.Lines {
		count(w.line(indent, clean(s)))
	}
	count(w.pair(indent, clean(a.PostalCode), clean(a.City)))
	count(w.line(indent, w.country(a.Country)))
	return n
}

// trader writes the trader's name, address and e-mail address, each line
// starting with indent, and the phone number when withPhone.
func (w *writer) trader(indent string, tr Trader, withPhone bool) {
	name := clean(tr.Name)
	w.line(indent, name)
	w.address(indent, tr.Address, name)
	if email := clean(tr.Email); email != "" {
		w.WriteString(indent)
		w.labelled(w.t.email, email)
	}
	if phone := clean(tr.Phone); withPhone && phone != "" {
		w.WriteString(indent)
		w.labelled(w.t.tele, phone)
	}
}

// addressEmpty reports whether address would write nothing but the names:
// no street, postal code, city or country.
func addressEmpty(a order.Address) bool {
	for _, s := range a.Lines {
		if clean(s) != "" {
			return false
		}
	}
	return clean(a.PostalCode) == "" && clean(a.City) == "" && clean(a.Country) == ""
}

// pair writes a and b on one line, separated by a space, or the one that
// is not empty alone. It reports whether it wrote.
func (w *writer) pair(indent, a, b string) bool {
	switch {
	case a == "":
		return w.line(indent, b)
	case b == "":
		return w.line(indent, a)
	}
	w.WriteString(indent)
	w.WriteString(a)
	w.WriteByte(' ')
	w.WriteString(b)
	w.WriteByte('\n')
	return true
}

// country returns the name of the ISO 3166-1 country code in the language
// ("BE": "Belgique", "België", "Belgien", "Belgium"), from CLDR through
// golang.org/x/text. A code that is not an assigned country is written as
// given: printing it is not a guess, replacing it would be.
func (w *writer) country(code string) string {
	if !order.ValidCountry(code) {
		return clean(code)
	}
	region, err := language.ParseRegion(code)
	if err != nil {
		return code
	}
	if w.regions == nil {
		w.regions = display.Regions(w.l.tag())
	}
	if name := w.regions.Name(region); name != "" {
		return name
	}
	return code
}
