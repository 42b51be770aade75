package calendar_test

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/comptoir/comptoir/calendar"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWithdrawalExamples are the dated examples of law-and-tax.md sections 1
// and 2, with the Belgian calendar unless stated.
func TestWithdrawalExamples(t *testing.T) {
	be := countryCal(t, "BE")
	tests := []struct {
		name    string
		cal     *calendar.Calendar
		event   string
		rawEnd  string
		want    string
		weekday time.Weekday
	}{
		{"delivered Fri 2026-12-18: raw end New Year's Day, then the weekend", be, "2026-12-18", "2027-01-01", "2027-01-04", time.Monday},
		{"delivered Mon 2026-03-23: raw end Easter Monday", be, "2026-03-23", "2026-04-06", "2026-04-07", time.Tuesday},
		{"service concluded Fri 2026-03-20: Good Friday is no BE holiday", be, "2026-03-20", "2026-04-03", "2026-04-03", time.Friday},
		{"same with NL: Good Friday to Easter Monday", countryCal(t, "NL"), "2026-03-20", "2026-04-03", "2026-04-07", time.Tuesday},
		{"same with DE", countryCal(t, "DE"), "2026-03-20", "2026-04-03", "2026-04-07", time.Tuesday},
		{"same with BE+NL, the union default", union(t, be, countryCal(t, "NL")), "2026-03-20", "2026-04-03", "2026-04-07", time.Tuesday},
		{"delivered Thu 2026-04-30: raw end Ascension Day", be, "2026-04-30", "2026-05-14", "2026-05-15", time.Friday},
		{"parcels 2026-06-01 and 2026-06-08: the last one counts", be, "2026-06-08", "2026-06-22", "2026-06-22", time.Monday},
		{"subscription box, first delivery Thu 2026-09-03", be, "2026-09-03", "2026-09-17", "2026-09-17", time.Thursday},
		{"delivered Mon 2026-03-02: initial period", be, "2026-03-02", "2026-03-16", "2026-03-16", time.Monday},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			event := date(tt.event)
			assert.Equal(t, date(tt.rawEnd), event.AddDays(14), "P1 raw end")
			got := periodEnd(t, tt.cal, event, 14)
			assert.Equal(t, date(tt.want), got)
			assert.Equal(t, tt.weekday, got.Weekday())
		})
	}
}

func TestWithdrawalLastParcelCounts(t *testing.T) {
	be := countryCal(t, "BE")
	parcels := []calendar.Date{date("2026-06-08"), date("2026-06-01")}
	last := parcels[0]
	for _, p := range parcels[1:] {
		if p.After(last) {
			last = p
		}
	}
	assert.Equal(t, date("2026-06-22"), periodEnd(t, be, last, 14))
}

func TestWithdrawalInformationNeverGiven(t *testing.T) {
	// Art. 10: 12 months after the end of the initial period (P4, then P3).
	be := countryCal(t, "BE")
	initial := periodEnd(t, be, date("2026-03-02"), 14)
	require.Equal(t, date("2026-03-16"), initial)
	got := periodEndMonths(t, be, initial, 12)
	assert.Equal(t, date("2027-03-16"), got)
	assert.Equal(t, time.Tuesday, got.Weekday())
}

func TestRefundDueDoesNotRollForward(t *testing.T) {
	// Trader informed Fri 2026-12-18: the refund is due by 2027-01-01 (raw
	// end, no roll-forward for payments); the last business day before it is
	// Thu 2026-12-31.
	be := countryCal(t, "BE")
	due := date("2026-12-18").AddDays(14)
	assert.Equal(t, date("2027-01-01"), due)
	assert.Equal(t, date("2026-12-31"), be.BusinessDayOnOrBefore(due))
	assert.Equal(t, date("2027-01-04"), be.BusinessDayOnOrAfter(due))
}

func TestPeriodEndMonths(t *testing.T) {
	be := countryCal(t, "BE")
	tests := []struct {
		event  string
		months int
		want   string
	}{
		{"2026-01-31", 1, "2026-03-02"}, // raw end Sat 2026-02-28
		{"2024-01-31", 1, "2024-02-29"}, // Thursday, leap year
		{"2026-03-31", 1, "2026-04-30"},
		{"2026-02-28", 2, "2026-04-28"},
		{"2026-10-01", 1, "2026-11-02"}, // Sun 1 Nov, All Saints' Day
		{"2025-11-25", 1, "2025-12-26"}, // 25 Dec is Christmas, 26 Dec is no BE holiday
		{"2026-03-16", 12, "2027-03-16"},
		{"2026-05-10", 0, "2026-05-11"}, // a Sunday rolls forward
	}
	for _, tt := range tests {
		t.Run(tt.event, func(t *testing.T) {
			assert.Equal(t, date(tt.want), periodEndMonths(t, be, date(tt.event), tt.months))
		})
	}
	// G4: two months to notify a defect, e.g. discovered 2026-10-25.
	assert.Equal(t, date("2026-12-28"), periodEndMonths(t, be, date("2026-10-25"), 2), "Fri 25 Dec, then weekend")
}

