package paymenttest

import (
	"encoding/json"
	"net/http"
	"strings"

	"github.com/comptoir/comptoir/payment"
	"github.com/comptoir/comptoir/payment/webhook"
)

// stripeEvent is a Stripe event, the fields a handler reads.
type stripeEvent struct {
	ID       string `json:"id"`
	Object   string `json:"object"`
	Type     string `json:"type"`
	Created  int64  `json:"created"`
	Livemode bool   `json:"livemode"`
	Data     struct {
		Object any `json:"object"`
	} `json:"data"`
}

// stripeIntent is a PaymentIntent in an event.
type stripeIntent struct {
	ID               string            `json:"id"`
	Object           string            `json:"object"`
	Status           string            `json:"status"`
	Amount           int64             `json:"amount"`
	AmountCapturable int64             `json:"amount_capturable"`
	AmountReceived   int64             `json:"amount_received"`
	Currency         string            `json:"currency"`
	CaptureMethod    string            `json:"capture_method"`
	LastPaymentError *stripeError      `json:"last_payment_error"`
	Metadata         map[string]string `json:"metadata"`
}

type stripeError struct {
	Code        string `json:"code"`
	DeclineCode string `json:"decline_code"`
	Message     string `json:"message"`
}

// stripeRefund is a Refund in an event.
type stripeRefund struct {
	ID            string            `json:"id"`
	Object        string            `json:"object"`
	Amount        int64             `json:"amount"`
	Currency      string            `json:"currency"`
	PaymentIntent string            `json:"payment_intent"`
	Status        string            `json:"status"`
	Metadata      map[string]string `json:"metadata"`
}

// stripeWire writes ev as a Stripe event signed in Stripe-Signature.
func (p *Provider) stripeWire(id string, ev event) (wire, bool, error) {
	e := stripeEvent{ID: id, Object: "event", Created: ev.at.Unix()}
	if ev.change == changeRefund {
		e.Type, e.Data.Object = stripeRefundEvent(ev), stripeRefundOf(ev.refund)
	} else {
		e.Type, e.Data.Object = "payment_intent."+stripeIntentEvent(ev.rec.stat), stripeIntentOf(ev.rec)
	}
	body, err := json.Marshal(e)
	if err != nil {
		return wire{}, false, err
	}
	sig, err := webhook.SignStripe(body, ev.at, []byte(p.cfg.Secret))
	if err != nil {
		return wire{}, false, err
	}
	h := http.Header{}
	h.Set("Content-Type", "application/json")
	h.Set(webhook.StripeSignatureHeader, sig)
	return wire{typ: e.Type, body: body, header: h}, true, nil
}

func stripeIntentOf(r *record) stripeIntent {
	in := stripeIntent{
		ID: r.ref, Object: "payment_intent", Status: stripeStatus(r.stat),
		Amount: r.req.Amount.Minor(), AmountCapturable: r.capturable().Minor(), AmountReceived: r.captured.Minor(),
		Currency: strings.ToLower(r.req.Amount.Currency().Code()), CaptureMethod: string(r.req.Capture),
		Metadata: map[string]string{"reference": r.req.Reference},
	}
	if r.decline != nil {
		in.LastPaymentError = &stripeError{Code: "card_declined", DeclineCode: r.decline.Code, Message: r.decline.Message}
	}
	return in
}

func stripeRefundOf(rf *refundRecord) stripeRefund {
	return stripeRefund{
		ID: rf.ref, Object: "refund", Amount: rf.amount.Minor(),
		Currency: strings.ToLower(rf.amount.Currency().Code()), PaymentIntent: rf.payment.ref,
		Status: string(rf.stat), Metadata: map[string]string{"refund_id": rf.id},
	}
}

// stripeStatus is a PaymentIntent's status for a payment's: Stripe has no
// partially_captured (a multicapture intent stays requires_capture), no
// expired (canceled) and no failed (requires_payment_method).
func stripeStatus(s payment.Status) string {
	switch s {
	case payment.PartiallyCaptured:
		return string(payment.RequiresCapture)
	case payment.Expired:
		return string(payment.Canceled)
	case payment.Failed:
		return string(payment.RequiresPaymentMethod)
	}
	return string(s)
}

// stripeIntentEvent is the payment_intent event telling a payment's new
// status.
func stripeIntentEvent(s payment.Status) string {
	switch s {
	case payment.RequiresAction:
		return "requires_action"
	case payment.Processing:
		return "processing"
	case payment.RequiresCapture, payment.PartiallyCaptured:
		return "amount_capturable_updated"
	case payment.Succeeded:
		return "succeeded"
	case payment.Canceled, payment.Expired:
		return "canceled"
	}
	return "payment_failed"
}

// stripeRefundEvent is the refund event: created when the refund is
// made, failed or updated when it settles later.
func stripeRefundEvent(ev event) string {
	switch {
	case ev.created:
		return "refund.created"
	case ev.refund.stat == payment.RefundFailed:
		return "refund.failed"
	}
	return "refund.updated"
}
