// Command payments runs Grande Nouvelle's payments (personalised birth
// and wedding cards, sold from Belgium to BE, FR, NL and DE): the methods
// shown to a Belgian, a Dutch, a French and a German buyer; a card
// payment with 3-D Secure; a review decision for a German card; a
// blocked payment from outside Europe; a partial capture and a refund;
// the month's fee statement. The payment provider is paymenttest's
// in-memory fake.
//
//	go run ./examples/payments
package main

import (
	"context"
	"fmt"
	"log"
	"time"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/payment"
	"github.com/comptoir/comptoir/payment/fee"
	"github.com/comptoir/comptoir/payment/fraud"
	"github.com/comptoir/comptoir/payment/method"
	"github.com/comptoir/comptoir/payment/paymenttest"
	"github.com/comptoir/comptoir/payment/sca"
	"github.com/comptoir/comptoir/payment/webhook"
)

func main() {
	if err := run(); err != nil {
		log.Fatal(err)
	}
}

// The shop's constants; the literals below are valid.
func eur(s string) money.Money {
	m, err := money.Parse(s, "EUR")
	if err != nil {
		log.Fatal(err)
	}
	return m
}

func run() error {
	ctx := context.Background()
	now := time.Date(2026, 12, 7, 14, 0, 0, 0, time.UTC)
	if err := methods(now); err != nil {
		return err
	}
	if err := screening(ctx); err != nil {
		return err
	}
	psp, err := paymenttest.New("mollie", payment.Capabilities{Methods: []string{"card", "bancontact_card"},
		ManualCapture: true, PartialCapture: true, PartialRefund: true},
		paymenttest.Config{Start: now, Scheme: paymenttest.Stripe})
	if err != nil {
		return err
	}
	store, err := payment.NewMemoryIdempotency(24 * time.Hour)
	if err != nil {
		return err
	}
	proc := &payment.Processor{Routes: map[string][]payment.Provider{"card": {psp}}, Idempotency: store}
	if err := threeDS(ctx, proc, psp, now); err != nil {
		return err
	}
	if err := captureAndRefund(ctx, proc, psp, now); err != nil {
		return err
	}
	return statement()
}

// methods shows what each buyer is offered for a 38.50 EUR order.
func methods(now time.Time) error {
	catalog, err := method.DefaultCatalog()
	if err != nil {
		return err
	}
	fmt.Println("== Methods shown for 38.50 EUR")
	offered := []string{"bancontact_card", "payconiq", "ideal", "carte_bleue", "sepa_direct_debit", "card", "paypal"}
	for _, buyer := range []struct {
		country string
		lang    language.Tag
	}{{"BE", language.French}, {"NL", language.Dutch}, {"FR", language.French}, {"DE", language.German}} {
		shown, err := catalog.Available(method.Query{Country: buyer.country, Amount: eur("38.50"), Channel: method.Web, At: now, Preferred: offered})
		if err != nil {
			return err
		}
		fmt.Printf("  %s:", buyer.country)
		for _, m := range shown {
			fmt.Printf(" %s;", m.Name(buyer.lang))
		}
		fmt.Println()
	}
	return nil
}

// screening applies Grande Nouvelle's rule (domain.md): review payments
// from other European countries, block those from outside Europe.
func screening(ctx context.Context) error {
	belgium, err := fraud.NewCountries("BE")
	if err != nil {
		return err
	}
	europe := fraud.Europe()
	abroad := europe.Minus(belgium)
	rules, err := fraud.NewRuleSet(
		fraud.Rule{Name: "review other European countries", Action: fraud.Review, Condition: fraud.Any{
			fraud.CountryIn{Attr: fraud.CardCountry, Countries: abroad},
			fraud.CountryIn{Attr: fraud.ShippingCountry, Countries: abroad}}},
		fraud.Rule{Name: "block outside Europe", Action: fraud.Block, Condition: fraud.Any{
			fraud.CountryNotIn{Attr: fraud.CardCountry, Countries: europe},
			fraud.CountryNotIn{Attr: fraud.IPCountry, Countries: europe}}},
	)
	if err != nil {
		return err
	}
	fmt.Println("== Fraud screening")
	for _, p := range []fraud.Payment{
		{CardCountry: "BE", IPCountry: "BE", ShippingCountry: "BE", AmountEUR: eur("38.50")},
		{CardCountry: "DE", IPCountry: "DE", ShippingCountry: "DE", AmountEUR: eur("64.00")},
		{CardCountry: "BR", IPCountry: "BR", ShippingCountry: "BE", AmountEUR: eur("210.00")},
	} {
		d, err := rules.Evaluate(ctx, &p, fraud.Env{})
		if err != nil {
			return err
		}
		fmt.Printf("  card %s, shipped to %s: %s (%s)\n", p.CardCountry, p.ShippingCountry, d.Action, d.Reason)
	}
	return nil
}

