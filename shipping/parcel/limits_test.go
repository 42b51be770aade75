package parcel_test

import (
	"errors"
	"math"
	"testing"

	"github.com/comptoir/comptoir/shipping/parcel"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestServiceLimits checks every limit of the spec's services exactly at the
// limit and one unit (g or mm) over.
func TestServiceLimits(t *testing.T) {
	type fail struct {
		limit    parcel.Limit
		max, got int64
	}
	tests := []struct {
		name   string
		s      parcel.Service
		weight parcel.Grams
		d      parcel.Dimensions
		want   *fail // nil: accepted
	}{
		// bpost: 30 kg, longest side 1.5 m, L + 2W + 2H <= 3 m.
		{"bpost weight at", parcel.Bpost(), 30_000, dims(100, 100, 100), nil},
		{"bpost weight over", parcel.Bpost(), 30_001, dims(100, 100, 100), &fail{parcel.MaxWeight, 30_000, 30_001}},
		{"bpost longest at", parcel.Bpost(), 1000, dims(100, 1500, 100), nil},
		{"bpost longest over", parcel.Bpost(), 1000, dims(100, 1501, 100), &fail{parcel.MaxLongestSide, 1500, 1501}},
		{"bpost girth at", parcel.Bpost(), 1000, dims(500, 1000, 500), nil},
		{"bpost girth over", parcel.Bpost(), 1000, dims(500, 1001, 500), &fail{parcel.MaxGirth, 3000, 3001}},
		{"bpost girth over by width", parcel.Bpost(), 1000, dims(1000, 501, 500), &fail{parcel.MaxGirth, 3000, 3002}},
		// bpost locker: 42 x 31 x 58 cm, in any rotation.
		{"bpost locker at", parcel.BpostLocker(), 30_000, dims(420, 310, 580), nil},
		{"bpost locker rotated", parcel.BpostLocker(), 30_000, dims(580, 420, 310), nil},
		{"bpost locker weight over", parcel.BpostLocker(), 30_001, dims(420, 310, 580), &fail{parcel.MaxWeight, 30_000, 30_001}},
		{"bpost locker longest over", parcel.BpostLocker(), 1000, dims(420, 310, 581), &fail{parcel.BoxSize, 580, 581}},
		{"bpost locker middle over", parcel.BpostLocker(), 1000, dims(421, 310, 580), &fail{parcel.BoxSize, 420, 421}},
		{"bpost locker shortest over", parcel.BpostLocker(), 1000, dims(420, 311, 580), &fail{parcel.BoxSize, 310, 311}},
		// Mondial Relay: 30 kg, longest 120 cm, L + W + H <= 150 cm.
		{"MR weight at", parcel.MondialRelay(), 30_000, dims(100, 100, 100), nil},
		{"MR weight over", parcel.MondialRelay(), 30_001, dims(100, 100, 100), &fail{parcel.MaxWeight, 30_000, 30_001}},
		{"MR longest at", parcel.MondialRelay(), 1000, dims(1200, 100, 100), nil},
		{"MR longest over", parcel.MondialRelay(), 1000, dims(1201, 100, 100), &fail{parcel.MaxLongestSide, 1200, 1201}},
		{"MR sum at", parcel.MondialRelay(), 1000, dims(1000, 300, 200), nil},
		{"MR sum over", parcel.MondialRelay(), 1000, dims(1000, 300, 201), &fail{parcel.MaxSumOfSides, 1500, 1501}},
		// DPD Classic: 31.5 kg, longest 175 cm, girth 300 cm.
		{"DPD weight at", parcel.DPDClassic(), 31_500, dims(100, 100, 100), nil},
		{"DPD weight over", parcel.DPDClassic(), 31_501, dims(100, 100, 100), &fail{parcel.MaxWeight, 31_500, 31_501}},
		{"DPD longest at", parcel.DPDClassic(), 1000, dims(1750, 100, 100), nil},
		{"DPD longest over", parcel.DPDClassic(), 1000, dims(1751, 100, 100), &fail{parcel.MaxLongestSide, 1750, 1751}},
		{"DPD girth at", parcel.DPDClassic(), 1000, dims(1000, 500, 500), nil},
		{"DPD girth over", parcel.DPDClassic(), 1000, dims(1001, 500, 500), &fail{parcel.MaxGirth, 3000, 3001}},
		// PostNL standard: 100 x 70 x 58 cm, 30 kg.
		{"PostNL at", parcel.PostNLStandard(), 30_000, dims(580, 1000, 700), nil},
		{"PostNL weight over", parcel.PostNLStandard(), 30_001, dims(1000, 700, 580), &fail{parcel.MaxWeight, 30_000, 30_001}},
		{"PostNL length over", parcel.PostNLStandard(), 1000, dims(1001, 700, 580), &fail{parcel.BoxSize, 1000, 1001}},
		{"PostNL width over", parcel.PostNLStandard(), 1000, dims(1000, 701, 580), &fail{parcel.BoxSize, 700, 701}},
		{"PostNL height over", parcel.PostNLStandard(), 1000, dims(1000, 700, 581), &fail{parcel.BoxSize, 580, 581}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.s.Check(parcel.Parcel{Weight: tt.weight, Dimensions: tt.d})
			if tt.want == nil {
				assert.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, parcel.ErrExceedsLimit)
			var all *parcel.LimitsError
			require.ErrorAs(t, err, &all)
			require.Len(t, all.Failed, 1, err.Error())
			var le *parcel.LimitError
			require.ErrorAs(t, err, &le)
			assert.Equal(t, tt.want.limit, le.Limit)
			assert.Equal(t, tt.want.max, le.Max)
			assert.Equal(t, tt.want.got, le.Got)
			assert.True(t, all.Has(tt.want.limit))
		})
	}
}

