package guarantee_test

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/returns/guarantee"
)

func TestAssessInvalidCase(t *testing.T) {
	tests := []struct {
		name   string
		change func(*guarantee.Case)
		field  string
	}{
		{"discovered before delivered", func(c *guarantee.Case) { c.Discovered = d(t, "2026-03-01") }, "Discovered"},
		{"no discovery date", func(c *guarantee.Case) { c.Discovered = calendar.Date{} }, "Discovered"},
		{"no delivery date", func(c *guarantee.Case) { c.Delivered = calendar.Date{} }, "Delivered"},
		{"no contract date", func(c *guarantee.Case) { c.ContractDate = calendar.Date{} }, "ContractDate"},
		{"impossible date", func(c *guarantee.Case) { c.Discovered = calendar.Date{Year: 2027, Month: time.February, Day: 30} }, "Discovered"},
		{"contract after delivery", func(c *guarantee.Case) { c.ContractDate = d(t, "2026-03-03") }, "ContractDate"},
		{"agreed 6 months", func(c *guarantee.Case) { c.SecondHand, c.AgreedPeriodMonths = true, 6 }, "AgreedPeriodMonths"},
		{"agreed 11 months", func(c *guarantee.Case) { c.SecondHand, c.AgreedPeriodMonths = true, 11 }, "AgreedPeriodMonths"},
		{"agreed 25 months", func(c *guarantee.Case) { c.SecondHand, c.AgreedPeriodMonths = true, 25 }, "AgreedPeriodMonths"},
		{"agreed negative", func(c *guarantee.Case) { c.SecondHand, c.AgreedPeriodMonths = true, -12 }, "AgreedPeriodMonths"},
		{"agreed for new goods", func(c *guarantee.Case) { c.AgreedPeriodMonths = 12 }, "AgreedPeriodMonths"},
		{"suspension backwards", func(c *guarantee.Case) {
			c.Suspensions = []guarantee.Period{period(t, "2026-06-30", "2026-06-01")}
		}, "Suspensions[0]"},
		{"suspension before delivery", func(c *guarantee.Case) {
			c.Suspensions = []guarantee.Period{period(t, "2026-06-01", "2026-06-02"), period(t, "2026-02-20", "2026-03-05")}
		}, "Suspensions[1]"},
		{"suspension without dates", func(c *guarantee.Case) {
			c.Suspensions = []guarantee.Period{{From: d(t, "2026-06-01")}}
		}, "Suspensions[0]"},
		{"suspensions overlapping", func(c *guarantee.Case) {
			c.Suspensions = []guarantee.Period{period(t, "2026-06-15", "2026-07-01"), period(t, "2026-06-01", "2026-06-15")}
		}, "Suspensions"},
		{"suspensions repeated", func(c *guarantee.Case) {
			p := period(t, "2026-06-01", "2026-06-01")
			c.Suspensions = []guarantee.Period{p, p}
		}, "Suspensions"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := base(t, "2027-06-10")
			tt.change(&c)
			_, err := guarantee.Assess(c, guarantee.Policy{})
			require.ErrorIs(t, err, guarantee.ErrInvalidCase)
			var ce *guarantee.CaseError
			require.ErrorAs(t, err, &ce)
			assert.Equal(t, tt.field, ce.Field)
			assert.Contains(t, err.Error(), tt.field)
			assert.NotErrorIs(t, err, guarantee.ErrUnknownCountry)
		})
	}
}

func TestAssessUnknownCountry(t *testing.T) {
	for _, country := range []string{"", "IT", "be", " BE", "BEL", "EU"} {
		t.Run(country, func(t *testing.T) {
			c := base(t, "2027-06-10")
			c.Country = country
			_, err := guarantee.Assess(c, guarantee.Policy{Calendar: cal(t, "BE")})
			require.ErrorIs(t, err, guarantee.ErrUnknownCountry)
			var ue *guarantee.UnknownCountryError
			require.ErrorAs(t, err, &ue)
			assert.Equal(t, country, ue.Country)
			assert.Contains(t, err.Error(), "BE, DE, FR, LU, NL")
		})
	}
}

