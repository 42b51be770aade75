package vat

// The VAT rate table: one function per country, selected by countryTable.
//
// # Sources
//
//   - European Commission, Taxes in Europe Database (TEDB), VAT rates by
//     category, situation 2025, as extracted from the TEDB
//     VatRetrievalService in the public dataset "Regional VAT Datasets"
//     (github.com/hennrunnel/regional-vat-datasets, EU extract retrieved
//     2025-08-26): the current reduced rates of the 22 members not detailed
//     below. The extract keeps one rate per TEDB category, so each value
//     was cross-checked with a second source where one was found (the
//     country manuals of Marosa VAT and Avalara VATlive, 2024-2025).
//   - law-and-tax.md section 4 (this project) for the standard rates and the
//     2024-2025 changes in EE, FI, SK, RO and LU.
//   - Belgium: Royal Decree no. 20 (tables A and B); SPF Finances circular
//     2020/C/86 and the Royal Decrees on the temporary 6 % horeca rate
//     (2020-06-08 to 2020-12-31, 2021-05-08 to 2021-09-30); the Royal Decree
//     approved on 2026-02-13 (KPMG Belgium, February 2026): accommodation
//     and camping 6 -> 12 and phytopharmaceutical products 12 -> 21 from
//     2026-03-01 (the planned rises for take-away meals, sport and culture
//     were withdrawn); e-books and digital press at the paper rate from
//     2019-04-01 (PwC Belgium).
//   - France: CGI arts 278 to 281 nonies; BOFiP BOI-TVA-LIQ-30-20-40 and
//     -50 (shows and cinemas 5.5 %, sporting events 5.5 % since 2015,
//     museums and exhibitions 10 %).
//   - Netherlands: Wet OB 1968 tabel I; Belastingplan 2025/2026
//     (Belastingdienst, October 2025): accommodation 9 -> 21 from
//     2026-01-01, camping pitches stay at 9 %; culture, media and sport stay
//     at 9 %.
//   - Germany: UStG § 12 and Anlage 2; Zweites Corona-Steuerhilfegesetz
//     (16 % and 5 % from 2020-07-01 to 2020-12-31); the 7 % rate for
//     restaurant food 2020-07-01 to 2023-12-31 and, permanently, from
//     2026-01-01 (Steueränderungsgesetz 2025, § 12 Abs. 2 Nr. 15 UStG).
//   - Luxembourg: LTVA art. 40 and annexes A to C; the law on the temporary
//     reduction of 2023 (17/14/8 -> 16/13/7, 3 unchanged) and the list of
//     3 % supplies published with it (Paperjam, October 2022).
//   - Later changes, from the national announcements as reported by the tax
//     press (vatcalc, VATupdate, Deloitte, BDO, Sovos, 2025-2026):
//     FI 14 -> 13.5 from 2026-01-01 and 10 -> 14 from 2025-01-01 for books,
//     medicines, transport and accommodation; LT 9 -> 12 and books 9 -> 5
//     from 2026-01-01 (Law XV-287); SE food 12 -> 6 from 2026-04-01 to
//     2027-12-31 (Prop. 2025/26:55); IE food-led hospitality 13.5 -> 9 from
//     2026-07-01 (Budget 2026); SK from 2025-01-01; CZ from 2024-01-01 (15
//     and 10 merged into 12, books zero-rated); EE accommodation 9 -> 13
//     from 2025-01-01; RO hospitality 5 -> 9 from 2023-01-01 (GO 16/2022)
//     and the 11 % rate from 2025-08-01.
//
// # Not verified
//
// Values marked "unverified" in a comment could not be checked against a
// second source. Periods of the 22 non-detailed members that start on
// 2025-01-01 carry the TEDB value of 2025: the table does not claim to know
// the earlier history, so Rate answers ErrNoRate before it. A
// category left out of a country is one the table does not know, not one
// the country taxes at the standard rate; where the rate depends on the
// product more than on the category (food in HR and HU), it is left out too.
//
// # Format
//
// Each country has a function mapping a Category to its periods, written
// "YYYY-MM-DD rate; YYYY-MM-DD rate; ...": each period applies from its date
// until the next one, dates strictly increasing. A rate is a percentage with
// at most two decimals, "standard" for the country's standard rate on that
// day, or "-" for a period the table does not know. A category the function
// does not list (it returns "") is one the table does not know for that
// country. The cases use the Category constants, so the compiler rejects an
// unknown or duplicated category; the table tests check the rest.

