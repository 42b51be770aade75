package calendar_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/comptoir/comptoir/calendar"
	"github.com/stretchr/testify/assert"
)

func TestEasterKnownDates(t *testing.T) {
	// Published dates, including both extremes (22 March cannot occur in
	// 1900-2200; 25 April does) and the two Gauss exceptions (1954, 2049).
	known := []string{
		"1900-04-15", "1943-04-25", "1954-04-18", "1961-04-02", "1981-04-19",
		"2000-04-23", "2008-03-23", "2011-04-24", "2019-04-21",
		"2025-04-20", "2026-04-05", "2027-03-28", "2028-04-16", // law-and-tax.md
		"2038-04-25", "2049-04-18", "2100-03-28", "2160-03-23", "2200-04-06",
	}
	for _, s := range known {
		want := date(s)
		t.Run(s, func(t *testing.T) {
			assert.Equal(t, want, calendar.Easter(want.Year))
			m, d := gaussEaster(want.Year)
			assert.Equal(t, want, calendar.Date{Year: want.Year, Month: m, Day: d}, "the reference agrees")
		})
	}
}

// gaussEaster is Gauss's Easter algorithm with its two exceptions, an
// independent method to check the Meeus/Jones/Butcher implementation.
func gaussEaster(year int) (time.Month, int) {
	k := year / 100
	p := (13 + 8*k) / 25
	q := k / 4
	mm := (15 - p + k - q) % 30
	nn := (4 + k - q) % 7
	d := (19*(year%19) + mm) % 30
	e := (2*(year%4) + 4*(year%7) + 6*d + nn) % 7
	switch {
	case d == 29 && e == 6:
		return time.April, 19
	case d == 28 && e == 6 && (11*mm+11)%30 < 19:
		return time.April, 18
	case 22+d+e > 31:
		return time.April, d + e - 9
	default:
		return time.March, 22 + d + e
	}
}

func TestEasterAgainstGaussEveryYear(t *testing.T) {
	for year := 1; year <= 9999; year++ { // proleptic before 1583
		got := calendar.Easter(year)
		m, d := gaussEaster(year)
		if got != (calendar.Date{Year: year, Month: m, Day: d}) {
			t.Fatalf("%d: got %v, Gauss says %d-%02d", year, got, m, d)
		}
		if got.Weekday() != time.Sunday {
			t.Fatalf("%d: %v is a %v", year, got, got.Weekday())
		}
		if got.Before(calendar.Date{Year: year, Month: time.March, Day: 22}) ||
			got.After(calendar.Date{Year: year, Month: time.April, Day: 25}) {
			t.Fatalf("%d: %v outside 22 March - 25 April", year, got)
		}
	}
}

func TestEasterOutsideRange(t *testing.T) {
	for _, year := range []int{-400, -1, 0, 10000} {
		assert.True(t, calendar.Easter(year).IsZero(), fmt.Sprint(year))
	}
	assert.True(t, calendar.Easter(1).IsValid())
	assert.True(t, calendar.Easter(9999).IsValid())
}
