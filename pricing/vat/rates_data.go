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
//     3 % supplies published with it (Paperjam, October 2022). The 14 %
//     rate (13 % in 2023) covers wines of 13 % vol. or less (not sparkling,
//     liqueur or fortified), solid mineral fuels, mineral oils and wood for
//     fuel other than firewood, washing and cleaning products, printed
//     advertising, commercial catalogues and tourism publications, heat,
//     cooling and steam not from heating networks, safe custody and
//     administration of securities, and the administration of credit (TEDB
//     data as published by thevatman.eu; chronicle.lu, January 2023). No
//     Category covers any of these, so no Category reaches 14 %: such goods
//     are not Standard in Luxembourg, and the table does not price them.
//   - The history since 2020 of the 22 members other than BE, FR, NL, DE and
//     LU (cited at each country): the European Commission's booklet "VAT
//     rates applied in the Member States of the European Union" (situation
//     at 1 January) was searched for, but its 2020-2024 editions were not
//     available; the history comes instead from the national sources and
//     the tax press named at each function (laws and decrees, tax
//     administrations, Tolley's EU and Global VAT appendices, Marosa,
//     Sovos, KPMG, VAT Calc, VATupdate, national news agencies), each
//     period checked against the current TEDB value where it reaches 2025.
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
// # Not verified, not known
//
// Values marked "unverified" in a comment could not be checked against a
// second source. A list whose first period starts after 2020-01-01 would
// mark a history the table does not claim to know (Rate answers ErrNoRate
// before it); no category has one now, the EE, MT and PT e-book histories
// having been established. A kindUnknown period marks days whose
// rate the sources leave open: GR e-books from 2021-07-01 to 2021-07-17.
// A category left out of a country is one the table does not know, not one
// the country taxes at the standard rate: IE water among the common
// categories (see the comment at ratesIE).
//
// # Categories that straddle rates
//
// Foodstuffs is the rate of food in general. Where food in general is at
// the standard rate but listed basic foods are reduced by product (HR:
// 5/13/25 %; HU: 5/18/27 %), the table gives the rate of those basic foods
// and says so at the entry; within one country the entry follows the same
// goods over time. Medicines includes non-prescription medicines: where
// only prescription or reimbursed medicines are reduced (LT) it is the
// standard rate, and ReimbursedMedicines has the reduced one.
//
// # Format
//
// Each country has a function mapping a Category to its periods, a
// fixed-size array literal of {first day, rate, kind} in increasing order
// of first day: each period applies from its first day (a date key,
// 2026_03_01) until the next one. The rate is in hundredths of a percent,
// written with a digit separator so that it reads as a percentage: 21_00
// is 21 %, 5_50 is 5.5 %, 0 is a zero rate. The kind is kindRate for such
// a rate, kindStandard for the country's standard rate on that day, or
// kindUnknown for a period the table does not know. A category the
// function does not list (it returns periods{}) is one the table does not
// know for that country. The cases use the Category constants, so the
// compiler rejects an unknown or duplicated category, and a list longer
// than maxPeriods; the table tests check the rest (order, no period that
// changes nothing, rates between 0 and 30 %).

