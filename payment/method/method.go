package method

import (
	"maps"
	"slices"
	"time"

	"golang.org/x/text/language"

	"github.com/comptoir/comptoir/money"
)

// Method is what the buyer picks at checkout (payments.md's second
// concept), described as data so that a renamed brand is an edit, not a
// release: Payconiq becoming Wero is one more alias.
//
// A Method is a plain value. A Catalog keeps its own deep copy and hands
// out deep copies, so changing a Method never changes a catalogue.
type Method struct {
	// ID is the stable identifier stored in orders and fee rules
	// ("bancontact_mobile"): see ValidName.
	ID string `json:"id"`
	// Names are the display names per language. Keys are bare languages
	// (language.English, language.French), not locales; English is
	// required. See Name.
	Names map[language.Tag]string `json:"names"`
	// Family is the kind of method.
	Family Family `json:"family"`
	// Brands are the networks whose logos the method shows, most
	// prominent first. They may be empty (a bank button is its own brand).
	Brands []Brand `json:"brands,omitempty"`
	// Aliases are other names of the method, older or newer
	// ("payconiq", "wero"): Catalog.Lookup resolves them to this method.
	// IDs and aliases share one namespace in a catalogue.
	Aliases []string `json:"aliases,omitempty"`
	// Rules say when the method may be shown.
	Rules Rules `json:"rules"`
}

// Rules restrict when a method is shown. Every empty field means "no
// restriction"; a method is shown only when every non-empty field allows
// the query.
type Rules struct {
	// Countries are the buyer countries (ISO 3166-1 alpha-2) the method
	// serves. Codes are compared case-insensitively and kept upper-case.
	Countries []string `json:"countries,omitempty"`
	// Currencies are the payment currencies the method takes.
	Currencies []money.Currency `json:"currencies,omitempty"`
	// Amounts are amount ranges, at most one per currency. A payment in a
	// currency without a range has no amount limit; a range in a currency
	// that Currencies excludes is refused as unreachable.
	Amounts []Range `json:"amounts,omitempty"`
	// Channels are the ways of paying the method supports.
	Channels []Channel `json:"channels,omitempty"`
	// From is the first instant the method is offered (inclusive); the
	// zero time means "always has been".
	From time.Time `json:"from"`
	// Until is the instant the method stops being offered (exclusive);
	// the zero time means "no end planned".
	Until time.Time `json:"until"`
	// Source says where the figures come from (a PSP's documentation, a
	// contract, "illustrative"), so a reviewer can check them. It takes
	// no part in the decision.
	Source string `json:"source,omitempty"`
}

// Range is an inclusive amount range in one currency. The zero Money (no
// currency) leaves that end open; a set end is a real limit, so a
// Max of 0.00 EUR is refused rather than read as "no maximum".
type Range struct {
	Min money.Money `json:"min"`
	Max money.Money `json:"max"`
}

// Currency returns the range's currency: that of Min, or of Max when Min
// is open. It is the zero Currency when both ends are open.
func (r Range) Currency() money.Currency {
	if c := r.Min.Currency(); !c.IsZero() {
		return c
	}
	return r.Max.Currency()
}

// Name returns the method's name in the language of tag: the name of the
// tag's base language ("fr-BE" uses "fr"), else the English name, else
// the ID. It never fails, so a page in Spanish still shows a name.
func (m Method) Name(tag language.Tag) string {
	base, conf := tag.Base()
	if conf != language.No {
		for k, v := range m.Names {
			if kb, _ := k.Base(); kb == base {
				return v
			}
		}
	}
	if v, ok := m.Names[language.English]; ok {
		return v
	}
	return m.ID
}

// Is reports whether name is the method's ID or one of its aliases, in
// any letter case.
func (m Method) Is(name string) bool {
	n := lower(name)
	return n == m.ID || slices.Contains(m.Aliases, n)
}

// clone returns a deep copy of m, sharing no slice or map with it.
func (m Method) clone() Method {
	m.Names = maps.Clone(m.Names)
	m.Brands = slices.Clone(m.Brands)
	m.Aliases = slices.Clone(m.Aliases)
	m.Rules.Countries = slices.Clone(m.Rules.Countries)
	m.Rules.Currencies = slices.Clone(m.Rules.Currencies)
	m.Rules.Amounts = slices.Clone(m.Rules.Amounts)
	m.Rules.Channels = slices.Clone(m.Rules.Channels)
	return m
}

// lower returns s with ASCII letters lower-cased, without allocating when
// s has none upper-case. Names are ASCII, so nothing else matters.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// upper is lower's mirror, for country codes.
func upper(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'a' <= c && c <= 'z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'a' <= b[j] && b[j] <= 'z' {
					b[j] -= 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
