package guarantee_test

import (
	"errors"
	"fmt"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/returns/guarantee"
)

func date(s string) calendar.Date {
	v, err := calendar.ParseDate(s)
	if err != nil {
		panic(err) // the examples' dates are constants
	}
	return v
}

// A kettle delivered on 2 March 2026 stops working on 10 June 2027: the
// same defect in Belgium and in Germany.
func Example() {
	c := guarantee.Case{
		Country:       "BE",
		TraderCountry: "BE",
		ContractDate:  date("2026-02-27"),
		Delivered:     date("2026-03-02"),
		Discovered:    date("2027-06-10"),
	}
	for _, country := range []string{"BE", "DE"} {
		c.Country = country
		a, err := guarantee.Assess(c, guarantee.Policy{})
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%s: covered %v until %s, presumed %v (until %s), notify by %s",
			country, a.Covered, a.GuaranteeEnds, a.Presumed, a.PresumptionEnds, a.NotifyBy)
		if !a.LimitationDate.IsZero() {
			fmt.Printf(", court by %s", a.LimitationDate)
		}
		fmt.Println()
	}
	// Output:
	// BE: covered true until 2028-03-02, presumed true (until 2028-03-02), notify by 2027-08-10, court by 2028-06-12
	// DE: covered true until 2028-03-02, presumed false (until 2027-03-02), notify by 2027-08-10
}

// Each result comes with the rule, the provision and the dates compared.
func ExampleAssess_reasons() {
	c := guarantee.Case{
		Country:       "BE",
		TraderCountry: "BE",
		ContractDate:  date("2026-03-02"),
		Delivered:     date("2026-03-02"),
		Discovered:    date("2026-09-01"),
	}
	a, err := guarantee.Assess(c, guarantee.Policy{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range a.Reasons {
		fmt.Printf("%s %s\n", r.Rule, r.Text)
	}
	// Output:
	// G1 the guarantee of 24 months from delivery on 2026-03-02 runs to 2028-03-02; the defect discovered on 2026-09-01 is within it: covered
	// G3 the defect appeared within the 24-month presumption (to 2028-03-02): it is presumed to have existed at delivery unless the seller proves otherwise
	// G4 notify the seller by 2026-11-02: 2 months after the discovery on 2026-09-01; the raw end 2026-11-01 (Sunday, All Saints' Day) is not a working day in BE, so the period ends on the next one (P3)
	// G5 bring any court action by 2028-03-02: 12 months after discovery, but not before the end of the guarantee period 2028-03-02
}

// A second-hand bicycle sold with a one-year guarantee: a defect in the
// thirteenth month is no longer covered in Belgium, while in France the
// clause does not shorten the two years.
func ExampleAssess_secondHand() {
	c := guarantee.Case{
		TraderCountry:      "BE",
		ContractDate:       date("2026-03-02"),
		Delivered:          date("2026-03-02"),
		Discovered:         date("2027-04-02"),
		SecondHand:         true,
		AgreedPeriodMonths: 12,
	}
	for _, country := range []string{"BE", "FR"} {
		c.Country = country
		a, err := guarantee.Assess(c, guarantee.Policy{})
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%s: %d months, covered %v, presumed %v\n", country, a.GuaranteeMonths, a.Covered, a.Presumed)
	}

	c.Country, c.AgreedPeriodMonths = "BE", 6
	_, err := guarantee.Assess(c, guarantee.Policy{})
	fmt.Println(errors.Is(err, guarantee.ErrInvalidCase), err)
	// Output:
	// BE: 12 months, covered false, presumed false
	// FR: 24 months, covered true, presumed false
	// true guarantee: case AgreedPeriodMonths "6": below the 1-year minimum for second-hand goods (Directive 2019/771 art. 10(6))
}

// A washing machine spent 30 days in repair in June 2026; a new defect on
// 20 March 2028, after the two years, is still covered.
func ExampleAssess_suspension() {
	c := guarantee.Case{
		Country:       "BE",
		TraderCountry: "FR",
		ContractDate:  date("2026-03-02"),
		Delivered:     date("2026-03-02"),
		Discovered:    date("2028-03-20"),
		Suspensions:   []guarantee.Period{{From: date("2026-06-01"), To: date("2026-06-30")}},
	}
	a, err := guarantee.Assess(c, guarantee.Policy{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.SuspendedDays, "days suspended: covered", a.Covered, "until", a.GuaranteeEnds)
	fmt.Println("presumed", a.Presumed, "notify by", a.NotifyBy, "court by", a.LimitationDate, "calendar", a.Calendar)
	// Output:
	// 30 days suspended: covered true until 2028-04-01
	// presumed false notify by 2028-05-22 court by 2029-03-20 calendar BE+FR
}

// The national choices, with their sources.
func ExampleRules() {
	for _, country := range guarantee.Countries() {
		r, err := guarantee.Rules(country)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%s presumption %d months: %s\n", country, r.PresumptionMonths, r.PresumptionSource)
	}
	_, err := guarantee.Rules("IT")
	fmt.Println(err)
	// Output:
	// BE presumption 24 months: Belgian old Civil Code art. 1649quater §4 (law of 20 March 2022)
	// DE presumption 12 months: BGB § 477(1) (1 year since 1 January 2022)
	// FR presumption 24 months: Code de la consommation art. L217-7 (24 months; 12 months for second-hand goods)
	// LU presumption 12 months: Code de la consommation art. L. 212-1 ff. (12 months, European Consumer Centre Luxembourg)
	// NL presumption 12 months: BW art. 7:18a(2) (1 year since 1 January 2022; 6 months for live animals, not modelled)
	// guarantee: no legal guarantee rules for country "IT" (known: BE, DE, FR, LU, NL)
}
