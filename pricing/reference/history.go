package reference

import (
	"context"
	"time"

	"github.com/comptoir/comptoir/money"
)

// Change is one dated price change: from At on, SKU sells at Price on
// Channel, until the next change of the same SKU on the same channel.
// Channels are the caller's names ("web", "shop-gent"); the law compares
// prices per channel, so each channel has its own history.
type Change struct {
	SKU     string
	Channel string
	At      time.Time
	Price   money.Money // VAT included, as shown to consumers
}

// Validate reports a change no history may record: an empty SKU or channel,
// a zero instant, or a price without a currency (the zero Money) or below
// zero. A price of zero (a free item) is valid. The errors match
// ErrInvalidInput.
func (c Change) Validate() error {
	if err := validateKey(c.SKU, c.Channel); err != nil {
		return err
	}
	if c.At.IsZero() {
		return inputErr("At", "zero time")
	}
	if c.Price.Currency().IsZero() {
		return inputErr("Price", "no currency")
	}
	if c.Price.Sign() < 0 {
		return inputErr("Price", "negative amount %s", c.Price)
	}
	return nil
}

func validateKey(sku, channel string) error {
	if sku == "" {
		return inputErr("SKU", "empty")
	}
	if channel == "" {
		return inputErr("Channel", "empty")
	}
	return nil
}

// History is the price history of SKUs per channel: the port a shop's
// database implements. MemoryHistory is the in-memory implementation.
//
// Every method returns the context's error when it is done, and an error
// matching ErrInvalidInput for an empty SKU or channel.
type History interface {
	// Record adds a change. It rejects what Change.Validate rejects,
	// a change whose currency differs from the SKU's history on the
	// channel (CurrencyError, matching money.ErrCurrencyMismatch), and a
	// change at an instant that already has a different price
	// (ConflictError). Recording an identical change again does nothing.
	Record(ctx context.Context, c Change) error

	// First returns the earliest change of sku on channel, the day the
	// product came on the market there, or a *NoHistoryError with a zero
	// Before when there is none.
	First(ctx context.Context, sku, channel string) (Change, error)

	// InForce calls yield, in time order, with each change of sku on
	// channel in force at some instant of [from, to): the last change at or
	// before from, if any, then every change after from and before to. It
	// stops early when yield returns false, and calls nothing when to is
	// not after from. yield must not call the history back: an
	// implementation may hold a lock or a database cursor meanwhile.
	InForce(ctx context.Context, sku, channel string, from, to time.Time, yield func(Change) bool) error
}