// countryTable returns the rate table of country, or false when the table
// does not hold that country. The tables are functions returning constant
// strings, so nothing can change them at run time and a lookup allocates
// nothing.
func countryTable(country string) (func(Category) string, bool) {
	switch country {
	case "AT":
		return ratesAT, true
	case "BE":
		return ratesBE, true
	case "BG":
		return ratesBG, true
	case "CH":
		return ratesCH, true
	case "CY":
		return ratesCY, true
	case "CZ":
		return ratesCZ, true
	case "DE":
		return ratesDE, true
	case "DK":
		return ratesDK, true
	case "EE":
		return ratesEE, true
	case "ES":
		return ratesES, true
	case "FI":
		return ratesFI, true
	case "FR":
		return ratesFR, true
	case "GB":
		return ratesGB, true
	case "GR":
		return ratesGR, true
	case "HR":
		return ratesHR, true
	case "HU":
		return ratesHU, true
	case "IE":
		return ratesIE, true
	case "IT":
		return ratesIT, true
	case "LT":
		return ratesLT, true
	case "LU":
		return ratesLU, true
	case "LV":
		return ratesLV, true
	case "MT":
		return ratesMT, true
	case "NL":
		return ratesNL, true
	case "NO":
		return ratesNO, true
	case "PL":
		return ratesPL, true
	case "PT":
		return ratesPT, true
	case "RO":
		return ratesRO, true
	case "SE":
		return ratesSE, true
	case "SI":
		return ratesSI, true
	case "SK":
		return ratesSK, true
	}
	return nil, false
}

// Belgium (detailed). Royal Decree no. 20: table A 6 %, table B 12 %.
func ratesBE(c Category) string {
	switch c {
	case Standard:
		return "2020-01-01 21"
	case Foodstuffs:
		return "2020-01-01 6" // most foodstuffs; a few at 12 % or 21 %
	case NonAlcoholicDrinks:
		return "2020-01-01 6" // sold as goods; served, they follow the restaurant service
	case Water:
		return "2020-01-01 6"
	case Books:
		return "2020-01-01 6"
	case EBooks:
		return "2020-01-01 6" // since 2019-04-01
	case Newspapers:
		// Dailies and weeklies appearing at least 48 times a year, print or
		// digital; other periodicals 6 %.
		return "2020-01-01 0"
	case Medicines:
		return "2020-01-01 6"
	case ReimbursedMedicines:
		return "2020-01-01 6"
	case MedicalAids:
		return "2020-01-01 6"
	case PassengerTransport:
		return "2020-01-01 6"
	case Accommodation:
		return "2020-01-01 6; 2026-03-01 12" // hotels, furnished accommodation, B&Bs, camping
	case Restaurant:
		// 6 % COVID-19 measures: food and non-alcoholic drinks from 2020-06-08,
		// all drinks served from 2021-05-08.
		return "2020-01-01 12; 2020-06-08 6; 2021-01-01 12; 2021-05-08 6; 2021-10-01 12"
	case CultureAdmissions:
		return "2020-01-01 6"
	case SportsAdmissions:
		return "2020-01-01 6"
	case Pesticides:
		return "2020-01-01 12; 2026-03-01 standard"
	}
	return ""
}

// France (detailed). CGI arts 278-0 bis (5.5 %), 279 (10 %), 281 quater
// and 281 octies (2.1 %).
func ratesFR(c Category) string {
	switch c {
	case Standard:
		return "2020-01-01 20"
	case Foodstuffs:
		return "2020-01-01 5.5" // confectionery, chocolate, margarine and caviar 20 %
	case NonAlcoholicDrinks:
		return "2020-01-01 5.5"
	case Water:
		return "2020-01-01 5.5"
	case Books:
		return "2020-01-01 5.5"
	case EBooks:
		return "2020-01-01 5.5"
	case Newspapers:
		return "2020-01-01 2.1" // press publications registered with the CPPAP, print or online
	case Medicines:
		return "2020-01-01 10" // not reimbursable by social security
	case ReimbursedMedicines:
		return "2020-01-01 2.1"
	case MedicalAids:
		return "2020-01-01 5.5"
	case PassengerTransport:
		return "2020-01-01 10"
	case Accommodation:
		return "2020-01-01 10"
	case Restaurant:
		return "2020-01-01 10"
	case CultureAdmissions:
		return "2020-01-01 5.5" // theatre, concerts, circus, cinema; museums and exhibitions 10 %
	case SportsAdmissions:
		return "2020-01-01 5.5"
	}
	return ""
}

