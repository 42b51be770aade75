package order_test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/comptoir/comptoir/internal/fixture"
	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/order"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// randomSpec returns a random consumer or business order: 1 to 12 lines at
// up to three rates (among them rates far above any EU rate, where the
// rounding allowance is widest), whole and decimal quantities, prices
// finer than the cent, an order discount, a shipping fee with or without
// discounts, and VAT rounded per line or per rate.
func randomSpec(r *rand.Rand) fixture.Spec {
	s := fixture.BelgianConsumerSpec()
	s.PricesExcludeVAT = r.IntN(2) == 0
	s.VATPerRate = r.IntN(2) == 0
	all := []string{"0", "0.03", "0.055", "0.06", "0.09", "0.12", "0.2", "0.21", "0.27", "0.5", "0.875", "0.999"}
	r.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
	rates := all[:1+r.IntN(3)]
	s.Lines = nil
	var goods int64 // the bases in cents
	for i := range 1 + r.IntN(12) {
		q := decimal.NewFromInt(1 + r.Int64N(20))
		if r.IntN(4) == 0 {
			q = decimal.New(1+r.Int64N(5000), -3) // weighed goods
		}
		scale := int32(2 + r.IntN(3))
		p := decimal.New(1+r.Int64N(int64(50000)), -scale)
		if r.IntN(8) == 0 {
			p = decimal.New(1+r.Int64N(9), -2) // a few cents: the VAT is a rounding away from zero
		}
		goods += q.Mul(p).Shift(2).Round(0).IntPart()
		s.Lines = append(s.Lines, fixture.LineSpec{
			ID: fmt.Sprintf("L%d", i+1), SKU: fmt.Sprintf("SKU-%d", i+1), Quantity: q.String(), UnitPrice: p.String(),
			Rate: rates[r.IntN(len(rates))], TaxCategory: "standard",
		})
	}
	if goods > 1 && r.IntN(2) == 0 {
		s.Discount.Amount = eurMinor(r.Int64N(goods / 2))
	} else {
		s.Discount = order.Promotion{}
	}
	s.ShippingFee, s.FreeShipping.ID = "", ""
	if goods > 0 && r.IntN(3) > 0 {
		fee := 1 + r.Int64N(1500)
		s.ShippingFee = eurMinor(fee).Decimal().String()
		switch r.IntN(4) {
		case 0:
			s.FreeShipping.ID = "PROMO-FREE"
		case 1:
			s.ShippingDiscount = order.Promotion{ID: "PROMO-SHIP", Amount: eurMinor(r.Int64N(fee + 1))}
		}
	}
	return s
}

func eurMinor(minor int64) money.Money {
	return must(money.New(minor, "EUR"))
}

// TestValidateAcceptsBothVATPolicies builds random orders rounding VAT per
// line and per rate, on prices including and excluding VAT: each must
// validate (Build validates what it builds).
func TestValidateAcceptsBothVATPolicies(t *testing.T) {
	r := rand.New(rand.NewPCG(2026, 6))
	n := 4000
	if testing.Short() {
		n = 400
	}
	seen := map[[2]bool]int{}
	worst := map[bool]float64{} // the largest |VAT − net × rate| / (1 + rate) per policy, in cents
	for range n {
		s := randomSpec(r)
		o, err := fixture.Build(s)
		require.NoError(t, err, "%+v", s)
		seen[[2]bool{s.VATPerRate, s.PricesExcludeVAT}]++
		for _, l := range o.Lines {
			e := l.VAT.Decimal().Sub(l.Net.Decimal().Mul(l.VATRate)).Abs().Shift(2)
			e = e.Div(decimal.NewFromInt(1).Add(l.VATRate))
			if f := e.InexactFloat64(); f > worst[s.VATPerRate] {
				worst[s.VATPerRate] = f
			}
		}
	}
	for _, k := range [][2]bool{{false, false}, {false, true}, {true, false}, {true, true}} {
		assert.Greater(t, seen[k], n/10, "per rate %v, excluding VAT %v", k[0], k[1])
	}
	// Per line, a VAT is within (1+r)/2 of net × rate; per rate, it may be
	// further, but always below the allowance of 3(1+r)/2.
	assert.LessOrEqual(t, worst[false], 0.5)
	assert.Greater(t, worst[true], 0.5, "the per-rate orders do not exercise the wider allowance")
	assert.Less(t, worst[true], 1.5)
	t.Logf("worst |VAT − net × rate| / (1 + rate): per line %.3f, per rate %.3f cents", worst[false], worst[true])
}

