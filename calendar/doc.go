// Package calendar owns civil dates, public holidays per country, business
// days and the EU rule for the end of a legal period (Regulation (EEC,
// Euratom) No 1182/71).
//
// # Civil dates
//
// Legal periods are counted in days on the wall calendar, not in
// time.Duration: a 14-day period is 14 calendar days whether or not a
// daylight-saving change falls inside it. Date is such a day, with no time
// and no zone. Convert an instant to a Date at the edge of the system with
// DateOf(t, loc), normally in Europe/Brussels, and back with Date.In. Date
// arithmetic works on day numbers (days since 1970-01-01 in the proleptic
// Gregorian calendar), never on time.Time, so it is exact, fast and does not
// allocate. Valid dates run from 0001-01-01 to 9999-12-31, the range of the
// strict text form YYYY-MM-DD used by ParseDate, String and JSON.
//
// # Calendars as reference data
//
// A Calendar says which days are public holidays. For returns the national
// (not regional) public holidays of BE, DE, FR, LU or NL; for NL, the days
// of the Algemene termijnenwet art. 3, the Dutch rule for legal periods,
// which includes Good Friday. Names are in English. Each holiday is
// a rule, either a fixed day (21 July) or an offset from Easter Sunday
// (Ascension Day is Easter + 39), with an optional move when it falls on a
// Sunday (King's Day: 27 April, or 26 April when the 27th is a Sunday) and
// an optional first and last year in force, so that past years come out as
// they were. The changes modelled are:
//
//   - NL: Queen's Day 30 April from 1949 to 2013 (1 May when the 30th was a
//     Sunday until 1979, 29 April from 1980), King's Day from 2014;
//   - FR: 8 May from 1982 (it was not a public holiday in the years before);
//   - DE: German Unity Day 3 October from 1990; Reformation Day 31 October
//     2017 only, the 500th anniversary, a holiday in every Land that year;
//   - LU: Europe Day 9 May from 2019.
//
// Other historical changes are not modelled, so the tables are meant for
// 1990 onwards: for instance West Germany's 17 June before 1990 is missing,
// and the Dutch 5 May is applied to every year although it may have entered
// the Algemene termijnenwet later. Easter is computed for any year
// (see Easter); years outside 1-9999 have no holidays. Apart from the Dutch
// monarch's day, no holiday moves when it falls on a weekend: Belgium, for
// one, has no replacement day for legal periods.
//
// Days that a government equates with holidays one at a time, such as the
// Dutch decree days (2026-01-02, 2026-05-15, 2027-05-07), are not built in:
// add them with WithExtraDates. Calendars are immutable and safe for
// concurrent use; the tables are built by functions, not kept in package
// variables, so nothing can change them at run time.
//
// # Which holidays: the union default
//
// The Regulation counts the public holidays of the Member State where the
// act is done; for a withdrawal notice that is the consumer's country. By
// default comptoir uses the union of the consumer's and the trader's
// calendars (law-and-tax P5): Union(consumer, trader) makes a day a holiday
// when it is one in either, which gives the later and therefore safe end.
// A caller who knows better passes a single calendar. Union reports a nil
// member as an error (ErrNilCalendar) rather than dropping its holidays.
//
// # The end of a period (Regulation 1182/71)
//
//   - P1: a period of N days counted from an event starts the day after it,
//     so its raw end is event + N (Date.AddDays).
//   - P2: Saturdays, Sundays and holidays inside the period count.
//   - P3: if the raw end is a Saturday, Sunday or public holiday the period
//     ends at the end of the next working day (BusinessDayOnOrAfter).
//   - P4: a period of M months ends on the same day of the month M months
//     later, or on the last day of that month when it has no such day
//     (Date.AddMonths); P3 then applies.
//
// PeriodEnd applies P1 to P3, PeriodEndMonths P4 and P3. Both also apply
// art. 3(5) of the Regulation: a period of two days or more includes at
// least two working days. That only changes short periods over a long
// weekend; a 14-day withdrawal period is never affected.
//
// Both return an error instead of a deadline for bad input: an event that is
// not a valid date, the zero Date ("no date", e.g. a delivery never
// recorded) included, matches ErrInvalidDate; a negative length matches
// ErrNegativePeriod; an end after 9999-12-31 matches ErrPeriodOutOfRange.
//
// Goods delivered on Friday 2026-12-18 in Belgium: the raw end is Friday
// 2027-01-01, a holiday, followed by a weekend, so the withdrawal period ends
// on Monday 2027-01-04. A payment due "14 days after" the same day is due on
// 2027-01-01 itself; pay before it (BusinessDayOnOrBefore) rather than rely on
// the roll-forward.
package calendar