// Netherlands (detailed). Wet OB 1968, tabel I (9 % since 2019-01-01).
func ratesNL(c Category) string {
	switch c {
	case Standard:
		return "2020-01-01 21"
	case Foodstuffs:
		return "2020-01-01 9"
	case NonAlcoholicDrinks:
		return "2020-01-01 9"
	case Water:
		return "2020-01-01 9"
	case Books:
		return "2020-01-01 9"
	case EBooks:
		return "2020-01-01 9" // electronic publications at 9 % since 2020-01-01
	case Newspapers:
		return "2020-01-01 9"
	case Medicines:
		return "2020-01-01 9"
	case ReimbursedMedicines:
		return "2020-01-01 9"
	case MedicalAids:
		return "2020-01-01 9"
	case PassengerTransport:
		return "2020-01-01 9"
	case Accommodation:
		return "2020-01-01 9; 2026-01-01 standard" // camping pitches stay at 9 %
	case Restaurant:
		return "2020-01-01 9"
	case CultureAdmissions:
		return "2020-01-01 9"
	case SportsAdmissions:
		return "2020-01-01 9"
	}
	return ""
}

// Germany (detailed). UStG § 12 Abs. 2 and Anlage 2; every 7 % rate was 5 %
// from 2020-07-01 to 2020-12-31.
func ratesDE(c Category) string {
	switch c {
	case Standard:
		return "2020-01-01 19; 2020-07-01 16; 2021-01-01 19"
	case Foodstuffs:
		return "2020-01-01 7; 2020-07-01 5; 2021-01-01 7"
	case NonAlcoholicDrinks:
		return "2020-01-01 standard" // milk drinks 7 %; tap water is water
	case Water:
		return "2020-01-01 7; 2020-07-01 5; 2021-01-01 7"
	case Books:
		return "2020-01-01 7; 2020-07-01 5; 2021-01-01 7"
	case EBooks:
		return "2020-01-01 7; 2020-07-01 5; 2021-01-01 7" // 7 % since 2019-12-18
	case Newspapers:
		return "2020-01-01 7; 2020-07-01 5; 2021-01-01 7"
	case Medicines:
		return "2020-01-01 standard"
	case ReimbursedMedicines:
		return "2020-01-01 standard"
	case MedicalAids:
		// Anlage 2 Nr. 51-52: wheelchairs, prostheses, orthopaedic appliances,
		// hearing aids.
		return "2020-01-01 7; 2020-07-01 5; 2021-01-01 7"
	case PassengerTransport:
		return "2020-01-01 7; 2020-07-01 5; 2021-01-01 7" // local transport, and long-distance rail
	case Accommodation:
		return "2020-01-01 7; 2020-07-01 5; 2021-01-01 7"
	case Restaurant:
		// Food only, drinks served are at the standard rate; 7 % again from
		// 2026-01-01 (Steueränderungsgesetz 2025).
		return "2020-01-01 standard; 2020-07-01 5; 2021-01-01 7; 2024-01-01 standard; 2026-01-01 7"
	case CultureAdmissions:
		return "2020-01-01 7; 2020-07-01 5; 2021-01-01 7" // when not exempt (public theatres, orchestras)
	case SportsAdmissions:
		return "2020-01-01 standard" // unverified; non-profit sports events are exempt
	case Pesticides:
		return "2020-01-01 standard"
	}
	return ""
}

