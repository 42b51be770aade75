package calendar_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/comptoir/comptoir/calendar"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseDateAccepts(t *testing.T) {
	tests := []struct {
		in   string
		want calendar.Date
	}{
		{"2026-12-18", calendar.Date{Year: 2026, Month: time.December, Day: 18}},
		{"2024-02-29", calendar.Date{Year: 2024, Month: time.February, Day: 29}},
		{"2000-02-29", calendar.Date{Year: 2000, Month: time.February, Day: 29}},
		{"0001-01-01", calendar.Date{Year: 1, Month: time.January, Day: 1}},
		{"9999-12-31", calendar.Date{Year: 9999, Month: time.December, Day: 31}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := calendar.ParseDate(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			assert.True(t, got.IsValid())
			assert.Equal(t, tt.in, got.String())
		})
	}
}

func TestParseDateRejects(t *testing.T) {
	tests := []struct {
		in, reason string
	}{
		{"", "YYYY-MM-DD"},
		{"2026-2-3", "YYYY-MM-DD"},
		{"2026-02-3", "YYYY-MM-DD"},
		{"2026-02-30", "day 30 does not exist in February 2026"},
		{"2100-02-29", "day 29 does not exist in February 2100"},
		{"2025-02-29", "day 29 does not exist"},
		{"2026-04-31", "day 31 does not exist in April"},
		{"2026-00-10", "month 0"},
		{"2026-13-01", "month 13"},
		{"2026-01-00", "day 0"},
		{"0000-01-01", "year 0"},
		{"2026-12-18 ", "YYYY-MM-DD"},
		{" 2026-12-18", "YYYY-MM-DD"},
		{"2026-12-18T00:00:00Z", "YYYY-MM-DD"},
		{"2026-12-18x", "YYYY-MM-DD"},
		{"+026-12-18", "digits"},
		{"-026-12-18", "digits"},
		{"2026-+1-18", "digits"},
		{"2026-1 -18", "digits"},
		{"2026/12/18", "YYYY-MM-DD"},
		{"20261218", "YYYY-MM-DD"},
		{"２026-12-18", "YYYY-MM-DD"}, // a full-width digit is not ASCII
		{"18-12-2026", "YYYY-MM-DD"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := calendar.ParseDate(tt.in)
			require.Error(t, err)
			assert.Zero(t, got)
			assert.ErrorIs(t, err, calendar.ErrInvalidDate)
			var pe *calendar.ParseError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, tt.in, pe.Input)
			assert.Contains(t, pe.Reason, tt.reason)
			assert.Contains(t, err.Error(), tt.reason)
		})
	}
}

func TestParseErrorMessageIsBounded(t *testing.T) {
	long := strings.Repeat("9", 10_000)
	_, err := calendar.ParseDate(long)
	var pe *calendar.ParseError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, long, pe.Input, "the error keeps the whole input")
	assert.Less(t, len(err.Error()), 200, "the message does not")
}

func TestNewDate(t *testing.T) {
	d, err := calendar.NewDate(2024, time.February, 29)
	require.NoError(t, err)
	assert.Equal(t, date("2024-02-29"), d)

	for _, bad := range []calendar.Date{
		{Year: 2100, Month: time.February, Day: 29},
		{Year: 2026, Month: 13, Day: 1},
		{Year: 2026, Month: 0, Day: 1},
		{Year: 2026, Month: time.June, Day: 31},
		{Year: 2026, Month: time.June, Day: -1},
		{Year: 0, Month: time.January, Day: 1},
		{Year: 10000, Month: time.January, Day: 1},
		{},
	} {
		got, err := calendar.NewDate(bad.Year, bad.Month, bad.Day)
		assert.Zero(t, got)
		require.ErrorIs(t, err, calendar.ErrInvalidDate, "%v", bad)
		var ie *calendar.InvalidDateError
		require.ErrorAs(t, err, &ie)
		assert.Equal(t, bad, ie.Date)
		assert.NotEmpty(t, ie.Reason)
		assert.False(t, bad.IsValid())
	}
}

