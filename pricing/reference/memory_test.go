package reference_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/pricing/reference"
)

func TestMemoryHistoryKeepsChangesSorted(t *testing.T) {
	loc := brussels(t)
	ctx := context.Background()
	h := historyOf(t, loc,
		step{"2026-06-20 10:00", "30.00"}, step{"2026-06-01 10:00", "10.00"},
		step{"2026-06-10 10:00", "20.00"}, step{"2026-06-30 10:00", "40.00"})

	first, err := h.First(ctx, sku, web)
	require.NoError(t, err)
	assert.Equal(t, eur(t, "10.00"), first.Price)

	got, err := collect(ctx, h, sku, web, local(t, loc, "2026-06-05 00:00"), local(t, loc, "2026-06-30 10:00"))
	require.NoError(t, err)
	var prices []string
	for _, c := range got {
		assert.Equal(t, sku, c.SKU)
		assert.Equal(t, web, c.Channel)
		prices = append(prices, c.Price.String())
	}
	// 10.00 is in force on 5 June; 40.00 starts exactly at the end.
	assert.Equal(t, []string{"10.00 EUR", "20.00 EUR", "30.00 EUR"}, prices)
}

func TestMemoryHistoryInForceBounds(t *testing.T) {
	loc := brussels(t)
	ctx := context.Background()
	h := historyOf(t, loc, step{"2026-06-10 10:00", "10.00"}, step{"2026-06-20 10:00", "20.00"})
	at := func(s string) time.Time { return local(t, loc, s) }
	tests := []struct {
		name     string
		from, to string
		want     []string
	}{
		{"before any change", "2026-06-01 00:00", "2026-06-10 10:00", nil},
		{"from exactly at a change", "2026-06-10 10:00", "2026-06-10 10:01", []string{"10.00 EUR"}},
		{"change in force at from", "2026-06-15 00:00", "2026-06-16 00:00", []string{"10.00 EUR"}},
		{"both", "2026-06-15 00:00", "2026-06-20 10:00:00.000000001", []string{"10.00 EUR", "20.00 EUR"}},
		{"after the last change", "2026-07-01 00:00", "2026-07-02 00:00", []string{"20.00 EUR"}},
		{"empty interval", "2026-06-15 00:00", "2026-06-15 00:00", nil},
		{"reversed interval", "2026-06-16 00:00", "2026-06-15 00:00", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := collect(ctx, h, sku, web, at(tc.from), at(tc.to))
			require.NoError(t, err)
			var prices []string
			for _, c := range got {
				prices = append(prices, c.Price.String())
			}
			assert.Equal(t, tc.want, prices)
		})
	}
}

func TestMemoryHistoryInForceStopsEarly(t *testing.T) {
	loc := brussels(t)
	h := historyOf(t, loc, step{"2026-06-10 10:00", "10.00"}, step{"2026-06-11 10:00", "20.00"},
		step{"2026-06-12 10:00", "30.00"})
	var seen []string
	err := h.InForce(context.Background(), sku, web, local(t, loc, "2026-06-01 00:00"), local(t, loc, "2026-07-01 00:00"),
		func(c reference.Change) bool {
			seen = append(seen, c.Price.String())
			return len(seen) < 2
		})
	require.NoError(t, err)
	assert.Equal(t, []string{"10.00 EUR", "20.00 EUR"}, seen)
}

func TestMemoryHistoryRecordSameInstant(t *testing.T) {
	loc := brussels(t)
	ctx := context.Background()
	h := historyOf(t, loc, step{"2026-06-10 10:00", "10.00"})
	when := local(t, loc, "2026-06-10 10:00")

	// The same instant written in UTC is the same change: a retry is a no-op.
	same := reference.Change{SKU: sku, Channel: web, At: when.UTC(), Price: eur(t, "10.00")}
	require.NoError(t, h.Record(ctx, same))
	got, err := collect(ctx, h, sku, web, when, when.Add(time.Hour))
	require.NoError(t, err)
	assert.Len(t, got, 1)

	other := same
	other.Price = eur(t, "12.00")
	err = h.Record(ctx, other)
	require.ErrorIs(t, err, reference.ErrConflict)
	var ce *reference.ConflictError
	require.ErrorAs(t, err, &ce)
	assert.Equal(t, eur(t, "10.00"), ce.Existing.Price)
	assert.Equal(t, eur(t, "12.00"), ce.New.Price)
	assert.Contains(t, ce.Error(), "already costs 10.00 EUR")
}

func TestMemoryHistoryCurrencies(t *testing.T) {
	loc := brussels(t)
	ctx := context.Background()
	h := historyOf(t, loc, step{"2026-06-10 10:00", "10.00"})
	chf, err := money.Parse("11.00", "CHF")
	require.NoError(t, err)

	err = h.Record(ctx, reference.Change{SKU: sku, Channel: web, At: local(t, loc, "2026-06-11 10:00"), Price: chf})
	require.ErrorIs(t, err, money.ErrCurrencyMismatch)
	var ce *reference.CurrencyError
	require.ErrorAs(t, err, &ce)
	assert.Equal(t, "EUR", ce.Want.Code())
	assert.Equal(t, "CHF", ce.Got.Code())

	// Another channel has a history of its own, in its own currency.
	require.NoError(t, h.Record(ctx, reference.Change{SKU: sku, Channel: "web-ch", At: local(t, loc, "2026-06-11 10:00"), Price: chf}))
}

