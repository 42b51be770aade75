package parcel_test

import (
	"errors"
	"math"
	"testing"

	"github.com/comptoir/comptoir/shipping/parcel"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// dims builds Dimensions from three millimetre values.
func dims(l, w, h int64) parcel.Dimensions {
	return parcel.Dimensions{Length: parcel.Millimetres(l), Width: parcel.Millimetres(w), Height: parcel.Millimetres(h)}
}

func TestSorted(t *testing.T) {
	want := dims(30, 20, 10)
	for _, d := range []parcel.Dimensions{
		dims(30, 20, 10), dims(30, 10, 20), dims(20, 30, 10),
		dims(20, 10, 30), dims(10, 30, 20), dims(10, 20, 30),
	} {
		assert.Equal(t, want, d.Sorted(), d.String())
	}
	assert.Equal(t, dims(5, 5, 1), dims(5, 1, 5).Sorted())
	assert.Equal(t, parcel.Millimetres(30), dims(10, 30, 20).Longest())
}

func TestMeasures(t *testing.T) {
	tests := []struct {
		d            parcel.Dimensions
		volume       int64
		girth, sumOf parcel.Millimetres
	}{
		{dims(600, 400, 300), 72_000_000, 600 + 800 + 600, 1300},
		{dims(300, 400, 600), 72_000_000, 600 + 800 + 600, 1300}, // girth sorts first
		{dims(1, 1, 1), 1, 5, 3},
		{dims(1000, 500, 500), 250_000_000, 3000, 2000},
	}
	for _, tt := range tests {
		v, err := tt.d.Volume()
		require.NoError(t, err)
		assert.Equal(t, tt.volume, v, tt.d.String())
		g, err := tt.d.Girth()
		require.NoError(t, err)
		assert.Equal(t, tt.girth, g, tt.d.String())
		s, err := tt.d.SumOfSides()
		require.NoError(t, err)
		assert.Equal(t, tt.sumOf, s, tt.d.String())
	}
}

func TestMeasuresOverflow(t *testing.T) {
	big := parcel.Millimetres(math.MaxInt64)
	_, err := dims(3_000_000, 3_000_000, 3_000_000).Volume() // 2.7e19 > MaxInt64
	assert.ErrorIs(t, err, parcel.ErrOverflow)
	_, err = dims(2_000_000, 2_000_000, 2_000_000).Volume() // 8e18 fits
	assert.NoError(t, err)
	_, err = parcel.Dimensions{Length: big, Width: big, Height: 1}.Volume()
	assert.ErrorIs(t, err, parcel.ErrOverflow)
	_, err = parcel.Dimensions{Length: big, Width: 1, Height: 1}.Girth()
	assert.ErrorIs(t, err, parcel.ErrOverflow)
	_, err = parcel.Dimensions{Length: big / 2, Width: big / 2, Height: 1}.Girth()
	assert.ErrorIs(t, err, parcel.ErrOverflow)
	_, err = parcel.Dimensions{Length: big, Width: 1, Height: 1}.SumOfSides()
	var oe *parcel.OverflowError
	require.ErrorAs(t, err, &oe)
	assert.Equal(t, "sum of sides", oe.Op)
}

func TestDimensionsInvalid(t *testing.T) {
	for _, d := range []parcel.Dimensions{dims(0, 1, 1), dims(1, -5, 1), dims(1, 1, 0), {}} {
		_, err := d.Volume()
		assert.ErrorIs(t, err, parcel.ErrInvalidInput, d.String())
		_, err = d.Girth()
		assert.ErrorIs(t, err, parcel.ErrInvalidInput, d.String())
		_, err = d.SumOfSides()
		assert.ErrorIs(t, err, parcel.ErrInvalidInput, d.String())
		assert.False(t, d.FitsIn(dims(10, 10, 10)))
		assert.False(t, dims(1, 1, 1).FitsIn(d))
	}
	var ie *parcel.InputError
	require.ErrorAs(t, dims(1, -5, 1).Validate(), &ie)
	assert.Equal(t, "width", ie.Field)
	assert.Equal(t, int64(-5), ie.Value)
	assert.EqualError(t, ie, "parcel: invalid width -5: must be positive (mm)")
}

func TestFitsIn(t *testing.T) {
	locker := dims(420, 310, 580)
	tests := []struct {
		d    parcel.Dimensions
		fits bool
	}{
		{dims(580, 420, 310), true},
		{dims(310, 580, 420), true}, // rotated
		{dims(100, 100, 100), true},
		{dims(581, 420, 310), false},
		{dims(580, 421, 310), false},
		{dims(580, 420, 311), false},
		{dims(590, 100, 100), false},
		{dims(430, 430, 10), false}, // second side too long in any rotation
	}
	for _, tt := range tests {
		assert.Equal(t, tt.fits, tt.d.FitsIn(locker), tt.d.String())
	}
}

func TestUnitsString(t *testing.T) {
	assert.Equal(t, "31500 g", (31*parcel.Kilogram + 500*parcel.Gram).String())
	assert.Equal(t, "1500 mm", (150 * parcel.Centimetre).String())
	assert.Equal(t, "420x310x580 mm", dims(420, 310, 580).String())
	assert.True(t, errors.Is(&parcel.InputError{}, parcel.ErrInvalidInput))
}
