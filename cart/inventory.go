package cart

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/shopspring/decimal"
)

// Inventory answers stock questions and holds stock for carts. Quantities
// are in the SKU's unit (pieces, or kilograms for goods sold by weight).
// Implementations must be safe for concurrent use; carttest.Inventory is
// an in-memory one.
type Inventory interface {
	// Available returns the quantity of each SKU that can still be
	// reserved at at: the stock less what is sold and what active
	// reservations hold (reservations other than exclude's, so that a cart
	// sees the stock it holds itself as available to it). An unknown SKU
	// has nothing available; it is not an error.
	Available(ctx context.Context, skus []string, exclude string, at time.Time) (map[string]decimal.Decimal, error)
	// Reserve holds stock for a reservation until r.Expires, replacing
	// what the reservation held before (quantities it still holds stay
	// granted, even if the stock was lowered since); all of it or nothing: when some
	// SKU lacks stock the error is an *OutOfStockError (ErrOutOfStock)
	// naming every SKU short and what is left of it (the cart fills in
	// the lines). A reservation with no holds holds nothing; an invalid
	// one is ErrInvalidReservation.
	Reserve(ctx context.Context, r Reservation) error
	// Release drops a reservation, freeing its stock. Releasing an
	// unknown or expired reservation is not an error.
	Release(ctx context.Context, reservationID string) error
	// Commit turns a reservation into sold stock at at, atomically: an
	// expired or unknown reservation is ErrReservationExpired, sells
	// nothing and is dropped. Stock granted to a reservation stays
	// committable even if the physical stock was lowered meanwhile. Of two commits competing for the last unit, only the one
	// holding it succeeds.
	Commit(ctx context.Context, reservationID string, at time.Time) error
}

// Reservation is stock held for a cart or an order until Expires.
type Reservation struct {
	// ID identifies the reservation (a cart or order id).
	ID string
	// Holds are the quantities held, one per SKU.
	Holds []Hold
	// At is when the reservation is made; Expires when it lapses.
	At, Expires time.Time
}

// Hold is a positive quantity of one SKU; a reservation holds each SKU
// once.
type Hold struct {
	SKU      string
	Quantity decimal.Decimal
}

// Errors of stock.
var (
	// ErrOutOfStock: not enough stock for a cart (see OutOfStockError).
	ErrOutOfStock = errors.New("cart: out of stock")
	// ErrReservationExpired: the reservation lapsed or never existed.
	ErrReservationExpired = errors.New("cart: reservation expired")
	// ErrInvalidReservation: a reservation without ID, with an empty SKU,
	// a quantity that is not positive, a SKU held twice, or an expiry not
	// after its time.
	ErrInvalidReservation = errors.New("cart: invalid reservation")
)

// Shortage is a SKU that lacks stock: the quantity wanted and what is
// left.
type Shortage struct {
	SKU               string
	Wanted, Available decimal.Decimal
	// LineIDs are the cart lines asking for the SKU, when known.
	LineIDs []string
}

// OutOfStockError lists every SKU short of stock.
type OutOfStockError struct {
	Shortages []Shortage
}

// Error names the SKUs, what was wanted and what is left.
func (e *OutOfStockError) Error() string {
	var b strings.Builder
	b.WriteString("cart: out of stock:")
	for i, s := range e.Shortages {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, " %s (wanted %s, %s left)", s.SKU, s.Wanted, s.Available)
	}
	return b.String()
}

// Is reports whether target is ErrOutOfStock.
func (e *OutOfStockError) Is(target error) bool { return target == ErrOutOfStock }
