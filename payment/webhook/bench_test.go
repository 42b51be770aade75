package webhook_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/comptoir/comptoir/payment/webhook"
)

// stripeBody2KB is a Stripe event of about 2 KB, the size of a typical
// payment_intent.succeeded.
func stripeBody2KB() []byte {
	pad := strings.Repeat("x", 2048-len(stripeBody)-len(`,"description":""`))
	return []byte(strings.Replace(stripeBody, `"currency":"eur"`, `"currency":"eur","description":"`+pad+`"`, 1))
}

func BenchmarkVerifyStripe2KB(b *testing.B) {
	body := stripeBody2KB()
	now := unix(stripeT)
	sig, err := webhook.SignStripe(body, now, stripeSecret)
	if err != nil {
		b.Fatal(err)
	}
	h := headers("Stripe-Signature", sig)
	secrets := [][]byte{stripeSecret}
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for range b.N {
		if _, err := webhook.VerifyStripe(h, body, secrets, now, 0); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkVerifyStripeSignature2KB(b *testing.B) {
	body := stripeBody2KB()
	now := unix(stripeT)
	sig, err := webhook.SignStripe(body, now, stripeSecret)
	if err != nil {
		b.Fatal(err)
	}
	h := headers("Stripe-Signature", sig)
	secrets := [][]byte{stripeSecret}
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for range b.N {
		if _, err := webhook.VerifyStripeSignature(h, body, secrets, now, 0); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkVerifyStripeRotation2KB(b *testing.B) {
	// Two secrets, the matching one second: the worst case of a rotation.
	body := stripeBody2KB()
	now := unix(stripeT)
	sig, err := webhook.SignStripe(body, now, stripeRotated)
	if err != nil {
		b.Fatal(err)
	}
	h := headers("Stripe-Signature", sig)
	secrets := [][]byte{stripeSecret, stripeRotated}
	b.ReportAllocs()
	for range b.N {
		if _, err := webhook.VerifyStripe(h, body, secrets, now, 0); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkVerifyAdyenOneItem(b *testing.B) {
	body := []byte(adyenExample)
	keys := []string{adyenKey}
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for range b.N {
		if _, err := webhook.VerifyAdyen(body, keys, webhook.AdyenEscaped); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkVerifyAdyenTenItems(b *testing.B) {
	items := make([]webhook.AdyenItem, 10)
	for i := range items {
		items[i] = webhook.AdyenItem{PSPReference: fmt.Sprint(7914073381342284 + i), MerchantAccountCode: "TestMerchant",
			MerchantReference: fmt.Sprint("order-", i), Amount: &webhook.AdyenAmount{Value: 1130, Currency: "EUR"},
			EventCode: "AUTHORISATION", Success: "true", EventDate: "2026-03-01T12:00:00+01:00", PaymentMethod: "visa",
			AdditionalData: map[string]string{"authCode": "1234", "cardSummary": "1111"}}
	}
	body, err := webhook.EncodeAdyen(webhook.AdyenNotification{Items: items}, adyenKey, webhook.AdyenEscaped)
	if err != nil {
		b.Fatal(err)
	}
	keys := []string{adyenKey}
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for range b.N {
		if _, err := webhook.VerifyAdyen(body, keys, webhook.AdyenEscaped); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkVerifyMollie(b *testing.B) {
	body := []byte(mollieBody)
	h := headers("X-Mollie-Signature", "sha256="+mollieSig)
	secrets := [][]byte{mollieSecret}
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for range b.N {
		if _, err := webhook.VerifyMollie(h, body, secrets); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDeduplicatorSeen(b *testing.B) {
	d, err := webhook.NewDeduplicator(time.Hour)
	if err != nil {
		b.Fatal(err)
	}
	keys := make([]string, 4096)
	for i := range keys {
		keys[i] = webhook.EventKey(webhook.ProviderStripe, fmt.Sprint("evt_", i))
	}
	t0 := unix(stripeT)
	b.ReportAllocs()
	i := 0
	for range b.N {
		// Time advances a millisecond per call, so keys expire and are swept.
		d.Seen(keys[i%len(keys)], t0.Add(time.Duration(i)*time.Millisecond))
		i++
	}
}

func BenchmarkParseStripeEvent2KB(b *testing.B) {
	body := stripeBody2KB()
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for range b.N {
		if _, err := webhook.ParseStripeEvent(body); err != nil {
			b.Fatal(err)
		}
	}
}
