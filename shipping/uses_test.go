package shipping_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/shipping"
)

func TestScheduleUses(t *testing.T) {
	cur, err := money.ParseCurrency("EUR")
	require.NoError(t, err)
	hundred, err := money.Parse("100.00", "EUR")
	require.NoError(t, err)
	loc, err := time.LoadLocation("Europe/Brussels")
	require.NoError(t, err)
	cfg := shipping.Config{Currency: cur, ShipFrom: "BE", Location: loc,
		Zones: []shipping.Zone{{Name: "BE", Regions: []shipping.Region{{Country: "BE"}}}},
		Offers: []shipping.Offer{
			{ID: "home", Mode: shipping.ModeHome, Zones: []string{"BE"}, Fee: shipping.Flat{Amount: hundred},
				FreeFrom: shipping.Threshold{Amount: hundred, Basis: shipping.GoodsAfterDiscountsNet}},
			{ID: "pickup", Mode: shipping.ModePickupPoint, Zones: []string{"BE"}, Fee: shipping.Flat{Amount: hundred}},
		}}
	s, err := shipping.NewSchedule(cfg)
	require.NoError(t, err)
	assert.True(t, s.Uses(shipping.GoodsAfterDiscountsNet))
	assert.False(t, s.Uses(shipping.GoodsAfterDiscountsGross), "an offer without threshold uses no basis")
	assert.False(t, s.Uses(shipping.GoodsBeforeDiscountsGross))
}