func TestZeroAndValidity(t *testing.T) {
	var zero calendar.Date
	assert.True(t, zero.IsZero())
	assert.False(t, zero.IsValid())
	assert.Equal(t, "0000-00-00", zero.String())
	assert.False(t, date("2026-01-01").IsZero())
	assert.Equal(t, "2026-02-30", calendar.Date{Year: 2026, Month: time.February, Day: 30}.String())
	assert.True(t, calendar.Date{Year: 2000, Month: time.February, Day: 29}.IsValid())
	assert.False(t, calendar.Date{Year: 2100, Month: time.February, Day: 29}.IsValid())
}

func TestInvalidDatesNormaliseLikeTimeDate(t *testing.T) {
	tests := []calendar.Date{
		{Year: 2026, Month: time.February, Day: 30},
		{Year: 2026, Month: 13, Day: 1},
		{Year: 2026, Month: 0, Day: 0},
		{Year: 2026, Month: -14, Day: 400},
		{Year: 2026, Month: time.March, Day: -5},
		{Year: 1, Month: time.January, Day: -1000},
	}
	for _, d := range tests {
		tm := time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
		want := calendar.DateOf(tm, time.UTC)
		assert.Equal(t, want, d.AddDays(0), "%v", d)
		assert.Equal(t, 0, d.Compare(want))
		assert.Equal(t, tm.Weekday(), d.Weekday())
	}
}

func TestJSON(t *testing.T) {
	type event struct {
		Delivered calendar.Date `json:"delivered"`
		Returned  calendar.Date `json:"returned"`
	}
	b, err := json.Marshal(event{Delivered: date("2026-12-18")})
	require.NoError(t, err)
	assert.JSONEq(t, `{"delivered":"2026-12-18","returned":""}`, string(b))

	var back event
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, event{Delivered: date("2026-12-18")}, back)

	err = json.Unmarshal([]byte(`{"delivered":"2026-02-30"}`), &back)
	assert.ErrorIs(t, err, calendar.ErrInvalidDate)

	_, err = json.Marshal(event{Delivered: calendar.Date{Year: 2026, Month: time.February, Day: 30}})
	assert.ErrorIs(t, err, calendar.ErrInvalidDate)
}

func TestUnmarshalTextLeavesDateOnError(t *testing.T) {
	d := date("2026-01-01")
	require.Error(t, d.UnmarshalText([]byte("2026-1-1")))
	assert.Equal(t, date("2026-01-01"), d)
	require.NoError(t, d.UnmarshalText(nil))
	assert.True(t, d.IsZero())
}

// TestDayArithmeticAgainstTime checks every day of years 1-9999 against the
// standard library, an independent implementation of the Gregorian calendar.
func TestDayArithmeticAgainstTime(t *testing.T) {
	first := date("0001-01-01")
	tm := time.Date(1, time.January, 1, 0, 0, 0, 0, time.UTC)
	for n := 0; ; n++ {
		d := first.AddDays(n)
		y, m, dd := tm.Date()
		if d != (calendar.Date{Year: y, Month: m, Day: dd}) || d.Weekday() != tm.Weekday() {
			t.Fatalf("day %d: got %v %v, time says %v", n, d, d.Weekday(), tm)
		}
		if first.DaysUntil(d) != n || d.AddDays(-n) != first {
			t.Fatalf("day %d: DaysUntil/AddDays are not inverse at %v", n, d)
		}
		if d == date("9999-12-31") {
			break
		}
		tm = tm.AddDate(0, 0, 1)
	}
}

func TestAddDaysDaysUntilInverse(t *testing.T) {
	base := date("2026-03-29")
	for n := -1000; n <= 1000; n += 7 {
		d := base.AddDays(n)
		assert.Equal(t, n, base.DaysUntil(d))
		assert.Equal(t, -n, d.DaysUntil(base))
		assert.Equal(t, base, d.AddDays(-n))
	}
}

