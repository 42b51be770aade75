package eco_test

import (
	"errors"
	"math"
	"reflect"
	"testing"

	"github.com/comptoir/comptoir/shipping"
	"github.com/comptoir/comptoir/shipping/eco"
)

// The factors below are test values, not published figures.
func testFactors(t testing.TB) eco.Factors {
	t.Helper()
	f, err := eco.NewFactors(map[shipping.Mode]eco.Factor{
		shipping.ModeHome:            {PerParcelMg: 100_000, PerTonneKmMg: 500_000, Source: "test"},
		shipping.ModePickupPoint:     {PerParcelMg: 50_000, Source: "test"},
		shipping.ModeLocalCourier:    {PerTonneKmMg: 1_000, Source: "test"},
		shipping.ModeClickAndCollect: {Source: "test: customer comes on foot"},
	})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestEstimate(t *testing.T) {
	f := testFactors(t)
	tests := []struct {
		name     string
		mode     shipping.Mode
		grams    int64
		km       int64
		want     int64
		sentinel error
	}{
		// 100 g + 500 g/t·km × 0.002 t × 100 km = 100 + 100 g.
		{"home 2 kg 100 km", shipping.ModeHome, 2000, 100, 200, nil},
		{"home no distance", shipping.ModeHome, 2000, 0, 100, nil},
		{"pickup per parcel only", shipping.ModePickupPoint, 30000, 900, 50, nil},
		// 1 g/t·km × 0.0015 t × 333 km = 0.4995 g -> 0; × 334 = 0.501 -> 1.
		{"round down", shipping.ModeLocalCourier, 1500, 333, 0, nil},
		{"round half up", shipping.ModeLocalCourier, 1000, 500, 1, nil},
		{"just below half", shipping.ModeLocalCourier, 1000, 499, 0, nil},
		{"explicit zero", shipping.ModeClickAndCollect, 5000, 10, 0, nil},
		{"no factor", shipping.ModeLocker, 1000, 10, 0, eco.ErrNoFactor},
		{"unknown mode", shipping.Mode("drone"), 1000, 10, 0, eco.ErrNoFactor},
		{"negative weight", shipping.ModeHome, -1, 10, 0, eco.ErrInvalidEstimate},
		{"negative distance", shipping.ModeHome, 1, -10, 0, eco.ErrInvalidEstimate},
		{"overflow", shipping.ModeHome, math.MaxInt64, math.MaxInt64, 0, eco.ErrInvalidEstimate},
		{"128-bit intermediate", shipping.ModeHome, math.MaxInt64, 2, 9223372036854876, nil},
		{"large but fits", shipping.ModeLocalCourier, math.MaxInt64 / 1000, 1000, 9223372036855, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := f.Estimate(tt.mode, tt.grams, tt.km)
			if tt.sentinel != nil {
				if !errors.Is(err, tt.sentinel) || got != 0 {
					t.Fatalf("Estimate = %d, %v; want %v", got, err, tt.sentinel)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("Estimate = %d, %v; want %d", got, err, tt.want)
			}
		})
	}
	huge, err := eco.NewFactors(map[shipping.Mode]eco.Factor{shipping.ModeExpress: {PerParcelMg: math.MaxInt64, PerTonneKmMg: math.MaxInt64, Source: "test"}})
	if err != nil {
		t.Fatal(err)
	}
	if g, err := huge.Estimate(shipping.ModeExpress, 0, 0); err != nil || g != 9223372036854776 {
		t.Errorf("per parcel MaxInt64 mg = %d, %v", g, err)
	}
	for _, wd := range [][2]int64{{math.MaxInt64, 2}, {math.MaxInt64 / 4, 4}, {1 << 40, 1 << 20}} {
		if g, err := huge.Estimate(shipping.ModeExpress, wd[0], wd[1]); !errors.Is(err, eco.ErrInvalidEstimate) {
			t.Errorf("huge %v = %d, %v; want ErrInvalidEstimate", wd, g, err)
		}
	}
	var nf *eco.NoFactorError
	if _, err := (eco.Factors{}).Estimate(shipping.ModeHome, 1, 1); !errors.As(err, &nf) || nf.Mode != "home" {
		t.Errorf("zero Factors: %v", err)
	}
}

func TestFactors(t *testing.T) {
	f := testFactors(t)
	want := []shipping.Mode{shipping.ModeHome, shipping.ModePickupPoint, shipping.ModeClickAndCollect, shipping.ModeLocalCourier}
	if got := f.Modes(); !reflect.DeepEqual(got, want) {
		t.Errorf("Modes() = %v", got)
	}
	if fac, ok := f.Factor(shipping.ModeHome); !ok || fac.PerTonneKmMg != 500_000 {
		t.Errorf("Factor(home) = %+v %v", fac, ok)
	}
	if _, ok := f.Factor(shipping.ModeExpress); ok {
		t.Error("Factor(express) found")
	}
	tests := []struct {
		name  string
		cfg   map[shipping.Mode]eco.Factor
		field string
	}{
		{"unknown mode", map[shipping.Mode]eco.Factor{"drone": {PerParcelMg: 1, Source: "x"}}, `factors["drone"]`},
		{"negative per parcel", map[shipping.Mode]eco.Factor{shipping.ModeHome: {PerParcelMg: -1, Source: "x"}}, `factors["home"].per_parcel_mg`},
		{"negative per tonne-km", map[shipping.Mode]eco.Factor{shipping.ModeHome: {PerTonneKmMg: -1, Source: "x"}}, `factors["home"].per_tonne_km_mg`},
		{"no source", map[shipping.Mode]eco.Factor{shipping.ModeHome: {PerParcelMg: 1}}, `factors["home"].source`},
	}
	for _, tt := range tests {
		_, err := eco.NewFactors(tt.cfg)
		var fe *eco.FactorsError
		if !errors.Is(err, eco.ErrInvalidFactors) || !errors.As(err, &fe) || fe.Field != tt.field {
			t.Errorf("%s: err = %v, want field %s", tt.name, err, tt.field)
		}
	}
	if f, err := eco.NewFactors(nil); err != nil || len(f.Modes()) != 0 {
		t.Errorf("NewFactors(nil) = %v, %v", f.Modes(), err)
	}
}
