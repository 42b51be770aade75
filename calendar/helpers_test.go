package calendar_test

import (
	"testing"
	"time"

	// Embed the zone database so the daylight-saving tests do not depend on
	// the machine's /usr/share/zoneinfo.
	_ "time/tzdata"

	"github.com/comptoir/comptoir/calendar"
	"github.com/stretchr/testify/require"
)

// date parses a YYYY-MM-DD literal in test tables; a typo in a table is a
// bug in the test, so it panics.
func date(s string) calendar.Date {
	d, err := calendar.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// countryCal returns the calendar of a built-in country.
func countryCal(t testing.TB, code string) *calendar.Calendar {
	t.Helper()
	c, err := calendar.For(code)
	require.NoError(t, err)
	return c
}

// allCalendars returns every built-in country calendar and their union.
func allCalendars(t testing.TB) []*calendar.Calendar {
	t.Helper()
	var cals []*calendar.Calendar
	for _, code := range calendar.Countries() {
		cals = append(cals, countryCal(t, code))
	}
	return append(cals, union(t, cals...), calendar.Weekends())
}

// union returns calendar.Union of cals, which must succeed.
func union(t testing.TB, cals ...*calendar.Calendar) *calendar.Calendar {
	t.Helper()
	u, err := calendar.Union(cals...)
	require.NoError(t, err)
	return u
}

// periodEnd returns c.PeriodEnd(event, days), which must succeed. It does
// not call t.Helper, being called in loops over thousands of days; the
// message names the call instead.
func periodEnd(t testing.TB, c *calendar.Calendar, event calendar.Date, days int) calendar.Date {
	end, err := c.PeriodEnd(event, days)
	if err != nil {
		t.Fatalf("%s: PeriodEnd(%v, %d): %v", c.Name(), event, days, err)
	}
	return end
}

// periodEndMonths returns c.PeriodEndMonths(event, months), which must
// succeed.
func periodEndMonths(t testing.TB, c *calendar.Calendar, event calendar.Date, months int) calendar.Date {
	end, err := c.PeriodEndMonths(event, months)
	if err != nil {
		t.Fatalf("%s: PeriodEndMonths(%v, %d): %v", c.Name(), event, months, err)
	}
	return end
}

// loadZone loads an IANA zone from the embedded database.
func loadZone(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	require.NoError(t, err)
	return loc
}

// eachDay calls f for every date from first to last inclusive.
func eachDay(first, last calendar.Date, f func(calendar.Date)) {
	for d := first; !d.After(last); d = d.AddDays(1) {
		f(d)
	}
}

// naiveBusinessDays counts business days in (a, b] one day at a time, as an
// independent reference for BusinessDaysBetween (a <= b).
func naiveBusinessDays(c *calendar.Calendar, a, b calendar.Date) int {
	n := 0
	for d := a.AddDays(1); !d.After(b); d = d.AddDays(1) {
		if c.IsBusinessDay(d) {
			n++
		}
	}
	return n
}

// naiveOnOrAfter is the first business day on or after d, found by walking.
func naiveOnOrAfter(c *calendar.Calendar, d calendar.Date) calendar.Date {
	for !c.IsBusinessDay(d) {
		d = d.AddDays(1)
	}
	return d
}
