package webhook

import "strconv"

// parseAdyen reads a standard webhook body (see VerifyAdyen).
func parseAdyen(body []byte) (AdyenNotification, error) {
	r := &reader{provider: ProviderAdyen, data: body}
	var n AdyenNotification
	var got seen
	err := r.object(func(key []byte) error {
		switch string(key) {
		case "live":
			if err := got.once(r, 0, key); err != nil {
				return err
			}
			return adyenLive(r, &n.Live)
		case "notificationItems":
			if err := got.once(r, 1, key); err != nil {
				return err
			}
			return r.array(func(int) error {
				var it AdyenItem
				err := adyenWrapper(r, &it)
				n.Items = append(n.Items, it)
				return err
			})
		}
		return r.skip()
	})
	if err == nil {
		err = r.finish()
	}
	switch {
	case err != nil:
		return AdyenNotification{}, err
	case !got.has(0):
		return AdyenNotification{}, &BodyError{Provider: ProviderAdyen, Reason: `no "live" field`}
	case len(n.Items) == 0:
		return AdyenNotification{}, &BodyError{Provider: ProviderAdyen, Reason: "no notification items"}
	}
	return n, nil
}

// adyenLive reads "live", which Adyen sends as a string.
func adyenLive(r *reader, live *bool) error {
	start := r.pos
	s, err := r.str()
	switch {
	case err != nil:
		return err
	case s == "true" || s == "false":
		*live = s == "true"
		return nil
	}
	r.pos = start
	return r.fail(`"live" is not "true" or "false"`)
}

// adyenWrapper reads {"NotificationRequestItem": {...}}.
func adyenWrapper(r *reader, it *AdyenItem) error {
	var got seen
	err := r.object(func(key []byte) error {
		if string(key) != "NotificationRequestItem" {
			return r.skip()
		}
		if err := got.once(r, 0, key); err != nil {
			return err
		}
		var fields seen
		return r.object(func(k []byte) error { return it.field(r, &fields, k) })
	})
	if err == nil && !got.has(0) {
		err = r.fail("notification item without NotificationRequestItem")
	}
	return err
}

// Bits of the item fields the parser reads.
const (
	adyenPSP uint = iota
	adyenOriginal
	adyenMerchantAccount
	adyenMerchantReference
	adyenAmountField
	adyenEventCode
	adyenSuccess
	adyenEventDate
	adyenPaymentMethod
	adyenReason
	adyenAdditionalData
)

// stringField maps a string field's key to its bit and its place in the
// item; the place is nil for other keys.
func (it *AdyenItem) stringField(key string) (uint, *string) {
	switch key {
	case "pspReference":
		return adyenPSP, &it.PSPReference
	case "originalReference":
		return adyenOriginal, &it.OriginalReference
	case "merchantAccountCode":
		return adyenMerchantAccount, &it.MerchantAccountCode
	case "merchantReference":
		return adyenMerchantReference, &it.MerchantReference
	case "eventCode":
		return adyenEventCode, &it.EventCode
	case "success":
		return adyenSuccess, &it.Success
	case "eventDate":
		return adyenEventDate, &it.EventDate
	case "paymentMethod":
		return adyenPaymentMethod, &it.PaymentMethod
	case "reason":
		return adyenReason, &it.Reason
	}
	return 0, nil
}

// field reads one field of a NotificationRequestItem.
func (it *AdyenItem) field(r *reader, got *seen, key []byte) error {
	if bit, dst := it.stringField(string(key)); dst != nil {
		if err := got.once(r, bit, key); err != nil {
			return err
		}
		start := r.pos
		var err error
		if *dst, err = r.str(); err == nil && bit == adyenSuccess && it.checkSuccess() != nil {
			r.pos = start
			err = r.fail(`"success" is not "true" or "false"`)
		}
		return err
	}
	switch string(key) {
	case "amount":
		if err := got.once(r, adyenAmountField, key); err != nil {
			return err
		}
		return it.amount(r)
	case "additionalData":
		if err := got.once(r, adyenAdditionalData, key); err != nil {
			return err
		}
		return it.additionalData(r)
	}
	return r.skip()
}

// amount reads {"value": <whole number>, "currency": "EUR"}, or null.
func (it *AdyenItem) amount(r *reader) error {
	if r.null() {
		return nil
	}
	var a AdyenAmount
	var got seen
	err := r.object(func(key []byte) error {
		var err error
		switch string(key) {
		case "value":
			if err = got.once(r, 0, key); err == nil {
				a.Value, err = r.integer()
			}
		case "currency":
			if err = got.once(r, 1, key); err == nil {
				a.Currency, err = r.str()
			}
		default:
			err = r.skip()
		}
		return err
	})
	if err == nil && (!got.has(0) || !got.has(1)) {
		err = r.fail("amount without value or currency")
	}
	it.Amount = &a
	return err
}

// additionalData keeps the string values of additionalData, or null.
func (it *AdyenItem) additionalData(r *reader) error {
	if r.null() {
		return nil
	}
	m := make(map[string]string)
	it.AdditionalData = m
	return r.object(func(key []byte) error {
		if r.peek() != '"' {
			return r.skip()
		}
		if _, dup := m[string(key)]; dup {
			return r.fail("additionalData field " + strconv.Quote(string(key)) + " given twice")
		}
		v, err := r.str()
		m[string(key)] = v
		return err
	})
}
