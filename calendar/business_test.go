package calendar_test

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/comptoir/comptoir/calendar"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNextBusinessDay(t *testing.T) {
	be := countryCal(t, "BE")
	tests := []struct{ from, want string }{
		{"2026-12-17", "2026-12-18"}, // Thursday
		{"2026-12-18", "2026-12-21"}, // Friday: strictly after, over the weekend
		{"2026-12-31", "2027-01-04"}, // over New Year's Day and the weekend
		{"2026-04-03", "2026-04-07"}, // Good Friday (a BE working day) to after Easter Monday
		{"2026-05-13", "2026-05-15"}, // over Ascension Day
	}
	for _, tt := range tests {
		assert.Equal(t, date(tt.want), be.NextBusinessDay(date(tt.from)), tt.from)
	}
}

func TestBusinessDayOnOrAfterAndBefore(t *testing.T) {
	be := countryCal(t, "BE")
	tests := []struct{ day, after, before string }{
		{"2026-12-18", "2026-12-18", "2026-12-18"}, // a business day is itself
		{"2026-12-19", "2026-12-21", "2026-12-18"},
		{"2027-01-01", "2027-01-04", "2026-12-31"},
		{"2026-04-06", "2026-04-07", "2026-04-03"},
	}
	for _, tt := range tests {
		assert.Equal(t, date(tt.after), be.BusinessDayOnOrAfter(date(tt.day)), tt.day)
		assert.Equal(t, date(tt.before), be.BusinessDayOnOrBefore(date(tt.day)), tt.day)
	}
}

func TestAddBusinessDays(t *testing.T) {
	be := countryCal(t, "BE")
	tests := []struct {
		from string
		n    int
		want string
	}{
		{"2026-12-18", 0, "2026-12-18"},
		{"2026-12-19", 0, "2026-12-19"}, // n == 0 keeps a non-business day
		{"2026-12-18", 1, "2026-12-21"},
		{"2026-12-19", 1, "2026-12-21"},
		{"2026-12-18", 5, "2026-12-28"}, // 21, 22, 23, 24, (25 Christmas) 28
		{"2026-12-18", 10, "2027-01-05"},
		{"2026-12-21", -1, "2026-12-18"},
		{"2027-01-04", -1, "2026-12-31"},
		{"2027-01-04", -5, "2026-12-24"},
		{"2026-01-01", 250, "2026-12-28"}, // BE 2026: 261 weekdays, 8 holidays on a weekday
		{"2027-01-01", -253, "2026-01-02"},
	}
	for _, tt := range tests {
		assert.Equal(t, date(tt.want), be.AddBusinessDays(date(tt.from), tt.n), "%s %+d", tt.from, tt.n)
	}
}

func TestBusinessDaysBetween(t *testing.T) {
	be := countryCal(t, "BE")
	tests := []struct {
		a, b string
		want int
	}{
		{"2026-12-18", "2026-12-18", 0},
		{"2026-12-18", "2026-12-21", 1}, // Friday to Monday: (a, b] holds Monday only
		{"2026-12-21", "2026-12-25", 3}, // Monday to Christmas Friday: 22, 23, 24
		{"2026-12-19", "2026-12-20", 0},
		{"2026-12-21", "2026-12-18", -1},
		{"2025-12-31", "2026-12-31", 253},
		{"2026-12-31", "2025-12-31", -253},
		{"1990-01-01", "2030-01-01", naiveBusinessDays(be, date("1990-01-01"), date("2030-01-01"))},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, be.BusinessDaysBetween(date(tt.a), date(tt.b)), "%s..%s", tt.a, tt.b)
	}
}

// TestBusinessDaysBetweenAgainstWalking compares the year-at-a-time count
// with a day-by-day walk on random intervals.
func TestBusinessDaysBetweenAgainstWalking(t *testing.T) {
	rng := rand.New(rand.NewPCG(1182, 71))
	base := date("2015-01-01")
	for _, c := range allCalendars(t) {
		for range 300 {
			a := base.AddDays(rng.IntN(6000))
			b := a.AddDays(rng.IntN(800))
			want := naiveBusinessDays(c, a, b)
			require.Equal(t, want, c.BusinessDaysBetween(a, b), "%s %v..%v", c.Name(), a, b)
			require.Equal(t, -want, c.BusinessDaysBetween(b, a), "%s %v..%v", c.Name(), b, a)
		}
	}
}