// The trader's country only matters for the default calendar.
func TestAssessTraderWithoutCalendar(t *testing.T) {
	for _, trader := range []string{"", "IT", "be"} {
		c := base(t, "2027-06-10")
		c.TraderCountry = trader
		_, err := guarantee.Assess(c, guarantee.Policy{})
		require.ErrorIs(t, err, calendar.ErrUnknownCountry, trader)
		assert.Contains(t, err.Error(), "Policy.Calendar")

		a, err := guarantee.Assess(c, guarantee.Policy{Calendar: cal(t, "BE")})
		require.NoError(t, err, trader)
		assert.True(t, a.Covered)
	}
}

func TestAssessNotInForce(t *testing.T) {
	tests := []struct {
		country, contract string
		ok                bool
	}{
		{"BE", "2022-05-31", false},
		{"BE", "2022-06-01", true},
		{"FR", "2021-12-31", false},
		{"FR", "2022-01-01", true},
		{"DE", "2021-12-31", false},
		{"NL", "2021-06-01", false},
		{"LU", "2021-12-31", false},
		{"LU", "2022-01-01", true},
	}
	for _, tt := range tests {
		t.Run(tt.country+" "+tt.contract, func(t *testing.T) {
			c := base(t, "2023-06-10")
			c.Country, c.ContractDate, c.Delivered = tt.country, d(t, tt.contract), d(t, "2022-07-01")
			_, err := guarantee.Assess(c, guarantee.Policy{})
			if tt.ok {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, guarantee.ErrNotInForce)
			var ne *guarantee.NotInForceError
			require.ErrorAs(t, err, &ne)
			assert.Equal(t, d(t, tt.contract), ne.ContractDate)
			assert.Contains(t, err.Error(), ne.InForceFrom.String())
		})
	}
}

// Suspensions where their effect is not in the table are refused, not
// ignored; without them the same case is assessed.
func TestAssessSuspensionNotModelled(t *testing.T) {
	for _, country := range []string{"DE", "NL", "LU"} {
		c := base(t, "2027-06-10")
		c.Country = country
		c.Suspensions = []guarantee.Period{period(t, "2026-06-01", "2026-06-30")}
		_, err := guarantee.Assess(c, guarantee.Policy{})
		require.ErrorIs(t, err, guarantee.ErrNotModelled, country)
		var ne *guarantee.NotModelledError
		require.ErrorAs(t, err, &ne)
		assert.Equal(t, country, ne.Country)
		assert.Contains(t, err.Error(), "not modelled")

		c.Suspensions = nil
		_, err = guarantee.Assess(c, guarantee.Policy{})
		require.NoError(t, err, country)
	}
}

func TestAssessOutOfRange(t *testing.T) {
	tests := []struct{ name, delivered, discovered string }{
		{"guarantee ends after 9999", "9998-06-01", "9998-07-01"},
		{"notification ends after 9999", "9997-12-30", "9999-12-30"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := base(t, tt.discovered)
			c.ContractDate, c.Delivered = d(t, tt.delivered), d(t, tt.delivered)
			_, err := guarantee.Assess(c, guarantee.Policy{})
			require.ErrorIs(t, err, calendar.ErrPeriodOutOfRange)
		})
	}
}

func TestErrorsMatchOnlyTheirSentinel(t *testing.T) {
	all := []error{guarantee.ErrInvalidCase, guarantee.ErrUnknownCountry, guarantee.ErrNotInForce, guarantee.ErrNotModelled}
	typed := []error{
		&guarantee.CaseError{Field: "F", Value: "v", Reason: "r"},
		&guarantee.UnknownCountryError{Country: "IT"},
		&guarantee.NotInForceError{Country: "BE"},
		&guarantee.NotModelledError{Country: "DE", What: "w"},
	}
	for i, err := range typed {
		for j, sentinel := range all {
			assert.Equal(t, i == j, errors.Is(err, sentinel), "%T vs %v", err, sentinel)
		}
		assert.NotEmpty(t, err.Error())
	}
}
