package money_test

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/comptoir/comptoir/money"
)

func minors(parts []money.Money) []int64 {
	out := make([]int64, len(parts))
	for i, p := range parts {
		out[i] = p.Minor()
	}
	return out
}

func TestAllocate(t *testing.T) {
	tests := []struct {
		name    string
		amount  int64
		weights []int64
		want    []int64
	}{
		{"spec: 10.00 off 3 x 5.00", 1000, []int64{500, 500, 500}, []int64{334, 333, 333}},
		{"negative is symmetric", -1000, []int64{500, 500, 500}, []int64{-334, -333, -333}},
		{"ties go to the earlier part", 2, []int64{1, 1, 1}, []int64{1, 1, 0}},
		{"largest remainder wins", 100, []int64{1, 2, 3}, []int64{17, 33, 50}},
		{"zero weight gets nothing", 101, []int64{0, 1, 0, 1}, []int64{0, 51, 0, 50}},
		{"one part takes all", 12345, []int64{7}, []int64{12345}},
		{"zero amount", 0, []int64{1, 2}, []int64{0, 0}},
		{"one cent over many", 1, []int64{1, 1, 1, 1}, []int64{1, 0, 0, 0}},
		{"shipping 4.50 over 21 % and 6 % goods", 450, []int64{2997, 1999}, []int64{270, 180}},
		{"max amount, max weights", math.MaxInt64, []int64{math.MaxInt64, math.MaxInt64},
			[]int64{math.MaxInt64/2 + 1, math.MaxInt64 / 2}},
		{"min amount", -math.MaxInt64, []int64{1, 1}, []int64{-(math.MaxInt64/2 + 1), -(math.MaxInt64 / 2)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parts, err := eur(t, tt.amount).Allocate(tt.weights...)
			require.NoError(t, err)
			assert.Equal(t, tt.want, minors(parts))
			checkAllocation(t, tt.amount, tt.weights, parts)
		})
	}
}

func TestAllocateErrors(t *testing.T) {
	for name, weights := range map[string][]int64{
		"none":      nil,
		"all zero":  {0, 0},
		"negative":  {1, -1, 2},
		"sum > u64": {math.MaxInt64, math.MaxInt64, math.MaxInt64},
	} {
		_, err := eur(t, 100).Allocate(weights...)
		assert.ErrorIs(t, err, money.ErrInvalidArgument, name)
	}
}

func TestSplit(t *testing.T) {
	parts, err := eur(t, 1000).Split(3)
	require.NoError(t, err)
	assert.Equal(t, []int64{334, 333, 333}, minors(parts))
	parts, err = eur(t, -1000).Split(3)
	require.NoError(t, err)
	assert.Equal(t, []int64{-334, -333, -333}, minors(parts))
	parts, err = eur(t, math.MaxInt64).Split(1)
	require.NoError(t, err)
	assert.Equal(t, []int64{math.MaxInt64}, minors(parts))
	for _, n := range []int{0, -1, money.MaxSplit + 1, math.MaxInt} {
		_, err := eur(t, 1).Split(n)
		assert.ErrorIs(t, err, money.ErrInvalidArgument)
	}
	// Split(n) is Allocate with n equal weights.
	r := rand.New(rand.NewPCG(5, 6))
	for range 500 {
		amount, n := r.Int64N(1_000_000)-500_000, 1+r.IntN(20)
		weights := make([]int64, n)
		for i := range weights {
			weights[i] = 1
		}
		split, err := eur(t, amount).Split(n)
		require.NoError(t, err)
		alloc, err := eur(t, amount).Allocate(weights...)
		require.NoError(t, err)
		require.Equal(t, alloc, split)
	}
}

