package fee_test

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/payment/fee"
)

func TestNewScheduleErrors(t *testing.T) {
	usd, err := money.New(25, "USD")
	require.NoError(t, err)
	tests := []struct {
		name   string
		edit   func(*fee.Config)
		field  string
		target error
	}{
		{"empty name", func(c *fee.Config) { c.Name = "" }, "name", nil},
		{"no currency", func(c *fee.Config) { c.Currency = money.Currency{} }, "currency", money.ErrUnknownCurrency},
		{"zero rounding mode", func(c *fee.Config) { c.Rounding = 0 }, "rounding", money.ErrRoundingMode},
		{"unknown rounding mode", func(c *fee.Config) { c.Rounding = 42 }, "rounding", money.ErrRoundingMode},
		{"no rules", func(c *fee.Config) { c.Rules = nil }, "rules", nil},
		{"upper-case method", func(c *fee.Config) { c.Rules[0].Method = "Card" }, "rules[0].method", nil},
		{"method with a dash", func(c *fee.Config) { c.Rules[5].Method = "i-deal" }, "rules[5].method", nil},
		{"invalid region", func(c *fee.Config) { c.Rules[1].Region = 5 }, "rules[1].region", fee.ErrUnknownRegion},
		{"invalid segment", func(c *fee.Config) { c.Rules[1].Segment = 4 }, "rules[1].segment", fee.ErrUnknownSegment},
		{"no event", func(c *fee.Config) { c.Rules[2].Event = 0 }, "rules[2].event", fee.ErrUnknownEvent},
		{"negative fixed", func(c *fee.Config) { c.Rules[5].Fixed = eur(t, "-0.29") }, "rules[5].fixed", nil},
		{"fixed in another currency", func(c *fee.Config) { c.Rules[5].Fixed = usd }, "rules[5].fixed", money.ErrCurrencyMismatch},
		{"negative minimum", func(c *fee.Config) { c.Rules[5].Min = eur(t, "-0.01") }, "rules[5].min", nil},
		{"maximum in another currency", func(c *fee.Config) { c.Rules[5].Max = usd }, "rules[5].max", money.ErrCurrencyMismatch},
		{"negative percent", func(c *fee.Config) { c.Rules[1].Percent = pct("-1.5") }, "rules[1].percent", nil},
		{"percent above 100", func(c *fee.Config) { c.Rules[1].Percent = pct("100.01") }, "rules[1].percent", nil},
		{"percent with more than 18 decimals", func(c *fee.Config) { c.Rules[1].Percent = decimal.New(15, -19) }, "rules[1].percent", nil},
		{"percent with an absurd exponent", func(c *fee.Config) { c.Rules[1].Percent = decimal.New(1, -1_000_000_000) }, "rules[1].percent", nil},
		{"percent of a thousand", func(c *fee.Config) { c.Rules[1].Percent = decimal.New(1, 3) }, "rules[1].percent", nil},
		{"percent with a huge exponent", func(c *fee.Config) { c.Rules[1].Percent = decimal.New(1, 1_000_000_000) }, "rules[1].percent", nil},
		{"maximum below minimum", func(c *fee.Config) {
			c.Rules[1].Min, c.Rules[1].Max = eur(t, "0.50"), eur(t, "0.49")
		}, "rules[1].max", nil},
		{"maximum below the fixed part", func(c *fee.Config) { c.Rules[1].Max = eur(t, "0.20") }, "rules[1].max", nil},
		{"general card rule before the specific ones", func(c *fee.Config) {
			c.Rules[0], c.Rules[3] = c.Rules[3], c.Rules[0]
		}, "rules[1]", nil},
		{"duplicate rule", func(c *fee.Config) { c.Rules = append(c.Rules, c.Rules[5]) }, "rules[11]", nil},
		{"catch-all failure before the SEPA one", func(c *fee.Config) {
			c.Rules[7], c.Rules[8] = c.Rules[8], c.Rules[7]
		}, "rules[8]", nil},
		{"negative monthly fee", func(c *fee.Config) { c.MonthlyFee = eur(t, "-25.00") }, "monthly_fee", nil},
		{"monthly minimum in another currency", func(c *fee.Config) { c.MonthlyMinimum = usd }, "monthly_minimum", money.ErrCurrencyMismatch},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := illustrativeA(t)
			tt.edit(&c)
			s, err := fee.NewSchedule(c)
			require.ErrorIs(t, err, fee.ErrInvalidSchedule)
			assert.Nil(t, s)
			var se *fee.ScheduleError
			require.ErrorAs(t, err, &se)
			assert.Equal(t, tt.field, se.Field)
			assert.Contains(t, err.Error(), tt.field)
			if tt.target != nil {
				assert.ErrorIs(t, err, tt.target)
			}
		})
	}
}

