package guarantee_test

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/returns/guarantee"
)

func TestRulesTable(t *testing.T) {
	tests := []struct {
		country               string
		presumption, secondPr int
		secondHandMin         int
		suspension, fixed     bool
		limitation            int
		inForce               string
	}{
		{"BE", 24, 0, 12, true, true, 12, "2022-06-01"},
		{"FR", 24, 12, 0, true, true, 0, "2022-01-01"},
		{"DE", 12, 12, 12, false, true, 0, "2022-01-01"},
		{"NL", 12, 12, 0, false, false, 0, "2022-01-01"},
		{"LU", 12, 12, 12, false, true, 0, "2022-01-01"},
	}
	for _, tt := range tests {
		t.Run(tt.country, func(t *testing.T) {
			r, err := guarantee.Rules(tt.country)
			require.NoError(t, err)
			assert.Equal(t, tt.country, r.Country)
			assert.Equal(t, 24, r.GuaranteeMonths)
			assert.Equal(t, 2, r.NotifyMonths)
			assert.Equal(t, tt.presumption, r.PresumptionMonths)
			assert.Equal(t, tt.secondPr, r.SecondHandPresumptionMonths)
			assert.Equal(t, tt.secondHandMin, r.SecondHandMinMonths)
			assert.Equal(t, tt.suspension, r.Suspension)
			assert.Equal(t, tt.fixed, r.FixedPeriod)
			assert.Equal(t, tt.limitation, r.LimitationMonths)
			assert.Equal(t, d(t, tt.inForce), r.InForceFrom)
			assert.LessOrEqual(t, r.PresumptionMonths, r.GuaranteeMonths)
			assert.GreaterOrEqual(t, r.PresumptionMonths, 12, "Directive art. 11: at least 1 year")
			for name, src := range map[string]string{
				"InForce": r.InForceSource, "Guarantee": r.GuaranteeSource, "SecondHand": r.SecondHandSource,
				"Presumption": r.PresumptionSource, "Notify": r.NotifySource,
			} {
				assert.NotEmpty(t, src, name)
			}
			assert.Equal(t, r.Suspension, r.SuspensionSource != "")
			assert.Equal(t, r.LimitationMonths > 0, r.LimitationSource != "")
		})
	}
}

func TestRulesUnknown(t *testing.T) {
	for _, c := range []string{"", "IT", "be", "B", "BEE"} {
		_, err := guarantee.Rules(c)
		require.ErrorIs(t, err, guarantee.ErrUnknownCountry, c)
	}
}

func TestCountries(t *testing.T) {
	cs := guarantee.Countries()
	assert.True(t, slices.IsSorted(cs))
	for _, c := range cs {
		_, err := guarantee.Rules(c)
		require.NoError(t, err, c)
		_, err = calendar.For(c)
		require.NoError(t, err, "every country has a calendar for the default policy: %s", c)
	}
	cs[0] = "XX"
	assert.Equal(t, "BE", guarantee.Countries()[0], "a fresh slice on every call")
}

func TestRulesAreFresh(t *testing.T) {
	r, err := guarantee.Rules("BE")
	require.NoError(t, err)
	r.PresumptionMonths = 6
	again, err := guarantee.Rules("BE")
	require.NoError(t, err)
	assert.Equal(t, 24, again.PresumptionMonths)
}

func TestPeriod(t *testing.T) {
	p := period(t, "2026-06-01", "2026-06-30")
	assert.Equal(t, 30, p.Days())
	assert.Equal(t, "2026-06-01..2026-06-30", p.String())
	assert.Equal(t, 1, period(t, "2026-06-01", "2026-06-01").Days())
	assert.Equal(t, 366, period(t, "2028-01-01", "2028-12-31").Days())
}
