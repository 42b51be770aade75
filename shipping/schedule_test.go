package shipping_test

import (
	"context"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/shipping"
)

func TestNewScheduleErrors(t *testing.T) {
	usd, err := money.New(100, "USD")
	require.NoError(t, err)
	br := func(min, max int64) shipping.Bracket {
		return shipping.Bracket{MinGrams: min, MaxGrams: max, Fee: eur(t, "1.00")}
	}
	home := func(c *shipping.Config) *shipping.Offer { return &c.Offers[0] }
	tests := []struct {
		name  string
		edit  func(*shipping.Config)
		field string // "" when the error is not a *ConfigError
	}{
		{"no currency", func(c *shipping.Config) { c.Currency = money.Currency{} }, "currency"},
		{"unknown ship-from", func(c *shipping.Config) { c.ShipFrom = "XX" }, ""},
		{"no location", func(c *shipping.Config) { c.Location = nil }, "location"},
		{"no offers", func(c *shipping.Config) { c.Offers = nil }, "offers"},
		{"zone without name", func(c *shipping.Config) { c.Zones[0].Name = "" }, "zones[0].name"},
		{"zone twice", func(c *shipping.Config) { c.Zones[1].Name = "Belgium" }, "zones[1].name"},
		{"zone without regions", func(c *shipping.Config) { c.Zones[0].Regions = nil }, "zones[0].regions"},
		{"lower-case country", func(c *shipping.Config) { c.Zones[0].Regions[0].Country = "be" }, "zones[0].regions[0].country"},
		{"empty prefix", func(c *shipping.Config) { c.Zones[2].Regions[0].PostalPrefixes = []string{" - "} }, "zones[2].regions[0].postal_prefixes[0]"},
		{"bad excluded country", func(c *shipping.Config) { c.Zones[1].Excluded[0].Country = "F" }, "zones[1].excluded[0].country"},
		{"offer without ID", func(c *shipping.Config) { home(c).ID = "" }, "offers[0].id"},
		{"offer ID twice", func(c *shipping.Config) { c.Offers[1].ID = "home" }, "offers[1].id"},
		{"unknown mode", func(c *shipping.Config) { home(c).Mode = "drone" }, "offers[0].mode"},
		{"no zones", func(c *shipping.Config) { home(c).Zones = nil }, "offers[0].zones"},
		{"unknown zone", func(c *shipping.Config) { home(c).Zones = []string{"Mars"} }, "offers[0].zones[0]"},
		{"zone listed twice", func(c *shipping.Config) { home(c).Zones = []string{"Belgium", "Belgium"} }, "offers[0].zones[1]"},
		{"ambiguous zones", func(c *shipping.Config) {
			c.Zones = append(c.Zones, shipping.Zone{Name: "Also Belgium", Regions: []shipping.Region{{Country: "BE"}}})
			home(c).Zones = []string{"Belgium", "Also Belgium"}
		}, "offers[0].zones[1]"},
		{"no fee rule", func(c *shipping.Config) { home(c).Fee = nil }, "offers[0].fee"},
		{"flat in USD", func(c *shipping.Config) { home(c).Fee = shipping.Flat{Amount: usd} }, "offers[0].fee.amount"},
		{"negative flat", func(c *shipping.Config) { home(c).Fee = shipping.Flat{Amount: eur(t, "-1.00")} }, "offers[0].fee.amount"},
		{"no brackets", func(c *shipping.Config) { home(c).Fee = shipping.WeightBrackets{} }, "offers[0].fee.brackets"},
		{"first bracket not at 0", func(c *shipping.Config) {
			home(c).Fee = shipping.WeightBrackets{Brackets: []shipping.Bracket{br(1, 10)}}
		}, "offers[0].fee.brackets[0].min_grams"},
		{"overlapping brackets", func(c *shipping.Config) {
			home(c).Fee = shipping.WeightBrackets{Brackets: []shipping.Bracket{br(0, 10), br(9, 20)}}
		}, "offers[0].fee.brackets[1].min_grams"},
		{"unsorted brackets", func(c *shipping.Config) {
			home(c).Fee = shipping.WeightBrackets{Brackets: []shipping.Bracket{br(0, 10), br(20, 30), br(10, 20)}}
		}, "offers[0].fee.brackets[1].min_grams"},
		{"empty bracket", func(c *shipping.Config) {
			home(c).Fee = shipping.WeightBrackets{Brackets: []shipping.Bracket{br(0, 10), br(10, 10)}}
		}, "offers[0].fee.brackets[1].max_grams"},
		{"bracket fee in USD", func(c *shipping.Config) {
			home(c).Fee = shipping.WeightBrackets{Brackets: []shipping.Bracket{{MaxGrams: 10, Fee: usd}}}
		}, "offers[0].fee.brackets[0].fee"},
		{"nil rate source", func(c *shipping.Config) { home(c).Fee = shipping.CarrierRate{} }, "offers[0].fee.source"},
		{"margin above 1000 %", func(c *shipping.Config) {
			home(c).Fee = shipping.CarrierRate{Source: sheet("1.00", nil), Margin: shipping.Margin{Percent: decimal.NewFromInt(1001), Rounding: money.HalfUp}}
		}, "offers[0].fee.margin.percent"},
		{"negative margin", func(c *shipping.Config) {
			home(c).Fee = shipping.CarrierRate{Source: sheet("1.00", nil), Margin: shipping.Margin{Percent: decimal.NewFromInt(-5), Rounding: money.HalfUp}}
		}, "offers[0].fee.margin.percent"},
		{"margin without rounding", func(c *shipping.Config) {
			home(c).Fee = shipping.CarrierRate{Source: sheet("1.00", nil), Margin: shipping.Margin{Percent: decimal.NewFromInt(5)}}
		}, "offers[0].fee.margin.percent"},
		{"margin in USD", func(c *shipping.Config) {
			home(c).Fee = shipping.CarrierRate{Source: sheet("1.00", nil), Margin: shipping.Margin{Fixed: usd}}
		}, "offers[0].fee.margin.fixed"},
		{"surcharge in a zone the offer does not serve", func(c *shipping.Config) { home(c).Surcharges[0].Zone = "Brussels" }, "offers[0].surcharges[0].zone"},
		{"surcharge fixed and percent", func(c *shipping.Config) { home(c).Surcharges[0].Percent = decimal.NewFromInt(1) }, "offers[0].surcharges[0]"},
		{"surcharge with nothing", func(c *shipping.Config) { home(c).Surcharges[0].Fixed = money.Money{} }, "offers[0].surcharges[0]"},
		{"negative surcharge", func(c *shipping.Config) { home(c).Surcharges[0].Fixed = eur(t, "-1.00") }, "offers[0].surcharges[0].fixed"},
		{"surcharge percent without rounding", func(c *shipping.Config) { home(c).Surcharges[1].Rounding = 0 }, "offers[0].surcharges[1].percent"},
		{"threshold without amount", func(c *shipping.Config) { home(c).FreeFrom.Amount = money.Money{} }, "offers[0].free_from.amount"},
		{"threshold in USD", func(c *shipping.Config) { home(c).FreeFrom.Amount = usd }, "offers[0].free_from.amount"},
		{"unknown basis", func(c *shipping.Config) { home(c).FreeFrom.Basis = 7 }, "offers[0].free_from.basis"},
		{"transit max below min", func(c *shipping.Config) { home(c).Transit = shipping.Transit{MinDays: 2, MaxDays: 1} }, "offers[0].transit.max_days"},
		{"transit cut-off 25:00", func(c *shipping.Config) { home(c).Transit.CutOff.Hour = 25 }, "offers[0].transit.cut_off"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := richConfig(t)
			tt.edit(&c)
			s, err := shipping.NewSchedule(c)
			require.Nil(t, s)
			require.ErrorIs(t, err, shipping.ErrInvalidSchedule)
			if tt.field == "" {
				assert.ErrorIs(t, err, calendar.ErrUnknownCountry)
				return
			}
			var ce *shipping.ConfigError
			require.ErrorAs(t, err, &ce)
			assert.Equal(t, tt.field, ce.Field, err.Error())
		})
	}
}

