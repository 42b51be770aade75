package calendar_test

import (
	"sync"
	"testing"
	"time"

	"github.com/comptoir/comptoir/calendar"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestForUnknownCountry(t *testing.T) {
	for _, code := range []string{"", "XX", "be", " BE", "BEL", "EU", "GB"} {
		t.Run(code, func(t *testing.T) {
			c, err := calendar.For(code)
			assert.Nil(t, c)
			require.ErrorIs(t, err, calendar.ErrUnknownCountry)
			var ue *calendar.UnknownCountryError
			require.ErrorAs(t, err, &ue)
			assert.Equal(t, code, ue.Country)
			assert.Contains(t, err.Error(), "BE, DE, FR, LU, NL")
		})
	}
	_, err := calendar.For("nl")
	assert.Contains(t, err.Error(), "use NL")
}

func TestCountriesAndNames(t *testing.T) {
	assert.Equal(t, []string{"BE", "DE", "FR", "LU", "NL"}, calendar.Countries())
	for _, code := range calendar.Countries() {
		assert.Equal(t, code, countryCal(t, code).Name())
	}
	be, fr, nl := countryCal(t, "BE"), countryCal(t, "FR"), countryCal(t, "NL")
	assert.Equal(t, "BE+FR", union(t, be, fr).Name())
	assert.Equal(t, "BE+FR+NL", union(t, union(t, be, fr), union(t, nl, be)).Name())
	assert.Equal(t, "BE", union(t, be, be, calendar.Weekends()).Name())
	assert.Equal(t, "weekends", calendar.Weekends().Name())
	assert.Equal(t, "weekends", union(t).Name())
	assert.Equal(t, "NL", nl.WithExtraDates(calendar.Holiday{Date: date("2026-05-15")}).Name())
}

func TestHolidays2026(t *testing.T) {
	tests := map[string][]calendar.Holiday{
		"BE": {
			{date("2026-01-01"), "New Year's Day"},
			{date("2026-04-06"), "Easter Monday"},
			{date("2026-05-01"), "Labour Day"},
			{date("2026-05-14"), "Ascension Day"},
			{date("2026-05-25"), "Whit Monday"},
			{date("2026-07-21"), "Belgian National Day"},
			{date("2026-08-15"), "Assumption Day"},
			{date("2026-11-01"), "All Saints' Day"},
			{date("2026-11-11"), "Armistice Day"},
			{date("2026-12-25"), "Christmas Day"},
		},
		"FR": {
			{date("2026-01-01"), "New Year's Day"},
			{date("2026-04-06"), "Easter Monday"},
			{date("2026-05-01"), "Labour Day"},
			{date("2026-05-08"), "Victory in Europe Day"},
			{date("2026-05-14"), "Ascension Day"},
			{date("2026-05-25"), "Whit Monday"},
			{date("2026-07-14"), "Bastille Day"},
			{date("2026-08-15"), "Assumption Day"},
			{date("2026-11-01"), "All Saints' Day"},
			{date("2026-11-11"), "Armistice Day"},
			{date("2026-12-25"), "Christmas Day"},
		},
		"NL": {
			{date("2026-01-01"), "New Year's Day"},
			{date("2026-04-03"), "Good Friday"},
			{date("2026-04-06"), "Easter Monday"},
			{date("2026-04-27"), "King's Day"},
			{date("2026-05-05"), "Liberation Day"},
			{date("2026-05-14"), "Ascension Day"},
			{date("2026-05-25"), "Whit Monday"},
			{date("2026-12-25"), "Christmas Day"},
			{date("2026-12-26"), "Second Day of Christmas"},
		},
		"DE": {
			{date("2026-01-01"), "New Year's Day"},
			{date("2026-04-03"), "Good Friday"},
			{date("2026-04-06"), "Easter Monday"},
			{date("2026-05-01"), "Labour Day"},
			{date("2026-05-14"), "Ascension Day"},
			{date("2026-05-25"), "Whit Monday"},
			{date("2026-10-03"), "German Unity Day"},
			{date("2026-12-25"), "Christmas Day"},
			{date("2026-12-26"), "Second Day of Christmas"},
		},
		"LU": {
			{date("2026-01-01"), "New Year's Day"},
			{date("2026-04-06"), "Easter Monday"},
			{date("2026-05-01"), "Labour Day"},
			{date("2026-05-09"), "Europe Day"},
			{date("2026-05-14"), "Ascension Day"},
			{date("2026-05-25"), "Whit Monday"},
			{date("2026-06-23"), "Luxembourg National Day"},
			{date("2026-08-15"), "Assumption Day"},
			{date("2026-11-01"), "All Saints' Day"},
			{date("2026-12-25"), "Christmas Day"},
			{date("2026-12-26"), "Second Day of Christmas"},
		},
	}
	counts := map[string]int{"BE": 10, "FR": 11, "NL": 9, "DE": 9, "LU": 11}
	for code, want := range tests {
		t.Run(code, func(t *testing.T) {
			c := countryCal(t, code)
			got := c.Holidays(2026)
			assert.Equal(t, want, got)
			assert.Len(t, got, counts[code])
			for _, h := range want {
				assert.True(t, c.IsHoliday(h.Date), "%v", h)
				assert.False(t, c.IsBusinessDay(h.Date), "%v", h)
				name, ok := c.HolidayName(h.Date)
				assert.True(t, ok)
				assert.Equal(t, h.Name, name)
			}
		})
	}
}

func TestBelgiumNonHolidays(t *testing.T) {
	be := countryCal(t, "BE")
	// Good Friday, 26 December and the regional days are working days.
	for _, s := range []string{"2026-04-03", "2026-12-28", "2025-12-26", "2025-07-11", "2025-09-26", "2026-11-16"} {
		assert.False(t, be.IsHoliday(date(s)), s)
	}
	for _, s := range []string{"2026-12-26", "2026-07-11", "2026-09-27", "2026-11-15"} {
		assert.False(t, be.IsHoliday(date(s)), s)
		assert.False(t, be.IsBusinessDay(date(s)), "%s is a weekend day", s)
	}
	// No replacement day: 15 August 2026 is a Saturday and Monday 17 is a working day.
	assert.True(t, be.IsHoliday(date("2026-08-15")))
	assert.True(t, be.IsBusinessDay(date("2026-08-17")))
	name, ok := be.HolidayName(date("2026-04-03"))
	assert.False(t, ok)
	assert.Empty(t, name)
}

func TestBelgiumTenHolidaysEveryYear(t *testing.T) {
	be := countryCal(t, "BE")
	for year := 1950; year <= 2200; year++ {
		got := be.Holidays(year)
		want := 10
		if calendar.Easter(year) == (calendar.Date{Year: year, Month: time.March, Day: 23}) {
			want = 9 // Ascension Day is 1 May
		}
		require.Len(t, got, want, "%d", year)
	}
}

func TestCoincidingHolidaysAreMerged(t *testing.T) {
	be := countryCal(t, "BE")
	got := be.Holidays(2008)
	require.Len(t, got, 9)
	assert.Equal(t, calendar.Holiday{Date: date("2008-05-01"), Name: "Labour Day / Ascension Day"}, got[2])
	name, ok := be.HolidayName(date("2008-05-01"))
	assert.True(t, ok)
	assert.Equal(t, "Labour Day / Ascension Day", name)
}

func TestDutchMonarchsDay(t *testing.T) {
	nl := countryCal(t, "NL")
	tests := []struct {
		year int
		want string
		name string
	}{
		{1950, "1950-05-01", "Queen's Day"}, // 30 April a Sunday, Juliana's custom
		{1978, "1978-05-01", "Queen's Day"},
		{1979, "1979-04-30", "Queen's Day"},
		{1989, "1989-04-29", "Queen's Day"}, // from 1980, Saturday the 29th
		{2006, "2006-04-29", "Queen's Day"},
		{2013, "2013-04-30", "Queen's Day"},
		{2014, "2014-04-26", "King's Day"}, // 27 April 2014 was a Sunday
		{2024, "2024-04-27", "King's Day"},
		{2025, "2025-04-26", "King's Day"},
		{2026, "2026-04-27", "King's Day"},
		{2031, "2031-04-26", "King's Day"},
		{2036, "2036-04-26", "King's Day"},
	}
	for _, tt := range tests {
		want := date(tt.want)
		name, ok := nl.HolidayName(want)
		assert.True(t, ok, "%d", tt.year)
		assert.Equal(t, tt.name, name, "%d", tt.year)
		// Exactly one monarch's day in the year, nothing else in late April.
		var found []calendar.Holiday
		for _, h := range nl.Holidays(tt.year) {
			if h.Name == "King's Day" || h.Name == "Queen's Day" {
				found = append(found, h)
			}
		}
		assert.Equal(t, []calendar.Holiday{{Date: want, Name: tt.name}}, found, "%d", tt.year)
	}
	for _, year := range []int{2025, 2031, 2036} {
		assert.Equal(t, time.Sunday, calendar.Date{Year: year, Month: time.April, Day: 27}.Weekday())
		assert.False(t, nl.IsHoliday(calendar.Date{Year: year, Month: time.April, Day: 27}))
	}
	assert.Empty(t, holidayNamed(nl.Holidays(1948), "Queen's Day"), "before 1949")
}

func holidayNamed(list []calendar.Holiday, name string) []calendar.Holiday {
	var out []calendar.Holiday
	for _, h := range list {
		if h.Name == name {
			out = append(out, h)
		}
	}
	return out
}

func TestEffectiveYears(t *testing.T) {
	de, fr, lu := countryCal(t, "DE"), countryCal(t, "FR"), countryCal(t, "LU")
	tests := []struct {
		cal  *calendar.Calendar
		day  string
		want bool
	}{
		{de, "1989-10-03", false},
		{de, "1990-10-03", true},
		{de, "2016-10-31", false},
		{de, "2017-10-31", true},
		{de, "2018-10-31", false},
		{fr, "1981-05-08", false},
		{fr, "1982-05-08", true},
		{lu, "2018-05-09", false},
		{lu, "2019-05-09", true},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.cal.IsHoliday(date(tt.day)), "%s %s", tt.cal.Name(), tt.day)
	}
	assert.Len(t, de.Holidays(2017), 10)
	assert.Len(t, lu.Holidays(2018), 10)
}

