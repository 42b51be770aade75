package shipping_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/shipping"
)

func TestSpecialAreasAndCustoms(t *testing.T) {
	for _, tt := range []struct {
		dest    shipping.Destination
		area    string
		customs bool
	}{
		{shipping.Destination{Country: "FR", PostalCode: "20000"}, "Corsica", false},
		{shipping.Destination{Country: "ES", PostalCode: "07001"}, "the Balearic Islands", false},
		{shipping.Destination{Country: "ES", PostalCode: "38001"}, "", true},
		{shipping.Destination{Country: "FI", PostalCode: "AX-22100"}, "", true},
		{shipping.Destination{Country: "BE", PostalCode: "4000"}, "", false},
	} {
		area, ok := tt.dest.SpecialArea()
		assert.Equal(t, tt.area != "", ok, "%v", tt.dest)
		assert.Equal(t, tt.area, area)
		_, customs := tt.dest.OutsideVATArea()
		assert.Equal(t, tt.customs, customs, "%v", tt.dest)
	}
	assert.Contains(t, shipping.SpecialAreas(), "Corsica")
}

func TestSurchargeByArea(t *testing.T) {
	loc := brussels(t)
	cfg := topFourneauConfig(loc)
	for i := range cfg.Offers {
		if cfg.Offers[i].ID == "home-eu" {
			cfg.Offers[i].Surcharges = append(cfg.Offers[i].Surcharges,
				shipping.Surcharge{Name: "Corsica", Area: "Corsica", Fixed: eur(t, "6.00"), KeepWhenFree: true})
		}
	}
	s := schedule(t, cfg)
	for dest, want := range map[string]string{"20000": "14.50", "75001": "8.50"} {
		opts, err := s.Quote(context.Background(), shipping.Basket{
			GoodsAfterDiscountsGross: eur(t, "50.00"), WeightGrams: 1200,
			Destination: shipping.Destination{Country: "FR", PostalCode: dest},
			At:          time.Date(2026, 6, 3, 10, 0, 0, 0, loc),
		})
		require.NoError(t, err)
		checkInvariants(t, s, opts)
		opt := byOffer(opts)["home-eu"]
		require.True(t, opt.Available(), "%v", opt.Unavailable)
		assert.Equal(t, eur(t, want), opt.Fee, dest)
		assert.Empty(t, opt.Customs)
	}
	cfg.Offers[0].Surcharges = []shipping.Surcharge{{Name: "x", Area: "Atlantis", Fixed: eur(t, "1.00")}}
	_, err := shipping.NewSchedule(cfg)
	assert.ErrorIs(t, err, shipping.ErrInvalidSchedule)
}
