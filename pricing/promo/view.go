package promo

import (
	"cmp"
	"fmt"
	"math/bits"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/comptoir/comptoir/money"
	"github.com/comptoir/comptoir/pricing"
)

// View is the cart as the promotions before the current one left it: the
// input conditions and actions read. It is valid only during the call it
// is passed to and must not be modified or kept.
type View struct {
	cart *Cart
	mode money.RoundingMode
	// amount is each line's quantity × unit price; remaining what is
	// left of it after the discounts so far.
	amount, remaining []money.Money
	// units is each line's whole number of units, 0 for a fractional
	// quantity.
	units []int64
}

// Cart returns the cart being priced, read-only.
func (v *View) Cart() *Cart { return v.cart }

// Mode is the rounding mode of the engine.
func (v *View) Mode() money.RoundingMode { return v.mode }

// Len is the number of lines.
func (v *View) Len() int { return len(v.amount) }

// Amount is line i's quantity × unit price, before discounts.
func (v *View) Amount(i int) money.Money { return v.amount[i] }

// Remaining is what is left of line i after the discounts so far; no
// action may take more.
func (v *View) Remaining(i int) money.Money { return v.remaining[i] }

// Total is the goods total of the lines sel selects, on basis b.
func (v *View) Total(sel *Selector, b Basis) (money.Money, error) {
	total := money.Zero(v.cart.Currency)
	for i := range v.cart.Lines {
		l := &v.cart.Lines[i]
		if !sel.Selects(l) {
			continue
		}
		m, err := v.onBasis(i, b)
		if err != nil {
			return money.Money{}, err
		}
		if total, err = total.Add(m); err != nil {
			return money.Money{}, err
		}
	}
	return total, nil
}

// onBasis converts line i's amount to basis b, taking VAT out of a gross
// amount or adding it to a net one at the line's rate.
func (v *View) onBasis(i int, b Basis) (money.Money, error) {
	m := v.remaining[i]
	if b.BeforeDiscounts {
		m = v.amount[i]
	}
	gross := v.cart.Entry == pricing.PricesIncludeVAT
	if gross != b.ExcludeVAT {
		return m, nil
	}
	l := &v.cart.Lines[i]
	if !l.VATRate.Valid {
		return money.Money{}, cartErr(fmt.Sprintf("lines[%d].vat_rate", i), "needed for a threshold on the %s basis", b)
	}
	if gross {
		vat, err := m.IncludedPart(l.VATRate.Decimal, v.mode)
		if err != nil {
			return money.Money{}, err
		}
		return m.Sub(vat)
	}
	vat, err := m.Mul(l.VATRate.Decimal, v.mode)
	if err != nil {
		return money.Money{}, err
	}
	return m.Add(vat)
}

// inCartPrices reports whether a total on basis b is in the prices the
// shopper sees: VAT included or not as the cart's prices are.
func (v *View) inCartPrices(b Basis) bool {
	return b.ExcludeVAT == (v.cart.Entry == pricing.PricesExcludeVAT)
}

// entryBasis is the basis the cart's prices are on, after discounts.
func (v *View) entryBasis() Basis {
	return Basis{ExcludeVAT: v.cart.Entry == pricing.PricesExcludeVAT}
}

// Quantity is the quantity of the lines sel selects.
func (v *View) Quantity(sel *Selector) decimal.Decimal {
	q := decimal.Zero
	for i := range v.cart.Lines {
		if l := &v.cart.Lines[i]; sel.Selects(l) {
			q = q.Add(l.Quantity)
		}
	}
	return q
}

// Spread allocates amount over the lines sel selects in proportion to
// what remains of them, never more than what remains: the parts sum to
// amount, or to the remaining total when amount is larger.
func (v *View) Spread(amount money.Money, sel *Selector) ([]LineDiscount, error) {
	var weightBuf [16]int64
	weights := weightBuf[:0]
	left := money.Zero(v.cart.Currency)
	for i := range v.cart.Lines {
		r := v.remaining[i]
		if !sel.Selects(&v.cart.Lines[i]) {
			r = money.Zero(r.Currency())
		}
		weights = append(weights, r.Minor())
		var err error
		if left, err = left.Add(r); err != nil {
			return nil, err
		}
	}
	if left.IsZero() || amount.Sign() <= 0 {
		return nil, nil
	}
	if greater(amount, left) {
		amount = left
	}
	var partBuf [16]money.Money
	parts, err := amount.AppendAllocation(partBuf[:0], weights...)
	if err != nil {
		return nil, err
	}
	out := make([]LineDiscount, 0, len(parts))
	for i, part := range parts {
		if !part.IsZero() {
			out = append(out, LineDiscount{Line: i, Amount: part})
		}
	}
	return out, nil
}

// unitTake is k units of a line (or the whole of a fractional line).
type unitTake struct {
	line int
	k    int64
}

// unitsOf is line i's count of indivisible items: its units, or 1 for a
// fractional quantity.
func (v *View) unitsOf(i int) int64 { return max(v.units[i], 1) }

// share is what remains of k items of line i.
func (v *View) share(t unitTake) (money.Money, error) {
	n := v.unitsOf(t.line)
	if t.k == n {
		return v.remaining[t.line], nil
	}
	return v.remaining[t.line].MulDiv(decimal.NewFromInt(t.k), decimal.NewFromInt(n), v.mode)
}

// byUnitValue returns the selected lines that have something left,
// sorted by what remains of one of their items, cheapest first; ties by
// SKU then line ID, so the order lines were added in does not matter.
func (v *View) byUnitValue(sel *Selector, wholeOnly bool) []int {
	var idx []int
	for i := range v.cart.Lines {
		if sel.Selects(&v.cart.Lines[i]) && v.remaining[i].Sign() > 0 && (!wholeOnly || v.units[i] > 0) {
			idx = append(idx, i)
		}
	}
	slices.SortFunc(idx, v.compareUnits)
	return idx
}

func (v *View) compareUnits(a, b int) int {
	if c := cmpRatio(v.remaining[a].Minor(), v.unitsOf(a), v.remaining[b].Minor(), v.unitsOf(b)); c != 0 {
		return c
	}
	la, lb := &v.cart.Lines[a], &v.cart.Lines[b]
	return cmp.Or(cmp.Compare(la.SKU, lb.SKU), cmp.Compare(la.ID, lb.ID))
}

// cmpRatio compares a/b with c/d for non-negative a, c and positive b, d,
// cross-multiplying in 128 bits.
func cmpRatio(a, b, c, d int64) int {
	h1, l1 := bits.Mul64(uint64(a), uint64(d))
	h2, l2 := bits.Mul64(uint64(c), uint64(b))
	return cmp.Or(cmp.Compare(h1, h2), cmp.Compare(l1, l2))
}