func TestHolidaysOutsideYearRange(t *testing.T) {
	be := countryCal(t, "BE")
	assert.Nil(t, be.Holidays(0))
	assert.Nil(t, be.Holidays(10000))
	assert.Len(t, be.Holidays(1), 10)
	assert.Len(t, be.Holidays(9999), 10)
	assert.False(t, be.IsHoliday(calendar.Date{Year: 10000, Month: time.January, Day: 1}))
	_, ok := be.HolidayName(calendar.Date{Year: 0, Month: time.December, Day: 25})
	assert.False(t, ok)
	assert.Nil(t, calendar.Weekends().Holidays(2026))
}

// TestIsHolidayMatchesHolidays checks the two lookup paths agree on every day.
func TestIsHolidayMatchesHolidays(t *testing.T) {
	for _, c := range allCalendars(t) {
		for year := 1985; year <= 2035; year++ {
			listed := map[calendar.Date]string{}
			for _, h := range c.Holidays(year) {
				listed[h.Date] = h.Name
			}
			eachDay(calendar.Date{Year: year, Month: 1, Day: 1}, calendar.Date{Year: year, Month: 12, Day: 31}, func(d calendar.Date) {
				name, ok := c.HolidayName(d)
				want, isListed := listed[d]
				if ok != isListed || name != want || c.IsHoliday(d) != isListed {
					t.Fatalf("%s %v: HolidayName %q %v, IsHoliday %v, Holidays %q %v",
						c.Name(), d, name, ok, c.IsHoliday(d), want, isListed)
				}
			})
		}
	}
}

