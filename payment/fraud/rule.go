package fraud

import (
	"context"
	"fmt"
	"slices"
)

// Action is what a rule does when its condition is True, in Radar's
// words.
type Action string

// The actions, in the order Evaluate reads them.
const (
	// Request3DS asks the issuer for 3-D Secure. It annotates the
	// decision and does not stop the evaluation.
	Request3DS Action = "request_3ds"
	// Allow lets the payment through; no block or review rule is read.
	Allow Action = "allow"
	// Block refuses the payment; no review rule is read.
	Block Action = "block"
	// Review lets the payment through and holds the order for a person
	// to check.
	Review Action = "review"
)

// Valid reports whether a is one of the four actions.
func (a Action) Valid() bool {
	switch a {
	case Request3DS, Allow, Block, Review:
		return true
	}
	return false
}

// Condition is a test on a payment. Users add their own kinds by
// implementing it (and Validator, to be checked by NewRuleSet).
type Condition interface {
	// Eval returns True, False, or Unknown when an attribute it needs is
	// missing. An error is for a condition that cannot be decided (a
	// source that failed), never for one that is not met.
	Eval(ctx context.Context, p *Payment, env Env) (Truth, error)
}

// Validator is implemented by conditions that can check their own
// values; NewRuleSet calls it.
type Validator interface {
	Validate() error
}

// Env holds the sources conditions read besides the payment. A source
// left nil makes the conditions that need it fail (ErrNoHistory,
// ErrNoLists) rather than pass.
type Env struct {
	History History // for Velocity
	Lists   Lists   // for InList
}

// Rule is an action taken when a condition is True. Its name is what a
// Decision reports, so make it say what the rule is for.
type Rule struct {
	Name      string
	Action    Action
	Condition Condition
}

// RuleSet is a validated list of rules. It is immutable and safe for
// concurrent use (as far as the conditions given are).
type RuleSet struct {
	rules []Rule
	// The rules of each action in the order given, each with the reason
	// a decision reports, built once.
	request3DS, allow, block, review []compiled
}

type compiled struct {
	rule   Rule
	reason string
}

// NewRuleSet checks the rules and returns them as a RuleSet. Names must
// be non-empty and unique, actions known, conditions present and valid
// (those implementing Validator are asked). The first problem is a
// *RuleError. An empty rule set is valid: it allows every payment.
func NewRuleSet(rules ...Rule) (*RuleSet, error) {
	rs := &RuleSet{rules: slices.Clone(rules)}
	seen := make(map[string]bool, len(rules))
	for i, r := range rules {
		if err := checkRule(r, seen); err != nil {
			err.Index = i
			return nil, err
		}
		c := compiled{rule: r, reason: fmt.Sprintf("%s: rule %q matched", r.Action, r.Name)}
		switch r.Action {
		case Request3DS:
			rs.request3DS = append(rs.request3DS, c)
		case Allow:
			rs.allow = append(rs.allow, c)
		case Block:
			rs.block = append(rs.block, c)
		case Review:
			rs.review = append(rs.review, c)
		}
	}
	return rs, nil
}

func checkRule(r Rule, seen map[string]bool) *RuleError {
	bad := func(reason string, err error) *RuleError { return &RuleError{Name: r.Name, Reason: reason, Err: err} }
	switch {
	case r.Name == "":
		return bad("empty name", nil)
	case seen[r.Name]:
		return bad("duplicate name", nil)
	case !r.Action.Valid():
		return bad(fmt.Sprintf("unknown action %q (request_3ds, allow, block, review)", r.Action), nil)
	}
	seen[r.Name] = true
	if err := validate(r.Condition); err != nil {
		return bad("invalid condition", err)
	}
	return nil
}

// validate checks a condition: present, and valid if it can say.
func validate(c Condition) error {
	if c == nil {
		return conditionErr("nil", "missing condition")
	}
	if v, ok := c.(Validator); ok {
		return v.Validate()
	}
	return nil
}

// Rules returns the rules in the order given, in a new slice.
func (rs *RuleSet) Rules() []Rule { return slices.Clone(rs.rules) }