// Luxembourg (detailed). LTVA annexes A (3 %), B (8 %) and C (14 %); in
// 2023 the 17, 14 and 8 % rates were one point lower, 3 % unchanged.
func ratesLU(c Category) string {
	switch c {
	case Standard:
		return "2020-01-01 17; 2023-01-01 16; 2024-01-01 17"
	case Foodstuffs:
		return "2020-01-01 3"
	case NonAlcoholicDrinks:
		return "2020-01-01 3"
	case Water:
		return "2020-01-01 3"
	case Books:
		return "2020-01-01 3"
	case EBooks:
		return "2020-01-01 3" // books on any medium; unverified before 2023
	case Newspapers:
		return "2020-01-01 3"
	case Medicines:
		return "2020-01-01 3"
	case ReimbursedMedicines:
		return "2020-01-01 3"
	case MedicalAids:
		return "2020-01-01 3" // TEDB 2025; unverified before
	case PassengerTransport:
		return "2020-01-01 3" // public transport is free of charge since 2020-03-01
	case Accommodation:
		return "2020-01-01 3"
	case Restaurant:
		return "2020-01-01 3" // alcoholic drinks 17 %
	case CultureAdmissions:
		return "2020-01-01 3"
	case Pesticides:
		// Tariff heading 38.08 is excluded from the 3 % for agricultural
		// inputs; 8 % per TEDB 2025, unverified before.
		return "2020-01-01 8; 2023-01-01 7; 2024-01-01 8"
	}
	return ""
}

// Austria. UStG 1994 § 10; 5 % for restaurants, accommodation, culture and
// publications from 2020-07-01 to 2021-12-31 (§ 28 Abs. 52).
func ratesAT(c Category) string {
	switch c {
	case Standard:
		return "2020-01-01 20"
	case Foodstuffs:
		// A list of basic foodstuffs (Anlage 3) takes 4.9 % from 2026-07-01
		// (BGBl. I Nr. 37/2026, unverified).
		return "2020-01-01 10"
	case Water:
		return "2020-01-01 10"
	case Books:
		return "2020-01-01 10; 2020-07-01 5; 2022-01-01 10"
	case EBooks:
		return "2020-01-01 10; 2020-07-01 5; 2022-01-01 10" // reduced since 2020-01-01
	case Medicines:
		return "2020-01-01 10"
	case PassengerTransport:
		return "2020-01-01 10" // domestic flights 13 %
	case Accommodation:
		return "2020-01-01 10; 2020-07-01 5; 2022-01-01 10"
	case Restaurant:
		return "2020-01-01 10; 2020-07-01 5; 2022-01-01 10"
	}
	return ""
}

// Bulgaria. Reduced rate 9 %.
func ratesBG(c Category) string {
	switch c {
	case Standard:
		return "2020-01-01 20"
	case Foodstuffs:
		return "2020-01-01 standard" // bread and flour 0 % from 2022-07-01 to 2024-12-31, baby food 9 %
	case Water:
		return "2020-01-01 standard"
	case Books:
		return "2020-01-01 standard; 2020-07-01 9"
	case PassengerTransport:
		return "2020-01-01 standard" // unverified
	case Accommodation:
		return "2020-01-01 9"
	case Restaurant:
		return "2020-01-01 standard; 2020-07-01 9; 2025-01-01 standard"
	}
	return ""
}

// Cyprus. Current values from TEDB 2025.
func ratesCY(c Category) string {
	switch c {
	case Standard:
		return "2020-01-01 19"
	case Foodstuffs:
		return "2025-01-01 5" // some basic foodstuffs 0 % until 2025-12-31
	case Water:
		return "2025-01-01 5"
	case Books:
		return "2025-01-01 3" // TEDB 2025, unverified
	case Medicines:
		return "2025-01-01 5"
	case PassengerTransport:
		return "2025-01-01 5" // TEDB 2025, unverified
	case Accommodation:
		return "2025-01-01 9"
	case Restaurant:
		return "2025-01-01 9"
	}
	return ""
}

// Czech Republic. Reduced rates 15 and 10 % merged into 12 % on 2024-01-01
// (Act 349/2023); the earlier split is not in the table.
func ratesCZ(c Category) string {
	switch c {
	case Standard:
		return "2020-01-01 21"
	case Foodstuffs:
		return "2024-01-01 12"
	case Water:
		return "2024-01-01 12" // drinking water supply; bottled water 21 %
	case Books:
		return "2024-01-01 0" // exempt with right of deduction
	case EBooks:
		return "2024-01-01 0"
	case Medicines:
		return "2024-01-01 12"
	case PassengerTransport:
		return "2024-01-01 12"
	case Accommodation:
		return "2024-01-01 12"
	case Restaurant:
		return "2024-01-01 12" // alcoholic drinks and draught beer 21 %
	}
	return ""
}

