package guarantee_test

import (
	"errors"
	"testing"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/returns/guarantee"
)

// FuzzAssess feeds Assess arbitrary day offsets around a delivery: it must
// never panic, must answer with an error or a consistent assessment, and
// errors must match one of the documented sentinels.
func FuzzAssess(f *testing.F) {
	f.Add(2026, 3, 2, 465, -3, 0, 0, 30, 0, false, 0, uint8(0))
	f.Add(2026, 3, 2, 800, 0, 12, 300, 10, 100, true, 12, uint8(2))
	f.Add(9998, 12, 31, 1, 0, 0, 0, 0, 0, false, 0, uint8(0))
	f.Add(1, 1, 1, 0, 0, -1, 0, 0, 0, true, 24, uint8(4))
	f.Add(2024, 2, 29, 731, 5, -10, 3, 4, -2, true, 6, uint8(1))
	countries := guarantee.Countries()
	be, err := calendar.For("BE")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, y, m, day, discover, contract, s1From, s1Len, s2From, s2Len int, secondHand bool, agreed int, country uint8) {
		delivered := calendar.Date{Year: y, Month: 1, Day: 1}.AddMonths(m - 1).AddDays(day - 1)
		c := guarantee.Case{
			Country:            countries[int(country)%len(countries)],
			TraderCountry:      "BE",
			ContractDate:       delivered.AddDays(contract % 4000),
			Delivered:          delivered,
			Discovered:         delivered.AddDays(discover % 4000),
			SecondHand:         secondHand,
			AgreedPeriodMonths: agreed % 40,
		}
		if s1Len != 0 {
			from := delivered.AddDays(s1From % 2000)
			c.Suspensions = append(c.Suspensions, guarantee.Period{From: from, To: from.AddDays(s1Len % 200)})
		}
		if s2Len != 0 {
			from := delivered.AddDays(s2From % 2000)
			c.Suspensions = append(c.Suspensions, guarantee.Period{From: from, To: from.AddDays(s2Len % 200)})
		}
		for _, p := range []guarantee.Policy{{}, {Calendar: be, SuspendLimitation: true}} {
			a, err := guarantee.Assess(c, p)
			if err != nil {
				checkSentinel(t, err)
				continue
			}
			checkAssessment(t, c, a)
		}
	})
}

func checkSentinel(t *testing.T, err error) {
	for _, s := range []error{guarantee.ErrInvalidCase, guarantee.ErrUnknownCountry, guarantee.ErrNotInForce,
		guarantee.ErrNotModelled, calendar.ErrPeriodOutOfRange} {
		if errors.Is(err, s) {
			return
		}
	}
	t.Fatalf("error matches no sentinel: %v", err)
}

func checkAssessment(t *testing.T, c guarantee.Case, a guarantee.Assessment) {
	switch {
	case !a.GuaranteeEnds.After(c.Delivered):
		t.Fatalf("guarantee ends %s, delivered %s", a.GuaranteeEnds, c.Delivered)
	case a.Presumed && !a.Covered:
		t.Fatal("presumed but not covered")
	case a.PresumptionEnds.After(a.GuaranteeEnds):
		t.Fatalf("presumption %s after guarantee %s", a.PresumptionEnds, a.GuaranteeEnds)
	case a.Covered == c.Discovered.After(a.GuaranteeEnds):
		t.Fatalf("covered %v, discovered %s, ends %s", a.Covered, c.Discovered, a.GuaranteeEnds)
	case a.Covered && a.NotifyBy.Before(c.Discovered.AddMonths(2)):
		t.Fatalf("notify by %s, discovered %s", a.NotifyBy, c.Discovered)
	case !a.Covered && !a.NotifyBy.IsZero():
		t.Fatal("deadline for an uncovered defect")
	case !a.LimitationDate.IsZero() && (a.LimitationDate.Before(a.GuaranteeEnds) || a.LimitationDate.Before(c.Discovered.AddMonths(12))):
		t.Fatalf("limitation %s, guarantee %s, discovered %s", a.LimitationDate, a.GuaranteeEnds, c.Discovered)
	case a.SuspendedDays < 0 || len(a.Reasons) < 2:
		t.Fatalf("suspended %d, %d reasons", a.SuspendedDays, len(a.Reasons))
	}
}
