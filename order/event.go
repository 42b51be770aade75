package order

import (
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"github.com/comptoir/comptoir/money"
	"github.com/shopspring/decimal"
)

// Event is something that happened to an order after it was placed, at a
// time. One struct serves every kind: Kind says which fields it uses, and
// the others stay zero (History.Validate reports a field a kind does not
// use). The constructors (Paid, Shipped, Delivered, ...) build each kind.
//
//	kind                 fields used
//	placed               At (= the order's PlacedAt)
//	paid, refunded       At, Amount, Reference
//	shipped              At, Parcel, Lines
//	delivered            At (possession by the consumer), Parcel, Lines, Proof
//	cancelled            At, Lines
//	withdrawal_notified  At (notice sent), Lines (optional: none = whole order)
//	returned             At (goods received back), Lines
//
// In JSON an event is a flat object with snake_case names and the fields its
// kind does not use left out: {"kind":"delivered","at":"2026-06-08T10:12:00Z",
// "parcel":"P2","lines":[{"line_id":"L1","quantity":"1"}],"proof":"signature:…"}.
type Event struct {
	// Kind is what happened.
	Kind EventKind `json:"kind"`
	// At is when it happened; for a delivery, when the consumer took
	// possession; for a return, when the trader received the goods back.
	At time.Time `json:"at"`
	// Parcel identifies the parcel shipped or delivered (a tracking number).
	Parcel string `json:"parcel,omitempty"`
	// Lines are the lines and quantities concerned.
	Lines []LineQuantity `json:"lines,omitempty"`
	// Amount is the amount paid or refunded, positive, in the order's currency.
	Amount money.Money `json:"amount,omitempty"`
	// Reference identifies the payment or refund at the provider.
	Reference string `json:"reference,omitempty"`
	// Proof is the proof of delivery: a signature or photo reference, a
	// pickup point's receipt.
	Proof string `json:"proof,omitempty"`
}

// LineQuantity is a quantity of one order line.
type LineQuantity struct {
	// LineID is the id of the order's line.
	LineID string `json:"line_id"`
	// Quantity is a number of units or a decimal amount, as the line's
	// Quantity; positive.
	Quantity decimal.Decimal `json:"quantity"`
}

// Units returns n whole units of the line with the given id.
func Units(lineID string, n int64) LineQuantity {
	return LineQuantity{LineID: lineID, Quantity: decimal.NewFromInt(n)}
}

// Placed returns the event of an order placed at at.
func Placed(at time.Time) Event { return Event{Kind: KindPlaced, At: at} }

// Paid returns the event of a payment of amount, with its reference at the
// provider, received at at.
func Paid(at time.Time, amount money.Money, reference string) Event {
	return Event{Kind: KindPaid, At: at, Amount: amount, Reference: reference}
}

// Shipped returns the event of a parcel carrying lines that left at at.
func Shipped(at time.Time, parcel string, lines ...LineQuantity) Event {
	return Event{Kind: KindShipped, At: at, Parcel: parcel, Lines: slices.Clone(lines)}
}

// Delivered returns the event of a parcel carrying lines that the consumer
// took possession of at at, with the proof of delivery.
func Delivered(at time.Time, parcel, proof string, lines ...LineQuantity) Event {
	return Event{Kind: KindDelivered, At: at, Parcel: parcel, Lines: slices.Clone(lines), Proof: proof}
}

// Cancelled returns the event of lines cancelled at at.
func Cancelled(at time.Time, lines ...LineQuantity) Event {
	return Event{Kind: KindCancelled, At: at, Lines: slices.Clone(lines)}
}

// WithdrawalNotified returns the event of a withdrawal notice sent by the
// consumer at at, for the given lines, or for the whole order when none are
// given.
func WithdrawalNotified(at time.Time, lines ...LineQuantity) Event {
	return Event{Kind: KindWithdrawalNotified, At: at, Lines: slices.Clone(lines)}
}

// Returned returns the event of returned lines received back at at.
func Returned(at time.Time, lines ...LineQuantity) Event {
	return Event{Kind: KindReturned, At: at, Lines: slices.Clone(lines)}
}

// Refunded returns the event of a refund of amount, with its reference at
// the provider, made at at.
func Refunded(at time.Time, amount money.Money, reference string) Event {
	return Event{Kind: KindRefunded, At: at, Amount: amount, Reference: reference}
}

// Equal reports whether e and f are the same event: times by instant,
// quantities by value.
func (e Event) Equal(f Event) bool {
	return e.Kind == f.Kind && e.At.Equal(f.At) && e.Parcel == f.Parcel &&
		e.Amount == f.Amount && e.Reference == f.Reference && e.Proof == f.Proof &&
		slicesEqual(e.Lines, f.Lines, func(a, b LineQuantity) bool {
			return a.LineID == b.LineID && decEqual(a.Quantity, b.Quantity)
		})
}

// String returns a short description for logs: "delivered 2026-06-08T10:12:00Z parcel P2 [L1×1]".
func (e Event) String() string {
	s := e.Kind.String() + " " + e.At.Format(time.RFC3339)
	if e.Parcel != "" {
		s += " parcel " + e.Parcel
	}
	if e.Kind == KindPaid || e.Kind == KindRefunded || !e.Amount.IsZero() {
		s += " " + e.Amount.String()
	}
	if len(e.Lines) > 0 {
		s += " ["
		for i, l := range e.Lines {
			if i > 0 {
				s += " "
			}
			s += l.LineID + "×" + l.Quantity.String()
		}
		s += "]"
	}
	return s
}

// eventJSON is the wire shape of an Event: an absent amount is left out
// rather than written as null.
type eventJSON struct {
	Kind      *EventKind     `json:"kind"`
	At        time.Time      `json:"at"`
	Parcel    string         `json:"parcel,omitempty"`
	Lines     []LineQuantity `json:"lines,omitempty"`
	Amount    *money.Money   `json:"amount,omitempty"`
	Reference string         `json:"reference,omitempty"`
	Proof     string         `json:"proof,omitempty"`
}

// MarshalJSON encodes the event as a flat object, leaving out the fields its
// kind does not use. An invalid kind is an error.
func (e Event) MarshalJSON() ([]byte, error) {
	k := e.Kind
	w := eventJSON{Kind: &k, At: e.At, Parcel: e.Parcel, Lines: e.Lines, Reference: e.Reference, Proof: e.Proof}
	if e.Amount != (money.Money{}) {
		w.Amount = &e.Amount
	}
	return json.Marshal(w)
}

// UnmarshalJSON decodes what MarshalJSON encodes. The kind is required: a
// missing kind wraps ErrJSON, an unknown one is an *UnknownValueError
// matching ErrUnknownEventKind. Unknown fields are ignored.
func (e *Event) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		return nil
	}
	var w eventJSON
	if err := json.Unmarshal(data, &w); err != nil {
		return err
	}
	if w.Kind == nil {
		return fmt.Errorf("%w: event without a kind", ErrJSON)
	}
	*e = Event{Kind: *w.Kind, At: w.At, Parcel: w.Parcel, Lines: w.Lines, Reference: w.Reference, Proof: w.Proof}
	if w.Amount != nil {
		e.Amount = *w.Amount
	}
	return nil
}