// TestValidateCatchesVATOffTheRate moves 6 cents between a random line's
// net and VAT, beyond 3(1+r)/2 < 3 cents and any rounding's 3(1+r)/2 on the
// other side: Validate reports that line's VAT.
func TestValidateCatchesVATOffTheRate(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	tampered := 0
	for range 1000 {
		o, err := fixture.Build(randomSpec(r))
		require.NoError(t, err)
		i := r.IntN(len(o.Lines))
		l := &o.Lines[i]
		six := eurMinor(6)
		switch {
		case l.Net.Minor() >= 6:
			l.Net, l.VAT = must(l.Net.Sub(six)), must(l.VAT.Add(six))
		case l.VAT.Minor() >= 6:
			l.Net, l.VAT = must(l.Net.Add(six)), must(l.VAT.Sub(six))
		default:
			continue
		}
		tampered++
		paths := problemPaths(t, o.Validate())
		assert.True(t, slices.Contains(paths, fmt.Sprintf("lines[%d].vat", i)), "%v", paths)
	}
	assert.Greater(t, tampered, 900)
}

func TestValidateVATMessages(t *testing.T) {
	o := fixture.BelgianConsumerOrder(t)
	o.Lines[0].VAT, o.Lines[0].Net = eur(t, "7.48"), eur(t, "29.85")
	o.Lines[2].VAT, o.Lines[2].Net = eur(t, "2.24"), eur(t, "16.43")
	assert.EqualError(t, o.Validate(), "order: invalid order: 2 problems: "+
		"lines[0].vat: VAT 7.48 EUR, but net 29.85 EUR × rate 0.21 = 6.2685 EUR: rounding keeps VAT below 0.01815 EUR of it; "+
		"lines[2].vat: VAT 2.24 EUR, but net 16.43 EUR × rate 0.21 = 3.4503 EUR: rounding keeps VAT below 0.01815 EUR of it")

	o = oneLine(t, "1", "10", false, "0", "10.00", "0.01", "10.01")
	assert.EqualError(t, o.Validate(), "order: invalid order: 2 problems: "+
		"lines[0].vat: VAT 0.01 EUR at rate 0, where it is zero; "+
		"vat_breakdown[0].vat: VAT 0.01 EUR at rate 0, where it is zero")

	// The breakdown's allowance grows with the number of amounts summed.
	o = fixture.BelgianConsumerOrder(t)
	o.Lines[0].VAT, o.Lines[0].Net = eur(t, "6.50"), eur(t, "30.83")
	o.VATBreakdown[0].VAT, o.VATBreakdown[0].Net = eur(t, "10.34"), eur(t, "49.12")
	o.Totals.VAT, o.Totals.Net = eur(t, "11.35"), eur(t, "65.90")
	assert.EqualError(t, o.Validate(), "order: invalid order: 2 problems: "+
		"lines[0].vat: VAT 6.50 EUR, but net 30.83 EUR × rate 0.21 = 6.4743 EUR: rounding keeps VAT below 0.01815 EUR of it; "+
		"vat_breakdown[0].vat: VAT 10.34 EUR, but net 49.12 EUR × rate 0.21 = 10.3152 EUR: rounding keeps VAT within 0.01815 EUR of it")
}
