package reference_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/pricing/reference"
)

func TestPriceAt(t *testing.T) {
	loc := brussels(t)
	tests := []struct {
		name       string
		steps      []step
		at         string
		opts       reference.Options // Location is set to Brussels
		want       string
		first      string // window's first day
		last       string // window's last day
		newProduct bool
		lowestFrom string
	}{
		{
			// law-and-tax section 5: launched 2026-06-20, reduced from 1
			// July, prior price = lowest price 24-30 June. The launch
			// price of 22 June is outside the 7-day window.
			name: "law example: product launched 2026-06-20 reduced from 1 July",
			steps: []step{
				{"2026-06-20 10:00", "50.00"}, {"2026-06-22 09:00", "30.00"},
				{"2026-06-23 09:00", "45.00"}, {"2026-06-26 09:00", "42.00"},
				{"2026-06-29 09:00", "48.00"},
			},
			at: "2026-07-01 08:00", want: "42.00",
			first: "2026-06-24", last: "2026-06-30", newProduct: true,
			lowestFrom: "2026-06-26 09:00",
		},
		{
			name: "new product rule switched off: window reaches back to the launch",
			steps: []step{
				{"2026-06-20 10:00", "50.00"}, {"2026-06-22 09:00", "30.00"},
				{"2026-06-23 09:00", "45.00"},
			},
			at: "2026-07-01 08:00", opts: reference.Options{NewProductWindowDays: 30}, want: "30.00",
			first: "2026-06-01", last: "2026-06-30", newProduct: true,
			lowestFrom: "2026-06-22 09:00",
		},
		{
			name: "established product: 30-day window, price in force at the start counts",
			steps: []step{
				{"2026-01-10 10:00", "25.00"}, {"2026-05-20 10:00", "19.99"},
				{"2026-06-05 10:00", "24.99"},
			},
			at: "2026-07-01 00:00", want: "19.99",
			first: "2026-06-01", last: "2026-06-30", lowestFrom: "2026-06-01 00:00",
		},
		{
			name: "change exactly at the window start replaces the older price",
			steps: []step{
				{"2026-05-01 10:00", "20.00"}, {"2026-06-01 00:00", "25.00"},
			},
			at: "2026-07-01 12:00", want: "25.00",
			first: "2026-06-01", last: "2026-06-30", lowestFrom: "2026-06-01 00:00",
		},
		{
			name: "change one nanosecond before the window start does not count",
			steps: []step{
				{"2026-05-01 10:00", "25.00"}, {"2026-05-31 23:59:59.999999999", "20.00"},
				{"2026-06-01 00:00", "25.00"},
			},
			at: "2026-07-01 12:00", want: "25.00",
			first: "2026-06-01", last: "2026-06-30", lowestFrom: "2026-06-01 00:00",
		},
		{
			name: "change exactly at the window end (the reduction day) does not count",
			steps: []step{
				{"2026-05-01 10:00", "30.00"}, {"2026-07-01 00:00", "10.00"},
			},
			at: "2026-07-01 12:00", want: "30.00",
			first: "2026-06-01", last: "2026-06-30", lowestFrom: "2026-06-01 00:00",
		},
		{
			name: "price in force for one nanosecond before the end counts",
			steps: []step{
				{"2026-05-01 10:00", "30.00"}, {"2026-06-30 23:59:59.999999999", "10.00"},
				{"2026-07-01 00:00", "30.00"},
			},
			at: "2026-07-01 12:00", want: "10.00",
			first: "2026-06-01", last: "2026-06-30", lowestFrom: "2026-06-30 23:59:59.999999999",
		},
		{
			name: "product launched exactly 30 days before: 30-day window",
			steps: []step{
				{"2026-06-01 10:00", "20.00"}, {"2026-06-10 10:00", "30.00"},
			},
			at: "2026-07-01 09:00", want: "20.00",
			first: "2026-06-01", last: "2026-06-30", lowestFrom: "2026-06-01 10:00",
		},
		{
			name: "product launched 29 days before: 7-day window",
			steps: []step{
				{"2026-06-02 10:00", "20.00"}, {"2026-06-10 10:00", "30.00"},
			},
			at: "2026-07-01 09:00", want: "30.00",
			first: "2026-06-24", last: "2026-06-30", newProduct: true,
			lowestFrom: "2026-06-24 00:00",
		},
		{
			name: "product launched 3 days before: 7-day window, prices since the launch",
			steps: []step{
				{"2026-06-28 10:00", "20.00"}, {"2026-06-29 10:00", "22.00"},
			},
			at: "2026-07-01 09:00", want: "20.00",
			first: "2026-06-24", last: "2026-06-30", newProduct: true,
			lowestFrom: "2026-06-28 10:00",
		},
		{
			// The window opens at 2026-03-16 00:00 CET and closes at
			// 2026-04-15 00:00 CEST: 30 days but 719 hours. Counting
			// 30 x 24 h back would open it at 23:00 on 15 March and
			// wrongly catch the 10.00.
			name: "DST starts inside the window (29 March 2026)",
			steps: []step{
				{"2026-03-01 10:00", "30.00"}, {"2026-03-15 23:30", "10.00"},
				{"2026-03-16 00:00", "20.00"},
			},
			at: "2026-04-15 10:00", want: "20.00",
			first: "2026-03-16", last: "2026-04-14", lowestFrom: "2026-03-16 00:00",
		},
		{
			// 721 hours this time: 30 x 24 h would open the window at
			// 01:00 on 11 October and miss the 10.00 in force until 00:30.
			name: "DST ends inside the window (25 October 2026)",
			steps: []step{
				{"2026-10-01 10:00", "10.00"}, {"2026-10-11 00:30", "20.00"},
			},
			at: "2026-11-10 10:00", want: "10.00",
			first: "2026-10-11", last: "2026-11-09", lowestFrom: "2026-10-11 00:00",
		},
		{
			name: "leap year: 29 February 2024 is in the window",
			steps: []step{
				{"2024-01-01 10:00", "30.00"}, {"2024-02-13 23:59", "1.00"},
				{"2024-02-14 00:00", "30.00"}, {"2024-02-29 12:00", "5.00"},
				{"2024-03-01 00:00", "30.00"},
			},
			at: "2024-03-15 10:00", want: "5.00",
			first: "2024-02-14", last: "2024-03-14", lowestFrom: "2024-02-29 12:00",
		},
		{
			name: "equal lowest prices: the earliest is reported",
			steps: []step{
				{"2026-05-01 10:00", "30.00"}, {"2026-06-05 10:00", "20.00"},
				{"2026-06-10 10:00", "30.00"}, {"2026-06-20 10:00", "20.00"},
			},
			at: "2026-07-01 09:00", want: "20.00",
			first: "2026-06-01", last: "2026-06-30", lowestFrom: "2026-06-05 10:00",
		},
		{
			name: "a price in force for an hour counts",
			steps: []step{
				{"2026-05-01 10:00", "30.00"}, {"2026-06-15 10:00", "9.99"},
				{"2026-06-15 11:00", "30.00"},
			},
			at: "2026-07-01 09:00", want: "9.99",
			first: "2026-06-01", last: "2026-06-30", lowestFrom: "2026-06-15 10:00",
		},
		{
			name: "a price set earlier on the reduction day does not count",
			steps: []step{
				{"2026-05-01 10:00", "30.00"}, {"2026-07-01 08:00", "35.00"},
			},
			at: "2026-07-01 09:00", want: "30.00",
			first: "2026-06-01", last: "2026-06-30", lowestFrom: "2026-06-01 00:00",
		},
		{
			name: "custom 60-day window",
			steps: []step{
				{"2026-04-01 10:00", "20.00"}, {"2026-05-15 10:00", "30.00"},
			},
			at: "2026-07-01 09:00", opts: reference.Options{WindowDays: 60}, want: "20.00",
			first: "2026-05-02", last: "2026-06-30", lowestFrom: "2026-05-02 00:00",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			opts := tc.opts
			opts.Location = loc
			for path, h := range bothPaths(historyOf(t, loc, tc.steps...)) {
				got, err := reference.PriceAt(context.Background(), h, sku, web, local(t, loc, tc.at), opts)
				require.NoError(t, err, path)
				checkPrice(t, loc, got, tc.want, tc.first, tc.last, tc.lowestFrom, tc.newProduct, tc.steps[0].at)
			}
		})
	}
}

