package calendar

import (
	"fmt"
	"math/bits"
	"slices"
	"strings"
)

// Holiday is a public holiday on a given day. When several holidays of a
// calendar fall on the same day (Ascension Day on Labour Day, or the same day
// in two countries of a union) they are reported once, with their distinct
// names joined by " / ".
type Holiday struct {
	Date Date
	Name string // in English, e.g. "Easter Monday", "King's Day"
}

// extraHolidayName names an extra date given without a name.
const extraHolidayName = "Additional public holiday"

// nameSeparator joins the names of holidays that fall on the same day.
const nameSeparator = " / "

// Calendar knows which days are public holidays in one country or in a union
// of countries, and does business-day arithmetic with them. Saturdays and
// Sundays are never business days.
//
// A Calendar is immutable: WithExtraDates and Union return new calendars and
// leave their inputs unchanged, so a *Calendar can be shared freely between
// goroutines. Build calendars once and keep them; the date and business-day
// methods do not allocate.
//
// Get calendars only from For, Weekends, Union and WithExtraDates, which
// never return a nil *Calendar without an error. A nil *Calendar is a
// programming error, not an input: like writing to a nil map, calling a
// method on it panics (a nil dereference) as soon as the method needs the
// holidays, because the hot methods deliberately do not check for it. Union
// is the exception: it reports a nil member as an error. Use Weekends for a
// calendar without public holidays.
type Calendar struct {
	members []member  // country tables, at most one per code; never modified
	extras  []Holiday // valid dates, sorted, one per date; never modified
}

// member is one country's table inside a calendar.
type member struct {
	code  string
	rules []rule
}

// For returns the calendar of national public holidays of country, an ISO
// 3166-1 alpha-2 code in upper case: "BE", "DE", "FR", "LU" or "NL" (see
// Countries). Codes are matched exactly, not case-folded or trimmed, so a
// malformed code from upstream is reported instead of guessed at. An unknown
// code gives an *UnknownCountryError matching ErrUnknownCountry.
func For(country string) (*Calendar, error) {
	rules, ok := countryRules(country)
	if !ok {
		return nil, &UnknownCountryError{Country: country}
	}
	return &Calendar{members: []member{{code: country, rules: rules}}}, nil
}

// Weekends returns a calendar without public holidays: every Monday to
// Friday is a business day.
func Weekends() *Calendar { return &Calendar{} }

// Union returns a calendar in which a day is a holiday when it is one in any
// of cals, including their extra dates. Regulation 1182/71 counts the
// holidays of the Member State where an act is done; comptoir's default for
// the withdrawal period is the union of the consumer's and the trader's
// calendars, which always gives the later, safe end date (law-and-tax P5).
//
// Unions of unions are flattened and a country appearing twice counts once.
// Union() with no argument is the identity of the union: a calendar with no
// holidays, like Weekends. A nil member is an error matching ErrNilCalendar
// (a forgotten calendar must not silently drop a country's holidays).
func Union(cals ...*Calendar) (*Calendar, error) {
	u := &Calendar{}
	var extras []Holiday
	for i, c := range cals {
		if c == nil {
			return nil, fmt.Errorf("%w: argument %d of Union", ErrNilCalendar, i+1)
		}
		for _, m := range c.members {
			if !slices.ContainsFunc(u.members, func(o member) bool { return o.code == m.code }) {
				u.members = append(u.members, m)
			}
		}
		extras = append(extras, c.extras...)
	}
	u.extras = mergeHolidays(extras)
	return u, nil
}

// WithExtraDates returns a new calendar that also treats dates as public
// holidays, e.g. the days the Netherlands equates with holidays by decree
// (2026-01-02, 2026-05-15, 2027-05-07). c itself is unchanged. A holiday
// with an empty Name is called "Additional public holiday". Holidays whose
// Date is not valid (including the zero Date) name no day and are ignored.
// The calendar's Name does not change.
func (c *Calendar) WithExtraDates(dates ...Holiday) *Calendar {
	extras := slices.Clone(c.extras)
	for _, h := range dates {
		if !h.Date.IsValid() {
			continue
		}
		if h.Name == "" {
			h.Name = extraHolidayName
		}
		extras = append(extras, h)
	}
	return &Calendar{members: c.members, extras: mergeHolidays(extras)}
}

// Name returns the country codes of c joined by "+" in the order they were
// combined ("BE", "BE+FR"), or "weekends" for a calendar without country.
// Extra dates do not appear in the name.
func (c *Calendar) Name() string {
	if len(c.members) == 0 {
		return "weekends"
	}
	codes := make([]string, len(c.members))
	for i, m := range c.members {
		codes[i] = m.code
	}
	return strings.Join(codes, "+")
}

// IsHoliday reports whether d is a public holiday in c (weekends are not
// holidays; see IsBusinessDay).
func (c *Calendar) IsHoliday(d Date) bool {
	d = d.normalized()
	if d.Year < minYear || d.Year > maxYear {
		return false
	}
	y := newYearInfo(d.Year)
	return c.isHoliday(&y, d)
}

// isHoliday is IsHoliday for a valid d in the year y describes.
func (c *Calendar) isHoliday(y *yearInfo, d Date) bool {
	n := y.jan1 + dayOfYear(d.Month, d.Day, y.leap)
	for i := range c.members {
		for j := range c.members[i].rules {
			if day, ok := c.members[i].rules[j].dayIn(y); ok && day == n {
				return true
			}
		}
	}
	_, ok := slices.BinarySearchFunc(c.extras, d, compareHolidayDate)
	return ok
}

