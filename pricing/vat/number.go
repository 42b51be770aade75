package vat

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
)

// Sentinel errors of VAT numbers. Every error ParseNumber returns is a
// *NumberError that matches ErrInvalidNumber and exactly one of the others
// with errors.Is.
var (
	// ErrInvalidNumber is matched by every *NumberError.
	ErrInvalidNumber = errors.New("vat: invalid VAT number")
	// ErrUnknownPrefix: no prefix, or one that is not a VAT number prefix
	// (including GR and GB, see the package documentation).
	ErrUnknownPrefix = errors.New("vat: unknown VAT number prefix")
	// ErrBadFormat: wrong length, a letter where a digit belongs, a
	// character that has no place in a VAT number, a component out of range
	// (a Belgian number starting with 2, a date that does not exist).
	ErrBadFormat = errors.New("vat: badly formed VAT number")
	// ErrBadCheckDigit: the format is right but the check digits do not
	// match the rest of the number, the mark of a typing mistake.
	ErrBadCheckDigit = errors.New("vat: VAT number check digit does not match")
	// ErrDuplicatedPrefix: the prefix is written twice ("BEBE0403019261").
	ErrDuplicatedPrefix = errors.New("vat: VAT number prefix written twice")
)

// NumberError reports text that is not a valid VAT number.
type NumberError struct {
	// Input is the text as given to ParseNumber.
	Input string
	// Prefix is the two letters read as the prefix, upper-cased, or "" when
	// the text does not start with two letters.
	Prefix string
	// Reason is ErrUnknownPrefix, ErrBadFormat, ErrBadCheckDigit or
	// ErrDuplicatedPrefix.
	Reason error
	// Detail says what is wrong, with the values concerned, e.g. "Belgian
	// check digits are 51, expected 61".
	Detail string
}

// Error quotes the input (cut to 40 characters) and says what is wrong.
func (e *NumberError) Error() string {
	var what string
	switch e.Reason {
	case ErrUnknownPrefix:
		what = "unknown prefix"
	case ErrBadFormat:
		what = "bad format"
	case ErrBadCheckDigit:
		what = "bad check digit"
	case ErrDuplicatedPrefix:
		what = "duplicated prefix"
	case nil:
		what = "invalid"
	default:
		what = strings.TrimPrefix(e.Reason.Error(), "vat: ")
	}
	if e.Detail == "" {
		return fmt.Sprintf("vat: invalid VAT number %s: %s", quoteInput(e.Input), what)
	}
	return fmt.Sprintf("vat: invalid VAT number %s: %s: %s", quoteInput(e.Input), what, e.Detail)
}

// Unwrap returns Reason, so errors.Is(err, ErrBadCheckDigit) works.
func (e *NumberError) Unwrap() error { return e.Reason }

// Is makes errors.Is(err, ErrInvalidNumber) true for every NumberError.
func (e *NumberError) Is(target error) bool { return target == ErrInvalidNumber }

// Number is a well-formed VAT identification number in canonical form: the
// prefix and the body, upper case, without separators. Numbers are
// comparable with ==; two Numbers are equal exactly when they are the same
// number. The zero Number is "no number" (IsZero); it is what a struct field
// holds when the customer gave none.
type Number struct {
	s string // canonical form, "" for the zero Number
}

// String returns the canonical form, "BE0403019261", or "" for the zero
// Number.
func (n Number) String() string { return n.s }

// Prefix returns the two-letter prefix: "BE", "EL" for Greece, "XI" for
// Northern Ireland, "EU" for a non-Union OSS number; "" for the zero Number.
func (n Number) Prefix() string {
	if n.s == "" {
		return ""
	}
	return n.s[:2]
}

// Body returns the number without its prefix, "0403019261"; "" for the zero
// Number.
func (n Number) Body() string {
	if n.s == "" {
		return ""
	}
	return n.s[2:]
}

// Country returns the ISO 3166-1 alpha-2 code of the country that issued the
// number: the prefix for most, "GR" for EL, "GB" for XI (see
// IsNorthernIreland), and "" for an EU number (non-Union OSS: it identifies a
// business established outside the Union, registered in the Member State its
// digits name) and for the zero Number.
func (n Number) Country() string {
	p := n.Prefix()
	if p == "" {
		return ""
	}
	return numInfoOf(p).country
}

