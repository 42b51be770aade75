package shipping

import "strings"

// Destination is where a basket goes: an ISO 3166-1 alpha-2 country code
// and a postal code. Quote normalises both (see NormalizePostalCode; the
// country is upper-cased).
type Destination struct {
	Country    string
	PostalCode string
}

// NormalizePostalCode returns s in upper case without spaces and dashes:
// "1000" stays "1000", "1012 ab" becomes "1012AB", "sw1a-1aa" becomes
// "SW1A1AA". A code already in that form is returned without allocating.
func NormalizePostalCode(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == ' ' || c == '-' || ('a' <= c && c <= 'z') {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '-':
			continue
		case 'a' <= c && c <= 'z':
			c -= 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}

// Region is a country, or the part of a country whose postal codes start
// with one of PostalPrefixes (normalised like NormalizePostalCode).
type Region struct {
	Country        string   // ISO 3166-1 alpha-2, upper case: "BE"
	PostalPrefixes []string // empty: the whole country; "20" for Corsica
}

// Zone is a named set of regions with excluded parts: "Europe" is FR, NL,
// LU and DE; "Corsica" is FR with prefix "20"; "Belgium" could exclude a
// prefix the carrier does not serve.
//
// A destination matches a zone when one of Regions covers it and none of
// Excluded does. An offer serving several zones uses the most specific
// one that matches: the zone whose matching prefix is the longest (a
// whole-country region counts as a prefix of length zero); on a tie, the
// zone listed first in the offer. A zone that covers the destination but
// excludes it takes no part in that choice; if every covering zone
// excludes it, the offer is unavailable with ReasonExcluded.
type Zone struct {
	Name     string   // unique in a schedule, referenced by Offer.Zones
	Regions  []Region // at least one
	Excluded []Region // parts of Regions that are not served
}

// compiledRegion is a region with one normalised prefix ("" for the whole
// country).
type compiledRegion struct {
	country string
	prefix  string
}

// compiledZone is a validated zone with flattened regions.
type compiledZone struct {
	name     string
	regions  []compiledRegion
	excluded []compiledRegion
}

// match returns the length of the longest prefix of z's regions covering
// d (0 for a whole-country region), or -1 when none does.
func match(regions []compiledRegion, country, postal string) int {
	best := -1
	for _, r := range regions {
		if r.country == country && len(r.prefix) > best && strings.HasPrefix(postal, r.prefix) {
			best = len(r.prefix)
		}
	}
	return best
}

// zoneMatch is the outcome of resolving a destination over an offer's
// zones.
type zoneMatch struct {
	zone       int  // index into the schedule's zones, or -1
	excluded   bool // some zone covered the destination but excluded it
	excludedBy int  // the zone that excluded it, when zone == -1 and excluded
}

// resolve picks the most specific zone among ids that serves the
// destination.
func resolve(zones []compiledZone, ids []int, country, postal string) zoneMatch {
	m := zoneMatch{zone: -1, excludedBy: -1}
	bestLen := -1
	for _, id := range ids {
		z := &zones[id]
		n := match(z.regions, country, postal)
		if n < 0 {
			continue
		}
		if match(z.excluded, country, postal) >= 0 {
			if !m.excluded {
				m.excluded, m.excludedBy = true, id
			}
			continue
		}
		if n > bestLen {
			bestLen, m.zone = n, id
		}
	}
	return m
}