// threeDS takes a 64.00 EUR card payment: SCA is required (no exemption
// fits), the bank asks for 3-D Secure, and the answer comes by a signed
// webhook the shop verifies before applying it.
func threeDS(ctx context.Context, proc *payment.Processor, psp *paymenttest.Provider, now time.Time) error {
	d, err := sca.Decide(sca.Request{Amount: eur("64.00"), Instrument: sca.Card, Initiator: sca.Customer, Channel: sca.Remote,
		SinceLastSCA: sca.Counters{Count: 6, Total: eur("180.00")}}, sca.DefaultPolicy())
	if err != nil {
		return err
	}
	fmt.Println("== Card payment with 3-D Secure")
	fmt.Printf("  SCA: required %v (%s)\n", d.SCARequired, d.Reason)
	if err := psp.Script(paymenttest.OpAuthorize, paymenttest.RequireThreeDS{}); err != nil {
		return err
	}
	in, err := payment.NewIntent(uuid.MustParse("2d1c8c39-5b7e-4f0a-9d63-1e4b2a7c9f10"), "GN-1042", eur("64.00"), payment.CaptureAutomatic, now)
	if err != nil {
		return err
	}
	if err := proc.Pay(ctx, in, payment.PayRequest{Method: "card", Key: "GN-1042:pay:1", At: now}); err != nil {
		return err
	}
	a := in.Attempts[len(in.Attempts)-1]
	if a.NextAction == nil {
		return fmt.Errorf("expected the bank to ask for 3-D Secure, got %s", in.Status())
	}
	fmt.Printf("  %s: redirect the buyer to %s\n", in.Status(), a.NextAction.URL)
	psp.Drain() // the "requires action" webhook: nothing new for the shop
	if err := psp.CompleteThreeDS(a.PSPReference, true, now.Add(40*time.Second)); err != nil {
		return err
	}
	dedup, err := webhook.NewDeduplicator(72 * time.Hour)
	if err != nil {
		return err
	}
	for _, w := range psp.Drain() {
		if _, err := webhook.VerifyStripeSignature(w.Header, w.Body, [][]byte{[]byte(psp.Secret())}, w.At, 0); err != nil {
			return err
		}
		out, err := proc.Handle(ctx, in, w.Event, dedup, w.At)
		if err != nil {
			return err
		}
		fmt.Printf("  webhook %s (signature verified): %s -> %s, captured %s\n", w.Type, out, in.Status(), in.Totals().Captured)
	}
	return nil
}

