package fraud

import (
	"math/bits"
	"strings"
)

// Countries is a set of ISO 3166-1 alpha-2 country codes. It is a small
// comparable value (a bit per possible two-letter code), so membership
// costs a shift and a mask. The zero Countries is the empty set.
type Countries struct {
	bits [countryWords]uint64
}

// 26 × 26 two-letter codes, one bit each.
const countryWords = (26*26 + 63) / 64

// europeCodes is the set Europe returns, in alphabetical order.
const europeCodes = "AD AT BE BG CH CY CZ DE DK EE ES FI FR GB GR HR HU IE IS IT LI LT LU LV MC MT NL NO PL PT RO SE SI SK SM VA"

// NewCountries returns the set of the given codes. Each must be an
// assigned ISO 3166-1 alpha-2 code in upper case ("GB", not "UK"; "GR",
// not "EL"); any other is a *CountryError.
func NewCountries(codes ...string) (Countries, error) {
	var c Countries
	for _, code := range codes {
		if !validCode(code) {
			return Countries{}, &CountryError{Code: code}
		}
		c.add(code)
	}
	return c, nil
}

// Europe returns the countries this package calls Europe: the 27 Member
// States of the EU (AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU
// LV MT NL PL PT RO SE SI SK), the other EEA states (IS LI NO),
// Switzerland (CH), the United Kingdom (GB) and the microstates that use
// the euro or sit inside the EU (AD MC SM VA): 36 codes.
//
// It is a definition, not geography: the Western Balkans, Moldova,
// Ukraine, Belarus, Russia and Türkiye are outside, and so are the
// territories with codes of their own even where EU law applies (the
// French overseas departments GF GP MQ RE YT, Åland AX) or where it does
// not (Gibraltar GI, the Faroe Islands FO, Greenland GL, the Crown
// dependencies GG IM JE). Add what your shop needs with Union.
func Europe() Countries {
	var c Countries
	for _, code := range strings.Fields(europeCodes) {
		c.add(code)
	}
	return c
}

// index returns the bit of a two-letter upper-case code, and false for
// anything else.
func index(code string) (int, bool) {
	if len(code) != 2 || code[0] < 'A' || code[0] > 'Z' || code[1] < 'A' || code[1] > 'Z' {
		return 0, false
	}
	return int(code[0]-'A')*26 + int(code[1]-'A'), true
}

// add sets code's bit; code is a valid code.
func (c *Countries) add(code string) {
	i, _ := index(code)
	c.bits[i/64] |= 1 << (i % 64)
}

// Contains reports whether code is in the set. It is false for "" and
// for anything that is not two upper-case letters.
func (c Countries) Contains(code string) bool {
	i, ok := index(code)
	return ok && c.bits[i/64]&(1<<(i%64)) != 0
}

// Union returns the codes in c or in o.
func (c Countries) Union(o Countries) Countries {
	for i := range c.bits {
		c.bits[i] |= o.bits[i]
	}
	return c
}

// Minus returns the codes in c and not in o.
func (c Countries) Minus(o Countries) Countries {
	for i := range c.bits {
		c.bits[i] &^= o.bits[i]
	}
	return c
}

// Len returns the number of codes in the set.
func (c Countries) Len() int {
	n := 0
	for _, w := range c.bits {
		n += bits.OnesCount64(w)
	}
	return n
}

// Codes returns the codes in alphabetical order, in a new slice.
func (c Countries) Codes() []string {
	codes := make([]string, 0, c.Len())
	for i := range 26 * 26 {
		if c.bits[i/64]&(1<<(i%64)) != 0 {
			codes = append(codes, string([]byte{byte('A' + i/26), byte('A' + i%26)}))
		}
	}
	return codes
}

// String returns the codes in braces, such as "{BE DE FR NL}".
func (c Countries) String() string {
	return "{" + strings.Join(c.Codes(), " ") + "}"
}
