package guarantee_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/returns/guarantee"
)

// The brief's case: delivered 2026-03-02, defect discovered 2027-06-10,
// 15 months later: covered everywhere, presumed only where the presumption
// lasts 24 months.
func TestAssessPresumptionByCountry(t *testing.T) {
	tests := []struct {
		country         string
		presumed        bool
		presumptionEnds string
		limitation      string // "" = none
	}{
		// 2028-06-10 is a Saturday: the limitation moves to Monday.
		{"BE", true, "2028-03-02", "2028-06-12"},
		{"FR", true, "2028-03-02", ""},
		{"DE", false, "2027-03-02", ""},
		{"NL", false, "2027-03-02", ""},
		{"LU", false, "2027-03-02", ""},
	}
	for _, tt := range tests {
		t.Run(tt.country, func(t *testing.T) {
			c := base(t, "2027-06-10")
			c.Country = tt.country
			a, err := guarantee.Assess(c, guarantee.Policy{})
			require.NoError(t, err)
			assert.Equal(t, tt.country, a.Country)
			assert.True(t, a.Covered)
			assert.Equal(t, 24, a.GuaranteeMonths)
			assert.Equal(t, d(t, "2028-03-02"), a.GuaranteeEnds)
			assert.Equal(t, tt.presumed, a.Presumed)
			assert.Equal(t, d(t, tt.presumptionEnds), a.PresumptionEnds)
			assert.Equal(t, d(t, "2027-08-10"), a.NotifyBy, "Tuesday, no holiday")
			if tt.limitation == "" {
				assert.True(t, a.LimitationDate.IsZero())
			} else {
				assert.Equal(t, d(t, tt.limitation), a.LimitationDate)
			}
			want := tt.country + "+BE"
			if tt.country == "BE" {
				want = "BE" // a country counts once in a union
			}
			assert.Equal(t, want, a.Calendar)
		})
	}
}

func TestAssessCoverage(t *testing.T) {
	tests := []struct {
		name       string
		discovered string
		covered    bool
		presumed   bool
	}{
		{"on the day of delivery", "2026-03-02", true, true},
		{"the day after delivery", "2026-03-03", true, true},
		{"on the last day", "2028-03-02", true, true},
		{"the day after the last day", "2028-03-03", false, false},
		{"years later", "2031-01-01", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := guarantee.Assess(base(t, tt.discovered), guarantee.Policy{})
			require.NoError(t, err)
			assert.Equal(t, tt.covered, a.Covered)
			assert.Equal(t, tt.presumed, a.Presumed)
			assert.Equal(t, d(t, "2028-03-02"), a.GuaranteeEnds)
			if !tt.covered {
				assert.True(t, a.NotifyBy.IsZero(), "no deadline for a defect the guarantee does not cover")
				assert.True(t, a.LimitationDate.IsZero())
				assert.Equal(t, []string{"G1", "G3"}, rules(a))
			}
		})
	}
}

// Month-end delivery: the period ends on the last day of the shorter month.
func TestAssessMonthEndDelivery(t *testing.T) {
	c := base(t, "2026-02-28")
	c.ContractDate, c.Delivered = d(t, "2024-02-29"), d(t, "2024-02-29")
	c.Country = "DE"
	a, err := guarantee.Assess(c, guarantee.Policy{})
	require.NoError(t, err)
	assert.Equal(t, d(t, "2026-02-28"), a.GuaranteeEnds)
	assert.Equal(t, d(t, "2025-02-28"), a.PresumptionEnds)
	assert.True(t, a.Covered)
	assert.False(t, a.Presumed)
}