func TestCheckReportsEveryLimit(t *testing.T) {
	// 32 kg, 180 x 60 x 50 cm: weight, longest side and girth all fail DPD.
	err := parcel.DPDClassic().Check(parcel.Parcel{Weight: 32_000, Dimensions: dims(500, 1800, 600)})
	var all *parcel.LimitsError
	require.ErrorAs(t, err, &all)
	assert.Equal(t, []*parcel.LimitError{
		{Limit: parcel.MaxWeight, Max: 31_500, Got: 32_000},
		{Limit: parcel.MaxLongestSide, Max: 1750, Got: 1800},
		{Limit: parcel.MaxGirth, Max: 3000, Got: 4000},
	}, all.Failed)
	assert.EqualError(t, err, "parcel: exceeds 3 limits: weight 32000 g exceeds 31500 g; "+
		"longest side 1800 mm exceeds 1750 mm; girth 4000 mm exceeds 3000 mm")
	assert.False(t, all.Has(parcel.MaxSumOfSides))

	// Every kind at once.
	l := parcel.Limits{MaxWeight: 1, MaxLongestSide: 1, MaxGirth: 1, MaxSumOfSides: 1,
		Boxes: []parcel.Dimensions{dims(1, 1, 1)}}
	err = l.Check(parcel.Parcel{Weight: 2, Dimensions: dims(2, 2, 2)})
	require.ErrorAs(t, err, &all)
	var got []parcel.Limit
	for _, le := range all.Failed {
		got = append(got, le.Limit)
		assert.True(t, errors.Is(le, parcel.ErrExceedsLimit))
	}
	assert.Equal(t, []parcel.Limit{parcel.MaxWeight, parcel.MaxLongestSide, parcel.MaxGirth,
		parcel.MaxSumOfSides, parcel.BoxSize}, got)
}

func TestBoxesNearest(t *testing.T) {
	l := parcel.Limits{Boxes: []parcel.Dimensions{
		dims(100, 100, 100), dims(400, 300, 100), dims(600, 400, 400),
	}}
	p := func(d parcel.Dimensions) parcel.Parcel { return parcel.Parcel{Weight: 1, Dimensions: d} }
	assert.NoError(t, l.Check(p(dims(90, 90, 90))))
	assert.NoError(t, l.Check(p(dims(100, 300, 400))))
	assert.NoError(t, l.Check(p(dims(400, 600, 400))))
	err := l.Check(p(dims(610, 400, 400)))
	var le *parcel.LimitError
	require.ErrorAs(t, err, &le)
	assert.Equal(t, parcel.LimitError{Limit: parcel.BoxSize, Max: 600, Got: 610, Box: dims(600, 400, 400)}, *le)
	assert.EqualError(t, le, "parcel: does not fit box 600x400x400 mm: side 610 mm exceeds 600 mm")
	// 410 x 310 x 50 misses the middle box by 20 mm but fits the large one.
	assert.NoError(t, l.Check(p(dims(410, 310, 50))))
	// 700 x 310 x 110: misses the middle box by 300+10+10, the large one by 100.
	err = l.Check(p(dims(700, 310, 110)))
	require.ErrorAs(t, err, &le)
	assert.Equal(t, dims(600, 400, 400), le.Box)
}

func TestCheckInvalid(t *testing.T) {
	s := parcel.Bpost()
	for _, p := range []parcel.Parcel{
		{Weight: -1, Dimensions: dims(1, 1, 1)},
		{Weight: 1, Dimensions: dims(0, 1, 1)},
		{Weight: 1, Dimensions: dims(1, 1, -1)},
	} {
		err := s.Check(p)
		assert.ErrorIs(t, err, parcel.ErrInvalidInput)
		assert.NotErrorIs(t, err, parcel.ErrExceedsLimit)
	}
	big := parcel.Millimetres(math.MaxInt64)
	err := parcel.Limits{MaxGirth: 1}.Check(parcel.Parcel{Dimensions: parcel.Dimensions{Length: big, Width: 1, Height: 1}})
	assert.ErrorIs(t, err, parcel.ErrOverflow)
	err = parcel.Limits{MaxSumOfSides: 1}.Check(parcel.Parcel{Dimensions: parcel.Dimensions{Length: big, Width: 1, Height: 1}})
	assert.ErrorIs(t, err, parcel.ErrOverflow)
	// No limit set: anything valid passes, even absurdly large.
	assert.NoError(t, parcel.Limits{}.Check(parcel.Parcel{Weight: math.MaxInt64, Dimensions: parcel.Dimensions{Length: big, Width: big, Height: big}}))
}

func TestReadyMadeServicesAreFresh(t *testing.T) {
	a := parcel.BpostLocker()
	a.Limits.Boxes[0] = dims(1, 1, 1)
	assert.Equal(t, dims(420, 310, 580), parcel.BpostLocker().Limits.Boxes[0])
	for _, s := range []parcel.Service{parcel.Bpost(), parcel.BpostLocker(), parcel.MondialRelay(),
		parcel.DPDClassic(), parcel.PostNLStandard()} {
		assert.NoError(t, s.Validate(), s.Name)
		assert.NotEmpty(t, s.Name)
	}
}

func TestLimitNames(t *testing.T) {
	assert.Equal(t, "girth", parcel.MaxGirth.String())
	assert.Equal(t, "g", parcel.MaxWeight.Unit())
	assert.Equal(t, "mm", parcel.BoxSize.Unit())
	assert.Equal(t, "unknown limit", parcel.Limit(0).String())
	assert.EqualError(t, &parcel.LimitError{Limit: parcel.MaxGirth, Max: 3000, Got: 3120},
		"parcel: girth 3120 mm exceeds 3000 mm")
}