func checkPrice(t *testing.T, loc *time.Location, got reference.Price, want, first, last, lowestFrom string, newProduct bool, launched string) {
	t.Helper()
	assert.Equal(t, eur(t, want), got.Amount)
	assert.Equal(t, day(t, first), got.Window.First)
	assert.Equal(t, day(t, last), got.Window.Last)
	assert.True(t, got.Window.From.Equal(day(t, first).In(loc)), "From %v", got.Window.From)
	assert.True(t, got.Window.To.Equal(day(t, last).AddDays(1).In(loc)), "To %v", got.Window.To)
	assert.Equal(t, newProduct, got.NewProduct)
	assert.False(t, got.Progressive)
	assert.True(t, got.LowestFrom.Equal(local(t, loc, lowestFrom)), "LowestFrom %v", got.LowestFrom)
	assert.True(t, got.Launched.Equal(local(t, loc, launched)))
	assert.Equal(t, sku, got.SKU)
	assert.Equal(t, web, got.Channel)
}

func TestPriceAtDSTWindowLengths(t *testing.T) {
	loc := brussels(t)
	h := historyOf(t, loc, step{"2025-01-01 10:00", "10.00"})
	for at, hours := range map[string]time.Duration{
		"2026-04-15 10:00": 719, // spring forward inside the window
		"2026-11-10 10:00": 721, // fall back inside the window
		"2026-07-01 10:00": 720,
	} {
		got, err := reference.PriceAt(context.Background(), h, sku, web, local(t, loc, at), reference.Options{Location: loc})
		require.NoError(t, err)
		assert.Equal(t, hours*time.Hour, got.Window.To.Sub(got.Window.From), at)
		assert.Equal(t, 30, got.Window.Days)
	}
}