// TestAddBusinessDaysConsistency checks AddBusinessDays against
// BusinessDaysBetween and against stepping with NextBusinessDay, for small n
// (walked) and large n (which take the week-jumping path).
func TestAddBusinessDaysConsistency(t *testing.T) {
	ns := []int{-300, -60, -51, -50, -12, -1, 0, 1, 5, 10, 49, 50, 51, 60, 300, 1000}
	for _, c := range allCalendars(t) {
		eachDay(date("2024-01-01"), date("2027-12-31"), func(d calendar.Date) {
			for _, n := range ns {
				got := c.AddBusinessDays(d, n)
				if n != 0 && !c.IsBusinessDay(got) {
					t.Fatalf("%s: AddBusinessDays(%v, %d) = %v, not a business day", c.Name(), d, n, got)
				}
				if c.IsBusinessDay(d) && c.BusinessDaysBetween(d, got) != n {
					t.Fatalf("%s: BusinessDaysBetween(%v, AddBusinessDays(_, %d) = %v) = %d",
						c.Name(), d, n, got, c.BusinessDaysBetween(d, got))
				}
			}
			if got, want := c.AddBusinessDays(d, 1), c.NextBusinessDay(d); got != want {
				t.Fatalf("%s: AddBusinessDays(%v, 1) = %v, NextBusinessDay %v", c.Name(), d, got, want)
			}
		})
	}
}

func TestAddBusinessDaysAgainstStepping(t *testing.T) {
	nl := countryCal(t, "NL").WithExtraDates(
		calendar.Holiday{Date: date("2026-01-02")},
		calendar.Holiday{Date: date("2026-05-15")},
		calendar.Holiday{Date: date("2027-05-07")},
	)
	d := date("2025-11-13")
	for _, n := range []int{1, 7, 49, 51, 77, 133, 400, 1234} {
		want := d
		for range n {
			want = nl.NextBusinessDay(want)
		}
		assert.Equal(t, want, nl.AddBusinessDays(d, n), "+%d", n)
		back := want
		assert.Equal(t, d, nl.AddBusinessDays(back, -n), "-%d", n)
	}
}

func TestBusinessDayArithmeticOnLongRunsOfHolidays(t *testing.T) {
	// A whole year of extra dates: the walk must cross it, not stop.
	var year []calendar.Holiday
	eachDay(date("2030-01-01"), date("2030-12-31"), func(d calendar.Date) {
		year = append(year, calendar.Holiday{Date: d, Name: "closed"})
	})
	c := calendar.Weekends().WithExtraDates(year...)
	assert.Equal(t, date("2031-01-01"), c.NextBusinessDay(date("2029-12-31")))
	assert.Equal(t, date("2031-01-01"), c.AddBusinessDays(date("2029-12-31"), 1))
	assert.Equal(t, date("2029-12-31"), c.AddBusinessDays(date("2031-01-01"), -1))
	assert.Equal(t, date("2031-03-11"), c.AddBusinessDays(date("2029-12-31"), 50))
	assert.Equal(t, date("2031-03-25"), c.AddBusinessDays(date("2029-12-31"), 60))
	assert.Equal(t, date("2029-12-31"), c.AddBusinessDays(date("2031-03-25"), -60))
	assert.Equal(t, 1, c.BusinessDaysBetween(date("2029-12-31"), date("2031-01-01")))
	assert.Equal(t, date("2031-01-01"), periodEnd(t, c, date("2029-12-20"), 30))
}

func TestExtremeArguments(t *testing.T) {
	// Out-of-range results are not valid dates, but nothing hangs or panics.
	be := countryCal(t, "BE")
	far := be.AddBusinessDays(date("2026-01-01"), 10_000_000)
	assert.False(t, far.IsValid())
	assert.Equal(t, 10_000_000, be.BusinessDaysBetween(date("2026-01-01"), far))
	back := be.AddBusinessDays(date("2026-01-02"), -10_000_000)
	assert.False(t, back.IsValid())
	assert.Equal(t, -10_000_000, be.BusinessDaysBetween(date("2026-01-02"), back), "from a business day")
	assert.NotPanics(t, func() {
		be.BusinessDaysBetween(date("0001-01-01"), date("9999-12-31"))
	})
}

// TestAddBusinessDaysExtremeN: -math.MinInt overflows, which used to make
// AddBusinessDays(d, math.MinInt) return d itself. |n| is now capped at
// math.MaxInt/8, far beyond years 1-9999, on both sides.
func TestAddBusinessDaysExtremeN(t *testing.T) {
	be := countryCal(t, "BE")
	d := date("2026-01-02") // a business day
	first, last := date("0001-01-01"), date("9999-12-31")
	for _, n := range []int{math.MinInt, math.MinInt + 1, -math.MaxInt / 8, -3_000_000} {
		got := be.AddBusinessDays(d, n)
		assert.True(t, got.Before(first), "%d: %v", n, got)
		assert.False(t, got.IsValid(), "%d: %v", n, got)
	}
	for _, n := range []int{math.MaxInt, math.MaxInt - 1, math.MaxInt / 8, 3_000_000} {
		got := be.AddBusinessDays(d, n)
		assert.True(t, got.After(last), "%d: %v", n, got)
		assert.False(t, got.IsValid(), "%d: %v", n, got)
	}
	assert.Equal(t, be.AddBusinessDays(d, math.MinInt+1), be.AddBusinessDays(d, math.MinInt))
	assert.Equal(t, -math.MaxInt/8, be.BusinessDaysBetween(d, be.AddBusinessDays(d, math.MinInt)), "the cap")
	assert.Equal(t, math.MaxInt/8, be.BusinessDaysBetween(d, be.AddBusinessDays(d, math.MaxInt)), "the cap")
}
