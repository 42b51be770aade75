package calendar

import (
	"cmp"
	"fmt"
	"time"
)

// Years a valid Date can have: the range the four-digit text form can hold.
const (
	minYear = 1
	maxYear = 9999
	lastDay = 2932896 // day number of 9999-12-31, the last valid Date
)

// Date is a civil date (a day on the wall calendar, with no time and no time
// zone) in the proleptic Gregorian calendar.
//
// Dates are small values, comparable with == when valid. The zero value
// (0000-00-00) means "no date": IsZero reports it and IsValid rejects it.
//
// The fields are exported so that a Date can be written as a literal, which
// also means a Date can hold fields that name no day (2026-02-30). IsValid
// tells the two apart; NewDate and ParseDate only return valid dates. The
// arithmetic and comparison methods accept an invalid Date and normalise it
// the way time.Date does (2026-02-30 is 2026-03-02, month 13 is January of
// the next year); results that fall outside years 1-9999 are not valid.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// NewDate returns the date year-month-day, or an *InvalidDateError (matching
// ErrInvalidDate) when that day does not exist or the year is outside 1-9999.
func NewDate(year int, month time.Month, day int) (Date, error) {
	d := Date{Year: year, Month: month, Day: day}
	if reason := d.invalidReason(); reason != "" {
		return Date{}, &InvalidDateError{Date: d, Reason: reason}
	}
	return d, nil
}

// ParseDate parses the strict ISO 8601 calendar form YYYY-MM-DD: exactly four
// year digits, two month digits and two day digits, no sign, no spaces, no
// time part. It rejects days that do not exist (2026-02-30, 2100-02-29).
// Errors are *ParseError and match ErrInvalidDate.
func ParseDate(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, &ParseError{Input: s, Reason: "want exactly YYYY-MM-DD"}
	}
	year, okY := digits(s[0:4])
	month, okM := digits(s[5:7])
	day, okD := digits(s[8:10])
	if !okY || !okM || !okD {
		return Date{}, &ParseError{Input: s, Reason: "want exactly YYYY-MM-DD with decimal digits"}
	}
	d := Date{Year: year, Month: time.Month(month), Day: day}
	if reason := d.invalidReason(); reason != "" {
		return Date{}, &ParseError{Input: s, Reason: reason}
	}
	return d, nil
}

// digits parses a short run of ASCII decimal digits; signs and spaces fail.
func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// DateOf returns the civil date of the instant t as seen in loc, e.g. the
// Brussels date of a delivery scan recorded in UTC. Like t.In, it panics if
// loc is nil: guessing a zone would silently shift dates near midnight.
func DateOf(t time.Time, loc *time.Location) Date {
	y, m, d := t.In(loc).Date()
	return Date{Year: y, Month: m, Day: d}
}

// invalidReason explains why d names no day, or returns "" for a valid d.
func (d Date) invalidReason() string {
	switch {
	case d.Year < minYear || d.Year > maxYear:
		return fmt.Sprintf("year %d is not between %d and %d", d.Year, minYear, maxYear)
	case d.Month < time.January || d.Month > time.December:
		return fmt.Sprintf("month %d is not between 1 and 12", int(d.Month))
	case d.Day < 1 || d.Day > daysIn(d.Year, d.Month):
		return fmt.Sprintf("day %d does not exist in %s %d", d.Day, d.Month, d.Year)
	}
	return ""
}

// IsValid reports whether d names an existing day between 0001-01-01 and
// 9999-12-31.
func (d Date) IsValid() bool {
	return d.Year >= minYear && d.Year <= maxYear &&
		d.Month >= time.January && d.Month <= time.December &&
		d.Day >= 1 && d.Day <= daysIn(d.Year, d.Month)
}

// IsZero reports whether d is the zero Date, which stands for "no date".
func (d Date) IsZero() bool { return d == Date{} }

// String returns d as YYYY-MM-DD, e.g. "2026-12-18". An invalid Date is
// printed field by field ("2026-02-30", the zero Date as "0000-00-00"), so
// only the String of a valid Date parses back.
func (d Date) String() string {
	if !d.IsValid() {
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
	}
	var buf [10]byte
	return string(d.appendText(buf[:0]))
}