// TestNewScheduleCopies checks that changing the Config after
// NewSchedule does not change the schedule.
func TestNewScheduleCopies(t *testing.T) {
	c := richConfig(t)
	s := schedule(t, c)
	c.Offers[0].Fee.(shipping.WeightBrackets).Brackets[0].Fee = eur(t, "99.00")
	c.Zones[0].Regions[0].Country = "NL"
	c.Offers[0].Zones[0] = "France"
	opts, err := s.Quote(context.Background(), shipping.Basket{WeightGrams: 1, Destination: shipping.Destination{Country: "BE", PostalCode: "4000"}, At: time.Unix(0, 0)})
	require.NoError(t, err)
	require.True(t, opts[0].Available())
	assert.Equal(t, "Belgium", opts[0].Zone)
	assert.Equal(t, eur(t, "5.63"), opts[0].FullFee)
}

func TestParseMode(t *testing.T) {
	for _, m := range shipping.Modes() {
		got, err := shipping.ParseMode(m.String())
		require.NoError(t, err)
		assert.Equal(t, m, got)
		assert.True(t, m.Valid())
	}
	assert.Len(t, shipping.Modes(), 6)
	for _, s := range []string{"", "Home", "pickup-point", "drone", " home"} {
		_, err := shipping.ParseMode(s)
		assert.ErrorIs(t, err, shipping.ErrUnknownMode, s)
		var me *shipping.UnknownModeError
		require.ErrorAs(t, err, &me)
		assert.Equal(t, s, me.Mode)
	}
}

func TestNormalizePostalCode(t *testing.T) {
	for in, want := range map[string]string{
		"1000": "1000", "1012 ab": "1012AB", "sw1a-1aa": "SW1A1AA", " 20 000 ": "20000", "": "", "L-1234": "L1234", "--": "",
	} {
		assert.Equal(t, want, shipping.NormalizePostalCode(in), in)
	}
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = shipping.NormalizePostalCode("75001") }))
}
