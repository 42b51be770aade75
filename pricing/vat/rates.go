package vat

import (
	"time"

	"github.com/comptoir/comptoir/calendar"
	"github.com/shopspring/decimal"
)

// TableStart returns the first day the rate table covers, 2020-01-01. Rate
// answers ErrNoRate for any earlier day.
func TableStart() calendar.Date { return calendar.Date{Year: 2020, Month: time.January, Day: 1} }

// tableStartKey is TableStart as a date key (see dateKey).
const tableStartKey = 2020_01_01

// Rate returns the VAT rate of category in country on the given day, as a
// fraction: 0.21 for 21 %, 0.055 for 5.5 %, 0 for a zero rate or an
// exemption the table records as 0. The rate is the one in force on that
// day, the day of the chargeable event (law-and-tax.md V-rates); the table
// holds every change since TableStart, including temporary ones and changes
// already enacted for a later date. The decimal has no trailing zeros (0.21
// has exponent -2); RateUnits gives the same rate as an integer.
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
// Some national rates are reached by no Category: Luxembourg's 14 %
// (certain wines, printed advertising, solid mineral fuels, ...) is one;
// such goods are not Standard there, and the table has no category for
// them.
//
// On success Rate allocates only the returned decimal (none for a zero
// rate); it is safe for concurrent use: the table is constant data.
func Rate(country string, category Category, on calendar.Date) (decimal.Decimal, error) {
	units, err := RateUnits(country, category, on)
	if err != nil {
		return decimal.Decimal{}, err
	}
	return rateFraction(units), nil
}

// RateUnits returns the VAT rate of category in country on the given day in
// hundredths of a percent: 2100 for 21 %, 550 for 5.5 %, 2550 for 25.5 %,
// 0 for a zero rate. It is the rate Rate returns, as an integer: Rate's
// fraction is units / 10000. Two lookups give the same rate exactly when
// they give the same units, so a caller can group amounts by rate, or key
// a cache, without decimals.
//
// The arguments and errors are those of Rate; units is 0 whenever err is
// not nil. RateUnits does not allocate unless it returns an error, and is
// safe for concurrent use.
func RateUnits(country string, category Category, on calendar.Date) (units int32, err error) {
	table, ok := countryTable(country)
	if !ok {
		return 0, &UnknownCountryError{Country: country}
	}
	if !category.Valid() {
		return 0, &UnknownCategoryError{Category: string(category)}
	}
	if !on.IsValid() {
		_, err := calendar.NewDate(on.Year, on.Month, on.Day)
		return 0, err
	}
	day := dateKey(on)
	if day < tableStartKey {
		return 0, newNoRateError(country, category, on, "the table starts on "+TableStart().String())
	}
	list := table(category)
	p, ok := list.at(day)
	if p.kind == kindStandard {
		std := table(Standard)
		p, ok = std.at(day)
	}
	switch {
	case !ok && list[0].kind == kindNone:
		return 0, newNoRateError(country, category, on, "the country has no rate for this category in the table")
	case !ok:
		return 0, newNoRateError(country, category, on, "the table's data for it starts on "+keyDate(list[0].from).String())
	case p.kind == kindRate:
		return p.units, nil
	}
	return 0, newNoRateError(country, category, on, "the table does not know the rate for this period")
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
	day := dateKey(on)
	return day >= joined && (left == 0 || day <= left)
}

// euMembership returns the date keys of the day country joined the European
// Communities (the EEC for the founding members) and of its last day as a
// member, 0 when it still is; joined is 0 for a non-member.
func euMembership(country string) (joined, left int32) {
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

// dateKey packs a valid date into an int32 that sorts like the date:
// 2026-03-01 is 20260301.
func dateKey(d calendar.Date) int32 {
	return int32(d.Year)*10000 + int32(d.Month)*100 + int32(d.Day)
}

// keyDate is the inverse of dateKey.
func keyDate(k int32) calendar.Date {
	return calendar.Date{Year: int(k / 10000), Month: time.Month(k / 100 % 100), Day: int(k % 100)}
}

// rateFraction turns a rate in hundredths of a percent (2100 for 21 %) into
// the fraction it stands for (0.21), with no trailing zeros in the
// exponent. A zero rate is the zero decimal, which allocates nothing; any
// other rate allocates the decimal's big.Int.
func rateFraction(units int32) decimal.Decimal {
	if units == 0 {
		return decimal.Decimal{}
	}
	exp := int32(-4)
	for units%10 == 0 {
		units /= 10
		exp++
	}
	return decimal.New(int64(units), exp)
}

// rateKind says what a period of the table holds.
type rateKind uint8

const (
	kindNone     rateKind = iota // an unused slot: the list of periods ended
	kindRate                     // a rate, in units
	kindStandard                 // the country's standard rate on that day
	kindUnknown                  // a period whose rate the table does not know
)

// period is one period of a category's rate in a country: it applies from
// its first day until the next period's first day.
type period struct {
	from  int32 // the first day, as a date key: 20260301 for 2026-03-01
	units int32 // for kindRate, the rate in hundredths of a percent: 2100 for 21 %
	kind  rateKind
}

// maxPeriods bounds how many periods one country and category can have.
const maxPeriods = 6

// periods is a category's rate history in a country: the periods in order,
// then unused slots (kindNone). A list without periods means the table
// does not know the category in that country.
type periods [maxPeriods]period

// at returns the period in force on day; ok is false when the list has no
// period starting on or before day.
func (ps *periods) at(day int32) (p period, ok bool) {
	for i := range ps {
		q := ps[i]
		if q.kind == kindNone || q.from > day {
			break
		}
		p, ok = q, true
	}
	return p, ok
}
