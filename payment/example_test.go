package payment_test

import (
	"context"
	"fmt"
	"time"

	"github.com/google/uuid"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/payment"
	"github.com/comptoir/comptoir/payment/paymenttest"
)

// Failover: the first provider times out, the second takes the payment.
// A decline or a 3-D Secure request would not have moved on.
func ExampleProcessor_Pay() {
	at := time.Date(2026, 12, 7, 14, 0, 0, 0, time.UTC)
	caps := payment.Capabilities{Methods: []string{"card"}}
	first, _ := paymenttest.New("adyen", caps, paymenttest.Config{Start: at})
	second, _ := paymenttest.New("mollie", caps, paymenttest.Config{Start: at})
	_ = first.Script(paymenttest.OpAuthorize, paymenttest.Timeout{})
	store, _ := payment.NewMemoryIdempotency(24 * time.Hour)
	proc := &payment.Processor{Routes: map[string][]payment.Provider{"card": {first, second}}, Idempotency: store}

	amount, _ := money.Parse("64.00", "EUR")
	in, _ := payment.NewIntent(uuid.MustParse("0b5e7c1a-2f3d-4e8a-9b6c-1d2e3f4a5b6c"), "order-42", amount, payment.CaptureAutomatic, at)
	err := proc.Pay(context.Background(), in, payment.PayRequest{Method: "card", Key: "order-42:pay:1", At: at})
	fmt.Println(err, in.Status(), in.Totals().Captured)
	for _, a := range in.Attempts {
		fmt.Printf("%s %s %q\n", a.Provider, a.Status, a.PSPReference)
	}
	// Output:
	// <nil> succeeded 64.00 EUR
	// adyen failed ""
	// mollie succeeded "mollie_pay_1"
}

// The ledger is where the status comes from: authorised, captured in two
// parts, the rest released.
func ExampleIntent_Observe() {
	at := time.Date(2026, 12, 7, 14, 0, 0, 0, time.UTC)
	eur := func(s string) money.Money { m, _ := money.Parse(s, "EUR"); return m }
	in, _ := payment.NewIntent(uuid.MustParse("0b5e7c1a-2f3d-4e8a-9b6c-1d2e3f4a5b6d"), "order-43", eur("100.00"), payment.CaptureManual, at)
	in.Attempts = append(in.Attempts, payment.Attempt{Provider: "psp", PSPReference: "pay_1", Method: "card", Status: payment.RequiresConfirmation})
	for _, obs := range []payment.Observation{
		{PSPReference: "pay_1", Status: payment.RequiresCapture, Authorized: eur("100.00")},
		{PSPReference: "pay_1", Status: payment.PartiallyCaptured, Authorized: eur("100.00"), Captured: eur("60.00")},
		{PSPReference: "pay_1", Status: payment.RequiresCapture, Authorized: eur("100.00")}, // a late webhook
		{PSPReference: "pay_1", Status: payment.Succeeded, Authorized: eur("100.00"), Captured: eur("90.00"), Released: eur("10.00")},
	} {
		out, err := in.Observe(obs)
		fmt.Println(out, err, in.Status())
	}
	t := in.Totals()
	fmt.Println(t.Captured, t.Released)
	// Output:
	// applied <nil> requires_capture
	// applied <nil> partially_captured
	// stale <nil> partially_captured
	// applied <nil> succeeded
	// 90.00 EUR 10.00 EUR
}