// Denmark. One rate: food, books and medicines at 25 %.
func ratesDK(c Category) string {
	switch c {
	case Standard:
		return "2020-01-01 25"
	case Foodstuffs:
		return "2020-01-01 standard"
	case Water:
		return "2020-01-01 standard"
	case Books:
		return "2020-01-01 standard"
	case EBooks:
		return "2020-01-01 standard"
	case Newspapers:
		return "2020-01-01 0" // published at least once a month
	case Medicines:
		return "2020-01-01 standard"
	case PassengerTransport:
		return "2020-01-01 0" // exempt
	case Accommodation:
		return "2020-01-01 standard"
	case Restaurant:
		return "2020-01-01 standard"
	}
	return ""
}

// Estonia. Reduced rates 9 % and, for accommodation from 2025, 13 %.
func ratesEE(c Category) string {
	switch c {
	case Standard:
		return "2020-01-01 20; 2024-01-01 22; 2025-07-01 24"
	case Foodstuffs:
		return "2020-01-01 standard"
	case Water:
		return "2020-01-01 standard"
	case Books:
		return "2020-01-01 9"
	case EBooks:
		return "2020-05-01 9" // unverified before 2020-05-01
	case Medicines:
		return "2020-01-01 9"
	case PassengerTransport:
		return "2020-01-01 standard" // unverified
	case Accommodation:
		return "2020-01-01 9; 2025-01-01 13"
	case Restaurant:
		return "2020-01-01 standard"
	}
	return ""
}

// Spain. Reduced 10 %, super-reduced 4 %.
func ratesES(c Category) string {
	switch c {
	case Standard:
		return "2020-01-01 21"
	case Foodstuffs:
		return "2020-01-01 10" // basic foodstuffs 4 % (0 % in 2023 and 2024); oils and pasta 5 % in 2023
	case Water:
		return "2020-01-01 10"
	case Books:
		return "2020-01-01 4"
	case EBooks:
		return "2020-01-01 standard; 2020-04-23 4" // Real Decreto-ley 15/2020
	case Medicines:
		return "2020-01-01 4" // medicines for human use
	case PassengerTransport:
		return "2020-01-01 10"
	case Accommodation:
		return "2020-01-01 10"
	case Restaurant:
		return "2020-01-01 10"
	}
	return ""
}

// Finland. 10 % items (except newspapers) moved to 14 % on 2025-01-01; 14 %
// became 13.5 % on 2026-01-01.
func ratesFI(c Category) string {
	switch c {
	case Standard:
		return "2020-01-01 24; 2024-09-01 25.5"
	case Foodstuffs:
		return "2020-01-01 14; 2026-01-01 13.5"
	case Water:
		return "2020-01-01 standard"
	case Books:
		return "2020-01-01 10; 2025-01-01 14; 2026-01-01 13.5"
	case EBooks:
		return "2020-01-01 10; 2025-01-01 14; 2026-01-01 13.5" // reduced since 2019-07-01
	case Newspapers:
		return "2020-01-01 10"
	case Medicines:
		return "2020-01-01 10; 2025-01-01 14; 2026-01-01 13.5"
	case PassengerTransport:
		return "2020-01-01 10; 2025-01-01 14; 2026-01-01 13.5"
	case Accommodation:
		return "2020-01-01 10; 2025-01-01 14; 2026-01-01 13.5"
	case Restaurant:
		return "2020-01-01 14; 2026-01-01 13.5"
	}
	return ""
}

// United Kingdom (non-EU from 2020-02-01). Zero rate on food, books and
// passenger transport; temporary hospitality rates 2020-2022.
func ratesGB(c Category) string {
	switch c {
	case Standard:
		return "2020-01-01 20"
	case Foodstuffs:
		return "2020-01-01 0" // confectionery, crisps, hot take-away food 20 %
	case Water:
		return "2020-01-01 0" // supplied to households
	case Books:
		return "2020-01-01 0"
	case EBooks:
		return "2020-01-01 standard; 2020-05-01 0"
	case Newspapers:
		return "2020-01-01 0" // electronic ones 0 % from 2020-05-01
	case Medicines:
		return "2020-01-01 standard" // dispensed on prescription 0 %
	case PassengerTransport:
		return "2020-01-01 0"
	case Accommodation:
		return "2020-01-01 standard; 2020-07-15 5; 2021-10-01 12.5; 2022-04-01 standard"
	case Restaurant:
		return "2020-01-01 standard; 2020-07-15 5; 2021-10-01 12.5; 2022-04-01 standard"
	}
	return ""
}

