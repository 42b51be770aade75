package vat

import (
	"strings"
	"time"

	"github.com/comptoir/comptoir/calendar"
	"github.com/shopspring/decimal"
)

// TableStart returns the first day the rate table covers, 2020-01-01. Rate
// answers ErrNoRate for any earlier day.
func TableStart() calendar.Date { return calendar.Date{Year: 2020, Month: time.January, Day: 1} }

// rateTableStartKey is TableStart as a date key (see rateDateKey).
const rateTableStartKey = 2020_01_01

// Rate returns the VAT rate of category in country on the given day, as a
// fraction: 0.21 for 21 %, 0.055 for 5.5 %, 0 for a zero rate or an
// exemption the table records as 0. The rate is the one in force on that
// day, the day of the chargeable event (law-and-tax.md V-rates); the table
// holds every change since TableStart, including temporary ones and changes
// already enacted for a later date.
//
// country is an upper-case ISO 3166-1 alpha-2 code: one of the 27 EU members,
// GB, CH or NO (see Countries). Greece is "GR", not its VAT prefix "EL".
//
// Errors, each a typed error matching a sentinel with errors.Is:
//   - *UnknownCountryError (ErrUnknownCountry): country is not in the table;
//   - *UnknownCategoryError (ErrUnknownCategory): category is not Valid;
//   - *NoRateError (ErrNoRate): the country defines no rate for the
//     category, or the day is before TableStart or before the table's data
//     for that category starts, or the table does not know the rate for
//     that period. A country that charges its standard rate on a category
//     other countries reduce (Denmark on food) has an explicit entry, so
//     ErrNoRate always means "not known here", never "standard rate";
//   - calendar.ErrInvalidDate: on is not a valid date.
//
// Rate does not allocate apart from the returned decimal and is safe for
// concurrent use: the table is constant data.
func Rate(country string, category Category, on calendar.Date) (decimal.Decimal, error) {
	periods, ok := countryTable(country)
	if !ok {
		return decimal.Decimal{}, &UnknownCountryError{Country: country}
	}
	if !category.Valid() {
		return decimal.Decimal{}, &UnknownCategoryError{Category: string(category)}
	}
	if !on.IsValid() {
		_, err := calendar.NewDate(on.Year, on.Month, on.Day)
		return decimal.Decimal{}, err
	}
	day := rateDateKey(on)
	if day < rateTableStartKey {
		return decimal.Decimal{}, newNoRateError(country, category, on, "the table starts on "+TableStart().String())
	}
	var text [10]byte
	appendRateDate(text[:0], on)
	e := findPeriod(periods(category), text[:])
	if e.kind == periodStandard {
		e = findPeriod(periods(Standard), text[:])
	}
	switch e.kind {
	case periodRate:
		return rateFraction(e.units), nil
	case periodUnknown:
		return decimal.Decimal{}, newNoRateError(country, category, on, "the table does not know the rate for this period")
	case periodLater:
		return decimal.Decimal{}, newNoRateError(country, category, on, "the table's data for it starts on "+e.from)
	}
	return decimal.Decimal{}, newNoRateError(country, category, on, "the country has no rate for this category in the table")
}

// StandardRate returns the standard VAT rate of country on the given day;
// it is Rate(country, Standard, on). Every country in the table has a
// standard rate on every day from TableStart on.
func StandardRate(country string, on calendar.Date) (decimal.Decimal, error) {
	return Rate(country, Standard, on)
}

func newNoRateError(country string, c Category, on calendar.Date, reason string) error {
	return &NoRateError{Country: country, Category: c, On: on, Reason: reason}
}

// Countries returns the ISO 3166-1 alpha-2 codes of the countries the rate
// table holds, sorted: the 27 EU members and GB, CH and NO.
func Countries() []string {
	return []string{
		"AT", "BE", "BG", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB", "GR", "HR",
		"HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK",
	}
}

// IsEU reports whether country (an upper-case ISO 3166-1 alpha-2 code) is a
// member state of the European Union on the given day. The United Kingdom
// (GB) was a member until 2020-01-31; note that EU VAT law still applied to
// it during the transition period that followed, until 2020-12-31, and
// still applies to goods in Northern Ireland. CH and NO have never been
// members. Membership is not the same as being inside the EU VAT area: some
// territories of member states are outside it (the Canary Islands, Åland,
// ...). Any other code, and an invalid date, gives false.
func IsEU(country string, on calendar.Date) bool {
	if !on.IsValid() {
		return false
	}
	joined, left := euMembership(country)
	if joined == 0 {
		return false
	}
	day := rateDateKey(on)
	return day >= joined && (left == 0 || day <= left)
}

