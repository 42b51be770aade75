package reference_test

import (
	"context"
	"testing"
	"time"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/pricing/reference"
)

// yearOfDailyChanges records a price change every day of 2026 at 06:00.
func yearOfDailyChanges(b *testing.B, loc *time.Location) *reference.MemoryHistory {
	b.Helper()
	h := reference.NewMemoryHistory()
	for d := range 365 {
		price, err := money.New(int64(5000+(d*37)%1000), "EUR")
		if err != nil {
			b.Fatal(err)
		}
		at := time.Date(2026, time.January, 1+d, 6, 0, 0, 0, loc)
		if err := h.Record(context.Background(), reference.Change{SKU: sku, Channel: web, At: at, Price: price}); err != nil {
			b.Fatal(err)
		}
	}
	return h
}

// BenchmarkPriceAt is the reference price over a year of daily price
// changes: two binary searches and a scan of the 31 changes in the window,
// read in place from a MemoryHistory ("memory") or through History.InForce
// as from any other store ("generic").
func BenchmarkPriceAt(b *testing.B) {
	loc := brussels(b)
	ctx := context.Background()
	at := time.Date(2026, time.September, 15, 10, 0, 0, 0, loc)
	opts := reference.Options{Location: loc}
	for _, path := range []string{"memory", "generic"} {
		h := bothPaths(yearOfDailyChanges(b, loc))[path]
		b.Run(path, func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				if _, err := reference.PriceAt(ctx, h, sku, web, at, opts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkPriceAtProgressive(b *testing.B) {
	loc := brussels(b)
	h := yearOfDailyChanges(b, loc)
	ctx := context.Background()
	at := time.Date(2026, time.September, 15, 10, 0, 0, 0, loc)
	opts := reference.Options{Location: loc, CampaignStart: time.Date(2026, time.September, 10, 6, 0, 0, 0, loc)}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		// The history's prices go up and down, so the campaign is
		// interrupted: the benchmark measures the whole check.
		if _, err := reference.PriceAt(ctx, h, sku, web, at, opts); err == nil {
			b.Fatal("want an interrupted campaign")
		}
	}
}

func BenchmarkAnnounce(b *testing.B) {
	was, err := money.New(3999, "EUR")
	if err != nil {
		b.Fatal(err)
	}
	now, err := money.New(2699, "EUR")
	if err != nil {
		b.Fatal(err)
	}
	ref := reference.Price{SKU: sku, Channel: web, Amount: was}
	b.ReportAllocs()
	for range b.N {
		if _, err := reference.Announce(ref, was, now); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPeriodOn(b *testing.B) {
	d := calendar.Date{Year: 2026, Month: time.December, Day: 24}
	b.ReportAllocs()
	for range b.N {
		if _, ok, err := reference.PeriodOn(d); err != nil || !ok {
			b.Fatal(ok, err)
		}
	}
}