// Greece. Current values from TEDB 2025; the islands' 30 % reduction is
// not in the table.
func ratesGR(c Category) string {
	switch c {
	case Standard:
		return "2020-01-01 24"
	case Foodstuffs:
		return "2025-01-01 13"
	case Water:
		return "2025-01-01 13" // TEDB 2025, unverified
	case Books:
		return "2025-01-01 6"
	case Medicines:
		return "2025-01-01 6"
	case PassengerTransport:
		return "2025-01-01 13"
	case Accommodation:
		return "2025-01-01 13"
	case Restaurant:
		return "2025-01-01 13"
	}
	return ""
}

// Croatia. Current values from TEDB 2025; food is split between 5, 13 and
// 25 % by product and is left out.
func ratesHR(c Category) string {
	switch c {
	case Standard:
		return "2020-01-01 25"
	case Water:
		return "2025-01-01 13"
	case Books:
		return "2025-01-01 5"
	case Medicines:
		return "2025-01-01 5" // approved medicines on prescription
	case Accommodation:
		return "2025-01-01 13"
	case Restaurant:
		return "2025-01-01 13"
	}
	return ""
}

// Hungary. Current values from TEDB 2025 and Avalara VATlive; food is split
// between 5, 18 and 27 % by product and is left out.
func ratesHU(c Category) string {
	switch c {
	case Standard:
		return "2020-01-01 27"
	case Books:
		return "2025-01-01 5"
	case EBooks:
		return "2025-01-01 standard" // "books (excluding e-books)"
	case Medicines:
		return "2025-01-01 5"
	case Accommodation:
		return "2025-01-01 5"
	case Restaurant:
		return "2025-01-01 5"
	}
	return ""
}

// Ireland. Standard 21 % from 2020-09-01 to 2021-02-28; the 9 % hospitality
// rate from 2020-11-01 to 2023-08-31, and for food-led hospitality again
// from 2026-07-01 (Budget 2026).
func ratesIE(c Category) string {
	switch c {
	case Standard:
		return "2020-01-01 23; 2020-09-01 21; 2021-03-01 23"
	case Foodstuffs:
		return "2020-01-01 0" // most foodstuffs; confectionery, snacks 23 %
	case Books:
		return "2020-01-01 0"
	case EBooks:
		return "2020-01-01 9; 2022-05-01 0" // zero-rated by Finance Act 2021; date unverified
	case Newspapers:
		return "2020-01-01 9"
	case Medicines:
		return "2020-01-01 0" // oral medicines; others 23 %
	case PassengerTransport:
		return "2020-01-01 0" // exempt
	case Accommodation:
		return "2020-01-01 13.5; 2020-11-01 9; 2023-09-01 13.5"
	case Restaurant:
		return "2020-01-01 13.5; 2020-11-01 9; 2023-09-01 13.5; 2026-07-01 9"
	}
	return ""
}

// Italy. Reduced 10 % and 5 %, super-reduced 4 %.
func ratesIT(c Category) string {
	switch c {
	case Standard:
		return "2020-01-01 22"
	case Foodstuffs:
		return "2020-01-01 10" // basic foodstuffs (bread, milk, fruit, vegetables) 4 %
	case Water:
		return "2020-01-01 10"
	case Books:
		return "2020-01-01 4"
	case EBooks:
		return "2020-01-01 4"
	case Newspapers:
		return "2020-01-01 4"
	case Medicines:
		return "2020-01-01 10"
	case PassengerTransport:
		return "2020-01-01 10"
	case Accommodation:
		return "2020-01-01 10"
	case Restaurant:
		return "2020-01-01 10"
	}
	return ""
}