// HolidayName returns the name of the holiday on d, with the names joined by
// " / " when several fall on that day, and false when d is not a holiday.
func (c *Calendar) HolidayName(d Date) (string, bool) {
	d = d.normalized()
	if d.Year < minYear || d.Year > maxYear {
		return "", false
	}
	y := newYearInfo(d.Year)
	n := y.jan1 + dayOfYear(d.Month, d.Day, y.leap)
	name, found := "", false
	for i := range c.members {
		for j := range c.members[i].rules {
			r := &c.members[i].rules[j]
			if day, ok := r.dayIn(&y); ok && day == n {
				name, found = addName(name, r.name), true
			}
		}
	}
	if i, ok := slices.BinarySearchFunc(c.extras, d, compareHolidayDate); ok {
		name, found = addName(name, c.extras[i].Name), true
	}
	return name, found
}

// Holidays returns the public holidays of year in date order, one entry per
// date, in a new slice the caller may keep or change. It returns nil for
// years outside 1-9999, which have no holidays.
func (c *Calendar) Holidays(year int) []Holiday {
	if year < minYear || year > maxYear {
		return nil
	}
	y := newYearInfo(year)
	var list []Holiday
	for i := range c.members {
		for j := range c.members[i].rules {
			r := &c.members[i].rules[j]
			if n, ok := r.dayIn(&y); ok {
				list = append(list, Holiday{Date: fromDays(n), Name: r.name})
			}
		}
	}
	list = append(list, c.extrasIn(year)...)
	return mergeHolidays(list)
}

// extrasIn returns the extra dates of c in year (a sub-slice; do not modify).
func (c *Calendar) extrasIn(year int) []Holiday {
	lo, _ := slices.BinarySearchFunc(c.extras, year, func(h Holiday, y int) int { return h.Date.Year - y })
	hi, _ := slices.BinarySearchFunc(c.extras, year+1, func(h Holiday, y int) int { return h.Date.Year - y })
	return c.extras[lo:hi]
}

func compareHolidayDate(h Holiday, d Date) int { return h.Date.Compare(d) }

// mergeHolidays sorts list by date in place (keeping the order of equal
// dates) and merges entries of the same date into one.
func mergeHolidays(list []Holiday) []Holiday {
	slices.SortStableFunc(list, func(a, b Holiday) int { return a.Date.Compare(b.Date) })
	out := list[:0]
	for _, h := range list {
		if k := len(out) - 1; k >= 0 && out[k].Date == h.Date {
			out[k].Name = addName(out[k].Name, h.Name)
			continue
		}
		out = append(out, h)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// addName adds the names in name (itself possibly joined) to joined, skipping
// those already there.
func addName(joined, name string) string {
	if joined == "" {
		return name
	}
	have := strings.Split(joined, nameSeparator)
	for _, part := range strings.Split(name, nameSeparator) {
		if !slices.Contains(have, part) {
			have = append(have, part)
		}
	}
	return strings.Join(have, nameSeparator)
}

// holidaySet is the set of holidays of one year as a bitmap indexed by day of
// year, so scanning a run of days costs one table build per year.
type holidaySet struct {
	first, last int       // day numbers of 1 January and 31 December
	bits        [6]uint64 // bit i: day first+i is a holiday (366 <= 384 bits)
}

// holidaySet builds the holiday set of year. Years outside 1-9999 have no
// holidays; that also bounds every scan over holidays.
func (c *Calendar) holidaySet(year int) holidaySet {
	if year < minYear || year > maxYear {
		return holidaySet{first: daysFromCivil(year, 1, 1), last: daysFromCivil(year, 12, 31)}
	}
	y := newYearInfo(year)
	s := holidaySet{first: y.jan1, last: y.jan1 + 364}
	if y.leap {
		s.last++
	}
	for i := range c.members {
		for j := range c.members[i].rules {
			if n, ok := c.members[i].rules[j].dayIn(&y); ok {
				s.add(n)
			}
		}
	}
	for _, h := range c.extrasIn(year) {
		s.add(y.jan1 + dayOfYear(h.Date.Month, h.Date.Day, y.leap))
	}
	return s
}

// index returns the bit of day n, checking the bitmap bounds as well as the
// year's, so that day numbers wrapped by integer overflow cannot panic.
func (s *holidaySet) index(n int) (int, bool) {
	i := n - s.first
	return i, i >= 0 && i < len(s.bits)*64 && n <= s.last
}

func (s *holidaySet) add(n int) {
	if i, ok := s.index(n); ok {
		s.bits[i>>6] |= 1 << (i & 63)
	}
}

func (s *holidaySet) has(n int) bool {
	i, ok := s.index(n)
	return ok && s.bits[i>>6]&(1<<(i&63)) != 0
}

// countWeekdays returns how many holidays of the set fall on a Monday to
// Friday in the day-number interval (lo, hi].
func (s *holidaySet) countWeekdays(lo, hi int) int {
	count := 0
	for w, word := range s.bits {
		for word != 0 {
			n := s.first + w*64 + bits.TrailingZeros64(word)
			word &= word - 1
			if n > lo && n <= hi && !isWeekendDay(n) {
				count++
			}
		}
	}
	return count
}
