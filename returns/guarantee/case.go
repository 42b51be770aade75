package guarantee

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/comptoir/comptoir/calendar"
)

// Case is one delivered order line with a lack of conformity the consumer
// discovered.
type Case struct {
	// Country is the country whose consumer law governs the sale, normally
	// the consumer's (Rome I art. 6); its rules apply (see Rules).
	Country string
	// TraderCountry is the seller's country. It only picks the holidays
	// of the default calendar (see Policy) and may be empty when the
	// policy names a calendar.
	TraderCountry string

	// ContractDate is the day the contract was concluded: it decides
	// which rules apply (see NotInForceError). It may not be after
	// Delivered.
	ContractDate calendar.Date
	// Delivered is the day the consumer took possession: the guarantee and
	// the presumption run from it.
	Delivered calendar.Date
	// Discovered is the day the lack of conformity appeared or was
	// discovered, on or after Delivered.
	Discovered calendar.Date

	// SecondHand marks second-hand goods, for which some countries let the
	// parties agree a shorter period and some shorten the presumption.
	SecondHand bool
	// AgreedPeriodMonths is the period the parties agreed for second-hand
	// goods: 0 for the statutory 24 months, else 12 to 24. Anything else is
	// an error: below 12 the clause is void, above 24 it is a commercial
	// guarantee, not the legal one.
	AgreedPeriodMonths int

	// Suspensions are the days the goods were being repaired or replaced,
	// or the parties were negotiating, in any order, none overlapping.
	Suspensions []Period
}

// Period is a run of whole days from From to To, both included: a repair
// from 1 to 30 June is 30 days.
type Period struct {
	From, To calendar.Date
}

// Days returns the number of days in p, both ends included.
func (p Period) Days() int { return p.From.DaysUntil(p.To) + 1 }

// String returns p as "2026-06-01..2026-06-30".
func (p Period) String() string { return p.From.String() + ".." + p.To.String() }

// Policy holds the caller's choices where the law leaves one.
type Policy struct {
	// Calendar gives the public holidays for the notification and
	// limitation deadlines (P3). Nil means the union of the consumer's and
	// the trader's national calendars, which gives the later, safe date
	// (law-and-tax P5). Build it once and pass it in on hot paths: the
	// default is rebuilt on every call.
	Calendar *calendar.Calendar
	// SuspendLimitation also suspends the Belgian 1-year limitation period
	// during the suspensions after discovery. The default (false) follows
	// art. 1649quater as commented: only the guarantee period is
	// suspended, and the limitation feels it through its floor, the end of
	// the guarantee period. True gives a later date.
	SuspendLimitation bool
}

// validate checks every field of c against the country's rules and returns
// the suspensions in chronological order (c.Suspensions itself when they
// already are, so the common case does not allocate).
func validate(c Case, r CountryRules) ([]Period, error) {
	if err := checkDates(c); err != nil {
		return nil, err
	}
	if c.ContractDate.Before(r.InForceFrom) {
		return nil, &NotInForceError{Country: r.Country, ContractDate: c.ContractDate, InForceFrom: r.InForceFrom, Source: r.InForceSource}
	}
	if err := checkAgreed(c); err != nil {
		return nil, err
	}
	sus, err := checkSuspensions(c.Suspensions, c.Delivered)
	if err != nil {
		return nil, err
	}
	if len(sus) > 0 && !r.Suspension {
		return nil, &NotModelledError{Country: r.Country, What: "the effect of repair, replacement or negotiation on the guarantee period"}
	}
	return sus, nil
}

func checkDates(c Case) error {
	for _, f := range []struct {
		name string
		d    calendar.Date
	}{{"ContractDate", c.ContractDate}, {"Delivered", c.Delivered}, {"Discovered", c.Discovered}} {
		if !f.d.IsValid() {
			return &CaseError{Field: f.name, Value: f.d.String(), Reason: "not a valid date (the zero Date means none was given)"}
		}
	}
	if c.ContractDate.After(c.Delivered) {
		return &CaseError{Field: "ContractDate", Value: c.ContractDate.String(), Reason: "after the delivery " + c.Delivered.String()}
	}
	if c.Discovered.Before(c.Delivered) {
		return &CaseError{Field: "Discovered", Value: c.Discovered.String(), Reason: "before the delivery " + c.Delivered.String()}
	}
	return nil
}

func checkAgreed(c Case) error {
	m := c.AgreedPeriodMonths
	var reason string
	switch {
	case m == 0:
		return nil
	case m < 0:
		reason = "negative"
	case !c.SecondHand:
		reason = "a shorter period may only be agreed for second-hand goods (Directive 2019/771 art. 10(6))"
	case m < 12:
		reason = "below the 1-year minimum for second-hand goods (Directive 2019/771 art. 10(6))"
	case m > 24:
		reason = "above the 2-year legal period: a longer one is a commercial guarantee"
	default:
		return nil
	}
	return &CaseError{Field: "AgreedPeriodMonths", Value: strconv.Itoa(m), Reason: reason}
}

// checkSuspensions rejects invalid, backwards, pre-delivery and overlapping
// periods and returns them sorted by From.
func checkSuspensions(ps []Period, delivered calendar.Date) ([]Period, error) {
	for i, p := range ps {
		field := fmt.Sprintf("Suspensions[%d]", i)
		switch {
		case !p.From.IsValid() || !p.To.IsValid():
			return nil, &CaseError{Field: field, Value: p.String(), Reason: "not valid dates"}
		case p.To.Before(p.From):
			return nil, &CaseError{Field: field, Value: p.String(), Reason: "ends before it starts"}
		case p.From.Before(delivered):
			return nil, &CaseError{Field: field, Value: p.String(), Reason: "starts before the delivery " + delivered.String()}
		}
	}
	sorted := ps
	if !slices.IsSortedFunc(ps, byFrom) {
		sorted = slices.Clone(ps)
		slices.SortFunc(sorted, byFrom)
	}
	for i := 1; i < len(sorted); i++ {
		if !sorted[i-1].To.Before(sorted[i].From) {
			return nil, &CaseError{Field: "Suspensions", Value: sorted[i-1].String() + " and " + sorted[i].String(), Reason: "periods overlap"}
		}
	}
	return sorted, nil
}

func byFrom(a, b Period) int { return a.From.Compare(b.From) }
