package paymenttest_test

import (
	"context"
	"fmt"
	"time"

	"github.com/google/uuid"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/payment"
	"github.com/comptoir/comptoir/payment/paymenttest"
	"github.com/comptoir/comptoir/payment/webhook"
)

// A payment taken through the library's Processor, captured at once.
func Example() {
	at := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	psp, _ := paymenttest.New("stripe", payment.Capabilities{Methods: []string{"card"}}, paymenttest.Config{Start: at})
	store, _ := payment.NewMemoryIdempotency(24 * time.Hour)
	proc := &payment.Processor{Routes: map[string][]payment.Provider{"card": {psp}}, Idempotency: store}
	amount, _ := money.Parse("49.98", "EUR")
	in, _ := payment.NewIntent(uuid.MustParse("6f1c2a8e-0b7d-4c39-9a51-3e2f4d5c6b7a"), "order-42", amount, payment.CaptureAutomatic, at)

	err := proc.Pay(context.Background(), in, payment.PayRequest{Method: "card", Key: "order-42:pay:1", At: at})

	fmt.Println(err, in.Status())
	fmt.Println(psp.Captured("stripe_pay_1"), psp.Calls(paymenttest.OpAuthorize))
	for _, w := range psp.Drain() {
		fmt.Println(w.ID, w.Type)
	}
	// Output:
	// <nil> succeeded
	// 49.98 EUR 1
	// stripe_evt_1 payment_intent.succeeded
}

// 3-D Secure: the first answer asks the buyer to authenticate; the
// bank's answer comes later, by webhook.
func ExampleProvider_CompleteThreeDS() {
	at := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	psp, _ := paymenttest.New("adyen", payment.Capabilities{Methods: []string{"card"}, ManualCapture: true},
		paymenttest.Config{Start: at, Scheme: paymenttest.Adyen})
	_ = psp.Script(paymenttest.OpAuthorize, paymenttest.RequireThreeDS{})
	amount, _ := money.Parse("120.00", "EUR")

	obs, err := psp.Authorize(context.Background(), payment.AuthorizeRequest{IdempotencyKey: "order-7:pay:1:adyen",
		Reference: "intent-7", Amount: amount, Method: "card", Capture: payment.CaptureManual})
	fmt.Println(obs.Status, err)
	fmt.Println(obs.NextAction.URL)

	_ = psp.CompleteThreeDS(obs.PSPReference, true, at.Add(time.Minute))
	for _, w := range psp.Drain() {
		fmt.Println(w.Type, w.Event.Observation.Status, w.Event.Observation.Authorized)
	}
	// Output:
	// requires_action payment: authentication required: three_d_secure
	// https://psp.example/adyen/3ds/adyen_pay_1
	// PENDING requires_action 0.00 EUR
	// AUTHORISATION requires_capture 120.00 EUR
}

// A timeout after the PSP recorded the payment: the retry with the same
// idempotency key gets the recorded answer, and nothing is charged twice.
func ExampleTimeout() {
	psp, _ := paymenttest.New("mollie", payment.Capabilities{Methods: []string{"card"}}, paymenttest.Config{})
	_ = psp.Script(paymenttest.OpAuthorize, paymenttest.Timeout{LostResponse: true})
	amount, _ := money.Parse("25.00", "EUR")
	req := payment.AuthorizeRequest{IdempotencyKey: "order-9:pay:1:mollie", Reference: "intent-9",
		Amount: amount, Method: "card", Capture: payment.CaptureAutomatic}

	_, err := psp.Authorize(context.Background(), req)
	fmt.Println(err)
	obs, err := psp.Authorize(context.Background(), req)
	fmt.Println(obs.PSPReference, obs.Status, err)
	fmt.Println(len(psp.Payments()), psp.Captured(obs.PSPReference))
	// Output:
	// payment: transient failure: paymenttest: Authorize timed out (after the provider recorded mollie_pay_1): context deadline exceeded
	// mollie_pay_1 succeeded <nil>
	// 1 25.00 EUR
}

// Webhooks come signed: a handler verifies them as it would a real PSP's.
func ExampleProvider_Webhooks() {
	at := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	psp, _ := paymenttest.New("stripe", payment.Capabilities{Methods: []string{"card"}}, paymenttest.Config{Start: at})
	amount, _ := money.Parse("10.00", "EUR")
	_, _ = psp.Authorize(context.Background(), payment.AuthorizeRequest{IdempotencyKey: "k", Reference: "intent-1",
		Amount: amount, Method: "card", Capture: payment.CaptureAutomatic})

	w := psp.Webhooks()[0]
	ev, err := webhook.VerifyStripe(w.Header, w.Body, [][]byte{[]byte(psp.Secret())}, w.At, 0)
	fmt.Println(ev.ID, ev.Type, ev.ObjectID, err)
	_, err = webhook.VerifyStripe(w.Header, w.Body, [][]byte{[]byte(psp.Secret())}, w.At.Add(time.Hour), 0)
	fmt.Println(err != nil)
	// Output:
	// stripe_evt_1 payment_intent.succeeded stripe_pay_1 <nil>
	// true
}

// Out-of-order and duplicate delivery, deterministic.
func ExampleShuffle() {
	psp, _ := paymenttest.New("stripe", payment.Capabilities{Methods: []string{"sepa_direct_debit"}}, paymenttest.Config{})
	_ = psp.Script(paymenttest.OpAuthorize, paymenttest.Async{})
	amount, _ := money.Parse("89.99", "EUR")
	obs, _ := psp.Authorize(context.Background(), payment.AuthorizeRequest{IdempotencyKey: "k", Reference: "intent-1",
		Amount: amount, Method: "sepa_direct_debit", Capture: payment.CaptureAutomatic})
	_ = psp.Settle(obs.PSPReference, true, psp.Now().Add(72*time.Hour))

	ws := psp.Drain()
	for _, w := range paymenttest.Reverse(ws) {
		fmt.Println("reversed:", w.Type)
	}
	for _, w := range paymenttest.Duplicate(ws[1]) {
		fmt.Println("twice:", w.ID)
	}
	fmt.Println(len(paymenttest.Shuffle(ws, 7)))
	// Output:
	// reversed: payment_intent.succeeded
	// reversed: payment_intent.processing
	// twice: stripe_evt_2
	// twice: stripe_evt_2
	// 2
}
