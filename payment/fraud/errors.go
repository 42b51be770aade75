package fraud

import (
	"errors"
	"fmt"
)

// Sentinel errors. Every error NewRuleSet and Evaluate return matches one
// of them with errors.Is; the typed errors below carry the details.
var (
	// ErrInvalidRule: a rule that cannot run (see RuleError): no name, a
	// duplicate name, an unknown action, a missing or invalid condition.
	ErrInvalidRule = errors.New("fraud: invalid rule")
	// ErrInvalidPayment: a payment attribute that cannot be screened (see
	// PaymentError): an unknown country code, an amount not in euros, a
	// negative count, an email without a domain.
	ErrInvalidPayment = errors.New("fraud: invalid payment")
	// ErrUnknownCountry: a country code that is not an assigned ISO 3166-1
	// alpha-2 code in upper case. It comes wrapped in a PaymentError or a
	// CountryError.
	ErrUnknownCountry = errors.New("fraud: unknown country code")
	// ErrEvaluation: a condition could not be decided because a source it
	// reads failed (see EvalError). The payment is neither allowed nor
	// blocked: the caller decides what a failed screening means.
	ErrEvaluation = errors.New("fraud: rule evaluation failed")
	// ErrNoHistory: a Velocity condition ran with no History in the Env.
	ErrNoHistory = errors.New("fraud: no payment history to count velocity")
	// ErrNoLists: an InList condition ran with no Lists in the Env.
	ErrNoLists = errors.New("fraud: no lists to look up")
	// ErrUnknownList: a list name the Lists do not hold.
	ErrUnknownList = errors.New("fraud: unknown list")
)

// RuleError says which rule of NewRuleSet is wrong and why. Index is its
// position in the arguments.
type RuleError struct {
	Index  int
	Name   string
	Reason string
	Err    error // the condition's own error, if any
}

// Error names the rule and the problem.
func (e *RuleError) Error() string {
	msg := fmt.Sprintf("fraud: rule %d %q: %s", e.Index, e.Name, e.Reason)
	if e.Err != nil {
		msg += ": " + e.Err.Error()
	}
	return msg
}

// Is reports whether target is ErrInvalidRule.
func (e *RuleError) Is(target error) bool { return target == ErrInvalidRule }

// Unwrap returns the condition's error, if any.
func (e *RuleError) Unwrap() error { return e.Err }

// ConditionError reports a condition built with values out of range. It
// matches ErrInvalidRule; NewRuleSet wraps it in a RuleError.
type ConditionError struct {
	Condition string // the kind, such as "velocity"
	Reason    string
	Err       error // a more precise cause, such as ErrUnknownCountry
}

// Error names the condition and the problem.
func (e *ConditionError) Error() string {
	return fmt.Sprintf("fraud: condition %s: %s", e.Condition, e.Reason)
}

// Is reports whether target is ErrInvalidRule.
func (e *ConditionError) Is(target error) bool { return target == ErrInvalidRule }

// Unwrap returns the precise cause, if any.
func (e *ConditionError) Unwrap() error { return e.Err }

func conditionErr(kind, format string, args ...any) error {
	return &ConditionError{Condition: kind, Reason: fmt.Sprintf(format, args...)}
}

// PaymentError says which attribute of a payment is wrong. It matches
// ErrInvalidPayment, and ErrUnknownCountry for a country code.
type PaymentError struct {
	Field  string // the Payment field, such as "CardCountry"
	Value  string // the value given, as text
	Reason string
	Err    error // a more precise cause, such as ErrUnknownCountry
}

// Error names the field, its value and the problem.
func (e *PaymentError) Error() string {
	return fmt.Sprintf("fraud: payment %s %q: %s", e.Field, e.Value, e.Reason)
}

// Is reports whether target is ErrInvalidPayment.
func (e *PaymentError) Is(target error) bool { return target == ErrInvalidPayment }

// Unwrap returns the precise cause, if any.
func (e *PaymentError) Unwrap() error { return e.Err }

// CountryError reports a country code NewCountries does not know. It
// matches ErrUnknownCountry.
type CountryError struct {
	Code string
}

// Error names the code.
func (e *CountryError) Error() string {
	return fmt.Sprintf("fraud: unknown country code %q (ISO 3166-1 alpha-2, upper case)", e.Code)
}

// Is reports whether target is ErrUnknownCountry.
func (e *CountryError) Is(target error) bool { return target == ErrUnknownCountry }

// EvalError says which rule could not be evaluated. It matches
// ErrEvaluation, and unwraps to the cause: the History's or the Lists'
// error, ErrNoHistory, a PaymentError, the context's error.
type EvalError struct {
	Rule string
	Err  error
}

// Error names the rule and the cause.
func (e *EvalError) Error() string {
	return fmt.Sprintf("fraud: rule %q: %v", e.Rule, e.Err)
}

// Is reports whether target is ErrEvaluation.
func (e *EvalError) Is(target error) bool { return target == ErrEvaluation }

// Unwrap returns the cause.
func (e *EvalError) Unwrap() error { return e.Err }

// ListError names a list the Lists do not hold. It matches ErrUnknownList.
type ListError struct {
	List string
}

// Error names the list.
func (e *ListError) Error() string { return fmt.Sprintf("fraud: unknown list %q", e.List) }

// Is reports whether target is ErrUnknownList.
func (e *ListError) Is(target error) bool { return target == ErrUnknownList }
