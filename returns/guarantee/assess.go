package guarantee

import (
	"fmt"

	"github.com/comptoir/comptoir/calendar"
)

// The rules of law-and-tax.md section 3 that a Reason names.
const (
	RuleGuarantee    = "G1" // the 2-year liability period
	RuleSecondHand   = "G2" // a shorter period agreed for second-hand goods
	RulePresumption  = "G3" // the presumption that the defect existed at delivery
	RuleNotification = "G4" // notification within 2 months of discovery
	RuleSuspension   = "G5" // suspension of the period; the Belgian limitation
)

// Reason is one step of an Assessment: the rule applied, the provision it
// comes from and what it gave, with the dates compared.
type Reason struct {
	Rule    string // one of the Rule constants, such as "G3"
	Article string // the provision relied on
	Text    string
}

// Assessment is the answer for one Case.
type Assessment struct {
	// Country is the country whose rules were applied; Calendar the name
	// of the holiday calendar used for the deadlines ("BE+DE").
	Country  string
	Calendar string

	// Covered is true when the lack of conformity appeared within the
	// guarantee period, whose last day is GuaranteeEnds: GuaranteeMonths
	// after delivery, moved later by SuspendedDays of repair, replacement
	// or negotiation. A defect appearing on GuaranteeEnds is covered.
	Covered         bool
	GuaranteeMonths int
	GuaranteeEnds   calendar.Date
	SuspendedDays   int

	// Presumed is true when the defect is covered and appeared on or
	// before PresumptionEnds, so the seller must prove it did not exist at
	// delivery. PresumptionEnds is given even when it has passed.
	Presumed        bool
	PresumptionEnds calendar.Date

	// NotifyBy is the last day to notify the seller, 2 months after
	// discovery with P3 applied; zero when the defect is not covered.
	NotifyBy calendar.Date
	// LimitationDate is the last day to bring a court action under the
	// Belgian rule (1 year from discovery, never before the end of the
	// guarantee period, P3 applied); zero outside Belgium or when the
	// defect is not covered.
	LimitationDate calendar.Date

	// Reasons explain each result, in rule order.
	Reasons []Reason
}

// Assess applies the legal guarantee rules of c.Country to c: whether the
// guarantee covers the defect, whether it is presumed to have existed at
// delivery, and the deadlines to notify and, in Belgium, to go to court.
//
// Bad input is an error, never a guess: an unknown country
// (*UnknownCountryError), a Case that does not hold together (*CaseError),
// a contract from before the rules (*NotInForceError), suspensions in a
// country whose rules on them are not modelled (*NotModelledError), a
// trader country without a calendar when p.Calendar is nil
// (calendar.ErrUnknownCountry) or a date after 9999-12-31
// (calendar.ErrPeriodOutOfRange). Assess is safe for concurrent use.
func Assess(c Case, p Policy) (Assessment, error) {
	r, err := Rules(c.Country)
	if err != nil {
		return Assessment{}, err
	}
	sus, err := validate(c, r)
	if err != nil {
		return Assessment{}, err
	}
	cal, err := pickCalendar(c, p)
	if err != nil {
		return Assessment{}, err
	}
	a := Assessment{Country: r.Country, Calendar: cal.Name(), Reasons: make([]Reason, 0, 6)}
	if err := a.guarantee(c, r, sus); err != nil {
		return Assessment{}, err
	}
	a.presumption(c, r)
	if !a.Covered {
		return a, nil
	}
	if err := a.notification(c, r, cal); err != nil {
		return Assessment{}, err
	}
	if r.LimitationMonths > 0 {
		if err := a.limitation(c, r, p, cal, sus); err != nil {
			return Assessment{}, err
		}
	}
	return a, nil
}

// pickCalendar returns the policy's calendar or the union of the consumer's
// and the trader's (law-and-tax P5).
func pickCalendar(c Case, p Policy) (*calendar.Calendar, error) {
	if p.Calendar != nil {
		return p.Calendar, nil
	}
	consumer, err := calendar.For(c.Country)
	if err != nil {
		return nil, err
	}
	trader, err := calendar.For(c.TraderCountry)
	if err != nil {
		return nil, fmt.Errorf("guarantee: TraderCountry %q has no calendar, pass Policy.Calendar: %w", c.TraderCountry, err)
	}
	return calendar.Union(consumer, trader)
}

func (a *Assessment) add(rule, article, format string, args ...any) {
	a.Reasons = append(a.Reasons, Reason{Rule: rule, Article: article, Text: fmt.Sprintf(format, args...)})
}
