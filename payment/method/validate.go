package method

import (
	"fmt"
	"slices"
	"strings"

	"golang.org/x/text/language"

	"github.com/comptoir/comptoir/internal/country"
	"github.com/comptoir/comptoir/money"
)

// checker validates one method, recording the first problem. Methods are
// validated field by field so the error names the exact path.
type checker struct {
	index int
	id    string
	err   error
}

func (c *checker) fail(field string, cause error, format string, args ...any) {
	if c.err == nil {
		c.err = &MethodError{Index: c.index, ID: c.id, Field: field, Reason: fmt.Sprintf(format, args...), Err: cause}
	}
}

// normalize validates m and returns the copy a catalogue keeps: a deep
// copy with country codes upper-cased.
func normalize(index int, m Method) (Method, error) {
	m = m.clone()
	c := &checker{index: index, id: m.ID}
	if !ValidName(m.ID) {
		c.fail("ID", ErrInvalidName, "an ID is 1 to %d lower-case letters, digits and underscores", MaxNameLen)
	}
	c.names(m.Names)
	if !m.Family.Valid() {
		c.fail("Family", &UnknownValueError{Err: ErrUnknownFamily, Value: string(m.Family)}, "unknown family %q", m.Family)
	}
	c.brands(m.Brands)
	c.aliases(m.ID, m.Aliases)
	c.rules(&m.Rules)
	return m, c.err
}

func (c *checker) names(names map[language.Tag]string) {
	if strings.TrimSpace(names[language.English]) == "" {
		c.fail("Names", nil, "an English name is required (the fallback of every language)")
	}
	for tag, name := range names {
		if base, conf := tag.Base(); conf != language.Exact || tag.String() != base.String() {
			c.fail("Names", nil, "key %q is not a bare language such as \"fr\" (names are per language, not per locale)", tag)
		}
		if strings.TrimSpace(name) == "" {
			c.fail("Names", nil, "the %q name is empty", tag)
		}
	}
}

func (c *checker) brands(brands []Brand) {
	for i, b := range brands {
		field := fmt.Sprintf("Brands[%d]", i)
		switch {
		case !b.Valid():
			c.fail(field, &UnknownValueError{Err: ErrInvalidName, Value: string(b)}, "brand %q is not a well-formed name", b)
		case slices.Contains(brands[:i], b):
			c.fail(field, nil, "brand %q listed twice", b)
		}
	}
}

func (c *checker) aliases(id string, aliases []string) {
	for i, a := range aliases {
		field := fmt.Sprintf("Aliases[%d]", i)
		switch {
		case !ValidName(a):
			c.fail(field, ErrInvalidName, "alias %q is not 1 to %d lower-case letters, digits and underscores", a, MaxNameLen)
		case a == id || slices.Contains(aliases[:i], a):
			c.fail(field, ErrDuplicateName, "alias %q repeats the method's own names", a)
		}
	}
}

func (c *checker) rules(r *Rules) {
	for i, code := range r.Countries {
		field := fmt.Sprintf("Rules.Countries[%d]", i)
		up := upper(code)
		switch {
		case !country.Valid(up):
			c.fail(field, ErrUnknownCountry, "%q is not an ISO 3166-1 alpha-2 country code", code)
		case slices.Contains(r.Countries[:i], up):
			c.fail(field, nil, "country %s listed twice", up)
		}
		r.Countries[i] = up
	}
	for i, cur := range r.Currencies {
		field := fmt.Sprintf("Rules.Currencies[%d]", i)
		switch {
		case cur.IsZero():
			c.fail(field, money.ErrUnknownCurrency, "the zero Currency is not a currency")
		case slices.Contains(r.Currencies[:i], cur):
			c.fail(field, nil, "currency %s listed twice", cur)
		}
	}
	for i, rg := range r.Amounts {
		c.amount(fmt.Sprintf("Rules.Amounts[%d]", i), rg, r.Amounts[:i], r.Currencies)
	}
	c.channels(r.Channels)
	if !r.From.IsZero() && !r.Until.IsZero() && !r.From.Before(r.Until) {
		c.fail("Rules.Until", nil, "until %s is not after from %s", r.Until.Format("2006-01-02T15:04:05Z07:00"), r.From.Format("2006-01-02T15:04:05Z07:00"))
	}
}

func (c *checker) channels(chs []Channel) {
	for i, ch := range chs {
		field := fmt.Sprintf("Rules.Channels[%d]", i)
		switch {
		case !ch.Valid():
			c.fail(field, &UnknownValueError{Err: ErrUnknownChannel, Value: string(ch)}, "unknown channel %q", ch)
		case slices.Contains(chs[:i], ch):
			c.fail(field, nil, "channel %s listed twice", ch)
		}
	}
}

// amount checks one range against the ranges before it and the allowed
// currencies.
func (c *checker) amount(field string, r Range, before []Range, allowed []money.Currency) {
	minSet, maxSet := !r.Min.Currency().IsZero(), !r.Max.Currency().IsZero()
	cur := r.Currency()
	switch {
	case !minSet && !maxSet:
		c.fail(field, nil, "both ends are open: leave the range out instead")
	case minSet && maxSet && r.Min.Currency() != r.Max.Currency():
		c.fail(field, money.ErrCurrencyMismatch, "min %s and max %s are in different currencies", r.Min, r.Max)
	case minSet && r.Min.Sign() < 0:
		c.fail(field+".Min", nil, "min %s is negative", r.Min)
	case maxSet && r.Max.Sign() <= 0:
		c.fail(field+".Max", nil, "max %s is not positive (leave Max as the zero Money for no maximum)", r.Max)
	case minSet && maxSet && r.Min.Minor() > r.Max.Minor():
		c.fail(field, nil, "min %s is above max %s", r.Min, r.Max)
	case slices.ContainsFunc(before, func(b Range) bool { return b.Currency() == cur }):
		c.fail(field, nil, "a second range in %s", cur)
	case len(allowed) > 0 && !slices.Contains(allowed, cur):
		c.fail(field, nil, "a range in %s, which Currencies excludes, could never apply", cur)
	}
}
