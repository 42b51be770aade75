package fraud

import "context"

// NoRuleMatched is the Reason of a decision no allow, block or review
// rule made: the payment is allowed by default.
const NoRuleMatched = "allow: no rule matched"

// Decision is the outcome of screening a payment.
type Decision struct {
	// Action is Allow, Block or Review (never Request3DS): the action of
	// the rule that fired, or Allow when none did.
	Action Action
	// Rule is the name of the rule that fired, "" when none did.
	Rule string
	// Request3DS is true when at least one request_3ds rule matched;
	// Request3DSRules names them, in the order given.
	Request3DS      bool
	Request3DSRules []string
	// Reason says why, such as `review: rule "review abroad" matched` or
	// NoRuleMatched.
	Reason string
}

// Evaluate screens p in Radar's order: every request_3ds rule first
// (they annotate and never stop), then the allow rules, then block, then
// review; the first rule whose condition is True decides, and later ones
// are not read. Within an action, rules are read in the order given to
// NewRuleSet. When nothing fires the payment is allowed (NoRuleMatched).
//
// A payment with a bad attribute is a *PaymentError before any rule is
// read. A condition that cannot be decided (its history or lists failed,
// or are missing from env) stops the evaluation with an *EvalError naming
// the rule: a failed screening is never an allow.
func (rs *RuleSet) Evaluate(ctx context.Context, p *Payment, env Env) (Decision, error) {
	if err := ctx.Err(); err != nil {
		return Decision{}, err
	}
	q, err := prepare(p)
	if err != nil {
		return Decision{}, err
	}
	var d Decision
	for i := range rs.request3DS {
		c := &rs.request3DS[i]
		fired, err := c.fires(ctx, q, env)
		if err != nil {
			return Decision{}, err
		}
		if fired {
			d.Request3DS = true
			d.Request3DSRules = append(d.Request3DSRules, c.rule.Name)
		}
	}
	for _, group := range [...][]compiled{rs.allow, rs.block, rs.review} {
		for i := range group {
			fired, err := group[i].fires(ctx, q, env)
			if err != nil {
				return Decision{}, err
			}
			if fired {
				d.Action, d.Rule, d.Reason = group[i].rule.Action, group[i].rule.Name, group[i].reason
				return d, nil
			}
		}
	}
	d.Action, d.Reason = Allow, NoRuleMatched
	return d, nil
}

// fires evaluates the rule's condition; only True fires.
func (c *compiled) fires(ctx context.Context, p *Payment, env Env) (bool, error) {
	t, err := c.rule.Condition.Eval(ctx, p, env)
	if err != nil {
		return false, &EvalError{Rule: c.rule.Name, Err: err}
	}
	return t == True, nil
}