// TestShortPeriodsHoldTwoWorkingDays covers Regulation 1182/71 art. 3(5).
func TestShortPeriodsHoldTwoWorkingDays(t *testing.T) {
	nl, be := countryCal(t, "NL"), countryCal(t, "BE")
	// Thu 2026-04-02 + 2 days: raw end Sat 04-04, P3 gives Tue 04-07.
	// In NL the period (Thu, Tue] holds one working day, so it runs to Wed.
	assert.Equal(t, date("2026-04-08"), periodEnd(t, nl, date("2026-04-02"), 2))
	// In BE, Good Friday is a working day: two already.
	assert.Equal(t, date("2026-04-07"), periodEnd(t, be, date("2026-04-02"), 2))
	// A one-day period is not concerned.
	assert.Equal(t, date("2026-04-07"), periodEnd(t, nl, date("2026-04-02"), 1))
	// The plain P1+P3 value stays available.
	assert.Equal(t, date("2026-04-07"), nl.BusinessDayOnOrAfter(date("2026-04-02").AddDays(2)))
}

// TestMonthPeriodsHoldTwoWorkingDays covers art. 3(5) in PeriodEndMonths:
// never triggered by the built-in tables, but a calendar whose extra dates
// close a whole year does.
func TestMonthPeriodsHoldTwoWorkingDays(t *testing.T) {
	var closed []calendar.Holiday
	eachDay(date("2030-01-01"), date("2030-12-31"), func(d calendar.Date) {
		closed = append(closed, calendar.Holiday{Date: d, Name: "closed"})
	})
	c := calendar.Weekends().WithExtraDates(closed...)
	// Mon 2029-12-31 + 1 month: the raw end 2030-01-31 is closed and P3
	// gives Wed 2031-01-01, the only working day of the period, so art.
	// 3(5) extends it to Thu 2031-01-02.
	assert.Equal(t, date("2031-01-01"), c.BusinessDayOnOrAfter(date("2029-12-31").AddMonths(1)), "P3 alone")
	assert.Equal(t, date("2031-01-02"), periodEndMonths(t, c, date("2029-12-31"), 1))
	assert.Equal(t, date("2031-01-02"), periodEndMonths(t, c, date("2030-03-15"), 2))
	// From Friday 2029-12-28 the period also holds Monday 2029-12-31.
	assert.Equal(t, date("2031-01-01"), periodEndMonths(t, c, date("2029-12-28"), 1))
	// A period of 0 months is not one of two days or more.
	assert.Equal(t, date("2031-01-01"), periodEndMonths(t, c, date("2030-06-03"), 0))
	// The same in days: 2 days or more are concerned, 0 and 1 are not.
	assert.Equal(t, date("2031-01-02"), periodEnd(t, c, date("2029-12-31"), 30))
	assert.Equal(t, date("2031-01-02"), periodEnd(t, c, date("2030-06-03"), 2))
	assert.Equal(t, date("2031-01-01"), periodEnd(t, c, date("2030-06-03"), 1))
	assert.Equal(t, date("2031-01-01"), periodEnd(t, c, date("2030-06-03"), 0))
}

func TestPeriodEndZeroLength(t *testing.T) {
	be := countryCal(t, "BE")
	assert.Equal(t, date("2026-12-18"), periodEnd(t, be, date("2026-12-18"), 0))
	assert.Equal(t, date("2026-12-21"), periodEnd(t, be, date("2026-12-19"), 0), "P3 still applies")
	assert.Equal(t, date("2026-12-21"), periodEndMonths(t, be, date("2026-12-19"), 0))
}

