package fraud

import (
	"context"
	"fmt"
)

// Lists is the port to the shop's named lists of values (Radar's lists):
// blocked emails, trusted card fingerprints, disposable domains. Values
// are asked in the form Payment.Value gives them (emails and domains in
// lower case). An unknown list is an error (ErrUnknownList), so a typo in
// a rule does not pass as "not on the list".
type Lists interface {
	Contains(ctx context.Context, list, value string) (bool, error)
}

// StaticLists is a Lists fixed when built: a configuration file's block
// lists. It is immutable and safe for concurrent use.
type StaticLists struct {
	lists map[string]map[string]bool
}

var _ Lists = (*StaticLists)(nil)

// NewStaticLists copies lists (name → values). Give values in the form
// Payment.Value gives them.
func NewStaticLists(lists map[string][]string) *StaticLists {
	s := &StaticLists{lists: make(map[string]map[string]bool, len(lists))}
	for name, values := range lists {
		set := make(map[string]bool, len(values))
		for _, v := range values {
			set[v] = true
		}
		s.lists[name] = set
	}
	return s
}

// Contains reports whether value is on the list, and a *ListError for a
// list it does not hold.
func (s *StaticLists) Contains(ctx context.Context, list, value string) (bool, error) {
	if err := ctx.Err(); err != nil {
		return false, err
	}
	set, ok := s.lists[list]
	if !ok {
		return false, &ListError{List: list}
	}
	return set[value], nil
}

// InList is True when an attribute's value is on a named list: "email in
// blocked_emails". It is Unknown when the attribute is missing. It needs
// Env.Lists.
type InList struct {
	List string
	Attr Attribute
}

// Eval looks the payment's value up.
func (c InList) Eval(ctx context.Context, p *Payment, env Env) (Truth, error) {
	v := p.Value(c.Attr)
	if v == "" {
		return Unknown, nil
	}
	if env.Lists == nil {
		return Unknown, ErrNoLists
	}
	ok, err := env.Lists.Contains(ctx, c.List, v)
	if err != nil {
		return Unknown, fmt.Errorf("list %q: %w", c.List, err)
	}
	return Known(ok), nil
}

// Validate asks for a list name and a known attribute.
func (c InList) Validate() error {
	switch {
	case c.List == "":
		return conditionErr("in_list", "empty list name")
	case !c.Attr.Valid():
		return conditionErr("in_list", "unknown attribute %q", c.Attr)
	}
	return nil
}

// String describes the condition, such as "email in list blocked_emails".
func (c InList) String() string { return fmt.Sprintf("%s in list %s", c.Attr, c.List) }
