package paymenttest_test

import (
	"fmt"
	"testing"

	"github.com/comptoir/comptoir/payment"
	"github.com/comptoir/comptoir/payment/paymenttest"
)

// BenchmarkAuthorizeCapture is a manual authorisation and its capture,
// two signed webhooks included.
func BenchmarkAuthorizeCapture(b *testing.B) {
	for _, scheme := range []paymenttest.Scheme{paymenttest.Stripe, paymenttest.Adyen, paymenttest.Mollie} {
		b.Run(string(scheme), func(b *testing.B) {
			p := newProvider(b, "psp", paymenttest.Config{Scheme: scheme})
			amount := eur(b, 4998)
			b.ReportAllocs()
			b.ResetTimer()
			for i := range b.N {
				key := fmt.Sprint(i)
				obs, err := p.Authorize(ctx, payment.AuthorizeRequest{IdempotencyKey: "a" + key, Reference: "intent",
					Amount: amount, Method: "card", Capture: payment.CaptureManual})
				if err != nil {
					b.Fatal(err)
				}
				if _, err := p.Capture(ctx, payment.CaptureRequest{IdempotencyKey: "c" + key, PSPReference: obs.PSPReference, Amount: amount}); err != nil {
					b.Fatal(err)
				}
				if i%1024 == 0 {
					p.Drain()
				}
			}
		})
	}
}

// BenchmarkReplay is a retry answered from the idempotency key.
func BenchmarkReplay(b *testing.B) {
	p := newProvider(b, "psp", paymenttest.Config{})
	r := payment.AuthorizeRequest{IdempotencyKey: "k", Reference: "intent", Amount: eur(b, 4998), Method: "card", Capture: payment.CaptureAutomatic}
	if _, err := p.Authorize(ctx, r); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if _, err := p.Authorize(ctx, r); err != nil {
			b.Fatal(err)
		}
	}
}
