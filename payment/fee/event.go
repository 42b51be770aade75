package fee

import (
	"strconv"
	"strings"
)

// Event is what happened to a payment that the PSP bills: a successful
// payment, a refund, a chargeback or a failed attempt. Every Rule applies
// to exactly one event; the zero Event is not an event.
type Event uint8

// The billed events.
const (
	// Success: a payment that went through; its amount is volume.
	Success Event = iota + 1
	// Refund: money sent back to the buyer; its amount is the refunded
	// amount.
	Refund
	// Chargeback: a payment disputed by the buyer through the issuer; its
	// amount is the disputed amount.
	Chargeback
	// Failure: a payment attempt that failed after the PSP processed it,
	// such as a SEPA direct debit returned unpaid.
	Failure
	eventEnd // one past the last event
)

// eventNames are the codes of the events, indexed by Event.
func eventNames() [eventEnd]string {
	return [eventEnd]string{"", "success", "refund", "chargeback", "failure"}
}

// ParseEvent returns the event with the given code: "success", "refund",
// "chargeback" or "failure", in any ASCII case. Anything else, the empty
// string included, is an *UnknownError.
func ParseEvent(code string) (Event, error) {
	for e, name := range eventNames() {
		if e > 0 && strings.EqualFold(code, name) {
			return Event(e), nil
		}
	}
	return 0, &UnknownError{Kind: kindEvent, Input: code}
}

// Valid reports whether e is one of the Event constants; the zero Event is
// not.
func (e Event) Valid() bool { return e > 0 && e < eventEnd }

// String returns the event's code, or "event(n)" for an invalid value.
func (e Event) String() string {
	if !e.Valid() {
		return invalidName(kindEvent, uint8(e))
	}
	return eventNames()[e]
}

// MarshalText encodes e as its code; an invalid Event is an *UnknownError.
func (e Event) MarshalText() ([]byte, error) {
	if !e.Valid() {
		return nil, &UnknownError{Kind: kindEvent, Input: e.String()}
	}
	return []byte(e.String()), nil
}

// UnmarshalText decodes a code as ParseEvent does.
func (e *Event) UnmarshalText(b []byte) error {
	v, err := ParseEvent(string(b))
	if err != nil {
		return err
	}
	*e = v
	return nil
}

// invalidName is the String of an enum value outside its constants.
func invalidName(kind string, v uint8) string {
	return kind + "(" + strconv.Itoa(int(v)) + ")"
}
