package pricing

import (
	"errors"
	"fmt"
)

// Sentinel errors of the tax calculation; every error Calculate returns
// matches one of them or an error of the money or vat package.
var (
	// ErrInvalidPolicy: a Policy field is unset or out of range.
	ErrInvalidPolicy = errors.New("pricing: invalid policy")
	// ErrInvalidDocument: a document that cannot be priced (see DocumentError).
	ErrInvalidDocument = errors.New("pricing: invalid document")
)

// DocumentError says what is wrong with a document and where: Field is a
// path such as "lines[2].quantity", "lines[2].discounts[0]" or
// "discounts[0]".
type DocumentError struct {
	Field  string
	Reason string
}

// Error names the field and the problem.
func (e *DocumentError) Error() string {
	return fmt.Sprintf("pricing: %s: %s", e.Field, e.Reason)
}

// Is reports whether target is ErrInvalidDocument.
func (e *DocumentError) Is(target error) bool { return target == ErrInvalidDocument }

func docErr(field, format string, args ...any) error {
	return &DocumentError{Field: field, Reason: fmt.Sprintf(format, args...)}
}
