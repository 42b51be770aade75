package reference_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/pricing/reference"
)

func TestSalesAndWaitingPeriods(t *testing.T) {
	tests := []struct {
		year                     int
		note                     string
		winterSales, summerSales [2]string
		winterWait, summerWait   [2]string
	}{
		{2026, "ordinary year",
			[2]string{"2026-01-03", "2026-01-31"}, [2]string{"2026-07-01", "2026-07-31"},
			[2]string{"2025-12-03", "2026-01-02"}, [2]string{"2026-06-01", "2026-06-30"}},
		{2027, "3 January is a Sunday",
			[2]string{"2027-01-02", "2027-01-31"}, [2]string{"2027-07-01", "2027-07-31"},
			[2]string{"2026-12-02", "2027-01-01"}, [2]string{"2027-06-01", "2027-06-30"}},
		{2021, "3 January is a Sunday",
			[2]string{"2021-01-02", "2021-01-31"}, [2]string{"2021-07-01", "2021-07-31"},
			[2]string{"2020-12-02", "2021-01-01"}, [2]string{"2021-06-01", "2021-06-30"}},
		{2038, "3 January is a Sunday",
			[2]string{"2038-01-02", "2038-01-31"}, [2]string{"2038-07-01", "2038-07-31"},
			[2]string{"2037-12-02", "2038-01-01"}, [2]string{"2038-06-01", "2038-06-30"}},
		{2029, "1 July is a Sunday",
			[2]string{"2029-01-03", "2029-01-31"}, [2]string{"2029-06-30", "2029-07-31"},
			[2]string{"2028-12-03", "2029-01-02"}, [2]string{"2029-05-31", "2029-06-29"}},
		{2018, "1 July is a Sunday",
			[2]string{"2018-01-03", "2018-01-31"}, [2]string{"2018-06-30", "2018-07-31"},
			[2]string{"2017-12-03", "2018-01-02"}, [2]string{"2018-05-31", "2018-06-29"}},
		{2035, "1 July is a Sunday",
			[2]string{"2035-01-03", "2035-01-31"}, [2]string{"2035-06-30", "2035-07-31"},
			[2]string{"2034-12-03", "2035-01-02"}, [2]string{"2035-05-31", "2035-06-29"}},
		{2024, "leap year, neither a Sunday",
			[2]string{"2024-01-03", "2024-01-31"}, [2]string{"2024-07-01", "2024-07-31"},
			[2]string{"2023-12-03", "2024-01-02"}, [2]string{"2024-06-01", "2024-06-30"}},
		{2028, "leap year; 3 January 2028 is a Monday",
			[2]string{"2028-01-03", "2028-01-31"}, [2]string{"2028-07-01", "2028-07-31"},
			[2]string{"2027-12-03", "2028-01-02"}, [2]string{"2028-06-01", "2028-06-30"}},
	}
	check := func(t *testing.T, p reference.Period, kind reference.PeriodKind, season reference.Season, want [2]string) {
		t.Helper()
		assert.Equal(t, reference.Period{Kind: kind, Season: season, First: day(t, want[0]), Last: day(t, want[1])}, p)
	}
	for _, tc := range tests {
		t.Run(tc.note, func(t *testing.T) {
			ws, ss, err := reference.Sales(tc.year)
			require.NoError(t, err)
			check(t, ws, reference.SalesPeriod, reference.Winter, tc.winterSales)
			check(t, ss, reference.SalesPeriod, reference.Summer, tc.summerSales)
			ww, sw, err := reference.WaitingPeriods(tc.year)
			require.NoError(t, err)
			check(t, ww, reference.WaitingPeriod, reference.Winter, tc.winterWait)
			check(t, sw, reference.WaitingPeriod, reference.Summer, tc.summerWait)
		})
	}
}

// TestPeriodsEveryYear checks the rules' invariants for every year the
// calendar supports.
func TestPeriodsEveryYear(t *testing.T) {
	for y := 2; y <= 9999; y++ {
		ws, ss, err := reference.Sales(y)
		require.NoError(t, err)
		ww, sw, err := reference.WaitingPeriods(y)
		require.NoError(t, err)
		jan3 := calendar.Date{Year: y, Month: time.January, Day: 3}
		jul1 := calendar.Date{Year: y, Month: time.July, Day: 1}
		if jan3.Weekday() == time.Sunday {
			require.Equal(t, 2, ws.First.Day, "year %d", y)
		} else {
			require.Equal(t, jan3, ws.First, "year %d", y)
		}
		if jul1.Weekday() == time.Sunday {
			require.Equal(t, calendar.Date{Year: y, Month: time.June, Day: 30}, ss.First, "year %d", y)
		} else {
			require.Equal(t, jul1, ss.First, "year %d", y)
		}
		require.NotEqual(t, time.Sunday, ws.First.Weekday(), "year %d", y)
		require.NotEqual(t, time.Sunday, ss.First.Weekday(), "year %d", y)
		require.Equal(t, ws.First, ww.Last.AddDays(1), "winter waiting period ends the day before the sales, %d", y)
		require.Equal(t, ss.First, sw.Last.AddDays(1), "summer waiting period ends the day before the sales, %d", y)
		require.Equal(t, 30, ww.First.DaysUntil(ww.Last), "winter waiting period is 31 days, %d", y)
		require.Equal(t, 29, sw.First.DaysUntil(sw.Last), "summer waiting period is 30 days, %d", y)
		require.Equal(t, time.December, ww.First.Month)
		require.Equal(t, y-1, ww.First.Year)
	}
}

