package fee_test

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/payment/fee"
)

// must stops an example on an error it does not expect.
func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// exampleOffer is an ILLUSTRATIVE offer built from the spec's typical EU
// figures, not a real PSP's price list.
func exampleOffer(name string, monthly string) fee.Config {
	eur := func(s string) money.Money { return must(money.Parse(s, "EUR")) }
	return fee.Config{
		Name:       name,
		Currency:   must(money.ParseCurrency("EUR")),
		Rounding:   money.HalfUp,
		MonthlyFee: eur(monthly),
		Rules: []fee.Rule{
			{Name: "cards, international", Method: "card", Region: fee.RegionInternational, Event: fee.Success,
				Fixed: eur("0.25"), Percent: decimal.RequireFromString("3.25")},
			{Name: "cards, consumer, EEA", Method: "card", Region: fee.RegionEEA, Segment: fee.SegmentConsumer, Event: fee.Success,
				Fixed: eur("0.25"), Percent: decimal.RequireFromString("1.5")},
			{Name: "iDEAL", Method: "ideal", Event: fee.Success, Fixed: eur("0.29")},
			{Name: "failed SEPA debit", Method: "sepa_direct_debit", Event: fee.Failure, Fixed: eur("0.95")},
			{Name: "other failures", Event: fee.Failure},
			{Name: "chargeback", Event: fee.Chargeback, Fixed: eur("15.00")},
		},
	}
}

func ExampleSchedule_Fee() {
	s := must(fee.NewSchedule(exampleOffer("Illustrative offer", "0.00")))
	hundred := must(money.Parse("100.00", "EUR"))
	for _, t := range []fee.Transaction{
		{Method: "card", Region: fee.RegionEEA, Segment: fee.SegmentConsumer, Event: fee.Success, Amount: hundred},
		{Method: "card", Region: fee.RegionInternational, Segment: fee.SegmentConsumer, Event: fee.Success, Amount: hundred},
		{Method: "ideal", Event: fee.Success, Amount: hundred},
		{Method: "sepa_direct_debit", Event: fee.Failure, Amount: hundred},
		{Method: "card", Region: fee.RegionEEA, Segment: fee.SegmentConsumer, Event: fee.Chargeback, Amount: hundred},
	} {
		c := must(s.Fee(t))
		r, _ := s.Rule(c.Rule)
		fmt.Printf("%-10s %-17s %9s  (%s)\n", t.Event, t.Method, c.Fee, r.Name)
	}

	// A method the offer does not price is an error, not a free payment.
	_, err := s.Fee(fee.Transaction{Method: "paypal", Event: fee.Success, Amount: hundred})
	fmt.Println(errors.Is(err, fee.ErrNoRule))
	// Output:
	// success    card               1.75 EUR  (cards, consumer, EEA)
	// success    card               3.50 EUR  (cards, international)
	// success    ideal              0.29 EUR  (iDEAL)
	// failure    sepa_direct_debit  0.95 EUR  (failed SEPA debit)
	// chargeback card              15.00 EUR  (chargeback)
	// true
}

func ExampleNewSchedule() {
	c := exampleOffer("Illustrative offer", "0.00")
	// The catch-all failure rule moved before the SEPA one would hide it.
	c.Rules[3], c.Rules[4] = c.Rules[4], c.Rules[3]
	_, err := fee.NewSchedule(c)
	fmt.Println(err)
	// Output:
	// fee: invalid schedule: rules[4]: never applies: rules[3] comes first and matches every failure it matches (list specific rules first)
}

