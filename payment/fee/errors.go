package fee

import (
	"errors"
	"fmt"
)

// Sentinel errors. Every error this package returns matches one of them
// (or a sentinel of package money) with errors.Is; the typed errors below
// carry the details.
var (
	// ErrUnknownRegion: a card region code that ParseRegion does not know.
	ErrUnknownRegion = errors.New("fee: unknown card region")
	// ErrUnknownSegment: a card segment code that ParseSegment does not know.
	ErrUnknownSegment = errors.New("fee: unknown card segment")
	// ErrUnknownEvent: an event code that ParseEvent does not know.
	ErrUnknownEvent = errors.New("fee: unknown event")
	// ErrInvalidSchedule: a Config that NewSchedule rejects, or a Schedule
	// that NewSchedule did not build (see ScheduleError).
	ErrInvalidSchedule = errors.New("fee: invalid schedule")
	// ErrInvalidTransaction: a Transaction that cannot be priced as given
	// (see TransactionError).
	ErrInvalidTransaction = errors.New("fee: invalid transaction")
	// ErrNoRule: no rule of the schedule applies to the transaction. A
	// schedule never prices a transaction it does not mention at zero.
	ErrNoRule = errors.New("fee: no rule applies")
	// ErrOverflow: a fee or a total outside the range of money.Money.
	ErrOverflow = errors.New("fee: amount out of range")
)

// UnknownError reports a code that ParseRegion, ParseSegment or ParseEvent
// does not know.
type UnknownError struct {
	Kind  string // "region", "segment" or "event"
	Input string // the code as given
}

// Error quotes the code and lists the known ones.
func (e *UnknownError) Error() string {
	return fmt.Sprintf("fee: unknown %s %q (known: %s)", e.Kind, e.Input, known(e.Kind))
}

// Is reports whether target is the sentinel of the error's Kind.
func (e *UnknownError) Is(target error) bool {
	switch e.Kind {
	case kindRegion:
		return target == ErrUnknownRegion
	case kindSegment:
		return target == ErrUnknownSegment
	case kindEvent:
		return target == ErrUnknownEvent
	}
	return false
}

// The kinds of an UnknownError.
const (
	kindRegion  = "region"
	kindSegment = "segment"
	kindEvent   = "event"
)

// known lists the codes of a kind, for error messages.
func known(kind string) string {
	switch kind {
	case kindRegion:
		return "any, domestic, eea, uk, international"
	case kindSegment:
		return "any, consumer, commercial, premium"
	case kindEvent:
		return "success, refund, chargeback, failure"
	}
	return "none"
}

// ScheduleError says what is wrong with a Config and where: Field is a
// path such as "rules[2].max" or "monthly_minimum". Err, when not nil, is
// the underlying error (a *money.MismatchError for an amount in another
// currency), reachable with errors.Is and errors.As.
type ScheduleError struct {
	Field  string
	Reason string
	Err    error
}

// Error names the field and the problem.
func (e *ScheduleError) Error() string {
	return fmt.Sprintf("fee: invalid schedule: %s: %s", e.Field, e.Reason)
}

// Is reports whether target is ErrInvalidSchedule.
func (e *ScheduleError) Is(target error) bool { return target == ErrInvalidSchedule }

// Unwrap returns the underlying error, if any.
func (e *ScheduleError) Unwrap() error { return e.Err }

// TransactionError says what is wrong with a Transaction: Field is
// "method", "region", "segment", "event", "amount" or "charged". Err, when
// not nil, is the underlying error (a *money.MismatchError for an amount in
// another currency than the schedule's).
type TransactionError struct {
	Field  string
	Reason string
	Err    error
}

// Error names the field and the problem.
func (e *TransactionError) Error() string {
	return fmt.Sprintf("fee: invalid transaction: %s: %s", e.Field, e.Reason)
}

// Is reports whether target is ErrInvalidTransaction.
func (e *TransactionError) Is(target error) bool { return target == ErrInvalidTransaction }

// Unwrap returns the underlying error, if any.
func (e *TransactionError) Unwrap() error { return e.Err }

// NoRuleError reports a transaction that no rule of the schedule covers,
// with the attributes the rules were matched on.
type NoRuleError struct {
	Schedule string // the schedule's name
	Method   string
	Region   Region
	Segment  Segment
	Event    Event
}

// Error names the schedule and the transaction's attributes.
func (e *NoRuleError) Error() string {
	return fmt.Sprintf("fee: no rule applies: schedule %q has no rule for %s of method %q, region %s, segment %s",
		e.Schedule, e.Event, e.Method, e.Region, e.Segment)
}

// Is reports whether target is ErrNoRule.
func (e *NoRuleError) Is(target error) bool { return target == ErrNoRule }

// OverflowError reports a fee or a total that does not fit a money.Money.
// Err is the error of package money (it matches money.ErrOverflow).
type OverflowError struct {
	Op  string // what was computed, such as "fixed + percentage" or "volume"
	Err error
}

// Error names the computation.
func (e *OverflowError) Error() string {
	return fmt.Sprintf("fee: amount out of range: %s: %v", e.Op, e.Err)
}

// Is reports whether target is ErrOverflow.
func (e *OverflowError) Is(target error) bool { return target == ErrOverflow }

// Unwrap returns the error of package money.
func (e *OverflowError) Unwrap() error { return e.Err }

// StatementError reports the transaction, by its index in the slice given
// to Statement, Reconcile or Compare, that could not be priced. Err is the
// *TransactionError, *NoRuleError or *OverflowError.
type StatementError struct {
	Index int
	Err   error
}

// Error names the transaction's index and the problem.
func (e *StatementError) Error() string {
	return fmt.Sprintf("fee: transaction %d: %v", e.Index, e.Err)
}

// Unwrap returns the error of the transaction.
func (e *StatementError) Unwrap() error { return e.Err }
