package refund_test

import (
	"fmt"
	"time"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/internal/fixture"
	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/returns/refund"
	"github.com/shopspring/decimal"
)

// The consumer withdraws from everything but the personalised apron: a full
// withdrawal. The knife and the oil come back at the price paid, discount
// included, and the delivery up to the cheapest standard one, split over
// the rates as the fee was. The consumer was told they pay the return
// label, 5.95, which is withheld.
func ExampleCalculate() {
	o, err := fixture.Build(fixture.BelgianConsumerSpec())
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := refund.Calculate(o, nil, refund.Request{
		Lines: []refund.Unit{
			{LineID: "L1", Quantity: decimal.NewFromInt(1)},
			{LineID: "L2", Quantity: decimal.NewFromInt(2)},
		},
		FullWithdrawal:       true,
		ReturnCost:           mustEUR("5.95"),
		ConsumerPaysReturn:   true,
		InformedOfReturnCost: true,
		InformedOfRight:      true,
	}, refund.Policy{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, l := range r.Lines {
		fmt.Printf("%s ×%s  %v (VAT %v)\n", l.LineID, l.Units, l.Gross, l.VAT)
	}
	for _, d := range r.Delivery {
		fmt.Printf("delivery at %s  %v (VAT %v)\n", d.Rate, d.Gross, d.VAT)
	}
	for _, e := range r.VAT {
		fmt.Printf("credit note at %s: net %v + VAT %v = %v\n", e.Rate, e.Net, e.VAT, e.Gross)
	}
	fmt.Println("return cost withheld:", r.ReturnCost)
	fmt.Println("to pay back:", r.Total)
	// Output:
	// L1 ×1  37.33 EUR (VAT 6.48 EUR)
	// L2 ×2  16.75 EUR (VAT 0.95 EUR)
	// delivery at 0.21  2.69 EUR (VAT 0.47 EUR)
	// delivery at 0.06  0.81 EUR (VAT 0.05 EUR)
	// credit note at 0.21: net 33.07 EUR + VAT 6.95 EUR = 40.02 EUR
	// credit note at 0.06: net 16.56 EUR + VAT 1.00 EUR = 17.56 EUR
	// return cost withheld: 5.95 EUR
	// to pay back: 51.63 EUR
}

// One bottle comes back, then the other: each request refunds the next
// bottle's share of the line, recorded with Result.Refunded, so the two
// refunds sum exactly to the line and a third is refused.
func ExampleCalculate_severalRequests() {
	o, err := fixture.Build(fixture.BelgianConsumerSpec())
	if err != nil {
		fmt.Println(err)
		return
	}
	oneBottle := refund.Request{Lines: []refund.Unit{{LineID: "L2", Quantity: decimal.NewFromInt(1)}}}
	var prior []refund.Refunded
	for range 3 {
		r, err := refund.Calculate(o, prior, oneBottle, refund.Policy{})
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println("bottle:", r.Lines[0].Gross, "VAT", r.Lines[0].VAT)
		prior = append(prior, r.Refunded())
	}
	line, _ := o.Line("L2")
	fmt.Println("line:", line.Gross, "VAT", line.VAT)
	// Output:
	// bottle: 8.38 EUR VAT 0.48 EUR
	// bottle: 8.37 EUR VAT 0.47 EUR
	// refund: more than was paid: line "L2": 1 units asked, 0 left to refund
	// line: 16.75 EUR VAT 0.95 EUR
}

// Keep it at half price: the knife stays with the consumer, who is
// refunded half of what it cost; the credit note shows it as a price
// reduction at 21 %.
func ExampleCalculate_keepIt() {
	o, err := fixture.Build(fixture.BelgianConsumerSpec())
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := refund.Calculate(o, nil, refund.Request{
		KeepIt: &refund.Offer{LineID: "L1", Quantity: decimal.NewFromInt(1), Percent: decimal.NewFromInt(50)},
	}, refund.Policy{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Lines[0].Kept, r.Lines[0].Gross, "VAT", r.Lines[0].VAT)
	// Output: true 18.67 EUR VAT 3.24 EUR
}

// The trader is informed of the withdrawal on Friday 2026-12-18. Having
// offered to collect the goods, it owes the refund by Friday 2027-01-01,
// New Year's Day: pay before, the roll-forward of legal periods does not
// apply to a payment. Without the collection offer it may wait for the
// goods or a proof of sending.
func ExampleDeadline() {
	informed := calendar.Date{Year: 2026, Month: time.December, Day: 18}
	due, _, err := refund.Deadline(informed, nil, nil, true)
	if err != nil {
		fmt.Println(err)
		return
	}
	be, err := calendar.For("BE")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("due:", due, "pay by:", be.BusinessDayOnOrBefore(due))

	_, withheld, _ := refund.Deadline(informed, nil, nil, false)
	fmt.Println("withheld until the goods or a proof come:", withheld)

	received := calendar.Date{Year: 2027, Month: time.January, Day: 8}
	due, _, _ = refund.Deadline(informed, &received, nil, false)
	fmt.Println("goods back on 2027-01-08, due:", due)
	// Output:
	// due: 2027-01-01 pay by: 2026-12-31
	// withheld until the goods or a proof come: true
	// goods back on 2027-01-08, due: 2027-01-08
}

// A refund due on 2027-01-01 and paid on the 4th is three days late.
func ExampleLate() {
	due := calendar.Date{Year: 2027, Month: time.January, Day: 1}
	paid := calendar.Date{Year: 2027, Month: time.January, Day: 4}
	days, late, err := refund.Late(due, paid)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(late, days)
	// Output: true 3
}

// 30.00 to refund on an order paid 57.25 by card and 20.00 by gift voucher:
// by the same means, newest payment first.
func ExampleAllocate() {
	at := time.Date(2026, 5, 29, 12, 30, 0, 0, time.UTC)
	paid := []refund.Payment{
		{Ref: "tr_WDqYK6vllg", Means: refund.MeansCard, Amount: mustEUR("57.25"), At: at},
		{Ref: "gv_2040", Means: refund.MeansVoucher, Amount: mustEUR("20.00"), At: at.Add(time.Minute)},
	}
	instructions, err := refund.Allocate(mustEUR("30.00"), paid, refund.AllocPolicy{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, in := range instructions {
		fmt.Println(in.Means, in.PaymentRef, in.Amount)
	}
	// Output:
	// voucher gv_2040 20.00 EUR
	// card tr_WDqYK6vllg 10.00 EUR
}

// mustEUR parses a euro amount of the examples.
func mustEUR(s string) money.Money {
	m, err := money.Parse(s, "EUR")
	if err != nil {
		panic(err)
	}
	return m
}
