package shipping_test

import (
	"testing"
	"time"
	_ "time/tzdata" // Europe/Brussels on machines without a zoneinfo database

	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/shipping"
)

// eur parses a EUR amount or fails the test.
func eur(tb testing.TB, s string) money.Money {
	tb.Helper()
	m, err := money.Parse(s, "EUR")
	require.NoError(tb, err)
	return m
}

// brussels loads Europe/Brussels or fails the test.
func brussels(tb testing.TB) *time.Location {
	tb.Helper()
	loc, err := time.LoadLocation("Europe/Brussels")
	require.NoError(tb, err)
	return loc
}

// euro returns the EUR currency.
func euro(tb testing.TB) money.Currency {
	tb.Helper()
	c, err := money.ParseCurrency("EUR")
	require.NoError(tb, err)
	return c
}

// schedule builds a schedule or fails the test.
func schedule(tb testing.TB, c shipping.Config) *shipping.Schedule {
	tb.Helper()
	s, err := shipping.NewSchedule(c)
	require.NoError(tb, err)
	return s
}

// checkInvariants asserts what holds for every option of every quote.
func checkInvariants(t *testing.T, s *shipping.Schedule, opts []shipping.Option) {
	t.Helper()
	require.Len(t, opts, s.Len())
	for _, o := range opts {
		if !o.Available() {
			require.NotEmpty(t, o.Unavailable.Reason, o.Offer)
			require.True(t, o.Fee.IsZero(), o.Offer)
			continue
		}
		require.Equal(t, s.Currency(), o.Fee.Currency(), o.Offer)
		require.GreaterOrEqual(t, o.Fee.Sign(), 0, o.Offer)
		c, err := o.Fee.Cmp(o.FullFee)
		require.NoError(t, err)
		require.LessOrEqual(t, c, 0, "%s: fee above the full fee", o.Offer)
		require.GreaterOrEqual(t, o.Parcels, 1)
		require.False(t, o.Window.Earliest.After(o.Window.Latest), o.Offer)
		require.False(t, o.Window.Ships.After(o.Window.Earliest), o.Offer)
		if !o.FreeShipping.Offered {
			require.Equal(t, shipping.FreeShipping{}, o.FreeShipping, o.Offer)
		} else {
			require.GreaterOrEqual(t, o.FreeShipping.Left.Sign(), 0)
		}
	}
}

// byOffer indexes options by offer ID.
func byOffer(opts []shipping.Option) map[string]shipping.Option {
	m := make(map[string]shipping.Option, len(opts))
	for _, o := range opts {
		m[o.Offer] = o
	}
	return m
}
