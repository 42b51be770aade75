package webhook_test

import (
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/comptoir/comptoir/payment/webhook"
)

// A Stripe webhook handler: verify against the raw body, with the current
// and the previous secret while rotating, then drop a redelivery.
func ExampleVerifyStripe() {
	secrets := [][]byte{[]byte("whsec_current"), []byte("whsec_previous")}
	now := time.Date(2026, 3, 1, 12, 0, 30, 0, time.UTC)

	// What Stripe (or a fake provider) sends, signed 30 seconds ago.
	body := []byte(`{"id":"evt_1","object":"event","type":"payment_intent.succeeded","created":1772366400,` +
		`"data":{"object":{"id":"pi_1","object":"payment_intent","amount":2499,"currency":"eur"}}}`)
	sig, err := webhook.SignStripe(body, now.Add(-30*time.Second), []byte("whsec_previous"))
	if err != nil {
		fmt.Println(err)
		return
	}
	h := http.Header{}
	h.Set("Stripe-Signature", sig)

	ev, err := webhook.VerifyStripe(h, body, secrets, now, webhook.DefaultTolerance)
	if err != nil {
		fmt.Println("reject:", err)
		return
	}
	fmt.Println(ev.Type, ev.ObjectID)

	seen, err := webhook.NewDeduplicator(72 * time.Hour)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("duplicate:", seen.Seen(ev.DedupKey(), now))
	fmt.Println("duplicate:", seen.Seen(ev.DedupKey(), now.Add(time.Minute)))

	// The same request replayed an hour later is refused.
	_, err = webhook.VerifyStripe(h, body, secrets, now.Add(time.Hour), 0)
	var te *webhook.TimestampError
	if errors.As(err, &te) {
		fmt.Println("replay:", te.Skew)
	}
	// Output:
	// payment_intent.succeeded pi_1
	// duplicate: false
	// duplicate: true
	// replay: 1h0m30s
}

// An Adyen standard webhook: a batch whose items are each signed. The
// scheme must be chosen: see AdyenScheme.
func ExampleVerifyAdyen() {
	const key = "44782DEF547AAA06C910C43932B1EB0C71FC68D9D0C057550C48EC2ACF6BA056"
	body := []byte(`{"live":"false","notificationItems":[{"NotificationRequestItem":{
		"eventCode":"AUTHORISATION","success":"true","pspReference":"7914073381342284",
		"merchantAccountCode":"TestMerchant","merchantReference":"TestPayment-1407325143704",
		"amount":{"value":1130,"currency":"EUR"},
		"additionalData":{"hmacSignature":"coqCmt/IZ4E3CzPvMY8zTjQVL5hYJUiBRg8UU+iCWo0="}}}]}`)

	n, err := webhook.VerifyAdyen(body, []string{key}, webhook.AdyenPlain)
	if err != nil {
		fmt.Println("reject:", err)
		return
	}
	for _, it := range n.Items {
		fmt.Println(it.EventCode, it.Succeeded(), it.MerchantReference, it.Amount.Value, it.Amount.Currency)
	}
	// Output:
	// AUTHORISATION true TestPayment-1407325143704 1130 EUR
}

// The string an Adyen signature covers, under both schemes.
func ExampleAdyenItem_SigningString() {
	it := webhook.AdyenItem{PSPReference: "7914073381342284", MerchantAccountCode: "Shop:BE",
		MerchantReference: `A\B`, Amount: &webhook.AdyenAmount{Value: 2499, Currency: "EUR"},
		EventCode: "CAPTURE", Success: "true"}
	escaped, _ := it.SigningString(webhook.AdyenEscaped)
	plain, _ := it.SigningString(webhook.AdyenPlain)
	fmt.Println(escaped)
	fmt.Println(plain)
	// Output:
	// 7914073381342284::Shop\:BE:A\\B:2499:EUR:CAPTURE:true
	// 7914073381342284::Shop:BE:A\B:2499:EUR:CAPTURE:true
}

// A fake provider writing a signed Adyen webhook.
func ExampleEncodeAdyen() {
	const key = "00112233445566778899AABBCCDDEEFF00112233445566778899AABBCCDDEEFF"
	body, err := webhook.EncodeAdyen(webhook.AdyenNotification{Items: []webhook.AdyenItem{{
		PSPReference: "R1", OriginalReference: "P1", MerchantAccountCode: "Shop", MerchantReference: "order-7",
		Amount: &webhook.AdyenAmount{Value: 500, Currency: "EUR"}, EventCode: "REFUND", Success: "true",
	}}}, key, webhook.AdyenEscaped)
	if err != nil {
		fmt.Println(err)
		return
	}
	n, err := webhook.VerifyAdyen(body, []string{key}, webhook.AdyenEscaped)
	fmt.Println(n.Items[0].EventCode, n.Items[0].OriginalReference, err)
	// Output:
	// REFUND P1 <nil>
}

// Mollie's two systems: a classic webhook carries an id to fetch; a
// next-gen one is signed.
func ExampleVerifyMollie() {
	secrets := [][]byte{[]byte("mollie_signing_secret")}

	classic, err := webhook.VerifyMollie(http.Header{}, webhook.MollieClassicBody("tr_WDqYK6vllg"), secrets)
	fmt.Println(classic.Kind, classic.ResourceID, classic.MustFetch(), err)

	body := []byte(`{"resource":"event","id":"event_1","type":"payment-link.paid","entityId":"pl_1",` +
		`"createdAt":"2026-03-01T12:00:00+00:00"}`)
	sig, err := webhook.SignMollie(body, secrets[0])
	if err != nil {
		fmt.Println(err)
		return
	}
	h := http.Header{}
	h.Set("X-Mollie-Signature", sig)
	signed, err := webhook.VerifyMollie(h, body, secrets)
	fmt.Println(signed.Kind, signed.Type, signed.ResourceID, err)

	_, err = webhook.VerifyMollie(h, append(body, ' '), secrets)
	fmt.Println(errors.Is(err, webhook.ErrBadSignature))
	// Output:
	// classic tr_WDqYK6vllg true <nil>
	// signed payment-link.paid pl_1 <nil>
	// true
}

// Dropping duplicates, and letting a retry through after a failure.
func ExampleDeduplicator() {
	d, err := webhook.NewDeduplicator(24 * time.Hour)
	if err != nil {
		fmt.Println(err)
		return
	}
	at := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	key := webhook.StatusKey(webhook.ProviderMollie, "tr_WDqYK6vllg", "paid")

	fmt.Println(d.Seen(key, at)) // handle it
	d.Forget(key)                // handling failed: Mollie will retry
	fmt.Println(d.Seen(key, at.Add(time.Minute)))
	fmt.Println(d.Seen(key, at.Add(2*time.Minute)))
	// Output:
	// false
	// false
	// true
}
