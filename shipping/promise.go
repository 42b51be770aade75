package shipping

import (
	"fmt"
	"time"

	"github.com/comptoir/comptoir/calendar"
)

// Clock is a time of day on the wall clock of the shop's time zone.
type Clock struct {
	Hour   int // 0-23
	Minute int // 0-59
}

// Valid reports whether c is a time of day between 00:00 and 23:59.
func (c Clock) Valid() bool { return c.Hour >= 0 && c.Hour < 24 && c.Minute >= 0 && c.Minute < 60 }

// String returns the time as "15:04".
func (c Clock) String() string { return fmt.Sprintf("%02d:%02d", c.Hour, c.Minute) }

// minutes returns the minutes since midnight.
func (c Clock) minutes() int { return c.Hour*60 + c.Minute }

// maxTransitDays bounds Transit.MaxDays, to catch typos in configuration.
const maxTransitDays = 365

// Transit is a delivery promise in business days of the ship-from
// country: an order placed on a business day before CutOff (shop time)
// ships that day; one placed at or after CutOff, or on a weekend or public
// holiday, ships the next business day. Delivery is MinDays to MaxDays
// business days after shipping; 0 means the day it ships (click &
// collect, same-day courier). A CutOff of 00:00 means nothing ships on the
// day it is ordered.
type Transit struct {
	MinDays int // 0 <= MinDays <= MaxDays
	MaxDays int // at most 365
	CutOff  Clock
}

// Window is a promised delivery window, frozen into a quote: the order
// ships on Ships and arrives between Earliest and Latest, both included.
// It feeds the on-time KPI, so it is computed once, at quote time.
type Window struct {
	Ships    calendar.Date
	Earliest calendar.Date
	Latest   calendar.Date
}

// check validates t; field prefixes the ConfigError's path.
func (t Transit) check(field string) error {
	switch {
	case t.MinDays < 0:
		return configErr(field+".min_days", "%d is negative", t.MinDays)
	case t.MaxDays < t.MinDays:
		return configErr(field+".max_days", "%d is below min_days %d", t.MaxDays, t.MinDays)
	case t.MaxDays > maxTransitDays:
		return configErr(field+".max_days", "%d is above %d", t.MaxDays, maxTransitDays)
	case !t.CutOff.Valid():
		return configErr(field+".cut_off", "%d:%d is not a time of day", t.CutOff.Hour, t.CutOff.Minute)
	}
	return nil
}

// Promise returns the delivery window of an order placed at the instant
// at, for a shop in loc shipping over the business days of cal (the
// ship-from country's calendar, calendar.For). The cut-off is compared
// with the wall clock in loc, so daylight-saving changes move nothing: an
// order at 15:59 local time is before a 16:00 cut-off in winter and in
// summer. A nil loc or cal, or an invalid Transit, is a *TransitError
// matching ErrInvalidTransit.
func (t Transit) Promise(at time.Time, loc *time.Location, cal *calendar.Calendar) (Window, error) {
	switch {
	case loc == nil:
		return Window{}, &TransitError{Reason: "nil time zone"}
	case cal == nil:
		return Window{}, &TransitError{Reason: "nil holiday calendar"}
	}
	if err := t.check("transit"); err != nil {
		return Window{}, &TransitError{Reason: err.(*ConfigError).Reason}
	}
	return t.promise(at, loc, cal), nil
}

// promise computes the window of a validated Transit.
func (t Transit) promise(at time.Time, loc *time.Location, cal *calendar.Calendar) Window {
	local := at.In(loc)
	y, m, d := local.Date()
	day := calendar.Date{Year: y, Month: m, Day: d}
	ships := day
	if local.Hour()*60+local.Minute() >= t.CutOff.minutes() || !cal.IsBusinessDay(day) {
		ships = cal.NextBusinessDay(day)
	}
	return Window{
		Ships:    ships,
		Earliest: cal.AddBusinessDays(ships, t.MinDays),
		Latest:   cal.AddBusinessDays(ships, t.MaxDays),
	}
}