// appendText appends a valid d as YYYY-MM-DD without allocating.
func (d Date) appendText(b []byte) []byte {
	y, m := d.Year, int(d.Month)
	return append(b,
		byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+m/10), byte('0'+m%10), '-',
		byte('0'+d.Day/10), byte('0'+d.Day%10))
}

// MarshalText implements encoding.TextMarshaler, so a Date is the JSON string
// "2026-12-18". The zero Date marshals to empty text (the JSON string "") so
// "no date" survives a round trip; any other invalid Date is an error.
func (d Date) MarshalText() ([]byte, error) {
	if d.IsZero() {
		return []byte{}, nil
	}
	if reason := d.invalidReason(); reason != "" {
		return nil, &InvalidDateError{Date: d, Reason: reason}
	}
	return d.appendText(make([]byte, 0, 10)), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseDate's strict
// rules. Empty text gives the zero Date, mirroring MarshalText. On error d is
// left unchanged.
func (d *Date) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = Date{}
		return nil
	}
	parsed, err := ParseDate(string(text))
	if err != nil {
		return err
	}
	*d = parsed
	return nil
}

// days returns d's day number (days since 1970-01-01).
func (d Date) days() int { return daysFromCivil(d.Year, d.Month, d.Day) }

// fromDays returns the Date of day number n.
func fromDays(n int) Date {
	y, m, d := civilFromDays(n)
	return Date{Year: y, Month: m, Day: d}
}

// normalized returns d itself when valid, else the day time.Date would make
// of its fields.
func (d Date) normalized() Date {
	if d.IsValid() {
		return d
	}
	return fromDays(d.days())
}

// AddDays returns the date n days after d (before d if n is negative).
func (d Date) AddDays(n int) Date { return fromDays(d.days() + n) }

// AddMonths returns the same day of the month n months after d (before d if
// n is negative). When that month is too short the result is its last day:
// 2026-01-31 plus one month is 2026-02-28, 2024-01-31 plus one is 2024-02-29.
// This is the month rule of Regulation 1182/71 art. 3(2)(c).
func (d Date) AddMonths(n int) Date {
	d = d.normalized()
	total := d.Year*12 + int(d.Month) - 1 + n
	year, month := floorDiv(total, 12), time.Month(floorMod(total, 12)+1)
	return Date{Year: year, Month: month, Day: min(d.Day, daysIn(year, month))}
}

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday { return weekdayOf(d.days()) }

// IsWeekend reports whether d is a Saturday or a Sunday.
func (d Date) IsWeekend() bool { return isWeekendDay(d.days()) }

// Compare returns -1 if d is before o, 0 if they are the same day and +1 if
// d is after o. It fits slices.SortFunc(dates, Date.Compare).
func (d Date) Compare(o Date) int { return cmp.Compare(d.days(), o.days()) }

// Before reports whether d is an earlier day than o.
func (d Date) Before(o Date) bool { return d.days() < o.days() }

// After reports whether d is a later day than o.
func (d Date) After(o Date) bool { return d.days() > o.days() }

// DaysUntil returns the number of days from d to o: o minus d, negative when
// o is before d. d.AddDays(d.DaysUntil(o)) == o for valid dates.
func (d Date) DaysUntil(o Date) int { return o.days() - d.days() }

// In returns the first instant of day d in loc, normally midnight local
// time. On the rare days whose midnight is skipped by a daylight-saving jump
// (clocks going from 23:59:59 to 01:00, as in Chile or Brazil) time.Date
// would return 23:00 of the previous day; In returns the instant of the jump
// instead, the first moment that is on day d. Europe/Brussels changes at
// 02:00 and 03:00, so there In always returns midnight. Like time.Date, In
// panics if loc is nil.
func (d Date) In(loc *time.Location) time.Time {
	d = d.normalized()
	t := time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, loc)
	if DateOf(t, loc) != d {
		// Midnight fell in a gap and was resolved backwards; the zone that
		// was in force ends at the jump, which is where day d begins.
		if _, end := t.ZoneBounds(); !end.IsZero() {
			t = end
		}
	}
	return t
}
