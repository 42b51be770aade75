package promo

import (
	"errors"
	"fmt"
)

// Errors of the engine. Every error NewEngine and Apply return matches
// one of them or an error of package money.
var (
	// ErrInvalidPromotion: a promotion that cannot run (see
	// PromotionError), or an action or condition given values out of
	// range.
	ErrInvalidPromotion = errors.New("promo: invalid promotion")
	// ErrInvalidCart: a cart that cannot be priced (see CartError).
	ErrInvalidCart = errors.New("promo: invalid cart")
)

// PromotionError says which promotion is wrong and why.
type PromotionError struct {
	ID     string
	Reason string
}

// Error names the promotion and the problem.
func (e *PromotionError) Error() string {
	return fmt.Sprintf("promo: promotion %q: %s", e.ID, e.Reason)
}

// Is reports whether target is ErrInvalidPromotion.
func (e *PromotionError) Is(target error) bool { return target == ErrInvalidPromotion }

// CartError says what is wrong with a cart and where: Field is a path
// such as "lines[2].quantity".
type CartError struct {
	Field  string
	Reason string
}

// Error names the field and the problem.
func (e *CartError) Error() string { return fmt.Sprintf("promo: cart %s: %s", e.Field, e.Reason) }

// Is reports whether target is ErrInvalidCart.
func (e *CartError) Is(target error) bool { return target == ErrInvalidCart }

func cartErr(field, format string, args ...any) error {
	return &CartError{Field: field, Reason: fmt.Sprintf(format, args...)}
}
