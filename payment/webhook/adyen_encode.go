package webhook

import (
	"encoding/json"
	"fmt"
	"maps"
	"unicode/utf8"
)

// EncodeAdyen writes the body of an Adyen standard webhook for n, signing
// every item with hexKey: each item's additionalData is copied and its
// hmacSignature set. It is what a fake provider sends; VerifyAdyen with the
// same key and scheme accepts it. Errors: ErrInvalidConfig, and
// ErrMalformed for no items, an invalid success or a field that is not
// valid UTF-8 (JSON could not carry the signed bytes).
func EncodeAdyen(n AdyenNotification, hexKey string, scheme AdyenScheme) ([]byte, error) {
	if len(n.Items) == 0 {
		return nil, fmt.Errorf("%w: adyen: no notification items", ErrMalformed)
	}
	wire := adyenWire{Live: "false", Items: make([]adyenWireItem, len(n.Items))}
	if n.Live {
		wire.Live = "true"
	}
	for i, it := range n.Items {
		if err := it.checkUTF8(); err != nil {
			return nil, err
		}
		sig, err := SignAdyen(it, hexKey, scheme)
		if err != nil {
			return nil, err
		}
		wire.Items[i].Item = newAdyenWireNRI(it, sig)
	}
	return json.Marshal(wire)
}

// adyenWire is the JSON shape of a standard webhook.
type adyenWire struct {
	Live  string          `json:"live"`
	Items []adyenWireItem `json:"notificationItems"`
}

// adyenWireItem wraps one item, as Adyen does.
type adyenWireItem struct {
	Item adyenWireNRI `json:"NotificationRequestItem"`
}

// adyenWireNRI is a NotificationRequestItem; empty fields are left out,
// which signs the same as an empty string.
type adyenWireNRI struct {
	AdditionalData      map[string]string `json:"additionalData"`
	Amount              *AdyenAmount      `json:"amount,omitempty"`
	EventCode           string            `json:"eventCode,omitempty"`
	EventDate           string            `json:"eventDate,omitempty"`
	MerchantAccountCode string            `json:"merchantAccountCode,omitempty"`
	MerchantReference   string            `json:"merchantReference,omitempty"`
	OriginalReference   string            `json:"originalReference,omitempty"`
	PaymentMethod       string            `json:"paymentMethod,omitempty"`
	PSPReference        string            `json:"pspReference,omitempty"`
	Reason              string            `json:"reason,omitempty"`
	Success             string            `json:"success,omitempty"`
}

// newAdyenWireNRI copies an item with its signature.
func newAdyenWireNRI(it AdyenItem, sig string) adyenWireNRI {
	data := maps.Clone(it.AdditionalData)
	if data == nil {
		data = make(map[string]string, 1)
	}
	data["hmacSignature"] = sig
	return adyenWireNRI{
		AdditionalData: data, Amount: it.Amount, EventCode: it.EventCode,
		EventDate: it.EventDate, MerchantAccountCode: it.MerchantAccountCode,
		MerchantReference: it.MerchantReference, OriginalReference: it.OriginalReference,
		PaymentMethod: it.PaymentMethod, PSPReference: it.PSPReference,
		Reason: it.Reason, Success: it.Success,
	}
}

// checkUTF8 refuses a field JSON would alter: encoding/json replaces
// invalid UTF-8, so the body would not carry the bytes that were signed.
func (it AdyenItem) checkUTF8() error {
	var currency string
	if it.Amount != nil {
		currency = it.Amount.Currency
	}
	for _, f := range []string{it.PSPReference, it.OriginalReference, it.MerchantAccountCode,
		it.MerchantReference, currency, it.EventCode, it.EventDate, it.PaymentMethod, it.Reason} {
		if !utf8.ValidString(f) {
			return fmt.Errorf("%w: adyen: a field is not valid UTF-8", ErrMalformed)
		}
	}
	for k, v := range it.AdditionalData {
		if !utf8.ValidString(k) || !utf8.ValidString(v) {
			return fmt.Errorf("%w: adyen: additionalData is not valid UTF-8", ErrMalformed)
		}
	}
	return nil
}