// captureAndRefund authorises a 120.00 EUR order, captures the 80.00
// shipped first, releases the rest, then refunds a damaged card.
func captureAndRefund(ctx context.Context, proc *payment.Processor, psp *paymenttest.Provider, now time.Time) error {
	in, err := payment.NewIntent(uuid.MustParse("7a4e0d52-93c1-4b8f-a2d6-5c0e1f3b8d24"), "GN-1043", eur("120.00"), payment.CaptureManual, now)
	if err != nil {
		return err
	}
	if err := proc.Pay(ctx, in, payment.PayRequest{Method: "card", Key: "GN-1043:pay:1", At: now}); err != nil {
		return err
	}
	fmt.Println("== Partial capture and refund")
	fmt.Printf("  authorised %s, %s\n", in.Totals().Authorized, in.Status())
	if err := proc.Capture(ctx, in, eur("80.00"), "GN-1043:capture:1", now.Add(24*time.Hour)); err != nil {
		return err
	}
	t := in.Totals()
	fmt.Printf("  captured %s, released %s: %s\n", t.Captured, t.Released, in.Status())
	if err := proc.Refund(ctx, in, eur("12.50"), "GN-1043:refund:1", now.Add(72*time.Hour)); err != nil {
		return err
	}
	fmt.Printf("  refund of %s %s; still refundable %s\n", in.Refunds[0].Amount, in.Refunds[0].Status, in.Refundable())
	dedup, err := webhook.NewDeduplicator(72 * time.Hour)
	if err != nil {
		return err
	}
	for _, w := range psp.Drain() { // the provider settles the refund and says so
		if _, err := webhook.VerifyStripeSignature(w.Header, w.Body, [][]byte{[]byte(psp.Secret())}, w.At, 0); err != nil {
			return err
		}
		if _, err := proc.Handle(ctx, in, w.Event, dedup, w.At); err != nil {
			return err
		}
	}
	fmt.Printf("  after the provider's webhooks: refund %s, refunded %s\n", in.Refunds[0].Status, in.Totals().Refunded)
	if err := proc.Refund(ctx, in, eur("70.00"), "GN-1043:refund:2", now.Add(73*time.Hour)); err != nil {
		fmt.Println("  a second refund of 70.00 EUR is refused:", err)
	}
	return nil
}

// statement prices the month on an illustrative offer (not a real PSP's
// price list).
func statement() error {
	s, err := fee.NewSchedule(fee.Config{Name: "illustrative offer", Currency: eur("0").Currency(), Rounding: money.HalfUp,
		MonthlyFee: eur("9.00"),
		Rules: []fee.Rule{
			{Method: "card", Region: fee.RegionEEA, Segment: fee.SegmentConsumer, Event: fee.Success, Fixed: eur("0.25"), Percent: decimal.RequireFromString("1.5")},
			{Method: "card", Event: fee.Success, Fixed: eur("0.25"), Percent: decimal.RequireFromString("3.25")},
			{Method: "bancontact_card", Event: fee.Success, Fixed: eur("0.39")},
			{Method: "ideal", Event: fee.Success, Fixed: eur("0.29")},
			{Method: "sepa_direct_debit", Event: fee.Failure, Fixed: eur("0.95")},
			{Event: fee.Success, Fixed: eur("0.25"), Percent: decimal.RequireFromString("1.8")},
			{Event: fee.Refund, Fixed: eur("0.25")},
			{Event: fee.Chargeback, Fixed: eur("15.00")},
			{Event: fee.Failure},
		}})
	if err != nil {
		return err
	}
	var month []fee.Transaction
	add := func(n int, tx fee.Transaction) {
		for range n {
			month = append(month, tx)
		}
	}
	add(180, fee.Transaction{Method: "bancontact_card", Event: fee.Success, Amount: eur("38.50")})
	add(95, fee.Transaction{Method: "card", Region: fee.RegionEEA, Segment: fee.SegmentConsumer, Event: fee.Success, Amount: eur("52.00")})
	add(60, fee.Transaction{Method: "ideal", Event: fee.Success, Amount: eur("41.00")})
	add(40, fee.Transaction{Method: "sepa_direct_debit", Event: fee.Success, Amount: eur("45.00")})
	add(2, fee.Transaction{Method: "sepa_direct_debit", Event: fee.Failure, Amount: eur("45.00")})
	add(25, fee.Transaction{Method: "paypal", Event: fee.Success, Amount: eur("60.00")})
	add(3, fee.Transaction{Method: "card", Event: fee.Refund, Amount: eur("52.00")})
	add(1, fee.Transaction{Method: "card", Event: fee.Chargeback, Amount: eur("52.00")})
	m, err := fee.Statement(s, month)
	if err != nil {
		return err
	}
	fmt.Printf("== December's fee statement (%s)\n", s.Name())
	fmt.Printf("  volume %s in %d payments; fees %s + subscription %s = %s; effective rate %s %%\n",
		m.Volume, m.Success.Count, m.TransactionFees, m.Subscription, m.Total, m.EffectiveRate.StringFixed(2))
	return nil
}