func TestAddMonths(t *testing.T) {
	tests := []struct {
		from   string
		months int
		want   string
	}{
		{"2026-01-31", 1, "2026-02-28"},
		{"2024-01-31", 1, "2024-02-29"},
		{"2026-03-31", 1, "2026-04-30"},
		{"2026-03-16", 12, "2027-03-16"},
		{"2024-02-29", 12, "2025-02-28"},
		{"2024-02-29", 48, "2028-02-29"},
		{"2026-12-15", 1, "2027-01-15"},
		{"2026-01-15", -1, "2025-12-15"},
		{"2026-03-31", -1, "2026-02-28"},
		{"2026-05-10", 0, "2026-05-10"},
		{"2026-05-10", -125, "2015-12-10"},
		{"2026-05-10", 24 * 12, "2050-05-10"},
	}
	for _, tt := range tests {
		t.Run(tt.from, func(t *testing.T) {
			assert.Equal(t, date(tt.want), date(tt.from).AddMonths(tt.months))
		})
	}
	// An invalid date is normalised first (2026-02-30 is 2026-03-02).
	assert.Equal(t, date("2026-04-02"), calendar.Date{Year: 2026, Month: time.February, Day: 30}.AddMonths(1))
}

func TestCompare(t *testing.T) {
	a, b := date("2026-12-18"), date("2027-01-01")
	assert.Equal(t, -1, a.Compare(b))
	assert.Equal(t, 1, b.Compare(a))
	assert.Equal(t, 0, a.Compare(date("2026-12-18")))
	assert.True(t, a.Before(b))
	assert.False(t, b.Before(a))
	assert.True(t, b.After(a))
	assert.False(t, a.After(a))
	assert.True(t, date("2026-12-31").Before(date("2027-01-01")))
}

func TestWeekdayAndWeekend(t *testing.T) {
	assert.Equal(t, time.Friday, date("2026-12-18").Weekday())
	assert.Equal(t, time.Thursday, date("1970-01-01").Weekday())
	assert.Equal(t, time.Monday, date("0001-01-01").Weekday())
	assert.True(t, date("2026-12-19").IsWeekend())
	assert.True(t, date("2026-12-20").IsWeekend())
	assert.False(t, date("2026-12-21").IsWeekend())
	assert.False(t, date("2026-12-18").IsWeekend())
}

func TestDateOfAroundDaylightSaving(t *testing.T) {
	brussels := loadZone(t, "Europe/Brussels")
	tests := []struct {
		name string
		at   time.Time // an instant
		want string    // its Brussels date
	}{
		// 29 March 2026: clocks go from 02:00 CET to 03:00 CEST.
		{"spring, 00:30 local", time.Date(2026, 3, 28, 23, 30, 0, 0, time.UTC), "2026-03-29"},
		{"spring, midnight local", time.Date(2026, 3, 28, 23, 0, 0, 0, time.UTC), "2026-03-29"},
		{"spring, last second before", time.Date(2026, 3, 28, 22, 59, 59, 0, time.UTC), "2026-03-28"},
		{"spring, 03:00 local", time.Date(2026, 3, 29, 1, 0, 0, 0, time.UTC), "2026-03-29"},
		// 25 October 2026: clocks go from 03:00 CEST back to 02:00 CET.
		{"autumn, 00:30 local", time.Date(2026, 10, 24, 22, 30, 0, 0, time.UTC), "2026-10-25"},
		{"autumn, midnight local", time.Date(2026, 10, 24, 22, 0, 0, 0, time.UTC), "2026-10-25"},
		{"autumn, last second before", time.Date(2026, 10, 24, 21, 59, 59, 0, time.UTC), "2026-10-24"},
		{"autumn, 23:30 local", time.Date(2026, 10, 25, 22, 30, 0, 0, time.UTC), "2026-10-25"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, date(tt.want), calendar.DateOf(tt.at, brussels))
		})
	}
	// The same instant can be another day in UTC.
	assert.Equal(t, date("2026-03-28"), calendar.DateOf(time.Date(2026, 3, 28, 23, 30, 0, 0, time.UTC), time.UTC))
}