func TestHolidaysAreSortedAndUnique(t *testing.T) {
	for _, c := range allCalendars(t) {
		for year := 1900; year <= 2200; year++ {
			list := c.Holidays(year)
			for i, h := range list {
				require.Equal(t, year, h.Date.Year)
				require.NotEmpty(t, h.Name)
				if i > 0 {
					require.True(t, list[i-1].Date.Before(h.Date), "%s %d: %v", c.Name(), year, list)
				}
			}
		}
	}
}

func TestUnion(t *testing.T) {
	be, nl, fr := countryCal(t, "BE"), countryCal(t, "NL"), countryCal(t, "FR")
	u := union(t, be, nl)
	assert.True(t, u.IsHoliday(date("2026-04-03")), "Good Friday from NL")
	assert.True(t, u.IsHoliday(date("2026-07-21")), "National Day from BE")
	assert.False(t, be.IsHoliday(date("2026-04-03")), "BE is unchanged")
	name, _ := u.HolidayName(date("2026-04-06"))
	assert.Equal(t, "Easter Monday", name, "the same holiday in both is named once")

	// Union of unions, in any order, is the same set.
	all := union(t, union(t, be, nl), fr)
	flat := union(t, fr, be, nl, be)
	assert.Equal(t, all.Holidays(2026), flat.Holidays(2026))
	assert.Len(t, all.Holidays(2026), 16)

	// A day of one member only keeps its name; a shared day shows both.
	lu := countryCal(t, "LU")
	name, _ = union(t, be, lu).HolidayName(date("2026-06-23"))
	assert.Equal(t, "Luxembourg National Day", name)
	name, _ = union(t, be, nl).HolidayName(date("2008-05-01"))
	assert.Equal(t, "Labour Day / Ascension Day", name)

}

func TestUnionOfNilIsAnError(t *testing.T) {
	be := countryCal(t, "BE")
	var forgotten *calendar.Calendar
	u, err := calendar.Union(be, forgotten)
	assert.Nil(t, u)
	require.ErrorIs(t, err, calendar.ErrNilCalendar)
	assert.EqualError(t, err, "calendar: nil *Calendar: argument 2 of Union")
	_, err = calendar.Union(nil)
	require.ErrorIs(t, err, calendar.ErrNilCalendar)
}

