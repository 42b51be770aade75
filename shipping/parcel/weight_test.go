package parcel_test

import (
	"math"
	"testing"

	"github.com/comptoir/comptoir/shipping/parcel"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestVolumetricWeight(t *testing.T) {
	tests := []struct {
		name    string
		d       parcel.Dimensions
		divisor int64
		want    parcel.Grams
	}{
		// 60 × 40 × 30 cm = 72 000 cm³: 14.4 kg at 5000, 18 kg at 4000.
		{"DHL Express 60x40x30", dims(600, 400, 300), parcel.DivisorDHLExpress, 14_400},
		{"DPD air 60x40x30", dims(600, 400, 300), parcel.DivisorDPDAir, 14_400},
		{"DPD Baltics 60x40x30", dims(600, 400, 300), parcel.DivisorDPDBaltics, 18_000},
		// 5000 cm³ is exactly 1 kg at 5000.
		{"exact kg", dims(500, 100, 100), 5000, 1000},
		// Rounded up to the gram: 5001 mm³ / 5000 = 1.0002 g -> 2 g.
		{"round up", dims(5001, 1, 1), 5000, 2},
		{"tiny", dims(1, 1, 1), 5000, 1},
		{"exact gram", dims(5000, 1, 1), 5000, 1},
		// 31 × 23 × 17 cm at 5000: 12121 cm³ / 5 = 2424.2 g -> 2425 g.
		{"shoebox", dims(310, 230, 170), 5000, 2425},
	}
	for _, tt := range tests {
		got, err := parcel.VolumetricWeight(tt.d, tt.divisor)
		require.NoError(t, err, tt.name)
		assert.Equal(t, tt.want, got, tt.name)
	}
}

func TestVolumetricWeightErrors(t *testing.T) {
	for _, div := range []int64{0, -5000} {
		_, err := parcel.VolumetricWeight(dims(1, 1, 1), div)
		var ie *parcel.InputError
		require.ErrorAs(t, err, &ie)
		assert.Equal(t, "divisor", ie.Field)
		assert.Equal(t, div, ie.Value)
	}
	_, err := parcel.VolumetricWeight(dims(0, 1, 1), 5000)
	assert.ErrorIs(t, err, parcel.ErrInvalidInput)
	_, err = parcel.VolumetricWeight(dims(math.MaxInt64, 2, 1), 5000)
	assert.ErrorIs(t, err, parcel.ErrOverflow)
}

func TestDensityRule(t *testing.T) {
	rule := parcel.DensityRule{MinKgPerM3: parcel.BpostMinDensity}
	// 100 × 10 × 10 cm = 0.01 m³: 120 kg/m³ is exactly 1200 g.
	box := dims(1000, 100, 100)
	tests := []struct {
		weight parcel.Grams
		below  bool
	}{
		{1200, false}, // exactly at the threshold: no surcharge
		{1199, true},  // one gram lighter
		{0, true},
		{30_000, false},
	}
	for _, tt := range tests {
		got, err := rule.Below(parcel.Parcel{Weight: tt.weight, Dimensions: box})
		require.NoError(t, err)
		assert.Equal(t, tt.below, got, tt.weight.String())
	}
	// 1 m³ at 120 kg is exactly on the threshold; large values need 128 bits.
	got, err := rule.Below(parcel.Parcel{Weight: 120 * parcel.Kilogram, Dimensions: dims(1000, 1000, 1000)})
	require.NoError(t, err)
	assert.False(t, got)
	got, err = rule.Below(parcel.Parcel{Weight: math.MaxInt64, Dimensions: dims(2_000_000, 2_000_000, 2_000_000)})
	require.NoError(t, err)
	assert.False(t, got) // 9.2e18 g in 8e9 m³: about 1153 kg/m³

	got, err = parcel.DensityRule{}.Below(parcel.Parcel{Weight: 1, Dimensions: dims(1000, 1000, 1000)})
	require.NoError(t, err)
	assert.False(t, got, "the zero rule never applies")

	_, err = parcel.DensityRule{MinKgPerM3: -1}.Below(parcel.Parcel{Weight: 1, Dimensions: box})
	assert.ErrorIs(t, err, parcel.ErrInvalidInput)
	_, err = rule.Below(parcel.Parcel{Weight: -1, Dimensions: box})
	assert.ErrorIs(t, err, parcel.ErrInvalidInput)
	_, err = rule.Below(parcel.Parcel{Weight: 1, Dimensions: dims(3_000_000, 3_000_000, 3_000_000)})
	assert.ErrorIs(t, err, parcel.ErrOverflow)
}

func TestBilling(t *testing.T) {
	dhl := parcel.Service{Name: "DHL Express", VolumetricDivisor: parcel.DivisorDHLExpress}
	dhlHalfKilo := dhl
	dhlHalfKilo.RoundTo = 500
	tests := []struct {
		name string
		s    parcel.Service
		p    parcel.Parcel
		want parcel.Billing
	}{
		{"volumetric wins", dhl, parcel.Parcel{Weight: 5000, Dimensions: dims(600, 400, 300)},
			parcel.Billing{Actual: 5000, Volumetric: 14_400, Billable: 14_400}},
		{"actual wins", dhl, parcel.Parcel{Weight: 20_000, Dimensions: dims(600, 400, 300)},
			parcel.Billing{Actual: 20_000, Volumetric: 14_400, Billable: 20_000}},
		{"equal", dhl, parcel.Parcel{Weight: 14_400, Dimensions: dims(600, 400, 300)},
			parcel.Billing{Actual: 14_400, Volumetric: 14_400, Billable: 14_400}},
		{"half kilo increment", dhlHalfKilo, parcel.Parcel{Weight: 5000, Dimensions: dims(600, 400, 300)},
			parcel.Billing{Actual: 5000, Volumetric: 14_400, Billable: 14_500}},
		{"increment exact", dhlHalfKilo, parcel.Parcel{Weight: 15_000, Dimensions: dims(600, 400, 300)},
			parcel.Billing{Actual: 15_000, Volumetric: 14_400, Billable: 15_000}},
		{"DPD Baltics", parcel.Service{VolumetricDivisor: parcel.DivisorDPDBaltics},
			parcel.Parcel{Weight: 5000, Dimensions: dims(600, 400, 300)},
			parcel.Billing{Actual: 5000, Volumetric: 18_000, Billable: 18_000}},
		{"actual only", parcel.DPDClassic(), parcel.Parcel{Weight: 5000, Dimensions: dims(600, 400, 300)},
			parcel.Billing{Actual: 5000, Billable: 5000}},
		// bpost: 72 000 cm³ at 5 kg is 69 kg/m³, below 120: surcharge, billed on actual weight.
		{"bpost light", parcel.Bpost(), parcel.Parcel{Weight: 5000, Dimensions: dims(600, 400, 300)},
			parcel.Billing{Actual: 5000, Billable: 5000, DensitySurcharge: true}},
		// 8640 g in 0.072 m³ is exactly 120 kg/m³.
		{"bpost at density", parcel.Bpost(), parcel.Parcel{Weight: 8640, Dimensions: dims(600, 400, 300)},
			parcel.Billing{Actual: 8640, Billable: 8640}},
		{"bpost one gram under", parcel.Bpost(), parcel.Parcel{Weight: 8639, Dimensions: dims(600, 400, 300)},
			parcel.Billing{Actual: 8639, Billable: 8639, DensitySurcharge: true}},
	}
	for _, tt := range tests {
		got, err := tt.s.Billing(tt.p)
		require.NoError(t, err, tt.name)
		assert.Equal(t, tt.want, got, tt.name)
	}
}

func TestBillingErrors(t *testing.T) {
	p := parcel.Parcel{Weight: 1000, Dimensions: dims(100, 100, 100)}
	for _, s := range []parcel.Service{
		{VolumetricDivisor: -1},
		{Density: parcel.DensityRule{MinKgPerM3: -1}},
		{RoundTo: -500},
		{Limits: parcel.Limits{MaxWeight: -1}},
		{Limits: parcel.Limits{Boxes: []parcel.Dimensions{dims(0, 1, 1)}}},
	} {
		_, err := s.Billing(p)
		assert.ErrorIs(t, err, parcel.ErrInvalidInput, "%+v", s)
		assert.ErrorIs(t, s.Check(p), parcel.ErrInvalidInput, "%+v", s)
	}
	_, err := parcel.Service{}.Billing(parcel.Parcel{Weight: -1, Dimensions: dims(1, 1, 1)})
	assert.ErrorIs(t, err, parcel.ErrInvalidInput)
	_, err = parcel.Service{RoundTo: 1000}.Billing(parcel.Parcel{Weight: math.MaxInt64 - 10, Dimensions: dims(1, 1, 1)})
	assert.ErrorIs(t, err, parcel.ErrOverflow)
	_, err = parcel.Service{VolumetricDivisor: 1}.Billing(parcel.Parcel{Weight: 1, Dimensions: dims(3_000_000, 3_000_000, 3_000_000)})
	assert.ErrorIs(t, err, parcel.ErrOverflow)
}
