package calendar_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/comptoir/comptoir/calendar"
)

func ExampleParseDate() {
	delivered, err := calendar.ParseDate("2026-12-18")
	if err != nil {
		fmt.Println(err)
		return
	}
	rawEnd := delivered.AddDays(14)
	fmt.Println(delivered.Weekday(), delivered)
	fmt.Println(rawEnd.Weekday(), rawEnd)

	_, err = calendar.ParseDate("2026-02-30")
	fmt.Println(errors.Is(err, calendar.ErrInvalidDate))
	fmt.Println(err)
	// Output:
	// Friday 2026-12-18
	// Friday 2027-01-01
	// true
	// calendar: cannot parse "2026-02-30" as a date (YYYY-MM-DD): day 30 does not exist in February 2026
}

func ExampleCalendar_PeriodEnd() {
	be, err := calendar.For("BE")
	if err != nil {
		fmt.Println(err)
		return
	}
	// Goods delivered on Friday 18 December 2026: the raw end, 1 January
	// 2027, is a holiday followed by a weekend.
	delivered := calendar.Date{Year: 2026, Month: time.December, Day: 18}
	end, err := be.PeriodEnd(delivered, 14)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(end.Weekday(), end)

	// A delivery date that was never recorded is an error, not a deadline.
	var unknown calendar.Date
	_, err = be.PeriodEnd(unknown, 14)
	fmt.Println(errors.Is(err, calendar.ErrInvalidDate))
	fmt.Println(err)
	// Output:
	// Monday 2027-01-04
	// true
	// calendar: invalid date 0000-00-00: the zero Date stands for no date
}

func ExampleCalendar_PeriodEndMonths() {
	be, _ := calendar.For("BE")
	// Withdrawal information never given: 12 months after the initial period.
	delivered := calendar.Date{Year: 2026, Month: time.March, Day: 2}
	initial, err := be.PeriodEnd(delivered, 14)
	if err != nil {
		fmt.Println(err)
		return
	}
	extended, err := be.PeriodEndMonths(initial, 12)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(initial, extended)
	// Output: 2026-03-16 2027-03-16
}

func ExampleUnion() {
	be, _ := calendar.For("BE")
	nl, _ := calendar.For("NL")
	// A Dutch consumer buying from a Belgian shop: by default both
	// countries' holidays count, giving the later, safe end.
	both, err := calendar.Union(nl, be)
	if err != nil {
		fmt.Println(err)
		return
	}
	concluded := calendar.Date{Year: 2026, Month: time.March, Day: 20}
	for _, c := range []*calendar.Calendar{be, both} {
		end, err := c.PeriodEnd(concluded, 14)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(c.Name(), end)
	}
	name, _ := both.HolidayName(calendar.Date{Year: 2026, Month: time.April, Day: 3})
	fmt.Println(name)

	// A calendar that was never loaded is reported, not skipped.
	var trader *calendar.Calendar
	_, err = calendar.Union(nl, trader)
	fmt.Println(errors.Is(err, calendar.ErrNilCalendar))
	// Output:
	// BE 2026-04-03
	// NL+BE 2026-04-07
	// Good Friday
	// true
}

func ExampleCalendar_AddBusinessDays() {
	be, _ := calendar.For("BE")
	shipped := calendar.Date{Year: 2026, Month: time.December, Day: 18}
	for _, n := range []int{1, 5, 10, -1} {
		fmt.Printf("%+d: %s\n", n, be.AddBusinessDays(shipped, n))
	}
	fmt.Println(be.BusinessDaysBetween(shipped, calendar.Date{Year: 2027, Month: time.January, Day: 5}))
	// Output:
	// +1: 2026-12-21
	// +5: 2026-12-28
	// +10: 2027-01-05
	// -1: 2026-12-17
	// 10
}

func ExampleCalendar_Holidays() {
	be, _ := calendar.For("BE")
	for _, h := range be.Holidays(2026) {
		fmt.Printf("%s %-9s %s\n", h.Date, h.Date.Weekday(), h.Name)
	}
	// Output:
	// 2026-01-01 Thursday  New Year's Day
	// 2026-04-06 Monday    Easter Monday
	// 2026-05-01 Friday    Labour Day
	// 2026-05-14 Thursday  Ascension Day
	// 2026-05-25 Monday    Whit Monday
	// 2026-07-21 Tuesday   Belgian National Day
	// 2026-08-15 Saturday  Assumption Day
	// 2026-11-01 Sunday    All Saints' Day
	// 2026-11-11 Wednesday Armistice Day
	// 2026-12-25 Friday    Christmas Day
}

func ExampleCalendar_WithExtraDates() {
	nl, _ := calendar.For("NL")
	// Friday after Ascension Day 2026, equated with a holiday by decree.
	bridge := calendar.Date{Year: 2026, Month: time.May, Day: 15}
	withDecree := nl.WithExtraDates(calendar.Holiday{Date: bridge, Name: "Day equated by decree"})
	delivered := calendar.Date{Year: 2026, Month: time.April, Day: 30}
	before, _ := nl.PeriodEnd(delivered, 15) // a valid date and length: no error
	after, _ := withDecree.PeriodEnd(delivered, 15)
	fmt.Println(before, after)
	// Output: 2026-05-15 2026-05-18
}

func ExampleDateOf() {
	brussels, err := time.LoadLocation("Europe/Brussels")
	if err != nil {
		fmt.Println(err)
		return
	}
	// A delivery scanned at 23:30 UTC on 28 March is on 29 March in Brussels.
	scan := time.Date(2026, time.March, 28, 23, 30, 0, 0, time.UTC)
	fmt.Println(calendar.DateOf(scan, time.UTC), calendar.DateOf(scan, brussels))
	// Output: 2026-03-28 2026-03-29
}
