// Package vat holds comptoir's value added tax reference data and rules
// (law-and-tax.md section 4, Directive 2006/112/EC).
//
// # Rates
//
// A rate is never one number per country: it depends on the country, the
// category of what is sold and the day of the chargeable event (V-rates).
// Rate(country, category, on) returns the rate in force that day as a
// fraction (0.21, never 21) in a decimal.Decimal, ready to multiply money
// with. The table is reference data compiled into the package, with
// effective dates from TableStart (2020-01-01): the 27 EU member states,
// plus GB, CH and NO, destinations of exports whose rates a shop may still
// want to show. It records temporary changes (Germany's 16 % and 5 % in the
// second half of 2020, Luxembourg's 16 % in 2023, the COVID-19 hospitality
// rates) and changes already enacted for later dates (Belgium's 12 % on
// accommodation from 2026-03-01, Sweden's 6 % on food from 2026-04-01 to
// 2027-12-31). rates_data.go cites the sources and marks the values that
// could not be verified.
//
// Belgium, France, the Netherlands, Germany and Luxembourg are detailed for
// every Category. For the other countries the table holds the categories
// most reduced rates cover (foodstuffs, books and e-books, medicines,
// passenger transport, accommodation, restaurant, water) with their history
// since 2020, as far as it could be established. Where a country charges
// its standard rate on such a category (Denmark on everything, Germany on
// medicines) the table says so explicitly; where the table does not know,
// Rate returns a *NoRateError rather than guessing the standard rate, so a
// missing entry is an error a shop sees, not a silent overcharge or
// undercharge. Where one category straddles several national rates (food
// in Croatia and Hungary, medicines in Lithuania) the entry follows a
// documented choice, named in rates_data.go. Some national rates are
// reached by no Category: Luxembourg's 14 % (13 % in 2023) applies to
// certain wines, solid mineral fuels, cleaning products, printed
// advertising and a few financial services, none of which the categories
// describe; such goods are not Standard there, and the table does not price
// them. Unknown countries (including the VAT prefix "EL" for Greece, whose
// ISO code is GR) and unknown categories are errors too; the errors are
// typed and match sentinels with errors.Is.
//
// The table is code: one function per country switching on the category
// and returning that category's periods as a fixed-size array literal of
// {first day, rate in hundredths of a percent, kind}, so Rate needs no
// initialisation or parsing, keeps no package state and is safe for
// concurrent use. RateUnits returns the rate as an integer (2100 for 21 %)
// and allocates nothing; Rate allocates only the decimal it returns (its
// big.Int, two allocations; none for a zero rate).
//
// # Categories
//
// A Category is a named string ("foodstuffs", "culture_admissions") so that
// it can be stored in a product catalogue as it is; Categories lists them
// with a one-line description of where each one's boundary lies, and
// ParseCategory validates a stored name. Categories follow the lines the
// national laws draw for web-shop goods: bottled drinks are
// NonAlcoholicDrinks while mains water is Water; Books and EBooks are
// separate because their rates differed in several countries during the
// table's period; Medicines (including non-reimbursed ones) are separate
// from ReimbursedMedicines because France taxes them at 10 % and 2.1 %.
// Whether a given product falls in a category (is this snack a foodstuff
// at the reduced rate?) is the merchant's classification; the package
// only maps categories to rates.
//
// # Where VAT is due
//
// Due decides, for one sale by an EU seller, whose VAT applies (law-and-tax.md
// V-place): Domestic, OSSDestination, MicroSellerOrigin (the EUR 10,000
// exception of art. 59c), IntraCommunityExempt (a business customer whose
// number VIES confirmed: exempt goods, reverse-charged services) or Export
// (goods leaving the EU VAT area, its special territories recognised by
// postal code, or services to customers outside the EU). The Decision names
// the article applied, says why in a sentence, and carries the legal mention
// a zero-rated invoice must print. Due is a pure function of the Sale; the
// registry check is made beforehand and passed in as evidence.
//
// # VAT numbers
//
// A VAT identification number is a two-letter prefix and a body whose format
// and check digits each Member State defines. [ParseNumber] reads one as a
// person types it and returns a [Number], a small comparable value that holds
// the canonical form ("BE0403019261"), or a *[NumberError] that says why the
// text is not a VAT number.
//
// Normalisation. Letters are upper-cased. White space (including no-break and
// other Unicode spaces), dots, commas, slashes, colons, parentheses and
// dashes (the ASCII hyphen and the Unicode dashes) are separators and are
// dropped, so "be 0403.019.261", "BE-0403-019-261" and "BE (0)403 019 261"
// all read as BE0403019261. Any other character is an error: nothing is
// guessed. A Belgian body of 9 digits (the VAT number as written before the
// 10-digit enterprise number) gets its leading 0, and so does a Greek body of
// 8 digits (the old AFM). A repeated prefix ("BE BE0403019261") is an error,
// [ErrDuplicatedPrefix], not something the parser repairs: the text may be
// two numbers run together. The prefix is required: a body alone ("0403019261") is rejected
// with [ErrUnknownPrefix], as is "GR" (Greece's VAT prefix is EL) and "GB"
// (the United Kingdom left the EU VAT area; Northern Ireland traders in goods
// use XI).
//
// Prefixes. The 27 Member States (AT BE BG CY CZ DE DK EE EL ES FI FR HR HU
// IE IT LT LU LV MT NL PL PT RO SE SI SK), XI for Northern Ireland (the UK
// number's format and check digits, including the GD and HA numbers of
// government departments and health authorities), and EU for numbers issued
// under the non-Union OSS scheme (EU + 9 digits). [NumberPrefixes] lists them.
// [Number.Country] returns the ISO 3166-1 code: GR for EL, GB for XI (Northern
// Ireland has no code of its own; [Number.IsNorthernIreland] tells it apart)
// and "" for EU, which names no country.
//
// Checks. Each body is checked against its country's published format and
// check-digit algorithm (as the national administrations and python-stdnum's
// documentation describe them, written here afresh): mod 97 for BE, ISO
// 7064 mod 11,10 for DE and HR, Luhn for IT, SE and the French SIREN, the
// French key, the Dutch 11-test and the mod 97 check of the 2020
// sole-proprietor numbers, Spain's DNI/NIE letter and CIF digit or letter,
// Ireland's old and new formats with their check letter, weighted sums for the
// others. EU numbers carry a check digit whose algorithm is not published: for
// them the parser checks the length and that the first three digits are the
// ISO 3166-1 numeric code of a Member State (the Member State of
// identification), nothing more.
//
// A number that passes these checks is well formed, not registered: only the
// issuing Member State knows whether it is in use, and who holds it. The
// [Registry] interface is that question, asked of VIES by an adapter at the
// edge of the application; this package opens no connection. Package vattest
// has an in-memory Registry for tests. A [Registration] keeps what an
// intra-Community exemption needs as evidence: the answer, the registered name
// and address when the Member State gives them, the consultation reference and
// the time of the check.
package vat
