package calendar

import "time"

// rule is one public holiday of one country's table: a fixed day of the year
// or a day counted from Easter Sunday, optionally moved when it falls on a
// Sunday, in force from year from to year until (0 = open-ended).
type rule struct {
	name   string
	month  time.Month // 0 for a rule counted from Easter Sunday
	day    int        // day of month, or the offset in days from Easter Sunday
	sunday int        // days to move a fixed date that falls on a Sunday; 0 = it stays
	from   int        // first year in force, 0 = always was
	until  int        // last year in force, 0 = still is
}

// fixed is a holiday on the same day every year.
func fixed(name string, month time.Month, day int) rule {
	return rule{name: name, month: month, day: day}
}

// fromEaster is a holiday offset days after Easter Sunday (before if negative).
func fromEaster(name string, offset int) rule {
	return rule{name: name, day: offset}
}

// years limits r to the years from-until inclusive (0 = open-ended).
func (r rule) years(from, until int) rule {
	r.from, r.until = from, until
	return r
}

// sundayMovesBy moves r by days when its date is a Sunday.
func (r rule) sundayMovesBy(days int) rule {
	r.sunday = days
	return r
}

// dayIn returns the day number of r in the year y describes, and false when
// r is not in force that year.
func (r *rule) dayIn(y *yearInfo) (int, bool) {
	if (r.from != 0 && y.year < r.from) || (r.until != 0 && y.year > r.until) {
		return 0, false
	}
	if r.month == 0 {
		return y.easter + r.day, true
	}
	n := y.jan1 + dayOfYear(r.month, r.day, y.leap)
	if r.sunday != 0 && weekdayOf(n) == time.Sunday {
		n += r.sunday
	}
	return n, true
}

// yearInfo is what rules need to place themselves in a year, computed once
// per year so that each rule costs a few additions.
type yearInfo struct {
	year   int
	jan1   int // day number of 1 January
	leap   bool
	easter int // day number of Easter Sunday
}

// newYearInfo describes year, which must be in 1-9999.
func newYearInfo(year int) yearInfo {
	y := yearInfo{year: year, jan1: daysFromCivil(year, time.January, 1), leap: isLeap(year)}
	month, day := easterMonthDay(year)
	y.easter = y.jan1 + dayOfYear(month, day, y.leap)
	return y
}

// dayOfYear returns the 0-based position of an existing month and day in a
// year: 0 for 1 January, 59 for 1 March in a common year.
func dayOfYear(month time.Month, day int, leap bool) int {
	switch month {
	case time.January:
		return day - 1
	case time.February:
		return 30 + day
	}
	n := (153*(int(month)-3)+2)/5 + 58 + day // months from March: 31,30,31,30,31 ...
	if leap {
		n++
	}
	return n
}

// Holiday names shared by several countries, so that a union of calendars
// shows one name for the same day.
const (
	newYear      = "New Year's Day"
	goodFriday   = "Good Friday"
	easterMonday = "Easter Monday"
	labourDay    = "Labour Day"
	ascension    = "Ascension Day"
	whitMonday   = "Whit Monday"
	assumption   = "Assumption Day"
	allSaints    = "All Saints' Day"
	armistice    = "Armistice Day"
	christmas    = "Christmas Day"
	christmas2   = "Second Day of Christmas"
)

// Offsets from Easter Sunday.
const (
	goodFridayOffset   = -2
	easterMondayOffset = 1
	ascensionOffset    = 39
	whitMondayOffset   = 50
)

// Countries returns the ISO 3166-1 alpha-2 codes For accepts, sorted.
func Countries() []string {
	return []string{"BE", "DE", "FR", "LU", "NL"}
}

// countryRules returns a fresh copy of the national public holidays of
// country (see law-and-tax.md section 1 and the package documentation for
// sources and effective years). Building the table on each call keeps it out
// of package state, so nothing can modify it.
func countryRules(country string) ([]rule, bool) {
	switch country {
	case "BE": // Royal Decree of 18 April 1974: ten days, no replacement day
		return []rule{
			fixed(newYear, time.January, 1),
			fromEaster(easterMonday, easterMondayOffset),
			fixed(labourDay, time.May, 1),
			fromEaster(ascension, ascensionOffset),
			fromEaster(whitMonday, whitMondayOffset),
			fixed("Belgian National Day", time.July, 21),
			fixed(assumption, time.August, 15),
			fixed(allSaints, time.November, 1),
			fixed(armistice, time.November, 11),
			fixed(christmas, time.December, 25),
		}, true
	case "FR": // Code du travail art. L3133-1
		return []rule{
			fixed(newYear, time.January, 1),
			fromEaster(easterMonday, easterMondayOffset),
			fixed(labourDay, time.May, 1),
			// Not a public holiday from 1959; restored by a 1981 law.
			fixed("Victory in Europe Day", time.May, 8).years(1982, 0),
			fromEaster(ascension, ascensionOffset),
			fromEaster(whitMonday, whitMondayOffset),
			fixed("Bastille Day", time.July, 14),
			fixed(assumption, time.August, 15),
			fixed(allSaints, time.November, 1),
			fixed(armistice, time.November, 11),
			fixed(christmas, time.December, 25),
		}, true
	case "NL": // Algemene termijnenwet art. 3
		return []rule{
			fixed(newYear, time.January, 1),
			fromEaster(goodFriday, goodFridayOffset), // art. 3(2)
			fromEaster(easterMonday, easterMondayOffset),
			// "The day on which the King's birthday is celebrated".
			fixed("Queen's Day", time.April, 30).sundayMovesBy(+1).years(1949, 1979),
			fixed("Queen's Day", time.April, 30).sundayMovesBy(-1).years(1980, 2013),
			fixed("King's Day", time.April, 27).sundayMovesBy(-1).years(2014, 0),
			fixed("Liberation Day", time.May, 5),
			fromEaster(ascension, ascensionOffset),
			fromEaster(whitMonday, whitMondayOffset),
			fixed(christmas, time.December, 25),
			fixed(christmas2, time.December, 26),
		}, true
	case "DE": // days that are public holidays in every Land
		return []rule{
			fixed(newYear, time.January, 1),
			fromEaster(goodFriday, goodFridayOffset),
			fromEaster(easterMonday, easterMondayOffset),
			fixed(labourDay, time.May, 1),
			fromEaster(ascension, ascensionOffset),
			fromEaster(whitMonday, whitMondayOffset),
			fixed("German Unity Day", time.October, 3).years(1990, 0), // Unification Treaty
			// 500th anniversary of the Reformation: a one-off holiday in every Land.
			fixed("Reformation Day", time.October, 31).years(2017, 2017),
			fixed(christmas, time.December, 25),
			fixed(christmas2, time.December, 26),
		}, true
	case "LU": // Code du travail art. L.232-2
		return []rule{
			fixed(newYear, time.January, 1),
			fromEaster(easterMonday, easterMondayOffset),
			fixed(labourDay, time.May, 1),
			fixed("Europe Day", time.May, 9).years(2019, 0), // law of 2019
			fromEaster(ascension, ascensionOffset),
			fromEaster(whitMonday, whitMondayOffset),
			fixed("Luxembourg National Day", time.June, 23),
			fixed(assumption, time.August, 15),
			fixed(allSaints, time.November, 1),
			fixed(christmas, time.December, 25),
			fixed(christmas2, time.December, 26),
		}, true
	}
	return nil, false
}