func TestPriceAtCivilDayInShopZone(t *testing.T) {
	loc := brussels(t)
	h := historyOf(t, loc, step{"2026-05-01 10:00", "30.00"}, step{"2026-06-01 00:30", "20.00"})
	// 22:30 UTC on 30 June is 00:30 on 1 July in Brussels: the window is
	// 1-30 June there. In UTC it would be 31 May-29 June.
	at := time.Date(2026, time.June, 30, 22, 30, 0, 0, time.UTC)
	got, err := reference.PriceAt(context.Background(), h, sku, web, at, reference.Options{Location: loc})
	require.NoError(t, err)
	assert.Equal(t, day(t, "2026-06-01"), got.Window.First)
	assert.Equal(t, eur(t, "20.00"), got.Amount, "30.00 was in force until 00:30 on 1 June")

	got, err = reference.PriceAt(context.Background(), h, sku, web, at, reference.Options{Location: time.UTC})
	require.NoError(t, err)
	assert.Equal(t, day(t, "2026-05-31"), got.Window.First)
	assert.Equal(t, eur(t, "20.00"), got.Amount)
}

func TestPriceAtNoHistory(t *testing.T) {
	loc := brussels(t)
	ctx := context.Background()
	opts := reference.Options{Location: loc}
	at := local(t, loc, "2026-07-01 09:00")

	t.Run("nothing recorded", func(t *testing.T) {
		_, err := reference.PriceAt(ctx, reference.NewMemoryHistory(), sku, web, at, opts)
		require.ErrorIs(t, err, reference.ErrNoHistory)
		var nh *reference.NoHistoryError
		require.ErrorAs(t, err, &nh)
		assert.Equal(t, sku, nh.SKU)
		assert.True(t, nh.Before.IsZero())
	})
	t.Run("only on another channel", func(t *testing.T) {
		h := historyOf(t, loc, step{"2026-05-01 10:00", "30.00"})
		_, err := reference.PriceAt(ctx, h, sku, "shop-gent", at, opts)
		require.ErrorIs(t, err, reference.ErrNoHistory)
	})
	t.Run("only after the reduction", func(t *testing.T) {
		h := historyOf(t, loc, step{"2026-07-02 10:00", "30.00"})
		_, err := reference.PriceAt(ctx, h, sku, web, at, opts)
		require.ErrorIs(t, err, reference.ErrNoHistory)
		var nh *reference.NoHistoryError
		require.ErrorAs(t, err, &nh)
		assert.True(t, nh.Before.Equal(local(t, loc, "2026-07-01 00:00")))
	})
	t.Run("first price on the reduction day itself", func(t *testing.T) {
		h := historyOf(t, loc, step{"2026-07-01 08:00", "30.00"})
		_, err := reference.PriceAt(ctx, h, sku, web, at, opts)
		require.ErrorIs(t, err, reference.ErrNoHistory)
	})
}