func TestChangeValidate(t *testing.T) {
	loc := brussels(t)
	ok := reference.Change{SKU: sku, Channel: web, At: local(t, loc, "2026-06-10 10:00"), Price: eur(t, "10.00")}
	require.NoError(t, ok.Validate())
	free := ok
	free.Price = eur(t, "0.00")
	require.NoError(t, free.Validate(), "a free item has a price")

	tests := map[string]func(c *reference.Change){
		"SKU":     func(c *reference.Change) { c.SKU = "" },
		"Channel": func(c *reference.Change) { c.Channel = "" },
		"At":      func(c *reference.Change) { c.At = time.Time{} },
		"Price":   func(c *reference.Change) { c.Price = money.Money{} },
	}
	for field, breakIt := range tests {
		c := ok
		breakIt(&c)
		err := c.Validate()
		require.ErrorIs(t, err, reference.ErrInvalidInput, field)
		var ie *reference.InputError
		require.ErrorAs(t, err, &ie)
		assert.Equal(t, field, ie.Field)
		require.ErrorIs(t, reference.NewMemoryHistory().Record(context.Background(), c), reference.ErrInvalidInput, field)
	}
	negative := ok
	negative.Price = eur(t, "-1.00")
	require.ErrorIs(t, negative.Validate(), reference.ErrInvalidInput)
}

func TestMemoryHistoryInvalidQueries(t *testing.T) {
	ctx := context.Background()
	var h reference.MemoryHistory // the zero value is ready to use
	_, err := h.First(ctx, "", web)
	require.ErrorIs(t, err, reference.ErrInvalidInput)
	_, err = collect(ctx, &h, sku, "", time.Time{}, time.Time{})
	require.ErrorIs(t, err, reference.ErrInvalidInput)
	_, err = h.First(ctx, sku, web)
	require.ErrorIs(t, err, reference.ErrNoHistory)

	loc := brussels(t)
	require.NoError(t, h.Record(ctx, reference.Change{SKU: sku, Channel: web, At: local(t, loc, "2026-06-10 10:00"), Price: eur(t, "1.00")}))
	first, err := h.First(ctx, sku, web)
	require.NoError(t, err)
	assert.Equal(t, eur(t, "1.00"), first.Price)

	var nilHistory *reference.MemoryHistory
	_, err = reference.PriceAt(ctx, nilHistory, sku, web, first.At, reference.Options{Location: loc})
	require.ErrorIs(t, err, reference.ErrInvalidInput)
	require.ErrorIs(t, nilHistory.Record(ctx, first), reference.ErrInvalidInput)

	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	require.ErrorIs(t, h.Record(cancelled, first), context.Canceled)
	_, err = h.First(cancelled, sku, web)
	require.ErrorIs(t, err, context.Canceled)
	_, err = collect(cancelled, &h, sku, web, first.At, first.At.Add(time.Hour))
	require.ErrorIs(t, err, context.Canceled)
}

// TestMemoryHistoryConcurrent records and queries from many goroutines at
// once; run with -race.
func TestMemoryHistoryConcurrent(t *testing.T) {
	loc := brussels(t)
	ctx := context.Background()
	h := reference.NewMemoryHistory()
	start := local(t, loc, "2026-01-01 10:00")
	const writers, perWriter = 8, 50
	opts := reference.Options{Location: loc}

	var wg sync.WaitGroup
	errs := make(chan error, writers*perWriter*2)
	for w := range writers {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for i := range perWriter {
				// Writers interleave their days, so inserts land in the middle.
				at := start.AddDate(0, 0, i*writers+w)
				price, err := money.New(int64(1000+i*writers+w), "EUR")
				if err == nil {
					err = h.Record(ctx, reference.Change{SKU: sku, Channel: web, At: at, Price: price})
				}
				errs <- err
			}
		}()
		go func() {
			defer wg.Done()
			for i := range perWriter {
				_, err := reference.PriceAt(ctx, h, sku, web, start.AddDate(0, 0, 40+i), opts)
				// Before the first change is recorded there is no history yet.
				if err != nil && !errors.Is(err, reference.ErrNoHistory) {
					errs <- fmt.Errorf("query %d: %w", i, err)
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}

	all, err := collect(ctx, h, sku, web, start, start.AddDate(2, 0, 0))
	require.NoError(t, err)
	require.Len(t, all, writers*perWriter)
	for i := 1; i < len(all); i++ {
		require.True(t, all[i-1].At.Before(all[i].At), "sorted at %d", i)
	}
}
