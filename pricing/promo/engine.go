package promo

import (
	"cmp"
	"fmt"
	"math"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/pricing"
)

// Policy holds the engine's choices. DefaultPolicy gives the defaults.
type Policy struct {
	// Mode rounds line amounts and percentages.
	Mode money.RoundingMode
}

// DefaultPolicy rounds half up, away from zero, as Belgian VAT does.
func DefaultPolicy() Policy { return Policy{Mode: money.HalfUp} }

// Engine applies a fixed set of promotions to carts. It is immutable and
// safe for concurrent use.
type Engine struct {
	mode   money.RoundingMode
	promos []compiled
	// exclusives are the indices of the exclusive promotions, by
	// priority, highest first, then in pipeline order.
	exclusives []int
}

// compiled is a validated promotion with its stage and normalised codes.
type compiled struct {
	Promotion
	stage Stage
	codes map[string]struct{}
}

// Mode is the rounding mode the engine rounds with.
func (e *Engine) Mode() money.RoundingMode { return e.mode }

// validator is implemented by the built-in actions so NewEngine can
// refuse their bad values before any cart is priced.
type validator interface{ validate() error }

// NewEngine validates the promotions and orders them into the pipeline:
// by stage, then by priority (higher first), then by ID.
func NewEngine(p Policy, promotions ...Promotion) (*Engine, error) {
	if !p.Mode.Valid() {
		return nil, fmt.Errorf("%w: rounding mode %v (start from DefaultPolicy)", ErrInvalidPromotion, p.Mode)
	}
	e := &Engine{mode: p.Mode, promos: make([]compiled, 0, len(promotions))}
	seen := make(map[string]bool, len(promotions))
	for _, pr := range promotions {
		c, err := compile(pr)
		if err != nil {
			return nil, err
		}
		if seen[pr.ID] {
			return nil, &PromotionError{ID: pr.ID, Reason: "duplicate ID"}
		}
		seen[pr.ID] = true
		e.promos = append(e.promos, c)
	}
	slices.SortFunc(e.promos, func(a, b compiled) int {
		return cmp.Or(cmp.Compare(a.stage, b.stage), cmp.Compare(b.Priority, a.Priority), cmp.Compare(a.ID, b.ID))
	})
	for k := range e.promos {
		if e.promos[k].Exclusive {
			e.exclusives = append(e.exclusives, k)
		}
	}
	slices.SortStableFunc(e.exclusives, func(a, b int) int { return cmp.Compare(e.promos[b].Priority, e.promos[a].Priority) })
	return e, nil
}

func compile(p Promotion) (compiled, error) {
	bad := func(format string, args ...any) (compiled, error) {
		return compiled{}, &PromotionError{ID: p.ID, Reason: fmt.Sprintf(format, args...)}
	}
	switch {
	case p.ID == "":
		return bad("empty ID")
	case len(p.Actions) == 0:
		return bad("no action")
	case p.Limits.Total < 0 || p.Limits.PerCustomer < 0:
		return bad("negative limit")
	case p.Limits.SingleUseCodes && len(p.Codes) == 0:
		return bad("single-use codes without codes")
	case p.MaxDiscount.Sign() < 0:
		return bad("negative maximum discount %v", p.MaxDiscount)
	case !p.Window.From.IsZero() && !p.Window.Until.IsZero() && !p.Window.From.Before(p.Window.Until):
		return bad("window ends %v before it starts %v", p.Window.Until, p.Window.From)
	}
	if p.Condition != nil {
		if err := validateCondition(p.Condition); err != nil {
			return bad("condition: %v", err)
		}
	}
	p.Actions, p.Channels, p.Codes = slices.Clone(p.Actions), slices.Clone(p.Channels), slices.Clone(p.Codes)
	for i, a := range p.Actions {
		if a == nil || a.Stage() < StageLine || a.Stage() > StageShipping {
			return bad("action %d: nil or without a stage", i)
		}
		if v, ok := a.(validator); ok {
			if err := v.validate(); err != nil {
				return bad("action %d: %v", i, err)
			}
		}
	}
	c := compiled{Promotion: p, stage: p.stage()}
	if len(p.Codes) > 0 {
		c.codes = make(map[string]struct{}, len(p.Codes))
		for _, code := range p.Codes {
			n := NormalizeCode(code)
			if n == "" {
				return bad("empty code")
			}
			c.codes[n] = struct{}{}
		}
	}
	return c, nil
}