// IsNorthernIreland reports whether the number has the prefix XI: a UK VAT
// number used for trade in goods under the Windsor Framework, where Northern
// Ireland stays in the EU VAT area for goods.
func (n Number) IsNorthernIreland() bool { return n.Prefix() == "XI" }

// IsZero reports whether n is the zero Number.
func (n Number) IsZero() bool { return n.s == "" }

// MarshalText returns the canonical form; the zero Number gives an empty
// text. With encoding/json a Number is a JSON string.
func (n Number) MarshalText() ([]byte, error) { return []byte(n.s), nil }

// UnmarshalText parses text with ParseNumber; an empty text gives the zero
// Number. On error n is left unchanged.
func (n *Number) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*n = Number{}
		return nil
	}
	m, err := ParseNumber(string(text))
	if err != nil {
		return err
	}
	*n = m
	return nil
}

// NumberPrefixes returns the prefixes ParseNumber accepts, in alphabetical
// order: the 27 Member States (EL for Greece), EU (non-Union OSS) and XI
// (Northern Ireland). The slice is new at each call.
func NumberPrefixes() []string {
	return []string{
		"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES",
		"EU", "FI", "FR", "HR", "HU", "IE", "IT", "LT", "LU", "LV",
		"MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "XI",
	}
}

// numMaxLen is the longest text, separators removed, that ParseNumber
// looks at; the longest VAT numbers have 14 characters.
const numMaxLen = 32

// numProblem is what a check found wrong, before ParseNumber dresses it as a
// *NumberError with the input and the prefix.
type numProblem struct {
	reason error
	detail string
}

func numBadFormat(format string, args ...any) *numProblem {
	return &numProblem{reason: ErrBadFormat, detail: fmt.Sprintf(format, args...)}
}

func numBadCheck(format string, args ...any) *numProblem {
	return &numProblem{reason: ErrBadCheckDigit, detail: fmt.Sprintf(format, args...)}
}

// ParseNumber reads a VAT identification number: it normalises the text
// (see the package documentation), requires a known prefix, and checks the
// body's format and check digits for that prefix. The error is a
// *NumberError whose Reason is ErrUnknownPrefix, ErrBadFormat,
// ErrBadCheckDigit or ErrDuplicatedPrefix. A number that parses is well
// formed; whether it is registered is a question for a Registry.
func ParseNumber(s string) (Number, error) {
	var norm [numMaxLen]byte
	n, p := numNormalise(s, &norm)
	if p != nil {
		prefix := ""
		if n >= 2 && numIsLetter(norm[0]) && numIsLetter(norm[1]) {
			prefix = string(norm[:2])
		}
		return Number{}, &NumberError{Input: s, Prefix: prefix, Reason: p.reason, Detail: p.detail}
	}
	if n < 2 || !numIsLetter(norm[0]) || !numIsLetter(norm[1]) {
		return Number{}, &NumberError{Input: s, Reason: ErrUnknownPrefix,
			Detail: fmt.Sprintf("no country prefix in %q: a VAT number starts with two letters such as BE or EL", string(norm[:n]))}
	}
	prefix := numKnownPrefix(norm[:2])
	if prefix == "" {
		return Number{}, &NumberError{Input: s, Prefix: string(norm[:2]), Reason: ErrUnknownPrefix,
			Detail: numUnknownPrefixDetail(string(norm[:2]), string(norm[2:n]))}
	}
	var out [numMaxLen + 1]byte
	out[0], out[1] = norm[0], norm[1]
	m, p := numCanonBody(prefix, norm[2:n], out[2:])
	if p != nil {
		body := norm[2:n]
		if len(body) >= 2 && body[0] == norm[0] && body[1] == norm[1] {
			return Number{}, &NumberError{Input: s, Prefix: prefix, Reason: ErrDuplicatedPrefix,
				Detail: numDuplicatedDetail(prefix, body[2:])}
		}
		return Number{}, &NumberError{Input: s, Prefix: prefix, Reason: p.reason, Detail: p.detail}
	}
	canon := out[:2+m]
	if string(canon) == s {
		return Number{s: s}, nil
	}
	return Number{s: string(canon)}, nil
}