// TestPeriodEndBadInput: a forgotten date, a negative length or an end past
// 9999-12-31 is an error, never a deadline.
func TestPeriodEndBadInput(t *testing.T) {
	be := countryCal(t, "BE")
	// 9999-12-31 is a Friday; with these extra dates P3 or art. 3(5) would
	// end the period in the year 10000.
	beLate := be.WithExtraDates(calendar.Holiday{Date: date("9999-12-30")}, calendar.Holiday{Date: date("9999-12-31")})
	beLast := be.WithExtraDates(calendar.Holiday{Date: date("9999-12-30")})
	delivered := date("2026-12-18")
	days := func(c *calendar.Calendar, event calendar.Date, n int) func() (calendar.Date, error) {
		return func() (calendar.Date, error) { return c.PeriodEnd(event, n) }
	}
	months := func(c *calendar.Calendar, event calendar.Date, n int) func() (calendar.Date, error) {
		return func() (calendar.Date, error) { return c.PeriodEndMonths(event, n) }
	}
	tests := []struct {
		name string
		call func() (calendar.Date, error)
		want error
		msg  string
	}{
		{"zero event", days(be, calendar.Date{}, 14), calendar.ErrInvalidDate,
			"calendar: invalid date 0000-00-00: the zero Date stands for no date"},
		{"zero event, months", months(be, calendar.Date{}, 12), calendar.ErrInvalidDate, ""},
		{"event that does not exist", days(be, calendar.Date{Year: 2026, Month: time.February, Day: 30}, 14), calendar.ErrInvalidDate,
			"calendar: invalid date 2026-02-30: day 30 does not exist in February 2026"},
		{"event month 13, months", months(be, calendar.Date{Year: 2026, Month: 13, Day: 1}, 1), calendar.ErrInvalidDate, ""},
		{"event in year 10000", days(be, calendar.Date{Year: 10000, Month: time.January, Day: 1}, 0), calendar.ErrInvalidDate, ""},
		{"invalid event beats negative days", days(be, calendar.Date{}, -1), calendar.ErrInvalidDate, ""},
		{"negative days", days(be, delivered, -7), calendar.ErrNegativePeriod,
			"calendar: period of -7 days from 2026-12-18: negative period"},
		{"MinInt days", days(be, delivered, math.MinInt), calendar.ErrNegativePeriod, ""},
		{"negative months", months(be, delivered, -1), calendar.ErrNegativePeriod,
			"calendar: period of -1 month from 2026-12-18: negative period"},
		{"raw end after 9999-12-31", days(be, date("9999-12-18"), 14), calendar.ErrPeriodOutOfRange,
			"calendar: period of 14 days from 9999-12-18: period ends after 9999-12-31"},
		{"one day from the last day", days(be, date("9999-12-31"), 1), calendar.ErrPeriodOutOfRange,
			"calendar: period of 1 day from 9999-12-31: period ends after 9999-12-31"},
		{"MaxInt days", days(be, delivered, math.MaxInt), calendar.ErrPeriodOutOfRange, ""},
		{"P3 past the last day", days(beLate, date("9999-12-20"), 11), calendar.ErrPeriodOutOfRange, ""},
		{"art. 3(5) past the last day", days(beLast, date("9999-12-29"), 2), calendar.ErrPeriodOutOfRange, ""},
		{"raw end month after December 9999", months(be, date("9999-12-01"), 1), calendar.ErrPeriodOutOfRange,
			"calendar: period of 1 month from 9999-12-01: period ends after 9999-12-31"},
		{"MaxInt months", months(be, date("0001-01-01"), math.MaxInt), calendar.ErrPeriodOutOfRange, ""},
		{"P3 past the last day, months", months(beLate, date("9999-11-30"), 1), calendar.ErrPeriodOutOfRange, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.call()
			require.ErrorIs(t, err, tt.want)
			assert.Zero(t, got)
			if tt.msg != "" {
				assert.EqualError(t, err, tt.msg)
			}
			switch tt.want {
			case calendar.ErrInvalidDate:
				var de *calendar.InvalidDateError
				assert.ErrorAs(t, err, &de)
			default:
				var pe *calendar.PeriodError
				require.ErrorAs(t, err, &pe)
				assert.Equal(t, tt.want, pe.Err)
			}
		})
	}
	// The PeriodError carries what a caller needs to find the bad order.
	_, err := be.PeriodEnd(delivered, -7)
	var pe *calendar.PeriodError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, calendar.PeriodError{Event: delivered, Length: -7, Unit: "day", Err: calendar.ErrNegativePeriod}, *pe)
}