func TestInReturnsLocalMidnight(t *testing.T) {
	brussels := loadZone(t, "Europe/Brussels")
	tests := []struct {
		day     string
		utc     time.Time     // midnight Brussels as a UTC instant
		dayLong time.Duration // until the next midnight
	}{
		{"2026-03-29", time.Date(2026, 3, 28, 23, 0, 0, 0, time.UTC), 23 * time.Hour},
		{"2026-10-25", time.Date(2026, 10, 24, 22, 0, 0, 0, time.UTC), 25 * time.Hour},
		{"2026-07-01", time.Date(2026, 6, 30, 22, 0, 0, 0, time.UTC), 24 * time.Hour},
	}
	for _, tt := range tests {
		t.Run(tt.day, func(t *testing.T) {
			d := date(tt.day)
			got := d.In(brussels)
			assert.True(t, got.Equal(tt.utc), "got %v", got)
			assert.Equal(t, brussels, got.Location())
			h, m, s := got.Clock()
			assert.Equal(t, [3]int{0, 0, 0}, [3]int{h, m, s})
			assert.Equal(t, d, calendar.DateOf(got, brussels))
			assert.Equal(t, tt.dayLong, d.AddDays(1).In(brussels).Sub(got))
		})
	}
}

// TestInWhenMidnightIsSkipped covers zones whose clocks jump from 00:00 to
// 01:00, where time.Date alone returns 23:00 of the day before.
func TestInWhenMidnightIsSkipped(t *testing.T) {
	tests := []struct {
		zone, day string
		want      time.Time // the first instant of the day, in UTC
	}{
		{"America/Sao_Paulo", "2018-11-04", time.Date(2018, 11, 4, 3, 0, 0, 0, time.UTC)},
		{"America/Santiago", "2022-09-11", time.Date(2022, 9, 11, 4, 0, 0, 0, time.UTC)},
		// Midnight happens twice here (01:00 back to 00:00): the first counts.
		{"America/Havana", "2025-11-02", time.Date(2025, 11, 2, 4, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.zone, func(t *testing.T) {
			loc := loadZone(t, tt.zone)
			d := date(tt.day)
			got := d.In(loc)
			assert.True(t, got.Equal(tt.want), "got %v (%v)", got, got.UTC())
			assert.Equal(t, d, calendar.DateOf(got, loc))
			assert.Equal(t, d.AddDays(-1), calendar.DateOf(got.Add(-time.Nanosecond), loc))
		})
	}
}

func TestNilLocationPanics(t *testing.T) {
	assert.Panics(t, func() { calendar.DateOf(time.Unix(0, 0), nil) })
	assert.Panics(t, func() { date("2026-01-01").In(nil) })
}

func TestParseStringRoundTrip(t *testing.T) {
	eachDay(date("1999-12-01"), date("2030-12-31"), func(d calendar.Date) {
		back, err := calendar.ParseDate(d.String())
		if err != nil || back != d {
			t.Fatalf("%v: got %v, %v", d, back, err)
		}
		text, err := d.MarshalText()
		if err != nil || string(text) != d.String() {
			t.Fatalf("%v: MarshalText %q, %v", d, text, err)
		}
	})
}

func TestErrorsAreDistinct(t *testing.T) {
	_, err := calendar.ParseDate("x")
	assert.False(t, errors.Is(err, calendar.ErrUnknownCountry))
	_, err = calendar.For("XX")
	assert.False(t, errors.Is(err, calendar.ErrInvalidDate))
}
