package fraud

import (
	"context"
	"fmt"
	"time"
)

// Kind is what a velocity counts payments by.
type Kind string

// The kinds.
const (
	// ByCard counts payments by Payment.CardFingerprint.
	ByCard Kind = "card"
	// ByEmail counts payments by Payment.Email, in lower case.
	ByEmail Kind = "email"
)

// Valid reports whether k is ByCard or ByEmail.
func (k Kind) Valid() bool { return k == ByCard || k == ByEmail }

// Attribute returns the attribute k counts by, "" for an unknown kind.
func (k Kind) Attribute() Attribute {
	switch k {
	case ByCard:
		return CardFingerprint
	case ByEmail:
		return Email
	}
	return ""
}

// History is the port to the shop's record of earlier payments.
//
// Count returns how many payments were recorded for value (a card
// fingerprint, or an email in lower case) with a time t such that
// since < t <= until. The shop records a payment once it has screened
// it (attempts or successes, as it chooses); the payment being screened
// must not be recorded yet, since Velocity adds it itself.
type History interface {
	Count(ctx context.Context, key Kind, value string, since, until time.Time) (int, error)
}

// Velocity is True when the payments on one card or one email within
// Window, this one included, are more than Max: with Window one hour and
// Max 4, the fifth payment on a card within the hour fires. The window
// ends at Payment.At, which it includes, and starts Window before, which
// it excludes: a payment exactly an hour old is out of a one-hour window.
//
// It is Unknown when the payment has no card fingerprint (or no email),
// and an error when the payment has no time or Env has no History.
type Velocity struct {
	Key    Kind
	Window time.Duration // positive
	Max    int           // not negative
}

// Eval counts the earlier payments in the window.
func (c Velocity) Eval(ctx context.Context, p *Payment, env Env) (Truth, error) {
	v := p.Value(c.Key.Attribute())
	if v == "" {
		return Unknown, nil
	}
	if p.At.IsZero() {
		return Unknown, &PaymentError{Field: "At", Value: p.At.String(), Reason: "no time to end the velocity window"}
	}
	if env.History == nil {
		return Unknown, ErrNoHistory
	}
	n, err := env.History.Count(ctx, c.Key, v, p.At.Add(-c.Window), p.At)
	if err != nil {
		return Unknown, fmt.Errorf("velocity by %s: %w", c.Key, err)
	}
	if n < 0 {
		return Unknown, fmt.Errorf("velocity by %s: history counted %d payments", c.Key, n)
	}
	return Known(n+1 > c.Max), nil
}

// Validate asks for a known key, a positive window and Max not negative.
func (c Velocity) Validate() error {
	switch {
	case !c.Key.Valid():
		return conditionErr("velocity", "unknown key %q (card, email)", c.Key)
	case c.Window <= 0:
		return conditionErr("velocity", "window %v is not positive", c.Window)
	case c.Max < 0:
		return conditionErr("velocity", "negative max %d", c.Max)
	}
	return nil
}

// String describes the condition, such as "payments per card in 1h0m0s > 4".
func (c Velocity) String() string {
	return fmt.Sprintf("payments per %s in %v > %d", c.Key, c.Window, c.Max)
}
