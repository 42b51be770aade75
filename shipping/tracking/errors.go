package tracking

import (
	"errors"
	"fmt"
)

// Sentinel errors. Every error returned by this package matches one of them
// with errors.Is; the typed errors below carry the details.
var (
	// ErrUnknownStage: a stage name that is not one of the Stage constants.
	ErrUnknownStage = errors.New("tracking: unknown stage")
	// ErrUnknownReason: a reason name that is not one of the Reason constants.
	ErrUnknownReason = errors.New("tracking: unknown reason")
	// ErrInvalidTable: a mapping table that cannot be built (an empty carrier
	// name, an empty code, a code mapped twice, an invalid stage or reason).
	ErrInvalidTable = errors.New("tracking: invalid mapping table")
	// ErrDuplicateCode: a table maps one raw code twice. It also matches
	// ErrInvalidTable.
	ErrDuplicateCode = errors.New("tracking: code mapped twice")
	// ErrNotDelivered: a conversion to the order's delivered event of an
	// event whose stage is not delivered.
	ErrNotDelivered = errors.New("tracking: event is not a delivery")
	// ErrNoProofTime: a delivered event without a proof of delivery, or whose
	// proof has no time.
	ErrNoProofTime = errors.New("tracking: delivery without proof time")
	// ErrInvalidArgument: a conversion missing its parcel or lines.
	ErrInvalidArgument = errors.New("tracking: invalid argument")
)

// UnknownValueError reports a stage or reason name that could not be parsed.
// Err is ErrUnknownStage or ErrUnknownReason.
type UnknownValueError struct {
	Err   error  // the sentinel saying what kind of value is unknown
	Value string // the name as given
}

// Error quotes the value and says what it should have been.
func (e *UnknownValueError) Error() string {
	return fmt.Sprintf("%v %q", e.Err, e.Value)
}

// Unwrap returns the sentinel error.
func (e *UnknownValueError) Unwrap() error { return e.Err }

// TableError reports a row that keeps a mapping table from being built. It
// matches ErrInvalidTable, and also ErrDuplicateCode when a code is mapped
// twice.
type TableError struct {
	Carrier string // the carrier the table is for
	Row     int    // the index of the offending row in the rows given, -1 for the carrier itself
	Code    string // the row's raw code
	Problem string // what is wrong with the row
	dup     bool
}

// Error names the carrier, the row and its code, and what is wrong.
func (e *TableError) Error() string {
	if e.Row < 0 {
		return fmt.Sprintf("tracking: table for carrier %q: %s", e.Carrier, e.Problem)
	}
	return fmt.Sprintf("tracking: table for carrier %q: row %d, code %q: %s", e.Carrier, e.Row, e.Code, e.Problem)
}

// Is reports whether target is ErrInvalidTable, or ErrDuplicateCode for a
// code mapped twice.
func (e *TableError) Is(target error) bool {
	return target == ErrInvalidTable || (e.dup && target == ErrDuplicateCode)
}

// DuplicateCode reports whether the error is a code mapped twice.
func (e *TableError) DuplicateCode() bool { return e.dup }

// ConversionError reports an event that cannot become the order's delivered
// event. Err is ErrNotDelivered, ErrNoProofTime or ErrInvalidArgument.
type ConversionError struct {
	Carrier string // the event's carrier
	RawCode string // the event's raw code
	Stage   Stage  // the event's stage
	Err     error  // the sentinel saying what is wrong
}

// Error names the event and what is wrong with it.
func (e *ConversionError) Error() string {
	return fmt.Sprintf("%v: carrier %q, code %q, stage %s", e.Err, e.Carrier, e.RawCode, e.Stage)
}

// Unwrap returns the sentinel error.
func (e *ConversionError) Unwrap() error { return e.Err }