// Lithuania. 9 % became 12 % on 2026-01-01, and books moved to 5 % (Law
// XV-287); food is at the standard rate.
func ratesLT(c Category) string {
	switch c {
	case Standard:
		return "2020-01-01 21"
	case Foodstuffs:
		return "2020-01-01 standard"
	case Books:
		return "2020-01-01 9; 2026-01-01 5"
	case EBooks:
		return "2020-01-01 standard; 2023-01-01 9; 2026-01-01 5"
	case PassengerTransport:
		return "2020-01-01 9; 2026-01-01 12" // regular routes
	case Accommodation:
		return "2020-01-01 9; 2026-01-01 12"
	}
	return ""
}

// Latvia. Reduced 12 % and 5 %; most food at the standard rate.
func ratesLV(c Category) string {
	switch c {
	case Standard:
		return "2020-01-01 21"
	case Foodstuffs:
		return "2020-01-01 standard" // fresh fruit and vegetables 5 %, infant food 12 %
	case Books:
		return "2025-01-01 5"
	case Medicines:
		return "2025-01-01 12"
	case PassengerTransport:
		return "2025-01-01 12"
	case Accommodation:
		return "2025-01-01 12"
	case Restaurant:
		return "2020-01-01 standard"
	}
	return ""
}

// Malta. Zero rate on food and medicines.
func ratesMT(c Category) string {
	switch c {
	case Standard:
		return "2020-01-01 18"
	case Foodstuffs:
		return "2020-01-01 0"
	case Water:
		return "2020-01-01 0" // exempt
	case Books:
		return "2020-01-01 5"
	case EBooks:
		return "2025-01-01 5" // TEDB 2025, unverified before
	case Medicines:
		return "2020-01-01 0"
	case PassengerTransport:
		return "2020-01-01 0" // scheduled passenger transport, exempt
	case Accommodation:
		return "2020-01-01 7"
	}
	return ""
}

// Norway (non-EU). The 12 % rate was lowered temporarily between 2020-04-01
// and 2021-09-30 (8 %, then 6 %); the periods are not in the table.
func ratesNO(c Category) string {
	switch c {
	case Standard:
		return "2020-01-01 25"
	case Foodstuffs:
		return "2020-01-01 15"
	case Books:
		return "2020-01-01 0"
	case EBooks:
		return "2020-01-01 0"
	case Newspapers:
		return "2020-01-01 0"
	case Medicines:
		return "2020-01-01 standard"
	case PassengerTransport:
		return "2020-01-01 12; 2020-04-01 -; 2021-10-01 12"
	case Accommodation:
		return "2020-01-01 12; 2020-04-01 -; 2021-10-01 12"
	case Restaurant:
		return "2020-01-01 standard" // take-away food 15 %
	}
	return ""
}

// Poland. Reduced 8 % and 5 %; 5 % foodstuffs at 0 % from 2022-02-01 to
// 2024-03-31.
func ratesPL(c Category) string {
	switch c {
	case Standard:
		return "2020-01-01 23"
	case Foodstuffs:
		return "2020-01-01 5; 2022-02-01 0; 2024-04-01 5" // basic foodstuffs; processed foods 8 %
	case Water:
		return "2020-01-01 8"
	case Books:
		return "2020-01-01 5"
	case EBooks:
		return "2020-01-01 5"
	case Medicines:
		return "2020-01-01 8"
	case PassengerTransport:
		return "2020-01-01 8"
	case Accommodation:
		return "2020-01-01 8"
	case Restaurant:
		return "2020-01-01 8"
	}
	return ""
}

// Portugal (mainland; the Azores and Madeira have lower rates). Reduced 6 %,
// intermediate 13 %.
func ratesPT(c Category) string {
	switch c {
	case Standard:
		return "2020-01-01 23"
	case Foodstuffs:
		// Basic foodstuffs (an essential basket was at 0 % from 2023-04-18 to
		// 2023-12-31); other foodstuffs 13 or 23 %.
		return "2020-01-01 6"
	case Water:
		return "2020-01-01 6"
	case Books:
		return "2020-01-01 6"
	case EBooks:
		return "2025-01-01 6" // TEDB 2025, unverified before
	case Medicines:
		return "2020-01-01 6"
	case PassengerTransport:
		return "2020-01-01 6"
	case Accommodation:
		return "2020-01-01 6"
	case Restaurant:
		return "2020-01-01 13" // drinks other than water and milk 23 %
	}
	return ""
}

