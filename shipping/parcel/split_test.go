package parcel_test

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/comptoir/comptoir/shipping/parcel"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSplitByWeight(t *testing.T) {
	items := []parcel.Item{{Ref: "cast-iron pan", Weight: 5000, Dimensions: dims(300, 300, 100), Quantity: 12}}
	got, err := parcel.Split(items, parcel.MondialRelay(), parcel.Packing{})
	require.NoError(t, err)
	require.Len(t, got, 2) // 6 × 5 kg = 30 kg per parcel
	for _, p := range got {
		assert.Equal(t, []parcel.PackedItem{{Index: 0, Ref: "cast-iron pan", Quantity: 6}}, p.Items)
		assert.Equal(t, parcel.Grams(30_000), p.Parcel.Weight)
		assert.Equal(t, dims(300, 300, 600), p.Parcel.Dimensions) // sum 1200 <= 1500
	}

	// With a 500 g box, only 5 pans fit: 5 + 5 + 2.
	got, err = parcel.Split(items, parcel.MondialRelay(), parcel.Packing{Tare: 500})
	require.NoError(t, err)
	require.Len(t, got, 3)
	var qty []int
	for _, p := range got {
		qty = append(qty, p.Items[0].Quantity)
	}
	assert.Equal(t, []int{5, 5, 2}, qty)
	assert.Equal(t, parcel.Grams(10_500), got[2].Parcel.Weight)
	assert.Equal(t, parcel.Billing{Actual: 10_500, Billable: 10_500}, got[2].Billing)

	// A packing cap below the service's maximum.
	got, err = parcel.Split(items, parcel.MondialRelay(), parcel.Packing{MaxWeight: 20_000})
	require.NoError(t, err)
	assert.Len(t, got, 3) // 4 + 4 + 4
}

func TestSplitByStacking(t *testing.T) {
	// Locker 58 × 42 × 31 cm; trays of 40 × 30 × 10 cm stack 5 high
	// (50 × 40 × 30 once sorted), a sixth would make the stack 60 cm.
	items := []parcel.Item{{Ref: "tray", Weight: 1000, Dimensions: dims(100, 400, 300), Quantity: 7}}
	got, err := parcel.Split(items, parcel.BpostLocker(), parcel.Packing{})
	require.NoError(t, err)
	require.Len(t, got, 2)
	assert.Equal(t, 5, got[0].Items[0].Quantity)
	assert.Equal(t, dims(400, 300, 500), got[0].Parcel.Dimensions)
	assert.Equal(t, 2, got[1].Items[0].Quantity)
	assert.Equal(t, dims(400, 300, 200), got[1].Parcel.Dimensions)
	for _, p := range got {
		assert.NoError(t, parcel.BpostLocker().Check(p.Parcel))
	}
}

func TestSplitMixedBasket(t *testing.T) {
	items := []parcel.Item{
		{Ref: "knife", Weight: 200, Dimensions: dims(350, 50, 20), Quantity: 3},
		{Ref: "casserole", Weight: 6000, Dimensions: dims(350, 300, 200), Quantity: 4},
		{Ref: "apron", Weight: 300, Dimensions: dims(300, 200, 30), Quantity: 2},
		{Ref: "stockpot", Weight: 12_000, Dimensions: dims(400, 400, 350), Quantity: 1},
	}
	s := parcel.DPDClassic()
	s.VolumetricDivisor = parcel.DivisorDPDAir
	got, err := parcel.Split(items, s, parcel.Packing{Tare: 400})
	require.NoError(t, err)
	// Heaviest first: stockpot (12 kg) + 3 casseroles (18 kg) + box = 30.4 kg;
	// the 4th casserole opens parcel 2. Then the lighter units go to the
	// first parcel where they fit: both aprons and two knives top up parcel
	// 1 to 31.4 kg, the third knife (31.6 kg) goes to parcel 2.
	require.Len(t, got, 2)
	assert.Equal(t, []parcel.PackedItem{{0, "knife", 2}, {1, "casserole", 3}, {2, "apron", 2}, {3, "stockpot", 1}}, got[0].Items)
	assert.Equal(t, parcel.Grams(31_400), got[0].Parcel.Weight)
	assert.Equal(t, dims(400, 400, 350+3*200+2*30+2*20), got[0].Parcel.Dimensions)
	assert.Equal(t, []parcel.PackedItem{{0, "knife", 1}, {1, "casserole", 1}}, got[1].Items)
	assert.Equal(t, parcel.Grams(400+6000+200), got[1].Parcel.Weight)
	assert.Equal(t, dims(350, 300, 200+20), got[1].Parcel.Dimensions)
	// Volumetric weight from the stacked dimensions, mm³ / 5000.
	assert.Equal(t, parcel.Billing{Actual: 31_400, Volumetric: 400 * 400 * 1050 / 5000, Billable: 33_600}, got[0].Billing)
	assert.Equal(t, parcel.Billing{Actual: 6600, Volumetric: 350 * 300 * 220 / 5000, Billable: 6600}, got[1].Billing)
}

