package reference_test

import (
	"context"
	"testing"
	"time"
	_ "time/tzdata" // Europe/Brussels on machines without a zoneinfo database

	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/pricing/reference"
)

const (
	sku = "TSHIRT-42"
	web = "web"
)

func brussels(t testing.TB) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Europe/Brussels")
	require.NoError(t, err)
	return loc
}

// local reads "2006-01-02 15:04" (or with seconds and nanoseconds) in loc.
func local(t testing.TB, loc *time.Location, s string) time.Time {
	t.Helper()
	for _, layout := range []string{"2006-01-02 15:04", "2006-01-02 15:04:05.999999999"} {
		if v, err := time.ParseInLocation(layout, s, loc); err == nil {
			return v
		}
	}
	t.Fatalf("bad time %q", s)
	return time.Time{}
}

func eur(t testing.TB, s string) money.Money {
	t.Helper()
	m, err := money.Parse(s, "EUR")
	require.NoError(t, err)
	return m
}

func day(t testing.TB, s string) calendar.Date {
	t.Helper()
	d, err := calendar.ParseDate(s)
	require.NoError(t, err)
	return d
}

// step is one price change of the test SKU on the web channel, in Brussels
// time.
type step struct {
	at, price string
}

// historyOf records steps for sku on web in a new MemoryHistory.
func historyOf(t testing.TB, loc *time.Location, steps ...step) *reference.MemoryHistory {
	t.Helper()
	h := reference.NewMemoryHistory()
	for _, s := range steps {
		c := reference.Change{SKU: sku, Channel: web, At: local(t, loc, s.at), Price: eur(t, s.price)}
		require.NoError(t, h.Record(context.Background(), c))
	}
	return h
}

// collect returns the changes h.InForce yields.
func collect(ctx context.Context, h reference.History, sku, channel string, from, to time.Time) ([]reference.Change, error) {
	var got []reference.Change
	err := h.InForce(ctx, sku, channel, from, to, func(c reference.Change) bool {
		got = append(got, c)
		return true
	})
	return got, err
}

// opaque hides a MemoryHistory's concrete type, so that PriceAt reads it
// through History.InForce like any other store rather than in place.
type opaque struct{ reference.History }

// bothPaths returns h as PriceAt's in-place path and its generic path see
// it, by name.
func bothPaths(h *reference.MemoryHistory) map[string]reference.History {
	return map[string]reference.History{"memory": h, "generic": opaque{h}}
}
