package method

// Channel is how the buyer pays: in a browser, in the merchant's app, at
// a till, or through a person taking the order. It is the payment's
// interaction (Adyen's shopperInteraction and channel), not the sales
// channel of package order: an order from a B2B portal is paid on the
// web. Its JSON and text form is the constant's value ("mobile_app").
type Channel string

// The payment channels.
const (
	// Web: a checkout page in a browser, on a computer or a phone.
	Web Channel = "web"
	// MobileApp: the merchant's own app (in-app payment, app switch).
	MobileApp Channel = "mobile_app"
	// POS: in person, at a terminal or a QR code at the till.
	POS Channel = "pos"
	// MOTO: mail or telephone order keyed in by the merchant; outside
	// strong customer authentication (law-and-tax.md section 6, S4), so
	// only methods that need no buyer approval work.
	MOTO Channel = "moto"
)

// Channels returns every channel, in a fixed order.
func Channels() []Channel { return []Channel{Web, MobileApp, POS, MOTO} }

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
func (c Channel) Valid() bool { return c.bit() != 0 }

// bit is the channel's place in a channel set, 0 for an unknown channel.
func (c Channel) bit() uint8 {
	switch c {
	case Web:
		return 1
	case MobileApp:
		return 2
	case POS:
		return 4
	case MOTO:
		return 8
	}
	return 0
}

// String returns the channel's name.
func (c Channel) String() string { return string(c) }

// MarshalText encodes the channel's name; an unknown channel is an error.
func (c Channel) MarshalText() ([]byte, error) {
	if !c.Valid() {
		return nil, &UnknownValueError{Err: ErrUnknownChannel, Value: string(c)}
	}
	return []byte(c), nil
}

// UnmarshalText decodes a channel name as ParseChannel does.
func (c *Channel) UnmarshalText(b []byte) error {
	v, err := ParseChannel(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}