func TestPeriodYearRange(t *testing.T) {
	for _, y := range []int{0, -1, 10000} {
		_, _, err := reference.Sales(y)
		require.ErrorIs(t, err, reference.ErrInvalidInput, "sales %d", y)
		_, _, err = reference.WaitingPeriods(y)
		require.ErrorIs(t, err, reference.ErrInvalidInput, "waiting %d", y)
	}
	_, _, err := reference.Sales(1)
	require.NoError(t, err)
	_, _, err = reference.WaitingPeriods(1)
	require.ErrorIs(t, err, reference.ErrInvalidInput, "would start in December of year 0")
	_, _, err = reference.WaitingPeriods(9999)
	require.NoError(t, err)
}

func TestPeriodOn(t *testing.T) {
	tests := []struct {
		day  string
		want string // Period.String(), or "" for none
	}{
		{"2026-12-01", ""},
		{"2026-12-02", "winter waiting period 2026-12-02 to 2027-01-01"}, // 3 January 2027 is a Sunday
		{"2027-01-01", "winter waiting period 2026-12-02 to 2027-01-01"},
		{"2027-01-02", "winter sales 2027-01-02 to 2027-01-31"},
		{"2027-01-31", "winter sales 2027-01-02 to 2027-01-31"},
		{"2027-02-01", ""},
		{"2025-12-02", ""},
		{"2025-12-03", "winter waiting period 2025-12-03 to 2026-01-02"},
		{"2026-01-02", "winter waiting period 2025-12-03 to 2026-01-02"},
		{"2026-01-03", "winter sales 2026-01-03 to 2026-01-31"},
		{"2026-05-31", ""},
		{"2026-06-01", "summer waiting period 2026-06-01 to 2026-06-30"},
		{"2026-06-30", "summer waiting period 2026-06-01 to 2026-06-30"},
		{"2026-07-01", "summer sales 2026-07-01 to 2026-07-31"},
		{"2026-08-01", ""},
		{"2029-05-30", ""},
		{"2029-05-31", "summer waiting period 2029-05-31 to 2029-06-29"}, // 1 July 2029 is a Sunday
		{"2029-06-29", "summer waiting period 2029-05-31 to 2029-06-29"},
		{"2029-06-30", "summer sales 2029-06-30 to 2029-07-31"},
		{"2024-02-29", ""},
		{"0001-01-05", "winter sales 0001-01-03 to 0001-01-31"},
		{"9999-12-15", ""}, // its waiting period would end in year 10000
	}
	for _, tc := range tests {
		t.Run(tc.day, func(t *testing.T) {
			p, ok, err := reference.PeriodOn(day(t, tc.day))
			require.NoError(t, err)
			assert.Equal(t, tc.want != "", ok)
			if ok {
				assert.Equal(t, tc.want, p.String())
			} else {
				assert.Equal(t, reference.Period{}, p)
			}
		})
	}
}

// TestPeriodOnAgreesWithPeriods checks every day of 2015-2045 against the
// periods of its year and the next.
func TestPeriodOnAgreesWithPeriods(t *testing.T) {
	for d := day(t, "2015-01-01"); d.Year <= 2045; d = d.AddDays(1) {
		var want []reference.Period
		for _, y := range []int{d.Year, d.Year + 1} {
			ws, ss, err := reference.Sales(y)
			require.NoError(t, err)
			ww, sw, err := reference.WaitingPeriods(y)
			require.NoError(t, err)
			for _, p := range []reference.Period{ws, ss, ww, sw} {
				if p.Contains(d) {
					want = append(want, p)
				}
			}
		}
		require.LessOrEqual(t, len(want), 1, "periods overlap on %s", d)
		p, ok, err := reference.PeriodOn(d)
		require.NoError(t, err)
		if len(want) == 0 {
			require.False(t, ok, "%s", d)
			continue
		}
		require.True(t, ok, "%s", d)
		require.Equal(t, want[0], p, "%s", d)
	}
}

func TestPeriodOnInvalidDate(t *testing.T) {
	for _, d := range []calendar.Date{{}, {Year: 2026, Month: time.February, Day: 29}, {Year: 10000, Month: 1, Day: 1}} {
		_, _, err := reference.PeriodOn(d)
		require.ErrorIs(t, err, reference.ErrInvalidInput, "%v", d)
	}
}

func TestPeriodStrings(t *testing.T) {
	assert.Equal(t, "no period", reference.Period{}.String())
	assert.False(t, reference.Period{}.Contains(calendar.Date{}))
	assert.Equal(t, "Season(9)", reference.Season(9).String())
	assert.Equal(t, "PeriodKind(9)", reference.PeriodKind(9).String())
}
