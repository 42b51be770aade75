package promo

import (
	"context"
	"errors"
	"fmt"
)

// Limits caps how often a promotion may be used. A zero field means no
// limit of that kind.
type Limits struct {
	// Total is the number of orders that may use the promotion.
	Total int
	// PerCustomer is the number of orders one customer may use it in.
	PerCustomer int
	// SingleUseCodes makes each of the promotion's codes good for one
	// order only, as bulk-generated vouchers are.
	SingleUseCodes bool
}

// Counts is a snapshot of past uses, the input Apply checks limits
// against. The zero Counts means nothing has been used yet.
type Counts struct {
	// Promotion is the number of orders that used each promotion, by ID.
	Promotion map[string]int
	// Customer is the number of orders of the customer being priced that
	// used each promotion, by ID.
	Customer map[string]int
	// Code is the number of orders that used each code, by its normalised
	// form (see NormalizeCode).
	Code map[string]int
}

// Use is one promotion used by an order, with the code entered for it (""
// for none) and the limits to enforce when it is redeemed.
type Use struct {
	PromotionID string
	Code        string
	Limits      Limits
}

// Redemption is what an order uses: every promotion it applied.
type Redemption struct {
	OrderID    string
	CustomerID string
	Uses       []Use
}

// Store counts promotion uses, so that limits hold across orders and
// across the processes of a shop. An order counts once per promotion it
// used and once per code it entered; a code's count is the code's, across
// promotions; a guest (customer "") has no per-customer counts, which is
// why Apply refuses promotions limited per customer to guests.
// Implementations must be safe for concurrent use; promotest.Store is an
// in-memory one.
type Store interface {
	// Counts returns the uses recorded so far of the given promotions (in
	// total and by the customer; customerID "" for a guest) and codes.
	Counts(ctx context.Context, customerID string, promotionIDs, codes []string) (Counts, error)
	// Redeem records every use of r at once, or none: when one use would
	// go past its limits it returns an error matching ErrLimitReached
	// (a *LimitError says which). Of two concurrent redemptions of a
	// single-use code exactly one succeeds. Redeeming an order ID already
	// redeemed is an error matching ErrAlreadyRedeemed, an invalid one
	// ErrInvalidRedemption.
	Redeem(ctx context.Context, r Redemption) error
	// Release frees the uses of a cancelled order, so its codes and its
	// share of the limits can be used again. Releasing an order that
	// holds no uses is not an error.
	Release(ctx context.Context, orderID string) error
}

// Errors of usage limits.
var (
	// ErrLimitReached: a redemption would exceed a promotion's limits.
	ErrLimitReached = errors.New("promo: usage limit reached")
	// ErrAlreadyRedeemed: the order has already redeemed its promotions.
	ErrAlreadyRedeemed = errors.New("promo: order already redeemed")
	// ErrInvalidRedemption: a redemption no store can record (an empty
	// order or promotion ID, a negative limit).
	ErrInvalidRedemption = errors.New("promo: invalid redemption")
)

// LimitKind says which limit a use ran into.
type LimitKind uint8

// Limit kinds. The zero LimitKind is not one.
const (
	// LimitTotal: the promotion's total number of uses.
	LimitTotal LimitKind = iota + 1
	// LimitPerCustomer: the customer's number of uses.
	LimitPerCustomer
	// LimitSingleUseCode: the single-use code was used already.
	LimitSingleUseCode
)

// String names the limit kind.
func (k LimitKind) String() string {
	switch k {
	case LimitTotal:
		return "total uses"
	case LimitPerCustomer:
		return "uses per customer"
	case LimitSingleUseCode:
		return "single-use code"
	}
	return fmt.Sprintf("LimitKind(%d)", uint8(k))
}

// LimitError says which use of a redemption ran into which limit, with the
// uses already recorded and the limit.
type LimitError struct {
	PromotionID string
	Code        string
	Kind        LimitKind
	Used, Limit int
}

// Error names the promotion, the limit and the counts.
func (e *LimitError) Error() string {
	if e.Kind == LimitSingleUseCode {
		return fmt.Sprintf("promo: promotion %q: code %q already used", e.PromotionID, e.Code)
	}
	return fmt.Sprintf("promo: promotion %q: %s: %d used of %d", e.PromotionID, e.Kind, e.Used, e.Limit)
}

// Is reports whether target is ErrLimitReached.
func (e *LimitError) Is(target error) bool { return target == ErrLimitReached }