// Apply runs the promotions on cart, with the usage counts so far, and
// returns the discounted lines and an outcome for every promotion. It is
// a pure function of its arguments.
func (e *Engine) Apply(cart Cart, counts Counts) (Result, error) {
	// Conditions and actions see a copy; the caller keeps its own.
	cart.Lines = slices.Clone(cart.Lines)
	entered := normalisedCodes(cart.Codes)
	cart.Codes = entered
	v, err := e.view(&cart)
	if err != nil {
		return Result{}, err
	}
	// Exclusive promotions are tried one at a time, highest priority
	// first, each on a pass where everything it would exclude is left
	// out: the first that applies wins, and is judged without the
	// discounts of the promotions it excludes. The others keep the
	// outcome of their trial.
	var tried map[string]Outcome
	for _, k := range e.exclusives {
		c := &e.promos[k]
		p := e.newPass(v, counts, c, tried)
		if err := p.run(); err != nil {
			return Result{}, err
		}
		if p.applied(k) {
			return p.result(e.unknownCodes(entered))
		}
		if tried == nil {
			tried = make(map[string]Outcome, len(e.exclusives))
		}
		tried[c.ID] = p.outcomes[k]
	}
	p := e.newPass(v, counts, nil, tried)
	if err := p.run(); err != nil {
		return Result{}, err
	}
	return p.result(e.unknownCodes(entered))
}

// view checks the cart and computes its line amounts.
func (e *Engine) view(c *Cart) (*View, error) {
	switch {
	case c.Currency.IsZero():
		return nil, cartErr("currency", "missing")
	case c.Entry != pricing.PricesIncludeVAT && c.Entry != pricing.PricesExcludeVAT:
		return nil, cartErr("entry", "price entry %d is neither VAT included nor excluded", c.Entry)
	case c.At.IsZero():
		return nil, cartErr("at", "missing time")
	}
	n := len(c.Lines)
	if err := uniqueIDs(c.Lines); err != nil {
		return nil, err
	}
	amounts := make([]money.Money, 2*n)
	v := &View{cart: c, mode: e.mode, amount: amounts[:n:n], remaining: amounts[n:], units: make([]int64, n)}
	for i := range c.Lines {
		l := &c.Lines[i]
		if err := checkLine(i, l); err != nil {
			return nil, err
		}
		amt, err := money.FromUnitPrice(l.UnitPrice, l.Quantity, c.Currency, e.mode)
		if err != nil {
			return nil, fmt.Errorf("promo: cart lines[%d]: %w", i, err)
		}
		v.amount[i], v.remaining[i] = amt, amt
		if l.Quantity.IsInteger() && l.Quantity.LessThanOrEqual(decimal.NewFromInt(math.MaxInt64)) {
			v.units[i] = l.Quantity.IntPart()
		}
	}
	return v, nil
}

// uniqueIDs checks that line IDs are unique, by sorting a copy of them:
// no map to build for the handful of lines of a real cart.
func uniqueIDs(lines []Line) error {
	ids := make([]string, len(lines))
	for i := range lines {
		ids[i] = lines[i].ID
	}
	slices.Sort(ids)
	for i := 1; i < len(ids); i++ {
		if ids[i] == ids[i-1] && ids[i] != "" {
			return cartErr("lines", "duplicate line ID %q", ids[i])
		}
	}
	return nil
}

func checkLine(i int, l *Line) error {
	field := func(f string) string { return fmt.Sprintf("lines[%d].%s", i, f) }
	switch {
	case l.ID == "":
		return cartErr(field("id"), "empty")
	case l.Quantity.Sign() <= 0:
		return cartErr(field("quantity"), "%s is not positive", l.Quantity)
	case l.UnitPrice.Sign() < 0:
		return cartErr(field("unit_price"), "%s is negative", l.UnitPrice)
	case l.VATRate.Valid && (l.VATRate.Decimal.Sign() < 0 || l.VATRate.Decimal.GreaterThanOrEqual(decimal.NewFromInt(1))):
		return cartErr(field("vat_rate"), "%s is not a fraction in [0, 1)", l.VATRate.Decimal)
	}
	return nil
}

// normalisedCodes returns the entered codes normalised, without blanks or
// repeats, in the order entered.
func normalisedCodes(codes []string) []string {
	out := make([]string, 0, len(codes))
	for _, c := range codes {
		if n := NormalizeCode(c); n != "" && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

func (e *Engine) unknownCodes(entered []string) []string {
	var unknown []string
	for _, code := range entered {
		known := false
		for i := range e.promos {
			if _, ok := e.promos[i].codes[code]; ok {
				known = true
				break
			}
		}
		if !known {
			unknown = append(unknown, code)
		}
	}
	return unknown
}
