package calendar

import "time"

// The functions in this file convert between civil dates and day numbers
// (days since 1970-01-01 in the proleptic Gregorian calendar). Day numbers
// make date arithmetic plain integer arithmetic: no time.Time, no time zone,
// no daylight-saving surprise, no allocation. The conversions follow the
// well-known "days from civil" construction, which splits the calendar into
// 400-year eras that all have the same length (146097 days) and starts each
// year on 1 March so the leap day is the last day of the year.

const (
	daysPerEra = 146097 // days in 400 Gregorian years
	// epochShift is the day number of 1970-01-01 counted from 0000-03-01.
	epochShift = 719468
	// mondayDay is the day number of Monday 1970-01-05, the anchor for
	// weekday counting.
	mondayDay = 4
)

// floorDiv returns a/b rounded towards negative infinity (b > 0).
func floorDiv(a, b int) int {
	q := a / b
	if a%b < 0 {
		q--
	}
	return q
}

// floorMod returns a mod b in [0, b) (b > 0).
func floorMod(a, b int) int {
	m := a % b
	if m < 0 {
		m += b
	}
	return m
}

// daysFromCivil returns the day number of year-month-day. Out-of-range
// months and days are normalised the way time.Date does (month 13 is
// January of the next year, 30 February is 1 or 2 March).
func daysFromCivil(year int, month time.Month, day int) int {
	m := int(month)
	if m < 1 || m > 12 {
		year += floorDiv(m-1, 12)
		m = floorMod(m-1, 12) + 1
	}
	// Count months from March so that the leap day ends the year.
	if m > 2 {
		m -= 3
	} else {
		m += 9
		year--
	}
	era := floorDiv(year, 400)
	yoe := uint(year - era*400)            // [0, 399]; unsigned divides faster
	doy := uint(153*m+2)/5 + uint(day-1)   // day may be out of range: wraps and unwraps
	doe := yoe*365 + yoe/4 - yoe/100 + doy // [0, 146096] for a valid day
	return era*daysPerEra + int(doe) - epochShift
}

// civilFromDays is the inverse of daysFromCivil.
func civilFromDays(n int) (year int, month time.Month, day int) {
	n += epochShift
	era := floorDiv(n, daysPerEra)
	doe := uint(n - era*daysPerEra)                        // [0, 146096]
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365 // [0, 399]
	doy := doe - (365*yoe + yoe/4 - yoe/100)               // [0, 365]
	mp := (5*doy + 2) / 153                                // March = 0
	day = int(doy - (153*mp+2)/5 + 1)
	year = int(yoe) + era*400
	if mp < 10 {
		month = time.Month(mp + 3)
	} else {
		month = time.Month(mp - 9)
		year++
	}
	return year, month, day
}

// weekdayOf returns the weekday of day number n (1970-01-01 was a Thursday).
func weekdayOf(n int) time.Weekday {
	n += int(time.Thursday)
	if n >= 0 {
		return time.Weekday(uint(n) % 7) // the common case, without the sign fix-up
	}
	return time.Weekday(floorMod(n, 7))
}

// isWeekendDay reports whether day number n is a Saturday or a Sunday.
func isWeekendDay(n int) bool {
	w := weekdayOf(n)
	return w == time.Saturday || w == time.Sunday
}

// weekdaysThrough returns the number of Mondays to Fridays from the anchor
// Monday up to and including day n (negative before the anchor). Only
// differences of this function are meaningful.
func weekdaysThrough(n int) int {
	m := n - mondayDay
	weeks, rest := floorDiv(m, 7), floorMod(m, 7) // rest: 0 = Monday ... 6 = Sunday
	return 5*weeks + min(rest+1, 5)
}

// isLeap reports whether year is a Gregorian leap year.
func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// daysIn returns the number of days in month of year (month in 1..12).
func daysIn(year int, month time.Month) int {
	switch month {
	case time.February:
		if isLeap(year) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	default:
		return 31
	}
}
