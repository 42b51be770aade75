package fraud

import (
	"context"
	"fmt"

	"github.com/comptoir/comptoir/money"
)

// AmountAbove is True when the payment's amount in euros is more than
// Amount. It is Unknown when the payment has no amount.
type AmountAbove struct {
	Amount money.Money // in EUR, not negative
}

// Eval tests the payment.
func (c AmountAbove) Eval(_ context.Context, p *Payment, _ Env) (Truth, error) {
	return compareAmount(p.AmountEUR, c.Amount, func(cmp int) bool { return cmp > 0 })
}

// Validate asks for an amount in euros, not negative.
func (c AmountAbove) Validate() error { return checkThreshold("amount_above", c.Amount) }

// String describes the condition, such as "amount > 500.00 EUR".
func (c AmountAbove) String() string { return fmt.Sprintf("amount > %v", c.Amount) }

// AmountAtLeast is True when the payment's amount in euros is Amount or
// more. It is Unknown when the payment has no amount.
type AmountAtLeast struct {
	Amount money.Money // in EUR, not negative
}

// Eval tests the payment.
func (c AmountAtLeast) Eval(_ context.Context, p *Payment, _ Env) (Truth, error) {
	return compareAmount(p.AmountEUR, c.Amount, func(cmp int) bool { return cmp >= 0 })
}

// Validate asks for an amount in euros, not negative.
func (c AmountAtLeast) Validate() error { return checkThreshold("amount_at_least", c.Amount) }

// String describes the condition, such as "amount >= 500.00 EUR".
func (c AmountAtLeast) String() string { return fmt.Sprintf("amount >= %v", c.Amount) }

// AmountBelow is True when the payment's amount in euros is less than
// Amount, as in Radar's "allow payments less than 10". It is Unknown when
// the payment has no amount.
type AmountBelow struct {
	Amount money.Money // in EUR, not negative
}

// Eval tests the payment.
func (c AmountBelow) Eval(_ context.Context, p *Payment, _ Env) (Truth, error) {
	return compareAmount(p.AmountEUR, c.Amount, func(cmp int) bool { return cmp < 0 })
}

// Validate asks for an amount in euros, not negative.
func (c AmountBelow) Validate() error { return checkThreshold("amount_below", c.Amount) }

// String describes the condition, such as "amount < 10.00 EUR".
func (c AmountBelow) String() string { return fmt.Sprintf("amount < %v", c.Amount) }

// compareAmount compares a payment's amount with a threshold; both are
// in euros once validated, so only a missing amount is special.
func compareAmount(amount, threshold money.Money, test func(int) bool) (Truth, error) {
	if amount == (money.Money{}) {
		return Unknown, nil
	}
	cmp, err := amount.Cmp(threshold)
	if err != nil {
		return Unknown, err
	}
	return Known(test(cmp)), nil
}

func checkThreshold(kind string, m money.Money) error {
	switch {
	case m.Currency().Code() != "EUR":
		return conditionErr(kind, "amount %v is not in euros", m)
	case m.Sign() < 0:
		return conditionErr(kind, "negative amount %v", m)
	}
	return nil
}

// PreviousOrdersBelow is True when the customer placed fewer than N
// orders before: PreviousOrdersBelow{1} is a first order or a guest.
type PreviousOrdersBelow struct {
	N int // at least 1
}

// Eval tests the payment.
func (c PreviousOrdersBelow) Eval(_ context.Context, p *Payment, _ Env) (Truth, error) {
	return Known(p.PreviousOrders < c.N), nil
}

// Validate asks for N of at least 1 (below 0 nothing could match).
func (c PreviousOrdersBelow) Validate() error {
	if c.N < 1 {
		return conditionErr("previous_orders_below", "N %d is below 1", c.N)
	}
	return nil
}

// String describes the condition, such as "previous_orders < 1".
func (c PreviousOrdersBelow) String() string { return fmt.Sprintf("previous_orders < %d", c.N) }
