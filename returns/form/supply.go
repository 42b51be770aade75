package form

import (
	"strconv"

	"github.com/comptoir/comptoir/order"
)

// Supply is what a line supplies: goods, digital content or a service. The
// model form words the withdrawal after it ("the contract for the sale of
// the goods", "for the provision of the service") and asks when goods were
// received. The zero Supply is not a supply, so a line whose supply was
// forgotten is reported rather than taken for goods.
type Supply uint8

// The supplies.
const (
	// Goods: tangible goods, digital content on a tangible medium included.
	Goods Supply = iota + 1
	// DigitalContent: digital content not supplied on a tangible medium.
	DigitalContent
	// Service: a service, a digital service included.
	Service
)

// SupplyOf returns the supply of an order line from its flags: Service when
// the line is a service (even a digital one), DigitalContent when it is
// digital content, Goods otherwise.
func SupplyOf(l order.Line) Supply {
	switch {
	case l.Flags.Service:
		return Service
	case l.Flags.Digital:
		return DigitalContent
	}
	return Goods
}

// Valid reports whether s is one of the Supply constants.
func (s Supply) Valid() bool { return s >= Goods && s <= Service }

// String returns "goods", "digital_content", "service", or "Supply(n)" for
// an invalid value.
func (s Supply) String() string {
	switch s {
	case Goods:
		return "goods"
	case DigitalContent:
		return "digital_content"
	case Service:
		return "service"
	}
	return "Supply(" + strconv.Itoa(int(s)) + ")"
}
