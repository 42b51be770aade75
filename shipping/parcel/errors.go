package parcel

import (
	"errors"
	"fmt"
	"strings"
)

// ErrInvalidInput is matched (with errors.Is) by every *InputError: a
// dimension that is zero or negative, a negative weight or limit, a zero or
// negative divisor, a zero or negative quantity.
var ErrInvalidInput = errors.New("parcel: invalid input")

// ErrOverflow is matched (with errors.Is) by the *OverflowError returned
// when a volume, a girth, a sum of sides or a total weight does not fit an
// int64. Real parcels never get there; absurd inputs do.
var ErrOverflow = errors.New("parcel: arithmetic overflow")

// ErrExceedsLimit is matched (with errors.Is) by *LimitError and
// *LimitsError: a parcel or an item beyond one of a service's limits.
var ErrExceedsLimit = errors.New("parcel: exceeds a service limit")

// InputError reports a value that the package cannot work with.
type InputError struct {
	Field  string // what the value is, e.g. "length", "weight", "divisor", "quantity"
	Value  int64  // the value as given
	Reason string // e.g. "must be positive"
}

// Error returns the message, e.g. "parcel: invalid length -5: must be positive".
func (e *InputError) Error() string {
	return fmt.Sprintf("parcel: invalid %s %d: %s", e.Field, e.Value, e.Reason)
}

// Is makes errors.Is(err, ErrInvalidInput) true.
func (e *InputError) Is(target error) bool { return target == ErrInvalidInput }

// OverflowError reports an operation whose result does not fit an int64.
type OverflowError struct {
	Op string // what was being computed, e.g. "volume", "girth"
}

// Error returns the message, e.g. "parcel: volume overflows int64".
func (e *OverflowError) Error() string {
	return "parcel: " + e.Op + " overflows int64"
}

// Is makes errors.Is(err, ErrOverflow) true.
func (e *OverflowError) Is(target error) bool { return target == ErrOverflow }

// LimitError reports one limit a parcel exceeds: which limit, the limit's
// value and the parcel's value, in grams for MaxWeight and in millimetres
// otherwise.
//
// For BoxSize, Box is the box compared (sorted, longest side first: the
// nearest of the service's boxes, the one the parcel misses by the fewest
// millimetres summed over the three sides, earliest on a tie), and Max and
// Got are the first side (longest first) on which the parcel's sorted
// dimensions exceed the box's.
type LimitError struct {
	Limit Limit      // the limit that failed
	Max   int64      // the limit's value (g or mm)
	Got   int64      // the parcel's value (g or mm)
	Box   Dimensions // for BoxSize only: the box compared, sorted
}

// Error returns the message, e.g. "parcel: girth 3120 mm exceeds 3000 mm".
func (e *LimitError) Error() string {
	u := e.Limit.Unit()
	if e.Limit == BoxSize {
		return fmt.Sprintf("parcel: does not fit box %s: side %d %s exceeds %d %s",
			e.Box, e.Got, u, e.Max, u)
	}
	return fmt.Sprintf("parcel: %s %d %s exceeds %d %s", e.Limit, e.Got, u, e.Max, u)
}

// Is makes errors.Is(err, ErrExceedsLimit) true.
func (e *LimitError) Is(target error) bool { return target == ErrExceedsLimit }

// LimitsError lists every limit a parcel exceeds, in the order of the Limit
// constants. errors.As(err, &le) with le a *LimitError finds the first;
// Failed holds them all.
type LimitsError struct {
	Failed []*LimitError // never empty
}

// Error returns the message, listing every failed limit.
func (e *LimitsError) Error() string {
	var b strings.Builder
	b.WriteString("parcel: exceeds ")
	if len(e.Failed) == 1 {
		b.WriteString("1 limit: ")
	} else {
		fmt.Fprintf(&b, "%d limits: ", len(e.Failed))
	}
	for i, le := range e.Failed {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(strings.TrimPrefix(le.Error(), "parcel: "))
	}
	return b.String()
}

// Is makes errors.Is(err, ErrExceedsLimit) true.
func (e *LimitsError) Is(target error) bool { return target == ErrExceedsLimit }

// Unwrap returns every *LimitError, so errors.As reaches them.
func (e *LimitsError) Unwrap() []error {
	errs := make([]error, len(e.Failed))
	for i, le := range e.Failed {
		errs[i] = le
	}
	return errs
}

// Has reports whether the limit l is among the failed ones.
func (e *LimitsError) Has(l Limit) bool {
	for _, le := range e.Failed {
		if le.Limit == l {
			return true
		}
	}
	return false
}

// ItemError reports a basket item that Split cannot place: its input is
// invalid, or one unit of it alone (with the box's tare) does not fit the
// service. Err is an *InputError, an *OverflowError or a *LimitsError, and
// errors.Is / errors.As see through to it.
type ItemError struct {
	Index int    // the item's position in the basket
	Ref   string // the item's reference as given
	Err   error  // what is wrong
}

// Error returns the message, naming the item and what is wrong.
func (e *ItemError) Error() string {
	return fmt.Sprintf("parcel: item %d (%q): %s", e.Index, e.Ref,
		strings.TrimPrefix(e.Err.Error(), "parcel: "))
}

// Unwrap returns Err.
func (e *ItemError) Unwrap() error { return e.Err }