func TestAssessSecondHand(t *testing.T) {
	tests := []struct {
		name            string
		country         string
		agreed          int
		discovered      string
		covered         bool
		presumed        bool
		months          int
		guaranteeEnds   string
		presumptionEnds string
	}{
		// Belgium: the agreed period, and the presumption with it.
		{"BE 12 agreed, at 12 months", "BE", 12, "2027-03-02", true, true, 12, "2027-03-02", "2027-03-02"},
		{"BE 12 agreed, at 13 months", "BE", 12, "2027-04-02", false, false, 12, "2027-03-02", "2027-03-02"},
		{"BE 18 agreed, at 17 months", "BE", 18, "2027-08-01", true, true, 18, "2027-09-02", "2027-09-02"},
		{"BE nothing agreed, at 20 months", "BE", 0, "2027-11-02", true, true, 24, "2028-03-02", "2028-03-02"},
		{"BE 24 agreed", "BE", 24, "2027-11-02", true, true, 24, "2028-03-02", "2028-03-02"},
		// Germany: agreed period, presumption 12 months.
		{"DE 12 agreed, at 13 months", "DE", 12, "2027-04-02", false, false, 12, "2027-03-02", "2027-03-02"},
		{"DE 18 agreed, at 13 months", "DE", 18, "2027-04-02", true, false, 18, "2027-09-02", "2027-03-02"},
		{"LU 12 agreed, at 11 months", "LU", 12, "2027-02-01", true, true, 12, "2027-03-02", "2027-03-02"},
		// France: the period cannot be shortened; presumption 12 months.
		{"FR 12 agreed is ignored", "FR", 12, "2027-04-02", true, false, 24, "2028-03-02", "2027-03-02"},
		{"FR nothing agreed, at 11 months", "FR", 0, "2027-02-01", true, true, 24, "2028-03-02", "2027-03-02"},
		{"FR 24 agreed", "FR", 24, "2027-04-02", true, false, 24, "2028-03-02", "2027-03-02"},
		{"NL 12 agreed is ignored", "NL", 12, "2027-04-02", true, false, 24, "2028-03-02", "2027-03-02"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := base(t, tt.discovered)
			c.Country, c.SecondHand, c.AgreedPeriodMonths = tt.country, true, tt.agreed
			a, err := guarantee.Assess(c, guarantee.Policy{})
			require.NoError(t, err)
			assert.Equal(t, tt.covered, a.Covered)
			assert.Equal(t, tt.presumed, a.Presumed)
			assert.Equal(t, tt.months, a.GuaranteeMonths)
			assert.Equal(t, d(t, tt.guaranteeEnds), a.GuaranteeEnds)
			assert.Equal(t, d(t, tt.presumptionEnds), a.PresumptionEnds)
			require.GreaterOrEqual(t, len(a.Reasons), 2)
			assert.Equal(t, "G2", a.Reasons[0].Rule, "the period is chosen first")
		})
	}
}

// G4 with P3 and P4, Belgian calendar.
func TestAssessNotification(t *testing.T) {
	tests := []struct {
		name, discovered, notifyBy string
	}{
		{"plain", "2027-06-10", "2027-08-10"},
		{"raw end Sunday 1 Nov, All Saints", "2026-09-01", "2026-11-02"},
		{"month end clamped to Sunday 28 Feb", "2026-12-31", "2027-03-01"},
		{"leap day", "2027-12-29", "2028-02-29"},
		{"31 Dec clamped to leap day", "2027-12-31", "2028-02-29"},
		{"raw end Saturday", "2026-03-02", "2026-05-04"},
		{"raw end Ascension 2027-05-06", "2027-03-06", "2027-05-07"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := guarantee.Assess(base(t, tt.discovered), guarantee.Policy{Calendar: cal(t, "BE")})
			require.NoError(t, err)
			assert.Equal(t, d(t, tt.notifyBy), a.NotifyBy)
			assert.Equal(t, "BE", a.Calendar)
		})
	}
}

// The default calendar is the union of both countries (P5); a policy
// calendar replaces it.
func TestAssessNotificationCalendar(t *testing.T) {
	tests := []struct {
		name, country, trader string
		policy                *calendar.Calendar
		discovered, notifyBy  string
	}{
		{"14 July, French consumer", "FR", "BE", nil, "2027-05-14", "2027-07-15"},
		{"14 July, French trader", "BE", "FR", nil, "2027-05-14", "2027-07-15"},
		{"14 July, Belgian calendar only", "FR", "BE", cal(t, "BE"), "2027-05-14", "2027-07-14"},
		{"21 July, Belgian trader", "FR", "BE", nil, "2027-05-21", "2027-07-22"},
		{"Good Friday then Easter Monday, German consumer", "DE", "BE", nil, "2027-01-26", "2027-03-30"},
		{"Good Friday, Belgian calendar only", "DE", "BE", cal(t, "BE"), "2027-01-26", "2027-03-26"},
		{"King's Day, Dutch consumer", "NL", "BE", nil, "2027-02-27", "2027-04-28"},
		{"King's Day, Belgian calendar only", "NL", "BE", cal(t, "BE"), "2027-02-27", "2027-04-27"},
		{"trader without calendar, policy given", "LU", "IT", cal(t, "LU"), "2027-07-09", "2027-09-09"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := base(t, tt.discovered)
			c.Country, c.TraderCountry = tt.country, tt.trader
			a, err := guarantee.Assess(c, guarantee.Policy{Calendar: tt.policy})
			require.NoError(t, err)
			assert.Equal(t, d(t, tt.notifyBy), a.NotifyBy)
		})
	}
}

