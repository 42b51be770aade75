package method

import (
	"errors"
	"fmt"
)

// Sentinel errors. Every error this package returns matches one of them
// with errors.Is; the typed errors below carry the details and, where a
// cause is wrapped (an unknown country, a money error), keep it reachable.
var (
	// ErrInvalidMethod: a method that NewCatalog refuses (see MethodError).
	ErrInvalidMethod = errors.New("method: invalid method")
	// ErrDuplicateName: an ID or alias already used by a method of the
	// catalogue, or a method listed twice in a query's preferences.
	ErrDuplicateName = errors.New("method: name used twice")
	// ErrUnknownMethod: a name that is neither the ID nor an alias of a
	// method of the catalogue (see UnknownMethodError).
	ErrUnknownMethod = errors.New("method: unknown method")
	// ErrInvalidQuery: a query that cannot be answered (see QueryError).
	ErrInvalidQuery = errors.New("method: invalid query")
	// ErrUnknownCountry: a country that is not an assigned ISO 3166-1
	// alpha-2 code.
	ErrUnknownCountry = errors.New("method: unknown country")
	// ErrUnknownFamily: a family name that is not one of the Family
	// constants.
	ErrUnknownFamily = errors.New("method: unknown family")
	// ErrUnknownChannel: a channel name that is not one of the Channel
	// constants.
	ErrUnknownChannel = errors.New("method: unknown channel")
	// ErrInvalidName: an ID, alias or brand that is not 1 to MaxNameLen
	// lower-case ASCII letters, digits and underscores.
	ErrInvalidName = errors.New("method: invalid name")
)

// UnknownValueError reports a name that is not one of a closed list (a
// family, a channel) or that is not well formed (a brand). Err is the
// sentinel it matches: ErrUnknownFamily, ErrUnknownChannel or
// ErrInvalidName.
type UnknownValueError struct {
	Err   error
	Value string
}

// Error names the kind of value and the value.
func (e *UnknownValueError) Error() string { return fmt.Sprintf("%v %q", e.Err, e.Value) }

// Unwrap returns the sentinel.
func (e *UnknownValueError) Unwrap() error { return e.Err }

// UnknownMethodError reports a name that the catalogue does not know.
type UnknownMethodError struct {
	Name string
}

// Error names the unknown method.
func (e *UnknownMethodError) Error() string {
	return fmt.Sprintf("method: unknown method %q", e.Name)
}

// Is reports whether target is ErrUnknownMethod.
func (e *UnknownMethodError) Is(target error) bool { return target == ErrUnknownMethod }

// MethodError says which method NewCatalog refuses, which field and why.
// Field is a path such as "Rules.Amounts[1].Max". Err, when set, is the
// cause (ErrDuplicateName, ErrUnknownCountry, an *UnknownValueError, a
// money error) and stays reachable with errors.Is and errors.As.
type MethodError struct {
	Index  int    // the method's position in NewCatalog's arguments
	ID     string // the method's ID as given
	Field  string
	Reason string
	Err    error
}

// Error names the method, the field and the problem.
func (e *MethodError) Error() string {
	return fmt.Sprintf("method: method #%d %q: %s: %s", e.Index, e.ID, e.Field, e.Reason)
}

// Is reports whether target is ErrInvalidMethod.
func (e *MethodError) Is(target error) bool { return target == ErrInvalidMethod }

// Unwrap returns the cause, if any.
func (e *MethodError) Unwrap() error { return e.Err }

// QueryError says which field of a Query is wrong and why. Err, when set,
// is the cause (ErrUnknownCountry, an *UnknownMethodError,
// ErrDuplicateName, money.ErrUnknownCurrency, ErrUnknownChannel).
type QueryError struct {
	Field  string // "Country", "Amount", "Channel", "At", "Preferred[2]"
	Value  string // the offending value as text
	Reason string
	Err    error
}

// Error names the field, the value and the problem.
func (e *QueryError) Error() string {
	return fmt.Sprintf("method: query %s %q: %s", e.Field, e.Value, e.Reason)
}

// Is reports whether target is ErrInvalidQuery.
func (e *QueryError) Is(target error) bool { return target == ErrInvalidQuery }

// Unwrap returns the cause, if any.
func (e *QueryError) Unwrap() error { return e.Err }
