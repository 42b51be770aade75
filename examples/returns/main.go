// Command returns follows a Belgian order of three lines — a personalised
// card, a coat and a sealed perfume — delivered in two parcels: the
// withdrawal right line by line (the perfume was unsealed), the coat
// withdrawn through the online withdrawal function, its return, the
// refund with its deadline, and the filled withdrawal form in French.
//
//	go run ./examples/returns
package main

import (
	"context"
	"fmt"
	"log"
	"time"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/comptoir/comptoir/calendar"
	"github.com/comptoir/comptoir/cart"
	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/order"
	"github.com/comptoir/comptoir/pricing"
	"github.com/comptoir/comptoir/pricing/vat"
	"github.com/comptoir/comptoir/returns"
	"github.com/comptoir/comptoir/returns/form"
	"github.com/comptoir/comptoir/returns/refund"
	"github.com/comptoir/comptoir/shipping"
)

func main() {
	if err := run(); err != nil {
		log.Fatal(err)
	}
}

func run() error {
	loc, err := time.LoadLocation("Europe/Brussels")
	if err != nil {
		return err
	}
	o, err := placeOrder(loc)
	if err != nil {
		return err
	}
	// Two parcels: the card and the coat on Friday 11 December, the
	// perfume on Monday 14 December.
	h := order.NewHistory(o,
		order.Placed(o.PlacedAt),
		order.Paid(o.PlacedAt.Add(time.Minute), o.Totals.Gross, "tr_7Hq2"),
		order.Delivered(time.Date(2026, 12, 11, 10, 20, 0, 0, loc), "P1", "signature:CD", order.Units("L1", 1), order.Units("L2", 1)),
		order.Delivered(time.Date(2026, 12, 14, 16, 5, 0, 0, loc), "P2", "photo:door", order.Units("L3", 1)),
	)
	facts := returns.Facts{Lines: map[string]returns.LineFacts{"L3": {Unsealed: true}}}
	d, err := returns.Decide(h, facts, returns.Policy{TraderCountry: "BE", Location: loc})
	if err != nil {
		return err
	}
	fmt.Println("== Withdrawal right")
	for _, l := range d.Lines {
		if l.Right {
			fmt.Printf("  %s: until %s (%s)\n", l.LineID, l.Ends, l.StartReason.Text)
		} else {
			fmt.Printf("  %s: none, %s (%s)\n", l.LineID, l.Reason.Text, l.Reason.Article)
		}
	}

	// The consumer withdraws from the coat online, on 18 December.
	trader := form.Trader{Name: "Maison Lumière SRL", Email: "retours@maisonlumiere.be",
		Address: order.Address{Lines: []string{"Rue Neuve 21"}, PostalCode: "1000", City: "Bruxelles", Country: "BE"}}
	sent := time.Date(2026, 12, 18, 21, 47, 0, 0, time.UTC)
	req, err := form.NewRequest(o, []form.Withdrawn{order.Units("L2", 1)}, sent, form.ConsumerOf(o, "claire@example.be"))
	if err != nil {
		return err
	}
	ack, err := form.Acknowledgement(trader, req, loc, language.French)
	if err != nil {
		return err
	}
	fmt.Println("\n== Acknowledgement (durable medium):", ack.Subject)

	// The return, if the notice is in time: accepted, sent on the 21st,
	// received on the 23rd.
	coat, _ := d.Line("L2")
	if !coat.Open(calendar.DateOf(sent, loc)) {
		return fmt.Errorf("the notice of %s is late for the coat", sent)
	}
	returned := []returns.Units{{LineID: "L2", Quantity: decimal.NewFromInt(1)}}
	book := returns.Book{Order: o}
	r, err := book.Open("RET-1", returned, sent)
	if err != nil {
		return err
	}
	steps := []error{
		r.Accept(sent.Add(time.Hour)),
		r.Sent("323299887766", time.Date(2026, 12, 21, 9, 0, 0, 0, loc)),
		r.Receive([]returns.Received{{Units: r.Lines[0], Condition: returns.AsNew}}, time.Date(2026, 12, 23, 11, 0, 0, 0, loc)),
	}
	for _, err := range steps {
		if err != nil {
			return err
		}
	}

	// The refund: the coat at the price paid and, the coat being the only
	// line with the right, the delivery up to the cheapest standard one.
	res, err := refund.Calculate(o, nil, refund.Request{Lines: []refund.Unit{{LineID: "L2", Quantity: decimal.NewFromInt(1)}},
		FullWithdrawal: d.FullWithdrawal(o, returned), InformedOfRight: true}, refund.Policy{})
	if err != nil {
		return err
	}
	fmt.Println("\n== Refund")
	for _, l := range res.Lines {
		fmt.Printf("  %s ×%s: %v (VAT %v)\n", l.LineID, l.Units, l.Gross, l.VAT)
	}
	for _, dl := range res.Delivery {
		note := ""
		if dl.Gross != o.Shipping.Gross {
			note = fmt.Sprintf(" (the cheapest standard delivery offered, not the %v paid)", o.Shipping.Gross)
		}
		fmt.Printf("  delivery: %v%s\n", dl.Gross, note)
	}
	for _, v := range res.VAT {
		fmt.Printf("  credit note at %s %%: net %v + VAT %v = %v\n", v.Rate.Shift(2), v.Net, v.VAT, v.Gross)
	}
	fmt.Println("  total:", res.Total)
	informed, proofDay, receivedDay := calendar.DateOf(sent, loc), calendar.Date{Year: 2026, Month: 12, Day: 21}, calendar.Date{Year: 2026, Month: 12, Day: 23}
	due, _, err := refund.Deadline(informed, &receivedDay, &proofDay, false)
	if err != nil {
		return err
	}
	fmt.Printf("  due by %s (informed %s + 14 days; goods back or proof of sending earlier)\n", due, informed)
	pay, err := refund.Allocate(res.Total, []refund.Payment{{Ref: "tr_7Hq2", Means: refund.MeansCard, Amount: o.Totals.Gross, At: o.PlacedAt}}, refund.AllocPolicy{})
	if err != nil {
		return err
	}
	for _, p := range pay {
		fmt.Printf("  refund %v to %s %s\n", p.Amount, p.Means, p.PaymentRef)
	}
	if err := r.Refund(res.Total, time.Date(2026, 12, 28, 10, 0, 0, 0, loc)); err != nil {
		return err
	}

	received, _ := h.DeliveredAt("L2")
	f, err := form.FormFor(trader, req, received, loc)
	if err != nil {
		return err
	}
	text, err := form.Render(f, language.French)
	if err != nil {
		return err
	}
	fmt.Println("\n== Withdrawal form (fr)")
	fmt.Println(text)
	return nil
}