// euMembership returns the date keys of the day country joined the European
// Communities (the EEC for the founding members) and of its last day as a
// member, 0 when it still is; joined is 0 for a non-member.
func euMembership(country string) (joined, left int) {
	switch country {
	case "BE", "DE", "FR", "IT", "LU", "NL":
		return 1958_01_01, 0
	case "DK", "IE":
		return 1973_01_01, 0
	case "GB":
		return 1973_01_01, 2020_01_31
	case "GR":
		return 1981_01_01, 0
	case "ES", "PT":
		return 1986_01_01, 0
	case "AT", "FI", "SE":
		return 1995_01_01, 0
	case "CY", "CZ", "EE", "HU", "LT", "LV", "MT", "PL", "SI", "SK":
		return 2004_05_01, 0
	case "BG", "RO":
		return 2007_01_01, 0
	case "HR":
		return 2013_07_01, 0
	}
	return 0, 0
}

// rateDateKey packs a valid date into an int that sorts like the date:
// 2026-03-01 is 20260301.
func rateDateKey(d calendar.Date) int { return d.Year*10000 + int(d.Month)*100 + d.Day }

// appendRateDate appends a valid date as YYYY-MM-DD without allocating.
func appendRateDate(b []byte, d calendar.Date) []byte {
	y, m := d.Year, int(d.Month)
	return append(b,
		byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+m/10), byte('0'+m%10), '-',
		byte('0'+d.Day/10), byte('0'+d.Day%10))
}

// rateFraction turns a rate in units of 0.01 % (2100 for 21 %) into the
// fraction it stands for (0.21), with no trailing zeros in the exponent.
func rateFraction(units int64) decimal.Decimal {
	if units == 0 {
		return decimal.Zero
	}
	exp := int32(-4)
	for units%10 == 0 {
		units /= 10
		exp++
	}
	return decimal.New(units, exp)
}

// The kinds of answer a table search gives.
type periodKind uint8

const (
	periodNone     periodKind = iota // the category has no period at all
	periodLater                      // the category's first period starts after the day
	periodRate                       // a rate: units
	periodStandard                   // the country applies its standard rate
	periodUnknown                    // the table does not know this period
)

// periodEntry is the answer of findPeriod.
type periodEntry struct {
	kind  periodKind
	units int64  // the rate in units of 0.01 %, for periodRate
	from  string // the date (YYYY-MM-DD) of the first period, for periodLater
}

// findPeriod returns what the list of periods "YYYY-MM-DD rate; YYYY-MM-DD
// rate" (see rates_data.go) says about day (YYYY-MM-DD).
func findPeriod(periods string, day []byte) periodEntry {
	if periods == "" {
		return periodEntry{kind: periodNone}
	}
	rate := ""
	for p := periods; ; {
		date, tok, rest, ok := nextPeriod(p)
		if !ok {
			// A malformed period never reaches a caller as a number; the
			// table tests reject it.
			return periodEntry{kind: periodUnknown}
		}
		if date > string(day) {
			if rate == "" {
				return periodEntry{kind: periodLater, from: date}
			}
			break
		}
		rate = tok
		if rest == "" {
			break
		}
		p = rest
	}
	return parseRateToken(rate)
}

// nextPeriod splits the first period "YYYY-MM-DD rate" off a list of
// periods separated by "; ". It checks the date's shape, not that the day
// exists (the table tests do); rest is "" after the last period.
func nextPeriod(p string) (date, rate, rest string, ok bool) {
	if len(p) < 12 || p[10] != ' ' {
		return "", "", "", false
	}
	date, rate = p[:10], p[11:]
	for i := 0; i < 10; i++ {
		c := date[i]
		if i == 4 || i == 7 {
			if c != '-' {
				return "", "", "", false
			}
		} else if c < '0' || c > '9' {
			return "", "", "", false
		}
	}
	if i := strings.IndexByte(rate, ';'); i >= 0 {
		rate, rest = rate[:i], rate[i+1:]
		if len(rest) < 2 || rest[0] != ' ' {
			return "", "", "", false
		}
		rest = rest[1:]
	}
	if rate == "" {
		return "", "", "", false
	}
	return date, rate, rest, true
}

// parseRateToken interprets a rate token: "standard", "-" (unknown), or a
// percentage with at most two decimals ("21", "5.5", "0").
func parseRateToken(tok string) periodEntry {
	switch tok {
	case "standard":
		return periodEntry{kind: periodStandard}
	case "-":
		return periodEntry{kind: periodUnknown}
	}
	units, ok := parseRatePercent(tok)
	if !ok {
		// A malformed rate never reaches a caller as a number; the table
		// tests reject it.
		return periodEntry{kind: periodUnknown}
	}
	return periodEntry{kind: periodRate, units: units}
}

// parseRatePercent parses a percentage with at most two decimals into units of
// 0.01 %: "5.5" is 550, "21" is 2100.
func parseRatePercent(s string) (int64, bool) {
	var units int64
	decimals := -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '.' && decimals < 0 && i > 0 && i < len(s)-1:
			decimals = 0
		case c >= '0' && c <= '9':
			if decimals >= 0 {
				decimals++
			}
			units = units*10 + int64(c-'0')
			if units > 100_00_00 {
				return 0, false
			}
		default:
			return 0, false
		}
	}
	if s == "" || decimals > 2 {
		return 0, false
	}
	for ; decimals < 2; decimals++ {
		if decimals < 0 {
			decimals = 0
		}
		units *= 10
	}
	return units, true
}