func ExampleStatement() {
	s := must(fee.NewSchedule(exampleOffer("Illustrative offer", "20.00")))
	var month []fee.Transaction
	for range 80 { // 80 card payments of 100.00 EUR
		month = append(month, fee.Transaction{Method: "card", Region: fee.RegionEEA, Segment: fee.SegmentConsumer,
			Event: fee.Success, Amount: must(money.Parse("100.00", "EUR"))})
	}
	for range 40 { // 40 iDEAL payments of 50.00 EUR
		month = append(month, fee.Transaction{Method: "ideal", Event: fee.Success, Amount: must(money.Parse("50.00", "EUR"))})
	}
	month = append(month, fee.Transaction{Method: "card", Region: fee.RegionEEA, Segment: fee.SegmentConsumer,
		Event: fee.Chargeback, Amount: must(money.Parse("100.00", "EUR"))})

	m := must(fee.Statement(s, month))
	fmt.Println("volume (VAT incl.):", m.Volume)
	fmt.Println("payments:         ", m.Success.Count, m.Success.Fees)
	fmt.Println("chargebacks:      ", m.Chargeback.Count, m.Chargeback.Fees)
	fmt.Println("subscription:     ", m.Subscription)
	fmt.Println("total:            ", m.Total)
	fmt.Println("effective rate:   ", m.EffectiveRate.StringFixed(2), "%")
	// Output:
	// volume (VAT incl.): 10000.00 EUR
	// payments:          120 151.60 EUR
	// chargebacks:       1 15.00 EUR
	// subscription:      20.00 EUR
	// total:             186.60 EUR
	// effective rate:    1.87 %
}

func ExampleCompare() {
	eur := func(s string) money.Money { return must(money.Parse(s, "EUR")) }
	withSubscription := exampleOffer("Illustrative offer with subscription", "25.00")
	withSubscription.Rules[1].Fixed, withSubscription.Rules[1].Percent = eur("0.19"), decimal.RequireFromString("1.2")
	flat := fee.Config{
		Name: "Illustrative flat offer", Currency: must(money.ParseCurrency("EUR")), Rounding: money.HalfUp,
		MonthlyMinimum: eur("30.00"),
		Rules: []fee.Rule{
			{Event: fee.Success, Fixed: eur("0.25"), Percent: decimal.RequireFromString("1.8")},
			{Event: fee.Chargeback, Fixed: eur("20.00")},
			{Event: fee.Failure},
		},
	}
	offers := []*fee.Schedule{
		must(fee.NewSchedule(flat)),
		must(fee.NewSchedule(withSubscription)),
		must(fee.NewSchedule(exampleOffer("Illustrative offer", "0.00"))),
	}

	for _, payments := range []int{100, 1000} {
		var month []fee.Transaction
		for range payments {
			month = append(month, fee.Transaction{Method: "card", Region: fee.RegionEEA, Segment: fee.SegmentConsumer,
				Event: fee.Success, Amount: eur("60.00")})
		}
		fmt.Println(payments, "card payments of 60.00 EUR:")
		for _, o := range must(fee.Compare(offers, month)) {
			fmt.Printf("  %-37s %11s  %s %%\n", o.Schedule.Name(), o.Monthly.Total, o.Monthly.EffectiveRate.StringFixed(2))
		}
	}
	// Output:
	// 100 card payments of 60.00 EUR:
	//   Illustrative offer                     115.00 EUR  1.92 %
	//   Illustrative offer with subscription   116.00 EUR  1.93 %
	//   Illustrative flat offer                133.00 EUR  2.22 %
	// 1000 card payments of 60.00 EUR:
	//   Illustrative offer with subscription   935.00 EUR  1.56 %
	//   Illustrative offer                    1150.00 EUR  1.92 %
	//   Illustrative flat offer               1330.00 EUR  2.22 %
}

func ExampleReconcile() {
	s := must(fee.NewSchedule(exampleOffer("Illustrative offer", "0.00")))
	card := fee.Transaction{Method: "card", Region: fee.RegionEEA, Segment: fee.SegmentConsumer,
		Event: fee.Success, Amount: must(money.Parse("100.00", "EUR"))}
	// The fees as the PSP's settlement report gives them.
	a, b := card, card
	a.Charged = must(money.Parse("1.75", "EUR"))
	b.Charged = must(money.Parse("2.05", "EUR"))

	r := must(fee.Reconcile(s, []fee.Transaction{a, b}))
	fmt.Println("checked:", r.Checked, "difference:", r.Difference)
	for _, d := range r.Discrepancies {
		fmt.Printf("transaction %d: expected %v, charged %v\n", d.Index, d.Expected.Fee, d.Charged)
	}
	// Output:
	// checked: 2 difference: 0.30 EUR
	// transaction 1: expected 1.75 EUR, charged 2.05 EUR
}