func TestSplitEmpty(t *testing.T) {
	got, err := parcel.Split(nil, parcel.Bpost(), parcel.Packing{})
	require.NoError(t, err)
	assert.Empty(t, got)
}

func TestSplitErrors(t *testing.T) {
	ok := parcel.Item{Ref: "ok", Weight: 100, Dimensions: dims(100, 100, 100), Quantity: 1}
	tests := []struct {
		name   string
		item   parcel.Item
		field  string         // InputError field, or ""
		limits []parcel.Limit // failed limits, or nil
	}{
		{"zero quantity", parcel.Item{Ref: "x", Weight: 1, Dimensions: dims(1, 1, 1), Quantity: 0}, "quantity", nil},
		{"negative quantity", parcel.Item{Ref: "x", Weight: 1, Dimensions: dims(1, 1, 1), Quantity: -2}, "quantity", nil},
		{"huge quantity", parcel.Item{Ref: "x", Weight: 1, Dimensions: dims(1, 1, 1), Quantity: math.MaxInt}, "quantity", nil},
		{"negative weight", parcel.Item{Ref: "x", Weight: -1, Dimensions: dims(1, 1, 1), Quantity: 1}, "weight", nil},
		{"zero side", parcel.Item{Ref: "x", Weight: 1, Dimensions: dims(1, 0, 1), Quantity: 1}, "width", nil},
		{"too heavy", parcel.Item{Ref: "anvil", Weight: 30_001, Dimensions: dims(100, 100, 100), Quantity: 1}, "", []parcel.Limit{parcel.MaxWeight}},
		{"too long and heavy", parcel.Item{Ref: "oar", Weight: 31_000, Dimensions: dims(50, 2000, 50), Quantity: 1}, "",
			[]parcel.Limit{parcel.MaxWeight, parcel.MaxLongestSide}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parcel.Split([]parcel.Item{ok, tt.item}, parcel.Bpost(), parcel.Packing{})
			var ie *parcel.ItemError
			require.ErrorAs(t, err, &ie)
			assert.Equal(t, 1, ie.Index)
			assert.Equal(t, tt.item.Ref, ie.Ref)
			if tt.field != "" {
				var in *parcel.InputError
				require.ErrorAs(t, err, &in)
				assert.Equal(t, tt.field, in.Field)
				assert.ErrorIs(t, err, parcel.ErrInvalidInput)
				return
			}
			assert.ErrorIs(t, err, parcel.ErrExceedsLimit)
			var all *parcel.LimitsError
			require.ErrorAs(t, err, &all)
			var got []parcel.Limit
			for _, le := range all.Failed {
				got = append(got, le.Limit)
			}
			assert.Equal(t, tt.limits, got)
		})
	}

	// The tare counts when an item is checked alone.
	_, err := parcel.Split([]parcel.Item{{Ref: "pan", Weight: 29_800, Dimensions: dims(1, 1, 1), Quantity: 1}},
		parcel.Bpost(), parcel.Packing{Tare: 300})
	assert.EqualError(t, err, `parcel: item 0 ("pan"): exceeds 1 limit: weight 30100 g exceeds 30000 g`)

	for _, tc := range []struct {
		s parcel.Service
		p parcel.Packing
	}{
		{parcel.Service{VolumetricDivisor: -5000}, parcel.Packing{}},
		{parcel.Bpost(), parcel.Packing{Tare: -1}},
		{parcel.Bpost(), parcel.Packing{MaxWeight: -1}},
	} {
		_, err := parcel.Split([]parcel.Item{ok}, tc.s, tc.p)
		assert.ErrorIs(t, err, parcel.ErrInvalidInput)
	}

	many := []parcel.Item{
		{Ref: "a", Weight: 1, Dimensions: dims(1, 1, 1), Quantity: parcel.MaxUnits},
		{Ref: "b", Weight: 1, Dimensions: dims(1, 1, 1), Quantity: 1},
	}
	_, err = parcel.Split(many, parcel.Service{}, parcel.Packing{})
	var in *parcel.InputError
	require.ErrorAs(t, err, &in)
	assert.Equal(t, "total quantity", in.Field)

	// Weight overflow with no limits: placement opens a new parcel instead.
	heavy := []parcel.Item{{Ref: "h", Weight: math.MaxInt64 / 2, Dimensions: dims(1, 1, 1), Quantity: 3}}
	got, err := parcel.Split(heavy, parcel.Service{}, parcel.Packing{})
	require.NoError(t, err)
	assert.Len(t, got, 2)
}

