package reference_test

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/pricing/reference"
)

// The law's example: a product launched on 20 June 2026 and reduced from
// 1 July has as prior price the lowest price of 24 to 30 June.
func ExamplePriceAt() {
	brussels, err := time.LoadLocation("Europe/Brussels")
	if err != nil {
		fmt.Println(err)
		return
	}
	ctx := context.Background()
	h := reference.NewMemoryHistory()
	for _, c := range []struct {
		day    int
		amount string
	}{{20, "49.99"}, {22, "29.99"}, {23, "44.99"}, {27, "39.99"}} {
		price, _ := money.Parse(c.amount, "EUR") // constants: cannot fail
		at := time.Date(2026, time.June, c.day, 9, 0, 0, 0, brussels)
		if err := h.Record(ctx, reference.Change{SKU: "DRESS-38", Channel: "web", At: at, Price: price}); err != nil {
			fmt.Println(err)
			return
		}
	}

	reduction := time.Date(2026, time.July, 1, 0, 0, 0, 0, brussels)
	ref, err := reference.PriceAt(ctx, h, "DRESS-38", "web", reduction, reference.Options{Location: brussels})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(ref)
	fmt.Println("window:", ref.Window.From, "to", ref.Window.To)

	_, err = reference.PriceAt(ctx, h, "DRESS-38", "shop-gent", reduction, reference.Options{Location: brussels})
	fmt.Println(errors.Is(err, reference.ErrNoHistory), err)
	// Output:
	// 39.99 EUR: lowest price from 2026-06-24 to 2026-06-30 (7-day window, on the market since 2026-06-20)
	// window: 2026-06-24 00:00:00 +0200 CEST to 2026-07-01 00:00:00 +0200 CEST
	// true reference: no price recorded for "DRESS-38" on "shop-gent"
}

// In one uninterrupted campaign of successive reductions the prior price
// may stay the one of the first reduction.
func ExamplePriceAt_progressive() {
	brussels, err := time.LoadLocation("Europe/Brussels")
	if err != nil {
		fmt.Println(err)
		return
	}
	ctx := context.Background()
	h := reference.NewMemoryHistory()
	record := func(month time.Month, day int, amount string) {
		price, _ := money.Parse(amount, "EUR") // constants: cannot fail
		at := time.Date(2026, month, day, 0, 0, 0, 0, brussels)
		if err := h.Record(ctx, reference.Change{SKU: "COAT-M", Channel: "web", At: at, Price: price}); err != nil {
			fmt.Println(err)
		}
	}
	record(time.March, 1, "200.00")
	record(time.May, 1, "160.00")  // -20 %, the campaign starts
	record(time.May, 15, "140.00") // -30 %

	third := time.Date(2026, time.June, 1, 0, 0, 0, 0, brussels) // -40 %
	plain, _ := reference.PriceAt(ctx, h, "COAT-M", "web", third, reference.Options{Location: brussels})
	fmt.Println("30 days:", plain.Amount)

	opts := reference.Options{Location: brussels, CampaignStart: time.Date(2026, time.May, 1, 0, 0, 0, 0, brussels)}
	ref, err := reference.PriceAt(ctx, h, "COAT-M", "web", third, opts)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(ref)
	// Output:
	// 30 days: 140.00 EUR
	// 200.00 EUR: lowest price from 2026-04-01 to 2026-04-30 (30-day window, progressive campaign since 2026-05-01)
}

func ExampleAnnounce() {
	was, _ := money.Parse("39.99", "EUR") // constants: cannot fail
	now, _ := money.Parse("26.99", "EUR")
	ref := reference.Price{SKU: "DRESS-38", Channel: "web", Amount: was} // from PriceAt

	a, err := reference.Announce(ref, was, now)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("was %s, now %s: -%s (-%s %%)\n", a.Was(), a.Now, a.Amount, a.Percent)
	fmt.Println("exact:", a.ExactPercent, "one place:", a.PercentPlaces(1))

	listPrice, _ := money.Parse("49.99", "EUR")
	_, err = reference.Announce(ref, listPrice, now)
	var wpe *reference.WasPriceError
	if errors.As(err, &wpe) {
		fmt.Println("refused: the was price must be", wpe.Reference)
	}
	// Output:
	// was 39.99 EUR, now 26.99 EUR: -13.00 EUR (-32 %)
	// exact: 32.508127 one place: 32.5
	// refused: the was price must be 39.99 EUR
}

func ExampleSales() {
	for _, year := range []int{2026, 2027, 2029} {
		winter, summer, err := reference.Sales(year)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(winter)
		fmt.Println(summer)
	}
	// Output:
	// winter sales 2026-01-03 to 2026-01-31
	// summer sales 2026-07-01 to 2026-07-31
	// winter sales 2027-01-02 to 2027-01-31
	// summer sales 2027-07-01 to 2027-07-31
	// winter sales 2029-01-03 to 2029-01-31
	// summer sales 2029-06-30 to 2029-07-31
}

// The winter waiting period of a year is the one before its January sales,
// so it starts in December of the year before.
func ExampleWaitingPeriods() {
	winter, summer, err := reference.WaitingPeriods(2027)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(winter)
	fmt.Println(summer)
	// Output:
	// winter waiting period 2026-12-02 to 2027-01-01
	// summer waiting period 2027-06-01 to 2027-06-30
}

func ExamplePeriodOn() {
	for _, s := range []string{"2026-12-24", "2027-01-02", "2027-03-01"} {
		d, err := calendar.ParseDate(s)
		if err != nil {
			fmt.Println(err)
			return
		}
		p, ok, err := reference.PeriodOn(d)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(s, ok, p)
	}
	// Output:
	// 2026-12-24 true winter waiting period 2026-12-02 to 2027-01-01
	// 2027-01-02 true winter sales 2027-01-02 to 2027-01-31
	// 2027-03-01 false no period
}

func ExampleCheckOffer() {
	d, err := calendar.ParseDate("2026-06-12")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, o := range []reference.Offer{
		{Kind: reference.OfferReduction, Sector: reference.SectorShoes, First: d, Last: d},
		{Kind: reference.OfferJoint, Sector: reference.SectorShoes, First: d, Last: d},
		{Kind: reference.OfferReduction, Sector: reference.SectorOther, First: d, Last: d},
	} {
		v, err := reference.CheckOffer(o)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%s on %s: flagged=%t (%s)\n", o.Kind, o.Sector, v.Flagged, v.Reason)
		if v.Flagged {
			fmt.Println("  in the", v.Period)
		}
	}
	_, err = reference.CheckOffer(reference.Offer{Kind: reference.OfferReduction, First: d, Last: d})
	fmt.Println(errors.Is(err, reference.ErrInvalidInput), err)
	// Output:
	// price reduction on shoes: flagged=true (reduction announced or voucher handed out on clothing, leather goods or shoes during the waiting period: banned (CDE art. VI.25 ff.))
	//   in the summer waiting period 2026-06-01 to 2026-06-30
	// joint offer on shoes: flagged=false (joint offer: allowed during the waiting period (CDE art. VI.25 ff.))
	// price reduction on other goods: flagged=false (not clothing, leather goods or shoes: no waiting period applies (CDE art. VI.25 ff.))
	// true reference: invalid Offer.Sector: unknown sector
}
