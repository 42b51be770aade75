package shipping

import "github.com/comptoir/comptoir/internal/territory"

// SpecialArea reports the area carriers surcharge or exclude that d lies
// in ("Corsica", "the Balearic Islands", "Madeira", "the Azores", "the
// Greek islands", "the German North Sea islands", "the Dutch Wadden
// islands", "the Channel Islands"),
// recognised by country and postal code (shipping.md, special territories,
// list 2).
func (d Destination) SpecialArea() (string, bool) {
	return territory.SurchargeArea(d.Country, territory.NormalPostal(d.Country, d.PostalCode))
}

// OutsideVATArea reports whether d lies outside the EU VAT area although in
// an EU country (the Canary Islands, Ceuta, Melilla, Heligoland, Büsingen,
// Livigno, Campione d'Italia, Mount Athos, Åland, the French overseas
// departments: shipping.md list 1), so that the parcel needs customs
// papers, with the reason. It is the list pricing/vat exports to, so the
// two always agree.
func (d Destination) OutsideVATArea() (string, bool) {
	return territory.OutsideVATArea(d.Country, territory.NormalPostal(d.Country, d.PostalCode))
}

// SpecialAreas lists the names SpecialArea returns, for configuring
// surcharges by area.
func SpecialAreas() []string {
	areas := territory.Areas()
	names := make([]string, len(areas))
	for i, a := range areas {
		names[i] = a.Name
	}
	return names
}

func knownArea(name string) bool {
	for _, a := range territory.Areas() {
		if a.Name == name {
			return true
		}
	}
	return false
}