func TestUnionOfNothingIsWeekends(t *testing.T) {
	u, err := calendar.Union()
	require.NoError(t, err)
	require.NotNil(t, u)
	assert.Equal(t, "weekends", u.Name())
	assert.Nil(t, u.Holidays(2026))
	assert.True(t, u.IsBusinessDay(date("2026-12-25")))
}

func TestWithExtraDates(t *testing.T) {
	nl := countryCal(t, "NL")
	decree := []calendar.Holiday{
		{Date: date("2026-01-02"), Name: "Day equated by decree"},
		{Date: date("2026-05-15"), Name: "Day equated by decree"},
		{Date: date("2027-05-07")},
	}
	nlx := nl.WithExtraDates(decree...)
	for _, h := range decree {
		assert.True(t, nlx.IsHoliday(h.Date), "%v", h.Date)
		assert.False(t, nl.IsHoliday(h.Date), "the original calendar is unchanged: %v", h.Date)
	}
	assert.Len(t, nl.Holidays(2026), 9)
	assert.Len(t, nlx.Holidays(2026), 11)
	name, _ := nlx.HolidayName(date("2027-05-07"))
	assert.Equal(t, "Additional public holiday", name)

	// Changing the caller's slice afterwards does not reach the calendar.
	decree[1].Date = date("2026-06-01")
	assert.True(t, nlx.IsHoliday(date("2026-05-15")))
	assert.False(t, nlx.IsHoliday(date("2026-06-01")))

	// An extra date on an existing holiday merges; invalid dates are ignored.
	again := nlx.WithExtraDates(
		calendar.Holiday{Date: date("2026-12-25"), Name: "Extra"},
		calendar.Holiday{Date: date("2026-05-15"), Name: "Day equated by decree"},
		calendar.Holiday{},
		calendar.Holiday{Date: calendar.Date{Year: 2026, Month: time.February, Day: 30}, Name: "bad"},
	)
	name, _ = again.HolidayName(date("2026-12-25"))
	assert.Equal(t, "Christmas Day / Extra", name)
	name, _ = again.HolidayName(date("2026-05-15"))
	assert.Equal(t, "Day equated by decree", name)
	assert.False(t, again.IsHoliday(date("2026-03-02")))
	assert.Len(t, again.Holidays(2026), 11)
	assert.Len(t, nlx.Holidays(2026), 11)

	// Extra dates survive a union, and a union can take extra dates.
	u := union(t, countryCal(t, "BE"), nlx)
	assert.True(t, u.IsHoliday(date("2026-05-15")))
	ub := union(t, countryCal(t, "BE"), nl).WithExtraDates(calendar.Holiday{Date: date("2026-05-15")})
	assert.True(t, ub.IsHoliday(date("2026-05-15")))
	assert.True(t, calendar.Weekends().WithExtraDates(calendar.Holiday{Date: date("2026-05-15")}).IsHoliday(date("2026-05-15")))
}

func TestHolidaysReturnsFreshSlice(t *testing.T) {
	be := countryCal(t, "BE")
	first := be.Holidays(2026)
	first[0].Name = "changed"
	first[1].Date = date("2026-02-02")
	assert.Equal(t, "New Year's Day", be.Holidays(2026)[0].Name)
	assert.False(t, be.IsHoliday(date("2026-02-02")))
}

func TestWeekends(t *testing.T) {
	w := calendar.Weekends()
	assert.False(t, w.IsHoliday(date("2026-12-25")))
	assert.True(t, w.IsBusinessDay(date("2026-12-25")))
	assert.False(t, w.IsBusinessDay(date("2026-12-26")))
	assert.Equal(t, date("2026-12-28"), w.NextBusinessDay(date("2026-12-25")))
}

func TestNilCalendarPanics(t *testing.T) {
	var c *calendar.Calendar
	assert.Panics(t, func() { c.IsBusinessDay(date("2026-01-01")) })
	assert.Panics(t, func() { _, _ = c.PeriodEnd(date("2026-01-01"), 14) })
	assert.Panics(t, func() { c.AddBusinessDays(date("2026-01-01"), 3) })
	assert.Panics(t, func() { c.WithExtraDates() })
}

// TestConcurrentUse shares calendars between goroutines; run with -race.
func TestConcurrentUse(t *testing.T) {
	be, nl := countryCal(t, "BE"), countryCal(t, "NL")
	u := union(t, be, nl)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d := date("2026-01-01").AddDays(g)
			for i := range 200 {
				_, _ = u.PeriodEnd(d.AddDays(i), 14)
				_ = u.Holidays(2026 + i%3)
				_ = be.WithExtraDates(calendar.Holiday{Date: d.AddDays(i)})
				_, _ = calendar.Union(be, nl, u)
				_, _ = nl.HolidayName(d.AddDays(i))
			}
		}()
	}
	wg.Wait()
	assert.Len(t, be.Holidays(2026), 10)
	assert.Len(t, u.Holidays(2026), 14)
}
