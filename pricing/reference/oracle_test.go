package reference_test

import (
	"context"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/pricing/reference"
)

// oracle is a brute-force reference price written from the law's text with
// time.Date, to check PriceAt against: the lowest price of any change whose
// time in force, [At, next At), meets the window.
func oracle(changes []reference.Change, at time.Time, loc *time.Location) (int64, bool) {
	if len(changes) == 0 {
		return 0, false
	}
	y, m, d := at.In(loc).Date()
	ly, lm, ld := changes[0].At.In(loc).Date()
	onMarket := int(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Sub(time.Date(ly, lm, ld, 0, 0, 0, 0, time.UTC)).Hours() / 24)
	days := 30
	if onMarket < 30 {
		days = 7
	}
	from := time.Date(y, m, d-days, 0, 0, 0, 0, loc)
	to := time.Date(y, m, d, 0, 0, 0, 0, loc)
	low, found := int64(0), false
	for i, c := range changes {
		inForceAfterFrom := i+1 == len(changes) || changes[i+1].At.After(from)
		if c.At.Before(to) && inForceAfterFrom && (!found || c.Price.Minor() < low) {
			low, found = c.Price.Minor(), true
		}
	}
	return low, found
}

func TestPriceAtMatchesOracle(t *testing.T) {
	loc := brussels(t)
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(1, 2))
	base := time.Date(2026, time.January, 1, 0, 0, 0, 0, loc)
	for trial := range 300 {
		h := reference.NewMemoryHistory()
		var changes []reference.Change
		for range 1 + rng.IntN(40) {
			// Half the changes on a local midnight, to hit window edges.
			at := time.Date(2026, time.January, 1+rng.IntN(365), 0, 0, 0, 0, loc)
			if rng.IntN(2) == 0 {
				at = at.Add(time.Duration(rng.IntN(24*60)) * time.Minute)
			}
			price, err := money.New(int64(100+rng.IntN(5000)), "EUR")
			require.NoError(t, err)
			c := reference.Change{SKU: sku, Channel: web, At: at, Price: price}
			if h.Record(ctx, c) == nil && !slices.ContainsFunc(changes, func(o reference.Change) bool { return o.At.Equal(at) }) {
				changes = append(changes, c)
			}
		}
		slices.SortFunc(changes, func(a, b reference.Change) int { return a.At.Compare(b.At) })
		for range 20 {
			at := base.Add(time.Duration(rng.Int64N(int64(400 * 24 * time.Hour))))
			want, ok := oracle(changes, at, loc)
			for path, hist := range bothPaths(h) {
				got, err := reference.PriceAt(ctx, hist, sku, web, at, reference.Options{Location: loc})
				if !ok {
					require.ErrorIs(t, err, reference.ErrNoHistory, "%s trial %d at %v", path, trial, at)
					continue
				}
				require.NoError(t, err, "%s trial %d at %v", path, trial, at)
				require.Equal(t, want, got.Amount.Minor(), "%s trial %d at %v", path, trial, at)
			}
		}
	}
}