func TestNewScheduleAccepts(t *testing.T) {
	tests := []struct {
		name string
		edit func(*fee.Config)
	}{
		{"the illustrative schedule", func(*fee.Config) {}},
		{"percent 0 and 100", func(c *fee.Config) { c.Rules[1].Percent, c.Rules[2].Percent = decimal.Zero, pct("100") }},
		{"percent 100 written 1e2", func(c *fee.Config) { c.Rules[1].Percent = decimal.New(1, 2) }},
		{"zero percent with any exponent", func(c *fee.Config) { c.Rules[1].Percent = decimal.New(0, 1_000_000) }},
		{"percent with 18 decimals", func(c *fee.Config) { c.Rules[1].Percent = decimal.New(1_500_000_000_000_000_000, -18) }},
		{"maximum equal to the minimum and the fixed part", func(c *fee.Config) {
			c.Rules[5].Min, c.Rules[5].Max = eur(t, "0.29"), eur(t, "0.29")
		}},
		{"zero amounts in the currency", func(c *fee.Config) { c.MonthlyFee, c.Rules[8].Fixed = eur(t, "0.00"), eur(t, "0.00") }},
		{"specific chargeback rule first, same keys as a success rule", func(c *fee.Config) {
			c.Rules = append([]fee.Rule{{Method: "ideal", Event: fee.Chargeback, Fixed: eur(t, "10.00")}}, c.Rules...)
		}},
		{"overlapping but not hidden", func(c *fee.Config) {
			c.Rules = append([]fee.Rule{{Method: "card", Segment: fee.SegmentCommercial, Event: fee.Success, Percent: pct("2.5")}}, c.Rules...)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := illustrativeA(t)
			tt.edit(&c)
			_, err := fee.NewSchedule(c)
			require.NoError(t, err)
		})
	}
}

func TestScheduleNormalisesAndCopies(t *testing.T) {
	c := illustrativeA(t)
	s := build(t, c)

	// The zero Money becomes zero euros.
	got := s.Config()
	assert.Equal(t, eur(t, "0.00"), got.MonthlyFee)
	assert.Equal(t, eur(t, "0.00"), got.MonthlyMinimum)
	assert.Equal(t, eur(t, "0.00"), got.Rules[5].Min)
	assert.Equal(t, eur(t, "0.00"), got.Rules[8].Fixed)
	assert.Equal(t, "Illustrative A (per method)", s.Name())
	assert.Equal(t, "EUR", s.Currency().Code())

	// Neither the caller's slice nor the returned copy reaches the schedule.
	c.Rules[1].Fixed = eur(t, "9.99")
	got.Rules[1].Fixed = eur(t, "9.99")
	r, ok := s.Rule(1)
	require.True(t, ok)
	assert.Equal(t, eur(t, "0.25"), r.Fixed)
	ch, err := s.Fee(tx("card", fee.RegionEEA, fee.SegmentConsumer, fee.Success, eur(t, "100.00")))
	require.NoError(t, err)
	assert.Equal(t, eur(t, "1.75"), ch.Fee)

	for _, i := range []int{-1, 11} {
		_, ok := s.Rule(i)
		assert.False(t, ok, i)
	}
}