// numNormalise upper-cases ASCII letters and drops separators, writing the
// result to dst. It returns the length written and a problem for a character
// that is neither a separator nor part of any VAT number, or for a text too
// long to be one.
func numNormalise(s string, dst *[numMaxLen]byte) (int, *numProblem) {
	n := 0
	for _, r := range s {
		var c byte
		switch {
		case r >= 'a' && r <= 'z':
			c = byte(r - 'a' + 'A')
		case r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '+', r == '*':
			c = byte(r)
		case numIsSeparator(r):
			continue
		default:
			return n, numBadFormat("the character %q has no place in a VAT number", r)
		}
		if n == len(dst) {
			return n, numBadFormat("more than %d characters once separators are removed; the longest VAT numbers have 14", numMaxLen)
		}
		dst[n] = c
		n++
	}
	if n == 0 {
		return 0, numBadFormat("empty: no letters or digits")
	}
	return n, nil
}

// numIsSeparator reports whether r is dropped by the normalisation: white
// space, dots, commas, slashes, colons, parentheses, dashes, and the
// invisible characters that copying from documents leaves behind.
func numIsSeparator(r rune) bool {
	switch r {
	case '.', ',', '/', ':', '(', ')', '\u00ad', '\u200b', '\u2060', '\ufeff':
		return true
	}
	return unicode.IsSpace(r) || unicode.Is(unicode.Pd, r)
}

func numIsLetter(c byte) bool { return c >= 'A' && c <= 'Z' }

func numIsDigit(c byte) bool { return c >= '0' && c <= '9' }

// numKnownPrefix returns the prefix as a constant string, or "" when it is
// not a VAT number prefix. It does not allocate.
func numKnownPrefix(p []byte) string {
	switch string(p) {
	case "AT":
		return "AT"
	case "BE":
		return "BE"
	case "BG":
		return "BG"
	case "CY":
		return "CY"
	case "CZ":
		return "CZ"
	case "DE":
		return "DE"
	case "DK":
		return "DK"
	case "EE":
		return "EE"
	case "EL":
		return "EL"
	case "ES":
		return "ES"
	case "EU":
		return "EU"
	case "FI":
		return "FI"
	case "FR":
		return "FR"
	case "HR":
		return "HR"
	case "HU":
		return "HU"
	case "IE":
		return "IE"
	case "IT":
		return "IT"
	case "LT":
		return "LT"
	case "LU":
		return "LU"
	case "LV":
		return "LV"
	case "MT":
		return "MT"
	case "NL":
		return "NL"
	case "PL":
		return "PL"
	case "PT":
		return "PT"
	case "RO":
		return "RO"
	case "SE":
		return "SE"
	case "SI":
		return "SI"
	case "SK":
		return "SK"
	case "XI":
		return "XI"
	}
	return ""
}

// numUnknownPrefixDetail explains an unknown prefix, with a pointer to the
// right one where there is one.
func numUnknownPrefixDetail(prefix, body string) string {
	switch prefix {
	case "GR":
		return fmt.Sprintf("Greek VAT numbers take the prefix EL, not the ISO code GR (EL%s)", body)
	case "GB", "UK":
		return fmt.Sprintf("%s numbers are not EU VAT numbers since 2021; Northern Ireland traders in goods use the prefix XI", prefix)
	case "IM":
		return "IM numbers are IOSS (import scheme) identifiers, not VAT identification numbers"
	}
	return fmt.Sprintf("%q is not a VAT number prefix (known: %s)", prefix, strings.Join(NumberPrefixes(), " "))
}

// numDuplicatedDetail explains a repeated prefix, and says what the number
// would be without the repetition when that is a valid number. It does not
// repair the input: the caller asks the person.
func numDuplicatedDetail(prefix string, rest []byte) string {
	var out [numMaxLen + 1]byte
	if m, p := numCanonBody(prefix, rest, out[:]); p == nil {
		return fmt.Sprintf("the prefix %s is written twice; did you mean %s%s?", prefix, prefix, string(out[:m]))
	}
	return fmt.Sprintf("the prefix %s is written twice", prefix)
}
