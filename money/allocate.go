package money

import (
	"fmt"
	"math/bits"
	"slices"
)

// Allocate divides m into len(weights) parts proportional to the weights,
// by largest remainder: each part first gets the floor of its exact share,
// and the minor units left over go one each to the parts with the largest
// remainders, ties to the earlier part. The parts sum exactly to m and each
// is within one minor unit of its exact share. 10.00 over (1, 1, 1) is 3.34,
// 3.33, 3.33.
//
// A negative m allocates as the negation of -m, so allocating -10.00 gives
// -3.34, -3.33, -3.33. Products are computed in 128 bits, so amounts up to
// MaxMinor allocate exactly. Weights must be non-negative with a non-zero
// total that fits a uint64; otherwise the error wraps ErrInvalidArgument.
func (m Money) Allocate(weights ...int64) ([]Money, error) {
	return m.AppendAllocation(make([]Money, 0, len(weights)), weights...)
}

// AppendAllocation appends the parts Allocate would return to dst and
// returns the extended slice; with room in dst it does not allocate, for
// hot loops that reuse a buffer. On error dst is returned unchanged.
func (m Money) AppendAllocation(dst []Money, weights ...int64) ([]Money, error) {
	total, err := weightTotal(weights)
	if err != nil {
		return dst, err
	}
	negative := m.amount < 0
	whole := abs64(m.amount)
	start := len(dst)
	dst = slices.Grow(dst, len(weights))[:start+len(weights)]
	parts := dst[start:]
	var stack [16]remainder // most allocations have few parts: no heap
	remainders := stack[:0]
	if len(weights) > len(stack) {
		remainders = make([]remainder, 0, len(weights))
	}
	var given uint64
	for i, w := range weights {
		hi, lo := bits.Mul64(whole, uint64(w))
		// hi < total because w <= total and whole < 2^64: the quotient fits.
		q, r := bits.Div64(hi, lo, total)
		given += q
		remainders = append(remainders, remainder{rem: r, index: i})
		parts[i] = Money{amount: int64(q)} // q <= whole <= MaxInt64
	}
	if left := whole - given; left > 0 { // fewer than len(weights) units
		sortByRemainderDesc(remainders)
		for _, r := range remainders[:left] {
			parts[r.index].amount++
		}
	}
	for i := range parts {
		parts[i].currency = m.currency
		if negative {
			parts[i].amount = -parts[i].amount
		}
	}
	return dst, nil
}

// remainder is a part's remainder of its exact share, with its position.
type remainder struct {
	rem   uint64
	index int
}

// sortByRemainderDesc puts larger remainders first, keeping equal ones in
// their positions: an insertion sort for the few parts most allocations
// have, the standard stable sort beyond.
func sortByRemainderDesc(r []remainder) {
	if len(r) > 32 {
		slices.SortStableFunc(r, byRemainderDesc)
		return
	}
	for i := 1; i < len(r); i++ {
		for j := i; j > 0 && r[j].rem > r[j-1].rem; j-- {
			r[j], r[j-1] = r[j-1], r[j]
		}
	}
}

// byRemainderDesc orders larger remainders first.
func byRemainderDesc(a, b remainder) int {
	switch {
	case a.rem > b.rem:
		return -1
	case a.rem < b.rem:
		return 1
	}
	return 0
}

// weightTotal checks the weights and returns their sum.
func weightTotal(weights []int64) (uint64, error) {
	var total uint64
	for i, w := range weights {
		if w < 0 {
			return 0, fmt.Errorf("%w: negative weight %d at position %d", ErrInvalidArgument, w, i)
		}
		var carry uint64
		total, carry = bits.Add64(total, uint64(w), 0)
		if carry != 0 {
			return 0, fmt.Errorf("%w: weights sum beyond 2^64", ErrInvalidArgument)
		}
	}
	if total == 0 {
		return 0, fmt.Errorf("%w: no weights or all weights zero", ErrInvalidArgument)
	}
	return total, nil
}

// MaxSplit is the largest number of parts Split makes.
const MaxSplit = 1 << 20

// Split divides m into n parts as equal as possible, the larger parts
// first: 10.00 EUR in 3 is 3.34, 3.33, 3.33. It is Allocate with n equal
// weights, computed directly. n must be in 1..MaxSplit.
func (m Money) Split(n int) ([]Money, error) {
	if n <= 0 || n > MaxSplit {
		return nil, fmt.Errorf("%w: split into %d parts", ErrInvalidArgument, n)
	}
	whole := abs64(m.amount)
	share, left := whole/uint64(n), whole%uint64(n)
	parts := make([]Money, n)
	for i := range parts {
		mag := share
		if uint64(i) < left {
			mag++
		}
		parts[i] = Money{amount: int64(mag), currency: m.currency}
		if m.amount < 0 {
			parts[i].amount = -parts[i].amount
		}
	}
	return parts, nil
}
