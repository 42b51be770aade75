package calendar

import (
	"math"
	"time"
)

// scanner walks day numbers through a calendar, rebuilding its holiday set
// only when the walk enters another year.
type scanner struct {
	c      *Calendar
	set    holidaySet
	loaded bool
}

func (s *scanner) isHoliday(n int) bool {
	if !s.loaded || n < s.set.first || n > s.set.last {
		year, _, _ := civilFromDays(n)
		s.set, s.loaded = s.c.holidaySet(year), true
	}
	return s.set.has(n)
}

func (s *scanner) isBusinessDay(n int) bool {
	return !isWeekendDay(n) && !s.isHoliday(n)
}

// step returns the first business day after n going in direction dir (+1
// or -1), n itself excluded. It ends: years outside 1-9999 have no holidays.
func (s *scanner) step(n, dir int) int {
	for {
		n += dir
		if s.isBusinessDay(n) {
			return n
		}
	}
}

// anyBusinessDay reports whether the interval (lo, hi] holds a business day,
// looking from hi backwards since the caller's answer is usually near hi.
func (s *scanner) anyBusinessDay(lo, hi int) bool {
	for n := hi; n > lo; n-- {
		if s.isBusinessDay(n) {
			return true
		}
	}
	return false
}

// IsBusinessDay reports whether d is a working day in the sense of
// Regulation 1182/71: not a Saturday, not a Sunday, not a public holiday.
func (c *Calendar) IsBusinessDay(d Date) bool {
	d = d.normalized()
	if d.Year < minYear || d.Year > maxYear {
		return !d.IsWeekend()
	}
	y := newYearInfo(d.Year)
	n := y.jan1 + dayOfYear(d.Month, d.Day, y.leap)
	return !isWeekendDay(n) && !c.isHoliday(&y, d)
}

// NextBusinessDay returns the first business day strictly after d.
func (c *Calendar) NextBusinessDay(d Date) Date {
	s := scanner{c: c}
	return fromDays(s.step(d.days(), +1))
}

// BusinessDayOnOrAfter returns d if it is a business day, else the next
// business day. This is rule P3: a period whose last day is a Saturday,
// Sunday or public holiday ends at the end of the next working day.
func (c *Calendar) BusinessDayOnOrAfter(d Date) Date {
	s := scanner{c: c}
	n := d.days()
	if !s.isBusinessDay(n) {
		n = s.step(n, +1)
	}
	return fromDays(n)
}

// BusinessDayOnOrBefore returns d if it is a business day, else the last
// business day before d: the day to act by when a deadline must not rely on
// the roll-forward, such as paying a refund due on a holiday.
func (c *Calendar) BusinessDayOnOrBefore(d Date) Date {
	s := scanner{c: c}
	n := d.days()
	if !s.isBusinessDay(n) {
		n = s.step(n, -1)
	}
	return fromDays(n)
}

// jumpAbove is the number of business days above which AddBusinessDays
// skips whole weeks instead of walking day by day; below it walking is as
// fast and simpler.
const jumpAbove = 50

// maxBusinessDays caps |n| in AddBusinessDays. Years 1-9999 hold about 2.6
// million business days, so any larger n already ends outside them; the cap
// keeps the day-number arithmetic from overflowing (-math.MinInt itself
// overflows, which used to turn AddBusinessDays(d, math.MinInt) into d).
const maxBusinessDays = math.MaxInt / 8

// AddBusinessDays returns the day on which n business days after d have
// passed: the n-th business day strictly after d, or for negative n the
// |n|-th business day strictly before d. With n == 0 it returns d unchanged,
// even when d is not a business day (use BusinessDayOnOrAfter for that).
// For a business day d, BusinessDaysBetween(d, AddBusinessDays(d, n)) == n.
// A result outside years 1-9999 is not a valid Date (check IsValid). |n| is
// capped at math.MaxInt/8, far beyond that range, so that math.MinInt and
// math.MaxInt too give a day on the right side of it instead of wrapping.
func (c *Calendar) AddBusinessDays(d Date, n int) Date {
	if n == 0 {
		return d
	}
	x, dir := d.days(), 1
	n = max(-maxBusinessDays, min(n, maxBusinessDays))
	if n < 0 {
		n, dir = -n, -1
	}
	// Far targets: jump w whole weeks, which hold 5w weekdays minus the
	// holidays among them. 5w < n, so at least one business day is left to
	// find by walking and the walk, not the jump, lands on the result.
	for n > jumpAbove {
		weeks := (n - 1) / 5
		span := 7 * weeks
		if dir > 0 {
			n -= 5*weeks - c.holidayWeekdays(x, x+span)
			x += span
		} else {
			n -= 5*weeks - c.holidayWeekdays(x-span-1, x-1)
			x -= span
		}
	}
	s := scanner{c: c}
	for ; n > 0; n-- {
		x = s.step(x, dir)
	}
	return fromDays(x)
}

// BusinessDaysBetween returns the number of business days in the half-open
// interval (a, b]: a itself is not counted, b is. It is negative (minus the
// count in (b, a]) when b is before a, and 0 when a == b. From Friday to the
// next Monday it is 1; from a Monday to the Friday of that week, 4.
func (c *Calendar) BusinessDaysBetween(a, b Date) int {
	x, y := a.days(), b.days()
	if y < x {
		return -c.businessDaysIn(y, x)
	}
	return c.businessDaysIn(x, y)
}

