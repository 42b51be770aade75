package guarantee

import (
	"strconv"

	"github.com/comptoir/comptoir/calendar"
)

// guarantee sets the period, its end and Covered (G1, G2, G5 suspension).
// The end is not moved by P3: it bounds when a defect may appear, which is
// a fact and not an act that needs a working day.
func (a *Assessment) guarantee(c Case, r CountryRules, sus []Period) error {
	a.GuaranteeMonths = a.period(c, r)
	end := c.Delivered.AddMonths(a.GuaranteeMonths)
	if !end.IsValid() {
		return outOfRange(c.Delivered, a.GuaranteeMonths)
	}
	// The period starts the day after delivery (P1), so a suspension on
	// the day of delivery itself takes nothing from it.
	extended, days := extend(c.Delivered.AddDays(1), end, sus)
	if !extended.IsValid() {
		return outOfRange(c.Delivered, a.GuaranteeMonths)
	}
	a.GuaranteeEnds, a.SuspendedDays = extended, days
	a.Covered = !c.Discovered.After(extended)

	verdict := "within it: covered"
	if !a.Covered {
		verdict = "after it: not covered"
	}
	a.add(RuleGuarantee, r.GuaranteeSource, "the guarantee of %d months from delivery on %s runs to %s; the defect discovered on %s is %s",
		a.GuaranteeMonths, c.Delivered, end, c.Discovered, verdict)
	if !r.FixedPeriod {
		last := len(a.Reasons) - 1
		a.Reasons[last].Text += "; " + r.Country + " law has no fixed period, so 24 months is the Directive's minimum, not a cut-off: goods expected to last longer may still be claimed for"
	}
	if len(sus) > 0 {
		a.suspensionReason(r, end, sus)
	}
	return nil
}

// period returns the guarantee months for c: the statutory period, or the
// agreed one for second-hand goods where the country allows it (G2).
func (a *Assessment) period(c Case, r CountryRules) int {
	switch {
	case !c.SecondHand:
		return r.GuaranteeMonths
	case c.AgreedPeriodMonths == 0 || c.AgreedPeriodMonths == r.GuaranteeMonths:
		a.add(RuleSecondHand, r.SecondHandSource, "second-hand goods with no shorter period agreed: the statutory %d months apply", r.GuaranteeMonths)
		return r.GuaranteeMonths
	case r.SecondHandMinMonths == 0:
		a.add(RuleSecondHand, r.SecondHandSource, "second-hand goods: %s law does not let the parties shorten the period, so the agreed %d months do not apply and the statutory %d months do",
			r.Country, c.AgreedPeriodMonths, r.GuaranteeMonths)
		return r.GuaranteeMonths
	}
	a.add(RuleSecondHand, r.SecondHandSource, "second-hand goods: the agreed period of %d months applies (at least %d)", c.AgreedPeriodMonths, r.SecondHandMinMonths)
	return c.AgreedPeriodMonths
}

func (a *Assessment) suspensionReason(r CountryRules, end calendar.Date, sus []Period) {
	late := 0
	for _, s := range sus {
		if s.From.After(a.GuaranteeEnds) {
			late++
		}
	}
	var after string
	if late > 0 {
		after = "; " + strconv.Itoa(late) + " suspension(s) began after the period had ended and move nothing"
	}
	if a.SuspendedDays == 0 {
		a.add(RuleSuspension, r.SuspensionSource, "the suspensions take no day from the guarantee period, which still ends on %s%s", end, after)
		return
	}
	a.add(RuleSuspension, r.SuspensionSource, "%d days of repair, replacement or negotiation move the end of the guarantee from %s to %s%s",
		a.SuspendedDays, end, a.GuaranteeEnds, after)
}

