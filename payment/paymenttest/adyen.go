package paymenttest

import (
	"net/http"
	"time"

	"github.com/comptoir/comptoir/payment"
	"github.com/comptoir/comptoir/payment/webhook"
)

// adyenWire writes ev as an Adyen standard notification with one item,
// signed in additionalData.hmacSignature. Adyen tells outcomes, not
// requests: a refund that is only pending sends nothing.
func (p *Provider) adyenWire(ev event) (wire, bool, error) {
	it := webhook.AdyenItem{
		PSPReference: ev.rec.ref, MerchantAccountCode: p.cfg.MerchantAccount,
		MerchantReference: ev.rec.req.Reference, Success: "true",
		Amount:        &webhook.AdyenAmount{Value: ev.amount.Minor(), Currency: ev.amount.Currency().Code()},
		EventDate:     ev.at.Format(time.RFC3339),
		PaymentMethod: ev.rec.req.Method,
	}
	if ev.modRef != "" {
		it.PSPReference, it.OriginalReference = ev.modRef, ev.rec.ref
	}
	switch ev.change {
	case changeAction, changeProcessing:
		it.EventCode = "PENDING"
	case changeAuthorized:
		it.EventCode = "AUTHORISATION"
	case changeFailed:
		it.EventCode, it.Success = "AUTHORISATION", "false"
		if ev.rec.decline != nil {
			it.Reason = ev.rec.decline.Code
		}
	case changeCaptured:
		it.EventCode = "CAPTURE"
	case changeVoided:
		it.EventCode = "CANCELLATION"
	case changeExpired:
		it.EventCode = "EXPIRE"
	case changeRefund:
		if ev.refund.stat == payment.RefundPending {
			return wire{}, false, nil
		}
		it.EventCode = "REFUND"
		if ev.refund.stat != payment.RefundSucceeded {
			it.EventCode = "REFUND_FAILED"
		}
		it.PSPReference, it.OriginalReference = ev.refund.ref, ev.rec.ref
	}
	body, err := webhook.EncodeAdyen(webhook.AdyenNotification{Items: []webhook.AdyenItem{it}}, p.cfg.Secret, p.cfg.AdyenScheme)
	if err != nil {
		return wire{}, false, err
	}
	h := http.Header{}
	h.Set("Content-Type", "application/json")
	return wire{typ: it.EventCode, body: body, header: h}, true, nil
}