// businessDaysIn counts business days in (lo, hi], lo <= hi, in time
// proportional to the number of years rather than days.
func (c *Calendar) businessDaysIn(lo, hi int) int {
	return weekdaysThrough(hi) - weekdaysThrough(lo) - c.holidayWeekdays(lo, hi)
}

// holidayWeekdays counts the holidays falling on Monday to Friday in the
// day-number interval (lo, hi].
func (c *Calendar) holidayWeekdays(lo, hi int) int {
	if hi <= lo {
		return 0
	}
	first, _, _ := civilFromDays(lo + 1)
	last, _, _ := civilFromDays(hi)
	count := 0
	for year := max(first, minYear); year <= min(last, maxYear); year++ {
		set := c.holidaySet(year)
		count += set.countWeekdays(lo, hi)
	}
	return count
}

// PeriodEnd returns the last day of a period of days days counted from the
// day of event, by Regulation (EEC, Euratom) 1182/71 art. 3, which Directive
// 2011/83/EU applies to the 14-day withdrawal period:
//
//   - P1: the day of the event does not count, so the raw end is event + days;
//   - P2: weekends and holidays inside the period count;
//   - P3: a raw end on a Saturday, Sunday or holiday of c moves to the next
//     business day;
//   - art. 3(5): a period of two days or more includes at least two business
//     days, else it is extended to the next one. With the built-in tables
//     the longest run of non-business days is 5 (4 for one country), so a
//     14-day period always holds enough and this only changes short periods,
//     such as 2 days from the Thursday before Easter in NL.
//
// The period ends at the end of the returned day, which is never before the
// raw end. A period of 0 days ends on the first business day from event.
//
// Bad input is an error, never a deadline: an event that is not a valid
// date, including the zero Date ("no date"), gives an *InvalidDateError
// matching ErrInvalidDate; a negative days, which the Regulation does not
// define, gives a *PeriodError matching ErrNegativePeriod; an end after
// 9999-12-31 gives a *PeriodError matching ErrPeriodOutOfRange.
func (c *Calendar) PeriodEnd(event Date, days int) (Date, error) {
	if err := checkEvent(event); err != nil {
		return Date{}, err
	}
	start := event.days()
	switch {
	case days < 0:
		return Date{}, &PeriodError{Event: event, Length: days, Unit: "day", Err: ErrNegativePeriod}
	case days > lastDay-start: // also keeps start+days from overflowing
		return Date{}, &PeriodError{Event: event, Length: days, Unit: "day", Err: ErrPeriodOutOfRange}
	}
	end, ok := c.periodEnd(start, start+days, days >= 2)
	if !ok {
		return Date{}, &PeriodError{Event: event, Length: days, Unit: "day", Err: ErrPeriodOutOfRange}
	}
	return end, nil
}

// PeriodEndMonths returns the last day of a period of months months counted
// from event (P4): the same day of the month months later, or the last day
// of that month when it is shorter (2026-01-31 + 1 month = 2026-02-28), then
// moved to the next business day when it is not one (P3). Art. 3(5) applies
// as in PeriodEnd to periods of one month or more: with the built-in tables
// a month always holds two business days, but a calendar whose extra dates
// close a whole month or more can trigger it.
//
// Errors are as for PeriodEnd: *InvalidDateError (ErrInvalidDate) for an
// invalid or zero event, *PeriodError for a negative months
// (ErrNegativePeriod) or an end after 9999-12-31 (ErrPeriodOutOfRange).
func (c *Calendar) PeriodEndMonths(event Date, months int) (Date, error) {
	if err := checkEvent(event); err != nil {
		return Date{}, err
	}
	switch {
	case months < 0:
		return Date{}, &PeriodError{Event: event, Length: months, Unit: "month", Err: ErrNegativePeriod}
	case months > (maxYear-event.Year)*12+int(time.December-event.Month): // past December 9999
		return Date{}, &PeriodError{Event: event, Length: months, Unit: "month", Err: ErrPeriodOutOfRange}
	}
	start := event.days()
	end, ok := c.periodEnd(start, event.AddMonths(months).days(), months >= 1)
	if !ok {
		return Date{}, &PeriodError{Event: event, Length: months, Unit: "month", Err: ErrPeriodOutOfRange}
	}
	return end, nil
}

// checkEvent returns an *InvalidDateError when event names no day; the zero
// Date gets its own reason, since it usually means a date never recorded.
func checkEvent(event Date) error {
	if event.IsZero() {
		return &InvalidDateError{Date: event, Reason: "the zero Date stands for no date"}
	}
	if reason := event.invalidReason(); reason != "" {
		return &InvalidDateError{Date: event, Reason: reason}
	}
	return nil
}

// periodEnd applies P3 and, when atLeastTwo, art. 3(5) to the period (start,
// raw], raw >= start, both valid day numbers. It returns false when the end
// falls after 9999-12-31.
func (c *Calendar) periodEnd(start, raw int, atLeastTwo bool) (Date, bool) {
	s := scanner{c: c}
	end := raw
	if !s.isBusinessDay(end) {
		end = s.step(end, +1)
	}
	// The period holds end, a business day: it needs one more before it.
	if atLeastTwo && !s.anyBusinessDay(start, end-1) {
		end = s.step(end, +1)
	}
	if end > lastDay {
		return Date{}, false
	}
	return fromDays(end), true
}