// placeOrder checks a cart out: a personalised card, a coat and a sealed
// perfume, delivered at home though a pickup point was cheaper.
func placeOrder(loc *time.Location) (order.Order, error) {
	eur, err := money.ParseCurrency("EUR")
	if err != nil {
		return order.Order{}, err
	}
	fee := func(s string) shipping.Flat { m, _ := money.Parse(s, "EUR"); return shipping.Flat{Amount: m} }
	schedule, err := shipping.NewSchedule(shipping.Config{Currency: eur, ShipFrom: "BE", Location: loc,
		Zones: []shipping.Zone{{Name: "BE", Regions: []shipping.Region{{Country: "BE"}}}},
		Offers: []shipping.Offer{
			{ID: "home", Mode: shipping.ModeHome, Carrier: "bpost", Zones: []string{"BE"}, Fee: fee("6.95"),
				Transit: shipping.Transit{MinDays: 1, MaxDays: 2, CutOff: shipping.Clock{Hour: 16}}},
			{ID: "pickup", Mode: shipping.ModePickupPoint, Carrier: "bpost", Zones: []string{"BE"}, Fee: fee("3.95"),
				Transit: shipping.Transit{MinDays: 1, MaxDays: 3, CutOff: shipping.Clock{Hour: 16}}},
		}})
	if err != nil {
		return order.Order{}, err
	}
	c, err := cart.New(cart.Config{ID: "cart-claire", Currency: eur, Entry: pricing.PricesIncludeVAT, Channel: order.ChannelWebshop})
	if err != nil {
		return order.Order{}, err
	}
	for _, it := range []cart.Item{
		{SKU: "CARD-BIRTH", Name: "Faire-part personnalisé", UnitPrice: decimal.RequireFromString("12.50"), TaxCategory: vat.Standard,
			WeightGrams: 40, Flags: order.Flags{Personalised: true}},
		{SKU: "COAT-WOOL-M", Name: "Manteau en laine, taille M", UnitPrice: decimal.RequireFromString("149.00"), TaxCategory: vat.Standard,
			WeightGrams: 1200},
		{SKU: "PERFUME-50", Name: "Eau de parfum 50 ml", UnitPrice: decimal.RequireFromString("68.00"), TaxCategory: vat.Standard,
			WeightGrams: 300, Flags: order.Flags{SealedHygiene: true}},
	} {
		if _, err := c.Add(it, decimal.NewFromInt(1)); err != nil {
			return order.Order{}, err
		}
	}
	home := order.Address{Name: "Claire Dubois", Lines: []string{"Rue Saint-Gilles 12"}, PostalCode: "4000", City: "Liège", Country: "BE"}
	co := &cart.Checkout{Shipping: schedule, Policy: pricing.DefaultPolicy(), Seller: vat.Seller{Country: "BE"},
		ShipFrom: vat.Place{Country: "BE", PostalCode: "1000"}, Location: loc}
	o, _, err := co.Place(context.Background(), c, cart.Request{OrderID: uuid.MustParse("9b2f6c1e-4d3a-4e8b-a1c7-5f0d2e3b4a69"),
		At: time.Date(2026, 12, 9, 20, 15, 0, 0, loc), Offer: "home", Billing: home, Shipping: home,
		Customer: order.Customer{ID: "claire", Kind: order.Consumer, Country: "BE"}})
	return o, err
}