func TestPriceAtProgressive(t *testing.T) {
	loc := brussels(t)
	ctx := context.Background()
	campaign := []step{
		{"2026-04-01 10:00", "100.00"},
		{"2026-06-01 10:00", "80.00"}, // first reduction: the campaign starts
		{"2026-06-15 10:00", "60.00"},
	}
	at := local(t, loc, "2026-06-25 09:00")
	start := local(t, loc, "2026-06-01 10:00")

	t.Run("without the rule the campaign's own prices count", func(t *testing.T) {
		got, err := reference.PriceAt(ctx, historyOf(t, loc, campaign...), sku, web, at, reference.Options{Location: loc})
		require.NoError(t, err)
		assert.Equal(t, eur(t, "60.00"), got.Amount)
	})
	t.Run("uninterrupted campaign keeps the first reference", func(t *testing.T) {
		got, err := reference.PriceAt(ctx, historyOf(t, loc, campaign...), sku, web, at,
			reference.Options{Location: loc, CampaignStart: start})
		require.NoError(t, err)
		assert.Equal(t, eur(t, "100.00"), got.Amount)
		assert.True(t, got.Progressive)
		assert.True(t, got.CampaignStart.Equal(start))
		assert.Equal(t, day(t, "2026-05-02"), got.Window.First)
		assert.Equal(t, day(t, "2026-05-31"), got.Window.Last)
		assert.Contains(t, got.String(), "progressive campaign since 2026-06-01")
	})
	t.Run("a rise that stays below the reference does not interrupt", func(t *testing.T) {
		steps := append(append([]step{}, campaign...), step{"2026-06-20 10:00", "90.00"})
		got, err := reference.PriceAt(ctx, historyOf(t, loc, steps...), sku, web, at,
			reference.Options{Location: loc, CampaignStart: start})
		require.NoError(t, err)
		assert.Equal(t, eur(t, "100.00"), got.Amount)
	})
	t.Run("back to the reference price interrupts", func(t *testing.T) {
		steps := append(append([]step{}, campaign...), step{"2026-06-10 10:00", "100.00"})
		_, err := reference.PriceAt(ctx, historyOf(t, loc, steps...), sku, web, at,
			reference.Options{Location: loc, CampaignStart: start})
		require.ErrorIs(t, err, reference.ErrCampaignInterrupted)
		var ie *reference.InterruptedError
		require.ErrorAs(t, err, &ie)
		assert.True(t, ie.At.Equal(local(t, loc, "2026-06-10 10:00")))
		assert.Equal(t, eur(t, "100.00"), ie.Price)
		assert.Equal(t, eur(t, "100.00"), ie.Reference)
	})
	t.Run("campaign start before the first reduction was recorded", func(t *testing.T) {
		_, err := reference.PriceAt(ctx, historyOf(t, loc, campaign...), sku, web, at,
			reference.Options{Location: loc, CampaignStart: local(t, loc, "2026-06-01 09:00")})
		require.ErrorIs(t, err, reference.ErrCampaignInterrupted, "100.00 was still in force at 09:00")
	})
	t.Run("campaign of a new product keeps its 7-day reference", func(t *testing.T) {
		h := historyOf(t, loc,
			step{"2026-06-20 10:00", "50.00"}, step{"2026-07-01 00:00", "40.00"},
			step{"2026-07-10 00:00", "30.00"})
		got, err := reference.PriceAt(ctx, h, sku, web, local(t, loc, "2026-07-20 00:00"),
			reference.Options{Location: loc, CampaignStart: local(t, loc, "2026-07-01 00:00")})
		require.NoError(t, err)
		assert.Equal(t, eur(t, "50.00"), got.Amount)
		assert.True(t, got.NewProduct)
		assert.Equal(t, day(t, "2026-06-24"), got.Window.First)
	})
	t.Run("campaign start after the reduction", func(t *testing.T) {
		_, err := reference.PriceAt(ctx, historyOf(t, loc, campaign...), sku, web, at,
			reference.Options{Location: loc, CampaignStart: at.Add(time.Second)})
		require.ErrorIs(t, err, reference.ErrInvalidInput)
	})
	t.Run("no history at the campaign start", func(t *testing.T) {
		_, err := reference.PriceAt(ctx, historyOf(t, loc, campaign...), sku, web, at,
			reference.Options{Location: loc, CampaignStart: local(t, loc, "2026-03-01 00:00")})
		require.ErrorIs(t, err, reference.ErrNoHistory)
	})
}