// Romania. From 2025-08-01 the 5 and 9 % rates are one 11 % rate.
func ratesRO(c Category) string {
	switch c {
	case Standard:
		return "2020-01-01 19; 2025-08-01 21"
	case Foodstuffs:
		return "2020-01-01 9; 2025-08-01 11"
	case Water:
		return "2020-01-01 9; 2025-08-01 11"
	case Books:
		return "2020-01-01 5; 2025-08-01 11"
	case Medicines:
		return "2020-01-01 9; 2025-08-01 11"
	case Accommodation:
		return "2020-01-01 5; 2023-01-01 9; 2025-08-01 11"
	case Restaurant:
		return "2020-01-01 5; 2023-01-01 9; 2025-08-01 11"
	}
	return ""
}

// Sweden. Reduced 12 % and 6 %; food at 6 % from 2026-04-01 to 2027-12-31
// (Prop. 2025/26:55).
func ratesSE(c Category) string {
	switch c {
	case Standard:
		return "2020-01-01 25"
	case Foodstuffs:
		return "2020-01-01 12; 2026-04-01 6; 2028-01-01 12" // the 6 % covers bottled water, not tap water
	case Water:
		return "2020-01-01 standard"
	case Books:
		return "2020-01-01 6"
	case EBooks:
		return "2020-01-01 6"
	case Newspapers:
		return "2020-01-01 6"
	case Medicines:
		return "2020-01-01 standard" // dispensed on prescription 0 %
	case PassengerTransport:
		return "2020-01-01 6"
	case Accommodation:
		return "2020-01-01 12"
	case Restaurant:
		return "2020-01-01 12"
	}
	return ""
}

// Slovenia. Reduced 9.5 % and 5 %.
func ratesSI(c Category) string {
	switch c {
	case Standard:
		return "2020-01-01 22"
	case Foodstuffs:
		return "2020-01-01 9.5"
	case Water:
		return "2020-01-01 9.5"
	case Books:
		return "2020-01-01 5" // unverified for 2020
	case EBooks:
		return "2020-01-01 5" // unverified for 2020
	case Newspapers:
		return "2020-01-01 5"
	case Medicines:
		return "2020-01-01 9.5"
	case PassengerTransport:
		return "2020-01-01 9.5"
	case Accommodation:
		return "2020-01-01 9.5"
	case Restaurant:
		return "2020-01-01 9.5"
	}
	return ""
}

// Slovakia. Reduced 19 % and 5 % from 2025-01-01 (Act 278/2024); the
// earlier 10 % items are not in the table.
func ratesSK(c Category) string {
	switch c {
	case Standard:
		return "2020-01-01 20; 2025-01-01 23"
	case Foodstuffs:
		return "2025-01-01 19" // basic foodstuffs (meat, milk, bread, fruit, vegetables) 5 %
	case Water:
		return "2025-01-01 standard"
	case Books:
		return "2025-01-01 5"
	case Medicines:
		return "2025-01-01 5"
	case PassengerTransport:
		return "2025-01-01 standard"
	case Accommodation:
		return "2025-01-01 5"
	case Restaurant:
		return "2025-01-01 5" // TEDB 2025; some sources give 19 %, unverified
	}
	return ""
}

// Switzerland (non-EU). Rates raised on 2024-01-01.
func ratesCH(c Category) string {
	switch c {
	case Standard:
		return "2020-01-01 7.7; 2024-01-01 8.1"
	case Foodstuffs:
		return "2020-01-01 2.5; 2024-01-01 2.6"
	case NonAlcoholicDrinks:
		return "2020-01-01 2.5; 2024-01-01 2.6"
	case Water:
		return "2020-01-01 2.5; 2024-01-01 2.6"
	case Books:
		return "2020-01-01 2.5; 2024-01-01 2.6"
	case EBooks:
		return "2020-01-01 2.5; 2024-01-01 2.6"
	case Newspapers:
		return "2020-01-01 2.5; 2024-01-01 2.6"
	case Medicines:
		return "2020-01-01 2.5; 2024-01-01 2.6"
	case PassengerTransport:
		return "2020-01-01 standard"
	case Accommodation:
		return "2020-01-01 3.7; 2024-01-01 3.8"
	case Restaurant:
		return "2020-01-01 standard"
	}
	return ""
}
