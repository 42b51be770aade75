package guarantee_test

import (
	"testing"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/returns/guarantee"
)

// benchCase is the brief's Belgian case with a second-hand good, an agreed
// period and two repairs given out of order, so every rule runs.
func benchCase(b *testing.B) guarantee.Case {
	c := base(b, "2026-09-01")
	c.TraderCountry = "FR"
	c.SecondHand, c.AgreedPeriodMonths = true, 18
	c.Suspensions = []guarantee.Period{period(b, "2026-09-05", "2026-09-14"), period(b, "2026-06-01", "2026-06-30")}
	return c
}

// BenchmarkAssess is the hot path: the calendar built once and passed in.
func BenchmarkAssess(b *testing.B) {
	c := benchCase(b)
	be, err := calendar.For("BE")
	if err != nil {
		b.Fatal(err)
	}
	fr, err := calendar.For("FR")
	if err != nil {
		b.Fatal(err)
	}
	union, err := calendar.Union(be, fr)
	if err != nil {
		b.Fatal(err)
	}
	p := guarantee.Policy{Calendar: union}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if _, err := guarantee.Assess(c, p); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAssessDefaultCalendar builds the union of the consumer's and the
// trader's calendars on every call.
func BenchmarkAssessDefaultCalendar(b *testing.B) {
	c := benchCase(b)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if _, err := guarantee.Assess(c, guarantee.Policy{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAssessNotCovered is the short path: no deadline to compute.
func BenchmarkAssessNotCovered(b *testing.B) {
	c := base(b, "2029-01-01")
	p := guarantee.Policy{Calendar: cal(b, "BE")}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if _, err := guarantee.Assess(c, p); err != nil {
			b.Fatal(err)
		}
	}
}
