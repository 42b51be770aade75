package paymenttest

import (
	"encoding/json"
	"net/http"
	"time"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/payment"
	"github.com/comptoir/comptoir/payment/webhook"
)

// mollieEvent is a next-gen Mollie event with its entity's snapshot.
type mollieEvent struct {
	Resource  string `json:"resource"`
	ID        string `json:"id"`
	Type      string `json:"type"`
	EntityID  string `json:"entityId"`
	CreatedAt string `json:"createdAt"`
	Embedded  struct {
		Entity any `json:"entity"`
	} `json:"_embedded"`
}

type mollieAmount struct {
	Value    string `json:"value"`
	Currency string `json:"currency"`
}

type molliePayment struct {
	Resource       string            `json:"resource"`
	ID             string            `json:"id"`
	Mode           string            `json:"mode"`
	Status         string            `json:"status"`
	Amount         mollieAmount      `json:"amount"`
	AmountCaptured mollieAmount      `json:"amountCaptured"`
	AmountRefunded mollieAmount      `json:"amountRefunded"`
	Method         string            `json:"method"`
	Metadata       map[string]string `json:"metadata"`
}

type mollieRefund struct {
	Resource  string            `json:"resource"`
	ID        string            `json:"id"`
	PaymentID string            `json:"paymentId"`
	Status    string            `json:"status"`
	Amount    mollieAmount      `json:"amount"`
	Metadata  map[string]string `json:"metadata"`
}

// mollieWire writes ev as a Mollie webhook: for MollieClassic the form
// body "id=<payment>", unsigned (a refund's change calls the payment's
// webhook too); for Mollie a JSON event signed in X-Mollie-Signature.
func (p *Provider) mollieWire(id string, ev event) (wire, bool, error) {
	typ, entityID, entity := "payment."+mollieStatus(ev.rec.stat), ev.rec.ref, any(molliePaymentOf(ev.rec))
	if ev.change == changeRefund {
		typ, entityID, entity = "refund."+mollieRefundStatus(ev.refund.stat), ev.refund.ref, mollieRefundOf(ev.refund)
	}
	h := http.Header{}
	if p.cfg.Scheme == MollieClassic {
		h.Set("Content-Type", "application/x-www-form-urlencoded")
		return wire{typ: typ, body: webhook.MollieClassicBody(ev.rec.ref), header: h}, true, nil
	}
	e := mollieEvent{Resource: "event", ID: id, Type: typ, EntityID: entityID, CreatedAt: ev.at.UTC().Format(time.RFC3339)}
	e.Embedded.Entity = entity
	body, err := json.Marshal(e)
	if err != nil {
		return wire{}, false, err
	}
	sig, err := webhook.SignMollie(body, []byte(p.cfg.Secret))
	if err != nil {
		return wire{}, false, err
	}
	h.Set("Content-Type", "application/json")
	h.Set(webhook.MollieSignatureHeader, sig)
	return wire{typ: typ, body: body, header: h}, true, nil
}

func molliePaymentOf(r *record) molliePayment {
	return molliePayment{
		Resource: "payment", ID: r.ref, Mode: "test", Status: mollieStatus(r.stat),
		Amount: mollieAmountOf(r.req.Amount), AmountCaptured: mollieAmountOf(r.captured),
		AmountRefunded: mollieAmountOf(r.refundTotal(payment.RefundSucceeded)),
		Method:         r.req.Method, Metadata: map[string]string{"reference": r.req.Reference},
	}
}

func mollieRefundOf(rf *refundRecord) mollieRefund {
	return mollieRefund{
		Resource: "refund", ID: rf.ref, PaymentID: rf.payment.ref, Status: mollieRefundStatus(rf.stat),
		Amount: mollieAmountOf(rf.amount), Metadata: map[string]string{"refund_id": rf.id},
	}
}

// mollieAmountOf writes an amount as Mollie does: {"value":"10.00","currency":"EUR"}.
func mollieAmountOf(m money.Money) mollieAmount {
	return mollieAmount{Value: m.Decimal().StringFixed(int32(m.Currency().Digits())), Currency: m.Currency().Code()}
}

// mollieStatus is a Mollie payment's status for a payment's.
func mollieStatus(s payment.Status) string {
	switch s {
	case payment.RequiresAction:
		return "open"
	case payment.RequiresPaymentMethod, payment.RequiresConfirmation:
		return "failed"
	case payment.Processing:
		return "pending"
	case payment.RequiresCapture, payment.PartiallyCaptured:
		return "authorized"
	case payment.Succeeded:
		return "paid"
	}
	return string(s) // canceled, expired, failed: Mollie's words too
}

// mollieRefundStatus is a Mollie refund's status for a refund's.
func mollieRefundStatus(s payment.RefundStatus) string {
	if s == payment.RefundSucceeded {
		return "refunded"
	}
	return string(s)
}
