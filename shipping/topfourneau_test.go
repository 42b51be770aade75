package shipping_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/shipping"
)

// TestTopFourneau quotes the schedule of shipping.md on each side of its
// thresholds: 79.99 and 80.00 EUR in Belgium, 119.99 and 120.00 to France,
// 59.99 and 60.00 for pickup points and lockers.
func TestTopFourneau(t *testing.T) {
	loc := brussels(t)
	s := schedule(t, topFourneauConfig(loc))
	be := shipping.Destination{Country: "BE", PostalCode: "4000"}
	fr := shipping.Destination{Country: "FR", PostalCode: "59000"}
	type want struct {
		offer, fee, left string // left "" means no threshold
	}
	tests := []struct {
		name  string
		goods string
		dest  shipping.Destination
		want  []want
	}{
		{"Belgium 79.99", "79.99", be, []want{{"home-be", "4.50", "0.01"}, {"express", "19.00", ""}, {"pickup", "0.00", "0.00"}, {"locker", "0.00", "0.00"}, {"collect", "0.00", ""}}},
		{"Belgium 80.00", "80.00", be, []want{{"home-be", "0.00", "0.00"}, {"express", "19.00", ""}}},
		{"France 119.99", "119.99", fr, []want{{"home-eu", "8.50", "0.01"}, {"express", "19.00", ""}}},
		{"France 120.00", "120.00", fr, []want{{"home-eu", "0.00", "0.00"}, {"express", "19.00", ""}}},
		{"pickup 59.99", "59.99", be, []want{{"pickup", "3.50", "0.01"}, {"locker", "3.50", "0.01"}, {"home-be", "4.50", "20.01"}}},
		{"pickup 60.00", "60.00", be, []want{{"pickup", "0.00", "0.00"}, {"locker", "0.00", "0.00"}, {"home-be", "4.50", "20.00"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts, err := s.Quote(context.Background(), shipping.Basket{
				GoodsAfterDiscountsGross: eur(t, tt.goods),
				WeightGrams:              1200,
				Destination:              tt.dest,
				At:                       time.Date(2026, 6, 3, 10, 0, 0, 0, loc),
			})
			require.NoError(t, err)
			checkInvariants(t, s, opts)
			got := byOffer(opts)
			for _, w := range tt.want {
				o := got[w.offer]
				require.True(t, o.Available(), "%s: %v", w.offer, o.Unavailable)
				assert.Equal(t, eur(t, w.fee), o.Fee, "%s fee", w.offer)
				if w.left == "" {
					assert.False(t, o.FreeShipping.Offered, "%s has no threshold", w.offer)
					continue
				}
				assert.True(t, o.FreeShipping.Offered, w.offer)
				assert.Equal(t, eur(t, w.left), o.FreeShipping.Left, "%s left", w.offer)
				assert.Equal(t, o.FreeShipping.Left.IsZero(), o.FreeShipping.Reached())
			}
		})
	}
}

// TestTopFourneauZones checks which offers serve which country: Belgian
// offers are not served in France and vice versa, express serves both,
// and a country outside every zone gets only unavailable options.
func TestTopFourneauZones(t *testing.T) {
	loc := brussels(t)
	s := schedule(t, topFourneauConfig(loc))
	at := time.Date(2026, 6, 3, 10, 0, 0, 0, loc)
	for _, tt := range []struct {
		country   string
		available []string
	}{
		{"BE", []string{"home-be", "express", "pickup", "locker", "collect"}},
		{"FR", []string{"home-eu", "express"}},
		{"nl", []string{"home-eu", "express"}}, // country codes are upper-cased
		{"ES", nil},
	} {
		opts, err := s.Quote(context.Background(), shipping.Basket{
			GoodsAfterDiscountsGross: eur(t, "10.00"), Destination: shipping.Destination{Country: tt.country}, At: at,
		})
		require.NoError(t, err)
		checkInvariants(t, s, opts)
		var got []string
		for _, o := range opts {
			if o.Available() {
				got = append(got, o.Offer)
			} else {
				assert.ErrorIs(t, o.Unavailable, shipping.ErrNotServed)
				assert.Equal(t, shipping.ReasonNotServed, o.Unavailable.Reason)
			}
		}
		assert.Equal(t, tt.available, got, tt.country)
	}
}
