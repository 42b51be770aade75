// Package fraud screens payments with rules in the style of Stripe
// Radar: each Rule is an Action (request_3ds, allow, block, review) taken
// when its Condition holds, and the Decision names the rule that fired.
//
// Conditions read typed attributes of a Payment: the card, IP, billing
// and shipping countries (CountryIn, CountryNotIn over a Countries set,
// with Europe predefined; CountriesDiffer), the amount in euros
// (AmountAbove, AmountAtLeast, AmountBelow), the customer's previous
// orders (PreviousOrdersBelow), a throwaway email domain
// (DisposableEmail), membership of a named list (InList, through the
// Lists port) and the number of payments per card or email over a window
// (Velocity, through the History port). All, Any and Not combine them,
// and users add kinds by implementing Condition.
//
// Logic has three values, as in Radar since 2024: a condition on a
// missing attribute (an IP address that could not be located) is
// Unknown, and Unknown survives Not and spreads through All and Any
// (Kleene's logic: Any is True as soon as one part is). A rule fires only
// when its condition is True, so "block when the IP country is not in
// Europe" does not block a payment whose IP country is unknown; Missing
// tests for absence when that is what a rule means. An attribute that is
// present but wrong (an unknown country code, an amount in dollars) is an
// error, never a guess.
//
// RuleSet.Evaluate reads the rules in Radar's order: every request_3ds
// rule (they only annotate the decision), then allow, block and review
// rules; the first that fires decides and the rest are not read, so an
// allow rule wins over a block rule that also matches, and a block rule
// over a review rule. Radar leaves rules of one action unordered; here
// they are read in the order given, so the rule a decision names is
// deterministic. When nothing fires the payment is allowed and the
// decision says so (NoRuleMatched). A source that fails (the history, the
// lists) or a context that ends stops the evaluation with an error: a
// screening that could not run is not an allow, and the caller chooses
// what to do (review it, retry, refuse).
//
// The example of the specification is a Belgian shop selling to BE, FR,
// NL and DE (Grande Nouvelle) that reviews every payment whose card or
// shipping country is another European country than Belgium and blocks
// every payment from outside Europe; see the package example.
//
// A RuleSet is immutable and safe for concurrent use, and so are the
// conditions of this package; Evaluate reads time only from Payment.At.
package fraud
