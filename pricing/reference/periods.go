package reference

import (
	"fmt"
	"time"

	"github.com/comptoir/comptoir/calendar"
)

// Season says which of the two yearly sales a period belongs to.
type Season uint8

// The seasons. The zero Season is none: the zero Period.
const (
	Winter Season = iota + 1 // the January sales and the waiting period before them
	Summer                   // the July sales and the waiting period before them
)

// String returns "winter", "summer" or "Season(n)".
func (s Season) String() string {
	switch s {
	case Winter:
		return "winter"
	case Summer:
		return "summer"
	}
	return fmt.Sprintf("Season(%d)", uint8(s))
}

// PeriodKind says whether a period is a sales period or a waiting period.
type PeriodKind uint8

// The kinds of period. The zero PeriodKind is none: the zero Period.
const (
	SalesPeriod   PeriodKind = iota + 1 // soldes, solden (CDE art. VI.25 ff.)
	WaitingPeriod                       // période d'attente, sperperiode (CDE art. VI.25 ff.)
)

// String returns "sales", "waiting period" or "PeriodKind(n)".
func (k PeriodKind) String() string {
	switch k {
	case SalesPeriod:
		return "sales"
	case WaitingPeriod:
		return "waiting period"
	}
	return fmt.Sprintf("PeriodKind(%d)", uint8(k))
}

// Period is a Belgian sales or waiting period: the days First to Last,
// both included. The zero Period is no period.
type Period struct {
	Kind        PeriodKind
	Season      Season
	First, Last calendar.Date
}

// Contains reports whether d is one of the days of p.
func (p Period) Contains(d calendar.Date) bool {
	return p.Kind != 0 && !d.Before(p.First) && !d.After(p.Last)
}

// String returns e.g. "winter sales 2027-01-02 to 2027-01-31".
func (p Period) String() string {
	if p.Kind == 0 {
		return "no period"
	}
	return fmt.Sprintf("%s %s %s to %s", p.Season, p.Kind, p.First, p.Last)
}

// Sales returns the Belgian sales of year (law-and-tax R5): winter from 3 to
// 31 January, or from 2 January when 3 January is a Sunday; summer from 1 to
// 31 July, or from 30 June when 1 July is a Sunday. year must be in 1-9999,
// the range of calendar.Date, or the error matches ErrInvalidInput.
func Sales(year int) (winter, summer Period, err error) {
	if year < 1 || year > 9999 {
		return Period{}, Period{}, inputErr("year", "%d is not between 1 and 9999", year)
	}
	return winterSales(year), summerSales(year), nil
}

// WaitingPeriods returns the Belgian waiting periods before the sales of
// year (law-and-tax R5), during which reductions on clothing, leather goods
// and shoes may not be announced. The winter one starts in December of the
// year before: from 3 December of year-1 to 2 January of year, or from 2
// December to 1 January when 3 January of year is a Sunday, so
// WaitingPeriods(2027) starts on 2026-12-02. The summer one runs from 1 to
// 30 June, or from 31 May to 29 June when 1 July is a Sunday. Each ends on
// the day before its sales start. year must be in 2-9999, since the winter
// period of year 1 would start in year 0, or the error matches
// ErrInvalidInput.
func WaitingPeriods(year int) (winter, summer Period, err error) {
	if year < 2 || year > 9999 {
		return Period{}, Period{}, inputErr("year", "%d is not between 2 and 9999", year)
	}
	return winterWaiting(year), summerWaiting(year), nil
}

// PeriodOn returns the sales or waiting period that contains d, and false
// when d is in neither (the two never overlap). d must be a valid date, or
// the error matches ErrInvalidInput. A day of December 9999 is not reported
// as in a waiting period, since that period would end in year 10000, outside
// calendar.Date.
func PeriodOn(d calendar.Date) (Period, bool, error) {
	if !d.IsValid() {
		return Period{}, false, inputErr("date", "%v is not a valid date", d)
	}
	for _, p := range candidates(d.Year, d.Month) {
		if p.Contains(d) {
			return p, true, nil
		}
	}
	return Period{}, false, nil
}

// candidates returns the periods that may contain a day of month in year:
// only January, May, June, July and December have any.
func candidates(year int, month time.Month) [2]Period {
	switch {
	case month == time.January && year >= 2:
		return [2]Period{winterWaiting(year), winterSales(year)}
	case month == time.January:
		return [2]Period{winterSales(year)}
	case month >= time.May && month <= time.July:
		return [2]Period{summerWaiting(year), summerSales(year)}
	case month == time.December && year < 9999:
		return [2]Period{winterWaiting(year + 1)}
	}
	return [2]Period{}
}

// salesStart returns the day the sales whose normal first day is d start:
// the day before when d is a Sunday.
func salesStart(d calendar.Date) calendar.Date {
	if d.Weekday() == time.Sunday {
		return d.AddDays(-1)
	}
	return d
}

func winterSales(year int) Period {
	first := salesStart(calendar.Date{Year: year, Month: time.January, Day: 3})
	return Period{Kind: SalesPeriod, Season: Winter, First: first,
		Last: calendar.Date{Year: year, Month: time.January, Day: 31}}
}

func summerSales(year int) Period {
	first := salesStart(calendar.Date{Year: year, Month: time.July, Day: 1})
	return Period{Kind: SalesPeriod, Season: Summer, First: first,
		Last: calendar.Date{Year: year, Month: time.July, Day: 31}}
}

// winterWaiting returns the month before the January sales of year: it
// starts a month before them (3 or 2 December of year-1) and ends the day
// before.
func winterWaiting(year int) Period {
	sales := winterSales(year).First
	return Period{Kind: WaitingPeriod, Season: Winter, First: sales.AddMonths(-1), Last: sales.AddDays(-1)}
}

// summerWaiting returns the period before the July sales of year: 1 to 30
// June, both a day earlier when the sales start on 30 June. It is not
// "a month before" the sales, since June has 30 days.
func summerWaiting(year int) Period {
	sales := summerSales(year).First
	return Period{Kind: WaitingPeriod, Season: Summer, First: sales.AddDays(-30), Last: sales.AddDays(-1)}
}