// countryTable returns the rate table of country, or false when the table
// does not hold that country. The tables are functions returning array
// literals by value, so nothing can change them at run time and a lookup
// allocates nothing.
func countryTable(country string) (func(Category) periods, bool) {
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
func ratesBE(c Category) periods {
	switch c {
	case Standard:
		return periods{{2020_01_01, 21_00, kindRate}}
	case Foodstuffs:
		return periods{{2020_01_01, 6_00, kindRate}} // most foodstuffs; a few at 12 % or 21 %
	case NonAlcoholicDrinks:
		return periods{{2020_01_01, 6_00, kindRate}} // sold as goods; served, they follow the restaurant service
	case Water:
		return periods{{2020_01_01, 6_00, kindRate}}
	case Books:
		return periods{{2020_01_01, 6_00, kindRate}}
	case EBooks:
		return periods{{2020_01_01, 6_00, kindRate}} // since 2019-04-01
	case Newspapers:
		// Dailies and weeklies appearing at least 48 times a year, print or
		// digital; other periodicals 6 %.
		return periods{{2020_01_01, 0, kindRate}}
	case Medicines:
		return periods{{2020_01_01, 6_00, kindRate}}
	case ReimbursedMedicines:
		return periods{{2020_01_01, 6_00, kindRate}}
	case MedicalAids:
		return periods{{2020_01_01, 6_00, kindRate}}
	case PassengerTransport:
		return periods{{2020_01_01, 6_00, kindRate}}
	case Accommodation:
		return periods{{2020_01_01, 6_00, kindRate}, {2026_03_01, 12_00, kindRate}} // hotels, furnished accommodation, B&Bs, camping
	case Restaurant:
		// 6 % COVID-19 measures: food and non-alcoholic drinks from 2020-06-08,
		// all drinks served from 2021-05-08.
		return periods{
			{2020_01_01, 12_00, kindRate},
			{2020_06_08, 6_00, kindRate},
			{2021_01_01, 12_00, kindRate},
			{2021_05_08, 6_00, kindRate},
			{2021_10_01, 12_00, kindRate},
		}
	case CultureAdmissions:
		return periods{{2020_01_01, 6_00, kindRate}}
	case SportsAdmissions:
		return periods{{2020_01_01, 6_00, kindRate}}
	case Pesticides:
		return periods{{2020_01_01, 12_00, kindRate}, {2026_03_01, 0, kindStandard}}
	}
	return periods{}
}

// France (detailed). CGI arts 278-0 bis (5.5 %), 279 (10 %), 281 quater
// and 281 octies (2.1 %).
func ratesFR(c Category) periods {
	switch c {
	case Standard:
		return periods{{2020_01_01, 20_00, kindRate}}
	case Foodstuffs:
		return periods{{2020_01_01, 5_50, kindRate}} // confectionery, chocolate, margarine and caviar 20 %
	case NonAlcoholicDrinks:
		return periods{{2020_01_01, 5_50, kindRate}}
	case Water:
		return periods{{2020_01_01, 5_50, kindRate}}
	case Books:
		return periods{{2020_01_01, 5_50, kindRate}}
	case EBooks:
		return periods{{2020_01_01, 5_50, kindRate}}
	case Newspapers:
		return periods{{2020_01_01, 2_10, kindRate}} // press publications registered with the CPPAP, print or online
	case Medicines:
		return periods{{2020_01_01, 10_00, kindRate}} // not reimbursable by social security
	case ReimbursedMedicines:
		return periods{{2020_01_01, 2_10, kindRate}}
	case MedicalAids:
		return periods{{2020_01_01, 5_50, kindRate}}
	case PassengerTransport:
		return periods{{2020_01_01, 10_00, kindRate}}
	case Accommodation:
		return periods{{2020_01_01, 10_00, kindRate}}
	case Restaurant:
		return periods{{2020_01_01, 10_00, kindRate}}
	case CultureAdmissions:
		return periods{{2020_01_01, 5_50, kindRate}} // theatre, concerts, circus, cinema; museums and exhibitions 10 %
	case SportsAdmissions:
		return periods{{2020_01_01, 5_50, kindRate}}
	}
	return periods{}
}

// Netherlands (detailed). Wet OB 1968, tabel I (9 % since 2019-01-01).
func ratesNL(c Category) periods {
	switch c {
	case Standard:
		return periods{{2020_01_01, 21_00, kindRate}}
	case Foodstuffs:
		return periods{{2020_01_01, 9_00, kindRate}}
	case NonAlcoholicDrinks:
		return periods{{2020_01_01, 9_00, kindRate}}
	case Water:
		return periods{{2020_01_01, 9_00, kindRate}}
	case Books:
		return periods{{2020_01_01, 9_00, kindRate}}
	case EBooks:
		return periods{{2020_01_01, 9_00, kindRate}} // electronic publications at 9 % since 2020-01-01
	case Newspapers:
		return periods{{2020_01_01, 9_00, kindRate}}
	case Medicines:
		return periods{{2020_01_01, 9_00, kindRate}}
	case ReimbursedMedicines:
		return periods{{2020_01_01, 9_00, kindRate}}
	case MedicalAids:
		return periods{{2020_01_01, 9_00, kindRate}}
	case PassengerTransport:
		return periods{{2020_01_01, 9_00, kindRate}}
	case Accommodation:
		return periods{{2020_01_01, 9_00, kindRate}, {2026_01_01, 0, kindStandard}} // camping pitches stay at 9 %
	case Restaurant:
		return periods{{2020_01_01, 9_00, kindRate}}
	case CultureAdmissions:
		return periods{{2020_01_01, 9_00, kindRate}}
	case SportsAdmissions:
		return periods{{2020_01_01, 9_00, kindRate}}
	}
	return periods{}
}

// Germany (detailed). UStG § 12 Abs. 2 and Anlage 2; every 7 % rate was 5 %
// from 2020-07-01 to 2020-12-31.
func ratesDE(c Category) periods {
	switch c {
	case Standard:
		return periods{
			{2020_01_01, 19_00, kindRate},
			{2020_07_01, 16_00, kindRate},
			{2021_01_01, 19_00, kindRate},
		}
	case Foodstuffs:
		return periods{
			{2020_01_01, 7_00, kindRate},
			{2020_07_01, 5_00, kindRate},
			{2021_01_01, 7_00, kindRate},
		}
	case NonAlcoholicDrinks:
		return periods{{2020_01_01, 0, kindStandard}} // milk drinks 7 %; tap water is water
	case Water:
		return periods{
			{2020_01_01, 7_00, kindRate},
			{2020_07_01, 5_00, kindRate},
			{2021_01_01, 7_00, kindRate},
		}
	case Books:
		return periods{
			{2020_01_01, 7_00, kindRate},
			{2020_07_01, 5_00, kindRate},
			{2021_01_01, 7_00, kindRate},
		}
	case EBooks:
		return periods{ // 7 % since 2019-12-18
			{2020_01_01, 7_00, kindRate},
			{2020_07_01, 5_00, kindRate},
			{2021_01_01, 7_00, kindRate},
		}
	case Newspapers:
		return periods{
			{2020_01_01, 7_00, kindRate},
			{2020_07_01, 5_00, kindRate},
			{2021_01_01, 7_00, kindRate},
		}
	case Medicines:
		return periods{{2020_01_01, 0, kindStandard}}
	case ReimbursedMedicines:
		return periods{{2020_01_01, 0, kindStandard}}
	case MedicalAids:
		// Anlage 2 Nr. 51-52: wheelchairs, prostheses, orthopaedic appliances,
		// hearing aids.
		return periods{
			{2020_01_01, 7_00, kindRate},
			{2020_07_01, 5_00, kindRate},
			{2021_01_01, 7_00, kindRate},
		}
	case PassengerTransport:
		return periods{ // local transport, and long-distance rail
			{2020_01_01, 7_00, kindRate},
			{2020_07_01, 5_00, kindRate},
			{2021_01_01, 7_00, kindRate},
		}
	case Accommodation:
		return periods{
			{2020_01_01, 7_00, kindRate},
			{2020_07_01, 5_00, kindRate},
			{2021_01_01, 7_00, kindRate},
		}
	case Restaurant:
		// Food only, drinks served are at the standard rate; 7 % again from
		// 2026-01-01 (Steueränderungsgesetz 2025).
		return periods{
			{2020_01_01, 0, kindStandard},
			{2020_07_01, 5_00, kindRate},
			{2021_01_01, 7_00, kindRate},
			{2024_01_01, 0, kindStandard},
			{2026_01_01, 7_00, kindRate},
		}
	case CultureAdmissions:
		return periods{ // when not exempt (public theatres, orchestras)
			{2020_01_01, 7_00, kindRate},
			{2020_07_01, 5_00, kindRate},
			{2021_01_01, 7_00, kindRate},
		}
	case SportsAdmissions:
		return periods{{2020_01_01, 0, kindStandard}} // unverified; non-profit sports events are exempt
	case Pesticides:
		return periods{{2020_01_01, 0, kindStandard}}
	}
	return periods{}
}

// Luxembourg (detailed). LTVA annexes A (3 %), B (8 %) and C (14 %); in
// 2023 the 17, 14 and 8 % rates were one point lower, 3 % unchanged. No
// Category takes the 14 % (wines, fuels, cleaning products, printed
// advertising...: see the Sources above).
func ratesLU(c Category) periods {
	switch c {
	case Standard:
		return periods{
			{2020_01_01, 17_00, kindRate},
			{2023_01_01, 16_00, kindRate},
			{2024_01_01, 17_00, kindRate},
		}
	case Foodstuffs:
		return periods{{2020_01_01, 3_00, kindRate}}
	case NonAlcoholicDrinks:
		return periods{{2020_01_01, 3_00, kindRate}}
	case Water:
		return periods{{2020_01_01, 3_00, kindRate}}
	case Books:
		return periods{{2020_01_01, 3_00, kindRate}}
	case EBooks:
		return periods{{2020_01_01, 3_00, kindRate}} // books on any medium; unverified before 2023
	case Newspapers:
		return periods{{2020_01_01, 3_00, kindRate}}
	case Medicines:
		return periods{{2020_01_01, 3_00, kindRate}}
	case ReimbursedMedicines:
		return periods{{2020_01_01, 3_00, kindRate}}
	case MedicalAids:
		return periods{{2020_01_01, 3_00, kindRate}} // TEDB 2025; unverified before
	case PassengerTransport:
		return periods{{2020_01_01, 3_00, kindRate}} // public transport is free of charge since 2020-03-01
	case Accommodation:
		return periods{{2020_01_01, 3_00, kindRate}}
	case Restaurant:
		return periods{{2020_01_01, 3_00, kindRate}} // alcoholic drinks 17 %
	case CultureAdmissions:
		return periods{{2020_01_01, 3_00, kindRate}}
	case Pesticides:
		// Tariff heading 38.08 is excluded from the 3 % for agricultural
		// inputs; 8 % per TEDB 2025, unverified before.
		return periods{
			{2020_01_01, 8_00, kindRate},
			{2023_01_01, 7_00, kindRate},
			{2024_01_01, 8_00, kindRate},
		}
	}
	return periods{}
}

// Austria. UStG 1994 § 10; 5 % for restaurants, accommodation, culture and
// publications from 2020-07-01 to 2021-12-31 (§ 28 Abs. 52).
func ratesAT(c Category) periods {
	switch c {
	case Standard:
		return periods{{2020_01_01, 20_00, kindRate}}
	case Foodstuffs:
		// A list of basic foodstuffs (Anlage 3) takes 4.9 % from 2026-07-01
		// (BGBl. I Nr. 37/2026, unverified).
		return periods{{2020_01_01, 10_00, kindRate}}
	case Water:
		return periods{{2020_01_01, 10_00, kindRate}}
	case Books:
		return periods{
			{2020_01_01, 10_00, kindRate},
			{2020_07_01, 5_00, kindRate},
			{2022_01_01, 10_00, kindRate},
		}
	case EBooks:
		return periods{ // reduced since 2020-01-01
			{2020_01_01, 10_00, kindRate},
			{2020_07_01, 5_00, kindRate},
			{2022_01_01, 10_00, kindRate},
		}
	case Medicines:
		return periods{{2020_01_01, 10_00, kindRate}}
	case PassengerTransport:
		return periods{{2020_01_01, 10_00, kindRate}} // domestic flights 13 %
	case Accommodation:
		return periods{
			{2020_01_01, 10_00, kindRate},
			{2020_07_01, 5_00, kindRate},
			{2022_01_01, 10_00, kindRate},
		}
	case Restaurant:
		return periods{
			{2020_01_01, 10_00, kindRate},
			{2020_07_01, 5_00, kindRate},
			{2022_01_01, 10_00, kindRate},
		}
	}
	return periods{}
}

// Bulgaria. Reduced rate 9 %; books, on paper or electronic, at 9 % since
// 2020-07-01 (first temporary, then extended).
func ratesBG(c Category) periods {
	switch c {
	case Standard:
		return periods{{2020_01_01, 20_00, kindRate}}
	case Foodstuffs:
		return periods{{2020_01_01, 0, kindStandard}} // bread and flour 0 % from 2022-07-01 to 2024-12-31, baby food 9 %
	case Water:
		return periods{{2020_01_01, 0, kindStandard}}
	case Books:
		return periods{{2020_01_01, 0, kindStandard}, {2020_07_01, 9_00, kindRate}}
	case EBooks:
		// The 9 % covers books "on a physical carrier or by electronic
		// means" from the start (The New Publishing Standard, 2020-06-24;
		// afa.bg via VATupdate, 2022-01-05).
		return periods{{2020_01_01, 0, kindStandard}, {2020_07_01, 9_00, kindRate}}
	case Medicines:
		// No reduced rate: bills for a 9 % (2021) or 5 % (2024) rate on
		// reimbursed medicines were proposals (Orbitax via VATupdate,
		// 2021-08-06; BNR, 2024).
		return periods{{2020_01_01, 0, kindStandard}}
	case PassengerTransport:
		return periods{{2020_01_01, 0, kindStandard}} // unverified
	case Accommodation:
		return periods{{2020_01_01, 9_00, kindRate}}
	case Restaurant:
		return periods{
			{2020_01_01, 0, kindStandard},
			{2020_07_01, 9_00, kindRate},
			{2025_01_01, 0, kindStandard},
		}
	}
	return periods{}
}

// Cyprus. Reduced 9 % and 5 %, and 3 % from 2023-07-21 (books and
// publications, print or electronic: law published that day, Meridian and
// Marosa, July 2023). The 9 % services were at 5 % from 2020-07-01 to
// 2021-01-10 (decree KDP 268/2020; Andersen Cyprus, January 2021).
func ratesCY(c Category) periods {
	switch c {
	case Standard:
		return periods{{2020_01_01, 19_00, kindRate}}
	case Foodstuffs:
		// 5 % since 2011-01-10; bread, milk, eggs, baby food and, later,
		// other basic goods 0 % by temporary decrees from 2023-05-05.
		return periods{{2020_01_01, 5_00, kindRate}}
	case Water:
		return periods{{2020_01_01, 5_00, kindRate}} // water boards' tariffs (Limassol 2019, Larnaca)
	case Books:
		return periods{{2020_01_01, 5_00, kindRate}, {2023_07_21, 3_00, kindRate}}
	case EBooks:
		// The 5 % book rate did not cover e-books (Compendium of Cultural
		// Policies, Cyprus 4.1.4); the 3 % does.
		return periods{{2020_01_01, 0, kindStandard}, {2023_07_21, 3_00, kindRate}}
	case Medicines:
		return periods{{2020_01_01, 5_00, kindRate}}
	case PassengerTransport:
		// Taxis and buses (Tolley, Appendix 12D, 2025). The TEDB 2025
		// extract gives 5 %; the decree and Tolley say 9 %, which the table
		// follows.
		return periods{
			{2020_01_01, 9_00, kindRate},
			{2020_07_01, 5_00, kindRate},
			{2021_01_11, 9_00, kindRate},
		}
	case Accommodation:
		return periods{
			{2020_01_01, 9_00, kindRate},
			{2020_07_01, 5_00, kindRate},
			{2021_01_11, 9_00, kindRate},
		}
	case Restaurant:
		return periods{
			{2020_01_01, 9_00, kindRate},
			{2020_07_01, 5_00, kindRate},
			{2021_01_11, 9_00, kindRate},
		}
	}
	return periods{}
}

// Czech Republic. Reduced 15 % and 10 % until 2023. Act 256/2019 moved
// drinking water, catering and e-books to 10 % on 2020-05-01 (KPMG via
// VATupdate; Czech Ministry of Finance, May 2020), the anti-crisis package
// accommodation on 2020-07-01 (Kodap, Sowinski); fares of regular public
// transport had been at 10 % since 2019-02-01 (ČTK, January 2019). Act
// 349/2023 merged 15 and 10 % into 12 % on 2024-01-01 and zero-rated books
// (Sovos; dauc.cz).
func ratesCZ(c Category) periods {
	switch c {
	case Standard:
		return periods{{2020_01_01, 21_00, kindRate}}
	case Foodstuffs:
		return periods{{2020_01_01, 15_00, kindRate}, {2024_01_01, 12_00, kindRate}} // infant food 10 % until 2023
	case Water:
		return periods{ // drinking water supply; bottled water 21 % from 2024
			{2020_01_01, 15_00, kindRate},
			{2020_05_01, 10_00, kindRate},
			{2024_01_01, 12_00, kindRate},
		}
	case Books:
		return periods{{2020_01_01, 10_00, kindRate}, {2024_01_01, 0, kindRate}} // from 2024 exempt with right of deduction
	case EBooks:
		return periods{
			{2020_01_01, 0, kindStandard},
			{2020_05_01, 10_00, kindRate},
			{2024_01_01, 0, kindRate},
		}
	case Medicines:
		return periods{{2020_01_01, 10_00, kindRate}, {2024_01_01, 12_00, kindRate}} // 10 % since 2015
	case PassengerTransport:
		return periods{{2020_01_01, 10_00, kindRate}, {2024_01_01, 12_00, kindRate}} // regular public transport
	case Accommodation:
		return periods{
			{2020_01_01, 15_00, kindRate},
			{2020_07_01, 10_00, kindRate},
			{2024_01_01, 12_00, kindRate},
		}
	case Restaurant:
		return periods{ // alcoholic drinks 21 %
			{2020_01_01, 15_00, kindRate},
			{2020_05_01, 10_00, kindRate},
			{2024_01_01, 12_00, kindRate},
		}
	}
	return periods{}
}

// Denmark. One rate: food, books and medicines at 25 %.
func ratesDK(c Category) periods {
	switch c {
	case Standard:
		return periods{{2020_01_01, 25_00, kindRate}}
	case Foodstuffs:
		return periods{{2020_01_01, 0, kindStandard}}
	case Water:
		return periods{{2020_01_01, 0, kindStandard}}
	case Books:
		return periods{{2020_01_01, 0, kindStandard}}
	case EBooks:
		return periods{{2020_01_01, 0, kindStandard}}
	case Newspapers:
		return periods{{2020_01_01, 0, kindRate}} // published at least once a month
	case Medicines:
		return periods{{2020_01_01, 0, kindStandard}}
	case PassengerTransport:
		return periods{{2020_01_01, 0, kindRate}} // exempt
	case Accommodation:
		return periods{{2020_01_01, 0, kindStandard}}
	case Restaurant:
		return periods{{2020_01_01, 0, kindStandard}}
	}
	return periods{}
}

// Estonia. Reduced rates 9 % and, for accommodation from 2025, 13 %.
// E-books and other e-publications moved from the standard rate to 9 % on
// 2020-05-01 (VAT Calc, "Estonia VAT e-book VAT cut", 2020; Numeri, "Reduced
// VAT rate for e-publications"); until then they were at the standard 20 %
// (Ministry of Culture, on the draft law, ERR, 2020).
func ratesEE(c Category) periods {
	switch c {
	case Standard:
		return periods{
			{2020_01_01, 20_00, kindRate},
			{2024_01_01, 22_00, kindRate},
			{2025_07_01, 24_00, kindRate},
		}
	case Foodstuffs:
		return periods{{2020_01_01, 0, kindStandard}}
	case Water:
		return periods{{2020_01_01, 0, kindStandard}}
	case Books:
		return periods{{2020_01_01, 9_00, kindRate}}
	case EBooks:
		return periods{{2020_01_01, 0, kindStandard}, {2020_05_01, 9_00, kindRate}}
	case Medicines:
		return periods{{2020_01_01, 9_00, kindRate}}
	case PassengerTransport:
		return periods{{2020_01_01, 0, kindStandard}} // unverified
	case Accommodation:
		return periods{{2020_01_01, 9_00, kindRate}, {2025_01_01, 13_00, kindRate}}
	case Restaurant:
		return periods{{2020_01_01, 0, kindStandard}}
	}
	return periods{}
}

// Spain. Reduced 10 %, super-reduced 4 %.
func ratesES(c Category) periods {
	switch c {
	case Standard:
		return periods{{2020_01_01, 21_00, kindRate}}
	case Foodstuffs:
		return periods{{2020_01_01, 10_00, kindRate}} // basic foodstuffs 4 % (0 % in 2023 and 2024); oils and pasta 5 % in 2023
	case Water:
		return periods{{2020_01_01, 10_00, kindRate}}
	case Books:
		return periods{{2020_01_01, 4_00, kindRate}}
	case EBooks:
		return periods{{2020_01_01, 0, kindStandard}, {2020_04_23, 4_00, kindRate}} // Real Decreto-ley 15/2020
	case Medicines:
		return periods{{2020_01_01, 4_00, kindRate}} // medicines for human use
	case PassengerTransport:
		return periods{{2020_01_01, 10_00, kindRate}}
	case Accommodation:
		return periods{{2020_01_01, 10_00, kindRate}}
	case Restaurant:
		return periods{{2020_01_01, 10_00, kindRate}}
	}
	return periods{}
}

// Finland. 10 % items (except newspapers) moved to 14 % on 2025-01-01; 14 %
// became 13.5 % on 2026-01-01.
func ratesFI(c Category) periods {
	switch c {
	case Standard:
		return periods{{2020_01_01, 24_00, kindRate}, {2024_09_01, 25_50, kindRate}}
	case Foodstuffs:
		return periods{{2020_01_01, 14_00, kindRate}, {2026_01_01, 13_50, kindRate}}
	case Water:
		return periods{{2020_01_01, 0, kindStandard}}
	case Books:
		return periods{
			{2020_01_01, 10_00, kindRate},
			{2025_01_01, 14_00, kindRate},
			{2026_01_01, 13_50, kindRate},
		}
	case EBooks:
		return periods{ // reduced since 2019-07-01
			{2020_01_01, 10_00, kindRate},
			{2025_01_01, 14_00, kindRate},
			{2026_01_01, 13_50, kindRate},
		}
	case Newspapers:
		return periods{{2020_01_01, 10_00, kindRate}}
	case Medicines:
		return periods{
			{2020_01_01, 10_00, kindRate},
			{2025_01_01, 14_00, kindRate},
			{2026_01_01, 13_50, kindRate},
		}
	case PassengerTransport:
		return periods{
			{2020_01_01, 10_00, kindRate},
			{2025_01_01, 14_00, kindRate},
			{2026_01_01, 13_50, kindRate},
		}
	case Accommodation:
		return periods{
			{2020_01_01, 10_00, kindRate},
			{2025_01_01, 14_00, kindRate},
			{2026_01_01, 13_50, kindRate},
		}
	case Restaurant:
		return periods{{2020_01_01, 14_00, kindRate}, {2026_01_01, 13_50, kindRate}}
	}
	return periods{}
}

// United Kingdom (non-EU from 2020-02-01). Zero rate on food, books and
// passenger transport; temporary hospitality rates 2020-2022.
func ratesGB(c Category) periods {
	switch c {
	case Standard:
		return periods{{2020_01_01, 20_00, kindRate}}
	case Foodstuffs:
		return periods{{2020_01_01, 0, kindRate}} // confectionery, crisps, hot take-away food 20 %
	case Water:
		return periods{{2020_01_01, 0, kindRate}} // supplied to households
	case Books:
		return periods{{2020_01_01, 0, kindRate}}
	case EBooks:
		return periods{{2020_01_01, 0, kindStandard}, {2020_05_01, 0, kindRate}}
	case Newspapers:
		return periods{{2020_01_01, 0, kindRate}} // electronic ones 0 % from 2020-05-01
	case Medicines:
		return periods{{2020_01_01, 0, kindStandard}} // dispensed on prescription 0 %
	case PassengerTransport:
		return periods{{2020_01_01, 0, kindRate}}
	case Accommodation:
		return periods{
			{2020_01_01, 0, kindStandard},
			{2020_07_15, 5_00, kindRate},
			{2021_10_01, 12_50, kindRate},
			{2022_04_01, 0, kindStandard},
		}
	case Restaurant:
		return periods{
			{2020_01_01, 0, kindStandard},
			{2020_07_15, 5_00, kindRate},
			{2021_10_01, 12_50, kindRate},
			{2022_04_01, 0, kindStandard},
		}
	}
	return periods{}
}

// Greece. Reduced 13 % and 6 % (AADE, "Basic VAT rates"; VAT Code annex
// III); the islands' 30 % reduction is not in the table. Passenger
// transport, coffee, soft drinks and cinemas were cut to 13 % on 2020-06-01
// (AADE circular E.2080/2020) and the cut was extended several times.
func ratesGR(c Category) periods {
	switch c {
	case Standard:
		return periods{{2020_01_01, 24_00, kindRate}}
	case Foodstuffs:
		return periods{{2020_01_01, 13_00, kindRate}} // most foodstuffs since 2019-05-20
	case Water:
		return periods{{2020_01_01, 13_00, kindRate}} // on the water itself in EYDAP and municipal bills; other charges 24 %
	case Books:
		return periods{{2020_01_01, 6_00, kindRate}}
	case EBooks:
		// 6 % from July 2021: KPMG gives 2021-07-01, VAT Calc the gazette
		// of 2021-07-18; the days in between are not known here.
		return periods{
			{2020_01_01, 0, kindStandard},
			{2021_07_01, 0, kindUnknown},
			{2021_07_18, 6_00, kindRate},
		}
	case Medicines:
		return periods{{2020_01_01, 6_00, kindRate}}
	case PassengerTransport:
		// 13 % made permanent from 2024 (Marosa; TEDB 2025 agrees); Sovos
		// read Law 5073/2023 as ending it on 2023-12-31 except for taxis.
		return periods{{2020_01_01, 0, kindStandard}, {2020_06_01, 13_00, kindRate}}
	case Accommodation:
		return periods{{2020_01_01, 13_00, kindRate}}
	case Restaurant:
		return periods{{2020_01_01, 13_00, kindRate}} // food since 2019-05-20; drinks served 24 %, 13 % for a time from 2020-06-01
	}
	return periods{}
}

// Croatia. Reduced 13 % and 5 % (Tolley, Appendix 11C; Marosa). Food is
// split between 5, 13 and 25 % by product: Foodstuffs is the rate of the
// fresh basic foods (meat, fish, eggs, fruit, vegetables), 13 % until
// 2022-03-31 and 5 % from 2022-04-01 (VAT Act amendment gazetted on
// 2022-03-30, Bloomberg Tax; CMS, April 2022). Bread and milk were at 5 %
// throughout, most processed food is at 25 %.
//
// E-books: 5 %, on one source for the date. The 5 % for books of professional,
// scientific, artistic, cultural and educational content covered only
// physical media until 2018 (Tax Administration opinion on e-textbooks,
// RRiF, 2014) and electronic publications from 2019-01-01 (Accordance VAT,
// "Changes to VAT Legislation from 1st January 2019"); the text in force
// from 2022-04-01 excludes books "consisting wholly or mainly of video or
// music content", the Directive's wording for e-publications (Nautical
// Consulting, April 2022).
func ratesHR(c Category) periods {
	switch c {
	case Standard:
		return periods{{2020_01_01, 25_00, kindRate}}
	case Foodstuffs:
		return periods{{2020_01_01, 13_00, kindRate}, {2022_04_01, 5_00, kindRate}}
	case Water:
		return periods{{2020_01_01, 13_00, kindRate}} // public water supply, 13 % since 2014
	case Books:
		return periods{{2020_01_01, 5_00, kindRate}}
	case EBooks:
		// Unverified, single source: Accordance VAT (January 2019) reports
		// printed and digital publications at 5 % from 2019-01-01.
		return periods{{2020_01_01, 5_00, kindRate}}
	case Medicines:
		return periods{{2020_01_01, 5_00, kindRate}} // approved medicines on prescription
	case PassengerTransport:
		return periods{{2020_01_01, 0, kindStandard}}
	case Accommodation:
		return periods{{2020_01_01, 13_00, kindRate}}
	case Restaurant:
		return periods{{2020_01_01, 13_00, kindRate}} // food, 25 -> 13 on 2020-01-01 (dnevnik.hr); drinks 25 %
	}
	return periods{}
}

// Hungary. Reduced 18 % and 5 % (Marosa; Tolley, Appendix 21C). Food is
// split between 5, 18 and 27 % by product: Foodstuffs is the rate of the
// basic foods at 5 % (pork, poultry, fish, eggs, fresh milk, all at 5 %
// since 2018); dairy products and bakery and cereal products are at
// 18 %, other food at 27 %.
func ratesHU(c Category) periods {
	switch c {
	case Standard:
		return periods{{2020_01_01, 27_00, kindRate}}
	case Foodstuffs:
		return periods{{2020_01_01, 5_00, kindRate}}
	case Water:
		return periods{{2020_01_01, 0, kindStandard}}
	case Books:
		return periods{{2020_01_01, 5_00, kindRate}}
	case EBooks:
		return periods{{2020_01_01, 0, kindStandard}} // "books (excluding e-books)"
	case Medicines:
		return periods{{2020_01_01, 5_00, kindRate}}
	case PassengerTransport:
		return periods{{2020_01_01, 0, kindStandard}}
	case Accommodation:
		return periods{{2020_01_01, 5_00, kindRate}} // 18 -> 5 on 2020-01-01
	case Restaurant:
		return periods{{2020_01_01, 5_00, kindRate}} // since 2018; alcoholic drinks 27 %
	}
	return periods{}
}

// Ireland. Standard 21 % from 2020-09-01 to 2021-02-28; the 9 % hospitality
// rate from 2020-11-01 to 2023-08-31, and for food-led hospitality again
// from 2026-07-01 (Budget 2026).
//
// Water is not in the table. Mains water was supplied by local
// authorities, which charged no VAT on it, until Irish Water (Uisce
// Éireann) took it over in 2014-2015; its VAT treatment was then left open
// (RTÉ and Irish Independent, 2013-09-13), and no source found since states
// it, so the table does not record an exempt 0. Bottled water is
// NonAlcoholicDrinks, not Water.
func ratesIE(c Category) periods {
	switch c {
	case Standard:
		return periods{
			{2020_01_01, 23_00, kindRate},
			{2020_09_01, 21_00, kindRate},
			{2021_03_01, 23_00, kindRate},
		}
	case Foodstuffs:
		return periods{{2020_01_01, 0, kindRate}} // most foodstuffs; confectionery, snacks 23 %
	case Books:
		return periods{{2020_01_01, 0, kindRate}}
	case EBooks:
		return periods{{2020_01_01, 9_00, kindRate}, {2022_05_01, 0, kindRate}} // zero-rated by Finance Act 2021; date unverified
	case Newspapers:
		return periods{{2020_01_01, 9_00, kindRate}}
	case Medicines:
		return periods{{2020_01_01, 0, kindRate}} // oral medicines; others 23 %
	case PassengerTransport:
		return periods{{2020_01_01, 0, kindRate}} // exempt
	case Accommodation:
		return periods{
			{2020_01_01, 13_50, kindRate},
			{2020_11_01, 9_00, kindRate},
			{2023_09_01, 13_50, kindRate},
		}
	case Restaurant:
		return periods{
			{2020_01_01, 13_50, kindRate},
			{2020_11_01, 9_00, kindRate},
			{2023_09_01, 13_50, kindRate},
			{2026_07_01, 9_00, kindRate},
		}
	}
	return periods{}
}

// Italy. Reduced 10 % and 5 %, super-reduced 4 %.
func ratesIT(c Category) periods {
	switch c {
	case Standard:
		return periods{{2020_01_01, 22_00, kindRate}}
	case Foodstuffs:
		return periods{{2020_01_01, 10_00, kindRate}} // basic foodstuffs (bread, milk, fruit, vegetables) 4 %
	case Water:
		return periods{{2020_01_01, 10_00, kindRate}}
	case Books:
		return periods{{2020_01_01, 4_00, kindRate}}
	case EBooks:
		return periods{{2020_01_01, 4_00, kindRate}}
	case Newspapers:
		return periods{{2020_01_01, 4_00, kindRate}}
	case Medicines:
		return periods{{2020_01_01, 10_00, kindRate}}
	case PassengerTransport:
		return periods{{2020_01_01, 10_00, kindRate}}
	case Accommodation:
		return periods{{2020_01_01, 10_00, kindRate}}
	case Restaurant:
		return periods{{2020_01_01, 10_00, kindRate}}
	}
	return periods{}
}

// Lithuania. 9 % became 12 % on 2026-01-01, and books moved to 5 % (Law
// XV-287; Sovos, January 2026); food is at the standard rate.
func ratesLT(c Category) periods {
	switch c {
	case Standard:
		return periods{{2020_01_01, 21_00, kindRate}}
	case Foodstuffs:
		return periods{{2020_01_01, 0, kindStandard}}
	case Water:
		// Drinking water supply is billed at 21 % (tariffs "su 21 % PVM" of
		// Ukmergės vandenys, 2021-03-01, and Šiaulių vandenys, 2025). The
		// 9 % that TEDB 2025 and Marosa give for water supply is the rate
		// of hot water supplied to dwellings and of cold water for
		// preparing it, with heating (Tolley, Appendix 28D), not of tap
		// water.
		return periods{{2020_01_01, 0, kindStandard}}
	case Books:
		return periods{{2020_01_01, 9_00, kindRate}, {2026_01_01, 5_00, kindRate}}
	case EBooks:
		return periods{
			{2020_01_01, 0, kindStandard},
			{2023_01_01, 9_00, kindRate},
			{2026_01_01, 5_00, kindRate},
		}
	case Medicines:
		// Medicines includes non-prescription medicines, which are at the
		// standard rate; the 5 % (VAT Law art. 19(4)) applies to
		// prescription medicines and to reimbursed ones.
		return periods{{2020_01_01, 0, kindStandard}}
	case ReimbursedMedicines:
		return periods{{2020_01_01, 5_00, kindRate}}
	case PassengerTransport:
		return periods{{2020_01_01, 9_00, kindRate}, {2026_01_01, 12_00, kindRate}} // regular routes
	case Accommodation:
		return periods{{2020_01_01, 9_00, kindRate}, {2026_01_01, 12_00, kindRate}}
	case Restaurant:
		// 9 % from 2021-07-01 to 2023-12-31 (Law XIV-429 and its
		// extensions; VMI). Law XV-287 does not include catering in the
		// 12 %, although some summaries say it does.
		return periods{
			{2020_01_01, 0, kindStandard},
			{2021_07_01, 9_00, kindRate},
			{2024_01_01, 0, kindStandard},
		}
	}
	return periods{}
}

// Latvia. Reduced 12 % and 5 %; most food at the standard rate. Books and
// the press, print and electronic, at 5 % from 2022-01-01 (Saeima,
// 2021-11-15; VID); before that printed books 12 %, electronic ones 21 %.
func ratesLV(c Category) periods {
	switch c {
	case Standard:
		return periods{{2020_01_01, 21_00, kindRate}}
	case Foodstuffs:
		return periods{{2020_01_01, 0, kindStandard}} // fresh fruit, berries and vegetables and infant food reduced
	case Water:
		return periods{{2020_01_01, 0, kindStandard}}
	case Books:
		// From 2026-01-01 the 5 % is limited to publications in Latvian,
		// EU, EEA, OECD and candidate-country languages (KPMG Latvia).
		return periods{{2020_01_01, 12_00, kindRate}, {2022_01_01, 5_00, kindRate}}
	case EBooks:
		return periods{{2020_01_01, 0, kindStandard}, {2022_01_01, 5_00, kindRate}}
	case Medicines:
		return periods{{2020_01_01, 12_00, kindRate}}
	case PassengerTransport:
		return periods{{2020_01_01, 12_00, kindRate}} // domestic public transport
	case Accommodation:
		return periods{{2020_01_01, 12_00, kindRate}} // no COVID-19 cut (LETA, May 2020)
	case Restaurant:
		return periods{{2020_01_01, 0, kindStandard}}
	}
	return periods{}
}

// Malta. Zero rate on food and medicines.
func ratesMT(c Category) periods {
	switch c {
	case Standard:
		return periods{{2020_01_01, 18_00, kindRate}}
	case Foodstuffs:
		return periods{{2020_01_01, 0, kindRate}}
	case Water:
		return periods{{2020_01_01, 0, kindRate}} // exempt
	case Books:
		return periods{{2020_01_01, 5_00, kindRate}}
	case EBooks:
		// 5 % since 2019-01-01, 18 % before (Accordance VAT, "Digital Books
		// to Enjoy Same 5% Reduced VAT Rate as Printed Cousins from 2019";
		// Avalara VATlive, 2018-11-04).
		return periods{{2020_01_01, 5_00, kindRate}}
	case Medicines:
		return periods{{2020_01_01, 0, kindRate}}
	case PassengerTransport:
		return periods{{2020_01_01, 0, kindRate}} // scheduled passenger transport, exempt
	case Accommodation:
		return periods{{2020_01_01, 7_00, kindRate}}
	case Restaurant:
		// 18 % (ACE, February 2024); a 7 % rate was proposed by the
		// opposition in October 2025.
		return periods{{2020_01_01, 0, kindStandard}}
	}
	return periods{}
}

// Norway (non-EU). The 12 % rate (passenger transport, accommodation,
// public broadcasting, admission to cinemas, museums, amusement parks and
// large sporting events) was 6 % from 2020-04-01 to 2021-09-30, and 12 %
// again from 2021-10-01 (Ministry of Finance press release "Forlenger
// midlertidig reduksjon i lav merverdiavgiftssats", May 2021; Sticos, 2020).
// The Storting first voted 8 % on 2020-03-21 (its decision, as recorded by
// Holder de ord), then 7 %, then 6 %, all before 2020-04-01 (Avalara
// VATlive, 2020), so only 6 % was ever in force.
// The end date moved from 2020-10-31 to 2020-12-31, 2021-06-30 and then
// 2021-09-30 (VATupdate, 2020-10-21 and 2021-05-24).
func ratesNO(c Category) periods {
	switch c {
	case Standard:
		return periods{{2020_01_01, 25_00, kindRate}}
	case Foodstuffs:
		return periods{{2020_01_01, 15_00, kindRate}}
	case Books:
		return periods{{2020_01_01, 0, kindRate}}
	case EBooks:
		return periods{{2020_01_01, 0, kindRate}}
	case Water:
		// Municipal water and sewage: 15 % from 2025-07-01 (municipal
		// invoices, e.g. Gjerdrum kommune, January 2026).
		return periods{{2020_01_01, 0, kindStandard}, {2025_07_01, 15_00, kindRate}}
	case Newspapers:
		return periods{{2020_01_01, 0, kindRate}}
	case Medicines:
		return periods{{2020_01_01, 0, kindStandard}}
	case PassengerTransport:
		return periods{
			{2020_01_01, 12_00, kindRate},
			{2020_04_01, 6_00, kindRate},
			{2021_10_01, 12_00, kindRate},
		}
	case Accommodation:
		return periods{
			{2020_01_01, 12_00, kindRate},
			{2020_04_01, 6_00, kindRate},
			{2021_10_01, 12_00, kindRate},
		}
	case Restaurant:
		return periods{{2020_01_01, 0, kindStandard}} // take-away food 15 %
	}
	return periods{}
}

// Poland. Reduced 8 % and 5 %; 5 % foodstuffs at 0 % from 2022-02-01 to
// 2024-03-31.
func ratesPL(c Category) periods {
	switch c {
	case Standard:
		return periods{{2020_01_01, 23_00, kindRate}}
	case Foodstuffs:
		return periods{ // basic foodstuffs; processed foods 8 %
			{2020_01_01, 5_00, kindRate},
			{2022_02_01, 0, kindRate},
			{2024_04_01, 5_00, kindRate},
		}
	case Water:
		return periods{{2020_01_01, 8_00, kindRate}}
	case Books:
		return periods{{2020_01_01, 5_00, kindRate}}
	case EBooks:
		return periods{{2020_01_01, 5_00, kindRate}}
	case Medicines:
		return periods{{2020_01_01, 8_00, kindRate}}
	case PassengerTransport:
		return periods{{2020_01_01, 8_00, kindRate}}
	case Accommodation:
		return periods{{2020_01_01, 8_00, kindRate}}
	case Restaurant:
		return periods{{2020_01_01, 8_00, kindRate}}
	}
	return periods{}
}

// Portugal (mainland; the Azores and Madeira have lower rates). Reduced 6 %,
// intermediate 13 %.
func ratesPT(c Category) periods {
	switch c {
	case Standard:
		return periods{{2020_01_01, 23_00, kindRate}}
	case Foodstuffs:
		// Basic foodstuffs (an essential basket was at 0 % from 2023-04-18 to
		// 2023-12-31); other foodstuffs 13 or 23 %.
		return periods{{2020_01_01, 6_00, kindRate}}
	case Water:
		return periods{{2020_01_01, 6_00, kindRate}}
	case Books:
		return periods{{2020_01_01, 6_00, kindRate}}
	case EBooks:
		// Since 2019-01-01: the State Budget Law 2019 (Lei 71/2018, art.
		// 270) extended item 2.1 of List I of the CIVA to books "em todos os
		// suportes físicos ou por via eletrónica"; the tax authority
		// confirmed 6 % for e-books and audiobooks in a binding ruling
		// (Lusa, 2021-08-24).
		return periods{{2020_01_01, 6_00, kindRate}}
	case Medicines:
		return periods{{2020_01_01, 6_00, kindRate}}
	case PassengerTransport:
		return periods{{2020_01_01, 6_00, kindRate}}
	case Accommodation:
		return periods{{2020_01_01, 6_00, kindRate}}
	case Restaurant:
		return periods{{2020_01_01, 13_00, kindRate}} // drinks other than water and milk 23 %
	}
	return periods{}
}

// Romania. From 2025-08-01 the 5 and 9 % rates are one 11 % rate.
func ratesRO(c Category) periods {
	switch c {
	case Standard:
		return periods{{2020_01_01, 19_00, kindRate}, {2025_08_01, 21_00, kindRate}}
	case Foodstuffs:
		return periods{{2020_01_01, 9_00, kindRate}, {2025_08_01, 11_00, kindRate}}
	case Water:
		return periods{{2020_01_01, 9_00, kindRate}, {2025_08_01, 11_00, kindRate}}
	case Books:
		return periods{{2020_01_01, 5_00, kindRate}, {2025_08_01, 11_00, kindRate}}
	case EBooks:
		// 5 % from 2022-01-01 (law promulgated 2021-12-10, amending Fiscal
		// Code art. 291(3)(a); Agerpres).
		return periods{
			{2020_01_01, 0, kindStandard},
			{2022_01_01, 5_00, kindRate},
			{2025_08_01, 11_00, kindRate},
		}
	case Medicines:
		return periods{{2020_01_01, 9_00, kindRate}, {2025_08_01, 11_00, kindRate}}
	case PassengerTransport:
		// No reduced rate for passenger transport in general (PwC, Romania
		// corporate other taxes, 2023; Avalara VATlive, Romanian VAT rates;
		// the TEDB 2025 extract has no passenger transport entry for RO).
		// Only transport for tourism or leisure (vintage steam trains,
		// cable cars and ski lifts, animal-drawn vehicles, boats) has been
		// at 5 % since 2019-01-13 (Law 13/2019; PwC Romania, January 2019),
		// 11 % from 2025-08-01; international transport is exempt.
		return periods{{2020_01_01, 0, kindStandard}}
	case Accommodation:
		return periods{
			{2020_01_01, 5_00, kindRate},
			{2023_01_01, 9_00, kindRate},
			{2025_08_01, 11_00, kindRate},
		}
	case Restaurant:
		return periods{
			{2020_01_01, 5_00, kindRate},
			{2023_01_01, 9_00, kindRate},
			{2025_08_01, 11_00, kindRate},
		}
	}
	return periods{}
}

// Sweden. Reduced 12 % and 6 %; food at 6 % from 2026-04-01 to 2027-12-31
// (Prop. 2025/26:55).
func ratesSE(c Category) periods {
	switch c {
	case Standard:
		return periods{{2020_01_01, 25_00, kindRate}}
	case Foodstuffs:
		return periods{ // the 6 % covers bottled water, not tap water
			{2020_01_01, 12_00, kindRate},
			{2026_04_01, 6_00, kindRate},
			{2028_01_01, 12_00, kindRate},
		}
	case Water:
		return periods{{2020_01_01, 0, kindStandard}}
	case Books:
		return periods{{2020_01_01, 6_00, kindRate}}
	case EBooks:
		return periods{{2020_01_01, 6_00, kindRate}}
	case Newspapers:
		return periods{{2020_01_01, 6_00, kindRate}}
	case Medicines:
		return periods{{2020_01_01, 0, kindStandard}} // dispensed on prescription 0 %
	case PassengerTransport:
		return periods{{2020_01_01, 6_00, kindRate}}
	case Accommodation:
		return periods{{2020_01_01, 12_00, kindRate}}
	case Restaurant:
		return periods{{2020_01_01, 12_00, kindRate}}
	}
	return periods{}
}

// Slovenia. Reduced 9.5 % and 5 %.
func ratesSI(c Category) periods {
	switch c {
	case Standard:
		return periods{{2020_01_01, 22_00, kindRate}}
	case Foodstuffs:
		return periods{{2020_01_01, 9_50, kindRate}}
	case Water:
		return periods{{2020_01_01, 9_50, kindRate}}
	case Books:
		return periods{{2020_01_01, 5_00, kindRate}} // unverified for 2020
	case EBooks:
		return periods{{2020_01_01, 5_00, kindRate}} // unverified for 2020
	case Newspapers:
		return periods{{2020_01_01, 5_00, kindRate}}
	case Medicines:
		return periods{{2020_01_01, 9_50, kindRate}}
	case PassengerTransport:
		return periods{{2020_01_01, 9_50, kindRate}}
	case Accommodation:
		return periods{{2020_01_01, 9_50, kindRate}}
	case Restaurant:
		return periods{{2020_01_01, 9_50, kindRate}}
	}
	return periods{}
}

// Slovakia. Until 2024 one reduced rate, 10 %; from 2025-01-01 reduced 19 %
// and 5 % (Act 278/2024; Crowe Slovakia and DLA Piper, October 2024).
// Restaurant and catering services went to 10 % on 2023-01-01, first for
// three months, then permanently (TPA, March 2023); accommodation has been
// at 10 % since 2019-01-01 (TPA).
func ratesSK(c Category) periods {
	switch c {
	case Standard:
		return periods{{2020_01_01, 20_00, kindRate}, {2025_01_01, 23_00, kindRate}}
	case Foodstuffs:
		// Food in general. Basic foodstuffs (meat, milk, bread, fruit,
		// vegetables) 10 % until 2024 and 5 % from 2025; foods high in
		// sugar or salt 23 % from 2026-01-01 (Act 261/2025).
		return periods{{2020_01_01, 0, kindStandard}, {2025_01_01, 19_00, kindRate}}
	case Water:
		return periods{{2020_01_01, 0, kindStandard}}
	case Books:
		return periods{{2020_01_01, 10_00, kindRate}, {2025_01_01, 5_00, kindRate}}
	case EBooks:
		// Electronic and audio books were at the standard rate until 2024
		// (the Minister of Finance, TREND, October 2024).
		return periods{{2020_01_01, 0, kindStandard}, {2025_01_01, 5_00, kindRate}}
	case Medicines:
		return periods{{2020_01_01, 10_00, kindRate}, {2025_01_01, 5_00, kindRate}}
	case PassengerTransport:
		return periods{{2020_01_01, 0, kindStandard}} // cable cars and ski lifts 10 % in 2023 and 2024
	case Accommodation:
		return periods{{2020_01_01, 10_00, kindRate}, {2025_01_01, 5_00, kindRate}}
	case Restaurant:
		// Food eaten on the premises; non-alcoholic drinks served 19 %
		// from 2025, take-away food is Foodstuffs.
		return periods{
			{2020_01_01, 0, kindStandard},
			{2023_01_01, 10_00, kindRate},
			{2025_01_01, 5_00, kindRate},
		}
	}
	return periods{}
}

// Switzerland (non-EU). Rates raised on 2024-01-01.
func ratesCH(c Category) periods {
	switch c {
	case Standard:
		return periods{{2020_01_01, 7_70, kindRate}, {2024_01_01, 8_10, kindRate}}
	case Foodstuffs:
		return periods{{2020_01_01, 2_50, kindRate}, {2024_01_01, 2_60, kindRate}}
	case NonAlcoholicDrinks:
		return periods{{2020_01_01, 2_50, kindRate}, {2024_01_01, 2_60, kindRate}}
	case Water:
		return periods{{2020_01_01, 2_50, kindRate}, {2024_01_01, 2_60, kindRate}}
	case Books:
		return periods{{2020_01_01, 2_50, kindRate}, {2024_01_01, 2_60, kindRate}}
	case EBooks:
		return periods{{2020_01_01, 2_50, kindRate}, {2024_01_01, 2_60, kindRate}}
	case Newspapers:
		return periods{{2020_01_01, 2_50, kindRate}, {2024_01_01, 2_60, kindRate}}
	case Medicines:
		return periods{{2020_01_01, 2_50, kindRate}, {2024_01_01, 2_60, kindRate}}
	case PassengerTransport:
		return periods{{2020_01_01, 0, kindStandard}}
	case Accommodation:
		return periods{{2020_01_01, 3_70, kindRate}, {2024_01_01, 3_80, kindRate}}
	case Restaurant:
		return periods{{2020_01_01, 0, kindStandard}}
	}
	return periods{}
}
