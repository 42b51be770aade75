package order

import (
	"errors"
	"fmt"
	"strings"
)

// Sentinel errors. Every error the package returns matches one of them with
// errors.Is; the typed errors below carry the details.
var (
	// ErrInvalidOrder: Order.Validate found at least one broken invariant.
	// The error is a *ValidationError listing every problem.
	ErrInvalidOrder = errors.New("order: invalid order")
	// ErrInvalidHistory: History.Validate found at least one event that
	// contradicts the order or the other events. The error is a
	// *ValidationError listing every problem.
	ErrInvalidHistory = errors.New("order: invalid history")
	// ErrUnknownChannel: a channel name that is not one of the Channel constants.
	ErrUnknownChannel = errors.New("order: unknown channel")
	// ErrUnknownCustomerKind: a customer kind that is not consumer or business.
	ErrUnknownCustomerKind = errors.New("order: unknown customer kind")
	// ErrUnknownEventKind: an event kind that is not one of the EventKind constants.
	ErrUnknownEventKind = errors.New("order: unknown event kind")
	// ErrJSON: a JSON document whose shape is not the one this package
	// writes, such as an event without a kind.
	ErrJSON = errors.New("order: invalid JSON")
)

// UnknownValueError reports a name that is not a known value of one of the
// package's enumerations. Err is ErrUnknownChannel, ErrUnknownCustomerKind or
// ErrUnknownEventKind, so errors.Is matches the enumeration.
type UnknownValueError struct {
	Err   error  // the sentinel of the enumeration
	Value string // the name that was not recognised
}

// Error returns the sentinel's text and the value: `order: unknown channel "fax"`.
func (e *UnknownValueError) Error() string {
	return fmt.Sprintf("%v %q", e.Err, e.Value)
}

// Unwrap returns the sentinel of the enumeration.
func (e *UnknownValueError) Unwrap() error { return e.Err }

// Problem is one broken invariant: where it is and what is wrong.
type Problem struct {
	// Path locates the offending value with the JSON field names of the
	// order or the history: "lines[2].gross", "vat_breakdown[0].net",
	// "events[3].lines[0].quantity". An empty element of a path never occurs.
	Path string `json:"path"`
	// Message says what is wrong, with the values involved.
	Message string `json:"message"`
}

// String returns "path: message".
func (p Problem) String() string { return p.Path + ": " + p.Message }

// ValidationError lists every problem a validation found, in a stable order
// (the order of the fields and elements checked). Err is ErrInvalidOrder or
// ErrInvalidHistory, so errors.Is tells which validation failed.
type ValidationError struct {
	// Err is ErrInvalidOrder or ErrInvalidHistory.
	Err error
	// Problems are the broken invariants, at least one.
	Problems []Problem
}

// Error lists every problem: "order: invalid order: 2 problems: id: ...; totals.gross: ...".
func (e *ValidationError) Error() string {
	var b strings.Builder
	if e.Err != nil {
		b.WriteString(e.Err.Error())
	} else {
		b.WriteString("order: validation failed")
	}
	switch len(e.Problems) {
	case 0:
	case 1:
		b.WriteString(": ")
		b.WriteString(e.Problems[0].String())
	default:
		fmt.Fprintf(&b, ": %d problems: ", len(e.Problems))
		for i, p := range e.Problems {
			if i > 0 {
				b.WriteString("; ")
			}
			b.WriteString(p.String())
		}
	}
	return b.String()
}

// Unwrap returns ErrInvalidOrder or ErrInvalidHistory.
func (e *ValidationError) Unwrap() error { return e.Err }
