package order

import "strconv"

// Channel is the sales channel an order was placed through. Its JSON and
// text form is the constant's value ("webshop").
type Channel string

// The sales channels.
const (
	// ChannelWebshop: the merchant's own online shop.
	ChannelWebshop Channel = "webshop"
	// ChannelMarketplace: a third-party marketplace (the merchant is a seller there).
	ChannelMarketplace Channel = "marketplace"
	// ChannelB2BPortal: a business order portal or order form.
	ChannelB2BPortal Channel = "b2b_portal"
	// ChannelClickAndCollect: ordered online, collected at a shop, warehouse or gate.
	ChannelClickAndCollect Channel = "click_and_collect"
	// ChannelPhone: ordered by telephone (a distance contract too).
	ChannelPhone Channel = "phone"
)

// Channels returns every known channel, in a fixed order.
func Channels() []Channel {
	return []Channel{ChannelWebshop, ChannelMarketplace, ChannelB2BPortal, ChannelClickAndCollect, ChannelPhone}
}

// ParseChannel returns the channel named s. Names are exact (lower case);
// anything else is an *UnknownValueError matching ErrUnknownChannel.
func ParseChannel(s string) (Channel, error) {
	c := Channel(s)
	if !c.Valid() {
		return "", &UnknownValueError{Err: ErrUnknownChannel, Value: s}
	}
	return c, nil
}

// Valid reports whether c is one of the Channel constants.
func (c Channel) Valid() bool {
	switch c {
	case ChannelWebshop, ChannelMarketplace, ChannelB2BPortal, ChannelClickAndCollect, ChannelPhone:
		return true
	}
	return false
}

// String returns the channel's name.
func (c Channel) String() string { return string(c) }

// MarshalText encodes the channel's name. The empty (unset) channel encodes
// as the empty string, so an incomplete order can still be written and read
// back; any other unknown name is an error, so nothing is written that
// cannot be read.
func (c Channel) MarshalText() ([]byte, error) {
	if c != "" && !c.Valid() {
		return nil, &UnknownValueError{Err: ErrUnknownChannel, Value: string(c)}
	}
	return []byte(c), nil
}

// UnmarshalText decodes a channel name. The empty string decodes to the
// unset channel (which Order.Validate reports); an unknown name is an error.
func (c *Channel) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = ""
		return nil
	}
	v, err := ParseChannel(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// CustomerKind tells a consumer (B2C) from a business (B2B) buyer. Only a
// consumer has the legal withdrawal right; a business may get
// reverse-charged VAT. Its JSON and text form is the constant's value.
type CustomerKind string

// The customer kinds.
const (
	// Consumer: a natural person acting outside their trade.
	Consumer CustomerKind = "consumer"
	// Business: a company, a legal person, or anyone buying for their trade.
	Business CustomerKind = "business"
)

// ParseCustomerKind returns the customer kind named s ("consumer" or
// "business"); anything else is an *UnknownValueError matching
// ErrUnknownCustomerKind.
func ParseCustomerKind(s string) (CustomerKind, error) {
	k := CustomerKind(s)
	if !k.Valid() {
		return "", &UnknownValueError{Err: ErrUnknownCustomerKind, Value: s}
	}
	return k, nil
}

// Valid reports whether k is Consumer or Business.
func (k CustomerKind) Valid() bool { return k == Consumer || k == Business }

// String returns the kind's name.
func (k CustomerKind) String() string { return string(k) }

// MarshalText encodes the kind's name; the empty (unset) kind encodes as the
// empty string, any other unknown name is an error.
func (k CustomerKind) MarshalText() ([]byte, error) {
	if k != "" && !k.Valid() {
		return nil, &UnknownValueError{Err: ErrUnknownCustomerKind, Value: string(k)}
	}
	return []byte(k), nil
}

// UnmarshalText decodes a kind name. The empty string decodes to the unset
// kind (which Order.Validate reports); an unknown name is an error.
func (k *CustomerKind) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*k = ""
		return nil
	}
	v, err := ParseCustomerKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// EventKind is what happened to an order. The zero EventKind is not a kind,
// so an event whose kind was forgotten is caught. Its JSON and text form is
// its name ("withdrawal_notified").
type EventKind uint8

// The event kinds.
const (
	// KindPlaced: the order was placed (its At is the order's PlacedAt).
	KindPlaced EventKind = iota + 1
	// KindPaid: a payment was received: Amount and the payment Reference.
	KindPaid
	// KindShipped: a parcel left with Lines (ids and quantities).
	KindShipped
	// KindDelivered: a parcel with Lines reached the consumer at At; Proof
	// holds the proof of delivery.
	KindDelivered
	// KindCancelled: Lines were cancelled before shipping.
	KindCancelled
	// KindWithdrawalNotified: the consumer notified a withdrawal at At,
	// optionally naming the Lines withdrawn (none named: the whole order).
	KindWithdrawalNotified
	// KindReturned: returned Lines were received back by the trader at At.
	KindReturned
	// KindRefunded: an amount was refunded at At.
	KindRefunded
)

// eventKindNames is indexed by EventKind.
func eventKindNames() [9]string {
	return [...]string{"", "placed", "paid", "shipped", "delivered", "cancelled", "withdrawal_notified", "returned", "refunded"}
}

// EventKinds returns every event kind, in declaration order.
func EventKinds() []EventKind {
	return []EventKind{KindPlaced, KindPaid, KindShipped, KindDelivered, KindCancelled, KindWithdrawalNotified, KindReturned, KindRefunded}
}

// ParseEventKind returns the kind named s ("delivered"); anything else is an
// *UnknownValueError matching ErrUnknownEventKind.
func ParseEventKind(s string) (EventKind, error) {
	names := eventKindNames()
	for k := KindPlaced; k <= KindRefunded; k++ {
		if names[k] == s {
			return k, nil
		}
	}
	return 0, &UnknownValueError{Err: ErrUnknownEventKind, Value: s}
}

// Valid reports whether k is one of the EventKind constants.
func (k EventKind) Valid() bool { return k >= KindPlaced && k <= KindRefunded }

// String returns the kind's name, or "EventKind(n)" for an invalid kind.
func (k EventKind) String() string {
	if !k.Valid() {
		return "EventKind(" + strconv.Itoa(int(k)) + ")"
	}
	return eventKindNames()[k]
}

// MarshalText encodes the kind's name; an invalid kind is an error.
func (k EventKind) MarshalText() ([]byte, error) {
	if !k.Valid() {
		return nil, &UnknownValueError{Err: ErrUnknownEventKind, Value: k.String()}
	}
	return []byte(eventKindNames()[k]), nil
}

// UnmarshalText decodes a kind's name; an unknown name is an error.
func (k *EventKind) UnmarshalText(b []byte) error {
	v, err := ParseEventKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}