// TestPeriodEndUpToTheLastDay: periods that end on 9999-12-31 are fine.
func TestPeriodEndUpToTheLastDay(t *testing.T) {
	be := countryCal(t, "BE")
	last := date("9999-12-31") // a Friday, no BE holiday
	assert.Equal(t, last, periodEnd(t, be, date("9999-12-17"), 14))
	assert.Equal(t, last, periodEnd(t, be, date("9999-12-30"), 1))
	assert.Equal(t, last, periodEnd(t, be, last, 0))
	assert.Equal(t, date("9999-12-30"), periodEndMonths(t, be, date("9999-11-30"), 1))
	assert.Equal(t, last, periodEndMonths(t, be, date("9999-10-31"), 2))
	assert.Equal(t, last, periodEndMonths(t, be, date("0001-12-31"), 9998*12))
	assert.Equal(t, last, periodEnd(t, be, date("0001-01-01"), date("0001-01-01").DaysUntil(last)))
	beLast := be.WithExtraDates(calendar.Holiday{Date: date("9999-12-30")})
	assert.Equal(t, last, periodEnd(t, beLast, date("9999-12-28"), 2), "art. 3(5): Wed 29 and Fri 31")
}

// maxRun is the longest run of consecutive non-business days in c between
// first and last, found by walking: the most P3 can add to a raw end.
func maxRun(c *calendar.Calendar, first, last calendar.Date) int {
	longest, run := 0, 0
	eachDay(first, last, func(d calendar.Date) {
		if c.IsBusinessDay(d) {
			run = 0
			return
		}
		run++
		longest = max(longest, run)
	})
	return longest
}

func TestPeriodEndProperties(t *testing.T) {
	first, last := date("2020-01-01"), date("2030-12-31")
	for _, c := range allCalendars(t) {
		bound := maxRun(c, first, last.AddDays(60))
		// One country: at most Good Friday to Easter Monday, 4 days. The
		// union of all five: Fri 5 May (NL) to Tue 9 May (LU) in 2023, 5.
		wantMax := 4
		if strings.Contains(c.Name(), "+") {
			wantMax = 5
		}
		require.LessOrEqual(t, bound, wantMax, c.Name())
		require.GreaterOrEqual(t, bound, 2, c.Name())
		eachDay(first, last, func(event calendar.Date) {
			for _, days := range []int{0, 1, 14, 30} {
				raw := event.AddDays(days)
				got := periodEnd(t, c, event, days)
				if !c.IsBusinessDay(got) || got.Before(raw) || raw.DaysUntil(got) > bound {
					t.Fatalf("%s: PeriodEnd(%v, %d) = %v, raw end %v, bound %d", c.Name(), event, days, got, raw, bound)
				}
				// Nothing shorter would do: it is the first business day from raw.
				if want := naiveOnOrAfter(c, raw); got != want {
					t.Fatalf("%s: PeriodEnd(%v, %d) = %v, want %v", c.Name(), event, days, got, want)
				}
			}
			for _, months := range []int{1, 2, 12} {
				raw := event.AddMonths(months)
				got := periodEndMonths(t, c, event, months)
				if got != naiveOnOrAfter(c, raw) || raw.DaysUntil(got) > bound {
					t.Fatalf("%s: PeriodEndMonths(%v, %d) = %v, raw end %v", c.Name(), event, months, got, raw)
				}
			}
		})
	}
}

func TestShortPeriodProperties(t *testing.T) {
	first, last := date("2020-01-01"), date("2030-12-31")
	for _, c := range allCalendars(t) {
		eachDay(first, last, func(event calendar.Date) {
			for _, days := range []int{2, 3, 4, 5} {
				got := periodEnd(t, c, event, days)
				p3 := naiveOnOrAfter(c, event.AddDays(days))
				ok := c.IsBusinessDay(got) && !got.Before(p3) &&
					naiveBusinessDays(c, event, got) >= 2 &&
					// Minimal: either plain P3, or the business day after it.
					(got == p3 || (naiveBusinessDays(c, event, p3) < 2 && got == c.NextBusinessDay(p3)))
				if !ok {
					t.Fatalf("%s: PeriodEnd(%v, %d) = %v (P3 alone %v)", c.Name(), event, days, got, p3)
				}
			}
		})
	}
}

// TestUnionGivesTheLaterEnd checks the reason for the union default (P5):
// its end is never before the end under any member calendar.
func TestUnionGivesTheLaterEnd(t *testing.T) {
	var members []*calendar.Calendar
	for _, code := range calendar.Countries() {
		members = append(members, countryCal(t, code))
	}
	for i, a := range members {
		for _, b := range members[i+1:] {
			u := union(t, a, b)
			eachDay(date("2024-01-01"), date("2028-12-31"), func(event calendar.Date) {
				for _, days := range []int{2, 14} {
					end := periodEnd(t, u, event, days)
					if end.Before(periodEnd(t, a, event, days)) || end.Before(periodEnd(t, b, event, days)) {
						t.Fatalf("%s: PeriodEnd(%v, %d) = %v is before a member's", u.Name(), event, days, end)
					}
				}
			})
		}
	}
}