func TestAssessSuspension(t *testing.T) {
	tests := []struct {
		name          string
		country       string
		discovered    string
		suspensions   []guarantee.Period
		days          int
		guaranteeEnds string
		covered       bool
	}{
		{"30-day repair moves the end by 30 days", "BE", "2028-03-20",
			[]guarantee.Period{period(t, "2026-06-01", "2026-06-30")}, 30, "2028-04-01", true},
		{"without it the same defect is not covered", "BE", "2028-03-20", nil, 0, "2028-03-02", false},
		{"one day", "BE", "2028-03-03",
			[]guarantee.Period{period(t, "2027-01-05", "2027-01-05")}, 1, "2028-03-03", true},
		{"two periods in any order", "BE", "2028-03-20",
			[]guarantee.Period{period(t, "2027-10-01", "2027-10-10"), period(t, "2026-06-01", "2026-06-30")}, 40, "2028-04-11", true},
		{"adjacent periods", "FR", "2028-03-20",
			[]guarantee.Period{period(t, "2026-06-01", "2026-06-10"), period(t, "2026-06-11", "2026-06-20")}, 20, "2028-03-22", true},
		{"straddling the end moves it by all its days", "BE", "2028-03-02",
			[]guarantee.Period{period(t, "2028-02-20", "2028-03-10")}, 20, "2028-03-22", true},
		{"beginning on the last day", "BE", "2028-03-02",
			[]guarantee.Period{period(t, "2028-03-02", "2028-03-05")}, 4, "2028-03-06", true},
		{"beginning after the end moves nothing", "BE", "2028-03-02",
			[]guarantee.Period{period(t, "2028-03-03", "2028-03-30")}, 0, "2028-03-02", true},
		{"brought into the period by an earlier one", "BE", "2028-03-02",
			[]guarantee.Period{period(t, "2026-06-01", "2026-06-30"), period(t, "2028-03-20", "2028-03-29")}, 40, "2028-04-11", true},
		{"on the day of delivery takes nothing", "BE", "2026-03-02",
			[]guarantee.Period{period(t, "2026-03-02", "2026-03-02")}, 0, "2028-03-02", true},
		{"from the day of delivery", "BE", "2026-03-02",
			[]guarantee.Period{period(t, "2026-03-02", "2026-03-11")}, 9, "2028-03-11", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := base(t, tt.discovered)
			c.Country, c.Suspensions = tt.country, tt.suspensions
			a, err := guarantee.Assess(c, guarantee.Policy{})
			require.NoError(t, err)
			assert.Equal(t, tt.days, a.SuspendedDays)
			assert.Equal(t, d(t, tt.guaranteeEnds), a.GuaranteeEnds)
			assert.Equal(t, tt.covered, a.Covered)
			assert.Equal(t, d(t, "2028-03-02"), a.PresumptionEnds, "the presumption is not suspended")
			if len(tt.suspensions) > 0 {
				assert.Contains(t, rules(a), "G5")
			}
		})
	}
}

// The input slice is not reordered.
func TestAssessLeavesSuspensionsAlone(t *testing.T) {
	c := base(t, "2027-06-10")
	c.Suspensions = []guarantee.Period{period(t, "2027-10-01", "2027-10-10"), period(t, "2026-06-01", "2026-06-30")}
	want := append([]guarantee.Period(nil), c.Suspensions...)
	_, err := guarantee.Assess(c, guarantee.Policy{})
	require.NoError(t, err)
	assert.Equal(t, want, c.Suspensions)
}