// presumption sets PresumptionEnds and Presumed (G3). The presumption
// runs from delivery and is not extended by suspensions: the law suspends
// the guarantee period only.
func (a *Assessment) presumption(c Case, r CountryRules) {
	months := r.PresumptionMonths
	if c.SecondHand {
		months = r.SecondHandPresumptionMonths
		if months == 0 {
			months = a.GuaranteeMonths
		}
	}
	months = min(months, a.GuaranteeMonths)
	a.PresumptionEnds = c.Delivered.AddMonths(months)
	a.Presumed = a.Covered && !c.Discovered.After(a.PresumptionEnds)
	switch {
	case a.Presumed:
		a.add(RulePresumption, r.PresumptionSource, "the defect appeared within the %d-month presumption (to %s): it is presumed to have existed at delivery unless the seller proves otherwise",
			months, a.PresumptionEnds)
	case a.Covered:
		a.add(RulePresumption, r.PresumptionSource, "the defect appeared after the %d-month presumption (ended %s): the consumer must prove it existed at delivery",
			months, a.PresumptionEnds)
	default:
		a.add(RulePresumption, r.PresumptionSource, "not covered, so no presumption (the %d-month presumption ended %s)", months, a.PresumptionEnds)
	}
}

// notification sets NotifyBy: the notification months from discovery, P1
// to P4 on the calendar (G4).
func (a *Assessment) notification(c Case, r CountryRules, cal *calendar.Calendar) error {
	by, err := cal.PeriodEndMonths(c.Discovered, r.NotifyMonths)
	if err != nil {
		return err
	}
	a.NotifyBy = by
	a.add(RuleNotification, r.NotifySource, "notify the seller by %s: %d months after the discovery on %s%s",
		by, r.NotifyMonths, c.Discovered, moved(c.Discovered.AddMonths(r.NotifyMonths), by, cal))
	return nil
}

// limitation sets the Belgian LimitationDate (G5): the limitation months
// from discovery, never before the end of the guarantee period, with P3 on
// whichever is later, because bringing an action is an act done on a
// working day.
func (a *Assessment) limitation(c Case, r CountryRules, p Policy, cal *calendar.Calendar, sus []Period) error {
	raw := c.Discovered.AddMonths(r.LimitationMonths)
	suspended := 0
	if p.SuspendLimitation {
		raw, suspended = extend(c.Discovered.AddDays(1), raw, sus)
	}
	floor := raw.Compare(a.GuaranteeEnds) < 0
	if floor {
		raw = a.GuaranteeEnds
	}
	lim := cal.BusinessDayOnOrAfter(raw)
	if !raw.IsValid() || !lim.IsValid() {
		return outOfRange(c.Discovered, r.LimitationMonths)
	}
	a.LimitationDate = lim
	text := "bring any court action by %s: %d months after discovery%s%s"
	var extra string
	if suspended > 0 {
		extra = ", plus " + strconv.Itoa(suspended) + " days suspended after discovery (Policy.SuspendLimitation)"
	}
	if floor {
		extra += ", but not before the end of the guarantee period " + a.GuaranteeEnds.String()
	}
	a.add(RuleSuspension, r.LimitationSource, text, lim, r.LimitationMonths, extra, moved(raw, lim, cal))
	return nil
}

// extend moves end later by the days of the suspensions (chronological)
// that begin while the period from start to end is still running: a
// suspension from From to To leaves the days from From to end to run after
// To, so end moves by To-From+1. Days before start do not count. It returns
// the new end and the days added.
func extend(start, end calendar.Date, sus []Period) (calendar.Date, int) {
	days := 0
	for _, s := range sus {
		if s.To.Before(start) {
			continue
		}
		if s.From.After(end) {
			break
		}
		from := s.From
		if from.Before(start) {
			from = start
		}
		n := from.DaysUntil(s.To) + 1
		end = end.AddDays(n)
		days += n
	}
	return end, days
}

// moved says why a deadline is later than its raw end, or nothing.
func moved(raw, end calendar.Date, cal *calendar.Calendar) string {
	if raw == end {
		return ""
	}
	why := raw.Weekday().String()
	if name, ok := cal.HolidayName(raw); ok {
		why += ", " + name
	}
	return "; the raw end " + raw.String() + " (" + why + ") is not a working day in " + cal.Name() + ", so the period ends on the next one (P3)"
}
