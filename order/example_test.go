package order_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/order"
	"github.com/google/uuid"
	"github.com/shopspring/decimal"
)

// A one-line order collected in store: 12.10 EUR at 21 % is 10.00 net and
// 2.10 VAT. A typo in the line's gross breaks four sums, and Validate
// reports every one with its path.
func ExampleOrder_Validate() {
	eur := func(minor int64) money.Money {
		m, _ := money.New(minor, "EUR")
		return m
	}
	rate := decimal.New(21, -2) // 0.21
	o := order.Order{
		ID:             uuid.MustParse("7d7e4a35-31c4-4f0e-9b0a-3c2f4f0a9e11"),
		PlacedAt:       time.Date(2026, 3, 20, 10, 0, 0, 0, time.UTC),
		Channel:        order.ChannelClickAndCollect,
		Currency:       eur(0).Currency(),
		Customer:       order.Customer{Kind: order.Consumer, Country: "BE"},
		BillingAddress: order.Address{Country: "BE"},
		Lines: []order.Line{{
			ID: "L1", SKU: "MUG-01", Quantity: decimal.NewFromInt(1),
			UnitPrice: decimal.New(1210, -2), UnitPriceIncludesVAT: true,
			TaxCategory: "standard", VATRate: rate,
			Net: eur(1000), VAT: eur(210), Gross: eur(1210),
		}},
		Shipping:     order.Shipping{Mode: "click_and_collect", Net: eur(0), VAT: eur(0), Gross: eur(0), CheapestStandardFee: eur(0)},
		VATBreakdown: []order.RateAmounts{{Rate: rate, Net: eur(1000), VAT: eur(210), Gross: eur(1210)}},
		Totals:       order.Totals{Net: eur(1000), VAT: eur(210), Gross: eur(1210), Discount: eur(0)},
	}
	fmt.Println("valid:", o.Validate() == nil)

	broken := o.Clone()
	broken.Lines[0].Gross = eur(1201)
	err := broken.Validate()
	var ve *order.ValidationError
	if errors.As(err, &ve) {
		fmt.Println("invalid order:", errors.Is(err, order.ErrInvalidOrder))
		for _, p := range ve.Problems {
			fmt.Println(p)
		}
	}
	// Output:
	// valid: true
	// invalid order: true
	// lines[0].gross: net 10.00 EUR + VAT 2.10 EUR = 12.10 EUR, not gross 12.01 EUR
	// lines[0].gross: quantity 1 × unit price 12.1 (including VAT) − discounts 0.00 EUR = 12.1, not gross 12.01 EUR
	// vat_breakdown[0].gross: 12.10 EUR, but the sum of lines and shipping at rate 0.21 is 12.01 EUR
	// totals.gross: 12.10 EUR, but the sum of the lines' and the shipping's gross is 12.01 EUR
}

// Two lines of one order delivered in two parcels, on Monday 2026-06-01 and
// Monday 2026-06-08: the withdrawal period starts from the last parcel.
func ExampleHistory_DeliveredAt() {
	o := order.Order{Lines: []order.Line{
		{ID: "knife", Quantity: decimal.NewFromInt(1)},
		{ID: "apron", Quantity: decimal.NewFromInt(2)},
	}}
	day := func(d int) time.Time { return time.Date(2026, 6, d, 10, 0, 0, 0, time.UTC) }

	h := order.NewHistory(o,
		order.Delivered(day(8), "P2", "signature", order.Units("apron", 1)),
		order.Delivered(day(1), "P1", "signature", order.Units("knife", 1), order.Units("apron", 1)),
	)
	show := func(label string, at time.Time, ok bool) {
		if !ok {
			fmt.Printf("%s: not delivered yet\n", label)
			return
		}
		fmt.Printf("%s: %s\n", label, at.Format("Mon 2006-01-02"))
	}
	at, ok := h.DeliveredAt("knife")
	show("knife", at, ok)
	at, ok = h.DeliveredAt()
	show("whole order", at, ok)

	// Before the second parcel, one apron was still on its way.
	early := order.NewHistory(o, h.Events()[0])
	at, ok = early.DeliveredAt()
	show("whole order on 2026-06-02", at, ok)
	// Output:
	// knife: Mon 2026-06-01
	// whole order: Mon 2026-06-08
	// whole order on 2026-06-02: not delivered yet
}
