package calendar

import "time"

// Easter returns Easter Sunday of year in the Gregorian calendar (the date
// Western churches use), computed with the anonymous Gregorian algorithm
// published by Meeus, Jones and Butcher. The result is meaningful from 1583,
// the first full Gregorian year; for years 1-1582 it is the proleptic
// Gregorian value. For years outside 1-9999 Easter returns the zero Date.
// The tests compare it with Gauss's method for every year 1-9999 and with
// published dates for 1900-2200.
func Easter(year int) Date {
	if year < minYear || year > maxYear {
		return Date{}
	}
	month, day := easterMonthDay(year)
	return Date{Year: year, Month: month, Day: day}
}

// easterMonthDay is the algorithm proper, for year >= 1. The letters follow
// the published description so it can be checked line by line. It works in
// unsigned integers, which divide by constants faster; no intermediate value
// goes negative for year >= 1.
func easterMonthDay(y int) (time.Month, int) {
	year := uint(y)
	a := year % 19                    // place in the 19-year lunar (Metonic) cycle
	b, c := year/100, year%100        // century, year within the century
	d, e := b/4, b%4                  // Gregorian leap-century correction
	f := (b + 8) / 25                 // with g: the lunar correction
	g := (b - f + 1) / 3              //   for the drift of the moon's cycle
	h := (19*a + b - d - g + 15) % 30 // epact: fixes the Paschal full moon
	i, k := c/4, c%4                  // leap years within the century
	l := (32 + 2*e + 2*i - h - k) % 7 // days from the full moon to Sunday
	m := (a + 11*h + 22*l) / 451      // the two late-April exceptions
	n := h + l - 7*m + 114            // month*31 + day - 1
	return time.Month(n / 31), int(n%31 + 1)
}