// checkAllocation asserts the invariants of an allocation: the parts sum to
// the whole; each is within one minor unit of its exact share, on the
// side of zero the floor puts it; the extra units go to the largest
// remainders, ties to the earlier part; the sign is the whole's.
func checkAllocation(t testing.TB, amount int64, weights []int64, parts []money.Money) {
	t.Helper()
	require.Len(t, parts, len(weights))
	var total big.Int
	for _, w := range weights {
		total.Add(&total, big.NewInt(w))
	}
	sum := new(big.Int)
	whole := new(big.Int).Abs(big.NewInt(amount))
	type rem struct {
		r     *big.Int
		extra bool
	}
	rems := make([]rem, len(parts))
	for i, p := range parts {
		require.Equal(t, "EUR", p.Currency().Code())
		sum.Add(sum, big.NewInt(p.Minor()))
		mag := new(big.Int).Abs(big.NewInt(p.Minor()))
		if amount != 0 && p.Minor() != 0 {
			require.Equal(t, amount < 0, p.Minor() < 0, "part %d has the wrong sign", i)
		}
		q, r := new(big.Int).QuoRem(new(big.Int).Mul(whole, big.NewInt(weights[i])), &total, new(big.Int))
		diff := new(big.Int).Sub(mag, q).Int64()
		require.True(t, diff == 0 || diff == 1, "part %d = %d, exact floor %s", i, p.Minor(), q)
		rems[i] = rem{r: r, extra: diff == 1}
	}
	require.Equal(t, big.NewInt(amount).String(), sum.String(), "parts must sum to the whole")
	for i := range rems {
		for j := range rems {
			if !rems[i].extra || rems[j].extra {
				continue
			}
			// i got an extra unit and j did not: i's remainder beats j's, or ties and i is first.
			c := rems[i].r.Cmp(rems[j].r)
			require.True(t, c > 0 || (c == 0 && i < j), "part %d got the unit before part %d", i, j)
		}
	}
}

func TestAllocateProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for range 3000 {
		amount := r.Int64N(2_000_000) - 1_000_000
		if r.IntN(3) == 0 {
			amount = r.Int64() - r.Int64()/2
		}
		if amount == math.MinInt64 {
			continue
		}
		weights := make([]int64, 1+r.IntN(12))
		if r.IntN(10) == 0 {
			weights = make([]int64, 33+r.IntN(40)) // beyond the insertion sort
		}
		for i := range weights {
			if r.IntN(5) > 0 {
				weights[i] = r.Int64N(1 << uint(1+r.IntN(60)))
			}
		}
		weights[r.IntN(len(weights))]++ // never all zero
		parts, err := eur(t, amount).Allocate(weights...)
		require.NoError(t, err)
		checkAllocation(t, amount, weights, parts)
		neg, err := eur(t, amount).Neg().Allocate(weights...)
		require.NoError(t, err)
		for i := range parts {
			require.Equal(t, parts[i].Neg(), neg[i], "allocating -x is -(allocating x)")
		}
	}
}

func FuzzAllocate(f *testing.F) {
	f.Add(int64(1000), int64(500), int64(500), int64(500))
	f.Add(int64(-1), int64(1), int64(1), int64(0))
	f.Add(int64(math.MaxInt64), int64(math.MaxInt64), int64(1), int64(3))
	f.Fuzz(func(t *testing.T, amount, w1, w2, w3 int64) {
		if amount == math.MinInt64 {
			return
		}
		weights := []int64{w1, w2, w3}
		parts, err := eur(t, amount).Allocate(weights...)
		if err != nil {
			if validWeights(weights) {
				t.Fatalf("Allocate(%v) failed: %v", weights, err)
			}
			return
		}
		require.True(t, validWeights(weights), "Allocate(%v) accepted invalid weights", weights)
		checkAllocation(t, amount, weights, parts)
	})
}

// validWeights: all non-negative, with a total in 1..2^64-1.
func validWeights(weights []int64) bool {
	var total big.Int
	for _, w := range weights {
		if w < 0 {
			return false
		}
		total.Add(&total, big.NewInt(w))
	}
	return total.Sign() > 0 && total.IsUint64()
}

func TestAppendAllocation(t *testing.T) {
	buf := make([]money.Money, 1, 8)
	buf[0] = eur(t, 7)
	out, err := eur(t, 1000).AppendAllocation(buf, 1, 1, 1)
	require.NoError(t, err)
	assert.Equal(t, []int64{7, 334, 333, 333}, minors(out))
	assert.Same(t, &buf[0], &out[0], "no new array while dst has room")
	again, err := eur(t, 1000).AppendAllocation(out[:0], 1, 1, 1)
	require.NoError(t, err)
	assert.Equal(t, []int64{334, 333, 333}, minors(again), "stale contents are overwritten")
	same, err := eur(t, 1000).AppendAllocation(out, -1)
	require.ErrorIs(t, err, money.ErrInvalidArgument)
	assert.Equal(t, out, same)
	assert.Equal(t, 0.0, testing.AllocsPerRun(100, func() {
		again, _ = eur(t, 1000).AppendAllocation(again[:0], 1, 2, 3)
	}))
}
