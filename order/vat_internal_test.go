package order

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/comptoir/comptoir/money"
	"github.com/shopspring/decimal"
)

// TestVATNearAgreesWithDecimals checks the 128-bit comparison of vatNear
// against the same comparison in decimals, on amounts placed at the
// allowance's edge, where a rounding in the wrong direction would show.
func TestVATNearAgreesWithDecimals(t *testing.T) {
	eur, err := money.ParseCurrency("EUR")
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(3, 5))
	rates := []decimal.Decimal{
		decimal.New(21, -2), decimal.New(6, -2), decimal.New(55, -3), decimal.New(1, -18),
		decimal.New(999999999999999999, -18), decimal.New(5, -1), decimal.New(77, -3),
	}
	nets := []int64{0, 1, 2, 3, 99, 100, 1_000_003, 1<<60 - 1, 1 << 60, math.MaxInt64}
	for range 20000 {
		rate := rates[r.IntN(len(rates))]
		if r.IntN(3) == 0 {
			rate = decimal.New(1+r.Int64N(999_999), -6)
		}
		n := nets[r.IntN(len(nets))]
		if r.IntN(2) == 0 {
			n = r.Int64N(1_000_000)
		}
		k := int64(1 + r.IntN(5))
		// v around n·r ± k(1+r)/2, the edges of the allowance.
		centre := decimal.NewFromInt(n).Mul(rate)
		edge := decimal.NewFromInt(k).Mul(decimal.NewFromInt(1).Add(rate)).Div(decimal.NewFromInt(2))
		base := centre.Add(edge)
		if r.IntN(2) == 0 {
			base = centre.Sub(edge)
		}
		v := base.Floor().IntPart() + r.Int64N(5) - 2
		if v < 0 || v > math.MaxInt64-8 {
			continue
		}
		for _, strict := range []bool{true, false} {
			got, want := vatNear(eur, n, v, rate, k, strict), vatNearExact(n, v, rate, k, strict)
			if got != want {
				t.Fatalf("vatNear(net %d, vat %d, rate %s, k %d, strict %v) = %v, decimals say %v", n, v, rate, k, strict, got, want)
			}
		}
	}
	// Exactly on the edge: net 1, VAT 2, rate 0.5, k 2 give 2|2 − 0.5| = 3 = k(1+r).
	half := decimal.New(5, -1)
	if vatNear(eur, 1, 2, half, 2, true) || !vatNear(eur, 1, 2, half, 2, false) {
		t.Error("the edge is within the allowance but not below it")
	}
}