func TestAssessLimitation(t *testing.T) {
	tests := []struct {
		name        string
		discovered  string
		suspensions []guarantee.Period
		suspend     bool
		limitation  string
	}{
		{"one year after discovery, Saturday to Monday", "2027-06-10", nil, false, "2028-06-12"},
		{"not before the end of the guarantee", "2026-04-15", nil, false, "2028-03-02"},
		{"early discovery, the floor again", "2026-06-02", nil, false, "2028-03-02"},
		{"discovered on the last day", "2028-03-02", nil, false, "2029-03-02"},
		// A 30-day repair after discovery moves the guarantee end to
		// Saturday 2028-04-01, still before the year's end.
		{"repair after discovery: the year is not suspended", "2027-06-10",
			[]guarantee.Period{period(t, "2027-07-01", "2027-07-30")}, false, "2028-06-12"},
		{"repair after discovery, SuspendLimitation", "2027-06-10",
			[]guarantee.Period{period(t, "2027-07-01", "2027-07-30")}, true, "2028-07-10"},
		{"repair before discovery does not suspend the year", "2027-06-10",
			[]guarantee.Period{period(t, "2026-06-01", "2026-06-30")}, true, "2028-06-12"},
		{"repair straddling discovery counts from the day after it", "2027-06-10",
			[]guarantee.Period{period(t, "2027-06-01", "2027-06-20")}, true, "2028-06-20"},
		// The suspended guarantee ends on Saturday 2028-04-01: the floor
		// moves to Monday 2028-04-03 (P3).
		{"floor moved by a suspension, then P3", "2026-04-15",
			[]guarantee.Period{period(t, "2026-05-01", "2026-05-30")}, false, "2028-04-03"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := base(t, tt.discovered)
			c.Suspensions = tt.suspensions
			a, err := guarantee.Assess(c, guarantee.Policy{Calendar: cal(t, "BE"), SuspendLimitation: tt.suspend})
			require.NoError(t, err)
			assert.Equal(t, d(t, tt.limitation), a.LimitationDate)
			assert.False(t, a.LimitationDate.Before(a.GuaranteeEnds))
			last := a.Reasons[len(a.Reasons)-1]
			assert.Equal(t, "G5", last.Rule)
			assert.Contains(t, last.Article, "1649quater §3")
			assert.Contains(t, last.Text, tt.limitation)
		})
	}
}

func TestAssessReasons(t *testing.T) {
	c := base(t, "2026-09-01")
	c.SecondHand, c.AgreedPeriodMonths = true, 18
	c.Suspensions = []guarantee.Period{period(t, "2026-09-05", "2026-09-14")}
	a, err := guarantee.Assess(c, guarantee.Policy{Calendar: cal(t, "BE")})
	require.NoError(t, err)
	assert.Equal(t, []string{"G2", "G1", "G5", "G3", "G4", "G5"}, rules(a))
	for _, r := range a.Reasons {
		assert.NotEmpty(t, r.Article, r.Rule)
		assert.NotEmpty(t, r.Text, r.Rule)
	}
	assert.Contains(t, a.Reasons[0].Text, "18 months")
	assert.Contains(t, a.Reasons[1].Text, "2027-09-02")
	assert.Contains(t, a.Reasons[2].Text, "10 days")
	assert.Contains(t, a.Reasons[2].Text, "2027-09-12")
	assert.Contains(t, a.Reasons[4].Text, "2026-11-01 (Sunday, All Saints' Day)")
	assert.Contains(t, a.Reasons[4].Text, "2026-11-02")
}

func TestAssessDutchPeriodIsAMinimum(t *testing.T) {
	c := base(t, "2028-06-01")
	c.Country = "NL"
	a, err := guarantee.Assess(c, guarantee.Policy{})
	require.NoError(t, err)
	assert.False(t, a.Covered)
	assert.Contains(t, a.Reasons[0].Text, "not a cut-off")
}

// Assess shares nothing mutable: one calendar, many goroutines (run with
// -race).
func TestAssessConcurrent(t *testing.T) {
	p := guarantee.Policy{Calendar: cal(t, "BE")}
	c := base(t, "2027-06-10")
	c.Suspensions = []guarantee.Period{period(t, "2027-10-01", "2027-10-10"), period(t, "2026-06-01", "2026-06-30")}
	want, err := guarantee.Assess(c, p)
	require.NoError(t, err)
	done := make(chan guarantee.Assessment)
	for range 8 {
		go func() {
			a, _ := guarantee.Assess(c, p)
			done <- a
		}()
	}
	for range 8 {
		assert.Equal(t, want, <-done)
	}
}
