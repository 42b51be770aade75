package territory

import "strings"

// This file holds list 2 of shipping.md, section "Special territories":
// areas that carriers surcharge or exclude although (Channel Islands
// apart) they are inside the EU VAT area. It is a different list from
// OutsideVATArea: the Balearics, Madeira, the Azores and Corsica are inside
// the VAT area but are surcharged; Heligoland is on both lists.
//
// Every postal code below is taken from the source named next to it. Where
// a source could not establish a complete list, the Area says so in its
// Note and the gap is left open rather than filled by guesswork.

// Area is one area that carriers surcharge or exclude.
type Area struct {
	// Name is the area's English name, as SurchargeArea returns it.
	Name string
	// Country is the ISO 3166-1 code its postal codes are written under.
	Country string
	// Codes describes the postal codes recognised, for people.
	Codes string
	// Source is where those postal codes come from.
	Source string
	// Note records what is known to be missing or unsure, if anything.
	Note string
}

// span is an inclusive range of postal code prefixes: a normalised postal
// code is inside when its first len(lo) characters, all digits, sort
// between lo and hi. lo and hi have the same length.
type span struct{ lo, hi string }

func (s span) has(postal string) bool {
	if len(postal) < len(s.lo) {
		return false
	}
	p := postal[:len(s.lo)]
	for _, r := range p {
		if r < '0' || r > '9' {
			return false
		}
	}
	return p >= s.lo && p <= s.hi
}

// rule ties an Area to the postal codes and own ISO codes that select it.
type rule struct {
	area Area
	// spans match postal codes written under area.Country.
	spans []span
	// match, when set, replaces spans (for codes that are not digits).
	match func(postal string) bool
	// isoCodes are country codes that select the area whatever the postal
	// code, for addresses written under the territory's own ISO code.
	isoCodes []string
}

func one(code string) span { return span{code, code} }

