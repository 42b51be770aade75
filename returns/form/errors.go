package form

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// Sentinel errors. Every error the package returns matches one of them with
// errors.Is; the typed errors below carry the details.
var (
	// ErrUnknownLine: a withdrawal names a line the order does not have.
	// The error is a *LineError.
	ErrUnknownLine = errors.New("form: unknown order line")
	// ErrDuplicateLine: a withdrawal names the same line twice. The error
	// is a *LineError.
	ErrDuplicateLine = errors.New("form: line named twice")
	// ErrInvalidQuantity: a withdrawn quantity that is not positive, is more
	// than was ordered, is finer than the line is sold in (half a unit of a
	// line sold by the unit) or is out of range. The error is a *LineError.
	ErrInvalidQuantity = errors.New("form: invalid withdrawn quantity")
	// ErrInvalidField: a request, form or trader with a required value
	// missing or malformed (no lines, no time, no trader name, an invalid
	// date, a nil location). The error is a *FieldError.
	ErrInvalidField = errors.New("form: invalid field")
	// ErrUnsupportedLanguage: a language other than French, Dutch, German or
	// English. The error is a *LanguageError.
	ErrUnsupportedLanguage = errors.New("form: unsupported language")
)

// LineError reports a withdrawn line that does not fit the order: an unknown
// or repeated line id, or a quantity the line cannot give back. Err is
// ErrUnknownLine, ErrDuplicateLine or ErrInvalidQuantity.
type LineError struct {
	Err      error           // the sentinel
	Index    int             // the position of the line in the withdrawal as given
	LineID   string          // the line id as given
	Quantity decimal.Decimal // the quantity withdrawn
	Ordered  decimal.Decimal // the quantity ordered; zero for an unknown line
	Reason   string          // what is wrong, in English
}

// Error returns the message: `form: invalid withdrawn quantity: line "L2"
// (withdrawal[1]): 3 is more than the 2 ordered`.
func (e *LineError) Error() string {
	return fmt.Sprintf("%v: line %q (withdrawal[%d]): %s", e.Err, truncate(e.LineID), e.Index, e.Reason)
}

// Unwrap returns the sentinel.
func (e *LineError) Unwrap() error { return e.Err }

// FieldError reports a required value that is missing or malformed. It
// matches ErrInvalidField.
type FieldError struct {
	// Field locates the value: "sent_at", "trader.name", "lines[2].quantity".
	Field string
	// Reason says what is wrong, in English.
	Reason string
}

// Error returns the message: "form: invalid field trader.name: missing".
func (e *FieldError) Error() string {
	return fmt.Sprintf("%v %s: %s", ErrInvalidField, e.Field, e.Reason)
}

// Unwrap returns ErrInvalidField.
func (e *FieldError) Unwrap() error { return ErrInvalidField }

// LanguageError reports a language the package has no text for. It matches
// ErrUnsupportedLanguage. The text is never silently given in English.
type LanguageError struct {
	Tag language.Tag // the language as given
}

// Error returns the message, listing the supported languages.
func (e *LanguageError) Error() string {
	return fmt.Sprintf("%v %q (supported: %s)", ErrUnsupportedLanguage, e.Tag.String(), "de, en, fr, nl")
}

// Unwrap returns ErrUnsupportedLanguage.
func (e *LanguageError) Unwrap() error { return ErrUnsupportedLanguage }

// maxQuoted bounds how much of an input an error message repeats, so a
// megabyte of garbage does not end up in a log line. The error keeps it all.
const maxQuoted = 40

// truncate returns s cut to maxQuoted bytes, with "..." when cut.
func truncate(s string) string {
	if len(s) <= maxQuoted {
		return s
	}
	return s[:maxQuoted] + "..."
}