// checkSplit asserts the invariants of a split: every unit placed exactly
// once, every parcel within the service (and packing) limits, weights
// consistent and totals preserved.
func checkSplit(t *testing.T, items []parcel.Item, s parcel.Service, pk parcel.Packing, got []parcel.Packed) {
	t.Helper()
	placed := make([]int, len(items))
	var total parcel.Grams
	for k, p := range got {
		require.NotEmpty(t, p.Items, "parcel %d", k)
		w := pk.Tare
		for j, pi := range p.Items {
			if j > 0 {
				assert.Less(t, p.Items[j-1].Index, pi.Index, "items sorted and not repeated")
			}
			require.Positive(t, pi.Quantity)
			assert.Equal(t, items[pi.Index].Ref, pi.Ref)
			placed[pi.Index] += pi.Quantity
			w += items[pi.Index].Weight * parcel.Grams(pi.Quantity)
		}
		assert.Equal(t, w, p.Parcel.Weight, "parcel %d weight", k)
		assert.NoError(t, s.Check(p.Parcel), "parcel %d", k)
		if pk.MaxWeight > 0 {
			assert.LessOrEqual(t, p.Parcel.Weight, pk.MaxWeight)
		}
		b, err := s.Billing(p.Parcel)
		require.NoError(t, err)
		assert.Equal(t, b, p.Billing)
		total += p.Parcel.Weight
	}
	var want parcel.Grams
	for i, it := range items {
		assert.Equal(t, it.Quantity, placed[i], "item %d placed exactly once per unit", i)
		want += it.Weight * parcel.Grams(it.Quantity)
	}
	assert.Equal(t, want+pk.Tare*parcel.Grams(len(got)), total, "total weight preserved")
}

func TestSplitProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 2026))
	services := []parcel.Service{parcel.Bpost(), parcel.BpostLocker(), parcel.MondialRelay(),
		parcel.DPDClassic(), parcel.PostNLStandard()}
	for run := range 500 {
		s := services[run%len(services)]
		pk := parcel.Packing{Tare: parcel.Grams(rng.IntN(600))}
		if rng.IntN(4) == 0 {
			pk.MaxWeight = parcel.Grams(10_000 + rng.IntN(10_000))
		}
		items := make([]parcel.Item, 1+rng.IntN(12))
		for i := range items {
			items[i] = parcel.Item{
				Ref:        string(rune('a' + i)),
				Weight:     parcel.Grams(rng.IntN(9000)),
				Dimensions: dims(int64(20+rng.IntN(300)), int64(20+rng.IntN(300)), int64(5+rng.IntN(150))),
				Quantity:   1 + rng.IntN(8),
			}
		}
		got, err := parcel.Split(items, s, pk)
		require.NoError(t, err, "run %d", run)
		checkSplit(t, items, s, pk, got)
		again, err := parcel.Split(items, s, pk)
		require.NoError(t, err)
		assert.Equal(t, got, again, "deterministic")
		if t.Failed() {
			t.Fatalf("run %d: %+v %+v", run, s, items)
		}
	}
}

// TestSplitUniformMinimal: identical units limited by weight alone need
// exactly ⌈n / per-parcel⌉ parcels, which is the minimum.
func TestSplitUniformMinimal(t *testing.T) {
	s := parcel.Service{Limits: parcel.Limits{MaxWeight: 30 * parcel.Kilogram}}
	for _, w := range []parcel.Grams{1, 250, 999, 1000, 4999, 7500, 10_000, 15_000, 29_500} {
		for _, tare := range []parcel.Grams{0, 500} {
			per := int((s.Limits.MaxWeight - tare) / w)
			for _, n := range []int{1, 2, 3, 7, 20, 61, 100} {
				items := []parcel.Item{{Ref: "u", Weight: w, Dimensions: dims(10, 10, 10), Quantity: n}}
				pk := parcel.Packing{Tare: tare}
				got, err := parcel.Split(items, s, pk)
				require.NoError(t, err)
				assert.Len(t, got, (n+per-1)/per, "w=%d tare=%d n=%d", w, tare, n)
				checkSplit(t, items, s, pk, got)
			}
		}
	}
}