// surchargeRules builds the table on each call, so that nothing in the
// package can be changed by a caller.
func surchargeRules() []rule {
	return []rule{
		{
			area: Area{
				Name: "Corsica", Country: "FR", Codes: "20xxx",
				// The Corsican départements are 2A and 2B in the INSEE
				// code but postal codes kept the prefix 20.
				Source: "COGugaison, modification_Corse (https://rdrr.io/github/antuki/COGugaison/man/modification_Corse.html): " +
					"\"Les codes postaux conservent d'ailleurs aujourd'hui le préfixe historique 20\"; " +
					"DPD Germany surcharges Corsica (https://support.sendcloud.com/hc/en-us/articles/4416901894036-DPD-Surcharges-Germany)",
			},
			spans: []span{one("20")},
		},
		{
			area: Area{
				Name: "the Balearic Islands", Country: "ES", Codes: "07xxx",
				Source: "Spanish postal codes begin with the province number, 07 Illes Balears " +
					"(https://memim.com/list-of-postal-codes-in-spain.html); " +
					"DPD Germany surcharges the Balearics (https://support.sendcloud.com/hc/en-us/articles/4416901894036-DPD-Surcharges-Germany)",
			},
			spans: []span{one("07")},
		},
		{
			area: Area{
				Name: "Madeira", Country: "PT", Codes: "9000-9499 (Madeira and Porto Santo)",
				Source: "postal prefixes 90-94 are the Região Autónoma da Madeira " +
					"(github.com/rafascborges/KNOW-NET-COMPET, sources/lookups/regex_postal_district.py); " +
					"DPD Germany surcharges Madeira (https://support.sendcloud.com/hc/en-us/articles/4416901894036-DPD-Surcharges-Germany)",
				Note: "the brief's 9000-9399 would leave out Porto Santo (9400); the source gives 90-94",
			},
			spans: []span{{"90", "94"}},
		},
		{
			area: Area{
				Name: "the Azores", Country: "PT", Codes: "9500-9999",
				Source: "postal prefixes 95-99 are the Região Autónoma dos Açores " +
					"(github.com/rafascborges/KNOW-NET-COMPET, sources/lookups/regex_postal_district.py; " +
					"driesvints/vat-calculator PR #174: Azores 9[5-9]xx-xxx); " +
					"DPD Germany surcharges the Azores (https://support.sendcloud.com/hc/en-us/articles/4416901894036-DPD-Surcharges-Germany)",
			},
			spans: []span{{"95", "99"}},
		},
		{
			area: Area{
				Name: "the Greek islands", Country: "GR",
				Codes: "28xxx-29xxx (Kefalonia, Ithaca, Zakynthos), 31xxx (Lefkada), 49xxx (Corfu), " +
					"70xxx-74xxx (Crete), 80xxx (Kythira), 81xxx-85xxx (Aegean islands: North Aegean, Cyclades, Dodecanese)",
				Source: "German Wikipedia, Postleitzahl (Griechenland), postal regions by first two digits " +
					"(http://de.wikipedia.org/wiki/Postleitzahl_(Griechenland))",
				Note: "only the postal regions that are wholly islands; islands sharing a region with the mainland " +
					"are not recognised: the Saronic islands (Aegina, Salamis, Poros, Hydra, Spetses; Attica 18xxx), " +
					"the Sporades (Magnesia 37xxx), Thasos and Samothrace (64xxx, 68xxx) and Euboea; no carrier's own " +
					"Greek island list was found; Lefkada (31xxx) is joined to the mainland by a bridge",
			},
			spans: []span{{"28", "29"}, one("31"), one("49"), {"70", "74"}, {"80", "85"}},
		},
		{
			area: Area{
				Name: "the German North Sea islands", Country: "DE",
				Codes: "North Frisian 25849 (Pellworm), 25859, 25863, 25869 (Halligen), 25938 (Föhr), 25946 (Amrum), " +
					"25980, 25992, 25996, 25999 (Sylt); East Frisian 26465 (Langeoog), 26474 (Spiekeroog), 26486 (Wangerooge), " +
					"26548 (Norderney), 26571 (Juist), 26579 (Baltrum), 26757 (Borkum); 27498 (Heligoland); 27499 (Neuwerk)",
				Source: "DPD Germany island surcharge list as published by Amazon " +
					"(https://support.spacegoats.io/amazon-with-spacegoats/german-prime-tariffs-for-dpd-pickup); " +
					"the same codes are inside the ranges of a merchant's Inselzuschlag list (https://gastrodax.de/inselzuschlag)",
				Note: "the merchant list adds ranges whose islands it does not name (25845-25847 incl. Nordstrand, " +
					"a peninsula; 25929-25933, 25939-25942, 25947-25949, 25952-25955, 25961-25970, 25985-25986, " +
					"25988-25990, 25993-25994, 25997-25998); they are not recognised here. Heligoland is also outside " +
					"the VAT area (OutsideVATArea). Hiddensee (18565, Baltic) is on the DPD list but not in the spec",
			},
			spans: []span{
				one("25849"), one("25859"), one("25863"), one("25869"), one("25938"), one("25946"),
				one("25980"), one("25992"), one("25996"), one("25999"),
				one("26465"), one("26474"), one("26486"), one("26548"), one("26571"), one("26579"), one("26757"),
				one("27498"), one("27499"),
			},
		},
		{
			area: Area{
				Name: "the Dutch Wadden islands", Country: "NL",
				Codes: "1790-1797 (Texel), 8899 (Vlieland), 8881-8885 and 8891-8897 (Terschelling), " +
					"9161-9164 (Ameland), 9166 (Schiermonnikoog)",
				Source: "Wikipedia infoboxes (mirrors): Texel PLZ 1790-1797 (https://perceptiode.com/Тексел_(остров)); " +
					"Vlieland 8899 (https://wikipedia2007.classicistranieri.com/de/v/l/i/Vlieland.html); " +
					"Terschelling 8881-8885, 8891-8897 (https://de.zxc.wiki/wiki/Terschelling); " +
					"Ameland 9161-9164 (http://www.knowledgr.de/00049979/Ameland); " +
					"Schiermonnikoog 9166 (https://de.frwiki.wiki/wiki/Schiermonnikoog)",
				Note: "no carrier's own list was found; the Terschelling infobox also lists 1794, which is a Texel " +
					"code and is counted under Texel",
			},
			spans: []span{{"1790", "1797"}, one("8899"), {"8881", "8885"}, {"8891", "8897"}, {"9161", "9164"}, one("9166")},
		},
		{
			area: Area{
				Name: "the Channel Islands", Country: "GB",
				Codes: "GY1-GY10 (Bailiwick of Guernsey: Guernsey, Alderney GY9, Sark GY10, Herm, Jethou), " +
					"JE1-JE5 (Jersey); or the ISO codes GG and JE",
				Source: "GY postcode area (https://en.wikipedia.org/wiki/GY_postcode_area); " +
					"JE postcode area, districts JE1-JE5 (https://probsee.com/p/JE_postcode_area)",
				Note: "outside the EU and outside the UK VAT area (Crown Dependencies): goods go with customs " +
					"paperwork from both; OutsideVATArea, which covers EU countries' territories, does not list them. " +
					"The Isle of Man (IM) is not in the spec and not recognised",
			},
			match: func(postal string) bool {
				return (strings.HasPrefix(postal, "GY") || strings.HasPrefix(postal, "JE")) &&
					len(postal) > 2 && postal[2] >= '0' && postal[2] <= '9'
			},
			isoCodes: []string{"GG", "JE"},
		},
	}
}

// SurchargeArea recognises the areas that carriers surcharge or exclude
// (shipping.md, "Special territories", list 2) and returns the area's name.
// postal must be normalised by NormalPostal. An address written under the
// territory's own ISO code (GG, JE) is recognised whatever its postal code.
func SurchargeArea(country, postal string) (string, bool) {
	for _, r := range surchargeRules() {
		for _, iso := range r.isoCodes {
			if country == iso {
				return r.area.Name, true
			}
		}
		if country != r.area.Country {
			continue
		}
		if r.match != nil {
			if r.match(postal) {
				return r.area.Name, true
			}
			continue
		}
		for _, s := range r.spans {
			if s.has(postal) {
				return r.area.Name, true
			}
		}
	}
	return "", false
}

// Areas lists the areas SurchargeArea recognises, with their postal codes,
// sources and known gaps, in a fresh slice.
func Areas() []Area {
	rules := surchargeRules()
	out := make([]Area, len(rules))
	for i, r := range rules {
		out[i] = r.area
	}
	return out
}