func TestPriceAtInvalidInput(t *testing.T) {
	loc := brussels(t)
	ctx := context.Background()
	h := historyOf(t, loc, step{"2026-05-01 10:00", "30.00"})
	at := local(t, loc, "2026-07-01 09:00")
	ok := reference.Options{Location: loc}
	tests := []struct {
		name    string
		h       reference.History
		sku, ch string
		at      time.Time
		opts    reference.Options
		field   string
	}{
		{"nil history", nil, sku, web, at, ok, "History"},
		{"empty SKU", h, "", web, at, ok, "SKU"},
		{"empty channel", h, sku, "", at, ok, "Channel"},
		{"zero time", h, sku, web, time.Time{}, ok, "at"},
		{"nil location", h, sku, web, at, reference.Options{}, "Options.Location"},
		{"negative window", h, sku, web, at, reference.Options{Location: loc, WindowDays: -1}, "Options.WindowDays"},
		{"window too long", h, sku, web, at, reference.Options{Location: loc, WindowDays: reference.MaxWindowDays + 1}, "Options.WindowDays"},
		{"negative new-product window", h, sku, web, at, reference.Options{Location: loc, NewProductWindowDays: -7}, "Options.NewProductWindowDays"},
		{"new-product window longer than the window", h, sku, web, at, reference.Options{Location: loc, WindowDays: 20, NewProductWindowDays: 21}, "Options.NewProductWindowDays"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := reference.PriceAt(ctx, tc.h, tc.sku, tc.ch, tc.at, tc.opts)
			require.ErrorIs(t, err, reference.ErrInvalidInput)
			var ie *reference.InputError
			require.ErrorAs(t, err, &ie)
			assert.Equal(t, tc.field, ie.Field)
			assert.NotEmpty(t, ie.Error())
		})
	}
}

func TestPriceAtCancelledContext(t *testing.T) {
	loc := brussels(t)
	h := historyOf(t, loc, step{"2026-05-01 10:00", "30.00"})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := reference.PriceAt(ctx, h, sku, web, local(t, loc, "2026-07-01 09:00"), reference.Options{Location: loc})
	require.ErrorIs(t, err, context.Canceled)
}

// mixedStore is a History that breaks the single-currency contract, as a
// faulty database might.
type mixedStore struct{ changes []reference.Change }

func (s mixedStore) Record(context.Context, reference.Change) error { return errors.ErrUnsupported }

func (s mixedStore) First(context.Context, string, string) (reference.Change, error) {
	return s.changes[0], nil
}

func (s mixedStore) InForce(_ context.Context, _, _ string, _, _ time.Time, yield func(reference.Change) bool) error {
	for _, c := range s.changes {
		if !yield(c) {
			break
		}
	}
	return nil
}

func TestPriceAtMixedCurrenciesFromStore(t *testing.T) {
	loc := brussels(t)
	chf, err := money.Parse("10.00", "CHF")
	require.NoError(t, err)
	s := mixedStore{changes: []reference.Change{
		{SKU: sku, Channel: web, At: local(t, loc, "2026-06-10 10:00"), Price: eur(t, "30.00")},
		{SKU: sku, Channel: web, At: local(t, loc, "2026-06-11 10:00"), Price: chf},
	}}
	_, err = reference.PriceAt(context.Background(), s, sku, web, local(t, loc, "2026-07-01 09:00"), reference.Options{Location: loc})
	require.ErrorIs(t, err, money.ErrCurrencyMismatch)
}

func TestPriceString(t *testing.T) {
	loc := brussels(t)
	h := historyOf(t, loc, step{"2026-06-20 10:00", "50.00"}, step{"2026-06-26 09:00", "42.00"})
	got, err := reference.PriceAt(context.Background(), h, sku, web, local(t, loc, "2026-07-01 08:00"), reference.Options{Location: loc})
	require.NoError(t, err)
	assert.Equal(t, "42.00 EUR: lowest price from 2026-06-24 to 2026-06-30 (7-day window, on the market since 2026-06-20)", got.String())
}
