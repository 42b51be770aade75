package fraud

import (
	"context"
	"fmt"
	"strings"
)

// All is True when every condition is True, False when one is False,
// and Unknown otherwise. It stops at the first False, so put cheap
// conditions before those that read a source.
type All []Condition

// Eval tests the payment.
func (c All) Eval(ctx context.Context, p *Payment, env Env) (Truth, error) {
	t := True
	for _, sub := range c {
		u, err := sub.Eval(ctx, p, env)
		if err != nil {
			return Unknown, err
		}
		if t = t.And(u); t == False {
			return False, nil
		}
	}
	return t, nil
}

// Validate asks for at least one condition, each valid.
func (c All) Validate() error { return validateAll("all", c) }

// String describes the condition, such as "all(amount > 500.00 EUR, ...)".
func (c All) String() string { return describe("all", c) }

// Any is True when one condition is True, False when every one is
// False, and Unknown otherwise. It stops at the first True.
type Any []Condition

// Eval tests the payment.
func (c Any) Eval(ctx context.Context, p *Payment, env Env) (Truth, error) {
	t := False
	for _, sub := range c {
		u, err := sub.Eval(ctx, p, env)
		if err != nil {
			return Unknown, err
		}
		if t = t.Or(u); t == True {
			return True, nil
		}
	}
	return t, nil
}

// Validate asks for at least one condition, each valid.
func (c Any) Validate() error { return validateAll("any", c) }

// String describes the condition, such as "any(card_country in {US}, ...)".
func (c Any) String() string { return describe("any", c) }

// Not negates a condition; Unknown stays Unknown.
type Not struct {
	Condition Condition
}

// Eval tests the payment.
func (c Not) Eval(ctx context.Context, p *Payment, env Env) (Truth, error) {
	t, err := c.Condition.Eval(ctx, p, env)
	if err != nil {
		return Unknown, err
	}
	return t.Not(), nil
}

// Validate asks for a valid condition.
func (c Not) Validate() error { return validate(c.Condition) }

// String describes the condition, such as "not(previous_orders < 1)".
func (c Not) String() string { return describe("not", []Condition{c.Condition}) }

func validateAll(kind string, cs []Condition) error {
	if len(cs) == 0 {
		return conditionErr(kind, "no conditions")
	}
	for i, c := range cs {
		if err := validate(c); err != nil {
			return &ConditionError{Condition: kind, Reason: fmt.Sprintf("condition %d: %v", i, err), Err: err}
		}
	}
	return nil
}

func describe(kind string, cs []Condition) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = fmt.Sprint(c)
	}
	return kind + "(" + strings.Join(parts, ", ") + ")"
}
