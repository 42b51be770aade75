package money

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/currency"
	"golang.org/x/text/language"
)

// Separators used by CLDR's currency patterns.
const (
	nbsp       = "\u00a0" // no-break space, between amount and symbol
	narrowNbsp = "\u202f" // narrow no-break space, the French group separator
)

// pattern is a locale's currency format, from CLDR (version 48).
type pattern struct {
	group, decimal string
	symbolFirst    bool
	// symbolSpace separates symbol and number ("€ 1.234,50", "1 234,50 €").
	symbolSpace string
	// minusInside puts the minus between symbol and number ("€ -1.234,50");
	// otherwise it leads ("-€1,234.50", "-1.234,50 €").
	minusInside bool
}

// patternFor returns the pattern of tag's language: fr, nl, de, or en, the
// fallback for every other language. Regional variants follow their
// language (fr-BE as fr, de-BE as de, en-BE as en); Swiss and Austrian
// variants, which differ in CLDR, are not modelled.
func patternFor(tag language.Tag) pattern {
	base, _ := tag.Base()
	switch base.String() {
	case "fr":
		return pattern{group: narrowNbsp, decimal: ",", symbolSpace: nbsp}
	case "nl":
		return pattern{group: ".", decimal: ",", symbolFirst: true, symbolSpace: nbsp, minusInside: true}
	case "de":
		return pattern{group: ".", decimal: ",", symbolSpace: nbsp}
	}
	return pattern{group: ",", decimal: ".", symbolFirst: true}
}

// Format renders m for display to a reader of the given locale, as CLDR
// does: fr-BE "1 234,50 €" (narrow no-break space between groups, no-break
// space before the symbol), nl-BE "€ 1.234,50", de-BE and de-DE "1.234,50 €",
// en "€1,234.50". Negative amounts: "-1 234,50 €", "€ -1.234,50",
// "-1.234,50 €", "-€1,234.50". Symbols are CLDR's for the locale ("$US" in
// French). Languages other than fr, nl, de and en use the en pattern. The
// zero Money formats as "0".
func (m Money) Format(tag language.Tag) string {
	if m.currency.IsZero() {
		return "0"
	}
	p := patternFor(tag)
	sym := symbol(m.currency, tag)
	num := p.number(m)
	space := p.symbolSpace
	if space == "" && endsInLetter(sym) {
		space = nbsp // CLDR currency spacing: "CHF 1,234.50"
	}
	minus := ""
	if m.amount < 0 {
		minus = "-"
	}
	switch {
	case !p.symbolFirst:
		return minus + num + space + sym
	case p.minusInside:
		return sym + space + minus + num
	}
	return minus + sym + space + num
}

// number formats |m| with the pattern's separators and the currency's digits.
func (p pattern) number(m Money) string {
	plain := m.Abs().appendAmount(make([]byte, 0, 24))
	intPart, frac := plain, []byte(nil)
	if d := m.currency.Digits(); d > 0 {
		intPart, frac = plain[:len(plain)-d-1], plain[len(plain)-d:]
	}
	out := make([]byte, 0, len(plain)+8)
	for i, digit := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			out = append(out, p.group...)
		}
		out = append(out, digit)
	}
	if frac != nil {
		out = append(out, p.decimal...)
		out = append(out, frac...)
	}
	return string(out)
}

func endsInLetter(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r)
}

// symbol returns CLDR's symbol for c in the locale, through
// golang.org/x/text/currency, which reads the language from the fmt.State.
func symbol(c Currency, tag language.Tag) string {
	st := symbolState{tag: tag}
	currency.Symbol(c.unit).Format(&st, 'v')
	return string(st.buf)
}

// symbolState is the fmt.State with a Language method that x/text's
// currency formatter looks for.
type symbolState struct {
	tag language.Tag
	buf []byte
}

func (s *symbolState) Write(b []byte) (int, error) { s.buf = append(s.buf, b...); return len(b), nil }
func (s *symbolState) Width() (int, bool)          { return 0, false }
func (s *symbolState) Precision() (int, bool)      { return 0, false }
func (s *symbolState) Flag(int) bool               { return false }
func (s *symbolState) Language() language.Tag      { return s.tag }

var _ fmt.State = (*symbolState)(nil)
