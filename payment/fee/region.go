package fee

import "strings"

// Region is where a card was issued, relative to the merchant's acquirer:
// the first thing card pricing depends on. In a Rule, RegionAny matches
// every region; in a Transaction it says the region is not known or does
// not apply (a bank redirect such as iDEAL), and only rules for any region
// match it.
type Region uint8

// The card regions.
const (
	// RegionAny: in a rule, every region; in a transaction, none known.
	RegionAny Region = iota
	// RegionDomestic: issued in the merchant's own country.
	RegionDomestic
	// RegionEEA: issued in another country of the European Economic Area.
	RegionEEA
	// RegionUK: issued in the United Kingdom, priced apart since Brexit.
	RegionUK
	// RegionInternational: issued anywhere else.
	RegionInternational
	regionEnd // one past the last region
)

// regionNames are the codes of the regions, indexed by Region.
func regionNames() [regionEnd]string {
	return [regionEnd]string{"any", "domestic", "eea", "uk", "international"}
}

// ParseRegion returns the region with the given code: "any", "domestic",
// "eea", "uk" or "international", in any ASCII case ("EEA"). Anything else,
// the empty string included, is an *UnknownError.
func ParseRegion(code string) (Region, error) {
	for r, name := range regionNames() {
		if strings.EqualFold(code, name) {
			return Region(r), nil
		}
	}
	return 0, &UnknownError{Kind: kindRegion, Input: code}
}

// Valid reports whether r is one of the Region constants.
func (r Region) Valid() bool { return r < regionEnd }

// String returns the region's code, or "region(n)" for an invalid value.
func (r Region) String() string {
	if !r.Valid() {
		return invalidName(kindRegion, uint8(r))
	}
	return regionNames()[r]
}

// MarshalText encodes r as its code; an invalid Region is an *UnknownError.
func (r Region) MarshalText() ([]byte, error) {
	if !r.Valid() {
		return nil, &UnknownError{Kind: kindRegion, Input: r.String()}
	}
	return []byte(r.String()), nil
}

// UnmarshalText decodes a code as ParseRegion does.
func (r *Region) UnmarshalText(b []byte) error {
	v, err := ParseRegion(string(b))
	if err != nil {
		return err
	}
	*r = v
	return nil
}
