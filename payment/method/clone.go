package method

import (
	"maps"

	"github.com/comptoir/comptoir/money"
)

// cloneSet deep-copies the methods at positions idx. Rather than a few
// allocations per method, the slices of all the copies are carved out of
// one backing array per element type; each piece is capped at its own
// length, so a caller appending to one copy's slice reallocates instead of
// writing into its neighbour's. It returns nil for no positions.
func (c *Catalog) cloneSet(idx []int) []Method {
	if len(idx) == 0 {
		return nil
	}
	var nStr, nBrand, nCur, nRange, nChan int
	for _, i := range idx {
		m := &c.methods[i]
		nStr += len(m.Aliases) + len(m.Rules.Countries)
		nBrand += len(m.Brands)
		nCur += len(m.Rules.Currencies)
		nRange += len(m.Rules.Amounts)
		nChan += len(m.Rules.Channels)
	}
	a := arenas{
		strs:   make([]string, 0, nStr),
		brands: make([]Brand, 0, nBrand),
		curs:   make([]money.Currency, 0, nCur),
		ranges: make([]Range, 0, nRange),
		chans:  make([]Channel, 0, nChan),
	}
	out := make([]Method, len(idx))
	for k, i := range idx {
		m := c.methods[i]
		m.Names = maps.Clone(m.Names)
		m.Aliases, a.strs = carve(a.strs, m.Aliases)
		m.Brands, a.brands = carve(a.brands, m.Brands)
		m.Rules.Countries, a.strs = carve(a.strs, m.Rules.Countries)
		m.Rules.Currencies, a.curs = carve(a.curs, m.Rules.Currencies)
		m.Rules.Amounts, a.ranges = carve(a.ranges, m.Rules.Amounts)
		m.Rules.Channels, a.chans = carve(a.chans, m.Rules.Channels)
		out[k] = m
	}
	return out
}

// arenas are the backing arrays of one cloneSet.
type arenas struct {
	strs   []string
	brands []Brand
	curs   []money.Currency
	ranges []Range
	chans  []Channel
}

// carve copies s to the end of arena and returns the copy, capped at its
// length, and the grown arena. A nil s stays nil.
func carve[T any](arena, s []T) (piece, rest []T) {
	if s == nil {
		return nil, arena
	}
	start := len(arena)
	arena = append(arena, s...)
	return arena[start:len(arena):len(arena)], arena
}
